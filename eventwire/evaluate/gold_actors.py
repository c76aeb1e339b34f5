"""Score actor mentions against ``tests/gold/actors/mentions.jsonl``.

Each line is ``{"id", "text", "published", "mentions": [{"text", "start", "end", "country", "sector"}]}``.
System mentions are the ``extraction.entities`` that carry an ``actor``; they are matched one-to-one to
gold mentions by overlapping character span (largest overlap first).
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventwire.evaluate.common import (
    Counts,
    ExtractMany,
    SuiteUnavailable,
    Tally,
    accuracy_metric,
    build_article,
    match_greedy,
    prf_metrics,
    read_jsonl,
    run_system,
    spans_overlap,
)
from eventwire.evaluate.metrics import Metric
from eventwire.models import Entity

SUITE = "gold/actors"


def actor_entities(entities: Sequence[Entity]) -> list[Entity]:
    """The entities the system coded as actors."""
    return [entity for entity in entities if entity.actor is not None]


def match_mentions(gold: Sequence[dict[str, Any]], pred: Sequence[Entity]) -> list[tuple[int, int]]:
    """One-to-one (gold, pred) pairs whose spans overlap, largest overlap first."""
    def score(mention: dict[str, Any], entity: Entity) -> float | None:
        overlap = spans_overlap(mention["start"], mention["end"], entity.start, entity.end)
        return float(overlap) if overlap else None

    return match_greedy(gold, pred, score)


def score_mentions(units: Sequence[tuple[list[dict[str, Any]], list[Entity]]]) -> list[Metric]:
    """Detection P/R/F1 and country/code accuracy on matched mentions over (gold, system) units."""
    detection, country, code = Counts(), Tally(), Tally()
    for gold, pred in units:
        pairs = match_mentions(gold, pred)
        detection.add(len(pairs), len(pred), len(gold))
        for gi, pi in pairs:
            actor = pred[pi].actor
            assert actor is not None
            country.add(gold[gi].get("country") == actor.country)
            code.add((gold[gi].get("country"), gold[gi].get("sector")) == (actor.country, actor.sector))
    return [
        *prf_metrics(SUITE, "mention", detection),
        accuracy_metric(SUITE, "country accuracy", country),
        accuracy_metric(SUITE, "code accuracy", code),
    ]


def evaluate(extract_many: ExtractMany, gold_dir: Path, limit: int | None = None) -> list[Metric]:
    """Suite ``gold/actors``."""
    path = gold_dir / "actors" / "mentions.jsonl"
    if not path.is_file():
        raise SuiteUnavailable(f"{path} not found")
    records = read_jsonl(path, limit)
    articles = [build_article(record["text"], published=record.get("published")) for record in records]
    extractions = run_system(extract_many, articles)
    units = [(record.get("mentions", []), actor_entities(extraction.entities))
             for record, extraction in zip(records, extractions)]
    return score_mentions(units)
