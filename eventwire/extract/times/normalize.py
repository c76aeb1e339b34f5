"""Calendar arithmetic and TIMEX3 value formatting for the time extractor.

Pure functions, no spaCy: they take the document creation time (DCT) as a ``date`` or None
and a tense ("past", "present", "future" or None) and return TIMEX3 ``value`` strings.

With an unknown DCT every part that would have come from it is written as ``X``:
``XXXX-03-05`` (a month-day without year), ``XXXX-XX-XX`` (yesterday, Tuesday),
``XXXX-WXX`` (last week), ``XXXX-XX`` (next month), ``XXXX`` (last year).
"""
from __future__ import annotations

from datetime import date, timedelta

Tense = str | None  # "past" | "present" | "future" | None

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
}
VAGUE_NUMBERS = {"several", "a few", "few", "many", "some", "a couple", "couple", "numerous"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
UNIT_CODES = {
    "second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"),
    "week": ("", "W"), "month": ("", "M"), "year": ("", "Y"), "decade": ("", "DE"),
    "century": ("", "CE"), "quarter": ("", "Q"),
}


def parse_dct(published: str | None) -> date | None:
    """The DCT as a date, from ``YYYY-MM-DD`` (longer strings are cut), else None."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def number_value(words: str) -> int | str | None:
    """``"three"`` → 3, ``"twenty-four"`` → 24, ``"12"`` → 12, ``"several"`` → "X", else None."""
    text = " ".join(words.lower().replace("-", " ").split())
    if text.isdigit():
        return int(text)
    if text in VAGUE_NUMBERS:
        return "X"
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    parts = text.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        tens, ones = NUMBER_WORDS[parts[0]], NUMBER_WORDS[parts[1]]
        if tens >= 20 and ones < 10:
            return tens + ones
    return None


def unit_name(word: str) -> str:
    """The singular unit for ``"days"``, ``"centuries"``, ``"years"`` ..."""
    word = word.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") else word


def duration_value(amount: int | str, unit: str) -> str:
    """``(3, "day")`` → ``P3D``, ``(2, "hour")`` → ``PT2H``, ``("X", "year")`` → ``PXY``."""
    time_part, code = UNIT_CODES[unit]
    if unit == "decade" and isinstance(amount, int):
        return f"P{amount * 10}Y"
    return f"P{time_part}{amount}{code}"


# A half of each unit, written in the next smaller unit: (TIMEX3 values take no fractions).
HALF_UNITS = {
    "year": ("", "6M"), "month": ("", "15D"), "week": ("", "3DT12H"), "day": ("T", "12H"),
    "hour": ("T", "30M"), "minute": ("T", "30S"), "decade": ("", "5Y"), "century": ("", "50Y"),
}


def duration_and_half(amount: int, unit: str) -> str:
    """``(2, "year")`` → ``P2Y6M`` ("two and a half years", "2 1/2 years"),
    ``(5, "hour")`` → ``PT5H30M``, ``(1, "minute")`` → ``PT1M30S``, ``(1, "week")`` → ``P10DT12H``."""
    if unit == "week":
        return f"P{amount * 7 + 3}DT12H"
    if unit == "quarter":
        return f"P{amount * 3 + 1}M15D"
    whole = duration_value(amount, unit)
    time_flag, rest = HALF_UNITS[unit]
    if unit in ("decade", "century"):
        years = amount * (10 if unit == "decade" else 100) + int(rest[:-1])
        return f"P{years}Y"
    if time_flag and "T" not in whole:
        return whole + "T" + rest
    return whole + rest


def day_value(day: date | None) -> str:
    return day.isoformat() if day else "XXXX-XX-XX"


def month_value(year: int | None, month: int | None) -> str:
    year_text = f"{year:04d}" if year is not None else "XXXX"
    month_text = f"{month:02d}" if month is not None else "XX"
    return f"{year_text}-{month_text}"


def year_value(year: int | None) -> str:
    return f"{year:04d}" if year is not None else "XXXX"


def week_value(day: date | None) -> str:
    """ISO week of ``day``: ``2024-W22``; unknown → ``XXXX-WXX``."""
    if day is None:
        return "XXXX-WXX"
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def shift_days(day: date | None, days: int) -> date | None:
    return day + timedelta(days=days) if day else None


def shift_months(day: date | None, months: int) -> tuple[int, int] | None:
    """(year, month) ``months`` away from ``day``'s month."""
    if day is None:
        return None
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _nearest(candidates: list[date], dct: date) -> date:
    return min(candidates, key=lambda d: abs((d - dct).days))


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


TENSE_PENALTY = 3  # how much farther a date may be when it lies on the side the tense points to


def _weighted_distance(days: int, tense: Tense) -> float:
    """Distance in days, stretched when the date lies against the verb's tense."""
    if (tense == "past" and days > 2) or (tense == "future" and days < -2):
        return abs(days) * TENSE_PENALTY
    return abs(days)


def infer_month_day(month: int, day: int, dct: date | None, tense: Tense) -> str:
    """A year for a month-day written without one, from the DCT and the verb's tense.

    The candidate in the DCT's year, the year before or after that is nearest to the DCT,
    where a date lying against the tense (a future date under a past verb, or the reverse,
    beyond two days of slack) counts as three times as far. So in January "December 20"
    is last December, and "will meet on November 9" written on November 8 is the next day.
    """
    if dct is None:
        return f"XXXX-{month:02d}-{day:02d}"
    options = [d for d in (safe_date(dct.year + k, month, day) for k in (-1, 0, 1)) if d]
    if not options:
        return f"XXXX-{month:02d}-{day:02d}"
    return min(options, key=lambda d: _weighted_distance((d - dct).days, tense)).isoformat()


def infer_month(month: int, dct: date | None, tense: Tense) -> str:
    """``YYYY-MM`` for a month named without a year (same weighting as ``infer_month_day``)."""
    if dct is None:
        return month_value(None, month)
    def months_away(year: int) -> int:
        return (year - dct.year) * 12 + month - dct.month
    years = (dct.year - 1, dct.year, dct.year + 1)
    year = min(years, key=lambda y: _weighted_distance(months_away(y) * 30, tense))
    return month_value(year, month)


def weekday_date(weekday: int, dct: date | None, tense: Tense) -> str:
    """The date of a weekday named without a date.

    Past (and unknown tense): the latest such day on or before the DCT; future: the first
    on or after it. A simple present ("the cabinet meets on Friday") is a timetable and
    reads like the future when the day is still to come this week; a day earlier in the
    week under the present ("follows Monday's ruling") is the one just past.
    """
    if dct is None:
        return "XXXX-XX-XX"
    delta = weekday - dct.weekday()
    if tense == "future":
        return (dct + timedelta(days=delta % 7)).isoformat()
    if tense == "present" and delta >= 0:
        return (dct + timedelta(days=delta)).isoformat()
    return (dct - timedelta(days=(-delta) % 7)).isoformat()


def weekend_value(dct: date | None, tense: Tense, offset: int = 0) -> str:
    """``2024-W22-WE``: the weekend meant by "the weekend" / "last weekend" / "this weekend".

    ``offset`` -1 for "last", +1 for "next", 0 for "the"/"this"/"over the"; with offset 0
    the tense decides: past → the latest weekend on or before the DCT, otherwise the one of
    the DCT's week.
    """
    if dct is None:
        return "XXXX-WXX-WE"
    if offset == 0 and tense == "past" and dct.weekday() < 5:
        offset = -1
    return week_value(dct + timedelta(days=7 * offset)) + "-WE"


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season_value(code: str, dct: date | None, tense: Tense) -> str:
    """``2024-SU`` for a season named without a year ("in the summer"), by tense.

    Past: the latest such season begun by the DCT; future: the first not yet over; otherwise
    the DCT's year. A winter belongs to the year of its December.
    """
    if dct is None:
        return f"XXXX-{code}"
    start = SEASON_START[code]
    year = dct.year
    if tense == "past" and dct.month < start:
        year -= 1
    elif tense == "future" and dct.month >= start + 3 and code != "WI":
        year += 1
    return f"{year:04d}-{code}"


def quarter_value(year: int | None, quarter: int | str) -> str:
    return f"{year_value(year)}-Q{quarter}"


def quarter_of(day: date | None) -> tuple[int | None, int | str]:
    """(year, quarter) of ``day``; unknown → (None, "X")."""
    if day is None:
        return None, "X"
    return day.year, (day.month - 1) // 3 + 1


def add_to_value(value: str, amount: int, unit: str) -> str | None:
    """Shift an anchor value (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) by whole units.

    Used for anaphora ("a day later", "the previous month"); None when the value does not
    have the unit's granularity.
    """
    parts = value.split("-")
    if unit == "quarter":
        return shift_quarter(value, amount)
    if unit == "year" and parts[0].isdigit() and len(parts[0]) == 4 and len(parts) > 1 \
            and not parts[1].isdigit():
        return "-".join([year_value(int(parts[0]) + amount), *parts[1:]])  # 2024-Q3 → 2023-Q3
    if not all(p.isdigit() for p in parts):
        return None
    numbers = [int(p) for p in parts]
    if unit in ("day", "week") and len(numbers) == 3:
        base = safe_date(*numbers)
        if base is None:
            return None
        return (base + timedelta(days=amount * (7 if unit == "week" else 1))).isoformat()
    if unit == "month" and len(numbers) >= 2:
        shifted = shift_months(date(numbers[0], numbers[1], 1), amount)
        return month_value(*shifted) if shifted else None
    if unit == "year" and numbers:
        return year_value(numbers[0] + amount)
    return None


def relative_value(dct: date | None, amount: int, unit: str) -> str:
    """Value of "N units ago/from now" (amount negative for the past), at the unit's grain."""
    if unit == "day":
        return day_value(shift_days(dct, amount))
    if unit == "week":
        return week_value(shift_days(dct, 7 * amount))
    if unit == "month":
        shifted = shift_months(dct, amount)
        return month_value(*shifted) if shifted else "XXXX-XX"
    if unit == "year":
        return year_value(dct.year + amount if dct else None)
    if unit == "decade":
        return year_value(dct.year + 10 * amount if dct else None)
    if unit in ("hour", "minute"):
        return day_value(dct)
    return "XXXX"


QUARTER_VALUE_LENGTH = 7  # "2024-Q3"


def shift_quarter(value: str, amount: int) -> str | None:
    """``2024-Q3`` shifted by ``amount`` quarters; None for anything but a known quarter."""
    if len(value) != QUARTER_VALUE_LENGTH or value[4:6] != "-Q" or not value[:4].isdigit() \
            or not value[6].isdigit():
        return None
    index = int(value[:4]) * 4 + int(value[6]) - 1 + amount
    return quarter_value(index // 4, index % 4 + 1)


def infer_quarter_year(quarter: int, dct: date | None, tense: Tense) -> int | None:
    """The year of "the fourth quarter" written without one (weighted like ``infer_month``).

    Measured from the quarter's middle month: in January, a past-tense "fourth quarter" is
    the one just ended; in October, "the third quarter" is this year's.
    """
    if dct is None:
        return None
    value = infer_month(quarter * 3 - 1, dct, tense)
    return int(value[:4])


# ------------------------------------------------------------------ holidays

FIXED_HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
    "may day": (5, 1), "independence day": (7, 4), "bastille day": (7, 14), "halloween": (10, 31),
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "boxing day": (12, 26), "armistice day": (11, 11), "veterans day": (11, 11),
}


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` (1-based; -1 for the last) ``weekday`` of a month."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    following = date(year + (month == 12), month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter_sunday(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def holiday_date(name: str, year: int) -> date | None:
    """The date of a named holiday in ``year`` (None for a name not known)."""
    key = " ".join(name.lower().replace("’", "'").split())
    if key in FIXED_HOLIDAYS:
        return safe_date(year, *FIXED_HOLIDAYS[key])
    if key in ("thanksgiving", "thanksgiving day"):
        return _nth_weekday(year, 11, 3, 4)
    if key == "election day":  # the US general election: the Tuesday after November's first Monday
        return _nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    if key == "labor day":
        return _nth_weekday(year, 9, 0, 1)
    if key == "memorial day":
        return _nth_weekday(year, 5, 0, -1)
    if key in ("easter", "easter sunday"):
        return easter_sunday(year)
    if key == "good friday":
        return easter_sunday(year) - timedelta(days=2)
    if key == "easter monday":
        return easter_sunday(year) + timedelta(days=1)
    return None


def infer_holiday(name: str, dct: date | None, tense: Tense) -> str | None:
    """The date of a holiday named without a year (weighted like ``infer_month_day``)."""
    if dct is None:
        return None
    options = [d for d in (holiday_date(name, dct.year + k) for k in (-1, 0, 1)) if d]
    if not options:
        return None
    return min(options, key=lambda d: _weighted_distance((d - dct).days, tense)).isoformat()


SPELLED_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9}
SPELLED_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                "eighty": 80, "ninety": 90}


def spelled_two_digits(words: str) -> int | None:
    """"ninety-six" → 96, "oh five" → 5, "eleven" → 11."""
    parts = words.lower().replace("-", " ").split()
    if len(parts) == 2 and parts[0] in ("oh", "o") and parts[1] in SPELLED_UNITS:
        return SPELLED_UNITS[parts[1]]
    if len(parts) == 1:
        return SPELLED_TENS.get(parts[0])
    if len(parts) == 2 and parts[0] in SPELLED_TENS and SPELLED_TENS[parts[0]] >= 20 \
            and parts[1] in SPELLED_UNITS:
        return SPELLED_TENS[parts[0]] + SPELLED_UNITS[parts[1]]
    return None
