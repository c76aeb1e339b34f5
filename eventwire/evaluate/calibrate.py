"""Fit the event confidence model: ``python -m eventwire.evaluate.calibrate --gold FILE ...``.

Every event the coder proposes on the gold files (with no confidence cut and the raw heuristic
score) is labelled 1 when it matches a gold event of the same type, else 0. A logistic regression
over ``eventwire.extract.events.confidence.FEATURES`` is fitted to those labels and written to
``eventwire/extract/events/data/calibration.yaml``. Fit on text the rules were not written
against, labelled by the code as it was before that text was studied (docs/events.md,
"Confidence"); ``make eval`` reports the calibration error and Brier score on every set. The
sentence gold (the default ``--gold``) was the fit set until the ninth pass; the article gold was
consulted once to choose the regularization strength (see ``REGULARIZATION_C``).
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml

from eventwire.evaluate.common import read_jsonl, run_system
from eventwire.evaluate.gold_events import EventUnit, article_of, match_events
from eventwire.evaluate.metrics import Metric
from eventwire.extract.events.confidence import FEATURES, features, reported_by_another
from eventwire.models import Event

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = Path(__file__).resolve().parents[1] / "extract" / "events" / "data" / "calibration.yaml"
BINS = 5


def labelled(units: Sequence[EventUnit]) -> list[tuple[Event, int]]:
    """(system event, 1 if it matches a gold event of its type else 0) for every proposed event."""
    rows = []
    for unit in units:
        right = {pi for _, pi in match_events(unit, "type")}
        rows.extend((event, int(i in right)) for i, event in enumerate(unit.pred))
    return rows


def feature_row(event: Event) -> list[float]:
    """The model's inputs for an event coded with ``calibrated=False`` (its confidence is the raw score)."""
    # as the coder scores it: an inferred target or a source borrowed from another sentence does not
    # count, a source reporting its own act is no report
    target = None if "target-inferred" in event.context else event.target
    source = None if "source-inferred" in event.context else event.source
    values = features(event.confidence, source, target, event.context,
                      reported_by_another(event.reported_by, event.source, event.context))
    return [values[name] for name in FEATURES]


def raw_units(path: Path) -> list[EventUnit]:
    """The gold units of ``path`` with the coder's uncut, uncalibrated events."""
    from eventwire.nlp import load_pipeline
    from eventwire.pipeline import extract_many

    nlp = load_pipeline()
    component = nlp.get_pipe("eventwire_events")
    saved = component.weights, component.min_confidence, component.keep_model
    component.weights, component.min_confidence, component.keep_model = None, 0.0, None
    try:
        records = read_jsonl(path, None)
        extractions = run_system(lambda articles: extract_many(articles, nlp=nlp),
                                 [article_of(record) for record in records])
    finally:
        component.weights, component.min_confidence, component.keep_model = saved
    return [EventUnit(r.get("published"), r.get("events", []), x.events) for r, x in zip(records, extractions)]


# L2 strength of the logistic model. A few hundred labelled events and ten correlated features
# overfit at C=1; of C in (1, 0.3, 0.1), 0.1 gave the lowest Brier score on the article gold (so that
# set was looked at once for this choice; the corpus gold never was).
REGULARIZATION_C = 0.1


def fit(rows: list[tuple[Event, int]]) -> dict[str, float]:
    """Logistic regression weights (L2, ``REGULARIZATION_C``) over the labelled events."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=REGULARIZATION_C, max_iter=1000)
    model.fit([feature_row(e) for e, _ in rows], [label for _, label in rows])
    weights = {"intercept": round(float(model.intercept_[0]), 4)}
    weights.update({name: round(float(w), 4) for name, w in zip(FEATURES, model.coef_[0])})
    return weights


def reliability(suite: str, pairs: Sequence[tuple[float, int]]) -> list[Metric]:
    """Expected calibration error over equal-width confidence bins, and the Brier score."""
    if not pairs:
        return []
    bins: dict[int, list[tuple[float, int]]] = {}
    for confidence, label in pairs:
        bins.setdefault(min(int(confidence * BINS), BINS - 1), []).append((confidence, label))
    ece = sum(abs(sum(c for c, _ in b) / len(b) - sum(l for _, l in b) / len(b)) * len(b) for b in bins.values())
    brier = sum((c - l) ** 2 for c, l in pairs) / len(pairs)
    n = len(pairs)
    return [Metric(suite, "eventwire", "confidence calibration error", ece / n, n),
            Metric(suite, "eventwire", "confidence Brier error", brier, n)]


def _shown(path: Path) -> str:
    """``path`` relative to the repository when it is inside it."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventwire.evaluate.calibrate", description=__doc__)
    parser.add_argument("--gold", type=Path, nargs="+", default=[ROOT / "tests" / "gold" / "events" / "sentences.jsonl"],
                        help="gold files to fit on, pooled (default: the sentence gold)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--note", default="", help="provenance kept in the file, e.g. which code produced the labels")
    args = parser.parse_args(argv)
    rows = [row for path in args.gold for row in labelled(raw_units(path))]
    weights = fit(rows)
    header = ("# Event confidence model: logistic weights over eventwire.extract.events.confidence.FEATURES.\n"
              "# Written by `python -m eventwire.evaluate.calibrate`; do not edit by hand.\n")
    body = {"fitted_on": ", ".join(_shown(path) for path in args.gold),
            "fitted": dt.date.today().isoformat(), "events": len(rows),
            "right": sum(label for _, label in rows), **({"note": args.note} if args.note else {}),
            "weights": weights}
    args.output.write_text(header + yaml.safe_dump(body, sort_keys=False), encoding="utf-8")
    print(f"fitted on {len(rows)} events ({body['right']} right); wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
