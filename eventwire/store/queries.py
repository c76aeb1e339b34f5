"""Plain query functions over the store: the CLI and the Python API call these.

Every function returns a list of dicts with stable keys; every filter is a bound parameter.
"""
from __future__ import annotations

from dataclasses import dataclass

from eventwire.store.duck import Store


@dataclass(frozen=True)
class Filters:
    """Filters shared by the listing commands."""

    actor: str | None = None     # a code (AZEMIL), a country (AZE) or part of a name
    type: str | None = None      # a PLOVER type
    since: str | None = None     # YYYY-MM-DD, on the event date (quotes/articles: publication date)
    until: str | None = None
    outlet: str | None = None
    limit: int = 100
    offset: int = 0
    place: str | None = None     # a place name (or part of it) or an ISO3 country
    dyad: tuple[str, str] | None = None  # two actor codes or countries, either direction
    without: tuple[str, ...] = ()        # events carrying any of these context flags are left out


def context_flags(value: str | None) -> tuple[str, ...]:
    """A comma-separated list of context flags as ``Filters.without`` takes it: 'negated, Hypothetical'
    -> ('negated', 'hypothetical')."""
    return tuple(flag.strip().lower() for flag in (value or "").split(",") if flag.strip())


def _where(filters: Filters, *, date_col: str, actor_cols: tuple[str, ...] = (), type_col: str | None = None,
           outlet_col: str | None = "outlet", place: bool = False, context_col: str | None = None):
    clauses, params = [], []
    if context_col:
        for flag in filters.without:
            clauses.append(f"NOT coalesce(list_contains({context_col}, ?), false)")
            params.append(flag)
    if filters.dyad and len(actor_cols) == 2:
        a, b = (x.upper() for x in filters.dyad)
        src, tgt = actor_cols
        side = "({col}_code = ? OR {col}_country = ?)"
        clauses.append(f"(({side.format(col=src)} AND {side.format(col=tgt)}) OR "
                       f"({side.format(col=tgt)} AND {side.format(col=src)}))")
        params += [a, a, b, b, a, a, b, b]
    if filters.place and place:
        clauses.append("(place_name ILIKE ? OR place_country = ?)")
        params += [f"%{filters.place}%", filters.place.upper()]
    if filters.actor and actor_cols:
        ors = []
        for col in actor_cols:
            ors.append(f"{col}_code = ? OR {col}_country = ? OR {col}_name ILIKE ?")
            params += [filters.actor.upper(), filters.actor.upper(), f"%{filters.actor}%"]
        clauses.append("(" + " OR ".join(ors) + ")")
    if filters.type and type_col:
        clauses.append(f"{type_col} = ?")
        params.append(filters.type.upper())
    if filters.since:
        clauses.append(f"{date_col} >= CAST(? AS DATE)")
        params.append(filters.since)
    if filters.until:
        clauses.append(f"{date_col} <= CAST(? AS DATE)")
        params.append(filters.until)
    if filters.outlet and outlet_col == "outlet":
        clauses.append("outlet ILIKE ?")
        params.append(f"%{filters.outlet}%")
    elif filters.outlet and outlet_col:
        clauses.append(f"{outlet_col} IN (SELECT canonical_id FROM event_links l JOIN articles a ON a.id = l.article_id "
                       "WHERE a.outlet ILIKE ?)")
        params.append(f"%{filters.outlet}%")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


EVENT_COLUMNS = ("id, article_id, coalesce(event_date, published) AS date, date_basis, type, mode, "
                 "array_to_string(context, ',') AS context, cameo, goldstein, quad_class, source_code, source_name, "
                 "target_code, target_name, place_name, lat, lon, fatalities, injured, reported_by_code, "
                 "trigger_text, evidence, confidence, outlet")


CANONICAL_COLUMNS = (
    "c.id, c.date_start AS date, c.date_value, c.date_start, c.date_end, c.type, c.mode, "
    "array_to_string(c.context, ',') AS context, c.cameo, c.goldstein, c.quad_class, c.source_code, c.source_name, "
    "c.target_code, c.target_name, c.place_name, c.place_country, c.lat, c.lon, c.fatalities_min, c.fatalities_max, "
    "c.injured_min, c.injured_max, c.n_mentions, c.n_outlets, c.first_reported, c.last_reported, c.trigger_text, "
    "c.evidence, c.confidence, c.article_id, c.event_id, "
    "(SELECT e.outlet FROM events e WHERE e.article_id = c.article_id AND e.id = c.event_id) AS outlet")


def canonical_where(filters: Filters, alias: str = "") -> tuple[str, list]:
    """WHERE clause and parameters over ``canonical_events`` (columns optionally prefixed by ``alias.``)."""
    where, params = _where(filters, date_col="date_start", actor_cols=("source", "target"), type_col="type",
                           outlet_col="id", place=True, context_col="context")
    return where, params


def list_events(store: Store, filters: Filters = Filters(), *, with_mentions: bool = False) -> list[dict]:
    """Canonical events (one per real-world event), on the date they happened.

    With ``with_mentions``, each row gains ``mentions``: the reports merged into it.
    """
    where, params = canonical_where(filters)
    sql = (f"SELECT {CANONICAL_COLUMNS} FROM (SELECT * FROM canonical_events{where}) c "
           "ORDER BY c.date_start NULLS LAST, c.first_reported, c.id LIMIT ? OFFSET ?")
    rows = store.query(sql, params + [filters.limit, filters.offset])
    if with_mentions and rows:
        mentions = store.query(
            "SELECT l.canonical_id, l.article_id, l.event_id, e.outlet, e.sentence, e.evidence "
            "FROM event_links l JOIN events e ON e.article_id = l.article_id AND e.id = l.event_id "
            "WHERE l.canonical_id IN (SELECT unnest(?)) ORDER BY e.published NULLS LAST, l.article_id, e.trigger_start",
            [[r["id"] for r in rows]])
        by_id: dict[str, list[dict]] = {}
        for m in mentions:
            by_id.setdefault(m.pop("canonical_id"), []).append(m)
        for row in rows:
            row["mentions"] = by_id.get(row["id"], [])
    return rows


def list_mentions(store: Store, filters: Filters = Filters()) -> list[dict]:
    """The raw per-article events (mentions), with the canonical event each was merged into."""
    where, params = _where(filters, date_col="coalesce(event_date, published)", actor_cols=("source", "target"),
                           type_col="type", place=True, context_col="context")
    sql = (f"SELECT {EVENT_COLUMNS}, (SELECT l.canonical_id FROM event_links l WHERE l.article_id = events.article_id "
           f"AND l.event_id = events.id) AS canonical_id FROM events{where} "
           "ORDER BY date NULLS LAST, article_id, trigger_start LIMIT ? OFFSET ?")
    return store.query(sql, params + [filters.limit, filters.offset])


def list_stories(store: Store, filters: Filters = Filters()) -> list[dict]:
    """Stories (groups of articles about one developing story), the biggest first."""
    clauses, params = [], []
    if filters.since:
        clauses.append("last_published >= CAST(? AS DATE)")
        params.append(filters.since)
    if filters.until:
        clauses.append("first_published <= CAST(? AS DATE)")
        params.append(filters.until)
    if filters.outlet:
        clauses.append("id IN (SELECT s.story_id FROM story_articles s JOIN articles a ON a.id = s.article_id "
                       "WHERE a.outlet ILIKE ?)")
        params.append(f"%{filters.outlet}%")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = ("SELECT id, label, n_articles, n_events, first_published, last_published FROM stories"
           f"{where} ORDER BY n_articles DESC, first_published, id LIMIT ? OFFSET ?")
    return store.query(sql, params + [filters.limit, filters.offset])


def story_articles(store: Store, story_id: str) -> list[dict]:
    """The articles of one story, in publication order."""
    return store.query("SELECT a.id, a.published, a.outlet, a.title, a.n_events, s.score FROM story_articles s "
                       "JOIN articles a ON a.id = s.article_id WHERE s.story_id = ? ORDER BY a.published NULLS LAST, a.id",
                       [story_id])


def list_quotes(store: Store, filters: Filters = Filters()) -> list[dict]:
    where, params = _where(filters, date_col="published", actor_cols=("speaker",))
    sql = ("SELECT id, article_id, published, kind, speaker_code, speaker_text, cue, channel, text, outlet, "
           "start_char, end_char, speaker_start, speaker_end "
           f"FROM quotes{where} ORDER BY published NULLS LAST, article_id, start_char LIMIT ? OFFSET ?")
    return store.query(sql, params + [filters.limit, filters.offset])


def list_articles(store: Store, filters: Filters = Filters()) -> list[dict]:
    where, params = _where(filters, date_col="published")
    sql = ("SELECT id, published, published_basis, outlet, title, n_events, n_quotes, source "
           f"FROM articles{where} ORDER BY published NULLS LAST, id LIMIT ? OFFSET ?")
    return store.query(sql, params + [filters.limit, filters.offset])


def timeline(store: Store, filters: Filters = Filters(), *, by: str = "day") -> list[dict]:
    """Events per day (or week) and type, on the date the event happened, not the publication date."""
    if by not in ("day", "week", "month"):
        raise ValueError(f"timeline: --by must be day, week or month, not {by!r}")
    where, params = _where(filters, date_col="coalesce(event_date, published)", actor_cols=("source", "target"),
                           type_col="type")
    sql = (f"SELECT date_trunc('{by}', coalesce(event_date, published)) AS period, type, count(*) AS events, "
           "sum(coalesce(fatalities, 0)) AS fatalities, round(avg(goldstein), 2) AS mean_goldstein "
           f"FROM events{where} GROUP BY ALL ORDER BY period NULLS LAST, events DESC LIMIT ? OFFSET ?")
    return store.query(sql, params + [filters.limit, filters.offset])


def biggest_events(store: Store, limit: int = 10) -> list[dict]:
    """The real-world events (reports merged) with the most casualties, then the most reports,
    then the most negative Goldstein score; negated events left out."""
    sql = (f"SELECT {CANONICAL_COLUMNS} FROM canonical_events c WHERE NOT list_contains(c.context, 'negated') "
           "ORDER BY coalesce(c.fatalities_max, 0) + coalesce(c.injured_max, 0) DESC, c.n_mentions DESC, "
           "c.goldstein ASC, c.date_start LIMIT ?")
    return store.query(sql, [limit])


def top_dyads(store: Store, limit: int = 10) -> list[dict]:
    """The most active (source, target) pairs over real-world events, with their mean Goldstein score."""
    sql = ("SELECT source_code AS source, target_code AS target, count(*) AS events, sum(n_mentions) AS reports, "
           "round(avg(goldstein), 2) AS mean_goldstein, sum(coalesce(fatalities_max, 0)) AS killed "
           "FROM canonical_events WHERE source_country IS NOT NULL AND target_country IS NOT NULL "
           "GROUP BY ALL ORDER BY events DESC, reports DESC, source, target LIMIT ?")
    return store.query(sql, [limit])


def stats(store: Store) -> list[dict]:
    counts = store.counts()
    rows = [{"what": k, "count": v} for k, v in counts.items()]
    rows += store.query("SELECT 'events of type ' || type AS what, count(*) AS count FROM events "
                        "GROUP BY type ORDER BY count DESC")
    rows += store.query("SELECT 'articles with date ' || published_basis AS what, count(*) AS count FROM articles "
                        "GROUP BY published_basis ORDER BY count DESC")
    return rows


def ingest_errors(store: Store, limit: int = 100) -> list[dict]:
    return store.query("SELECT file, line, reason, first_seen FROM ingest_errors ORDER BY first_seen, file, line "
                       "LIMIT ?", [limit])
