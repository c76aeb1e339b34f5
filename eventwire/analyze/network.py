"""The actor network and the dyad table, over canonical events.

Cooperation counts events of QuadClass 1-2, conflict QuadClass 3-4.
"""
from __future__ import annotations

from eventwire.store.duck import Store
from eventwire.store.queries import Filters, canonical_where

_PAIR_SQL = """
    SELECT source_code, target_code, count(*) AS events, sum(n_mentions)::BIGINT AS mentions,
           round(avg(goldstein), 2) AS mean_goldstein,
           count(*) FILTER (WHERE quad_class >= 3) AS conflict,
           count(*) FILTER (WHERE quad_class <= 2) AS cooperation,
           sum(coalesce(fatalities_max, 0))::BIGINT AS fatalities,
           min(date_start) AS first, max(date_start) AS last
    FROM canonical_events {where} {extra} source_code IS NOT NULL AND target_code IS NOT NULL
    GROUP BY source_code, target_code
"""


def _pairs_sql(filters: Filters) -> tuple[str, list]:
    where, params = canonical_where(filters)
    return _PAIR_SQL.format(where=where, extra="AND" if where else "WHERE"), params


def dyads(store: Store, filters: Filters = Filters()) -> list[dict]:
    """Ordered actor pairs, the most active first."""
    sql, params = _pairs_sql(filters)
    return store.query(sql + " ORDER BY events DESC, source_code, target_code LIMIT ? OFFSET ?",
                       params + [filters.limit, filters.offset])


def network(store: Store, filters: Filters = Filters()) -> dict:
    """``{"nodes": [...], "edges": [...]}``: actors as nodes, ordered pairs as edges (at most ``limit`` edges)."""
    sql, params = _pairs_sql(filters)
    pairs = store.query(sql + " ORDER BY events DESC, source_code, target_code LIMIT ?", params + [filters.limit])
    edges = [{"source": p["source_code"], "target": p["target_code"], "events": p["events"],
              "mean_goldstein": p["mean_goldstein"], "cooperation": p["cooperation"], "conflict": p["conflict"],
              "fatalities": p["fatalities"]} for p in pairs]
    codes = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    names = {}
    if codes:
        for row in store.query(
                "SELECT code, any_value(name) AS name, any_value(country) AS country, any_value(sector) AS sector, "
                "count(*) AS events FROM (SELECT source_code AS code, source_name AS name, source_country AS country, "
                "source_sector AS sector FROM canonical_events UNION ALL SELECT target_code, target_name, "
                "target_country, target_sector FROM canonical_events) WHERE code IN (SELECT unnest(?)) GROUP BY code",
                [codes]):
            names[row["code"]] = row
    nodes = [{"id": code, "name": names.get(code, {}).get("name"), "country": names.get(code, {}).get("country"),
              "sector": names.get(code, {}).get("sector"), "events": names.get(code, {}).get("events", 0)}
             for code in codes]
    return {"nodes": nodes, "edges": edges}
