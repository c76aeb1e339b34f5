"""Bytes to text: encoding detection, binary detection, bounded reads and line streaming."""
from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, TextIO

import charset_normalizer

from eventwire.ingest.problems import InputProblem, too_large

SAMPLE_BYTES = 64 * 1024
CHUNK_BYTES = 256 * 1024
MAX_CONTROL_SHARE = 0.01

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x19\x1c-\x1f\x7f-\x9f]")
_BINARY_ADVICE = (
    "eventwire reads plain text, JSON Lines, CSV and HTML; convert it to text first or remove it"
)


class PrefixedReader(io.RawIOBase):
    """A raw stream that replays ``prefix`` and then continues with ``rest``."""

    def __init__(self, prefix: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._prefix = memoryview(prefix)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._prefix:
            count = min(len(buffer), len(self._prefix))
            buffer[:count] = self._prefix[:count]
            self._prefix = self._prefix[count:]
            return count
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class TextAsBytes(io.RawIOBase):
    """A raw byte stream (UTF-8) over a text stream without a ``buffer`` (e.g. StringIO)."""

    def __init__(self, text: TextIO) -> None:
        super().__init__()
        self._text = text
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            chunk = self._text.read(max(1, len(buffer) // 4))
            if not chunk:
                return 0
            self._pending = chunk.encode("utf-8")
        count = min(len(buffer), len(self._pending))
        buffer[:count] = self._pending[:count]
        self._pending = self._pending[count:]
        return count


def as_binary(stream: TextIO | BinaryIO) -> BinaryIO:
    """A binary view of ``stream``: itself, its ``buffer``, or a UTF-8 re-encoding."""
    if isinstance(stream, io.TextIOBase) or hasattr(stream, "encoding"):
        raw = getattr(stream, "buffer", None)
        if raw is not None:
            return raw
        return io.BufferedReader(TextAsBytes(stream))  # type: ignore[arg-type]
    return stream  # type: ignore[return-value]


@dataclass(frozen=True)
class Opened:
    """An input stream positioned at its start, with the sniffed sample and encoding."""

    stream: io.BufferedReader
    sample: bytes
    encoding: str


def open_sniffed(raw: BinaryIO) -> Opened:
    """Read a sample of ``raw``, detect its encoding and return a stream that replays it.

    Raises InputProblem for an empty, binary or undecodable input.
    """
    sample = raw.read(SAMPLE_BYTES)
    if not sample:
        raise InputProblem("the file is empty; remove it or put an article in it")
    encoding = sniff_encoding(sample, at_eof=len(sample) < SAMPLE_BYTES)
    stream = io.BufferedReader(PrefixedReader(sample, raw), buffer_size=SAMPLE_BYTES)
    return Opened(stream=stream, sample=sample, encoding=encoding)


def _bom_encoding(sample: bytes) -> str | None:
    """The encoding announced by a byte-order mark at the start of ``sample``."""
    for bom, encoding in _BOMS:
        if sample.startswith(bom):
            return encoding
    return None


def _decodes_as_utf8(sample: bytes, at_eof: bool) -> UnicodeDecodeError | None:
    """None if ``sample`` is UTF-8 (allowing a character cut at the sample's end), else the error."""
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        cut_at_end = error.reason == "unexpected end of data" and error.start >= len(sample) - 3
        return None if cut_at_end and not at_eof else error
    return None


def _decodes_as(sample: bytes, encoding: str) -> bool:
    """Whether ``sample`` decodes strictly in ``encoding``."""
    try:
        sample.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _fallback_encoding(sample: bytes) -> str | None:
    """charset-normalizer's best guess for ``sample``, if it found some language in it.

    A guess without any language coherence is only a code page that maps every byte,
    which would turn garbage into plausible-looking letters; it is not accepted.
    """
    best = charset_normalizer.from_bytes(sample).best()
    if best is None or best.percent_coherence <= 0:
        return None
    return best.encoding


def sniff_encoding(sample: bytes, *, at_eof: bool = True) -> str:
    """The encoding of ``sample``: BOM, else strict UTF-8, else cp1252, else charset-normalizer.

    Raises InputProblem when the bytes look binary (NUL bytes, many control characters)
    or decode in none of these.
    """
    encoding = _bom_encoding(sample)
    if encoding is None:
        nul = sample.find(b"\x00")
        if nul >= 0:
            raise InputProblem(f"binary file (NUL byte at offset {nul}), not text; {_BINARY_ADVICE}")
        utf8_error = _decodes_as_utf8(sample, at_eof)
        if utf8_error is None:
            encoding = "utf-8"
        elif _decodes_as(sample, "cp1252"):
            encoding = "cp1252"
        else:
            encoding = _fallback_encoding(sample)
        if encoding is None:
            bad = sample[utf8_error.start]  # type: ignore[union-attr]
            raise InputProblem(
                f"not text: invalid UTF-8 (byte 0x{bad:02x} at offset {utf8_error.start}) "  # type: ignore[union-attr]
                "and not cp1252 or another known encoding either; re-save it as UTF-8 or remove it"
            )
    text = sample.decode(encoding, errors="ignore")
    _check_controls(text)
    return encoding


def _check_controls(text: str) -> None:
    """Raise InputProblem when control characters make up more than 1% of ``text``."""
    controls = len(_CONTROL.findall(text))
    if controls and controls > MAX_CONTROL_SHARE * len(text):
        raise InputProblem(
            f"binary file ({controls:,} control characters in the first {len(text):,}), "
            f"not text; {_BINARY_ADVICE}"
        )


def read_capped(stream: BinaryIO, cap_bytes: int, max_chars: int) -> bytes:
    """All of ``stream`` if it is at most ``cap_bytes`` long.

    Otherwise counts the rest in chunks (bounded memory) and raises the too-large problem.
    """
    data = stream.read(cap_bytes + 1)
    if len(data) <= cap_bytes:
        return data
    size = len(data)
    del data
    while chunk := stream.read(CHUNK_BYTES):
        size += len(chunk)
    raise too_large(size, "bytes", max_chars, what="the file")


def decode_all(data: bytes, encoding: str) -> str:
    """``data`` decoded strictly, with an instruction when a byte past the sample is bad."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputProblem(
            f"not valid {encoding} text (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "re-save it as UTF-8"
        ) from None


def is_ascii_compatible(encoding: str) -> bool:
    """Whether newlines and ASCII are single bytes in ``encoding`` (so lines split on b"\\n")."""
    try:
        return "a\n".encode(encoding) == b"a\n"
    except (LookupError, UnicodeError):
        return False


@dataclass(frozen=True)
class Line:
    """One physical line: its number and text, or the problem that kept it from being read."""

    number: int
    text: str | None
    problem: str | None = None


def _skip_rest_of_line(stream: BinaryIO) -> int:
    """Consume the rest of the current line in chunks; return how many bytes that was."""
    skipped = 0
    while chunk := stream.readline(CHUNK_BYTES):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def iter_lines(stream: io.BufferedReader, encoding: str, cap_bytes: int, max_chars: int) -> Iterator[Line]:
    """The lines of ``stream``, each decoded on its own and read in bounded memory.

    A line longer than ``cap_bytes`` is skipped with a too-large problem; a line that does
    not decode gets a problem and the next line is read as usual.
    """
    if not is_ascii_compatible(encoding):
        yield from _iter_wide_lines(stream, encoding, cap_bytes, max_chars)
        return
    number = 0
    while raw := stream.readline(cap_bytes + 1):
        number += 1
        if len(raw) > cap_bytes and not raw.endswith(b"\n"):
            size = len(raw) + _skip_rest_of_line(stream)
            yield Line(number, None, too_large(size, "bytes", max_chars, what="the line").reason)
            continue
        try:
            yield Line(number, raw.decode(encoding))
        except UnicodeDecodeError as error:
            yield Line(
                number,
                None,
                f"not valid {encoding} text (byte 0x{raw[error.start]:02x} at column {error.start + 1}); "
                "re-save the file as UTF-8",
            )


def _iter_wide_lines(stream: io.BufferedReader, encoding: str, cap_bytes: int, max_chars: int) -> Iterator[Line]:
    """Lines of a UTF-16/32 stream; a decoding error ends the file (it cannot resynchronize)."""
    text = io.TextIOWrapper(stream, encoding=encoding, errors="strict", newline="")
    cap_chars = max(1, cap_bytes // 2)
    number = 0
    try:
        while raw := text.readline(cap_chars + 1):
            number += 1
            if len(raw) > cap_chars and not raw.endswith("\n"):
                size = len(raw)
                while (more := text.readline(CHUNK_BYTES)) and not more.endswith("\n"):
                    size += len(more)
                size += len(more)
                yield Line(number, None, too_large(size, "characters", max_chars, what="the line").reason)
                continue
            yield Line(number, raw)
    except UnicodeDecodeError:
        yield Line(number + 1, None, f"not valid {encoding} text from here on; re-save the file as UTF-8")
    finally:
        text.detach()
