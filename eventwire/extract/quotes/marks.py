"""Finding quoted regions in raw text from its quotation marks.

Works on characters, not tokens, so that quotes spanning sentences and paragraphs are
found whatever the sentence splitter did. Rules:

* double quotes (straight ``"``, curly “ ” and „, guillemets « ») open and close top-level
  quotes; single quotes inside them are nested quotes and stay part of the content;
* a paragraph that opens a quote and does not close it continues into the next paragraph
  when that paragraph starts with an opening mark (the repeated mark is skipped);
* curly single quotes ‘ ’ (and, optionally, straight ``'``) make top-level quotes when no
  double quote is open; an apostrophe inside a word never closes one;
* a right double mark ” at the start of a word (after a space or a line start, before a
  letter or digit) is a mistyped opening mark and opens a quote;
* two straight single marks ``''`` (and two backticks) stand for one double mark, as in
  newspaper archives: ``''It's over,'' she said``;
* an unterminated quote is dropped.
"""
from __future__ import annotations

from dataclasses import dataclass

DOUBLE_OPENERS = "“„«"
DOUBLE_CLOSERS = "”»"
STRAIGHT_DOUBLE = '"'
SINGLE_OPENER = "‘"
SINGLE_CLOSER = "’"
STRAIGHT_SINGLE = "'"
_CONTENT_TRIM = " \t\r\n,"
_MAY_OPEN_DOUBLE = DOUBLE_OPENERS + STRAIGHT_DOUBLE + "”"


@dataclass(frozen=True)
class QuoteRegion:
    """One quoted region: positions of its marks and of its trimmed content."""

    open: int
    close: int
    start: int
    end: int

    def contains(self, start: int, end: int) -> bool:
        """Whether the char range [start, end) lies between the marks."""
        return self.open <= start and end <= self.close + 1

    def inside(self, start: int, end: int) -> bool:
        """Whether the marks of this region lie within [start, end)."""
        return start <= self.open and self.close < end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, start at its first non-space character."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.lstrip()
        if stripped.strip():
            start = offset + len(line) - len(stripped)
            spans.append((start, offset + len(line.rstrip())))
        offset += len(line) + 1
    return spans


def _is_double_opener(char: str) -> bool:
    return char in DOUBLE_OPENERS or char == STRAIGHT_DOUBLE


def _opens_double(text: str, i: int) -> bool:
    """Whether the mark at ``i`` opens a double quote, a word-initial ” typed for “ included."""
    if _is_double_opener(text[i]):
        return True
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return text[i] == "”" and before.isspace() and after.isalnum()


def _is_double_closer(char: str) -> bool:
    return char in DOUBLE_CLOSERS or char == STRAIGHT_DOUBLE


def _opens_single(text: str, i: int) -> bool:
    """A single mark at ``i`` opens a quote: word-initial and followed by a letter."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-") and after.isalpha()


def _closes_single(text: str, i: int) -> bool:
    """A single mark at ``i`` closes a quote: after a non-space, not followed by a letter."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _region(text: str, open_at: int, close_at: int) -> QuoteRegion | None:
    """The region between two marks, content trimmed of spaces and a trailing comma."""
    start, end = open_at + 1, close_at
    while start < end and text[start] in _CONTENT_TRIM:
        start += 1
    while end > start and text[end - 1] in _CONTENT_TRIM:
        end -= 1
    if start >= end:
        return None
    return QuoteRegion(open=open_at, close=close_at, start=start, end=end)


def _continues(text: str, next_paragraph: tuple[int, int] | None) -> bool:
    """Whether an open quote carries on into ``next_paragraph`` (it opens with a mark)."""
    return next_paragraph is not None and _opens_double(text, next_paragraph[0])


def doubled_marks_as_double(text: str) -> str:
    """``text`` with each ``''`` or two backticks written as a space and ``"`` (same length)."""
    if "''" not in text and "``" not in text:
        return text
    return text.replace("''", ' "').replace("``", ' "')


def find_quote_regions(text: str, straight_single: bool = False) -> list[QuoteRegion]:
    """Every quoted region of ``text`` in order of its opening mark."""
    text = doubled_marks_as_double(text)
    regions: list[QuoteRegion] = []
    spans = paragraphs(text)
    open_at: int | None = None
    single_openers = SINGLE_OPENER + (STRAIGHT_SINGLE if straight_single else "")
    single_closers = SINGLE_CLOSER + (STRAIGHT_SINGLE if straight_single else "")
    for n, (p_start, p_end) in enumerate(spans):
        continuing = open_at is not None
        single_at: int | None = None
        for i in range(p_start, p_end):
            char = text[i]
            if open_at is not None:
                if continuing and i == p_start:
                    continue  # the repeated opening mark of a continued quote
                if _is_double_closer(char):
                    region = _region(text, open_at, i)
                    if region:
                        regions.append(region)
                    open_at = None
            elif single_at is not None:
                if char in single_closers and _closes_single(text, i):
                    region = _region(text, single_at, i)
                    if region:
                        regions.append(region)
                    single_at = None
            elif char in _MAY_OPEN_DOUBLE and _opens_double(text, i):
                open_at = i
            elif char in single_openers and _opens_single(text, i):
                single_at = i
        following = spans[n + 1] if n + 1 < len(spans) else None
        if open_at is not None and not _continues(text, following):
            open_at = None
    regions.sort(key=lambda r: r.open)
    return regions
