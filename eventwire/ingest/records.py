"""Readers for record formats: JSON Lines and CSV/TSV, one article per line or row."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping

from eventwire.ingest.decoding import Line, Opened, iter_lines
from eventwire.ingest.fields import FIELDS, build_article, find_key, missing_text_reason
from eventwire.ingest.problems import InputProblem
from eventwire.models import Article, Reject

JSON_SLACK_BYTES = 64 * 1024
CSV_DELIMITERS = (",", ";", "\t", "|")
_JSON_DOCUMENT_HINT = (
    "this looks like one JSON document, not JSON Lines; write one object per line "
    "(e.g. jq -c '.[]' file.json > file.jsonl)"
)


def line_cap_bytes(max_chars: int) -> int:
    """The longest record line worth reading: ``max_chars`` escaped characters plus metadata."""
    return 6 * max_chars + JSON_SLACK_BYTES


def _json_error_reason(error: json.JSONDecodeError) -> str:
    """The instruction for a line that is not valid JSON."""
    return f"not valid JSON ({error.msg} at column {error.colno}); fix or remove the line"


def _looks_like_json_document(text: str) -> bool:
    """Whether a first line that failed to parse opens a pretty-printed JSON document."""
    return text.strip() in ("{", "[") or text.lstrip().startswith("[")


def _record_keys(record: Mapping[str, object], column_map: Mapping[str, str]) -> dict[str, str | None]:
    """Our field names mapped to the keys this JSON object uses."""
    names = list(record)
    return {field: find_key(names, field, column_map) for field in FIELDS}


def read_jsonl(
    opened: Opened,
    name: str,
    *,
    published: str | None,
    column_map: Mapping[str, str],
    max_chars: int,
) -> Iterator[Article | Reject]:
    """Articles from a JSON Lines stream, one object per line; bad lines become rejects."""
    seen_record = False
    for line in iter_lines(opened.stream, opened.encoding, line_cap_bytes(max_chars), max_chars):
        if line.problem is not None:
            yield Reject(file=name, line=line.number, reason=line.problem)
            continue
        assert line.text is not None
        if not line.text.strip():
            continue
        try:
            record = json.loads(line.text)
        except json.JSONDecodeError as error:
            if not seen_record and _looks_like_json_document(line.text):
                yield Reject(file=name, line=line.number, reason=_JSON_DOCUMENT_HINT)
                return
            yield Reject(file=name, line=line.number, reason=_json_error_reason(error))
            continue
        seen_record = True
        if not isinstance(record, dict):
            kind = "an array" if isinstance(record, list) else f"a {type(record).__name__}"
            yield Reject(
                file=name,
                line=line.number,
                reason=f"the line is {kind}, not a JSON object; write one article object per line",
            )
            continue
        try:
            yield build_article(
                record,
                keys=_record_keys(record, column_map),
                column_map=column_map,
                published=published,
                source=f"{name}:{line.number}",
                max_chars=max_chars,
                what="field",
            )
        except InputProblem as problem:
            yield Reject(file=name, line=line.number, reason=problem.reason)
    if not seen_record:
        yield Reject(file=name, line=None, reason="no JSON records in the file; add one object per line")


def choose_delimiter(header: str, name: str) -> str:
    """Tab for .tsv files, else whichever of , ; tab | is most frequent in the header line."""
    base = name.lower().removesuffix(".gz")
    if base.endswith(".tsv") or base.endswith(".tab"):
        return "\t"
    counts = {delimiter: header.count(delimiter) for delimiter in CSV_DELIMITERS}
    best = max(CSV_DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


class _LineFeed:
    """Feeds decoded lines to the csv module, remembering line numbers and skipped lines."""

    def __init__(self, lines: Iterator[Line]) -> None:
        self._lines = lines
        self.consumed: list[int] = []
        self.problems: list[Line] = []

    def __iter__(self) -> Iterator[str]:
        for line in self._lines:
            if line.problem is not None:
                self.problems.append(line)
                continue
            self.consumed.append(line.number)
            yield line.text or ""


def _raise_field_limit(max_chars: int) -> None:
    """Let the csv module read fields as long as a record line may be.

    The limit is process-wide and only ever raised, so a field over ``max_chars`` is read
    and rejected with its size rather than failing inside the csv module.
    """
    cap = line_cap_bytes(max_chars)
    if csv.field_size_limit() < cap:
        csv.field_size_limit(cap)


def _row_shape_problem(row: list[str], header: list[str]) -> str | None:
    """The instruction for a row whose column count does not match the header, if it doesn't."""
    if len(row) < len(header):
        missing = ", ".join(header[len(row):])
        return (
            f"row has {len(row)} of {len(header)} columns (missing: {missing}); "
            "check the delimiter and quoting"
        )
    if len(row) > len(header):
        return (
            f"row has {len(row)} columns but the header has {len(header)}; "
            "quote fields that contain the delimiter"
        )
    return None


def read_csv(
    opened: Opened,
    name: str,
    *,
    published: str | None,
    column_map: Mapping[str, str],
    max_chars: int,
) -> Iterator[Article | Reject]:
    """Articles from a CSV/TSV stream with a header row; bad rows become rejects."""
    _raise_field_limit(max_chars)
    feed = _LineFeed(iter_lines(opened.stream, opened.encoding, line_cap_bytes(max_chars), max_chars))
    lines = iter(feed)
    header_line = next((text for text in lines if text.strip()), None)
    yield from _flush(feed, name)
    if header_line is None:
        yield Reject(file=name, line=None, reason="no header row; the first line must name the columns")
        return
    header_number = feed.consumed[-1]
    delimiter = choose_delimiter(header_line, name)
    header = [cell.strip() for cell in next(csv.reader([header_line], delimiter=delimiter))]
    keys = {field: find_key(header, field, column_map) for field in FIELDS}
    if keys["text"] is None:
        found = ", ".join(header)
        reason = missing_text_reason(column_map, "column") + f" (columns: {found})"
        yield Reject(file=name, line=header_number, reason=reason)
        return
    rows = 0
    reader = csv.reader(lines, delimiter=delimiter)
    while True:
        feed.consumed.clear()
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            yield from _flush(feed, name)
            start = feed.consumed[0] if feed.consumed else None
            yield Reject(file=name, line=start, reason=_csv_error_reason(error, max_chars))
            continue
        yield from _flush(feed, name)
        if not row or not any(cell.strip() for cell in row):
            continue
        rows += 1
        yield _row_to_article(row, header, keys, feed.consumed[0], name, column_map, published, max_chars)
    yield from _flush(feed, name)
    if rows == 0:
        yield Reject(file=name, line=None, reason="no rows after the header; add articles or remove the file")


def _csv_error_reason(error: csv.Error, max_chars: int) -> str:
    """The instruction for a row the csv module could not parse."""
    if "field larger than field limit" in str(error):
        return (
            f"a field is over the limit of {max_chars:,} characters per article (max_chars); "
            "split it or raise the limit"
        )
    return f"not valid CSV ({error}); fix or remove the row"


def _row_to_article(
    row: list[str],
    header: list[str],
    keys: Mapping[str, str | None],
    number: int,
    name: str,
    column_map: Mapping[str, str],
    published: str | None,
    max_chars: int,
) -> Article | Reject:
    """The article of one CSV row, or its reject."""
    shape = _row_shape_problem(row, header)
    if shape:
        return Reject(file=name, line=number, reason=shape)
    try:
        return build_article(
            dict(zip(header, row)),
            keys=keys,
            column_map=column_map,
            published=published,
            source=f"{name}:{number}",
            max_chars=max_chars,
            what="column",
        )
    except InputProblem as problem:
        return Reject(file=name, line=number, reason=problem.reason)


def _flush(feed: _LineFeed, name: str) -> Iterator[Reject]:
    """Rejects for lines the feed had to skip (undecodable or oversized)."""
    while feed.problems:
        line = feed.problems.pop(0)
        yield Reject(file=name, line=line.number, reason=line.problem or "unreadable line")
