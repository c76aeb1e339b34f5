"""Benchmark: deduplicate N synthetic event mentions, then time timeline and tension queries.

    python benchmarks/dedup_synthetic.py [--mentions 1000000] [--db :memory:] [--seed 0.42]

The generator (plain DuckDB SQL, so it is fast and light) draws real-world events -- a PLOVER type,
a skewed dyad over 60 countries, a day in 2023-2024, a place, casualties for ASSAULT -- then 1 to ~10
reports of each, every report with its own noise: date given as the day (sometimes a day off), the
ISO week, the month or only by the publication date; a side left out now and then; casualty figures
a little different; coordinates jittered or missing. The true event id is kept in
``trigger_text`` so the result can be scored (pairwise P/R on the mention pairs).

Prints one JSON object: counts, seconds per step, peak memory (``ru_maxrss``), query milliseconds
and the pairwise precision/recall of the merge against the truth.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time

COUNTRIES = ("USA RUS CHN UKR ISR PSE SYR IRN IRQ TUR IND PAK AFG SDN ETH EGY SOM NGA MLI LBY YEM SAU "
             "ARM AZE GEO FRA DEU GBR POL BLR KOR PRK JPN TWN PHL MMR THA VNM IDN MEX COL VEN BRA ARG "
             "CAN AUS ZAF KEN COD CAF TCD NER BFA SSD LBN JOR QAT ARE SRB KOS").split()
TYPES = {"AGREE": 3.0, "CONSULT": 1.0, "SUPPORT": 3.5, "CONCEDE": 5.0, "COOPERATE": 4.0, "AID": 7.0,
         "RETREAT": 7.0, "REQUEST": 3.0, "ACCUSE": -2.0, "REJECT": -4.0, "THREATEN": -6.0, "PROTEST": -6.5,
         "SANCTION": -7.0, "MOBILIZE": -7.2, "COERCE": -7.0, "ASSAULT": -10.0}


def generate(con, n_mentions: int, seed: float) -> None:
    """Fill ``events`` with ``n_mentions`` synthetic mentions (truth in ``trigger_text``)."""
    types = list(TYPES)
    con.execute(f"SELECT setseed({seed})")
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE truth AS
        SELECT i AS ev,
               {types}[1 + floor(random() * {len(types)})::INT] AS type,
               floor({len(COUNTRIES)} * pow(random(), 2.2))::INT AS s,
               floor({len(COUNTRIES)} * pow(random(), 2.2))::INT AS t0,
               DATE '2023-01-01' + floor(random() * 730)::INT AS day,
               random() * 50 - 10 AS base_lat, random() * 120 - 20 AS base_lon,
               floor(random() * 20)::INT AS killed,
               1 + floor(-ln(random() + 1e-9) * 2.2)::INT AS k
        FROM range({int(n_mentions / 2.5) + 1000}) r(i)
    """)
    countries = list(COUNTRIES)
    goldstein = "CASE type " + " ".join(f"WHEN '{k}' THEN {v}" for k, v in TYPES.items()) + " END"
    con.execute(f"""
        INSERT INTO events (id, article_id, type, context, cameo, goldstein, quad_class, source_country, source_code,
            target_country, target_code, date_value, date_basis, event_date, place_name, lat, lon, place_precision,
            fatalities, trigger_text, trigger_start, sentence, evidence, confidence, outlet, published)
        SELECT 'e' || row_number() OVER (), 'a' || floor(random() * {n_mentions // 4})::BIGINT, type, [], '',
               {goldstein}, CASE WHEN {goldstein} < -5 THEN 4 WHEN {goldstein} < 0 THEN 3 WHEN {goldstein} >= 5 THEN 2 ELSE 1 END,
               src, src || 'GOV', tgt, tgt || 'MIL',
               CASE WHEN p < 0.65 THEN strftime(day + CASE WHEN random() < 0.15 THEN 1 ELSE 0 END, '%Y-%m-%d')
                    WHEN p < 0.75 THEN strftime(day, '%G-W%V') WHEN p < 0.80 THEN strftime(day, '%Y-%m')
                    ELSE strftime(published, '%Y-%m-%d') END,
               CASE WHEN p < 0.80 THEN 'explicit' ELSE 'publication' END, NULL, NULL,
               CASE WHEN random() < 0.6 THEN base_lat + random() * 0.1 END, base_lon + random() * 0.1, 'exact',
               CASE WHEN type = 'ASSAULT' AND random() < 0.5 THEN greatest(0, killed + floor(random() * 3)::INT - 1) END,
               ev::VARCHAR, 0, 0, '', 0.8, 'outlet' || floor(random() * 50)::INT, published
        FROM (
            SELECT *, random() AS p, day + floor(random() * 3)::INT AS published,
                   CASE WHEN random() < 0.08 THEN NULL ELSE {countries}[1 + s] END AS src,
                   CASE WHEN random() < 0.08 THEN NULL ELSE {countries}[1 + CASE WHEN t0 = s THEN (s + 1) % {len(countries)} ELSE t0 END] END AS tgt
            FROM (SELECT *, unnest(range(k)) AS report FROM truth)
        )
        LIMIT {n_mentions}
    """)
    con.execute("UPDATE events SET lat = NULL WHERE lat IS NULL OR lon IS NULL")
    con.execute("UPDATE events SET lon = NULL WHERE lat IS NULL")


def pairwise_quality(con) -> dict:
    """Pairwise precision and recall of the canonical events against the true events."""
    def pairs(sql: str) -> int:
        return int(con.execute(f"SELECT coalesce(sum(n * (n - 1) / 2), 0) FROM ({sql})").fetchone()[0])

    base = "FROM event_links l JOIN events e ON e.article_id = l.article_id AND e.id = l.event_id"
    tp = pairs(f"SELECT count(*) AS n {base} GROUP BY l.canonical_id, e.trigger_text")
    pred = pairs(f"SELECT count(*) AS n {base} GROUP BY l.canonical_id")
    gold = pairs("SELECT count(*) AS n FROM events GROUP BY trigger_text")
    return {"pairwise_precision": round(tp / pred, 4) if pred else None,
            "pairwise_recall": round(tp / gold, 4) if gold else None}


def time_ms(function, repeat: int = 5) -> dict:
    """Median and best wall time of ``repeat`` calls, in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return {"median_ms": round(statistics.median(times), 1), "best_ms": round(min(times), 1)}


def peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def linked(store, article_ids: list[str]):
    """Link the mentions of ``article_ids`` in one transaction, as ``eventwire.link.refresh`` does."""
    from eventwire.link.dedup import link_mentions

    with store.transaction():
        return link_mentions(store, article_ids)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=1_000_000)
    parser.add_argument("--incremental", type=int, default=2_000, help="mentions held back and linked afterwards")
    parser.add_argument("--db", default=":memory:")
    parser.add_argument("--seed", type=float, default=0.42)
    args = parser.parse_args(argv)

    from eventwire.analyze import tension, timeline
    from eventwire.store import Store
    from eventwire.store.queries import Filters

    result: dict = {"mentions": args.mentions}
    with Store(args.db) as store:
        start = time.perf_counter()
        generate(store.con, args.mentions, args.seed)
        result["generate_s"] = round(time.perf_counter() - start, 2)
        held = store.query(f"SELECT article_id, id FROM events ORDER BY published DESC, id LIMIT {args.incremental}")
        held_articles = sorted({h["article_id"] for h in held})
        # link everything except the newest articles in bulk ...
        store.con.execute("CREATE TEMP TABLE _held AS SELECT unnest(?) AS article_id", [held_articles])
        bulk_ids = [r[0] for r in store.con.execute(
            "SELECT DISTINCT article_id FROM events WHERE article_id NOT IN (SELECT article_id FROM _held)").fetchall()]
        start = time.perf_counter()
        bulk = store.with_memory_to_spare(lambda: linked(store, bulk_ids))
        result["dedup_bulk_s"] = round(time.perf_counter() - start, 2)
        result["bulk"] = {"mentions": bulk.mentions, "canonical_new": bulk.canonical_new, "merged": bulk.merged}
        result["peak_memory_mb_after_bulk"] = peak_mb()
        # ... then the newest ones incrementally, against the canonical events in their blocks
        start = time.perf_counter()
        incremental = store.with_memory_to_spare(lambda: linked(store, held_articles))
        result["dedup_incremental_s"] = round(time.perf_counter() - start, 2)
        result["incremental"] = {"mentions": incremental.mentions, "canonical_new": incremental.canonical_new,
                                 "merged": incremental.merged}
        result["canonical_events"] = store.con.execute("SELECT count(*) FROM canonical_events").fetchone()[0]
        result.update(pairwise_quality(store.con))
        pair = store.con.execute("SELECT source_country, target_country FROM canonical_events WHERE source_country "
                                 "IS NOT NULL AND target_country IS NOT NULL GROUP BY ALL ORDER BY count(*) DESC "
                                 "LIMIT 1").fetchone()
        result["query_timeline_week"] = time_ms(lambda: timeline(store, Filters(limit=10_000), by="week"))
        result["query_timeline_day_actor"] = time_ms(lambda: timeline(store, Filters(actor=pair[0], limit=10_000)))
        result["query_tension"] = time_ms(lambda: tension(store, pair[0], pair[1]))
        result["tension_pair"] = list(pair)
    result["peak_memory_mb"] = peak_mb()
    sys.stdout.write(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
