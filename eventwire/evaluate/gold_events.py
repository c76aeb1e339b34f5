"""Score events (and, for the sample corpus, quotes and timexes) against the hand-written gold.

Gold files:
* ``tests/gold/events/NAME.jsonl`` for each NAME of ``EVENT_FILES`` (sentences, articles, and the
  sets annotated blind, before the system was run on them): one unit per line,
  ``{"id", "text", "published", ["title", "outlet"], "events": [gold event, ...]}``.
* ``tests/gold/corpus/gold.jsonl``: one article of ``examples/corpus/`` per line, named by ``doc``
  ("txt/x.txt", "wire.jsonl#<id>", "html/x.html") and matched to what ``eventwire.ingest`` reads by
  title; events as above plus ``quotes`` and ``timexes``.

A gold event is ``{"type", "source": {"country", "sector"} | null, "target": ... | null, "date",
"fatalities", "injured", "mode", "context": [...], "trigger", "reported_by", ["sentence"]}``.
Gold and system events are matched one-to-one within a unit, greedily by agreement, at three levels:
type only, type + source/target country ("type+dyad", the headline figure), and type + source/target
country and sector ("type+code").
"""
from __future__ import annotations

import importlib
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.evaluate.common import (
    SYSTEM,
    Counts,
    ExtractMany,
    SuiteUnavailable,
    Tally,
    accuracy_metric,
    actor_code,
    actor_country,
    build_article,
    match_greedy,
    prf_metrics,
    read_jsonl,
    run_system,
    spans_overlap,
    token_f1,
)
from eventwire.evaluate.metrics import Metric
from eventwire.models import Article, Event, Extraction, Quote, Timex

FLAGS = ("negated", "future", "hypothetical", "historical", "claimed")
KEY_FLAGS = ("negated", "hypothetical")
LEVELS = ("type", "type+dyad", "type+code")
QUOTE_MIN_F1 = 0.5

GoldEvent = dict[str, Any]


@dataclass
class EventUnit:
    """One scoring unit (a sentence or an article): its gold events and the system's events."""

    published: str | None
    gold: list[GoldEvent]
    pred: list[Event]
    sentences: int | None = None   # the article's sentence count, when known (who set the confidence)


@dataclass
class _EventTallies:
    """Everything accumulated over the units of one suite."""

    levels: dict[str, Counts] = field(default_factory=lambda: {level: Counts() for level in LEVELS})
    by_type: dict[str, dict[str, Counts]] = field(
        default_factory=lambda: {level: defaultdict(Counts) for level in LEVELS})
    dyad: Tally = field(default_factory=Tally)
    date: Tally = field(default_factory=Tally)
    fatalities: Tally = field(default_factory=Tally)
    context: Tally = field(default_factory=Tally)
    key_context: Tally = field(default_factory=Tally)
    reported_by: Tally = field(default_factory=Tally)
    # (confidence, right at the unit's ``confidence_level``)
    confidence: list[tuple[float, int]] = field(default_factory=list)


# --- event matching ---------------------------------------------------------------------------

def _sides(gold: GoldEvent) -> list[tuple[Any, Any]]:
    """The gold (source, target) readings: both directions for a ``reciprocal`` event ("X and Y met")."""
    sides = [(gold.get("source"), gold.get("target"))]
    if gold.get("reciprocal"):
        sides.append((gold.get("target"), gold.get("source")))
    return sides


def _same_dyad(gold: GoldEvent, pred: Event) -> bool:
    """Source and target countries agree (absent actors agree with absent actors)."""
    return any(actor_country(s) == actor_country(pred.source) and actor_country(t) == actor_country(pred.target)
               for s, t in _sides(gold))


def _same_codes(gold: GoldEvent, pred: Event) -> bool:
    """Source and target agree on country and sector."""
    return any(actor_code(s) == actor_code(pred.source) and actor_code(t) == actor_code(pred.target)
               for s, t in _sides(gold))


def _level_allows(level: str, gold: GoldEvent, pred: Event) -> bool:
    """Whether a pair may match at ``level``."""
    if gold.get("type") != pred.type:
        return False
    if level == "type+dyad":
        return _same_dyad(gold, pred)
    if level == "type+code":
        return _same_codes(gold, pred)
    return True


def expected_date(gold: GoldEvent, published: str | None) -> str | None:
    """The date the system should give: the gold date, or the publication date when gold has none."""
    return gold.get("date") or published


def _trigger_agrees(gold: GoldEvent, pred: Event) -> bool:
    """The gold trigger and the system trigger overlap as strings (case-insensitive)."""
    g = (gold.get("trigger") or "").lower().strip()
    p = pred.trigger.text.lower().strip()
    return bool(g and p and (g in p or p in g))


def _agreement(gold: GoldEvent, pred: Event, published: str | None) -> float:
    """How well a type-matched pair agrees; higher wins in greedy matching."""
    score = 1.0 + max(
        (actor_country(src) == actor_country(pred.source)) + (actor_country(tgt) == actor_country(pred.target))
        + 0.5 * (actor_code(src) == actor_code(pred.source)) + 0.5 * (actor_code(tgt) == actor_code(pred.target))
        for src, tgt in _sides(gold))
    score += 1.0 * _trigger_agrees(gold, pred)
    score += 0.5 * (pred.date.value == expected_date(gold, published))
    hint = (gold.get("sentence") or "").strip()
    if hint and hint in pred.evidence.text:
        score += 0.5
    return score


def match_events(unit: EventUnit, level: str) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs of ``unit`` at ``level``."""
    def score(gold: GoldEvent, pred: Event) -> float | None:
        if not _level_allows(level, gold, pred):
            return None
        return _agreement(gold, pred, unit.published)

    return match_greedy(unit.gold, unit.pred, score)


# --- tallying ---------------------------------------------------------------------------------

def _flags(context: Sequence[str] | None, wanted: Sequence[str]) -> set[str]:
    """The filter flags among ``context``."""
    return {flag for flag in (context or []) if flag in wanted}


def _tally_levels(tallies: _EventTallies, unit: EventUnit) -> dict[str, list[tuple[int, int]]]:
    """Count P/R/F1 at every level; return each level's pairs."""
    by_level: dict[str, list[tuple[int, int]]] = {}
    for level in LEVELS:
        pairs = by_level[level] = match_events(unit, level)
        tallies.levels[level].add(len(pairs), len(unit.pred), len(unit.gold))
        per_type = tallies.by_type[level]
        for gold in unit.gold:
            per_type[gold["type"]].gold += 1
        for pred in unit.pred:
            per_type[pred.type].pred += 1
        for gi, _ in pairs:
            per_type[unit.gold[gi]["type"]].tp += 1
    return by_level


def _tally_attributes(tallies: _EventTallies, unit: EventUnit, pairs: list[tuple[int, int]]) -> None:
    """Accuracy of dyad, date, fatalities, context and reporter on type-matched pairs."""
    for gi, pi in pairs:
        gold, pred = unit.gold[gi], unit.pred[pi]
        tallies.dyad.add(_same_dyad(gold, pred))
        tallies.date.add(pred.date.value == expected_date(gold, unit.published))
        if gold.get("fatalities") is not None:
            tallies.fatalities.add(pred.fatalities == gold["fatalities"])
        tallies.context.add(_flags(gold.get("context"), FLAGS) == _flags(pred.context, FLAGS))
        if _flags(gold.get("context"), KEY_FLAGS):
            tallies.key_context.add(_flags(gold.get("context"), KEY_FLAGS) == _flags(pred.context, KEY_FLAGS))
        if gold.get("reported_by"):
            tallies.reported_by.add(actor_country(gold["reported_by"]) == actor_country(pred.reported_by))


def _event_rows(suite: str, tallies: _EventTallies) -> list[Metric]:
    """The suite's metric rows from its tallies."""
    rows: list[Metric] = []
    for level in LEVELS:
        rows += prf_metrics(suite, level, tallies.levels[level])
    rows += [
        accuracy_metric(suite, "dyad accuracy", tallies.dyad),
        accuracy_metric(suite, "date accuracy", tallies.date),
        accuracy_metric(suite, "fatalities accuracy", tallies.fatalities),
        accuracy_metric(suite, "context accuracy", tallies.context),
        accuracy_metric(suite, "negated/hypothetical accuracy", tallies.key_context),
        accuracy_metric(suite, "reported_by accuracy", tallies.reported_by),
    ]
    for level in LEVELS:
        for event_type, counts in sorted(tallies.by_type[level].items()):
            rows += prf_metrics(suite, f"{level} [{event_type}]", counts)
    return rows


def confidence_level(unit: EventUnit) -> str:
    """What the confidence of ``unit``'s events is the probability of: their type and both sides'
    countries when the keeper scored them (keep_model.py: on, and an article of ``MIN_SENTENCES``
    or more), else their type (the coder's own score, docs/events.md "Confidence")."""
    from eventwire.extract.events.keep_model import MIN_SENTENCES
    from eventwire.settings import setting

    if not setting("events", "keep_events"):
        return "type"
    return "type" if unit.sentences is not None and unit.sentences < MIN_SENTENCES else "type+dyad"


def score_event_units(suite: str, units: Sequence[EventUnit]) -> list[Metric]:
    """Micro and per-type P/R/F1 at three levels, plus attribute accuracies, over ``units``."""
    tallies = _EventTallies()
    for unit in units:
        by_level = _tally_levels(tallies, unit)
        _tally_attributes(tallies, unit, by_level["type"])
        right = {pi for _, pi in by_level[confidence_level(unit)]}
        tallies.confidence.extend((event.confidence, int(i in right)) for i, event in enumerate(unit.pred))
    from eventwire.evaluate.calibrate import reliability

    return _event_rows(suite, tallies) + reliability(suite, tallies.confidence)


# --- the sentence and article gold ------------------------------------------------------------

def article_of(record: dict[str, Any]) -> Article:
    """The Article a gold line describes."""
    return build_article(record["text"], published=record.get("published"),
                         title=record.get("title", ""), outlet=record.get("outlet", ""))


def evaluate_units_file(extract_many: ExtractMany, path: Path, suite: str,
                        limit: int | None = None) -> list[Metric]:
    """Score one events gold file of ``EVENT_FILES`` (or any file in their line format)."""
    if not path.is_file():
        raise SuiteUnavailable(f"{path} not found")
    records = read_jsonl(path, limit)
    extractions = run_system(extract_many, [article_of(record) for record in records])
    units = [EventUnit(record.get("published"), record.get("events", []), extraction.events,
                       len(extraction.sentences) or None)
             for record, extraction in zip(records, extractions)]
    return score_event_units(suite, units)


# The event gold files scored line by line, in the order ``make eval`` runs them. ``articles2``-``7``
# (``articles8``-``16`` the eleventh pass's, ``articles17``-``22`` the twelfth's, ``articles23``-``25`` the
# thirteenth's, ``articles26`` the fourteenth's, ``articles27`` the fifteenth's, ``articles28`` the
# sixteenth's, ``articles29`` the seventeenth's, ``articles30`` the eighteenth's, ``articles31`` the
# nineteenth's, ``articles32`` the twentieth's, ``articles33`` the twenty-first's) were annotated blind
# and studied after their first score; ``heldout``-``heldout21`` were annotated blind and are never studied (only their figures are read;
# ``heldout``'s aggregate error counts steered the seventh pass). Who wrote each and when:
# tests/gold/events/README.md.
STUDY_SETS = tuple(f"articles{n}" for n in range(2, 51))        # blind-written, studied since
TEST_SETS = ("heldout", *(f"heldout{n}" for n in range(2, 34)))   # blind-written, never studied
# The study sets the packaged learned models (side filler, keeper) are trained on: articles2-22 until
# the twenty-fifth pass (articles23-25 were tried in the thirteenth and not kept, docs/side_model.md),
# articles2-38 in the twenty-fifth, articles2-44 since the twenty-sixth; the filler's ``--extra`` adds a
# set to its retraining.
MODEL_TRAINING_SETS = tuple(f"articles{n}" for n in range(2, 45))
EVENT_FILES = ("sentences", "articles", *STUDY_SETS, *TEST_SETS)


def events_file_suite(name: str) -> Callable[..., list[Metric]]:
    """The evaluator of suite ``gold/events/NAME``: ``tests/gold/events/NAME.jsonl`` scored by
    ``evaluate_units_file`` (same line format and scorer for every file)."""
    def evaluate(extract_many: ExtractMany, gold_dir: Path, limit: int | None = None) -> list[Metric]:
        return evaluate_units_file(extract_many, gold_dir / "events" / f"{name}.jsonl", f"gold/events/{name}", limit)

    evaluate.__name__ = evaluate.__qualname__ = f"evaluate_{name}"
    return evaluate


# --- the sample corpus ------------------------------------------------------------------------

def _normalize_title(title: str) -> str:
    """Case- and whitespace-insensitive form of a headline."""
    return " ".join(title.split()).casefold()


ReadInputs = Callable[[Sequence[str]], Iterator[Any]]


def default_read_inputs() -> ReadInputs:
    """``eventwire.ingest.read_inputs``, or SuiteUnavailable while it does not exist."""
    try:
        module = importlib.import_module("eventwire.ingest")
    except ImportError as error:
        raise SuiteUnavailable(f"eventwire.ingest cannot be imported ({error})") from error
    reader = getattr(module, "read_inputs", None)
    if reader is None:
        raise SuiteUnavailable("eventwire.ingest.read_inputs does not exist yet")
    return reader


def _find_by_title(candidates: list[Article], title: str, single_file: bool) -> Article | None:
    """The candidate with this title; for a one-article file, its only article whatever its title."""
    wanted = _normalize_title(title)
    for article in candidates:
        if _normalize_title(article.title) == wanted:
            return article
    if single_file and len(candidates) == 1:
        return candidates[0]
    return None


def match_corpus_records(records: list[dict[str, Any]], corpus_dir: Path,
                          read_inputs: ReadInputs) -> list[Article | None]:
    """For each gold record, the ingested Article of the same title (None when ingest has none)."""
    by_file: dict[str, list[Article]] = {}
    matched: list[Article | None] = []
    for record in records:
        file_part = record["doc"].split("#", 1)[0]
        if file_part not in by_file:
            items = read_inputs([str(corpus_dir / file_part)])
            by_file[file_part] = [item for item in items if isinstance(item, Article)]
        matched.append(_find_by_title(by_file[file_part], record.get("title", ""),
                                      single_file="#" not in record["doc"]))
    return matched


def _gold_timex_spans(text: str, timexes: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Character spans of gold timexes: the k-th gold timex with a given text gets its k-th occurrence."""
    seen: dict[str, int] = defaultdict(int)
    spans: list[tuple[int, int]] = []
    for timex in timexes:
        needle = timex["text"]
        start = -1
        for _ in range(seen[needle] + 1):
            start = text.find(needle, start + 1)
            if start < 0:
                break
        seen[needle] += 1
        if start < 0:
            start = text.find(needle)
        spans.append((start, start + len(needle)) if start >= 0 else (-1, -1))
    return spans


def match_timexes(text: str, gold: list[dict[str, Any]], pred: Sequence[Timex]) -> list[tuple[int, int]]:
    """Relaxed one-to-one timex matching by overlapping span (by text when a gold span is not found)."""
    spans = _gold_timex_spans(text, gold)

    def score(index: int, timex: Timex) -> float | None:
        start, end = spans[index]
        if start >= 0:
            overlap = spans_overlap(start, end, timex.start, timex.end)
            return float(overlap) if overlap else None
        g, p = gold[index]["text"].lower(), timex.text.lower()
        return 0.5 if g in p or p in g else None

    return match_greedy(list(range(len(gold))), pred, score)


def match_quotes(gold: list[dict[str, Any]], pred: Sequence[Quote]) -> list[tuple[int, int]]:
    """One-to-one quote matching on content token-F1 of at least 0.5."""
    def score(g: dict[str, Any], p: Quote) -> float | None:
        value = token_f1(g.get("content", ""), p.text)
        return value if value >= QUOTE_MIN_F1 else None

    return match_greedy(gold, pred, score)


def score_quotes_and_timexes(suite: str, records: Sequence[dict[str, Any]],
                             extractions: Sequence[Extraction]) -> list[Metric]:
    """Quote P/R/F1 and speaker country accuracy; timex relaxed span P/R/F1 and value accuracy."""
    quotes, speakers, timexes, values = Counts(), Tally(), Counts(), Tally()
    for record, extraction in zip(records, extractions):
        gold_quotes = record.get("quotes", [])
        quote_pairs = match_quotes(gold_quotes, extraction.quotes)
        quotes.add(len(quote_pairs), len(extraction.quotes), len(gold_quotes))
        for gi, pi in quote_pairs:
            if gold_quotes[gi].get("speaker"):
                speakers.add(actor_country(gold_quotes[gi]["speaker"]) == actor_country(extraction.quotes[pi].speaker))
        gold_timexes = record.get("timexes", [])
        timex_pairs = match_timexes(extraction.article.text, gold_timexes, extraction.timexes)
        timexes.add(len(timex_pairs), len(extraction.timexes), len(gold_timexes))
        for gi, pi in timex_pairs:
            values.add(gold_timexes[gi].get("value") == extraction.timexes[pi].value)
    return [
        *prf_metrics(suite, "quote", quotes),
        accuracy_metric(suite, "quote speaker country accuracy", speakers),
        *prf_metrics(suite, "timex relaxed span", timexes),
        accuracy_metric(suite, "timex value accuracy", values),
    ]


def _missed(record: dict[str, Any]) -> Extraction:
    """An empty extraction standing for a gold article that ingest did not yield."""
    article = build_article("", published=record.get("published"), title=record.get("title", ""))
    return Extraction(article=article)


def evaluate_corpus(extract_many: ExtractMany, gold_dir: Path, corpus_dir: Path,
                    limit: int | None = None, read_inputs: ReadInputs | None = None) -> list[Metric]:
    """Suite ``gold/corpus``: the sample corpus read through ``eventwire.ingest``.

    Also reports ``articles matched``: the share of gold articles whose title ingest reproduced; the
    others are scored as if the system found nothing in them.
    """
    path = gold_dir / "corpus" / "gold.jsonl"
    if not path.is_file():
        raise SuiteUnavailable(f"{path} not found")
    if not corpus_dir.is_dir():
        raise SuiteUnavailable(f"{corpus_dir} not found")
    reader = read_inputs or default_read_inputs()
    all_records = read_jsonl(path, limit)
    matched = match_corpus_records(all_records, corpus_dir, reader)
    found = iter(run_system(extract_many, [article for article in matched if article is not None]))
    # A gold article ingest could not reproduce still counts: everything in it is missed.
    extractions = [next(found) if article is not None else _missed(record)
                   for record, article in zip(all_records, matched)]
    suite = "gold/corpus"
    units = [EventUnit(record.get("published") or extraction.article.published, record.get("events", []),
                       extraction.events, len(extraction.sentences) or None)
             for record, extraction in zip(all_records, extractions)]
    rows = [Metric(suite, SYSTEM, "articles matched",
                   sum(a is not None for a in matched) / len(all_records) if all_records else 0.0,
                   len(all_records))]
    rows += score_event_units(suite, units)
    rows += score_quotes_and_timexes(suite, all_records, extractions)
    return rows
