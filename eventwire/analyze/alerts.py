"""Escalation alerts: a dyad's tension index departs from its own recent baseline.

For every unordered country pair with at least ``MIN_EVENTS`` canonical events, the daily tension
series (``tension.series``) is compared with a trailing baseline: the mean and standard deviation of
the ``BASELINE_DAYS`` smoothed values before the day (the day itself excluded). With
``z = (score - mean) / max(std, MIN_STD)``, an alert is raised when ``|z| >= Z_THRESHOLD`` and
``|score - mean| >= MIN_CHANGE``: "escalation" when tension rose, "de-escalation" when it fell.
Only the first day of a run of alerting days is reported. Each alert lists the canonical events of
that day and the ``LOOKBACK_DAYS`` before it that moved the index.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import statistics

from eventwire.analyze.tension import daily_rows, series
from eventwire.store.duck import Store

BASELINE_DAYS = 14
MIN_BASELINE_DAYS = 3
Z_THRESHOLD = 2.5
MIN_STD = 0.5
MIN_CHANGE = 1.5
MIN_EVENTS = 2
LOOKBACK_DAYS = 2


def _country_pairs(store: Store) -> list[tuple[str, str]]:
    rows = store.query(f"""
        SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b
        FROM canonical_events
        WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country
        GROUP BY ALL HAVING count(*) >= {MIN_EVENTS} ORDER BY a, b
    """)
    return [(r["a"], r["b"]) for r in rows]


def _pair_alerts(pair: tuple[str, str], days: list[dict]) -> list[dict]:
    alerts, previous_day_alerted = [], False
    for i, day in enumerate(days):
        window = [d["score"] for d in days[max(0, i - BASELINE_DAYS):i]]
        if len(window) < MIN_BASELINE_DAYS:
            continue
        mean = statistics.fmean(window)
        std = statistics.pstdev(window)
        change = day["score"] - mean
        z = change / max(std, MIN_STD)
        alerting = abs(z) >= Z_THRESHOLD and abs(change) >= MIN_CHANGE
        if alerting and not previous_day_alerted:
            drivers = [e for d in days[max(0, i - LOOKBACK_DAYS):i + 1] for e in d["events"]]
            direction = "escalation" if change > 0 else "de-escalation"
            alerts.append({
                "id": "al-" + hashlib.sha1(f"{pair}{day['date']}".encode()).hexdigest()[:10],
                "source_code": pair[0], "target_code": pair[1], "date": day["date"], "score": day["score"],
                "baseline": round(mean, 3), "z": round(z, 2), "direction": direction, "events": drivers,
                "summary": f"{direction} between {pair[0]} and {pair[1]} on {day['date']}: tension {day['score']:.1f} "
                           f"vs baseline {mean:.1f} (z={z:.1f}), {len(drivers)} events"})
        previous_day_alerted = alerting
    return alerts


def alerts(store: Store, *, since=None, until=None, limit: int = 100) -> list[dict]:
    """Escalation and de-escalation alerts over every active country pair, newest first."""
    found: list[dict] = []
    for a, b in _country_pairs(store):
        clause = ("(source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?)")
        rows = daily_rows(store, clause, [a, b, b, a])
        days = series(rows)
        for alert in _pair_alerts((a, b), days):
            day = alert["date"]
            if (since and day < dt.date.fromisoformat(str(since))) or (until and day > dt.date.fromisoformat(str(until))):
                continue
            found.append(alert)
    found.sort(key=lambda x: (x["date"], abs(x["z"])), reverse=True)
    return found[:limit]
