"""``read_inputs``: every supported input format to a stream of articles and rejects."""
from __future__ import annotations

import contextlib
import gzip
import json
import os
import sys
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import BinaryIO, TextIO

from eventwire.ingest.article import make_article
from eventwire.ingest.dates import normalize_date
from eventwire.ingest.decoding import Opened, as_binary, decode_all, open_sniffed, read_capped
from eventwire.ingest.fields import check_column_map
from eventwire.ingest.html import article_from_html
from eventwire.ingest.plaintext import parse_plain_text
from eventwire.ingest.problems import InputProblem, too_large
from eventwire.ingest.records import read_csv, read_jsonl
from eventwire.ingest.sources import STDIN, expand_inputs
from eventwire.models import Article, Reject

STDIN_NAME = "<stdin>"
TEXT_SLACK_BYTES = 64 * 1024
HTML_SLACK_BYTES = 1024 * 1024

EXTENSION_KINDS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl", ".json": "jsonl",
    ".csv": "csv", ".tsv": "csv", ".tab": "csv",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}
CONVERT_FIRST = {
    ".pdf": "pdftotext", ".doc": "a word processor", ".docx": "a word processor",
    ".odt": "a word processor", ".rtf": "a word processor", ".epub": "an e-book tool",
    ".xls": "a spreadsheet (save as CSV)", ".xlsx": "a spreadsheet (save as CSV)",
    ".zip": "unzip", ".tar": "tar",
}


@dataclass(frozen=True)
class Settings:
    """The options of one ``read_inputs`` call, validated."""

    published: str | None
    column_map: Mapping[str, str]
    max_chars: int


def text_cap_bytes(max_chars: int) -> int:
    """The largest plain-text file that can hold an article of ``max_chars`` characters."""
    return 4 * max_chars + TEXT_SLACK_BYTES


def html_cap_bytes(max_chars: int) -> int:
    """The largest HTML page read for an article of ``max_chars`` characters (markup included)."""
    return 16 * max_chars + HTML_SLACK_BYTES


def split_extension(name: str) -> tuple[str, bool]:
    """The lower-case format extension of ``name`` and whether it is gzip-compressed."""
    lowered = name.lower()
    gzipped = lowered.endswith(".gz")
    if gzipped:
        lowered = lowered[: -len(".gz")]
    return os.path.splitext(lowered)[1], gzipped


def sniff_kind(opened: Opened) -> str:
    """The format of an input without a known extension, from its first bytes."""
    head = opened.sample.decode(opened.encoding, errors="ignore").lstrip("\ufeff \t\r\n")
    lowered = head[:2048].lower()
    if lowered.startswith(("<!doctype html", "<html")) or (head.startswith("<") and "<body" in lowered):
        return "html"
    if head.startswith("{"):
        first_line = head.split("\n", 1)[0]
        with contextlib.suppress(json.JSONDecodeError):
            if isinstance(json.loads(first_line), dict):
                return "jsonl"
    return "text"


def _check_file_size(path: str, kind: str, max_chars: int) -> None:
    """Reject a single-article file that is too large, from its size alone (nothing is read)."""
    cap = html_cap_bytes(max_chars) if kind == "html" else text_cap_bytes(max_chars)
    size = os.path.getsize(path)
    if size > cap:
        raise too_large(size, "bytes", max_chars, what="the file")


def read_text_article(opened: Opened, name: str, settings: Settings) -> Article:
    """The article of a plain-text file (front matter, headline, outlet, body)."""
    data = read_capped(opened.stream, text_cap_bytes(settings.max_chars), settings.max_chars)
    parsed = parse_plain_text(decode_all(data, opened.encoding))
    if settings.published:
        date, basis = settings.published, "given"
    else:
        date, basis = normalize_date(parsed.meta.get("published")), "metadata"
    article = make_article(
        parsed.body,
        title=parsed.title,
        outlet=parsed.outlet,
        url=parsed.meta.get("url") or None,
        published=date,
        published_basis=basis if date else None,
        source=name,
    )
    if len(article.text) > settings.max_chars:
        raise too_large(len(article.text), "characters", settings.max_chars)
    given_id = parsed.meta.get("id", "").strip()
    return article.model_copy(update={"id": given_id}) if given_id else article


def read_html_article(opened: Opened, name: str, settings: Settings) -> Article:
    """The article of an HTML page."""
    data = read_capped(opened.stream, html_cap_bytes(settings.max_chars), settings.max_chars)
    return article_from_html(
        decode_all(data, opened.encoding),
        source=name,
        published=settings.published,
        max_chars=settings.max_chars,
    )


def _read_opened(opened: Opened, kind: str, name: str, settings: Settings) -> Iterator[Article | Reject]:
    """Dispatch an opened input to the reader for its format."""
    options = {"published": settings.published, "column_map": settings.column_map, "max_chars": settings.max_chars}
    if kind == "jsonl":
        yield from read_jsonl(opened, name, **options)
    elif kind == "csv":
        yield from read_csv(opened, name, **options)
    elif kind == "html":
        yield read_html_article(opened, name, settings)
    else:
        yield read_text_article(opened, name, settings)


def _open_raw(path: str, gzipped: bool, stdin: TextIO | BinaryIO | None) -> contextlib.AbstractContextManager[BinaryIO]:
    """A binary stream for ``path`` (stdin is not closed afterwards)."""
    if path == STDIN:
        return contextlib.nullcontext(as_binary(stdin if stdin is not None else sys.stdin))
    if gzipped:
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _read_source(path: str, settings: Settings, stdin: TextIO | BinaryIO | None) -> Iterator[Article | Reject]:
    """Articles and rejects from one file or stdin; raises InputProblem for a whole-file problem."""
    name = STDIN_NAME if path == STDIN else path
    extension, gzipped = split_extension(path)
    if extension in CONVERT_FIRST:
        raise InputProblem(
            f"{extension} files are not read; convert it to text first ({CONVERT_FIRST[extension]})"
        )
    kind = EXTENSION_KINDS.get(extension, "unknown") if path != STDIN else "unknown"
    if kind in ("text", "html") and not gzipped:
        _check_file_size(path, kind, settings.max_chars)
    with _open_raw(path, gzipped, stdin) as raw:
        try:
            opened = open_sniffed(raw)
        except InputProblem as problem:
            if kind == "unknown" and path != STDIN and not problem.reason.startswith("the file is empty"):
                label = extension or "no extension"
                raise InputProblem(f"unknown file type ({label}) and {problem.reason}") from None
            raise
        if kind == "unknown":
            kind = sniff_kind(opened)
        yield from _read_opened(opened, kind, name, settings)


def _whole_file_reject(name: str, error: Exception) -> Reject:
    """The reject for a file that failed while opening or streaming."""
    if isinstance(error, (gzip.BadGzipFile, EOFError, zlib.error)):
        reason = f"not a valid or complete gzip file ({error}); re-compress it or drop the .gz extension"
    elif isinstance(error, OSError):
        reason = f"cannot read the file ({error.strerror or error}); check that it exists and its permissions"
    else:
        reason = str(error)
    return Reject(file=name, line=None, reason=reason)


def _read_one(path: str, settings: Settings, stdin: TextIO | BinaryIO | None) -> Iterator[Article | Reject]:
    """Everything read from one input; any whole-file problem becomes a reject."""
    name = STDIN_NAME if path == STDIN else path
    try:
        yield from _read_source(path, settings, stdin)
    except InputProblem as problem:
        yield Reject(file=name, line=problem.line, reason=problem.reason)
    except (OSError, EOFError, zlib.error) as error:
        yield _whole_file_reject(name, error)


def _stream(paths: Sequence[str], settings: Settings, stdin: TextIO | BinaryIO | None) -> Iterator[Article | Reject]:
    """The lazy part of ``read_inputs``."""
    for item in expand_inputs(paths):
        if isinstance(item, Reject):
            yield item
        else:
            yield from _read_one(item, settings, stdin)


def read_inputs(
    paths: Sequence[str],
    *,
    published: str | None = None,
    column_map: dict[str, str] | None = None,
    max_chars: int = 2_000_000,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Article | Reject]:
    """Read articles from files, directories, glob patterns, ``.gz`` files and ``-`` (stdin).

    Yields ``Article`` and ``Reject`` in input order, streaming: directories are walked
    lazily, JSON Lines and CSV files are read line by line, and nothing larger than an
    article's byte bound is held in memory. Formats come from the extension (.txt,
    .jsonl/.ndjson, .csv/.tsv, .html/.htm, each optionally .gz) or, without a known one,
    from the content. ``published`` overrides every article's date (basis "given");
    ``column_map`` maps our field names to the input's ({"text": "article_body"}).
    Raises ValueError at once for an invalid ``published``, ``column_map`` or ``max_chars``.
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be positive, got {max_chars}")
    normalized = None
    if published is not None:
        normalized = normalize_date(published)
        if normalized is None:
            raise ValueError(f"published must be a date such as 2025-03-09, got {published!r}")
    if isinstance(paths, str):
        paths = [paths]
    settings = Settings(published=normalized, column_map=check_column_map(column_map), max_chars=max_chars)
    return _stream(list(paths), settings, stdin)
