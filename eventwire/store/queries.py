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


def _where(filters: Filters, *, date_col: str, actor_cols: tuple[str, ...] = (), type_col: str | None = None):
    clauses, params = [], []
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
    if filters.outlet:
        clauses.append("outlet ILIKE ?")
        params.append(f"%{filters.outlet}%")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


EVENT_COLUMNS = ("id, article_id, coalesce(event_date, published) AS date, date_basis, type, mode, "
                 "array_to_string(context, ',') AS context, cameo, goldstein, quad_class, source_code, source_name, "
                 "target_code, target_name, place_name, lat, lon, fatalities, injured, reported_by_code, "
                 "trigger_text, evidence, confidence, outlet")


def list_events(store: Store, filters: Filters = Filters()) -> list[dict]:
    where, params = _where(filters, date_col="coalesce(event_date, published)", actor_cols=("source", "target"),
                           type_col="type")
    sql = f"SELECT {EVENT_COLUMNS} FROM events{where} ORDER BY date NULLS LAST, article_id, trigger_start LIMIT ?"
    return store.query(sql, params + [filters.limit])


def list_quotes(store: Store, filters: Filters = Filters()) -> list[dict]:
    where, params = _where(filters, date_col="published", actor_cols=("speaker",))
    sql = ("SELECT id, article_id, published, kind, speaker_code, speaker_text, cue, channel, text, outlet "
           f"FROM quotes{where} ORDER BY published NULLS LAST, article_id, start_char LIMIT ?")
    return store.query(sql, params + [filters.limit])


def list_articles(store: Store, filters: Filters = Filters()) -> list[dict]:
    where, params = _where(filters, date_col="published")
    sql = ("SELECT id, published, published_basis, outlet, title, n_events, n_quotes, source "
           f"FROM articles{where} ORDER BY published NULLS LAST, id LIMIT ?")
    return store.query(sql, params + [filters.limit])


def timeline(store: Store, filters: Filters = Filters(), *, by: str = "day") -> list[dict]:
    """Events per day (or week) and type, on the date the event happened, not the publication date."""
    if by not in ("day", "week", "month"):
        raise ValueError(f"timeline: --by must be day, week or month, not {by!r}")
    where, params = _where(filters, date_col="coalesce(event_date, published)", actor_cols=("source", "target"),
                           type_col="type")
    sql = (f"SELECT date_trunc('{by}', coalesce(event_date, published)) AS period, type, count(*) AS events, "
           "sum(coalesce(fatalities, 0)) AS fatalities, round(avg(goldstein), 2) AS mean_goldstein "
           f"FROM events{where} GROUP BY ALL ORDER BY period NULLS LAST, events DESC LIMIT ?")
    return store.query(sql, params + [filters.limit])


def biggest_events(store: Store, limit: int = 10) -> list[dict]:
    """The events with the most casualties, then the most negative Goldstein score."""
    sql = (f"SELECT {EVENT_COLUMNS} FROM events WHERE NOT list_contains(context, 'negated') "
           "ORDER BY coalesce(fatalities, 0) + coalesce(injured, 0) DESC, goldstein ASC, date LIMIT ?")
    return store.query(sql, [limit])


def top_dyads(store: Store, limit: int = 10) -> list[dict]:
    """The most active (source, target) pairs with their mean Goldstein score."""
    sql = ("SELECT source_code AS source, target_code AS target, count(*) AS events, "
           "round(avg(goldstein), 2) AS mean_goldstein, sum(coalesce(fatalities, 0)) AS fatalities "
           "FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL "
           "GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?")
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
