"""The plain-text article layout: optional front matter, headline, outlet, body."""
from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.ingest.problems import InputProblem

FRONT_MATTER_FENCE = "---"
FRONT_MATTER_KEYS = ("published", "url", "outlet", "title", "id")
MAX_FRONT_MATTER_LINES = 100
MAX_OUTLET_CHARS = 120


@dataclass
class PlainText:
    """A plain-text file split into its parts (body not yet normalized)."""

    title: str = ""
    outlet: str = ""
    body: str = ""
    meta: dict[str, str] = field(default_factory=dict)


def _unquote(value: str) -> str:
    """``value`` without one pair of surrounding single or double quotes."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def split_front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """The front matter at the top of ``lines`` and the index of the first line after it.

    Front matter is a ``---`` line, ``key: value`` lines (published, url, outlet, title, id;
    other keys are ignored) and a closing ``---`` line. Raises InputProblem when it is
    not closed or a line is not ``key: value``.
    """
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        return {}, 0
    meta: dict[str, str] = {}
    for index in range(1, min(len(lines), MAX_FRONT_MATTER_LINES + 1)):
        line = lines[index].strip()
        if line == FRONT_MATTER_FENCE:
            return meta, index + 1
        if not line or line.startswith("#"):
            continue
        key, colon, value = line.partition(":")
        if not colon or not key.strip():
            raise InputProblem(
                "front matter line is not 'key: value'; fix it, or close the front matter "
                "with a '---' line",
                line=index + 1,
            )
        key = key.strip().lower()
        if key in FRONT_MATTER_KEYS:
            meta[key] = _unquote(value.strip())
    raise InputProblem(
        "front matter opened with '---' is never closed; add a '---' line after the "
        "'key: value' lines",
        line=1,
    )


def _looks_like_body(line: str) -> bool:
    """Whether a second line is too long to be an outlet name."""
    return len(line) > MAX_OUTLET_CHARS


def parse_plain_text(text: str) -> PlainText:
    """Split a plain-text article into front matter, headline (line 1), outlet (line 2), body.

    When the front matter gives a ``title`` there are no headline and outlet lines: all
    that follows it is body. A file with a single non-blank line is all body. A long
    second line (over 120 characters) is body, not an outlet.
    Raises InputProblem for bad front matter or a missing body.
    """
    lines = text.splitlines()
    meta, start = split_front_matter(lines)
    rest = lines[start:]
    while rest and not rest[0].strip():
        rest = rest[1:]
    parsed = PlainText(meta=meta)
    if "title" in meta or sum(1 for line in rest if line.strip()) == 1:
        parsed.body = "\n".join(rest)
    else:
        parsed.title = rest[0].strip() if rest else ""
        second = rest[1].strip() if len(rest) > 1 else ""
        if _looks_like_body(second):
            parsed.body = "\n".join(rest[1:])
        else:
            parsed.outlet = second
            parsed.body = "\n".join(rest[2:])
    parsed.title = meta.get("title", parsed.title)
    parsed.outlet = meta.get("outlet", parsed.outlet)
    if not parsed.body.strip():
        raise InputProblem(
            "no body text: the layout is line 1 headline, line 2 outlet, then the body; "
            "add the body or fix the layout"
        )
    return parsed
