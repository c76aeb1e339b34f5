"""Story clustering: articles about the same developing story, grouped and labelled.

Two articles published within ``WINDOW_DAYS`` of each other are linked with a weight: the cosine
similarity of their TF-IDF vectors (title twice + text), plus a bonus when they report a common
canonical event. All articles are re-clustered on every refresh; story ids are derived from the
earliest article (publication date, then id) so they stay stable. Each story is labelled by its most
frequent type + dyad and the top TF-IDF terms of its centroid.

- Up to ``MAX_AGGLOMERATIVE`` articles (``_cluster_whole``): average-linkage agglomerative clustering
  of the link weights over the whole store (a story joins another only if their articles are similar
  on average: no chaining). Its memory is bounded by that size.
- Larger stores (``_cluster_sweep``): connected components of the links of weight >=
  ``CONNECTED_THRESHOLD``, found by a sweep in publication order whose memory follows a publication
  window, not the store. The store is read in chunks of whole
  publication days (``TEXT_CHUNK`` articles). Pass 1 reads the texts once: it counts document
  frequencies (the global vocabulary and idf) and keeps each chunk's term counts in a temporary
  folder, so no text is tokenized twice. Pass 2 vectorizes a chunk at a time, keeps the vectors of
  the last ``WINDOW_DAYS`` days, links the chunk against them (the common-event bonus comes from
  DuckDB for those articles only) and unions the strong links in a union-find over article
  positions. Pass 3 sums each story's centroid chunk by chunk, writes the story/article rows a
  chunk at a time and a story's row as soon as the sweep is past its last article. What it holds
  for every article is three numpy arrays (union-find parent, best link strength, last member of
  each story: 24 bytes an article); the rest follows the window, the vocabulary (a number and a
  count per distinct word) and the stories still open. With the same idf the vectors, links,
  components, scores and labels are those of the whole-store computation, bit for bit.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from eventwire.store.duck import Store

WINDOW_DAYS = 5             # articles published further apart are never linked directly
TEXT_THRESHOLD = 0.15       # average-linkage: merge two groups while their mean link weight is >= this
SHARED_EVENT_BONUS = 0.15   # added to the cosine of two articles that report a common canonical event
MAX_AGGLOMERATIVE = 3000    # above this many articles: connected components of links >= CONNECTED_THRESHOLD
CONNECTED_THRESHOLD = 0.35
LABEL_TERMS = 3
MIN_DF_ARTICLES = 2
MAX_DF_SHARE = 0.6          # terms in more than this share of the articles are left out
MIN_LINK = 0.02             # cosines below this are treated as no link (they barely move an average)
TEXT_CHUNK = 2000           # articles (whole publication days) read from the store and vectorized at a time
BLOCK_ARTICLES = 256        # articles (whole days) multiplied at a time against their window
UNDATED = 10**8             # the "day" of articles without a publication date: never within a window of a dated one


def cluster_stories(store: Store) -> int:
    """Re-cluster every stored article into stories; returns the number of stories."""
    with store.transaction():
        store.con.execute("DELETE FROM story_articles")
        store.con.execute("DELETE FROM stories")
        n = store.con.execute("SELECT count(*) FROM articles").fetchone()[0]
        if not n:
            return 0
        if n <= MAX_AGGLOMERATIVE:
            return _cluster_whole(store)
        return _cluster_sweep(store, n)


# -- shared by both paths ------------------------------------------------------------------------

def _document(title: str | None, text: str | None) -> str:
    """What is vectorized of an article: its title twice, then its text."""
    title = title or ""
    return f"{title}. {title}. {text or ''}"


def _day(published: dt.date | None) -> int:
    """The day number compared with ``WINDOW_DAYS`` (``UNDATED`` for an undated article)."""
    return published.toordinal() if published else UNDATED


def _story_id(article_id: str) -> str:
    """A story's id, derived from its earliest article."""
    return "st-" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:12]


def windowed_links(vectors, days: np.ndarray, start: int = 0) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """``(i, j, cosine)`` arrays (row numbers of ``vectors``, i before j) for the pairs whose later
    article j is at row ``start`` or after, published at most ``WINDOW_DAYS`` after i (same day:
    i < j), with cosine >= ``MIN_LINK``. ``days`` must be ascending (rows in publication order).

    A block of whole days (about ``BLOCK_ARTICLES`` articles) is multiplied with the articles of
    its days and the ``WINDOW_DAYS`` before them, so memory grows with the articles of a window,
    not with the square of the store (a full product over 20,000 similar articles is nearly
    dense: gigabytes). The earlier article of a pair is always the row of the product, so a
    cosine is computed the same way whichever rows are held."""
    while start < len(days):
        stop = min(start + BLOCK_ARTICLES, len(days))   # > start, as start < len(days)
        stop = int(np.searchsorted(days, days[stop - 1], "right"))   # whole days
        first = int(np.searchsorted(days, days[start] - WINDOW_DAYS, "left"))
        product = (vectors[first:stop] @ vectors[start:stop].T).tocoo()
        i, j, value = first + product.row, start + product.col, product.data
        apart = days[j] - days[i]
        keep = (value >= MIN_LINK) & (apart <= WINDOW_DAYS) & ((apart > 0) | ((apart == 0) & (i < j)))
        yield i[keep], j[keep], value[keep]
        start = stop


def _shared_event_pairs(store: Store, ids: list[str], positions: np.ndarray, n: int, later_from: int = 0) -> np.ndarray:
    """Sorted ``i * n + j`` keys of the pairs of ``ids`` (i < j, their ``positions``, j >=
    ``later_from``) that report a common canonical event. The pairs are found and numbered in
    DuckDB and come back as one int64 array: a store of 20,000 similar articles has some 400,000
    such pairs, which as Python tuples of id strings took over 100 MB."""
    keys = store.con.execute("""
        WITH chosen AS (SELECT unnest(?::VARCHAR[]) AS id, unnest(?::BIGINT[]) AS i)
        SELECT DISTINCT least(ia.i, ib.i) * ? + greatest(ia.i, ib.i) AS key
        FROM event_links a
        JOIN event_links b ON a.canonical_id = b.canonical_id AND a.article_id < b.article_id
        JOIN chosen ia ON ia.id = a.article_id
        JOIN chosen ib ON ib.id = b.article_id
        WHERE greatest(ia.i, ib.i) >= ?
        ORDER BY key
    """, [ids, np.asarray(positions).tolist(), n, later_from]).fetchnumpy()["key"]
    return np.asarray(keys, dtype=np.int64)


def _is_among(keys: np.ndarray, sorted_keys: np.ndarray) -> np.ndarray:
    """Whether each of ``keys`` is in ``sorted_keys`` (binary search: cheap for a small ``keys``)."""
    if not len(sorted_keys):
        return np.zeros(len(keys), dtype=bool)
    positions = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return sorted_keys[positions] == keys


def _weights(i: np.ndarray, j: np.ndarray, cosine: np.ndarray, shared: np.ndarray, n: int) -> np.ndarray:
    """Link weights: the cosine plus ``SHARED_EVENT_BONUS`` for a common canonical event, at most 1."""
    return np.minimum(1.0, cosine + SHARED_EVENT_BONUS * _is_among(i.astype(np.int64) * n + j, shared))


def _record_strength(strength: np.ndarray, i: np.ndarray, j: np.ndarray, weight: np.ndarray) -> None:
    """Each article's best link weight of at least ``TEXT_THRESHOLD`` (its score in its story)."""
    strong = weight >= TEXT_THRESHOLD
    np.maximum.at(strength, i[strong], weight[strong])
    np.maximum.at(strength, j[strong], weight[strong])


def _heaviest_terms(sums, terms: np.ndarray) -> list[list[str]]:
    """The ``LABEL_TERMS`` heaviest terms of each row of ``sums`` (CSR centroid sums; ties: the
    earlier term)."""
    sums = sums.tocsr()
    sums.sort_indices()
    labels = []
    for row in range(sums.shape[0]):
        weights = sums.data[sums.indptr[row]:sums.indptr[row + 1]]
        columns = sums.indices[sums.indptr[row]:sums.indptr[row + 1]]
        best = np.argsort(-weights, kind="stable")[:LABEL_TERMS]
        labels.append([str(terms[columns[k]]) for k in best if weights[k] > 0])
    return labels


_STORY_EVENTS_SQL = """
    WITH reported AS (
        SELECT DISTINCT m.story_id, c.id, c.type, c.source_country AS s, c.target_country AS t
        FROM story_articles m
        JOIN event_links l ON l.article_id = m.article_id
        JOIN canonical_events c ON c.id = l.canonical_id
        WHERE m.story_id IN (SELECT unnest(?::VARCHAR[]))),
    dyads AS (
        SELECT story_id, type || ' ' || coalesce(s, '?') || '->' || coalesce(t, '?') AS key,
               (s IS NOT NULL AND t IS NOT NULL) AS whole, count(*) AS n
        FROM reported WHERE s IS NOT NULL OR t IS NOT NULL GROUP BY ALL)
    SELECT r.story_id, count(DISTINCT r.id) AS n_events,
           (SELECT arg_max(d.key, (d.whole, d.n, d.key)) FROM dyads d WHERE d.story_id = r.story_id) AS main_event
    FROM reported r GROUP BY r.story_id
"""


def _story_events(store: Store, story_ids: list[str]) -> dict[str, tuple[int, str | None]]:
    """``story id -> (distinct canonical events, most frequent 'TYPE SRC->TGT')`` for stories whose
    articles are already in ``story_articles``, in one query.

    The main event prefers dyads with both sides known; among those the most reported one."""
    if not story_ids:
        return {}
    rows = store.con.execute(_STORY_EVENTS_SQL, [story_ids]).fetchall()
    return {story_id: (n, main) for story_id, n, main in rows}


def _story_row(story_id: str, title: str | None, n_articles: int, first: dt.date | None, last: dt.date | None,
               events: tuple[int, str | None], terms: list[str]) -> dict:
    """A ``stories`` row; the label is the main event and the top terms, else the first title."""
    n_events, main_event = events
    label = "; ".join(x for x in (main_event, ", ".join(terms)) if x)
    return {"id": story_id, "label": label or title, "n_articles": n_articles, "n_events": n_events,
            "first_published": first, "last_published": last}


def _insert(store: Store, table: str, columns: dict[str, list]) -> None:
    """Append rows given as columns, in the table's column order, to ``table``.

    Nothing is registered on the connection (here or in the queries above): unregistering after
    a statement ran out of memory fails in the aborted transaction, and that error would hide the
    out-of-memory one from ``Store.with_memory_to_spare``, which then would not retry."""
    import pyarrow as pa

    arrow = pa.table(columns)
    if arrow.num_rows:
        store.con.from_arrow(arrow).insert_into(table)


def _insert_stories(store: Store, rows: list[dict]) -> None:
    names = ("id", "label", "n_articles", "n_events", "first_published", "last_published")
    _insert(store, "stories", {name: [row[name] for row in rows] for name in names})


# -- up to MAX_AGGLOMERATIVE articles: the whole store at once -----------------------------------

def _cluster_whole(store: Store) -> int:
    """Average-linkage stories of the whole store (up to ``MAX_AGGLOMERATIVE`` articles)."""
    articles = store.query("SELECT id, title, published FROM articles ORDER BY published NULLS LAST, id")
    n = len(articles)
    vectors, terms = _similarities(store, articles)
    strength = np.zeros(n)
    labels = np.arange(n)
    if vectors is not None and n > 1:
        labels, strength = _agglomerative_labels(store, articles, vectors)
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    ids = {key: _story_id(articles[group[0]]["id"]) for key, group in groups.items()}
    _insert(store, "story_articles", {
        "story_id": [ids[key] for key, group in groups.items() for _ in group],
        "article_id": [articles[i]["id"] for group in groups.values() for i in group],
        "score": [float(strength[i]) for group in groups.values() for i in group]})
    events = _story_events(store, list(ids.values()))
    top_terms = _top_terms(vectors, terms, list(groups.values()))
    rows = []
    for (key, group), story_terms in zip(groups.items(), top_terms):
        dates = [articles[i]["published"] for i in group if articles[i]["published"]]
        rows.append(_story_row(ids[key], articles[group[0]]["title"], len(group), min(dates) if dates else None,
                               max(dates) if dates else None, events.get(ids[key], (0, None)), story_terms))
    _insert_stories(store, rows)
    return len(rows)


def _texts(store: Store, articles: list[dict]) -> Iterator[str]:
    """The document of each article, in ``articles`` order, texts fetched ``TEXT_CHUNK`` at a time."""
    for start in range(0, len(articles), TEXT_CHUNK):
        ids = [a["id"] for a in articles[start:start + TEXT_CHUNK]]
        texts = dict(store.con.execute("SELECT id, text FROM articles WHERE id IN (SELECT unnest(?))",
                                       [ids]).fetchall())
        for article in articles[start:start + TEXT_CHUNK]:
            yield _document(article["title"], texts.get(article["id"]))


def _similarities(store: Store, articles: list[dict]):
    """TF-IDF vectors (sparse, one unit-length row per article) and their vocabulary."""
    from eventwire.link.tfidf import tfidf

    many = len(articles) >= 10
    try:
        return tfidf(_texts(store, articles), min_df=MIN_DF_ARTICLES if many else 1,
                     max_df=MAX_DF_SHARE if many else 1.0)
    except ValueError:  # no usable term at all (empty texts)
        return None, np.array([])


def _agglomerative_labels(store: Store, articles: list[dict], vectors) -> tuple[np.ndarray, np.ndarray]:
    """Story label and best link strength of every article: average-linkage clusters of the link
    weights (cosine, plus the bonus for a common canonical event; 0 beyond ``WINDOW_DAYS``)."""
    n = len(articles)
    shared = _shared_event_pairs(store, [a["id"] for a in articles], np.arange(n), n)
    days = np.array([_day(a["published"]) for a in articles])
    strength = np.zeros(n)
    kept = []
    for i, j, cosine in windowed_links(vectors, days):
        weight = _weights(i, j, cosine, shared, n)
        _record_strength(strength, i, j, weight)
        kept.append((i, j, weight))
    rows, cols, weights = (np.concatenate(part) for part in zip(*kept)) if kept else (np.array([], int),) * 3
    return _agglomerative(n, rows, cols, weights), strength


def _agglomerative(n: int, rows: np.ndarray, cols: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Average-linkage clusters of the linked articles: two groups merge while the mean distance
    (1 - link weight, 1 where there is no link) between their articles is under 1 - ``TEXT_THRESHOLD``."""
    from scipy.cluster.hierarchy import fcluster, linkage

    distances = np.ones(n * (n - 1) // 2)   # condensed: pair (i, j), i < j, at n*i - i*(i+1)/2 + j - i - 1
    i, j = np.minimum(rows, cols).astype(np.int64), np.maximum(rows, cols).astype(np.int64)
    distances[n * i - i * (i + 1) // 2 + j - i - 1] = 1.0 - weights
    merged_below = np.nextafter(1.0 - TEXT_THRESHOLD, 0.0)   # strictly under the threshold
    return fcluster(linkage(distances, method="average"), t=merged_below, criterion="distance") - 1


def _top_terms(vectors, terms, groups: list[list[int]]) -> list[list[str]]:
    """The heaviest terms of each group's centroid, all groups in one sparse product."""
    if vectors is None or not len(terms):
        return [[] for _ in groups]
    from scipy.sparse import csr_matrix

    rows = np.repeat(np.arange(len(groups)), [len(group) for group in groups])
    members = np.concatenate([np.asarray(group, dtype=np.int64) for group in groups])
    return _heaviest_terms(csr_matrix((np.ones(len(members)), (rows, members)),
                                      shape=(len(groups), vectors.shape[0])) @ vectors, terms)


# -- larger stores: a sweep in publication order -------------------------------------------------

@dataclass
class _Chunk:
    """Whole publication days read together: positions ``start`` to ``stop`` (exclusive) in the
    order (publication date, nulls last; id), dated ``first``-``last`` (None: the undated)."""

    start: int
    stop: int
    first: dt.date | None
    last: dt.date | None


def _chunks(store: Store) -> list[_Chunk]:
    """The store cut into chunks of whole days of about ``TEXT_CHUNK`` articles (a longer day is
    a chunk of its own; so are the undated articles). One small tuple per publication day."""
    days = store.con.execute("SELECT published, count(*) FROM articles GROUP BY published "
                             "ORDER BY published NULLS LAST").fetchall()
    chunks: list[_Chunk] = []
    position = 0
    for published, count in days:
        current = chunks[-1] if chunks else None
        fits = current is not None and current.last is not None and published is not None \
            and current.stop - current.start + count <= TEXT_CHUNK
        if fits:
            current.stop += count
            current.last = published
        else:
            chunks.append(_Chunk(position, position + count, published, published))
        position += count
    return chunks


def _chunk_rows(store: Store, chunk: _Chunk, columns: str) -> list[tuple]:
    """``columns`` of the chunk's articles, in position order."""
    if chunk.first is None:
        return store.con.execute(f"SELECT {columns} FROM articles WHERE published IS NULL ORDER BY id").fetchall()
    return store.con.execute(f"SELECT {columns} FROM articles WHERE published BETWEEN ? AND ? ORDER BY published, id",
                             [chunk.first, chunk.last]).fetchall()


def _counted_chunks(store: Store, chunks: list[_Chunk], folder: Path):
    """Pass 1: tokenize every chunk once, counting document frequencies, and keep each chunk's
    term counts in ``folder`` (some 8 bytes per distinct term of an article) for the later passes,
    which then read no text. Returns the vocabulary of the whole store."""
    from eventwire.link.tfidf import TermCounter

    counter = TermCounter()
    for k, chunk in enumerate(chunks):
        rows = _chunk_rows(store, chunk, "title, text")
        counter.count(_document(title, text) for title, text in rows).save(folder / f"{k}.npz")
    return counter.vocabulary(min_df=MIN_DF_ARTICLES, max_df=MAX_DF_SHARE)


def _chunk_vectors(folder: Path, k: int, vocab):
    """The TF-IDF rows of chunk ``k`` from its term counts."""
    from eventwire.link.tfidf import TermCounts, vectors

    return vectors(TermCounts.load(folder / f"{k}.npz"), vocab)


def _cluster_sweep(store: Store, n: int) -> int:
    """Connected-component stories of a store of any size, in memory that follows a window."""
    chunks = _chunks(store)
    with tempfile.TemporaryDirectory(prefix="eventwire-stories-") as name:
        folder = Path(name)
        vocab = _counted_chunks(store, chunks, folder)
        roots, strength = _linked_components(store, chunks, folder, vocab, n)
        return _write_stories(store, chunks, folder, vocab, roots, strength)


@dataclass
class _Window:
    """The vectors of the articles of the last ``WINDOW_DAYS`` days and of the current chunk."""

    ids: list[str] = field(default_factory=list)
    positions: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    days: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    vectors: object = None

    def advanced(self, ids: list[str], days: np.ndarray, start: int, vectors) -> "_Window":
        """The window of a new chunk (``ids`` at positions from ``start``): the articles kept are
        those within ``WINDOW_DAYS`` of its first day."""
        from scipy.sparse import vstack

        if self.vectors is None:
            return _Window(list(ids), np.arange(start, start + len(ids)), days, vectors)
        keep = int(np.searchsorted(self.days, days[0] - WINDOW_DAYS, "left"))
        return _Window(self.ids[keep:] + list(ids),
                       np.concatenate([self.positions[keep:], np.arange(start, start + len(ids))]),
                       np.concatenate([self.days[keep:], days]), vstack([self.vectors[keep:], vectors], format="csr"))


def _linked_components(store: Store, chunks: list[_Chunk], folder: Path, vocab,
                       n: int) -> tuple[np.ndarray, np.ndarray]:
    """Pass 2: the root (earliest article) of each article's component of links >=
    ``CONNECTED_THRESHOLD``, and each article's best link strength."""
    parent = np.arange(n, dtype=np.int64)
    strength = np.zeros(n)
    window = _Window()
    for k, chunk in enumerate(chunks):
        rows = _chunk_rows(store, chunk, "id, published")
        days = np.array([_day(published) for _, published in rows], dtype=np.int64)
        window = window.advanced([article_id for article_id, _ in rows], days, chunk.start,
                                 _chunk_vectors(folder, k, vocab))
        shared = _shared_event_pairs(store, window.ids, window.positions, n, later_from=chunk.start)
        first_new = len(window.ids) - len(rows)
        for i, j, cosine in windowed_links(window.vectors, window.days, start=first_new):
            i, j = window.positions[i], window.positions[j]
            weight = _weights(i, j, cosine, shared, n)
            _record_strength(strength, i, j, weight)
            strong = weight >= CONNECTED_THRESHOLD
            _union(parent, i[strong], j[strong])
    return _find(parent, np.arange(n)), strength


def _find(parent: np.ndarray, nodes: np.ndarray) -> np.ndarray:
    """The roots of ``nodes`` in the union-find ``parent``, whose paths are shortened on the way."""
    roots = parent[nodes]
    while True:
        above = parent[roots]
        if np.array_equal(above, roots):
            break
        roots = above
    parent[nodes] = roots
    return roots


def _union(parent: np.ndarray, i: np.ndarray, j: np.ndarray) -> None:
    """Join the components of each pair (i, j); a component's root is its smallest position (its
    earliest article). The roots involved are grouped with SciPy's connected components, so there
    is no Python loop over links."""
    if not len(i):
        return
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    roots, inverse = np.unique(np.concatenate([_find(parent, i), _find(parent, j)]), return_inverse=True)
    half = len(i)
    graph = coo_matrix((np.ones(half), (inverse[:half], inverse[half:])), shape=(len(roots), len(roots)))
    _, group = connected_components(graph, directed=False)
    smallest = np.full(group.max() + 1, np.iinfo(np.int64).max)
    np.minimum.at(smallest, group, roots)
    parent[roots] = smallest[group]


@dataclass
class _OpenStory:
    """What is kept of a story from its first article until the sweep is past its last."""

    id: str
    title: str | None
    first: dt.date | None
    last: dt.date | None = None
    n_articles: int = 0


def _write_stories(store: Store, chunks: list[_Chunk], folder: Path, vocab, roots: np.ndarray,
                   strength: np.ndarray) -> int:
    """Pass 3: story/article rows a chunk at a time, and each story's row as soon as the sweep is
    past its last article, its label from the centroid summed article by article in position order
    (the sums of the whole-store computation, bit for bit)."""
    from scipy.sparse import csr_matrix

    last_member = np.zeros(len(roots), dtype=np.int64)
    np.maximum.at(last_member, roots, np.arange(len(roots)))
    stories: dict[int, _OpenStory] = {}
    order = np.zeros(0, dtype=np.int64)                     # roots of the rows of ``sums``
    sums = csr_matrix((0, len(vocab.terms)))
    written = 0
    for k, chunk in enumerate(chunks):
        rows = _chunk_rows(store, chunk, "id, title, published")
        chunk_roots = roots[chunk.start:chunk.stop]
        for offset, (article_id, title, published) in enumerate(rows):
            root = int(chunk_roots[offset])
            if root == chunk.start + offset:
                stories[root] = _OpenStory(_story_id(article_id), title, published)
            story = stories[root]
            story.n_articles += 1
            story.last = published or story.last
        _insert(store, "story_articles", {"story_id": [stories[int(r)].id for r in chunk_roots],
                                          "article_id": [row[0] for row in rows],
                                          "score": strength[chunk.start:chunk.stop]})
        order, sums = _summed(order, sums, chunk_roots, _chunk_vectors(folder, k, vocab))
        done = last_member[order] < chunk.stop
        written += _flush(store, [stories.pop(int(root)) for root in order[done]], sums[np.flatnonzero(done)], vocab)
        order, sums = order[~done], sums[np.flatnonzero(~done)]
    return written


def _summed(order: np.ndarray, sums, chunk_roots: np.ndarray, chunk_vectors):
    """The centroid sums of the open stories (rows of ``sums``, roots ``order``) with the chunk's
    articles added, one article after the other in position order: each new sum is the previous one
    plus the chunk's members, in a single sparse product, so its additions come in the same order as
    in the whole-store computation."""
    from scipy.sparse import csr_matrix, vstack

    new_order = np.union1d(order, chunk_roots)
    previous = np.searchsorted(new_order, order)                 # row of each open story
    members = np.searchsorted(new_order, chunk_roots)            # row of each chunk article
    rows = np.concatenate([previous, members])
    columns = np.arange(len(order) + len(chunk_roots))           # old sums first, then the articles
    indicator = csr_matrix((np.ones(len(rows)), (rows, columns)), shape=(len(new_order), len(columns)))
    return new_order, (indicator @ vstack([sums, chunk_vectors], format="csr")).tocsr()


def _flush(store: Store, stories: list[_OpenStory], sums, vocab) -> int:
    """Write the rows of complete stories; returns how many."""
    if not stories:
        return 0
    events = _story_events(store, [story.id for story in stories])
    terms = _heaviest_terms(sums, vocab.terms)
    _insert_stories(store, [_story_row(story.id, story.title, story.n_articles, story.first, story.last,
                                       events.get(story.id, (0, None)), story_terms)
                            for story, story_terms in zip(stories, terms)])
    return len(stories)
