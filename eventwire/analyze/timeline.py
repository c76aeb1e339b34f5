"""Events per period and type, over canonical events on the date they happened."""
from __future__ import annotations

from eventwire.store.duck import Store
from eventwire.store.queries import Filters, canonical_where

PERIODS = ("day", "week", "month")


def timeline(store: Store, filters: Filters = Filters(), by: str = "day") -> list[dict]:
    """``[{period, type, events, mentions, fatalities}]``: canonical events counted once each."""
    if by not in PERIODS:
        raise ValueError(f"timeline: by must be day, week or month, not {by!r}")
    where, params = canonical_where(filters)
    sql = (f"SELECT CAST(date_trunc('{by}', date_start) AS DATE) AS period, type, count(*) AS events, "
           "sum(n_mentions)::BIGINT AS mentions, sum(coalesce(fatalities_max, 0))::BIGINT AS fatalities "
           f"FROM canonical_events{where} GROUP BY ALL ORDER BY period NULLS LAST, events DESC, type "
           "LIMIT ? OFFSET ?")
    return store.query(sql, params + [filters.limit, filters.offset])
