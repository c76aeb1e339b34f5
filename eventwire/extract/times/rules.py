"""Regular-expression rules that find time expressions and say how to normalize them.

Each ``Rule`` has a compiled pattern, an ``accept`` check (context filters against false
positives such as "May" the modal, "protesters march", "2000 troops", "Sunday Times") and a
``resolve`` function that turns the match into (type, value, mod, basis) given a ``Context``
(the DCT, the governing tense and the narrative anchors). Spans never include a leading
preposition: "on Tuesday" yields the timex "Tuesday".
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from eventwire.extract.times import normalize as nz

# ---------------------------------------------------------------- vocabulary as patterns

FULL_MONTH = r"January|February|March|April|May|June|July|August|September|October|November|December"
ABBR_MONTH = r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?"
MONTH = rf"(?P<month>{FULL_MONTH}|{ABBR_MONTH}|(?:{FULL_MONTH.upper()}))"
BARE_MONTH = rf"(?P<month>{FULL_MONTH})"
# Weekday names are matched in any case: a sentence-cased headline ("police clash on sunday")
# keeps its date. Month names are not ("may", "march" are words).
WEEKDAY = r"(?P<wd>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
YEAR = r"(?P<y>(?:1[6-9]|20)\d\d)"
DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
NUM_WORDS = (
    r"\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"a hundred|hundred|a dozen|dozen|a couple of|couple of|several|a few|few|many|some"
)
NUM = rf"(?P<num>(?i:{NUM_WORDS}))"
UNIT = r"(?P<unit>(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|quarters(?!\s+of\b)))"
MOD = (
    r"\b(?P<mod>(?i:the\s+(?:very\s+)?(?:end|beginning|start|middle)\s+of|"
    r"(?:end|beginning|start|middle)\s+of|early|late|mid|earlier|later))"
)
MOD_CODES = {
    "early": "START", "beginning": "START", "start": "START", "late": "END", "end": "END",
    "mid": "MID", "middle": "MID", "earlier": None, "later": None,
}
APPROX = r"(?:(?P<approx>(?i:about|around|nearly|almost|some|roughly|approximately|more than|less than|at least|just over|just under))\s+)?"
APPROX_CODES = {
    "about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "less than": "LESS_THAN", "just under": "LESS_THAN", "more than": "MORE_THAN",
    "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "just over": "MORE_THAN",
}
PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

# Words before a bare year or month that make it temporal ("in 2019", "since March").
TEMPORAL_CUES = {
    "post", "pre",
    "in", "since", "by", "until", "till", "through", "during", "from", "to", "of", "before",
    "after", "last", "next", "this", "early", "late", "mid", "around", "between", "and",
    "or", "throughout", "for", "on", "spring", "summer", "autumn", "fall", "winter", "as",
    "circa", "end", "beginning", "start", "middle", "following", "previous", "past", "that",
}
# Words before a number that make it a quantity, not a year ("some 1999 ballots").
QUANTITY_WORDS = {"some", "about", "nearly", "almost", "roughly", "approximately", "only", "just",
                  "than", "least", "total", "additional", "another", "extra"}
# The stricter list for "May" and "March", which are also a modal and a verb/noun.
STRICT_MONTH_CUES = {
    "in", "since", "by", "until", "till", "through", "during", "from", "of", "before", "after",
    "early", "late", "mid", "last", "next", "this", "end", "beginning", "start", "middle",
    "throughout", "between", "around", "circa",
}
NAME_FOLLOWERS_OK = set(nz.MONTHS)  # "Tuesday, June 4" is a date, "Sunday Times" is not


@dataclass
class Resolved:
    """What a rule made of a match."""

    type: str
    value: str
    mod: str | None = None
    basis: str = "explicit"       # "explicit" (absolute) or "relative" (needs DCT/anchor)
    needs_day: bool = False       # a clock time whose date is filled in afterwards
    anchor: bool = True           # may serve as the antecedent of "the same day"


@dataclass
class Context:
    """What a rule may consult while resolving one match."""

    text: str
    dct: date | None
    tense_fn: Callable[[], str | None]
    anchors: list[str] = field(default_factory=list)
    recent_quarter: str | None = None   # a quarter named shortly before ("third quarter")
    used_anchor: bool = False           # set when the value came from the narrative
    _tense: str | None = None
    _tense_done: bool = False

    @property
    def tense(self) -> str | None:
        if not self._tense_done:
            self._tense = self.tense_fn()
            self._tense_done = True
        return self._tense

    def anchor_for(self, unit: str) -> str | None:
        """The latest narrative date that can be shifted by ``unit``."""
        for value in reversed(self.anchors):
            if nz.add_to_value(value, 0, unit) is not None:
                self.used_anchor = True
                return value
        return None


@dataclass
class AcceptContext:
    """Context for the false-positive filters (no tense, no anchors)."""

    text: str
    in_date_entity: Callable[[int, int], bool]


@dataclass(frozen=True)
class Rule:
    """A pattern, its resolver and filter, and an optional cheap ``trigger``.

    With a trigger the full pattern is only tried in a window around each trigger hit
    (``TRIGGER_BACK`` characters before, ``TRIGGER_FORWARD`` after): most of a news text
    holds no time expression, and the patterns with optional leading modifiers are costly
    to try at every position.
    """

    name: str
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], Context], Resolved | None]
    accept: Callable[[re.Match[str], AcceptContext], bool] = lambda m, a: True
    trigger: re.Pattern[str] | tuple[str, ...] | None = None
    window: tuple[int, int] = (50, 40)  # characters scanned before and after a trigger hit


TRIGGER_BACK = 50
TRIGGER_FORWARD = 40


def _hits(trigger: re.Pattern[str] | tuple[str, ...], text: str, lower: str) -> list[tuple[int, int]]:
    """(start, end) of every trigger hit: regex hits, or ``str.find`` of lowercase words."""
    if isinstance(trigger, re.Pattern):
        return [hit.span() for hit in trigger.finditer(text)]
    hits = []
    for word in trigger:
        haystack = lower if word.islower() else text  # capitalised words are searched as written
        at = haystack.find(word)
        while at >= 0:
            hits.append((at, at + len(word)))
            at = haystack.find(word, at + 1)
    return sorted(hits)


def _windows(hits: list[tuple[int, int]], text: str, back: int, forward: int) -> list[tuple[int, int]]:
    """Merged character windows around trigger hits, each starting at a word."""
    windows: list[tuple[int, int]] = []
    for start, end in hits:
        low = max(0, start - back)
        if low:
            low = text.rfind(" ", 0, low) + 1
        high = min(len(text), end + forward)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(high, windows[-1][1]))
        else:
            windows.append((low, high))
    return windows


def rule_matches(rule: Rule, text: str, lower: str | None = None,
                 cache: dict | None = None) -> list[re.Match[str]]:
    """Every match of ``rule`` in ``text`` (windowed around trigger hits when it has one).

    ``lower`` is ``text.lower()`` and ``cache`` a dict kept for one document, so that the
    lowercase copy and the windows of a trigger shared by several rules are made once.
    """
    if rule.trigger is None:
        return list(rule.pattern.finditer(text))
    cache = {} if cache is None else cache
    key = (id(rule.trigger), rule.window)
    if key not in cache:
        hits = _hits(rule.trigger, text, text.lower() if lower is None else lower)
        cache[key] = _windows(hits, text, *rule.window)
    return [match for low, high in cache[key] for match in rule.pattern.finditer(text, low, high)]


# ---------------------------------------------------------------- helpers


def _word_before(text: str, start: int) -> str:
    match = re.search(r"([A-Za-z]+)[\s-]*$", text[max(0, start - 30):start])
    return match.group(1).lower() if match else ""


def _word_after(text: str, end: int) -> str:
    match = re.match(r"\s+([A-Za-z'’]+)", text[end:end + 30])
    return match.group(1) if match else ""


def _month_number(name: str) -> int:
    return nz.MONTHS[name.lower().rstrip(".")]


def _mod_code(raw: str | None) -> str | None:
    if not raw:
        return None
    words = raw.lower().split()
    key = next((w for w in words if w in MOD_CODES), words[-1])
    return MOD_CODES.get(key)


def _year(raw: str) -> int:
    return int(raw)


def _approx(m: re.Match[str]) -> str | None:
    raw = m.groupdict().get("approx")
    return APPROX_CODES.get(" ".join(raw.lower().split())) if raw else None


def _amount(raw: str) -> int | str | None:
    if re.fullmatch(r"\d+\.\d+", raw):
        return None
    return nz.number_value(raw)


# ---------------------------------------------------------------- resolvers


def _full_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    month = _month_number(m.group("month"))
    day = int(m.group("d"))
    if not 1 <= day <= 31:
        return None
    if m.group("y"):
        if nz.safe_date(int(m.group("y")), month, day) is None:
            return None
        return Resolved("DATE", f"{int(m.group('y')):04d}-{month:02d}-{day:02d}")
    return Resolved("DATE", nz.infer_month_day(month, day, ctx.dct, ctx.tense), basis="relative")


def _accept_day_first(m: re.Match[str], a: AcceptContext) -> bool:
    """A day-first date needs a day number between 1 and 31."""
    return 1 <= int(m.group("d")) <= 31


def _iso_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if nz.safe_date(year, month, day) is None:
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}"
    if m.group("hh"):
        return Resolved("TIME", f"{value}T{m.group('hh')}:{m.group('mm')}")
    return Resolved("DATE", value)


def _slash_date(m: re.Match[str], ctx: Context) -> Resolved | None:
    first, second, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if year < 100:
        year += 2000 if year < 50 else 1900
    month, day = (first, second) if first <= 12 else (second, first)
    if nz.safe_date(year, month, day) is None:
        return None
    return Resolved("DATE", f"{year:04d}-{month:02d}-{day:02d}")


def _week_of(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the week of March 6": the ISO week holding that day."""
    day = _full_date(m, ctx)
    if day is None:
        return None
    if day.value.startswith("X"):
        return Resolved("DATE", "XXXX-WXX", basis=day.basis)
    return Resolved("DATE", nz.week_value(date.fromisoformat(day.value)), basis=day.basis)


def _month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    return Resolved("DATE", nz.month_value(_year(m.group("y")), _month_number(m.group("month"))),
                    _mod_code(m.group("mod")))


def _accept_bare_month(m: re.Match[str], a: AcceptContext) -> bool:
    """A month named alone must have a modifier or a temporal cue before it."""
    if m.group("mod") or m.group("rel"):
        return True
    before = _word_before(a.text, m.start())
    if m.group("month") in ("May", "March"):
        return before in STRICT_MONTH_CUES
    if before in TEMPORAL_CUES:
        return True
    return a.in_date_entity(m.start(), m.end())


def _bare_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    month = _month_number(m.group("month"))
    rel = (m.group("rel") or "").lower()
    if rel in ("this", "that"):
        tense = "present" if rel == "this" else ctx.tense
        value = nz.infer_month(month, ctx.dct, tense) if rel == "that" else nz.month_value(
            ctx.dct.year if ctx.dct else None, month)
    elif rel in ("last", "next"):
        value = _last_next_month(month, ctx.dct, rel)
    else:
        value = nz.infer_month(month, ctx.dct, ctx.tense)
    return Resolved("DATE", value, _mod_code(m.group("mod")), basis="relative")


def _last_next_month(month: int, dct: date | None, rel: str) -> str:
    if dct is None:
        return nz.month_value(None, month)
    if rel == "last":
        year = dct.year if month < dct.month else dct.year - 1
    else:
        year = dct.year if month > dct.month else dct.year + 1
    return nz.month_value(year, month)


def _month_of_relative_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"January this year", "June last year", "March next year"."""
    offset = {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
    year = ctx.dct.year + offset if ctx.dct else None
    return Resolved("DATE", nz.month_value(year, _month_number(m.group("month"))),
                    _mod_code(m.group("mod")), basis="relative")


def _accept_year(m: re.Match[str], a: AcceptContext) -> bool:
    """"in 2019", "mid-2019", "the 2019 election" yes; "2000 troops", "$2019" no."""
    if m.group("mod"):
        return True
    before_char = a.text[max(0, m.start() - 1):m.start()]
    if before_char in ("$", "£", "€", "#", ".", ",", "/"):
        return False
    after = a.text[m.end():m.end() + 2]
    if after[:1] in ("%",) or re.match(r",\d|\.\d", after):
        return False
    next_word = _word_after(a.text, m.end()).lower()
    if next_word in ("percent", "per", "people", "troops", "soldiers", "dollars", "euros", "km", "metres", "meters", "feet", "votes"):
        return False
    before = _word_before(a.text, m.start())
    if before in TEMPORAL_CUES:
        return True
    if before in QUANTITY_WORDS:
        return False
    return a.in_date_entity(m.start(), m.end())


def _year_rule(m: re.Match[str], ctx: Context) -> Resolved | None:
    return Resolved("DATE", nz.year_value(_year(m.group("y"))), _mod_code(m.group("mod")))


def _accept_fiscal(m: re.Match[str], a: AcceptContext) -> bool:
    """"changed from a fiscal year to a calendar year": an indefinite fiscal year is a kind of
    accounting period, not a time."""
    if m.group("y") or m.group("y2") or m.group("rel") or m.group(0).lower().startswith("the"):
        return True
    return _word_before(a.text, m.start()) not in ("a", "an", "each", "every", "per")


def _fiscal(m: re.Match[str], ctx: Context) -> Resolved | None:
    year_text = m.group("y") or m.group("y2")
    if year_text:
        return Resolved("DATE", nz.year_value(_year(year_text)))
    rel = (m.group("rel") or "").lower()
    shift = -1 if rel in ("last", "previous", "latest") else 1 if rel == "next" else 0
    year = ctx.dct.year + shift if ctx.dct else None
    return Resolved("DATE", nz.year_value(year), basis="relative")


# Words after which a bare "the year" is the current calendar year ("results for the year").
THE_YEAR_CUES = {"for", "in", "during", "through", "throughout", "by", "until", "till"}
# Nouns before "of the year" that cut a part out of the current year ("first nine months of
# the year", "the rest of the year"); "player of the year" is no date.
THE_YEAR_PARTS = {"months", "weeks", "days", "half", "quarter", "quarters", "part", "rest",
                  "remainder", "balance", "end", "start", "beginning", "middle", "close"}
THE_YEAR_NOT_AFTER = {"before", "after", "earlier", "later", "ago", "when", "that", "in",
                      "of", "which", "as", "since"}
YEAR_END_CUES = {"by", "at", "around", "before", "since", "until", "till", "through", "after",
                 "near", "toward", "towards"}


def _accept_the_year(m: re.Match[str], a: AcceptContext) -> bool:
    """"the full year", "the year ended June 30" always; a bare "the year" only after "for",
    "in", "during" ... or "months/rest/end of", and not before "before", "when", "that"."""
    if m.group("kind") or m.group("ended") is not None or m.group("mod"):
        return True
    if _word_after(a.text, m.end()).lower() in THE_YEAR_NOT_AFTER:
        return False
    before = _word_before(a.text, m.start())
    if before == "of":
        head = _word_before(a.text, a.text.rfind("of", 0, m.start()))
        return head in THE_YEAR_PARTS
    return before in THE_YEAR_CUES


def _the_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the year ended Sept. 30" is a fiscal span (``P1Y``); "the full year", "for the year"
    and "the end of the year" are the DCT's year."""
    if m.group("ended") is not None:
        return Resolved("DURATION", "P1Y", anchor=False)
    year = ctx.dct.year if ctx.dct else None
    return Resolved("DATE", nz.year_value(year), _mod_code(m.group("mod")), basis="relative",
                    anchor=False)


def _accept_year_end(m: re.Match[str], a: AcceptContext) -> bool:
    """"by year-end", "around year end": the noun after a preposition, not "year-end bonus"."""
    return _word_before(a.text, m.start()) in YEAR_END_CUES


def _year_end(m: re.Match[str], ctx: Context) -> Resolved | None:
    return Resolved("DATE", nz.year_value(ctx.dct.year if ctx.dct else None), "END",
                    basis="relative", anchor=False)


def _latest_period(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the latest period" in an earnings report: the quarter named before, else the last
    quarter completed before the DCT."""
    if ctx.recent_quarter:
        ctx.used_anchor = True
        return Resolved("DATE", ctx.recent_quarter, basis="relative", anchor=False)
    return Resolved("DATE", _shift_unit(ctx, "quarter", -1, False), basis="relative", anchor=False)


def _same_period_last_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the corresponding period last year", "the quarter a year ago": the quarter named
    before it, a year back; without one, last year."""
    if ctx.recent_quarter:
        ctx.used_anchor = True
        return Resolved("DATE", nz.shift_quarter(ctx.recent_quarter, -4), basis="relative", anchor=False)
    return Resolved("DATE", nz.year_value(ctx.dct.year - 1 if ctx.dct else None), basis="relative",
                    anchor=False)


def _decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m.group("dec"):
        value = m.group("dec")
    else:
        digit = int(m.group("d2"))
        century = "19" if digit >= 3 else "20"
        value = f"{century}{digit}"
    return Resolved("DATE", value, _mod_code(m.group("mod")))


DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}


def _decade_word(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the nineties" → ``199``, "the eighteen-eighties" → ``188`` (the 1900s unless named)."""
    century = "18" if (m.group("cent") or "").lower() == "eighteen" else "19"
    value = f"{century}{DECADE_WORDS[m.group('dw').lower()]}"
    return Resolved("DATE", value, _mod_code(m.group("mod")))


def _accept_decade_word(m: re.Match[str], a: AcceptContext) -> bool:
    """"the nineties", "the mid-eighties", "nineteen-sixties" yes; "in his forties" (an age) no."""
    return bool(m.group("cent")) or m.group(0).lower().startswith("the")


def _ordinal_century(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the 20th century" → ``19`` (TIMEX3 writes a century as its first two digits)."""
    number = int(m.group("n"))
    if not 1 <= number <= 30:
        return None
    return Resolved("DATE", f"{number - 1:02d}", _mod_code(m.group("mod")))


def _accept_weekday(m: re.Match[str], a: AcceptContext) -> bool:
    """Reject names like "Sunday Times" / "Bloody Sunday Inquiry": a capitalised word follows."""
    if m.group("pod"):
        return True
    if _word_before(a.text, m.start()) in ("on", "last", "next", "this", "by", "until", "since", "from"):
        return True
    following = _word_after(a.text, m.end())
    if following and following[0].isupper() and following.lower().rstrip(".") not in NAME_FOLLOWERS_OK:
        return False
    return not _word_before(a.text, m.start()) in ("bloody", "super", "black", "cyber", "palm", "easter")


def _weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    weekday = nz.WEEKDAYS[m.group("wd").lower()]
    rel = (m.group("rel") or "").lower()
    tense = {"last": "past", "past": "past", "next": "future", "coming": "future",
             "this": "present"}.get(rel) or _possessive_tense(m, ctx) or ctx.tense
    value = nz.weekday_date(weekday, ctx.dct, tense)
    if rel == "next" and ctx.dct is not None:
        value = nz.day_value(nz.shift_days(ctx.dct, 7 + weekday - ctx.dct.weekday()))
    if rel == "last" and ctx.dct is not None and value == ctx.dct.isoformat():
        value = nz.day_value(nz.shift_days(ctx.dct, -7))
    if ctx.dct is None:
        value = f"XXXX-WXX-{weekday + 1}"
    pod = (m.group("pod") or "").lower()
    if pod:
        return Resolved("TIME", value + "T" + PART_OF_DAY[pod], basis="relative")
    return Resolved("DATE", value, _mod_code(m.group("mod")), basis="relative")


POSSESSIVE = re.compile(r"['’]s?\b")


AHEAD_OF = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+advance\s+of)\s+$", re.IGNORECASE)


def _possessive_tense(m: re.Match[str], ctx: Context) -> str | None:
    """"Friday's vote", "Tuesday's ruling": a news report names a day by its event once the
    event has happened, so a possessive weekday is read as the latest such day (past);
    "ahead of Sunday's election" looks forward."""
    if not POSSESSIVE.match(ctx.text, m.end()):
        return None
    return "future" if AHEAD_OF.search(ctx.text[max(0, m.start() - 30):m.start()]) else "past"


def _accept_deictic_day(m: re.Match[str], a: AcceptContext) -> bool:
    """"USA Today", "VOA Today" (a capitalised word right before "Today") are names; "the
    leaders of tomorrow" is the future in general, not the day after the report."""
    start = m.start()
    word = m.group(0)
    if word[:1].isupper() and re.search(r"[A-Z][\w.]*[A-Za-z] $", a.text[max(0, start - 20):start]) \
            and not _sentence_initial(a.text, start):
        return False
    return not (word.lower() == "tomorrow" and _word_before(a.text, start) == "of")


def _deictic_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = " ".join(m.group("word").lower().split())
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
               "the day before yesterday": -2, "the day after tomorrow": 2}
    day = nz.day_value(nz.shift_days(ctx.dct, offsets[word]))
    pod = (m.group("pod") or "").lower()
    if word == "tonight":
        pod = "night"
    if pod:
        return Resolved("TIME", f"{day}T{PART_OF_DAY[pod]}", basis="relative")
    return Resolved("DATE", day, basis="relative")


def _this_part_of_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    phrase = " ".join(m.group(0).lower().split())
    pod = phrase.split()[-1]
    offset = -1 if phrase.startswith("last") else 0
    return Resolved("TIME", f"{nz.day_value(nz.shift_days(ctx.dct, offset))}T{PART_OF_DAY[pod]}",
                    basis="relative")


def _overnight(m: re.Match[str], ctx: Context) -> Resolved | None:
    offset = 0 if ctx.tense == "future" else -1
    return Resolved("TIME", f"{nz.day_value(nz.shift_days(ctx.dct, offset))}TNI", basis="relative")


def _shift_unit(ctx: Context, unit: str, offset: int, anaphoric: bool, week_grain: bool = True) -> str:
    """Value of the ``unit`` period ``offset`` away from the anchor (anaphoric) or the DCT.

    A week shift of a day anchor stays a day when ``week_grain`` is False ("a week later").
    """
    if anaphoric:
        anchor = ctx.anchor_for(unit)
        if anchor is not None:
            shifted = nz.add_to_value(anchor, offset, unit)
            if shifted is not None:
                if unit == "week" and len(shifted) == 10 and week_grain:
                    return nz.week_value(date.fromisoformat(shifted))
                return shifted
    dct = ctx.dct
    if unit == "day":
        return nz.day_value(nz.shift_days(dct, offset))
    if unit == "week":
        return nz.week_value(nz.shift_days(dct, 7 * offset))
    if unit == "month":
        shifted = nz.shift_months(dct, offset)
        return nz.month_value(*shifted) if shifted else "XXXX-XX"
    if unit == "year":
        return nz.year_value(dct.year + offset if dct else None)
    if unit == "quarter":
        year, quarter = nz.quarter_of(dct)
        if year is not None and isinstance(quarter, int):
            index = year * 4 + quarter - 1 + offset
            year, quarter = index // 4, index % 4 + 1
        return nz.quarter_value(year, quarter)
    if unit == "decade":
        return f"{(dct.year // 10 + offset):03d}" if dct else "XXX"
    if unit == "century":
        return f"{(dct.year // 100 + offset):02d}" if dct else "XX"
    return "XXXX"


# Prepositions whose complement is a stretch of time: "for the past decade" is ``P10Y``,
# while "in the past year" and "over the last week" name the previous year / week.
DURATION_PREPOSITIONS = {"for", "throughout"}

REL_OFFSETS = {
    "last": -1, "past": -1, "previous": -1, "the previous": -1, "the prior": -1, "prior": -1,
    "next": 1, "coming": 1, "the coming": 1, "the next": 1, "the following": 1, "following": 1,
    "this": 0, "current": 0, "the current": 0, "the same": 0, "that": 0, "that same": 0,
    "the latest": -1, "the present": 0, "this past": -1, "the past": -1, "the last": -1,
}
ANAPHORIC = {"the previous", "previous", "the prior", "prior", "the next", "the following",
             "following", "the same", "that", "that same"}


LINE_START = re.compile(r"(?:^|\n)[ \t]*$")


def _accept_relative_period(m: re.Match[str], a: AcceptContext) -> bool:
    """"This Week" or "Next Year" with a capitalised unit is a title (a TV show), unless it
    starts a line (a title-case headline) or is all capitals."""
    unit = m.group("unit")
    if not unit[:1].isupper() or unit.isupper():
        return True
    return bool(LINE_START.search(a.text[max(0, m.start() - 20):m.start()]))


def _relative_period(m: re.Match[str], ctx: Context) -> Resolved | None:
    rel = " ".join(m.group("rel").lower().split())
    unit = nz.unit_name(m.group("unit"))
    mod = _mod_code(m.group("mod"))
    if rel in ("the past", "the last"):
        if unit in ("morning", "afternoon", "evening", "night"):
            return None
        if _word_before(ctx.text, m.start()) in DURATION_PREPOSITIONS:
            return Resolved("DURATION", nz.duration_value(1, unit), mod)  # "for the past year"
    if unit in nz.SEASONS or unit == "autumn":
        return Resolved("DATE", _season(unit, rel, ctx.dct), mod, basis="relative")
    if unit in ("morning", "afternoon", "evening", "night"):
        offset = REL_OFFSETS.get(rel, 0)
        day = _shift_unit(ctx, "day", offset, rel in ANAPHORIC)
        return Resolved("TIME", f"{day}T{PART_OF_DAY[unit]}", basis="relative")
    if unit == "weekend":
        offset = {"last": -1, "next": 1}.get(rel, 0)
        return Resolved("DATE", nz.weekend_value(ctx.dct, ctx.tense if rel in ("the", "over the") else None, offset),
                        basis="relative")
    if rel == "the":
        if unit != "quarter":
            return None
        if ctx.recent_quarter:
            ctx.used_anchor = True
            return Resolved("DATE", ctx.recent_quarter, mod, basis="relative", anchor=False)
        offset = 0 if ctx.tense in ("present", "future") else -1
        return Resolved("DATE", _shift_unit(ctx, "quarter", offset, False), mod, basis="relative")
    value = _shift_unit(ctx, unit, REL_OFFSETS[rel], rel in ANAPHORIC)
    return Resolved("DATE", value, mod, basis="relative")


def _season(season: str, rel: str, dct: date | None) -> str:
    code = nz.SEASONS[season]
    if dct is None:
        return f"XXXX-{code}"
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    year = dct.year
    if rel in ("last", "this past", "past", "the past", "the last"):
        year = dct.year if dct.month >= start_month + 3 else dct.year - 1
    elif rel in ("next", "coming", "the coming"):
        year = dct.year if dct.month < start_month else dct.year + 1
    return f"{year:04d}-{code}"


SEASON_CUES = {"in", "during", "through", "throughout", "since", "until", "by", "over", "for",
               "before", "after", "of", "this", "that", "early", "late", "mid"}


def _accept_bare_season(m: re.Match[str], a: AcceptContext) -> bool:
    """"in the summer", "during the early spring", "by summer" — not "Arab Spring" or
    "summer camp" without a temporal preposition."""
    if m.group("mod"):
        return True
    return _word_before(a.text, m.start()) in SEASON_CUES


def _bare_season(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the summer" by tense: past → the latest summer begun by the DCT, future → the next
    one not yet over, otherwise the DCT's year."""
    code = nz.SEASONS[m.group("season").lower()]
    return Resolved("DATE", nz.season_value(code, ctx.dct, ctx.tense), _mod_code(m.group("mod")),
                    basis="relative")


def _weekend(m: re.Match[str], ctx: Context) -> Resolved | None:
    rel = " ".join(m.group("rel").lower().split())
    offset = {"last": -1, "next": 1}.get(rel, 0)
    tense = ctx.tense if rel in ("the", "over the") else ("present" if rel == "this" else None)
    return Resolved("DATE", nz.weekend_value(ctx.dct, tense, offset), basis="relative")


def _ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    amount = _amount(m.group("num"))
    unit = nz.unit_name(m.group("unit"))
    direction = " ".join(m.group("dir").lower().split())
    if amount is None:
        return None
    if amount == "X":
        ref = "PAST_REF" if direction in ("ago", "earlier", "before") else "FUTURE_REF"
        return Resolved("DATE", ref, _approx(m), basis="relative", anchor=False)
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    if unit == "year" and amount == 1 and sign < 0 and ctx.recent_quarter:
        ctx.used_anchor = True  # results "a year ago" next to "the third quarter": that quarter
        return Resolved("DATE", nz.shift_quarter(ctx.recent_quarter, -4), _approx(m), basis="relative",
                        anchor=False)
    if direction in ("ago", "from now", "hence"):
        value = nz.relative_value(ctx.dct, sign * amount, unit)
    else:
        value = _shift_unit(ctx, unit if unit in ("day", "week", "month", "year") else "day",
                            sign * amount, anaphoric=True, week_grain=False)
    return Resolved("DATE", value, _approx(m), basis="relative")


def _the_day_before(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m.group("dir").lower()
    offset = -1 if word in ("before", "earlier") else 1
    return Resolved("DATE", _shift_unit(ctx, "day", offset, anaphoric=True), basis="relative")


# A rate: a quantity, at most two words, then "a/per <unit>" or "annually" ("$2 million a
# year", "700 seats a week", "8.5% annually", "24 hours a day"). The unit there is the
# denominator of a measure, not a time of the story.
RATE_QUANTITY = re.compile(
    r"(?:\d[\d,.]*\s*%?|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|"
    r"thousand|million|billion|trillion|percent|cents?|dollars?))"
    r"(?:\s+(?P<between>[a-z]+)){0,2}\s*$"
)
RATE_BREAKERS = {"in", "for", "within", "after", "before", "over", "than", "of", "about", "ago",
                 "from", "since", "during", "by", "to", "and", "or", "the", "a", "an", "this",
                 "last", "next", "that", "more", "less", "at", "on", "until", "through", "with",
                 "without", "into", "under", "as", "like", "is", "was", "are", "were", "be",
                 "been", "has", "have", "had", "took", "take", "takes", "spent", "spend",
                 "lasted", "lasts", "only", "just", "nearly", "almost", "when", "then"}
YEAR_LIKE = re.compile(r"(?:1[6-9]|20)\d\d")


def _is_year_number(text: str, start: int) -> bool:
    """True when the number at ``start`` reads as a year ("in 2024 with a minute of ..."),
    not an amount ("$2024", "2,024")."""
    token = text[start:].split()[0] if text[start:].split() else ""
    return bool(YEAR_LIKE.fullmatch(token)) and text[max(0, start - 1):start] not in ("$", ",", ".")
RATE_FOLLOWER = re.compile(r"\s+(?i:a|an|per)\s+(?i:day|week|month|year|hour)\b")


def _after_quantity(text: str, start: int) -> bool:
    """True when a quantity ends just before ``start``: "$500 million | a year"."""
    before = text[max(0, start - 40):start]
    match = RATE_QUANTITY.search(before)
    if match is None or _is_year_number(before, match.start()):
        return False
    words = re.findall(r"[a-z]+", before[match.end(0) - len(match.group(0)):].lower())
    return not any(w in RATE_BREAKERS for w in words)


def _accept_duration(m: re.Match[str], a: AcceptContext) -> bool:
    """"60 Minutes" (a capitalised unit after a lowercase start) is a title, not a span; the
    "a year" of "$2 million a year" and the "24 hours" of "24 hours a day" are rates."""
    unit = m.group("unit")
    if unit[:1].isupper() and not unit.isupper() and not m.group(0)[:1].isupper():
        return False
    if m.group("num").lower() in ("a", "an") and not m.group("approx") \
            and m.group(0).lower().startswith(("a ", "an ")) \
            and _word_after(a.text, m.end()).lower() not in ("after", "before", "later", "earlier") \
            and _after_quantity(a.text, m.start()):
        return False
    return not RATE_FOLLOWER.match(a.text, m.end())


# "Islam will one day be ...", "he hopes he one day follows ...": "one day" between a
# subject or modal and its verb means "some day", not a span of 24 hours.
SOMEDAY_BEFORE = {"will", "would", "could", "might", "may", "can", "shall", "should", "must",
                  "he", "she", "they", "we", "i", "you", "it"}


def _duration(m: re.Match[str], ctx: Context) -> Resolved | None:
    amount = _amount(m.group("num"))
    if amount is None:
        return None
    if m.group(0).lower() == "one day" and _word_before(ctx.text, m.start()) in SOMEDAY_BEFORE \
            and re.match(r"\s+[a-z]", ctx.text[m.end():m.end() + 3]):
        return Resolved("DATE", "PAST_REF" if ctx.tense == "past" else "FUTURE_REF", anchor=False)
    unit = nz.unit_name(m.group("unit"))
    if unit == "second" and m.group("num").lower() in ("a", "an"):
        return None  # "a second vote" is an ordinal, not a duration
    if m.group("half") or m.group("half2"):
        if not isinstance(amount, int):
            return None
        return Resolved("DURATION", nz.duration_and_half(amount, unit), _approx(m), anchor=False)
    return Resolved("DURATION", nz.duration_value(amount, unit), _approx(m), anchor=False)


def _vague_duration(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit = nz.unit_name(m.group("unit"))
    return Resolved("DURATION", nz.duration_value("X", unit), anchor=False)


SET_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "morning": "P1D",
             "night": "P1D", "evening": "P1D", "hour": "PT1H", "quarter": "P3M"}
SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
               "yearly": "P1Y", "nightly": "P1D", "hourly": "PT1H", "quarterly": "P3M"}


def _set_every(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m.group("wd"):
        return Resolved("SET", f"XXXX-WXX-{nz.WEEKDAYS[m.group('wd').lower()] + 1}", anchor=False)
    if m.group("month"):
        return Resolved("SET", nz.month_value(None, _month_number(m.group("month"))), anchor=False)
    unit = nz.unit_name(m.group("unit"))
    amount = _amount(m.group("num")) if m.group("num") else 1
    if amount is None:
        return None
    if amount != 1:
        return Resolved("SET", nz.duration_value(amount, unit), anchor=False)
    return Resolved("SET", SET_UNITS[unit], anchor=False)


def _season_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    code = nz.SEASONS[m.group("season").lower()]
    return Resolved("DATE", f"{_year(m.group('y')):04d}-{code}", _mod_code(m.group("mod")))


def _set_times(m: re.Match[str], ctx: Context) -> Resolved | None:
    return Resolved("SET", SET_UNITS[m.group("unit").lower()], anchor=False)


RATE_ADVERB_NEXT = {"", "through", "since", "for", "in", "over", "until", "and", "or", "while",
                   "from", "to", "at", "by", "on"}


def _accept_set_adverb(m: re.Match[str], a: AcceptContext) -> bool:
    """"rise 8.5% annually", "10,000 units annually": a rate after a quantity, not a SET."""
    if _word_after(a.text, m.end()).lower() not in RATE_ADVERB_NEXT:
        return True
    return not _after_quantity(a.text, m.start())


def _set_adverb(m: re.Match[str], ctx: Context) -> Resolved | None:
    return Resolved("SET", SET_ADVERBS[m.group(0).lower()], anchor=False)


def _quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m.groupdict().get("q"):
        quarter = int(m.group("q"))
    else:
        quarter = nz.ORDINALS[m.group("ord").lower()]
    if m.group("y"):
        return Resolved("DATE", nz.quarter_value(_year(m.group("y")), quarter))
    return Resolved("DATE", nz.quarter_value(nz.infer_quarter_year(quarter, ctx.dct, ctx.tense), quarter),
                    basis="relative")


YEAR_SHIFTS = {"year-ago": -1, "year-earlier": -1, "last year's": -1, "previous year's": -1,
               "next year's": 1, "this year's": 0}


def _period_of_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the 1988 second quarter", "the year-ago quarter", "next year's first quarter"."""
    pre = " ".join(m.group("pre").lower().split())
    recent = ctx.recent_quarter
    if m.group("ord"):
        quarter: int | None = nz.ORDINALS[m.group("ord").lower()]
    else:
        quarter = int(recent[6]) if recent else None
    if pre[:1].isdigit():
        year, basis = int(pre), "explicit"
    else:
        base = int(recent[:4]) if recent and pre in ("year-ago", "year-earlier") else (
            ctx.dct.year if ctx.dct else None)
        year, basis = (base + YEAR_SHIFTS[pre] if base is not None else None), "relative"
        ctx.used_anchor = recent is not None and base is not None and base != (ctx.dct.year if ctx.dct else None)
    shifted = pre in YEAR_SHIFTS and YEAR_SHIFTS[pre] != 0
    if quarter is None:
        return Resolved("DATE", nz.year_value(year), basis=basis, anchor=not shifted)
    return Resolved("DATE", nz.quarter_value(year, quarter), basis=basis, anchor=not shifted)


def _half(m: re.Match[str], ctx: Context) -> Resolved | None:
    half = 2 if m.group("ord").lower() == "last" else nz.ORDINALS[m.group("ord").lower()]
    year = _year(m.group("y")) if m.group("y") else (ctx.dct.year if ctx.dct else None)
    basis = "explicit" if m.group("y") else "relative"
    return Resolved("DATE", f"{nz.year_value(year)}-H{half}", basis=basis)


def _two_quarters(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the first two quarters of 1990" is that year's first half; "the last two" its second."""
    half = 1 if m.group("ord").lower() == "first" else 2
    return Resolved("DATE", f"{nz.year_value(_year(m.group('y')))}-H{half}")


def _clock(m: re.Match[str], ctx: Context) -> Resolved | None:
    groups = m.groupdict()
    hour = int(groups["h"])
    minute = int(groups.get("mi") or 0)
    marker = (groups.get("ap") or "").lower().replace(".", "")
    if marker == "pm" and hour < 12:
        hour += 12
    elif marker == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return Resolved("TIME", f"T{hour:02d}:{minute:02d}", _approx(m), basis="relative",
                    needs_day=True, anchor=False)


def _accept_noon(m: re.Match[str], a: AcceptContext) -> bool:
    """"high noon" is the idiom (or the film), not twelve o'clock."""
    return _word_before(a.text, m.start()) != "high"


def _noon(m: re.Match[str], ctx: Context) -> Resolved | None:
    clock = "T24:00" if m.group("word").lower() == "midnight" else "T12:00"
    return Resolved("TIME", clock, _approx(m), basis="relative", needs_day=True, anchor=False)


REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
        "nowadays": "PRESENT_REF", "recently": "PAST_REF", "the past": "PAST_REF",
        "the future": "FUTURE_REF", "soon": "FUTURE_REF", "recent years": "PAST_REF",
        "in recent years": "PAST_REF", "recent decades": "PAST_REF",
        "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
        "the short term": "FUTURE_REF", "a later date": "FUTURE_REF", "these days": "PRESENT_REF"}


# "soon after the vote", "soon afterwards": "soon" measures a gap from an event, it is no
# reference to the writer's future.
SOON_RELATIVE = {"after", "afterward", "afterwards", "thereafter", "before"}


def _ref(m: re.Match[str], ctx: Context) -> Resolved | None:
    phrase = " ".join(m.group(0).lower().split())
    if phrase == "soon" and ctx.tense == "past":
        return None  # "he was soon released": shortly after a past event, not FUTURE_REF
    return Resolved("DATE", REFS[phrase], anchor=False)


def _accept_ref(m: re.Match[str], a: AcceptContext) -> bool:
    """The "soon" of "as soon as" is a signal, that of "soon after X" measures a gap from X;
    "the future of X" is X's fate, not a time.

    "now that ..." stays a time reference (TimeBank marks its "now" PRESENT_REF).
    """
    phrase = m.group(0).lower()
    if phrase == "soon" and _word_before(a.text, m.start()) == "as" \
            and _word_after(a.text, m.end()).lower() == "as":
        return False
    if phrase == "soon" and _word_after(a.text, m.end()).lower() in SOON_RELATIVE:
        return False
    if phrase.endswith("future") and _word_after(a.text, m.end()).lower() == "of":
        return False
    if phrase == "now" and a.text[m.end():m.end() + 1] == "," and _sentence_initial(a.text, m.start()):
        return False  # "Now, the ministry says ...": a discourse marker, not the present
    return True


def _sentence_initial(text: str, start: int) -> bool:
    """True when only a sentence break, quote or line start precedes ``start``."""
    before = text[max(0, start - 4):start].rstrip(" \t\"'`“‘")
    return not before or before[-1] in ".!?:\n"


def _vague_span(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"in recent weeks", "in coming months": a stretch of unstated length → ``PXW``, ``PXM``."""
    unit = nz.unit_name(m.group("unit") or m.group("unit2") or m.group("unit3"))
    return Resolved("DURATION", nz.duration_value("X", unit), anchor=False)


def _at_the_time(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.anchors:
        return Resolved("DATE", ctx.anchors[-1], basis="relative")
    return Resolved("DATE", "PAST_REF", basis="relative", anchor=False)


def _holiday(m: re.Match[str], ctx: Context) -> Resolved | None:
    name = m.group("name")
    if m.group("y"):
        day = nz.holiday_date(name, _year(m.group("y")))
        return Resolved("DATE", day.isoformat()) if day else None
    value = nz.infer_holiday(name, ctx.dct, ctx.tense)
    if value is None:
        return Resolved("DATE", "XXXX-XX-XX", basis="relative")
    return Resolved("DATE", value, basis="relative")


def _spelled_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"nineteen ninety-six" → 1996, "two thousand and one" → 2001, "two thousand" → 2000;
    "January nineteen ninety-seven" → 1997-01, "the winter of nineteen ninety-four" → 1994-WI."""
    year = _spelled_year_value(m)
    if year is None:
        return None
    if m.group("smonth"):
        return Resolved("DATE", f"{year}-{_month_number(m.group('smonth')):02d}")
    if m.group("sseason"):
        return Resolved("DATE", f"{year}-{nz.SEASONS[m.group('sseason').lower()]}")
    return Resolved("DATE", year)


def _spelled_year_value(m: re.Match[str]) -> str | None:
    """The four digits of a spelled-out year match."""
    if m.group("millennium"):
        rest = m.group("rest")
        if not rest:
            return "2000"
        low = nz.spelled_two_digits(rest) if rest.lower() not in nz.SPELLED_UNITS else nz.SPELLED_UNITS[rest.lower()]
        return f"{2000 + low:04d}" if low is not None else None
    century = nz.SPELLED_TENS.get(m.group("century").lower())
    low = nz.spelled_two_digits(m.group("low"))
    if century is None or low is None:
        return None
    return f"{century * 100 + low:04d}"


def _accept_spelled_year(m: re.Match[str], a: AcceptContext) -> bool:
    """A spelled-out year needs "the year" or a temporal cue before it ("in nineteen ninety-six")."""
    if m.group(0).lower().startswith("the year") or m.group("smonth") or m.group("sseason"):
        return True
    return _word_before(a.text, m.start()) in TEMPORAL_CUES or a.in_date_entity(m.start(), m.end())


def _current(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"the current crisis" → PRESENT_REF; "the then-current price" looks back → PAST_REF."""
    if m.group(0).lower().startswith("then"):
        return Resolved("DATE", "PAST_REF", anchor=False)
    return Resolved("DATE", "PRESENT_REF", anchor=False)


def _accept_current(m: re.Match[str], a: AcceptContext) -> bool:
    """"the current crisis" is a time reference; "current account", "electric current" are not."""
    return _word_after(a.text, m.end()).lower() not in CURRENT_NOT_TEMPORAL


CURRENT_NOT_TEMPORAL = {"account", "accounts", "affairs", "events", "assets", "liabilities",
                        "flow", "flows", "", "of", "and", "is", "was", "in"}


def _year_ago_adjective(m: re.Match[str], ctx: Context) -> Resolved | None:
    """"year-ago results", "year-earlier profit": the named quarter a year back, else last year."""
    if ctx.recent_quarter:
        ctx.used_anchor = True
        return Resolved("DATE", nz.shift_quarter(ctx.recent_quarter, -4), basis="relative", anchor=False)
    return Resolved("DATE", nz.year_value(ctx.dct.year - 1 if ctx.dct else None), basis="relative",
                    anchor=False)


HOLIDAYS = (r"New\s+Year's\s+(?:Day|Eve)|Valentine's\s+Day|May\s+Day|Independence\s+Day|"
            r"Bastille\s+Day|Halloween|Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|Armistice\s+Day|"
            r"Veterans\s+Day|Thanksgiving(?:\s+Day)?|Labor\s+Day|Memorial\s+Day|"
            r"Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Election\s+Day")
SPELLED_LOW = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|"
               r"five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
               r"seventeen|eighteen|nineteen|oh[- ](?:one|two|three|four|five|six|seven|eight|nine))")


# ---------------------------------------------------------------- the rule table


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


END = r"(?![\w-])"
PARTS = r"(?P<pod>(?i:morning|afternoon|evening|night))"
REL_WORDS = (
    r"(?P<rel>(?i:the(?=\s+quarter\b)|the\s+previous|the\s+prior|the\s+coming|the\s+next|the\s+following|"
    r"the\s+current|the\s+same|that\s+same|the\s+latest|the\s+past|the\s+last|this\s+past|last|next|this|"
    r"past|previous|coming|current|following|that))"
)

# Cheap scans that every match of a rule must touch (see ``Rule.trigger``).
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_T = _MONTH_STEMS + tuple(stem.upper() for stem in _MONTH_STEMS)
WEEKDAY_T = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NAME_WINDOW = (30, 30)  # month and weekday names sit near the middle of their expressions
YEAR_T = _c(r"\b(?:1[6-9]|20)\d\d\b")
DECADE_T = ("0s", "0's")
FISCAL_T = ("fiscal",)
DEICTIC_T = ("yesterday", "today", "tomorrow", "tonight")
AGO_T = ("ago", "later", "earlier", "from now", "hence", "before", "after")
PLURAL_UNIT_T = ("years", "months", "weeks", "days", "decades", "hours")
PLURAL_WINDOW = (1, 10)  # "for years": the lookbehind sees the word before the window
Q_T = ("Q1", "Q2", "Q3", "Q4")
UNIT_WINDOW = (50, 14)  # the unit word ends these expressions ("three days from now")
UNIT_T = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "centur", "quarter",
          "spring", "summer", "autumn", "fall", "winter", "morning", "afternoon", "evening", "night")
EVERY_T = ("every", "each")
SEASON_T = ("spring", "summer", "autumn", "fall", "winter")
TIMES_T = ("once", "twice", "times")
QUARTER_T = ("quarter", "period")
HALF_T = ("half",)
CLOCK_T = _c(r"\d\s*[aApP]\.?[mM]")
CLOCK24_T = _c(r"\d:\d\d")
NOON_T = ("noon", "midday", "midnight")
REF_T = ("now", "currently", "recent", "future", "the past", "soon", "present", " term", "later date",
         "these days")

# "the year ended June 30", "the year to March" (fiscal spans); the lookahead keeps "ended ..."
# out of the span.
FISCAL_END = r"\s+(?:(?i:ended|ending)\s+(?!(?i:in|on|at)\b)\w|to\s+(?:end-)?[A-Z])"
THE_YEAR = (
    rf"(?:{MOD}\s+)?\b(?i:the)\s+"
    rf"(?:(?P<kind>(?i:full|calendar))[\s-]+|(?=(?i:fiscal)[\s-]+(?i:year){FISCAL_END}))?"
    r"(?:(?i:fiscal)[\s-]+)?(?i:year)(?![-\w'’])(?!\s+(?:\d|(?i:two|nineteen|eighteen)\b))"
    rf"(?P<ended>(?={FISCAL_END}))?"
)
# "three days", "about two and a half years", "the past 5 1/2 hours", "two more weeks".
DURATION = (
    rf"{APPROX}(?:(?i:the\s+(?:past|last|next|first|previous|coming|following|final|year-earlier|year-ago))\s+)?"
    rf"\b{NUM}(?P<half>\s+1/2|\s+(?i:and\s+a\s+half))?"
    r"(?:\s+(?i:more|additional|straight|consecutive|full|trading|business|working))?"
    rf"[\s-]+{UNIT}\b(?P<half2>\s+(?i:and\s+a\s+half)\b)?"
    r"(?!-old|\s+old\b|\s+(?:ago|later|earlier|from now)\b)"
)

RULES: list[Rule] = [
    Rule("iso_date", _c(rf"\b{YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?\b"), _iso_date,
         trigger=YEAR_T),
    Rule("slash_date", _c(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:1[6-9]|20)?\d\d)\b"), _slash_date,
         trigger=("/",), window=(6, 12)),
    Rule("week_of", _c(rf"\b(?i:the\s+week\s+of)\s+{MONTH}\s+{DAY}\b(?:,?\s+{YEAR}\b)?"), _week_of, trigger=("week of",)),
    Rule("month_day", _c(rf"(?:{WEEKDAY},?\s+)?\b{MONTH}\s+{DAY}\b(?:,?\s+{YEAR}\b)?(?!\s*(?:%|percent|\d))"), _full_date, trigger=MONTH_T, window=NAME_WINDOW),
    Rule("day_month", _c(rf"(?:{WEEKDAY},?\s+)?(?:(?i:the)\s+)?\b{DAY}\s+(?:of\s+)?{MONTH}(?![a-z])(?:,?\s+{YEAR}\b)?"),
         _full_date, _accept_day_first, trigger=MONTH_T, window=NAME_WINDOW),
    Rule("month_year", _c(rf"(?:{MOD}[\s-]+)?\b{MONTH},?\s+(?:of\s+)?{YEAR}\b"), _month_year, trigger=MONTH_T, window=NAME_WINDOW),
    Rule("month_rel_year", _c(rf"(?:{MOD}[\s-]+)?\b{BARE_MONTH}\s+(?:of\s+)?(?P<rel>(?i:this|last|next))\s+(?i:year)\b"),
         _month_of_relative_year, trigger=MONTH_T, window=NAME_WINDOW),
    Rule("bare_month", _c(rf"(?:{MOD}[\s-]+)?(?:(?P<rel>(?i:last|next|this|that))\s+)?\b{BARE_MONTH}\b(?!\s*\d)"),
         _bare_month, _accept_bare_month, trigger=MONTH_T, window=NAME_WINDOW),
    Rule("the_year", _c(THE_YEAR), _the_year, _accept_the_year, trigger=("year",), window=(40, 20)),
    Rule("year_end", _c(r"\b(?:(?i:the)\s+)?(?i:year)(?:-|\s+|['’]s\s+)(?i:end)\b(?!-)"), _year_end, _accept_year_end,
         trigger=("year",), window=(40, 20)),
    Rule("same_period_last_year", _c(r"\b(?i:the\s+(?:corresponding|comparable|same)\s+(?:period|quarter)\s+(?:of\s+)?last\s+year)\b"),
         _same_period_last_year, trigger=("last year",)),
    Rule("period_a_year_ago", _c(r"\b(?i:the\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier))\b"),
         _same_period_last_year, trigger=("a year",)),
    Rule("latest_period", _c(r"\b(?i:the\s+latest\s+period)\b"), _latest_period, trigger=("period",)),
    Rule("fiscal", _c(r"(?:(?i:the)\s+)?(?:(?P<rel>(?i:current|latest|previous|last|next|new))\s+)?(?i:fiscal)(?:[\s-]+(?i:year)(?:\s+(?P<y>(?:19|20)\d\d))?|\s+(?P<y2>(?:19|20)\d\d))\b"),
         _fiscal, _accept_fiscal, trigger=FISCAL_T),
    Rule("year", _c(rf"(?:{MOD}[\s-]+)?\b{YEAR}\b(?!-\d|\s*-\s*\d|'s|s\b)"), _year_rule, _accept_year, trigger=YEAR_T),
    Rule("decade", _c(rf"(?:(?i:the)\s+)?(?:{MOD}\s+)?(?:(?P<dec>(?:1[5-9]|20)\d)0'?s\b|'(?P<d2>\d)0s\b)"), _decade, trigger=DECADE_T),
    Rule("decade_word", _c(rf"(?:(?i:the)\s+)?(?:{MOD}\s+)?(?:(?P<cent>(?i:nineteen|eighteen))[\s-]+)?(?P<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b"),
         _decade_word, _accept_decade_word, trigger=tuple(DECADE_WORDS)),
    Rule("ordinal_century", _c(rf"(?:(?i:the)\s+)?(?:{MOD}[\s-]+)?\b(?P<n>\d{{1,2}})(?:st|nd|rd|th)[\s-]+(?i:century)\b"),
         _ordinal_century, trigger=("century",)),
    Rule("deictic_day", _c(r"\b(?:(?i:earlier|later)\s+)?(?P<word>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight))(?:\s+" + PARTS + r")?\b"),
         _deictic_day, _accept_deictic_day, trigger=DEICTIC_T),
    Rule("this_part_of_day", _c(r"\b(?i:this\s+(?:morning|afternoon|evening)|last\s+night)\b"), _this_part_of_day, trigger=("morning", "afternoon", "evening", "night")),
    Rule("overnight", _c(r"\b(?i:overnight)\b"), _overnight, trigger=("overnight",)),
    Rule("weekday", _c(rf"(?:{MOD}\s+)?(?:(?P<rel>(?i:last|next|this|coming|past))\s+)?\b{WEEKDAY}(?:\s+{PARTS})?\b(?!-)"),
         _weekday, _accept_weekday, trigger=WEEKDAY_T, window=NAME_WINDOW),
    Rule("bare_season", _c(rf"(?:(?i:the)\s+)?(?:{MOD}[\s-]+)?\b(?P<season>(?i:spring|summer|autumn|winter))\b(?!\s+(?:of\s+)?\d)"),
         _bare_season, _accept_bare_season, trigger=SEASON_T),
    Rule("weekend", _c(r"\b(?P<rel>(?i:the|this|last|next|that))\s+(?i:weekend)\b"), _weekend, trigger=("weekend",)),
    Rule("relative_period", _c(rf"(?:{MOD}\s+)?\b{REL_WORDS}\s+(?P<unit>(?i:week|month|year|quarter|decade|century|spring|summer|autumn|fall|winter|day|morning|afternoon|evening|night))\b(?!-to-)"),
         _relative_period, _accept_relative_period, trigger=UNIT_T, window=UNIT_WINDOW),
    Rule("ago", _c(rf"{APPROX}\b{NUM}[\s-]+{UNIT}\s+(?P<dir>(?i:ago|later|earlier|from\s+now|hence)\b(?!\s+(?:(?:the|a|an|his|her|their|its)\b|[A-Z]))|(?i:before|after)(?=\s*(?:[.,;:!?)\x22\u201d\u2019]|$)))"),
         _ago, trigger=AGO_T, window=UNIT_WINDOW),
    Rule("day_before", _c(r"\b(?i:the\s+day\s+|a\s+day\s+)(?P<dir>(?i:later|earlier)\b(?!\s+(?:(?:the|a|an|his|her|their|its)\b|[A-Z]|\w+ed\b))|(?i:before|after)(?=\s*(?:[.,;:!?)\x22\u201d\u2019]|$)))"),
         _the_day_before, trigger=("day ",)),
    Rule("duration", _c(DURATION), _duration, _accept_duration, trigger=UNIT_T, window=UNIT_WINDOW),
    Rule("vague_duration", _c(r"(?:(?<=\b[Ff]or )|(?<=\b[Oo]ver )|(?<=\b[Aa]fter )|(?<=\b[Ww]ithin )|(?<=\bin ))(?P<unit>(?i:years|months|weeks|days|decades|hours))\b"), _vague_duration, trigger=PLURAL_UNIT_T, window=PLURAL_WINDOW),
    Rule("set_every", _c(rf"\b(?i:every|each)\s+(?:{NUM}\s+)?(?:{WEEKDAY}|{BARE_MONTH}|(?P<unit>(?i:days?|weeks?|months?|years?|morning|night|evening|hours?|quarter)))\b"),
         _set_every, trigger=EVERY_T),
    Rule("season_year", _c(rf"(?:(?i:the)\s+)?(?:{MOD}\s+)?\b(?P<season>(?i:spring|summer|autumn|fall|winter))(?:\s+of)?\s+{YEAR}\b"),
         _season_year, trigger=SEASON_T),
    Rule("set_times", _c(r"\b(?P<freq>(?i:once|twice|three\s+times|four\s+times|\d+\s+times))\s+(?i:a|an|per|each|every)\s+(?P<unit>(?i:day|week|month|year|hour))\b"),
         _set_times, trigger=TIMES_T),
    Rule("set_adverb", _c(r"\b(?i:daily|weekly|monthly|annually|yearly|nightly|hourly)\b"), _set_adverb,
         _accept_set_adverb, trigger=("daily", "weekly", "monthly", "annually", "yearly", "nightly", "hourly")),
    Rule("quarter", _c(rf"(?:(?i:the)\s+)?(?:(?i:fiscal)[\s-]+)?\b(?P<ord>(?i:first|second|third|fourth))[\s-]+(?i:quarter)(?:\s+of\s+{YEAR})?\b"),
         _quarter, trigger=QUARTER_T),
    Rule("period_of_year", _c(rf"(?:(?i:the)\s+)?(?:(?i:comparable|corresponding)\s+)?(?P<pre>(?:1[6-9]|20)\d\d|(?i:year-ago|year-earlier|last\s+year's|previous\s+year's|next\s+year's|this\s+year's))[\s-]+(?:(?i:fiscal)[\s-]+)?(?:(?P<ord>(?i:first|second|third|fourth))[\s-]+)?(?i:quarter|period)\b"),
         _period_of_year, trigger=QUARTER_T),
    Rule("q_quarter", _c(rf"\b(?P<q_>Q)(?P<q>[1-4])(?:\s+{YEAR})?\b"), _quarter, trigger=Q_T),
    Rule("half", _c(rf"(?:(?i:the)\s+)?(?P<ord>(?i:first|second|last))\s+(?i:half)(?:\s+of\s+{YEAR}\b|(?=\s+of\s+(?:the|this)\s+year))"), _half, trigger=HALF_T),
    Rule("two_quarters", _c(rf"(?:(?i:the)\s+)?(?P<ord>(?i:first|last|final))\s+(?i:two)\s+(?i:quarters)\s+of\s+{YEAR}\b"),
         _two_quarters, trigger=("quarters",)),
    Rule("clock", _c(rf"{APPROX}\b(?P<h>[012]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.|p\.m\.|a\.m|p\.m|am|pm))(?![\w])(?:\s+(?i:local\s+time|GMT|UTC))?"), _clock, trigger=CLOCK_T),
    Rule("clock24", _c(rf"{APPROX}\b(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?:\s+(?:(?i:local\s+time)|GMT|UTC|hours|hrs))\b"), _clock, trigger=CLOCK24_T),
    Rule("noon", _c(rf"{APPROX}\b(?P<word>(?i:noon|midday|midnight))\b"), _noon, _accept_noon, trigger=NOON_T),
    Rule("holiday", _c(rf"\b(?P<name>{HOLIDAYS})\b(?:,?\s+{YEAR}\b)?"), _holiday,
         trigger=("New Year", "Valentine", "May Day", "Independence", "Bastille", "Halloween", "Christmas",
                  "Boxing", "Armistice", "Veterans", "Thanksgiving", "Labor", "Memorial", "Easter", "Good Friday",
                  "Election Day")),
    Rule("spelled_year", _c(rf"(?:(?i:the\s+year)\s+|(?P<smonth>{FULL_MONTH})\s+(?:of\s+)?|(?:(?i:the)\s+)?(?P<sseason>(?i:spring|summer|autumn|fall|winter))\s+(?:of\s+)?)?\b(?:(?P<century>(?i:nineteen|eighteen))\s+(?P<low>(?i:{SPELLED_LOW}))"
                            rf"|(?P<millennium>(?i:two\s+thousand))(?:\s+(?:(?i:and)\s+)?(?P<rest>(?i:{SPELLED_LOW}|one|two|three|four|five|six|seven|eight|nine)))?)\b"
                            r"(?![- ](?:percent|people|dollars|troops|men|women|of|years|months|days))"),
         _spelled_year, _accept_spelled_year, trigger=("nineteen ", "eighteen ", "two thousand")),
    Rule("current", _c(r"\b(?:(?i:then)[\s-]+)?(?i:current)\b"), _current, _accept_current, trigger=("current",)),
    Rule("year_ago_adjective", _c(r"\b(?i:year-(?:ago|earlier))\b"), _year_ago_adjective, trigger=("year-",)),
    Rule("at_the_time", _c(r"(?<=\b[Aa]t )the\s+time\b(?!\s+(?:of|when|that|to)\b)"), _at_the_time, trigger=("the time",)),
    Rule("vague_span", _c(r"\b(?:(?i:recent)\s+(?P<unit>(?i:days|weeks|months|quarters))|(?i:coming)\s+(?P<unit2>(?i:days|weeks|months|quarters|years))|(?i:the)\s+(?P<unit3>(?i:days|weeks|months|years))\s+(?i:ahead))\b"),
         _vague_span, trigger=("recent", "coming", "ahead")),
    Rule("ref", _c(r"\b(?i:now|currently|nowadays|at\s+present|recently|the\s+(?:near\s+)?future|the\s+(?:near|short)\s+term|a\s+later\s+date|these\s+days|the\s+past|soon|recent\s+(?:years|decades))\b"),
         _ref, _accept_ref, trigger=REF_T),
]
