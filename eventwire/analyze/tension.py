"""The dyadic tension index: a smoothed daily series per actor pair.

For each day ``d`` with canonical events between A and B:

    raw(d)   = - sum over the day's events of goldstein * weight
    weight   = 1 + ln(n_mentions) + ln(1 + fatalities_max)

so conflict (negative Goldstein) raises tension and widely reported or deadly events weigh more.
Days without events have raw = 0. The index is an exponentially weighted moving average:

    score(d) = ALPHA * raw(d) + (1 - ALPHA) * score(d - 1),   ALPHA = 0.3 (half-life about 2 days)

Positive scores mean hostility, negative ones cooperation. The event date is ``date_start``.
"""
from __future__ import annotations

import datetime as dt
import math

from eventwire.store.duck import Store

ALPHA = 0.3

_DAY_SQL = """
    SELECT date_start AS day,
           -sum(goldstein * (1 + ln(greatest(coalesce(n_mentions, 1), 1))
                             + ln(1 + greatest(coalesce(fatalities_max, 0), 0)))) AS raw,
           list(id) AS events
    FROM canonical_events
    WHERE date_start IS NOT NULL AND goldstein IS NOT NULL AND ({pair})
      {since} {until}
    GROUP BY date_start
    ORDER BY date_start
"""


def _side(col: str, actor: str) -> str:
    """A three-letter actor is a country (any sector); a longer one is a full actor code."""
    return f"{col}_country = ?" if len(actor) == 3 else f"{col}_code = ?"


def pair_clause(a: str, b: str, ordered: bool) -> tuple[str, list]:
    """SQL matching events from a to b (and b to a unless ``ordered``); a/b are codes or countries."""
    a, b = a.upper(), b.upper()
    clause = f"({_side('source', a)} AND {_side('target', b)})"
    params = [a, b]
    if not ordered:
        clause += f" OR ({_side('source', b)} AND {_side('target', a)})"
        params += [b, a]
    return clause, params


def event_weight(n_mentions: int | None, fatalities: int | None) -> float:
    """1 + ln(mentions) + ln(1 + fatalities)."""
    return 1.0 + math.log(max(n_mentions or 1, 1)) + math.log1p(max(fatalities or 0, 0))


def daily_rows(store: Store, clause: str, params: list, since=None, until=None) -> list[dict]:
    """One row per day with events matching ``clause``: ``{day, raw, events}`` (raw as in the module doc)."""
    extra = [str(x) for x in (since, until) if x]
    sql = _DAY_SQL.format(pair=clause, since="AND date_start >= CAST(? AS DATE)" if since else "",
                          until="AND date_start <= CAST(? AS DATE)" if until else "")
    return store.query(sql, params + extra)


def series(days: list[dict], since=None, until=None) -> list[dict]:
    """Fill every day from the first to the last (or since/until) and smooth: [{date, raw, score, events}]."""
    if not days and not (since and until):
        return []
    by_day = {row["day"]: row for row in days}
    start = dt.date.fromisoformat(str(since)) if since else min(by_day)
    end = dt.date.fromisoformat(str(until)) if until else max(by_day)
    out, score, day = [], 0.0, start
    while day <= end:
        row = by_day.get(day)
        raw = float(row["raw"]) if row else 0.0
        score = ALPHA * raw + (1 - ALPHA) * score
        out.append({"date": day, "raw": round(raw, 3), "score": round(score, 3),
                    "events": sorted(row["events"]) if row else []})
        day += dt.timedelta(days=1)
    return out


def tension(store: Store, a: str, b: str, *, ordered: bool = False, since=None, until=None) -> list[dict]:
    """The daily tension series between a and b (actor codes like AZEMIL or countries like AZE)."""
    clause, params = pair_clause(a, b, ordered)
    return series(daily_rows(store, clause, params, since, until), since, until)
