"""Sort the coder's errors on the event gold into causes: ``python -m eventwire.extract.events.diagnose``.

Runs the pipeline once with no confidence cut (the keeper scores but drops nothing) over the
sentence, article (``articles``, ``articles2``, ``articles3``-``articles32``) and sample-corpus gold
(never the held-out files),
matches events at the type level as ``eventwire.evaluate.gold_events`` does, and puts every
spurious event (kept, matching no gold event) and every missed gold event in one bucket:

spurious
* ``duplicate``: another kept event of the same type has the same trigger, or the same type and
  dyad in the same sentence as a matched event (one gold event split in two);
* ``wrong type``: a gold event of another type has the same trigger;
* ``uncoded, no actor``: nothing in gold for that trigger and the event has neither a source nor a
  target country (metaphor, sport, economy or crime, usually);
* ``uncoded clause``: nothing in gold for that trigger although a political actor is resolved
  (background, reported or hypothetical clauses gold does not code, or a sense the gold does not
  treat as an event).

missed
* ``dropped (low confidence)``: an event under the cut (the keeper's, with its exemptions) would have matched it;
* ``wrong type``: a kept event of another type sits on its trigger;
* ``merged``: a kept event of its type sits on its trigger but was matched to another gold event;
* ``not in lexicon``: no word of the gold trigger is a lexicon lemma;
* ``lexicon, not coded``: a lexicon word, but no event was built (sense, structure or role filters).

``--list`` prints every error with its sentence, for reading by hand.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.evaluate.gold_events import STUDY_SETS
from eventwire.extract.events.keep_model import is_kept
from eventwire.models import Event

ROOT = Path(__file__).resolve().parents[3]
SUITES = ("sentences", "articles", *STUDY_SETS, "corpus")


@dataclass
class Finding:
    """One error: its suite, side (``spurious`` or ``missed``), cause, and a line describing it."""

    suite: str
    side: str
    cause: str
    line: str


def _units(suite: str, nlp) -> list:
    """The EventUnits of ``suite`` with every proposed event (no confidence cut)."""
    from eventwire.evaluate.common import read_jsonl, run_system
    from eventwire.evaluate.gold_events import EventUnit, article_of, default_read_inputs, match_corpus_records
    from eventwire.pipeline import extract_many

    def run(articles):
        return run_system(lambda items: extract_many(items, nlp=nlp), articles)

    if suite == "corpus":
        records = read_jsonl(ROOT / "tests" / "gold" / "corpus" / "gold.jsonl", None)
        matched = match_corpus_records(records, ROOT / "examples" / "corpus", default_read_inputs())
        pairs = [(r, a) for r, a in zip(records, matched) if a is not None]
        extractions = run([a for _, a in pairs])
        return [EventUnit(r.get("published") or x.article.published, r.get("events", []), x.events)
                for (r, _), x in zip(pairs, extractions)]
    records = read_jsonl(ROOT / "tests" / "gold" / "events" / f"{suite}.jsonl", None)
    extractions = run([article_of(record) for record in records])
    return [EventUnit(r.get("published"), r.get("events", []), x.events) for r, x in zip(records, extractions)]


def _same_trigger(gold: dict, event: Event) -> bool:
    """The gold trigger and the event's trigger overlap as strings."""
    g = (gold.get("trigger") or "").lower().strip()
    p = event.trigger.text.lower().strip()
    return bool(g and p and (g in p or p in g))


def _country(actor) -> str | None:
    """The country of a gold actor (a dict) or a system Actor."""
    if actor is None:
        return None
    return actor.get("country") if isinstance(actor, dict) else actor.country


def _describe_event(event: Event) -> str:
    """One line for a system event: type, dyad, trigger, confidence and sentence."""
    return (f"{event.type} {_country(event.source)}->{_country(event.target)} '{event.trigger.text}' "
            f"conf={event.confidence:.2f} | {event.evidence.text[:150]}")


def _describe_gold(gold: dict) -> str:
    """One line for a gold event: type, dyad, trigger and sentence hint."""
    return (f"{gold['type']} {_country(gold.get('source'))}->{_country(gold.get('target'))} "
            f"'{gold.get('trigger')}' | {(gold.get('sentence') or '')[:150]}")


def _in_lexicon(trigger: str, lemmas: frozenset[str], nlp) -> bool:
    """Some word of the gold trigger, or its lemma, is a lexicon lemma."""
    words = {t.lemma_.lower() for t in nlp(trigger)} | set(trigger.lower().split())
    return any(word in lemmas or word.rstrip("s") in lemmas or word[:-2] in lemmas or word[:-3] in lemmas
               for word in words)


def diagnose_unit(suite: str, unit, cut: float | Callable[[Event], bool], lemmas: frozenset[str],
                  nlp) -> list[Finding]:
    """The findings of one unit; ``unit.pred`` holds every proposed event, kept or not. ``cut``: the
    confidence an event needs to be kept, or a predicate that tells the kept events."""
    from eventwire.evaluate.gold_events import EventUnit, match_events

    keeps = cut if callable(cut) else (lambda e: e.confidence >= cut)
    kept = [e for e in unit.pred if keeps(e)]
    pairs = match_events(EventUnit(unit.published, unit.gold, kept), "type")
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    findings: list[Finding] = []
    for pi, event in enumerate(kept):
        if pi in matched_pred:
            continue
        findings.append(Finding(suite, "spurious", _spurious_cause(event, pi, kept, matched_pred, unit.gold),
                                _describe_event(event)))
    for gi, gold in enumerate(unit.gold):
        if gi in matched_gold:
            continue
        findings.append(Finding(suite, "missed", _missed_cause(gold, unit, kept, keeps, lemmas, nlp),
                                _describe_gold(gold)))
    return findings


def _spurious_cause(event: Event, index: int, kept: list[Event], matched: set[int], gold: list[dict]) -> str:
    """The bucket of a kept event that matched no gold event (see the module docstring)."""
    for j, other in enumerate(kept):
        if j == index or other.type != event.type:
            continue
        if other.trigger.start == event.trigger.start and (j in matched or j < index):
            return "duplicate"
        if (j in matched and other.evidence.start == event.evidence.start
                and _country(other.source) == _country(event.source)
                and _country(other.target) == _country(event.target)):
            return "duplicate"
    if any(_same_trigger(g, event) and g["type"] != event.type for g in gold):
        return "wrong type"
    if _country(event.source) is None and _country(event.target) is None:
        return "uncoded, no actor"
    return "uncoded clause"


def _missed_cause(gold: dict, unit, kept: list[Event], keeps: Callable[[Event], bool], lemmas: frozenset[str],
                  nlp) -> str:
    """The bucket of a gold event no kept event matched (see the module docstring)."""
    dropped = [e for e in unit.pred if not keeps(e) and e.type == gold["type"] and _same_trigger(gold, e)]
    if dropped:
        return "dropped (low confidence)"
    on_trigger = [e for e in kept if _same_trigger(gold, e)]
    if any(e.type != gold["type"] for e in on_trigger):
        return "wrong type"
    if on_trigger:
        return "merged"
    if not _in_lexicon(gold.get("trigger") or "", lemmas, nlp):
        return "not in lexicon"
    return "lexicon, not coded"


def diagnose(suites: Iterable[str] = SUITES) -> list[Finding]:
    """Findings over ``suites`` (names among ``SUITES``)."""
    from eventwire.nlp import load_pipeline

    nlp = load_pipeline()
    component = nlp.get_pipe("eventwire_events")
    # every proposed event is kept, scored as shipped. With the keeper on (keep_model.py) the coder's own
    # cut stays (the filler and the keeper must meet the events they meet in use), the keeper cuts
    # nothing and its decision (threshold and exemptions) tells the kept events; without it, the
    # coder's cut is lifted and tells them.
    saved = component.min_confidence, component.keep_model
    keeper = component.keep_model
    if keeper is not None:
        component.keep_model = keeper.with_threshold(0.0)
        cut: float | Callable[[Event], bool] = lambda e: is_kept(e, e.confidence, keeper.threshold)  # noqa: E731
    else:
        cut, component.min_confidence = component.min_confidence, 0.0
    lemmas = component.trigger_lemmas
    findings: list[Finding] = []
    try:
        for suite in suites:
            for unit in _units(suite, nlp):
                findings.extend(diagnose_unit(suite, unit, cut, lemmas, nlp))
    finally:
        component.min_confidence, component.keep_model = saved
    return findings


def summary(findings: Sequence[Finding]) -> dict[tuple[str, str], Counter]:
    """Counts per (side, cause) and suite."""
    table: dict[tuple[str, str], Counter] = {}
    for finding in findings:
        table.setdefault((finding.side, finding.cause), Counter())[finding.suite] += 1
    return table


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventwire.extract.events.diagnose", description=__doc__)
    parser.add_argument("--suite", action="append", choices=SUITES)
    parser.add_argument("--list", action="store_true", help="print every error")
    args = parser.parse_args(argv)
    suites = args.suite or list(SUITES)
    findings = diagnose(suites)
    out = sys.stdout
    if args.list:
        for f in sorted(findings, key=lambda f: (f.suite, f.side, f.cause)):
            out.write(f"{f.suite:9} {f.side:8} {f.cause:25} {f.line}\n")
    out.write(f"{'side':8} {'cause':25} " + " ".join(f"{s:>9}" for s in suites) + "\n")
    for (side, cause), counts in sorted(summary(findings).items()):
        out.write(f"{side:8} {cause:25} " + " ".join(f"{counts[s]:>9}" for s in suites) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
