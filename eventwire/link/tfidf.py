"""TF-IDF vectors of article texts, with numpy and scipy.sparse only.

Story clustering runs at the end of every ingest, so what it imports is paid on every run:
scikit-learn's vectorizer costs about a second of imports for a few lines of arithmetic. The
weighting is the usual one: sublinear term frequency ``1 + ln(tf)``, smoothed inverse document
frequency ``ln((1 + n) / (1 + df)) + 1``, rows scaled to unit length, so the dot product of two
rows is their cosine similarity.

A collection too large to hold can be vectorized a part at a time with the same numbers:
``TermCounter.count`` tokenizes each part once (``TermCounts``: each document's term numbers and
counts, small enough to keep on disk) while it counts document frequencies; once every part is
counted, ``TermCounter.vocabulary`` fixes the kept terms and their idf, and ``vectors`` turns any
part's counts into its rows. Each row is weighted on its own, with its entries in the same order,
so a part's rows are those of the whole matrix bit for bit; ``tfidf`` is the one-part case.
"""
from __future__ import annotations

import re
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

TOKEN = re.compile(r"(?u)\b[^\W\d_][\w'-]+\b")   # a letter, then at least one more word character


def stop_words() -> frozenset[str]:
    """English function words (spaCy's list: spaCy is loaded by every eventwire process anyway)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def tokens(text: str, stop: frozenset[str]) -> list[str]:
    """The lower-cased word tokens of ``text`` that are not stop words."""
    return [token for token in TOKEN.findall(text.lower()) if token not in stop]


@dataclass(frozen=True)
class TermCounts:
    """Tokenized documents: document ``d`` has the term numbers ``numbers[indptr[d]:indptr[d+1]]``
    (in the order of their first occurrence in it) with their ``counts``."""

    indptr: np.ndarray    # int64, one more than the documents
    numbers: np.ndarray   # int32: a TermCounter's numbering of the terms
    counts: np.ndarray    # int32

    def save(self, path: Path) -> None:
        """Write to ``path`` (a NumPy .npz archive, uncompressed)."""
        np.savez(path, indptr=self.indptr, numbers=self.numbers, counts=self.counts)

    @classmethod
    def load(cls, path: Path) -> "TermCounts":
        with np.load(path) as archive:
            return cls(archive["indptr"], archive["numbers"], archive["counts"])


@dataclass(frozen=True)
class Vocabulary:
    """The kept terms (sorted: column ``k`` is ``terms[k]``), their idf, and the column of each of
    the counter's term numbers (-1: left out)."""

    terms: np.ndarray       # object array of str
    idf: np.ndarray         # float64, one per column
    column_of: np.ndarray   # int64, one per term number


class TermCounter:
    """Numbers the terms of the documents it is given in order of first appearance and counts in
    how many documents each appears. Holds one number and one count per distinct term: it grows
    with the vocabulary, not with the number of documents."""

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}
        self._df = array("q")
        self.documents = 0
        self._stop = stop_words()

    def count(self, documents: Iterable[str]) -> TermCounts:
        """Tokenize ``documents`` (counting their document frequencies) and return their counts."""
        numbers, df = self._numbers, self._df
        indptr, found, counts = array("q", [0]), array("i"), array("i")
        for document in documents:
            row: dict[int, int] = {}
            for token in tokens(document, self._stop):
                number = numbers.setdefault(token, len(numbers))
                row[number] = row.get(number, 0) + 1
            found.extend(row)
            counts.extend(row.values())
            indptr.append(len(found))
            self.documents += 1
        df.extend([0] * (len(numbers) - len(df)))
        new = np.frombuffer(found, dtype=np.int32)
        np.add.at(np.frombuffer(df, dtype=np.int64), new, 1)    # in place: df is the array's buffer
        return TermCounts(np.frombuffer(indptr, dtype=np.int64), new, np.frombuffer(counts, dtype=np.int32))

    def vocabulary(self, *, min_df: int = 1, max_df: float = 1.0) -> Vocabulary:
        """The terms in at least ``min_df`` documents and in at most a ``max_df`` share of them
        (possibly none), sorted, with their idf."""
        n = self.documents
        df = np.frombuffer(self._df, dtype=np.int64) if len(self._df) else np.zeros(0, np.int64)
        kept = np.flatnonzero((df >= min_df) & (df <= max_df * n))
        terms = np.array(list(self._numbers), dtype=object)[kept]
        order = np.argsort(terms.astype(str), kind="stable")
        kept, terms = kept[order], terms[order]
        column_of = np.full(len(df), -1, dtype=np.int64)
        column_of[kept] = np.arange(len(kept))
        return Vocabulary(terms, np.log((1.0 + n) / (1.0 + df[kept])) + 1.0, column_of)


def vectors(counts: TermCounts, vocab: Vocabulary):
    """A CSR matrix with one unit-length TF-IDF row per document of ``counts`` over ``vocab``'s
    columns (a document with none of its terms gives an empty row)."""
    from scipy.sparse import csr_matrix

    columns = vocab.column_of[counts.numbers]
    kept = columns >= 0
    indptr = np.concatenate([[0], np.cumsum(kept)])[counts.indptr]
    matrix = csr_matrix((counts.counts[kept].astype(np.float64), columns[kept], indptr),
                        shape=(len(counts.indptr) - 1, len(vocab.terms)))
    matrix.data = 1.0 + np.log(matrix.data)
    matrix = matrix.multiply(vocab.idf).tocsr()
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(matrix.multiply(1.0 / norms[:, None]))


def tfidf(documents: Iterable[str], *, min_df: int = 1, max_df: float = 1.0):
    """``(vectors, terms)``: a CSR matrix with one unit-length row per document, and the terms
    of its columns (sorted). Terms in fewer than ``min_df`` documents or in more than a
    ``max_df`` share of them are left out. Raises ValueError when no term is left."""
    counter = TermCounter()
    counts = counter.count(documents)
    vocab = counter.vocabulary(min_df=min_df, max_df=max_df)
    if not len(vocab.terms):
        raise ValueError("no term is left after the document-frequency limits")
    return vectors(counts, vocab), vocab.terms
