"""eventwire: news articles to structured, attributed, verifiable political event data.

Python API:
    eventwire.extract(text, published="2024-06-05")   -> eventwire.models.Extraction
    eventwire.extract_many(articles)                   -> iterator of Extraction
(``eventwire.extract`` is the extractor package, made callable.)
"""
from __future__ import annotations

from eventwire import extract  # noqa: F401  (callable package: eventwire.extract(text, ...))

__version__ = "0.1.0"

__all__ = ["extract", "extract_many", "__version__"]


def extract_many(articles, **options):
    """Extractions for an iterable of ``eventwire.models.Article``, in order."""
    from eventwire.pipeline import extract_many as _extract_many

    return _extract_many(articles, **options)
