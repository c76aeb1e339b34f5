"""Event confidence: the probability that a coded event is a real event of that type.

The coder first scores each event with a transparent heuristic (``raw``: resolved roles and verbal
triggers raise it, lexicon weights for ambiguous triggers lower it). That raw score and a few
facts about the event are then mapped to a probability by a logistic model whose weights live
in ``data/calibration.yaml``. The weights are fitted by ``python -m eventwire.evaluate.calibrate``
on gold text the rules had not seen when the labels were made (since the ninth pass: the labels of
the eighth pass's code on articles3 and articles4, docs/events.md "Confidence"), so a confidence
of 0.8 means that about 8 in 10 such events were right on news the rules had never met; on the
texts the rules were written against the events are right more often than that.
"""
from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources

from eventwire.yamlfiles import safe_load

from eventwire.models import Actor

# Sectors that make an actor political even without a country ("rebels", "police", "protesters").
POLITICAL_SECTORS = frozenset({"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "IGO", "LEG", "INS",
                               "UAF", "NGO", "HRI", "CVL", "REF", "LAB", "AGR", "EDU", "MED", "JRN", "CRM"})
FEATURES = ("raw", "source_country", "source_sector_only", "target_country", "target_sector_only",
            "no_political_actor", "hypothetical", "negated", "future", "reported")


def reported_by_another(reported_by: Actor | None, source: Actor | None, context: list[str]) -> bool:
    """The ``reported`` feature: the event has a reporter other than its own source, or is a claim.
    Since the third role pass ``reported_by`` also names a source reporting its own act (the gold
    convention); the feature keeps its earlier meaning, so the fitted weights still apply."""
    if reported_by is None:
        return False
    return "claimed" in context or source is None or reported_by.code != source.code


def features(raw: float, source: Actor | None, target: Actor | None, context: list[str],
             reported: bool) -> dict[str, float]:
    """The facts the calibration model weighs, each 0/1 except ``raw``."""
    political = [a for a in (source, target) if a and (a.country or a.sector in POLITICAL_SECTORS)]
    return {
        "raw": raw,
        "source_country": float(bool(source and source.country)),
        "source_sector_only": float(bool(source and not source.country and source.sector)),
        "target_country": float(bool(target and target.country)),
        "target_sector_only": float(bool(target and not target.country and target.sector)),
        "no_political_actor": float(not political),
        "hypothetical": float("hypothetical" in context),
        "negated": float("negated" in context),
        "future": float("future" in context),
        "reported": float(reported),
    }


@lru_cache(maxsize=1)
def load_weights() -> dict[str, float] | None:
    """The fitted weights (``intercept`` plus one per feature), or None when no fit is packaged."""
    source = resources.files("eventwire.extract.events.data").joinpath("calibration.yaml")
    if not source.is_file():
        return None
    data = safe_load(source.read_text(encoding="utf-8")) or {}
    weights = data.get("weights")
    return {str(k): float(v) for k, v in weights.items()} if weights else None


def calibrated(values: dict[str, float], weights: dict[str, float] | None) -> float:
    """The probability for ``values``; the raw score when there are no weights."""
    if not weights:
        return round(values["raw"], 2)
    z = weights.get("intercept", 0.0) + sum(weights.get(name, 0.0) * value for name, value in values.items())
    return round(1.0 / (1.0 + math.exp(-z)), 2)
