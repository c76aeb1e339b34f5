"""Story clustering: articles about the same developing story, grouped and labelled.

Two articles published within ``WINDOW_DAYS`` of each other are linked with a weight: the cosine
similarity of their TF-IDF vectors (title twice + text), plus a bonus when they report a common
canonical event. Stories are the clusters of an average-linkage agglomerative clustering of those
weights (see ``_components``); each is labelled by its most frequent type + dyad and its top TF-IDF
terms. All articles are re-clustered on every refresh, one publication day against its window at a
time, with the texts read from the store in chunks; story ids are derived from the earliest article
so they stay stable.
"""
from __future__ import annotations

import hashlib

import numpy as np

from eventwire.store.duck import Store

WINDOW_DAYS = 5             # articles published further apart are never linked directly
TEXT_THRESHOLD = 0.15       # average-linkage: merge two groups while their mean link weight is >= this
SHARED_EVENT_BONUS = 0.15   # added to the cosine of two articles that report a common canonical event
MAX_AGGLOMERATIVE = 3000    # above this many articles: connected components of links >= CONNECTED_THRESHOLD
CONNECTED_THRESHOLD = 0.35
LABEL_TERMS = 3
MIN_DF_ARTICLES = 2
MIN_LINK = 0.02             # cosines below this are treated as no link (they barely move an average)


def cluster_stories(store: Store) -> int:
    """Re-cluster every stored article into stories; returns the number of stories."""
    articles = store.query("SELECT id, title, published FROM articles ORDER BY published NULLS LAST, id")
    with store.transaction():
        store.con.execute("DELETE FROM story_articles")
        store.con.execute("DELETE FROM stories")
        if not articles:
            return 0
        labels, strength, vectors, terms = _components(store, articles)
        rows, members = _story_rows(store, articles, labels, strength, vectors, terms)
        _insert(store, rows, members)
    return len(rows)


TEXT_CHUNK = 2000   # article texts fetched from the store at a time while the vectors are built


def _documents(store: Store, articles: list[dict]):
    """Title twice and text of each article, in ``articles`` order, fetched a chunk at a time so
    that the texts of the whole store are never held at once."""
    for start in range(0, len(articles), TEXT_CHUNK):
        ids = [a["id"] for a in articles[start:start + TEXT_CHUNK]]
        texts = dict(store.con.execute("SELECT id, text FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall())
        for article in articles[start:start + TEXT_CHUNK]:
            title = article["title"] or ""
            yield f"{title}. {title}. {texts.get(article['id']) or ''}"


def _similarities(store: Store, articles: list[dict]):
    """TF-IDF vectors (sparse, one unit-length row per article) and their vocabulary."""
    from eventwire.link.tfidf import tfidf

    many = len(articles) >= 10
    try:
        return tfidf(_documents(store, articles), min_df=MIN_DF_ARTICLES if many else 1, max_df=0.6 if many else 1.0)
    except ValueError:  # no usable term at all (empty texts)
        return None, np.array([])


BLOCK_ARTICLES = 256   # articles multiplied at a time against their window in ``windowed_links``


def windowed_links(vectors, days: np.ndarray):
    """``(i, j, cosine)`` arrays for i < j published at most ``WINDOW_DAYS`` apart with cosine >=
    ``MIN_LINK``, a block of consecutive publication days at a time.

    A block (whole days, about ``BLOCK_ARTICLES`` articles) is multiplied with the articles of
    its days and the ``WINDOW_DAYS`` after them, so memory grows with the articles of a window,
    not with the square of the store (a full product over 20,000 similar articles is nearly
    dense: gigabytes), the number of products with the store's size over ``BLOCK_ARTICLES``
    rather than with its days, and callers keep only the links they need."""
    order = np.argsort(days, kind="stable")
    sorted_days = days[order]
    start = 0
    while start < len(order):
        stop = min(start + BLOCK_ARTICLES, len(order))   # > start, as start < len(order)
        stop = int(np.searchsorted(sorted_days, sorted_days[stop - 1], "right"))   # whole days
        block = order[start:stop]
        window = order[start:np.searchsorted(sorted_days, sorted_days[stop - 1] + WINDOW_DAYS, "right")]
        product = (vectors[block] @ vectors[window].T).tocoo()
        i, j, value = block[product.row], window[product.col], product.data
        apart = days[j] - days[i]
        keep = (value >= MIN_LINK) & (apart <= WINDOW_DAYS) & ((apart > 0) | ((apart == 0) & (i < j)))
        yield np.minimum(i[keep], j[keep]), np.maximum(i[keep], j[keep]), value[keep]
        start = stop


def _shared_event_pairs(store: Store, ids: list[str]) -> np.ndarray:
    """Sorted ``i * n + j`` keys of the article pairs (i < j, positions in ``ids``) that report a
    common canonical event. The pairs are found and numbered in DuckDB and come back as one int64
    array: a store of 20,000 similar articles has some 400,000 such pairs, which as Python tuples
    of id strings took over 100 MB."""
    import pyarrow as pa

    n = len(ids)
    store.con.register("_story_index", pa.table({"id": ids, "i": pa.array(range(n), pa.int64())}))
    try:
        keys = store.con.execute("""
            SELECT DISTINCT least(ia.i, ib.i) * ? + greatest(ia.i, ib.i) AS key
            FROM event_links a
            JOIN event_links b ON a.canonical_id = b.canonical_id AND a.article_id < b.article_id
            JOIN _story_index ia ON ia.id = a.article_id
            JOIN _story_index ib ON ib.id = b.article_id
            ORDER BY key
        """, [n]).fetchnumpy()["key"]
    finally:
        store.con.unregister("_story_index")
    return np.asarray(keys, dtype=np.int64)


def _is_among(keys: np.ndarray, sorted_keys: np.ndarray) -> np.ndarray:
    """Whether each of ``keys`` is in ``sorted_keys`` (binary search: cheap for a small ``keys``)."""
    if not len(sorted_keys):
        return np.zeros(len(keys), dtype=bool)
    positions = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return sorted_keys[positions] == keys


def _components(store: Store, articles: list[dict]):
    """Story label and best link strength of every article.

    The link weight of two articles is their cosine similarity plus ``SHARED_EVENT_BONUS`` when they
    report a common canonical event, and 0 when they were published more than ``WINDOW_DAYS`` apart.
    Up to ``MAX_AGGLOMERATIVE`` articles are grouped by average-linkage agglomerative clustering
    (a story joins another only if their articles are similar on average: no chaining); larger
    stores use connected components of the links of weight >= ``CONNECTED_THRESHOLD``, and only
    those links are kept in memory.
    """
    n = len(articles)
    vectors, terms = _similarities(store, articles)
    strength = np.zeros(n)
    if vectors is None or n == 1:
        return np.arange(n), strength, vectors, terms
    shared = _shared_event_pairs(store, [a["id"] for a in articles])
    days = np.array([a["published"].toordinal() if a["published"] else -10**6 for a in articles])
    keep_from = MIN_LINK if n <= MAX_AGGLOMERATIVE else CONNECTED_THRESHOLD
    kept = []
    for i, j, value in windowed_links(vectors, days):
        weight = np.minimum(1.0, value + SHARED_EVENT_BONUS * _is_among(i.astype(np.int64) * n + j, shared))
        strong = weight >= TEXT_THRESHOLD
        np.maximum.at(strength, i[strong], weight[strong])
        np.maximum.at(strength, j[strong], weight[strong])
        chosen = weight >= keep_from
        kept.append((i[chosen], j[chosen], weight[chosen]))
    rows, cols, weights = (np.concatenate(part) for part in zip(*kept)) if kept else (np.array([], int),) * 3
    if n <= MAX_AGGLOMERATIVE:
        return _agglomerative(n, rows, cols, weights), strength, vectors, terms
    return _connected(n, rows, cols), strength, vectors, terms


def _agglomerative(n: int, rows: np.ndarray, cols: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Average-linkage clusters of the linked articles: two groups merge while the mean distance
    (1 - link weight, 1 where there is no link) between their articles is under 1 - ``TEXT_THRESHOLD``."""
    from scipy.cluster.hierarchy import fcluster, linkage

    distances = np.ones(n * (n - 1) // 2)   # condensed: pair (i, j), i < j, at n*i - i*(i+1)/2 + j - i - 1
    i, j = np.minimum(rows, cols).astype(np.int64), np.maximum(rows, cols).astype(np.int64)
    distances[n * i - i * (i + 1) // 2 + j - i - 1] = 1.0 - weights
    merged_below = np.nextafter(1.0 - TEXT_THRESHOLD, 0.0)   # strictly under the threshold
    return fcluster(linkage(distances, method="average"), t=merged_below, criterion="distance") - 1


def _connected(n: int, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Connected components of the given links (already those of weight >= ``CONNECTED_THRESHOLD``)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    graph = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    return connected_components(graph, directed=False)[1]


def _top_terms(vectors, terms, groups: list[list[int]]) -> list[list[str]]:
    """The ``LABEL_TERMS`` heaviest terms of each group's centroid (ties: the earlier term), all
    groups in one sparse product instead of one slice of the matrix per group."""
    if vectors is None or not len(terms):
        return [[] for _ in groups]
    from scipy.sparse import csr_matrix

    rows = np.repeat(np.arange(len(groups)), [len(group) for group in groups])
    members = np.concatenate([np.asarray(group, dtype=np.int64) for group in groups])
    sums = (csr_matrix((np.ones(len(members)), (rows, members)), shape=(len(groups), vectors.shape[0])) @ vectors).tocsr()
    sums.sort_indices()
    labels = []
    for row in range(len(groups)):
        weights = sums.data[sums.indptr[row]:sums.indptr[row + 1]]
        columns = sums.indices[sums.indptr[row]:sums.indptr[row + 1]]
        best = np.argsort(-weights, kind="stable")[:LABEL_TERMS]
        labels.append([str(terms[columns[k]]) for k in best if weights[k] > 0])
    return labels


_STORY_EVENTS_SQL = """
    WITH reported AS (
        SELECT DISTINCT m.story_id, c.id, c.type, c.source_country AS s, c.target_country AS t
        FROM _story_members m
        JOIN event_links l ON l.article_id = m.article_id
        JOIN canonical_events c ON c.id = l.canonical_id),
    dyads AS (
        SELECT story_id, type || ' ' || coalesce(s, '?') || '->' || coalesce(t, '?') AS key,
               (s IS NOT NULL AND t IS NOT NULL) AS whole, count(*) AS n
        FROM reported WHERE s IS NOT NULL OR t IS NOT NULL GROUP BY ALL)
    SELECT r.story_id, count(DISTINCT r.id) AS n_events,
           (SELECT arg_max(d.key, (d.whole, d.n, d.key)) FROM dyads d WHERE d.story_id = r.story_id) AS main_event
    FROM reported r GROUP BY r.story_id
"""


def _story_events(store: Store, members: list[dict]) -> dict[str, tuple[int, str | None]]:
    """``story id -> (distinct canonical events, most frequent 'TYPE SRC->TGT')``, in one query.

    The main event prefers dyads with both sides known; among those the most reported one."""
    import pyarrow as pa

    if not members:
        return {}
    store.con.register("_story_members", pa.Table.from_pylist(members))
    try:
        rows = store.con.execute(_STORY_EVENTS_SQL).fetchall()
    finally:
        store.con.unregister("_story_members")
    return {story_id: (n, main) for story_id, n, main in rows}


def _story_rows(store: Store, articles: list[dict], labels, strength, vectors, terms):
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    ids = {key: "st-" + hashlib.sha1(articles[group[0]]["id"].encode("utf-8")).hexdigest()[:12]
           for key, group in groups.items()}
    members = [{"story_id": ids[key], "article_id": articles[i]["id"], "score": float(strength[i])}
               for key, group in groups.items() for i in group]
    events = _story_events(store, members)
    top_terms = dict(zip(groups, _top_terms(vectors, terms, list(groups.values()))))
    rows = []
    for key, group in groups.items():
        n_events, main_event = events.get(ids[key], (0, None))
        label = "; ".join(x for x in (main_event, ", ".join(top_terms[key])) if x)
        dates = [articles[i]["published"] for i in group if articles[i]["published"]]
        rows.append({"id": ids[key], "label": label or articles[group[0]]["title"], "n_articles": len(group),
                     "n_events": n_events, "first_published": min(dates) if dates else None,
                     "last_published": max(dates) if dates else None})
    return rows, members


def _insert(store: Store, rows: list[dict], members: list[dict]) -> None:
    import pyarrow as pa

    for table, data in (("stories", rows), ("story_articles", members)):
        arrow = pa.Table.from_pylist(data)
        store.con.register("_story_batch", arrow)
        try:
            store.con.execute(f"INSERT INTO {table} ({', '.join(arrow.column_names)}) "
                              f"SELECT {', '.join(arrow.column_names)} FROM _story_batch")
        finally:
            store.con.unregister("_story_batch")
