"""Catalogue queries over the store: the places named in the stored articles, with their counts."""
from __future__ import annotations

from eventwire.store.queries import Filters

PLACES_SQL = """
WITH mentioned AS (
    SELECT e.place_name AS name, e.place_country AS country, e.geonameid AS geonameid,
           any_value(e.feature) AS feature, round(avg(e.lat), 4) AS lat, round(avg(e.lon), 4) AS lon,
           count(*) AS mentions, count(DISTINCT e.article_id) AS articles
    FROM entities e JOIN articles a ON a.id = e.article_id
    WHERE e.place_name IS NOT NULL {where}
    GROUP BY 1, 2, 3
), located AS (
    SELECT e.place_name AS name, e.place_country AS country, e.geonameid AS geonameid, count(*) AS events
    FROM events e JOIN articles a ON a.id = e.article_id
    WHERE e.place_name IS NOT NULL {where}
    GROUP BY 1, 2, 3
)
SELECT m.name, m.country, m.feature, m.geonameid, m.lat, m.lon, m.mentions, m.articles,
       coalesce(l.events, 0) AS events
FROM mentioned m LEFT JOIN located l
  ON l.name = m.name AND l.country IS NOT DISTINCT FROM m.country AND l.geonameid IS NOT DISTINCT FROM m.geonameid
ORDER BY events DESC, mentions DESC, m.name
LIMIT ? OFFSET ?
"""


def _place_clauses(filters: Filters) -> tuple[str, list]:
    """SQL conditions (prefixed with AND) and their parameters for one of the two sub-queries."""
    clauses, params = [], []
    if filters.place:
        clauses.append("(e.place_name ILIKE ? OR e.place_country = ?)")
        params += [f"%{filters.place}%", filters.place.upper()]
    if filters.outlet:
        clauses.append("a.outlet ILIKE ?")
        params.append(f"%{filters.outlet}%")
    if filters.since:
        clauses.append("a.published >= CAST(? AS DATE)")
        params.append(filters.since)
    if filters.until:
        clauses.append("a.published <= CAST(? AS DATE)")
        params.append(filters.until)
    return "".join(f" AND {c}" for c in clauses), params


def list_places(store, filters: Filters) -> list[dict]:
    """Places named in the stored articles, most events first.

    Each row: ``name, country, feature, geonameid, lat, lon, mentions`` (place mentions),
    ``articles`` (articles naming it) and ``events`` (events located there). ``filters.place``
    matches part of the name or an ISO3 country; ``since``/``until``/``outlet`` apply to the article.
    """
    where, params = _place_clauses(filters)
    sql = PLACES_SQL.format(where=where)
    return store.query(sql, params + params + [filters.limit, filters.offset])
