"""TF-IDF vectors of article texts, with numpy and scipy.sparse only.

Story clustering runs at the end of every ingest, so what it imports is paid on every run:
scikit-learn's vectorizer costs about a second of imports for a few lines of arithmetic. The
weighting is the usual one: sublinear term frequency ``1 + ln(tf)``, smoothed inverse document
frequency ``ln((1 + n) / (1 + df)) + 1``, rows scaled to unit length, so the dot product of two
rows is their cosine similarity.
"""
from __future__ import annotations

import re
from array import array
from collections.abc import Iterable

import numpy as np

TOKEN = re.compile(r"(?u)\b[^\W\d_][\w'-]+\b")   # a letter, then at least one more word character


def stop_words() -> frozenset[str]:
    """English function words (spaCy's list: spaCy is loaded by every eventwire process anyway)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def tokens(text: str, stop: frozenset[str]) -> list[str]:
    """The lower-cased word tokens of ``text`` that are not stop words."""
    return [token for token in TOKEN.findall(text.lower()) if token not in stop]


def tfidf(documents: Iterable[str], *, min_df: int = 1, max_df: float = 1.0):
    """``(vectors, terms)``: a CSR matrix with one unit-length row per document, and the terms
    of its columns (sorted). Terms in fewer than ``min_df`` documents or in more than a
    ``max_df`` share of them are left out. Raises ValueError when no term is left."""
    from scipy.sparse import csr_matrix

    stop = stop_words()
    vocabulary: dict[str, int] = {}
    # machine integers, not Python lists: 20,000 articles make over a million (column, count) pairs
    indptr, indices, counts = array("q", [0]), array("q"), array("d")
    for document in documents:
        row: dict[int, int] = {}
        for token in tokens(document, stop):
            column = vocabulary.setdefault(token, len(vocabulary))
            row[column] = row.get(column, 0) + 1
        indices.extend(row)
        counts.extend(row.values())
        indptr.append(len(indices))
    n = len(indptr) - 1
    matrix = csr_matrix((np.frombuffer(counts, dtype=np.float64), np.frombuffer(indices, dtype=np.int64),
                         np.frombuffer(indptr, dtype=np.int64)), shape=(n, len(vocabulary)))
    df = np.bincount(matrix.indices, minlength=len(vocabulary))
    kept = np.flatnonzero((df >= min_df) & (df <= max_df * n))
    if not len(kept):
        raise ValueError("no term is left after the document-frequency limits")
    terms = np.array(list(vocabulary), dtype=object)[kept]
    order = np.argsort(terms.astype(str), kind="stable")
    kept, terms = kept[order], terms[order]
    matrix = matrix[:, kept].tocsr()
    matrix.data = 1.0 + np.log(matrix.data)
    matrix = matrix.multiply(np.log((1.0 + n) / (1.0 + df[kept])) + 1.0).tocsr()
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(matrix.multiply(1.0 / norms[:, None])), terms
