"""The ``eventwire_times`` spaCy component: TIMEX3 finding and normalization.

Reads ``doc._.published`` (the DCT, ``YYYY-MM-DD`` or None) and writes ``doc._.timexes``, a
list of ``eventwire.models.Timex`` sorted by ``start`` with ``doc.text[start:end] == text``.

How it works
    1. Every rule of ``rules.RULES`` (compiled regular expressions) is run over ``doc.text``;
       each match passes a false-positive filter. The model's DATE/TIME entities are the
       second source of evidence: a bare year ("2019") or month ("June") is kept when a
       temporal cue precedes it *or* the model tagged it DATE ("May" and "March" alone
       always need a cue, so the modal and the verb are never dates).
    2. Overlapping matches: the longest wins, ties go to the earlier rule.
    3. Matches are resolved left to right. The tense of the governing verb (``tense.py``)
       picks the right Tuesday (past → the latest on or before the DCT, future/"will"/
       "is due to" → the first on or after it, present → the DCT's week) and the year of a
       month-day without one. Anaphors ("the same day", "a day later", "the following day",
       "the day before", "at the time") shift the latest DATE of the narrative; with none
       they fall back to the DCT.
    4. Clock times ("3 p.m.") take the date of the nearest day-valued DATE in their sentence,
       else the DCT.

Conventions (TIMEX3 with TimeBank habits)
    * Spans exclude prepositions: "on Tuesday" → "Tuesday", "at 3 p.m." → "3 p.m.",
      "since 2014" → "2014" (DATE 2014; "since" is a signal, not a mod).
    * Mods: early/beginning/start → START, late/end → END, mid/middle → MID,
      about/around → APPROX, nearly/almost → LESS_THAN, more than/over → MORE_THAN.
      "earlier this year"/"later this month" have no mod (value 2024 / 2024-06).
    * Weeks are ISO weeks (``2024-W22``), weekends ``2024-W22-WE``, decades ``199``,
      quarters ``2024-Q3``, halves ``2024-H1``, seasons ``2024-SU``, parts of day
      ``2024-06-05TMO`` (TIME), "overnight" the night before the DCT (``...TNI``, the DCT's
      own night in the future tense).
    * Fiscal years are written as plain years: "fiscal 2023" → ``2023``, "the fiscal year"
      → the DCT's year, "last fiscal year" → the year before.
    * "now", "currently", "recently", "the past", "the future", "soon" → PRESENT_REF,
      PAST_REF, FUTURE_REF; vague "years ago" → PAST_REF; "for years" → DURATION ``PXY``.
    * Unknown DCT: every DCT-derived part is ``X``: "March 5" → ``XXXX-03-05``,
      "yesterday" → ``XXXX-XX-XX``, "Tuesday" → ``XXXX-WXX-2``, "last week" → ``XXXX-WXX``,
      "next month" → ``XXXX-XX``, "last year" → ``XXXX``. Absolute expressions and
      anaphors of an absolute date ("June 3, 2024 ... the following day") stay exact. The
      ``mod`` field is never overloaded for this; an ``X`` in the value is the flag.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

import eventwire.extract.extensions  # noqa: F401  (registers doc._.published / doc._.timexes)
from eventwire.extract.times import normalize as nz
from eventwire.extract.times.rules import RULES, AcceptContext, Context, Resolved, Rule
from eventwire.extract.times.tense import tense_for
from eventwire.models import Timex

INDEX_EXTENSION = "eventwire_timex_index"
BASIS_EXTENSION = "eventwire_timex_basis"
CALENDAR_VALUE = re.compile(r"^\d{4}(?:-(?:\d\d|W\d\d|Q\d|H\d|SP|SU|FA|WI)(?:-\d\d)?)?$|^\d{3}$")
DAY_VALUE = re.compile(r"^(\d{4}-\d\d-\d\d|XXXX-XX-XX)$")

for _name in (INDEX_EXTENSION, BASIS_EXTENSION):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@dataclass
class _Candidate:
    start: int
    end: int
    priority: int
    rule: Rule
    match: re.Match[str]


@Language.factory(
    "eventwire_times",
    assigns=["doc._.timexes"],
    default_config={"use_entities": True, "resolve_anaphora": True},
)
def make_times_component(
    nlp: Language, name: str, use_entities: bool, resolve_anaphora: bool
) -> "TimesComponent":
    """Factory for ``nlp.add_pipe("eventwire_times")``."""
    return TimesComponent(use_entities=use_entities, resolve_anaphora=resolve_anaphora)


class TimesComponent:
    """Finds and normalizes the time expressions of a Doc (see the module docstring)."""

    def __init__(self, use_entities: bool = True, resolve_anaphora: bool = True) -> None:
        self.use_entities = use_entities
        self.resolve_anaphora = resolve_anaphora

    def __call__(self, doc: Doc) -> Doc:
        found = find_timexes(doc, self.use_entities, self.resolve_anaphora)
        doc._.timexes = [timex for timex, _ in found]
        setattr(doc._, BASIS_EXTENSION, {timex.start: basis for timex, basis in found})
        setattr(doc._, INDEX_EXTENSION, None)
        return doc


# ------------------------------------------------------------------------- finding


def _entity_ranges(doc: Doc) -> list[tuple[int, int]]:
    return [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]


def _accept_context(doc: Doc, use_entities: bool) -> AcceptContext:
    ranges = _entity_ranges(doc) if use_entities else []

    def in_date_entity(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in ranges)

    return AcceptContext(text=doc.text, in_date_entity=in_date_entity)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _tense_fn(doc: Doc, start: int, end: int):
    """A lazy tense lookup for the span ``start:end`` of ``doc``."""
    def lookup() -> str | None:
        if not doc.has_annotation("DEP"):
            return None
        span = doc.char_span(start, end, alignment_mode="expand")
        return tense_for(span.root) if span is not None and len(span) else None
    return lookup


def _context(doc: Doc, dct, start: int, end: int, anchors: list[str]) -> Context:
    return Context(text=doc.text, dct=dct, tense_fn=_tense_fn(doc, start, end), anchors=anchors)


def _candidates(doc: Doc, dct, use_entities: bool) -> list[_Candidate]:
    """Every accepted, resolvable rule match (overlaps included)."""
    accept_ctx = _accept_context(doc, use_entities)
    found = []
    for priority, rule in enumerate(RULES):
        for match in rule.pattern.finditer(doc.text):
            start, end = _trimmed(doc.text, match.start(), match.end())
            if end <= start or not rule.accept(match, accept_ctx):
                continue
            if rule.resolve(match, _context(doc, dct, start, end, [])) is None:
                continue
            found.append(_Candidate(start, end, priority, rule, match))
    return found


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longest first, earlier rule on ties; sorted by start."""
    chosen: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.priority, c.start)):
        if all(cand.end <= c.start or c.end <= cand.start for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def _sentence_bounds(doc: Doc, start: int) -> tuple[int, int]:
    if not doc.has_annotation("SENT_START"):
        return 0, len(doc.text)
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return 0, len(doc.text)
    sent: Span = span[0].sent
    return sent.start_char, sent.end_char


def _day_for_clock(doc: Doc, start: int, resolved: list[tuple[int, int, Resolved]], dct) -> str:
    """The date a clock time belongs to: the nearest day-valued DATE in its sentence."""
    low, high = _sentence_bounds(doc, start)
    days = [(abs(s - start), r.value) for s, e, r in resolved
            if low <= s < high and r.type == "DATE" and DAY_VALUE.match(r.value)]
    if days:
        return min(days)[1]
    return nz.day_value(dct)


def find_timexes(
    doc: Doc, use_entities: bool = True, resolve_anaphora: bool = True
) -> list[tuple[Timex, str]]:
    """All time expressions of ``doc`` as (Timex, basis) pairs sorted by start.

    ``basis`` is "explicit" for absolute expressions and "relative" for values computed
    from the DCT or from an earlier date of the narrative.
    """
    dct = nz.parse_dct(doc._.published)
    anchors: list[str] = []
    resolved: list[tuple[int, int, Resolved]] = []
    for cand in _select(_candidates(doc, dct, use_entities)):
        ctx = _context(doc, dct, cand.start, cand.end, anchors if resolve_anaphora else [])
        result = cand.rule.resolve(cand.match, ctx)
        if result is None:
            continue
        resolved.append((cand.start, cand.end, result))
        if result.type == "DATE" and result.anchor and CALENDAR_VALUE.match(result.value):
            anchors.append(result.value)
    out = []
    for start, end, result in resolved:
        value = result.value
        if result.needs_day:
            value = _day_for_clock(doc, start, resolved, dct) + value
        timex = Timex(text=doc.text[start:end], type=result.type, value=value, mod=result.mod,
                      start=start, end=end)
        out.append((timex, result.basis))
    return out
