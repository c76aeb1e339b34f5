"""Reading an HTML page: trafilatura finds the main text and the page metadata (offline)."""
from __future__ import annotations

import logging

import trafilatura

from eventwire.ingest.article import make_article
from eventwire.ingest.dates import normalize_date
from eventwire.ingest.problems import InputProblem, too_large
from eventwire.models import Article

_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def _extract(html: str) -> trafilatura.settings.Document | None:
    """trafilatura's extraction of ``html`` with metadata, its log noise silenced."""
    logger = logging.getLogger("trafilatura")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        return trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=_DATE_PARAMS,
        )
    finally:
        logger.setLevel(level)


def _without_title_line(text: str, title: str) -> str:
    """``text`` without a first line that just repeats the headline."""
    first, _, rest = text.partition("\n")
    return rest if title and first.strip() == title.strip() and rest.strip() else text


def article_from_html(
    html: str, *, source: str, published: str | None, max_chars: int
) -> Article:
    """The article in an HTML page: title, site name, canonical URL, date and main text.

    The page's date metadata has basis "metadata"; dates in the visible text are only
    used through inference. Raises InputProblem when no main text is found or it is too long.
    """
    document = _extract(html)
    text = (getattr(document, "text", None) or "") if document is not None else ""
    if not text.strip():
        raise InputProblem(
            "no article text found in the HTML; save the page with its article content "
            "(not a script-only shell or a paywall page) or give the text as .txt"
        )
    title = getattr(document, "title", None) or ""
    text = _without_title_line(text, title)
    if published:
        date, basis = published, "given"
    else:
        date, basis = normalize_date(getattr(document, "date", None)), "metadata"
    article = make_article(
        text,
        title=title,
        outlet=getattr(document, "sitename", None) or "",
        url=getattr(document, "url", None) or None,
        published=date,
        published_basis=basis if date else None,
        source=source,
    )
    if len(article.text) > max_chars:
        raise too_large(len(article.text), "characters", max_chars)
    return article
