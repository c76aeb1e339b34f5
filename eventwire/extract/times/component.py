"""The ``eventwire_times`` spaCy component: TIMEX3 finding and normalization.

Reads ``doc._.published`` (the DCT, ``YYYY-MM-DD`` or None) and writes ``doc._.timexes``, a
list of ``eventwire.models.Timex`` sorted by ``start`` with ``doc.text[start:end] == text``.

How it works
    1. Every rule of ``rules.RULES`` (compiled regular expressions) is run over ``doc.text``
       (only in windows around the hits of the rule's cheap trigger words, see
       ``rules.rule_matches``; the text, its lowercase copy and the parse checks are read
       once per document); each match passes a false-positive filter. The model's DATE/TIME entities are the
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
       "a year ago", "year-earlier" and "the year-ago quarter" within QUARTER_REACH
       characters of a named quarter mean that quarter a year back.
    4. Clock times ("3 p.m.") take the date of the nearest day-valued DATE in their sentence,
       else, in a past-tense clause, the last day the narrative named before them, else the
       DCT; a clock time right before a named day ("10 p.m. Monday") becomes one TIME with it.
    5. ``Timex.anchor`` records what the value came from: "absolute", "dct", "narrative"
       or "unknown_dct".

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
      PAST_REF, FUTURE_REF; vague "years ago" → PAST_REF; "for years" → DURATION ``PXY``;
      "in recent weeks", "in coming months" → DURATION ``PXW`` / ``PXM``.
    * "two weeks after the vote" → DURATION ``P2W`` ("after" is a signal); "two and a half
      years" → ``P2Y6M``; "in the past year" → last year, "for the past year" → ``P1Y``;
      "the year ended June 30" → ``P1Y``; "for the full year" → the DCT's year.
    * See docs/time.md ("Conventions added for issue 6") for the full list.
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
from eventwire.extract.times.rules import RULES, AcceptContext, Context, Resolved, Rule, rule_matches
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


def _accept_context(doc: Doc, text: str, use_entities: bool) -> AcceptContext:
    ranges = _entity_ranges(doc) if use_entities else []

    def in_date_entity(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in ranges)

    return AcceptContext(text=text, in_date_entity=in_date_entity)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _tense_fn(doc: Doc, start: int, end: int, parsed: bool):
    """A lazy tense lookup for the span ``start:end`` of ``doc`` (``parsed``: has a parse)."""
    def lookup() -> str | None:
        if not parsed:
            return None
        span = doc.char_span(start, end, alignment_mode="expand")
        return tense_for(span.root) if span is not None and len(span) else None
    return lookup


@dataclass
class _DocView:
    """What the finder reads from a Doc, computed once (``doc.text`` and the annotation
    checks walk every token, so they must not be asked per match)."""

    doc: Doc
    text: str
    lower: str
    parsed: bool
    has_sentences: bool

    @classmethod
    def of(cls, doc: Doc) -> "_DocView":
        text = doc.text
        parsed = _is_parsed(doc)
        has_sentences = parsed or doc.has_annotation("SENT_START")
        return cls(doc, text, text.lower(), parsed, has_sentences)


def _is_parsed(doc: Doc) -> bool:
    """True when the parser ran (checked on the ends of the doc: ``has_annotation`` walks it all)."""
    return len(doc) > 0 and (doc[0].dep != 0 or doc[len(doc) - 1].dep != 0)


def _context(view: _DocView, dct, start: int, end: int, anchors: list[str],
             recent_quarter: str | None = None) -> Context:
    return Context(text=view.text, dct=dct, tense_fn=_tense_fn(view.doc, start, end, view.parsed),
                   anchors=anchors, recent_quarter=recent_quarter)


QUARTER_VALUE = re.compile(r"^\d{4}-Q[1-4]$")
QUARTER_REACH = 600  # characters back within which "a year ago" refers to a named quarter


def _recent_quarter(quarters: list[tuple[int, str]], start: int) -> str | None:
    """The latest quarter named within QUARTER_REACH characters before ``start``."""
    for end, value in reversed(quarters):
        if start - end <= QUARTER_REACH:
            return value
        break
    return None


def _anchor_kind(result: Resolved, ctx: Context, dct) -> str:
    """What the value was resolved against: 'absolute', 'narrative', 'dct' or 'unknown_dct'."""
    if result.basis == "explicit":
        return "absolute"
    if ctx.used_anchor:
        return "narrative"
    return "dct" if dct is not None else "unknown_dct"


# A clock time directly followed by a named day: "10 p.m. Wednesday", "noon Thursday",
# "4 a.m. EDT Thursday", "5 p.m. EST, Nov. 6" are one TIME; "10:30 p.m. on Monday" and
# "noon yesterday" stay two.
CLOCK_DAY_GAP = re.compile(r"^\s*(?:[A-Z]{2,4},?\s+)?$")


def _candidates(view: _DocView, dct, use_entities: bool) -> list[_Candidate]:
    """Every accepted, resolvable rule match (overlaps included)."""
    accept_ctx = _accept_context(view.doc, view.text, use_entities)
    found = []
    windows: dict = {}
    for priority, rule in enumerate(RULES):
        for match in rule_matches(rule, view.text, view.lower, windows):
            start, end = _trimmed(view.text, match.start(), match.end())
            if end <= start or not rule.accept(match, accept_ctx):
                continue
            if rule.resolve(match, _context(view, dct, start, end, [])) is None:
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


def _sentence_bounds(view: _DocView, start: int) -> tuple[int, int]:
    if not view.has_sentences:
        return 0, len(view.text)
    span = view.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return 0, len(view.text)
    sent: Span = span[0].sent
    return sent.start_char, sent.end_char


def _day_for_clock(view: _DocView, start: int, resolved: list[tuple[int, int, Resolved]], dct,
                   tense: str | None = None) -> str:
    """The date a clock time belongs to: the nearest day-valued DATE in its sentence; in a
    past-tense clause without one, the last day the narrative named before it; else the DCT."""
    low, high = _sentence_bounds(view, start)
    days = [(abs(s - start), r.value) for s, e, r in resolved
            if low <= s < high and r.type == "DATE" and DAY_VALUE.match(r.value)]
    if days:
        return min(days)[1]
    earlier = [r.value for s, e, r in resolved
               if s < start and r.type == "DATE" and DAY_VALUE.match(r.value) and r.anchor
               and tense == "past"]
    if earlier:
        return earlier[-1]  # the day the narrative is on ("... on Friday. At 10 p.m., ...")
    return nz.day_value(dct)


def find_timexes(
    doc: Doc, use_entities: bool = True, resolve_anaphora: bool = True
) -> list[tuple[Timex, str]]:
    """All time expressions of ``doc`` as (Timex, basis) pairs sorted by start.

    ``basis`` is "explicit" for absolute expressions and "relative" for values computed
    from the DCT or from an earlier date of the narrative.
    """
    dct = nz.parse_dct(doc._.published)
    view = _DocView.of(doc)
    anchors: list[str] = []
    quarters: list[tuple[int, str]] = []
    resolved: list[tuple[int, int, Resolved]] = []
    kinds: dict[int, str] = {}
    for cand in _select(_candidates(view, dct, use_entities)):
        recent = _recent_quarter(quarters, cand.start) if resolve_anaphora else None
        ctx = _context(view, dct, cand.start, cand.end, anchors if resolve_anaphora else [], recent)
        result = cand.rule.resolve(cand.match, ctx)
        if result is None:
            continue
        resolved.append((cand.start, cand.end, result))
        kinds[cand.start] = _anchor_kind(result, ctx, dct)
        if result.type == "DATE" and result.anchor and CALENDAR_VALUE.match(result.value):
            anchors.append(result.value)
        if result.type == "DATE" and result.anchor and QUARTER_VALUE.match(result.value):
            quarters.append((cand.end, result.value))
    out = []
    for start, end, result, kind in _merge_clock_and_day(view.text, resolved, kinds):
        value = result.value
        if result.needs_day:
            tense = _tense_fn(view.doc, start, end, view.parsed)()
            value = _day_for_clock(view, start, resolved, dct, tense) + value
        if kind != "absolute" and "X" in value[:4] and dct is None and not value.startswith("P"):
            kind = "unknown_dct"
        timex = Timex(text=view.text[start:end], type=result.type, value=value, mod=result.mod,
                      anchor=kind, start=start, end=end)
        out.append((timex, result.basis))
    return out


def _merge_clock_and_day(
    text: str, resolved: list[tuple[int, int, Resolved]], kinds: dict[int, str]
) -> list[tuple[int, int, Resolved, str]]:
    """Join "10 p.m." and a day-valued DATE right after it into one TIME ("10 p.m. Wednesday")."""
    out: list[tuple[int, int, Resolved, str]] = []
    skip = False
    for i, (start, end, result) in enumerate(resolved):
        if skip:
            skip = False
            continue
        nxt = resolved[i + 1] if i + 1 < len(resolved) else None
        if (result.needs_day and nxt is not None and nxt[2].type == "DATE"
                and DAY_VALUE.match(nxt[2].value) and CLOCK_DAY_GAP.match(text[end:nxt[0]])
                and text[nxt[0]].isupper()):
            day = nxt[2]
            merged = Resolved("TIME", day.value + result.value, result.mod, day.basis, anchor=False)
            out.append((start, nxt[1], merged, kinds.get(nxt[0], "dct")))
            skip = True
            continue
        out.append((start, end, result, kinds.get(start, "dct")))
    return out
