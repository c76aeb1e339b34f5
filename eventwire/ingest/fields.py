"""Mapping a JSON object or CSV row onto article fields, and building the article."""
from __future__ import annotations

from collections.abc import Mapping

from eventwire.ingest.article import make_article
from eventwire.ingest.dates import normalize_date
from eventwire.ingest.problems import InputProblem, too_large
from eventwire.models import Article

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "site", "site_name", "sitename", "publisher"),
    "published": ("published", "date", "publication_date", "published_at", "pubdate"),
    "url": ("url", "link"),
    "text": ("text", "body", "content"),
}
FIELDS = tuple(FIELD_ALIASES)


def check_column_map(column_map: Mapping[str, str] | None) -> dict[str, str]:
    """``column_map`` validated: keys must be article fields. Raises ValueError otherwise."""
    mapping = dict(column_map or {})
    unknown = sorted(set(mapping) - set(FIELDS))
    if unknown:
        raise ValueError(
            f"column_map keys must be among {', '.join(FIELDS)}; got {', '.join(unknown)}"
        )
    return mapping


def candidate_names(field: str, column_map: Mapping[str, str]) -> tuple[str, ...]:
    """The record keys that may hold ``field``: the mapped one, else the usual aliases."""
    if field in column_map:
        return (column_map[field],)
    return FIELD_ALIASES[field]


def find_key(keys: list[str], field: str, column_map: Mapping[str, str]) -> str | None:
    """The key among ``keys`` that holds ``field`` (exact match first, then ignoring case)."""
    lowered = {key.strip().lower(): key for key in reversed(keys)}
    for name in candidate_names(field, column_map):
        if name in keys:
            return name
        if name.strip().lower() in lowered:
            return lowered[name.strip().lower()]
    return None


def missing_text_reason(column_map: Mapping[str, str], what: str) -> str:
    """The instruction for a record or header without a text field."""
    if "text" in column_map:
        return (
            f"no {what} '{column_map['text']}' (mapped with --map text={column_map['text']}); "
            "check the name"
        )
    names = ", ".join(FIELD_ALIASES["text"])
    return f"no text {what} (looked for {names}); add one or map yours with --map text=NAME"


def _as_text(value: object) -> str:
    """A metadata value as a string ('' for null)."""
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def text_value(value: object, key: str, what: str) -> str:
    """The article text from a record value: a string or a list of paragraph strings."""
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        value = "\n\n".join(value)
    if not isinstance(value, str):
        kind = "null" if value is None else type(value).__name__
        raise InputProblem(f"{what} '{key}' is {kind}, not a string; put the article text in it")
    if not value.strip():
        raise InputProblem(f"empty text in {what} '{key}'; fill it or remove the {'row' if what == 'column' else 'line'}")
    return value


def build_article(
    values: Mapping[str, object],
    *,
    keys: Mapping[str, str | None],
    column_map: Mapping[str, str],
    published: str | None,
    source: str,
    max_chars: int,
    what: str,
) -> Article:
    """The article for one record. ``keys`` maps our field names to the record's keys.

    ``published`` (already normalized) overrides the record's date; an unparseable record
    date falls through to inference. Raises InputProblem for a missing, empty or oversized text.
    """
    text_key = keys["text"]
    if text_key is None or text_key not in values:
        raise InputProblem(missing_text_reason(column_map, what))
    text = text_value(values[text_key], text_key, what)

    def field(name: str) -> object:
        key = keys.get(name)
        return values.get(key) if key is not None else None

    date, basis = (published, "given") if published else (normalize_date(field("published")), "metadata")
    article = make_article(
        text,
        title=_as_text(field("title")),
        outlet=_as_text(field("outlet")),
        url=_as_text(field("url")) or None,
        published=date,
        published_basis=basis if date else None,
        source=source,
    )
    if len(article.text) > max_chars:
        raise too_large(len(article.text), "characters", max_chars)
    given_id = _as_text(field("id")).strip()
    return article.model_copy(update={"id": given_id}) if given_id else article
