"""Cross-article event deduplication: reports (mentions) of one real-world event become one canonical event.

The work is done in bulk inside DuckDB (blocking, pair checks, scores, canonical rows); Python only
runs the leader-clustering loop over the candidate pairs SQL produced. The rule, the blocking and the
scores are documented in ``docs/linking.md``.

:func:`link_mentions` first lists the mentions (rows of ``events``) not yet in ``event_links``
in publication order (``_pending``: keys only), then links them ``CHUNK_MENTIONS`` at a time, each
chunk in its own transaction against the canonical events the stored links and the earlier chunks
made: exactly as if the articles had been ingested in several runs. So the memory a link pass needs
is bounded by the chunk, not by the store or the ingest, and a pass that stops half-way leaves only
complete chunks (the next refresh links the rest). Steps of one chunk:

1. ``_new``: the chunk's mentions, with a date window ``[lo, hi]`` derived from the TIMEX3 value
   and its precision, in arrival order ``idx``.
2. ``_cand``: the canonical events whose window could touch the new mentions.
3. Blocking: every item emits one key row per 7-day bucket its window (widened by the tolerance)
   touches, keyed by type x unordered country dyad; one-sided dyads also meet full dyads through
   "side" keys. Only items sharing a key are compared: never all pairs.
4. Every candidate pair is checked (dyad, date, place, casualties, negation, not the same article)
   and scored; the reasons are kept as JSON.
5. New mentions join their best canonical event (at most one mention per article per event);
   the rest are grouped among themselves by leader ("star") clustering in arrival order: a mention
   joins the best-scoring earlier leader it is compatible with, unless that group already holds a
   mention of its article (two events of one article are never merged), else it leads a new group.
6. ``event_links`` rows are written and the affected canonical rows are recomputed from their mentions.
"""
from __future__ import annotations

from dataclasses import astuple, dataclass

import numpy as np

from eventwire.store.duck import Store

BUCKET_DAYS = 7            # width of a date bucket in the blocking key
DATE_TOLERANCE_DAYS = 1    # two windows this close still overlap (time zones, "overnight", "on Monday")
PUBLICATION_WINDOW_DAYS = 0  # an event dated only by its article's publication: [published, published] (+ tolerance)
MAX_BUCKETS = 60           # a window wider than this many buckets (a year) is blocked on its first 60
NEAR_KM = 50.0             # two exact places this close are compatible
CENTROID_KM = 400.0        # when either place is a province or country centroid
CASUALTY_RATIO = 0.5       # 7 and 9 killed are compatible (min/max >= 0.5) ...
CASUALTY_SLACK = 2         # ... and so are 1 and 3 (difference <= 2)
MIN_SCORE = 0.5           # a pair scoring under this is not merged: a full dyad and overlapping dates, or one known side on the same day
SYMMETRIC_TYPES = ("CONSULT", "AGREE", "COOPERATE")

# The TIMEX3 value as a window: day, ISO week, month, year; anything else (or a publication-based
# date) is [published - PUBLICATION_WINDOW_DAYS, published]. ``rank`` orders precision (0 = day).
_WINDOW_SQL = """
CASE
  WHEN date_basis = 'publication' OR date_value IS NULL THEN {pub}
  WHEN regexp_matches(date_value, '^\\d{{4}}-\\d{{2}}-\\d{{2}}') THEN {day}
  WHEN regexp_matches(date_value, '^\\d{{4}}-W\\d{{2}}$') THEN {week}
  WHEN regexp_matches(date_value, '^\\d{{4}}-\\d{{2}}$') THEN {month}
  WHEN regexp_matches(date_value, '^\\d{{4}}$') THEN {year}
  ELSE {pub}
END"""


def _read_sides(prefix: str) -> str:
    """The source and target countries (``sc``, ``tc``) of an ``events`` or ``canonical_events`` row
    (columns prefixed by ``prefix``), a side only inferred from context (``source-inferred``,
    ``target-inferred``) read as unknown: a guess is no evidence for or against a match."""
    return ", ".join(f"CASE WHEN list_contains({prefix}context, '{side}-inferred') THEN NULL "
                     f"ELSE {prefix}{side}_country END AS {alias}" for side, alias in (("source", "sc"), ("target", "tc")))


def _window_expr(part: str) -> str:
    """SQL for ``lo``, ``hi`` or ``rank`` of a mention's date window (columns date_value, date_basis, published)."""
    day = "try_strptime(left(date_value, 10), '%Y-%m-%d')::DATE"
    week_start = ("(make_date(left(date_value, 4)::INT, 1, 4) - (isodow(make_date(left(date_value, 4)::INT, 1, 4)) - 1)::INT"
                  " + ((substr(date_value, 7, 2)::INT - 1) * 7)::INT)")
    month_start = "make_date(left(date_value, 4)::INT, substr(date_value, 6, 2)::INT, 1)"
    pieces = {
        "lo": dict(pub=f"published - {PUBLICATION_WINDOW_DAYS}", day=day, week=week_start, month=month_start,
                   year="make_date(left(date_value, 4)::INT, 1, 1)"),
        "hi": dict(pub="published", day=day, week=f"{week_start} + 6", month=f"last_day({month_start})",
                   year="make_date(left(date_value, 4)::INT, 12, 31)"),
        "rank": dict(pub="4", day="0", week="1", month="2", year="3"),
    }[part]
    return _WINDOW_SQL.format(**pieces)


_PLACE_RANK = ("CASE WHEN lat IS NULL AND place_name IS NULL THEN 9 WHEN place_precision = 'exact' THEN 0 "
               "WHEN place_precision IS NULL THEN 1 WHEN place_precision = 'admin1' THEN 2 "
               "WHEN place_precision = 'region' THEN 3 ELSE 4 END")


@dataclass(frozen=True)
class LinkCounts:
    """What one linking pass did."""

    mentions: int = 0        # new mentions linked
    canonical_new: int = 0   # canonical events created
    merged: int = 0          # mentions that joined another report (an existing or a new canonical event)

    def __add__(self, other: "LinkCounts") -> "LinkCounts":
        return LinkCounts(*(a + b for a, b in zip(astuple(self), astuple(other))))


CHUNK_MENTIONS = 20000   # new mentions linked per chunk (and transaction): about 4,000 articles


def link_mentions(store: Store, article_ids: list[str] | None = None,
                  chunk: int = CHUNK_MENTIONS) -> LinkCounts:
    """Link the not-yet-linked mentions (of ``article_ids``, or all) into canonical events.

    ``chunk`` mentions at a time in publication order, each chunk committed on its own and given
    more memory if it runs out (``Store.with_memory_to_spare``). Idempotent: mentions already in
    ``event_links`` are never looked at again.
    """
    n_pending = _load_pending(store, article_ids)
    total = LinkCounts()
    try:
        for start in range(0, n_pending, chunk):
            total += store.with_memory_to_spare(lambda: _link_chunk_committed(store, start, start + chunk))
    finally:
        store.con.execute("DROP TABLE IF EXISTS _pending")
    return total


def _link_chunk_committed(store: Store, start: int, stop: int) -> LinkCounts:
    """Link the pending mentions ``start <= idx < stop`` in one transaction (rolled back on failure)."""
    try:
        with store.transaction():
            return _link_chunk(store, start, stop)
    finally:
        _drop_temp(store)


def _link_chunk(store: Store, start: int, stop: int) -> LinkCounts:
    con = store.con
    n_new = _load_new_mentions(store, start, stop)
    if n_new == 0:
        return LinkCounts()
    _load_candidates(store)
    _build_keys(store)
    _score_pairs(store)
    _assign_to_existing(store)
    components = _group_new(store, n_new)
    created = _write_links(store, components)
    _refresh_canonical(store)
    merged = con.execute("SELECT count(*) FROM _links WHERE score IS NOT NULL").fetchone()[0]
    return LinkCounts(mentions=n_new, canonical_new=created, merged=int(merged))


# -- 1. new mentions -------------------------------------------------------------------------------

def _load_pending(store: Store, article_ids: list[str] | None) -> int:
    """``_pending``: the keys of the not-yet-linked mentions (of ``article_ids``), numbered ``idx`` in
    publication order; returns how many there are."""
    params: list = []
    only = ""
    if article_ids is not None:
        only = "AND e.article_id IN (SELECT unnest(?))"
        params.append(list(article_ids))
    store.con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _pending AS
        SELECT (row_number() OVER (ORDER BY published NULLS LAST, article_id, sentence, trigger_start, id) - 1)::BIGINT AS idx,
               article_id, id AS event_id
        FROM events e
        WHERE NOT EXISTS (SELECT 1 FROM event_links l WHERE l.article_id = e.article_id AND l.event_id = e.id)
        {only}
    """, params)
    return store.con.execute("SELECT count(*) FROM _pending").fetchone()[0]


def _load_new_mentions(store: Store, start: int, stop: int) -> int:
    """``_new``: the pending mentions ``start <= idx < stop`` with their windows, ``idx`` from 0."""
    store.con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _new AS
        SELECT p.idx - {int(start)} AS idx,
               e.article_id, e.id AS event_id, e.type, {_read_sides('e.')},
               coalesce(list_contains(e.context, 'negated'), false) AS negated,
               {_window_expr('lo')} AS lo, {_window_expr('hi')} AS hi, {_window_expr('rank')} AS rank,
               e.lat, e.lon, coalesce(e.place_precision, 'exact') AS pprec,
               e.fatalities AS f_lo, e.fatalities AS f_hi, e.published, e.date_value
        FROM _pending p JOIN events e ON e.article_id = p.article_id AND e.id = p.event_id
        WHERE p.idx >= {int(start)} AND p.idx < {int(stop)}
    """)
    return store.con.execute("SELECT count(*) FROM _new").fetchone()[0]


# -- 2. candidate canonical events ------------------------------------------------------------------

def _load_candidates(store: Store) -> None:
    """``_cand``: the canonical events of a type in the chunk whose window comes within the tolerance
    of a new mention's window of that type. The new windows are merged per type into disjoint spans
    first, so an old event is read only if it falls in a span: a chunk with one "in 2014" mention
    does not pull in every event since 2014 of every type."""
    tol = DATE_TOLERANCE_DAYS
    store.con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _spans AS
        WITH w AS (SELECT type, lo - {tol} AS s, hi + {tol} AS e FROM _new WHERE lo IS NOT NULL),
        o AS (SELECT *, max(e) OVER (PARTITION BY type ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                        AS reach FROM w),
        g AS (SELECT *, sum((reach IS NULL OR s > reach)::INT) OVER (PARTITION BY type ORDER BY s, e ROWS UNBOUNDED PRECEDING)
                        AS span FROM o)
        SELECT type, min(s) AS lo, max(e) AS hi FROM g GROUP BY type, span
    """)
    store.con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _cand AS
        SELECT (SELECT count(*) FROM _new) + row_number() OVER (ORDER BY id) - 1 AS idx, id AS canonical_id, type,
               {_read_sides('')},
               coalesce(list_contains(context, 'negated'), false) AS negated,
               date_start AS lo, date_end AS hi, lat, lon, coalesce(place_precision, 'exact') AS pprec,
               fatalities_min AS f_lo, fatalities_max AS f_hi
        FROM canonical_events c
        WHERE date_start IS NOT NULL
          AND EXISTS (SELECT 1 FROM _spans s WHERE s.type = c.type AND c.date_end >= s.lo AND c.date_start <= s.hi)
    """)


# -- 3. blocking keys -------------------------------------------------------------------------------

def _key_rows(table: str, item: str, kind: str) -> str:
    """SQL emitting (kind, item, type, key, side, bucket) rows for ``table``: one per bucket of the window.

    ``side`` is false for the dyad key (``A|B``, ``A|*`` or ``*|*``) and true for the side keys
    (``A|*`` and ``B|*``) that a full dyad also emits so one-sided mentions can meet it.
    """
    tol = DATE_TOLERANCE_DAYS
    first = f"((lo - {tol} - DATE '1970-01-01') // {BUCKET_DAYS})"
    last = f"((hi + {tol} - DATE '1970-01-01') // {BUCKET_DAYS})"
    buckets = f"unnest(range({first}, least({last}, {first} + {MAX_BUCKETS - 1}) + 1))"
    dyad = ("CASE WHEN sc IS NOT NULL AND tc IS NOT NULL THEN least(sc, tc) || '|' || greatest(sc, tc) "
            "ELSE coalesce(sc, tc, '*') || '|*' END")
    return f"""
        SELECT '{kind}' AS kind, {item} AS item, type, {dyad} AS key, false AS side, {first} AS first_bucket,
               {buckets} AS bucket
        FROM {table} WHERE lo IS NOT NULL
        UNION ALL
        SELECT '{kind}', {item}, type, s.c || '|*', true, {first}, {buckets}
        FROM (SELECT *, unnest(list_distinct([sc, tc])) AS c FROM {table}
              WHERE sc IS NOT NULL AND tc IS NOT NULL AND lo IS NOT NULL) s
        WHERE s.c IS NOT NULL
    """


def _build_keys(store: Store) -> None:
    store.con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _keys AS
        {_key_rows('_new', 'idx', 'm')}
        UNION ALL
        {_key_rows('_cand', 'idx', 'c')}
    """)
    store.con.execute("CREATE OR REPLACE TEMP TABLE _kd AS SELECT kind, item, type, key, first_bucket, bucket FROM _keys WHERE NOT side")
    store.con.execute("CREATE OR REPLACE TEMP TABLE _ks AS SELECT kind, item, type, key, first_bucket, bucket FROM _keys WHERE side")
    store.con.execute("DROP TABLE _keys")


# -- 4. candidate pairs, checks and scores -------------------------------------------------------------

_PAIRS_SQL = """
    -- a: always a new mention; b: an earlier new mention or a canonical event, sharing a block.
    -- Dyad keys meet dyad keys; a one-sided item also meets the side keys of full dyads.
    -- Each pair is produced once: in the bucket where the later-starting window begins.
    SELECT a.item AS a, b.kind AS b_kind, b.item AS b
    FROM _kd a JOIN _kd b ON a.type = b.type AND a.bucket = b.bucket AND a.key = b.key
    WHERE a.kind = 'm' AND (b.kind = 'c' OR b.item < a.item) AND a.bucket = greatest(a.first_bucket, b.first_bucket)
    UNION ALL
    SELECT a.item, b.kind, b.item
    FROM _kd a JOIN _ks b ON a.type = b.type AND a.bucket = b.bucket AND a.key = b.key
    WHERE a.kind = 'm' AND (b.kind = 'c' OR b.item < a.item) AND a.bucket = greatest(a.first_bucket, b.first_bucket)
    UNION ALL
    SELECT a.item, b.kind, b.item
    FROM _ks a JOIN _kd b ON a.type = b.type AND a.bucket = b.bucket AND a.key = b.key
    WHERE a.kind = 'm' AND (b.kind = 'c' OR b.item < a.item) AND a.bucket = greatest(a.first_bucket, b.first_bucket)
"""


def _ok(x: str, y: str) -> str:
    return f"({x} IS NULL OR {y} IS NULL OR {x} = {y})"


def _casualties_ok(a: str, b: str) -> str:
    return (f"({a} IS NULL OR {b} IS NULL OR abs({a} - {b}) <= {CASUALTY_SLACK} "
            f"OR least({a}, {b}) >= {CASUALTY_RATIO} * greatest({a}, {b}))")


_DISTANCE = ("2 * 6371 * asin(sqrt(pow(sin(radians(b.lat - a.lat) / 2), 2) + cos(radians(a.lat)) * "
             "cos(radians(b.lat)) * pow(sin(radians(b.lon - a.lon) / 2), 2)))")


def _score_pairs(store: Store) -> None:
    tol = DATE_TOLERANCE_DAYS
    symmetric = ", ".join(f"'{t}'" for t in SYMMETRIC_TYPES)
    same_order = f"({_ok('a.sc', 'b.sc')} AND {_ok('a.tc', 'b.tc')})"
    reversed_order = f"(a.type IN ({symmetric}) AND {_ok('a.sc', 'b.tc')} AND {_ok('a.tc', 'b.sc')})"
    store.con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _pairs AS
        WITH p AS ({_PAIRS_SQL}),
        other AS (
            SELECT 'm' AS kind, idx AS item, article_id, type, sc, tc, negated, lo, hi, rank, lat, lon,
                   pprec, f_lo, f_hi, NULL::VARCHAR AS canonical_id FROM _new
            UNION ALL
            SELECT 'c', idx, NULL, type, sc, tc, negated, lo, hi,
                   CASE WHEN lo = hi THEN 0 WHEN hi - lo <= 6 THEN 1 WHEN hi - lo <= 31 THEN 2 ELSE 3 END,
                   lat, lon, pprec, f_lo, f_hi, canonical_id FROM _cand
        ),
        checked AS (
            SELECT a.idx, p.b_kind, p.b, b.canonical_id, a.article_id,
                   {same_order} AS same_order, {reversed_order} AS reversed_order,
                   coalesce((a.sc = b.sc AND a.tc = b.tc)
                     OR (a.type IN ({symmetric}) AND a.sc = b.tc AND a.tc = b.sc), false) AS full_dyad,
                   CASE WHEN full_dyad THEN 1.0
                        WHEN coalesce(a.sc = b.sc OR a.tc = b.tc
                                      OR (a.type IN ({symmetric}) AND (a.sc = b.tc OR a.tc = b.sc)), false)
                        THEN 0.5 ELSE 0.0 END AS dyad_score,
                   a.lo = a.hi AND b.lo = b.hi AND a.lo = b.lo AS same_day,
                   a.lo <= b.hi AND b.lo <= a.hi AS overlap,
                   CASE WHEN a.lat IS NULL OR b.lat IS NULL THEN NULL ELSE {_DISTANCE} END AS km,
                   a.pprec = 'exact' AND b.pprec = 'exact' AS both_exact,
                   a.f_lo AS fa, b.f_lo AS fb_lo, b.f_hi AS fb_hi,
                   a.rank AS rank_a, b.rank AS rank_b,
                   a.lo AS lo_a, a.hi AS hi_a, b.lo AS lo_b, b.hi AS hi_b,
                   (b.kind = 'c' AND EXISTS (SELECT 1 FROM event_links l WHERE l.canonical_id = b.canonical_id
                                             AND l.article_id = a.article_id)) AS same_article_canonical,
                   (b.kind = 'm' AND b.article_id = a.article_id) AS same_article
            FROM p JOIN _new a ON a.idx = p.a
                   JOIN other b ON b.item = p.b
            WHERE a.negated = b.negated
              AND a.lo <= b.hi + {tol} AND b.lo <= a.hi + {tol}
              AND ({same_order} OR {reversed_order})
              AND {_casualties_ok('a.f_lo', 'b.f_lo')} AND {_casualties_ok('a.f_lo', 'b.f_hi')}
        )
        SELECT *,
               (dyad_score + CASE WHEN same_day THEN 1.0 WHEN overlap AND rank_a + rank_b <= 2 THEN 0.75
                                       WHEN overlap THEN 0.5 ELSE 0.25 END
                + CASE WHEN km IS NULL THEN 0 WHEN km <= {NEAR_KM} THEN 0.5 ELSE 0.25 END
                + CASE WHEN fa IS NULL OR fb_lo IS NULL THEN 0 WHEN fa = fb_lo AND fa = fb_hi THEN 0.5 ELSE 0.25 END
               ) / 3.0 AS score
        FROM checked
        WHERE NOT same_article AND NOT same_article_canonical
          AND (km IS NULL OR km <= CASE WHEN both_exact THEN {NEAR_KM} ELSE {CENTROID_KM} END)
    """)
    store.con.execute(f"DELETE FROM _pairs WHERE score < {MIN_SCORE} - 1e-9")


_REASONS_SQL = """
    json_object(
      'merged_with', CASE WHEN p.b_kind = 'c' THEN 'canonical event ' || p.canonical_id ELSE 'report ' || o.article_id || '/' || o.event_id END,
      'type', 'same type',
      'dyad', CASE WHEN p.full_dyad AND p.same_order THEN 'same source and target countries'
                   WHEN p.full_dyad THEN 'same countries, reversed (symmetric type)'
                   ELSE 'compatible: a side is unknown in one report' END,
      'date', CASE WHEN p.same_day THEN 'same day'
                   WHEN p.overlap THEN 'windows overlap'
                   ELSE 'windows within one day' END,
      'date_windows', [p.lo_a::VARCHAR || '..' || p.hi_a::VARCHAR, p.lo_b::VARCHAR || '..' || p.hi_b::VARCHAR],
      'place', CASE WHEN p.km IS NULL THEN 'not compared (a place is missing)'
                    ELSE 'within ' || round(p.km, 1)::VARCHAR || ' km' END,
      'casualties', CASE WHEN p.fa IS NULL OR p.fb_lo IS NULL THEN 'not compared'
                         ELSE p.fa::VARCHAR || ' vs ' || p.fb_lo::VARCHAR ||
                              CASE WHEN p.fb_hi <> p.fb_lo THEN '-' || p.fb_hi::VARCHAR ELSE '' END || ' (compatible)' END,
      'score', round(p.score, 3))
"""


# -- 5. assignment and grouping ------------------------------------------------------------------------

def _assign_to_existing(store: Store) -> int:
    """New mentions join their best canonical event; one mention per article per canonical event."""
    store.con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _assigned AS
        SELECT idx, canonical_id, score, reasons FROM (
            SELECT *, row_number() OVER (PARTITION BY canonical_id, article_id ORDER BY score DESC, idx) AS per_article
            FROM (
                SELECT p.idx, p.article_id, p.canonical_id, p.score, {_REASONS_SQL} AS reasons,
                       row_number() OVER (PARTITION BY p.idx ORDER BY p.score DESC, p.canonical_id) AS best
                FROM _pairs p LEFT JOIN _new o ON false
                WHERE p.b_kind = 'c'
            ) WHERE best = 1
        ) WHERE per_article = 1
    """)
    return store.con.execute("SELECT count(*) FROM _assigned").fetchone()[0]


def _group_new(store: Store, n_new: int) -> np.ndarray:
    """Leader ("star") clustering of the new mentions not assigned to an existing event.

    In arrival order, a mention joins the best-scoring earlier *leader* it is compatible with whose
    group holds no mention of its own article; otherwise it becomes a leader. Every member is thus
    compatible with its leader: no chains of A~B~C where A and C disagree. Returns the leader idx of
    every new mention (-1 for mentions assigned to an existing canonical event); the edge used is
    kept in ``_edges``.
    """
    con = store.con
    assigned = np.asarray(con.execute("SELECT idx FROM _assigned").fetchnumpy()["idx"], dtype=np.int64)
    articles = con.execute("SELECT article_id FROM _new ORDER BY idx").fetchnumpy()["article_id"]
    article_code = {a: i for i, a in enumerate(dict.fromkeys(articles.tolist()))}
    article_of = [article_code[a] for a in articles.tolist()]
    del articles, article_code
    leader = list(range(n_new))
    members: dict[int, set[int]] = {}
    chosen_a: list[int] = []
    chosen_b: list[int] = []
    for node, others in _candidate_leaders(store):
        target = next((other for other in others
                       if leader[other] == other and article_of[node] not in members.get(other, ())), -1)
        if target >= 0:
            leader[node] = target
            members.setdefault(target, {article_of[target]}).add(article_of[node])
            chosen_a.append(node)
            chosen_b.append(target)
    _keep_edges(store, chosen_a, chosen_b)
    component = np.asarray(leader, dtype=np.int64)
    component[assigned] = -1
    return component


PAIR_ROWS = 65536   # candidate pairs fetched from DuckDB at a time by ``_candidate_leaders``


def _candidate_leaders(store: Store):
    """``(mention, [earlier mentions, best score first])`` for every unassigned new mention with a
    candidate, in arrival order, streamed from ``_pairs`` ``PAIR_ROWS`` rows at a time: the pairs
    (hundreds of thousands over a large store) are never all held in Python at once."""
    result = store.con.execute("""
        SELECT p.idx, p.b AS other FROM _pairs p
        WHERE p.b_kind = 'm' AND p.idx NOT IN (SELECT idx FROM _assigned)
          AND p.b NOT IN (SELECT idx FROM _assigned)
        ORDER BY p.idx, p.score DESC, p.b
    """)
    node, others = -1, []
    while rows := result.fetchmany(PAIR_ROWS):
        for idx, other in rows:
            if idx != node:
                if others:
                    yield node, others
                node, others = idx, []
            others.append(other)
    if others:
        yield node, others


def _keep_edges(store: Store, a: list[int], b: list[int]) -> None:
    """``_edges``: the pair each grouped mention joined its leader by, with its score and reasons."""
    import pyarrow as pa

    con = store.con
    con.register("_chosen_arrow", pa.table({"idx": pa.array(a, pa.int64()), "other": pa.array(b, pa.int64())}))
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _edges AS
        SELECT c.idx, c.other, p.score, {_REASONS_SQL} AS reasons
        FROM _chosen_arrow c JOIN _pairs p ON p.idx = c.idx AND p.b_kind = 'm' AND p.b = c.other
             JOIN _new o ON o.idx = c.other
    """)
    con.unregister("_chosen_arrow")


# -- 6. writing --------------------------------------------------------------------------------------

def _write_links(store: Store, component: np.ndarray) -> int:
    """Insert the ``event_links`` rows; returns how many canonical events were created."""
    import pyarrow as pa

    con = store.con
    con.register("_comp_arrow", pa.table({"idx": np.arange(len(component), dtype=np.int64), "comp": component}))
    con.execute("CREATE OR REPLACE TEMP TABLE _comp AS SELECT * FROM _comp_arrow")
    con.unregister("_comp_arrow")
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _grouped AS
        WITH c AS (
            SELECT n.idx, n.article_id, n.event_id, c.comp,
                   row_number() OVER (PARTITION BY c.comp, n.article_id ORDER BY n.idx) AS per_article
            FROM _new n JOIN _comp c USING (idx) WHERE c.comp >= 0
        )
        -- a second mention of one article in a component is split off as an event of its own
        SELECT idx, article_id, event_id, CASE WHEN per_article = 1 THEN comp ELSE idx END AS comp,
               per_article > 1 AS split
        FROM c
    """)
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _links AS
        SELECT n.article_id, n.event_id, 'ce-' || left(md5(r.article_id || '/' || r.event_id), 16) AS canonical_id,
               CASE WHEN g.idx = g.comp THEN NULL ELSE e.score END AS score,
               CASE WHEN g.idx = g.comp AND g.split THEN json_object('first_report', true,
                         'note', 'kept apart: its article already reports a matching event')
                    WHEN g.idx = g.comp THEN json_object('first_report', true)
                    ELSE e.reasons END AS reasons
        FROM _grouped g JOIN _new n ON n.idx = g.idx JOIN _new r ON r.idx = g.comp
             LEFT JOIN _edges e ON e.idx = g.idx
        UNION ALL
        SELECT n.article_id, n.event_id, a.canonical_id, a.score, a.reasons
        FROM _assigned a JOIN _new n USING (idx)
    """)
    con.execute("""
        INSERT INTO event_links (article_id, event_id, canonical_id, score, reasons)
        SELECT article_id, event_id, canonical_id, score, reasons FROM _links
    """)
    return con.execute("SELECT count(DISTINCT comp) FROM _grouped").fetchone()[0]


def _refresh_canonical(store: Store) -> None:
    """Recompute every canonical event that gained a mention, from all its mentions."""
    con = store.con
    con.execute("CREATE OR REPLACE TEMP TABLE _affected AS SELECT DISTINCT canonical_id AS id FROM _links")
    con.execute("DELETE FROM canonical_events WHERE id IN (SELECT id FROM _affected)")
    con.execute(CANONICAL_SQL)


CANONICAL_SQL = f"""
INSERT INTO canonical_events (id, type, mode, context, cameo, goldstein, quad_class, source_code, source_name,
    source_country, source_sector, target_code, target_name, target_country, target_sector, date_value,
    date_start, date_end, place_name, place_country, place_precision, lat, lon, geonameid, fatalities_min,
    fatalities_max, injured_min, injured_max, arrested_min, arrested_max, n_mentions, n_articles, n_outlets,
    first_reported, last_reported, trigger_text, evidence, article_id, event_id, confidence)
WITH m AS (
    SELECT l.canonical_id, e.*, {_window_expr('lo')} AS lo, {_window_expr('hi')} AS hi,
           {_window_expr('rank')} AS rank, {_PLACE_RANK} AS place_rank
    FROM event_links l JOIN events e ON e.article_id = l.article_id AND e.id = l.event_id
    WHERE l.canonical_id IN (SELECT id FROM _affected)
),
agg AS (
    SELECT canonical_id AS id,
        -- the representative report: both sides known (and read in its sentence, not inferred), most
        -- confident, earliest
        arg_min({{'type': type, 'mode': mode, 'context': context, 'cameo': cameo, 'goldstein': goldstein,
                  'quad_class': quad_class, 'source_code': source_code, 'source_name': source_name,
                  'source_country': source_country, 'source_sector': source_sector, 'target_code': target_code,
                  'target_name': target_name, 'target_country': target_country, 'target_sector': target_sector,
                  'trigger_text': trigger_text, 'evidence': evidence, 'article_id': article_id, 'event_id': id}},
                ((source_country IS NULL)::INT + (target_country IS NULL)::INT,
                 coalesce(list_contains(context, 'source-inferred'), false)::INT
                 + coalesce(list_contains(context, 'target-inferred'), false)::INT,
                 -coalesce(confidence, 0), published, article_id, id)) AS rep,
        -- the most precise date, and the most precise place
        arg_min({{'value': date_value, 'lo': lo, 'hi': hi}}, (rank, hi - lo, published, article_id, id)) AS best_date,
        arg_min({{'name': place_name, 'country': place_country, 'precision': place_precision, 'lat': lat,
                  'lon': lon, 'geonameid': geonameid}}, (place_rank, published, article_id, id)) AS place,
        max(lo) FILTER (WHERE rank < 4) AS common_lo, min(hi) FILTER (WHERE rank < 4) AS common_hi,
        min(fatalities) AS fatalities_min, max(fatalities) AS fatalities_max,
        min(injured) AS injured_min, max(injured) AS injured_max,
        min(arrested) AS arrested_min, max(arrested) AS arrested_max,
        count(*) AS n_mentions, count(DISTINCT article_id) AS n_articles, count(DISTINCT outlet) AS n_outlets,
        min(published) AS first_reported, max(published) AS last_reported, max(confidence) AS confidence
    FROM m GROUP BY canonical_id
)
SELECT id, rep.type, rep.mode, rep.context, rep.cameo, rep.goldstein, rep.quad_class, rep.source_code,
    rep.source_name, rep.source_country, rep.source_sector, rep.target_code, rep.target_name, rep.target_country,
    rep.target_sector, best_date.value,
    CASE WHEN common_lo IS NOT NULL AND common_lo <= common_hi THEN common_lo ELSE best_date.lo END,
    CASE WHEN common_lo IS NOT NULL AND common_lo <= common_hi THEN common_hi ELSE best_date.hi END,
    place.name, place.country, place.precision, place.lat, place.lon, place.geonameid,
    fatalities_min, fatalities_max, injured_min, injured_max, arrested_min, arrested_max, n_mentions, n_articles,
    n_outlets, first_reported, last_reported, rep.trigger_text, rep.evidence, rep.article_id, rep.event_id, confidence
FROM agg
"""


def _drop_temp(store: Store) -> None:
    for table in ("_new", "_spans", "_cand", "_keys", "_kd", "_ks", "_pairs", "_assigned", "_edges", "_comp", "_grouped", "_links",
                  "_affected"):
        store.con.execute(f"DROP TABLE IF EXISTS {table}")


def relink_all(store: Store) -> LinkCounts:
    """Forget every link and canonical event, then link all mentions again (after a rule change).

    The links are rebuilt chunk by chunk (see ``link_mentions``): a relink that stops half-way
    leaves the mentions of the chunks not reached unlinked, and the next refresh or relink links them.
    """
    with store.transaction():
        store.con.execute("DELETE FROM event_links")
        store.con.execute("DELETE FROM canonical_events")
    return link_mentions(store)
