"""Publication dates: normalizing metadata values and spotting a dateline in the text."""
from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate_to_datetime

INFER_WINDOW = 400
"""How many leading characters of the text ``infer_published`` looks at."""

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_ISO_DATE = re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d\d)[-/](?P<month>\d\d)[-/](?P<day>\d\d)(?![\d/])")
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE)
_TEXT_PATTERNS = (_ISO_DATE, _MONTH_DAY_YEAR, _DAY_MONTH_YEAR)

_ISO_PREFIX = re.compile(r"^(?P<year>\d{4})[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})(?:$|[T\s_])")
_COMPACT = re.compile(r"^(?P<year>\d{4})(?P<month>\d\d)(?P<day>\d\d)(?:\d{4}(?:\d\d)?)?$")


def _to_iso(year: str, month: str, day: str) -> str | None:
    """``YYYY-MM-DD`` for the given parts, or None when they are not a real date."""
    month_number = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."))
    if month_number is None:
        return None
    try:
        return date(int(year), month_number, int(day)).isoformat()
    except ValueError:
        return None


def _first_date_in(text: str) -> str | None:
    """The earliest explicit full date in ``text``, as ``YYYY-MM-DD``."""
    found: list[tuple[int, str]] = []
    for pattern in _TEXT_PATTERNS:
        for match in pattern.finditer(text):
            iso = _to_iso(match["year"], match["month"], match["day"])
            if iso:
                found.append((match.start(), iso))
                break
    return min(found)[1] if found else None


def infer_published(text: str) -> str | None:
    """An explicit full date near the top of ``text`` (a dateline), as ``YYYY-MM-DD``.

    Looks at the first ~400 characters for forms such as "March 9, 2025", "9 March 2025",
    "2025-03-09" or "ADDIS ABABA, March 9, 2025 —" and returns the earliest one; dates
    without a year or day ("March 2025", "Monday") are not publication dates and give None.
    """
    return _first_date_in(text[:INFER_WINDOW])


def normalize_date(value: object) -> str | None:
    """A metadata date value (ISO date or datetime, RFC 2822, "March 9, 2025", 20250309) as
    ``YYYY-MM-DD``, or None when it is not a recognizable full date.

    The date part is kept as written: a timestamp's time zone is not converted.
    """
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    if not text:
        return None
    for pattern in (_ISO_PREFIX, _COMPACT):
        match = pattern.match(text)
        if match:
            return _to_iso(match["year"], match["month"], match["day"])
    rfc = _parse_rfc2822(text)
    if rfc:
        return rfc
    return _first_date_in(text) if len(text) <= 64 else None


def _parse_rfc2822(text: str) -> str | None:
    """The date of an e-mail/RSS style timestamp ("Sun, 09 Mar 2025 10:00:00 GMT")."""
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date().isoformat() if parsed else None
