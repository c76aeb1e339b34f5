"""Train and check the learned side filler (``eventwire.extract.events.side_model``)::

    python -m eventwire.evaluate.side_training train      # writes extract/events/data/side_model.json
    python -m eventwire.evaluate.side_training crossval   # the leave-one-set-out table
    python -m eventwire.evaluate.side_training fresh --extra NEW.jsonl   # score an unseen set

The allowed gold sets are run through the pipeline with the filler off. Every type-matched event
with an empty side the filler may fill gives one row per candidate, labelled 1 for the gold side's
country. A logistic regression (scikit-learn, from the ``eval`` extra) over ``side_model.FEATURES``
is fitted to them. Run from the repository root. See docs/side_model.md for the labels and figures.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from eventwire.evaluate.common import actor_country, fit_logistic, read_jsonl
from eventwire.evaluate.gold_events import MODEL_TRAINING_SETS, EventUnit, article_of, match_corpus_records, match_events, score_event_units
from eventwire.extract.events.mentions import without_retold
from eventwire.extract.events.logistic import packaged_path
from eventwire.extract.events.side_model import (FEATURES, MODEL_FILE, UNGUESSED_SOURCE_TYPES,
                                                 UNGUESSED_TARGET_TYPES, Candidate, SideModel, fill_choice,
                                                 filled_events, side_candidates)
from eventwire.ingest import read_inputs
from eventwire.models import Event
from eventwire.nlp import load_pipeline
from eventwire.pipeline import prepared_doc

PROG = "python -m eventwire.evaluate.side_training"
ABOUT = ("Learned filler for event sides (eventwire/extract/events/side_model.py); "
         f"written by `{PROG} train`, do not edit by hand.")

# The gold this model may learn from: the event files named here (those present) and the sample
# corpus. The heldout files are never read (they are the lead's blind test sets).
TRAINING_FILES = ("sentences", "articles", *MODEL_TRAINING_SETS)
CORPUS_SET = "corpus"
# The sets written blind by other people: each is held out in turn to measure transfer.
BLIND_SETS = MODEL_TRAINING_SETS
# L2 strength: several hundred candidates and thirty-odd correlated features. The filler's C and
# threshold were chosen by the pooled leave-one-set-out (right - 2 x wrong fills, then mean type+dyad
# F1 gain): over articles2-5 C=3 at 0.45-0.55 filled 17 right and 4 wrong; over articles2-14 (13
# folds) C=3 at 0.45 filled 145 right and 50 wrong (+0.070), best of C in 0.3-10 and thresholds
# 0.4-0.65 on right - 2 x wrong, and ahead of 0.5 (135 / 46, +0.064) on both (docs/side_model.md).
REGULARIZATION_C = 3.0
DEFAULT_THRESHOLD = 0.45
# Whether the filler keeps its hard exclusions (UNGUESSED_*) or leaves those types to the features.
KEEP_EXCLUSIONS = True


@dataclass
class Collected:
    """One gold set run through the system with the filler off: its units and, per unit and event,
    the empty side's candidates."""

    name: str
    units: list
    candidates: list[list[list[Candidate]]]


@dataclass
class Row:
    """One labelled candidate: its feature values, 1 when it is the gold country, and its decision group."""

    values: dict[str, float]
    label: int
    group: tuple[str, int, int]


def gold_runs(nlp, records: list[dict], articles: list, published: list) -> Iterator[tuple[dict, Doc | None, EventUnit]]:
    """Each gold record with its Doc through ``nlp`` (None for a gold article ingest could not read)
    and its unit of gold and system events, the articles parsed in batches."""
    present = [a for a in articles if a is not None]
    docs = iter(nlp.pipe((prepared_doc(nlp, a) for a in present), batch_size=16))
    for record, article, date in zip(records, articles, published):
        doc = next(docs) if article is not None else None
        events = list(doc._.events or []) if doc is not None else []
        yield record, doc, EventUnit(date, record.get("events", []), events)


def file_inputs(path) -> tuple[list[dict], list, list]:
    """``(records, articles, dates)`` of one events gold file (line format of ``gold_events``)."""
    records = read_jsonl(path, None)
    return records, [article_of(r) for r in records], [r.get("published") for r in records]


def corpus_inputs(gold_dir, corpus_dir) -> tuple[list[dict], list, list]:
    """``(records, articles, dates)`` of the sample corpus gold, its articles read through
    ``eventwire.ingest`` as its suite reads them (None where ingest has none)."""
    records = read_jsonl(Path(gold_dir) / "corpus" / "gold.jsonl", None)
    articles = match_corpus_records(records, corpus_dir, read_inputs)
    dates = [r.get("published") or (a.published if a is not None else None) for r, a in zip(records, articles)]
    return records, articles, dates


def _collect(nlp, name: str, records: list[dict], articles: list, published: list) -> Collected:
    """Run ``articles`` with the filler off and keep units and candidates."""
    component = nlp.get_pipe("eventwire_events")
    # the filler meets the events before the keeper (keep_model.py) rescores and cuts them
    saved = component.side_model, component.keep_model
    component.side_model = component.keep_model = None
    try:
        units, candidates = [], []
        for _, doc, unit in gold_runs(nlp, records, articles, published):
            units.append(unit)
            candidates.append(side_candidates(doc, unit.pred) if doc is not None else [])
    finally:
        component.side_model, component.keep_model = saved
    return Collected(name, units, candidates)


def collect_file(nlp, path, name: str) -> Collected:
    """One events gold file (line format of ``eventwire.evaluate.gold_events``) through the system."""
    return _collect(nlp, name, *file_inputs(path))


def collect_corpus(nlp, gold_dir, corpus_dir) -> Collected:
    """The sample corpus gold through the system."""
    return _collect(nlp, CORPUS_SET, *corpus_inputs(gold_dir, corpus_dir))


def _gold_side_country(gold: dict, event: Event, side: str) -> str | None:
    """The gold country of ``side``, read in the direction that agrees with the event's other side."""
    readings = [(gold.get("source"), gold.get("target"))]
    if gold.get("reciprocal"):
        readings.append((gold.get("target"), gold.get("source")))
    other = actor_country(event.target if side == "source" else event.source)
    for source, target in readings:
        wanted, known = (source, target) if side == "source" else (target, source)
        if actor_country(known) == other:
            return actor_country(wanted)
    source, target = readings[0]
    return actor_country(source if side == "source" else target)


def _matched(collected: Collected, rules: SideModel):
    """(unit index, system event, its index, its candidates, the gold side's country) for every
    type-matched pair of the set whose event has an empty side ``rules`` lets the filler fill."""
    for u, unit in enumerate(collected.units):
        fills = collected.candidates[u]
        for gi, pi in match_events(unit, "type"):
            options = fills[pi] if pi < len(fills) else []
            event = unit.pred[pi]
            if options and rules.guesses(event.type, options[0].side):
                yield u, event, pi, options, _gold_side_country(unit.gold[gi], event, options[0].side)


def exclusions(keep: bool = KEEP_EXCLUSIONS) -> SideModel:
    """A weightless model that only says which sides the filler may fill."""
    if not keep:
        return SideModel({}, 0.0, DEFAULT_THRESHOLD)
    return SideModel({}, 0.0, DEFAULT_THRESHOLD, UNGUESSED_SOURCE_TYPES, UNGUESSED_TARGET_TYPES)


def labelled_rows(collected: Collected, rules: SideModel | None = None) -> list[Row]:
    """Every candidate of every type-matched event with an empty side the filler may fill (``rules``:
    which it may), labelled 1 for the gold side's country and 0 otherwise (all 0 when the gold side is
    empty too)."""
    rows = []
    for u, _, pi, options, wanted in _matched(collected, rules or exclusions()):
        rows += [Row(c.values, int(wanted is not None and c.country == wanted), (collected.name, u, pi))
                 for c in options]
    return rows


def fit_side_model(rows: Sequence[Row], threshold: float = DEFAULT_THRESHOLD,
                   regularization: float = REGULARIZATION_C, rules: SideModel | None = None) -> SideModel:
    """The filler: logistic regression (L2) over ``rows``, every row weighing the same; ``rules``
    gives the sides it never fills (none when omitted)."""
    labels = [r.label for r in rows]
    if len(set(labels)) < 2:
        raise ValueError("training needs both right (1) and wrong or empty (0) candidates")
    weights, intercept = fit_logistic([r.values for r in rows], labels, FEATURES, regularization)
    rules = rules or exclusions(False)
    return SideModel(weights, intercept, threshold, rules.unguessed_sources, rules.unguessed_targets)


def fill_outcomes(collected: Collected, model: SideModel) -> dict[str, int]:
    """On the type-matched events with an empty side: sides filled with the gold country (right),
    with another or where gold has none (wrong), and gold sides left empty (empty)."""
    tally = {"right": 0, "wrong": 0, "empty": 0, "kept_empty": 0}
    for _, event, _, options, wanted in _matched(collected, model):
        best = fill_choice(event, options, model)
        if best is not None:
            tally["right" if best.country == wanted else "wrong"] += 1
        else:
            tally["empty" if wanted is not None else "kept_empty"] += 1
    return tally


def scored_figures(collected: Collected, model: SideModel | None) -> dict[str, float]:
    """Type F1, type+dyad P/R/F1 and dyad accuracy of the set, with the filler (``model``) or without."""
    units = []
    for u, unit in enumerate(collected.units):
        events = unit.pred
        if model is not None:
            events = without_retold(filled_events(events, collected.candidates[u], model))
        units.append(EventUnit(unit.published, unit.gold, events))
    wanted = ("type F1", "type+dyad P", "type+dyad R", "type+dyad F1", "dyad accuracy")
    return {m.name: round(m.value, 4) for m in score_event_units(collected.name, units) if m.name in wanted}


def gold_files(gold_dir, extra: Sequence = ()) -> dict[str, object]:
    """The event gold files to learn from, by set name: those of ``TRAINING_FILES`` present under
    ``gold_dir``/events, then ``extra`` paths (named by their file stem)."""
    files = {name: Path(gold_dir) / "events" / f"{name}.jsonl" for name in TRAINING_FILES}
    files = {name: path for name, path in files.items() if path.exists()}
    files.update({Path(p).stem: Path(p) for p in extra})
    return files


def collect_all(nlp, gold_dir, corpus_dir, extra: Sequence = ()) -> dict[str, Collected]:
    """Every allowed gold set through ``nlp`` (the filler off while they run), by name."""
    sets = {name: collect_file(nlp, path, name) for name, path in gold_files(gold_dir, extra).items()}
    sets[CORPUS_SET] = collect_corpus(nlp, gold_dir, corpus_dir)
    return sets


def training_rows(sets: dict[str, Collected], keep_exclusions: bool = KEEP_EXCLUSIONS) -> list[Row]:
    """The labelled rows of every set of ``sets``."""
    rules = exclusions(keep_exclusions)
    return [row for data in sets.values() for row in labelled_rows(data, rules)]


def train_filler(sets: dict[str, Collected], threshold: float = DEFAULT_THRESHOLD,
                 keep_exclusions: bool = KEEP_EXCLUSIONS) -> SideModel:
    """The filler trained on every set of ``sets``."""
    rows = training_rows(sets, keep_exclusions)
    return fit_side_model(rows, threshold, rules=exclusions(keep_exclusions))


def blind_sets(sets: dict[str, Collected], extra_blind: Sequence[str] = ()) -> list[str]:
    """The blind-written sets present in ``sets``, in order."""
    return [name for name in dict.fromkeys((*BLIND_SETS, *extra_blind)) if name in sets]


def leave_one_set_out(sets: dict[str, Collected], thresholds: Sequence[float] = (DEFAULT_THRESHOLD,),
                      keep_exclusions: bool = KEEP_EXCLUSIONS, extra_blind: Sequence[str] = ()) -> list[dict]:
    """For each blind set: train on all the other sets and score it off and with the filler at each
    threshold."""
    table = []
    for held in blind_sets(sets, extra_blind):
        others = {name: data for name, data in sets.items() if name != held}
        filler = train_filler(others, keep_exclusions=keep_exclusions)
        table.append({"set": held, "model": "off", **scored_figures(sets[held], None)})
        for threshold in thresholds:
            tuned = filler.with_threshold(threshold)
            table.append({"set": held, "model": f"fill@{threshold}", **scored_figures(sets[held], tuned),
                          **fill_outcomes(sets[held], tuned)})
    return table


def fresh_check(trained_on: dict[str, Collected], fresh: dict[str, Collected],
                keep_exclusions: bool = KEEP_EXCLUSIONS) -> list[dict]:
    """Train on ``trained_on`` and score each ``fresh`` set off and with the filler."""
    filler = train_filler(trained_on, keep_exclusions=keep_exclusions)
    table = []
    for name, data in fresh.items():
        table.append({"set": name, "model": "off", **scored_figures(data, None)})
        table.append({"set": name, "model": "fill", **scored_figures(data, filler), **fill_outcomes(data, filler)})
    return table


def model_json(model: SideModel, rows: Sequence[Row], sets: Sequence[str]) -> str:
    """The packaged file's text: the filler's weights by feature name, intercept, threshold, the sides it
    never fills and provenance."""
    body = {
        "about": ABOUT,
        "trained_on": list(sets), "candidates": len(rows), "positives": sum(r.label for r in rows),
        "regularization_c": REGULARIZATION_C, "threshold": model.threshold, "intercept": model.intercept,
        "unguessed_source_types": sorted(model.unguessed_sources),
        "unguessed_target_types": sorted(model.unguessed_targets),
        "weights": {name: model.weights[name] for name in FEATURES},
    }
    return json.dumps(body, indent=1) + "\n"


def _print_table(table: list[dict]) -> None:
    columns = ("set", "model", "type F1", "type+dyad P", "type+dyad R", "type+dyad F1", "dyad accuracy",
               "right", "wrong", "empty", "kept_empty")
    print(" | ".join(columns))
    for line in table:
        print(" | ".join(str(line.get(c, "")) for c in columns))


def main(argv: Sequence[str] | None = None) -> int:
    """``train`` writes the packaged model from every allowed set; ``crossval`` prints the
    leave-one-set-out table; ``fresh`` trains on the allowed sets and scores the ``--extra`` files
    (run from the repository root, or pass --gold-dir/--corpus-dir)."""
    parser = argparse.ArgumentParser(prog=PROG, description=main.__doc__)
    parser.add_argument("command", choices=("train", "crossval", "fresh"))
    parser.add_argument("--gold-dir", type=Path, default=Path("tests/gold"))
    parser.add_argument("--corpus-dir", type=Path, default=Path("examples/corpus"))
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--extra", type=Path, action="append", default=[],
                        help="another blind-written events gold file (a set named by its stem)")
    parser.add_argument("--output", type=Path, default=None, help="default: the packaged data/side_model.json")
    args = parser.parse_args(argv)
    nlp = load_pipeline()
    if args.command == "fresh":
        fresh = {p.stem: collect_file(nlp, p, p.stem) for p in args.extra}
        _print_table(fresh_check(collect_all(nlp, args.gold_dir, args.corpus_dir), fresh))
        return 0
    sets = collect_all(nlp, args.gold_dir, args.corpus_dir, args.extra)
    if args.command == "crossval":
        _print_table(leave_one_set_out(sets, extra_blind=[p.stem for p in args.extra]))
        return 0
    rows = training_rows(sets)
    filler = fit_side_model(rows, args.threshold, rules=exclusions())
    output = args.output or packaged_path(MODEL_FILE)
    output.write_text(model_json(filler, rows, list(sets)), encoding="utf-8")
    print(f"trained on {len(rows)} candidates; wrote {output}")
    return 0


if __name__ == "__main__":   # pragma: no cover
    sys.exit(main())
