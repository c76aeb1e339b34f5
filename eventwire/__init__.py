"""eventwire: news articles to structured, attributed, verifiable political event data.

``eventwire.extract(text, published=...)`` is the Python API. The extractor components live
in the ``eventwire.extract`` package; it is imported first so that the function defined
below, not the package, is what ``eventwire.extract`` names.
"""
from __future__ import annotations

import eventwire.extract as _extractors  # noqa: F401  (must precede the function of the same name)

__version__ = "0.1.0"

__all__ = ["extract", "extract_many", "__version__"]


def extract(text: str, published: str | None = None, title: str = "", outlet: str = "", url: str | None = None):
    """Everything eventwire finds in one article: an ``eventwire.models.Extraction``."""
    from eventwire.pipeline import extract as _extract

    return _extract(text, published=published, title=title, outlet=outlet, url=url)


def extract_many(articles, **options):
    """Extractions for an iterable of ``eventwire.models.Article``, in order."""
    from eventwire.pipeline import extract_many as _extract_many

    return _extract_many(articles, **options)
