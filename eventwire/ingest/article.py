"""Building an ``Article``: body normalization, the content-hash id and the publication date."""
from __future__ import annotations

import hashlib

from eventwire.ingest.dates import infer_published, normalize_date
from eventwire.models import Article, PublishedBasis

PARAGRAPH_BREAK = "\n\n"


def article_id(title: str, outlet: str, text: str) -> str:
    """First 16 hex digits of sha1 over ``title + "\\n" + outlet + "\\n" + text``."""
    digest = hashlib.sha1(f"{title}\n{outlet}\n{text}".encode("utf-8"))
    return digest.hexdigest()[:16]


def split_paragraphs(body: str) -> list[str]:
    """The paragraphs of ``body``, each stripped of surrounding whitespace.

    If the body has blank lines, paragraphs are the blank-line separated blocks and the
    lines inside a block (hard wrapping) are joined with one space; otherwise every line
    is a paragraph. Characters (curly quotes, dashes) are kept exactly.
    """
    lines = [line.strip() for line in body.splitlines()]
    nonblank = [line for line in lines if line]
    if not nonblank:
        return []
    first = lines.index(nonblank[0])
    last = len(lines) - lines[::-1].index(nonblank[-1])
    if "" not in lines[first:last]:
        return nonblank
    paragraphs: list[str] = []
    block: list[str] = []
    for line in lines + [""]:
        if line:
            block.append(line)
        elif block:
            paragraphs.append(" ".join(block))
            block = []
    return paragraphs


def normalize_body(body: str) -> str:
    """``body`` as paragraphs separated by exactly one blank line, without edge whitespace."""
    return PARAGRAPH_BREAK.join(split_paragraphs(body))


def resolve_published(
    text: str, published: str | None, basis: PublishedBasis | None
) -> tuple[str | None, PublishedBasis]:
    """The publication date and its basis: given value, else a dateline in the text, else unknown.

    Raises ValueError when ``published`` is given but is not a recognizable date.
    """
    if published is not None:
        normalized = normalize_date(published)
        if normalized is None:
            raise ValueError(f"published must be a date such as 2025-03-09, got {published!r}")
        return normalized, basis or "given"
    inferred = infer_published(text)
    if inferred:
        return inferred, "inferred"
    return None, "unknown"


def make_article(
    text: str,
    *,
    title: str = "",
    outlet: str = "",
    url: str | None = None,
    published: str | None = None,
    published_basis: PublishedBasis | None = None,
    source: str | None = None,
) -> Article:
    """An ``Article`` with a content-hash id, normalized paragraphs and a dated publication.

    ``published`` (any form ``normalize_date`` accepts) gets basis ``published_basis`` or
    "given"; without it the date is inferred from an explicit date near the top of the
    text (basis "inferred"), else it is None with basis "unknown". Raises ValueError for
    an empty text or an unrecognizable ``published``.
    """
    body = normalize_body(text)
    if not body:
        raise ValueError("text is empty")
    title = " ".join(title.split())
    outlet = " ".join(outlet.split())
    date_value, basis = resolve_published(body, published, published_basis)
    return Article(
        id=article_id(title, outlet, body),
        title=title,
        outlet=outlet,
        url=url or None,
        published=date_value,
        published_basis=basis,
        text=body,
        source=source,
    )
