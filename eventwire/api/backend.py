"""The one process-wide owner of the store: read cursors for requests, one locked writer for ingest.

DuckDB allows a single read-write connection per database file per process. The server opens it
once; every request reads through its own cursor (a child connection sharing the same database
instance, so it sees committed writes), and every ingest runs under ``write_lock`` in a worker
thread. No second process opens the file, so a "database is locked" error cannot happen.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import duckdb

from eventwire.models import Article, Reject
from eventwire.store import Store


class CursorStore(Store):
    """A ``Store`` whose connection is a cursor of the server's connection (no migration, no lock)."""

    def __init__(self, path: str, cursor: duckdb.DuckDBPyConnection):  # noqa: D107 - no super(): no new file handle
        self.path = path
        self.con = cursor


@dataclass
class IngestResult:
    """What one ``POST /api/articles`` did."""

    ids: list[str] = field(default_factory=list)
    new: int = 0
    events: int = 0
    quotes: int = 0
    rejects: list[Reject] = field(default_factory=list)
    link: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "id": self.ids[0] if self.ids else None,
            "ids": self.ids,
            "new": self.new,
            "events": self.events,
            "quotes": self.quotes,
            "rejects": [r.model_dump() for r in self.rejects],
            "link": self.link,
        }


class Backend:
    """The server's store: opened read-write once, migrated, shared by every request."""

    def __init__(self, db_path: str):
        self.path = str(db_path)
        self._store = Store(self.path)
        self._cursor_lock = threading.Lock()
        self.write_lock = threading.Lock()
        self._nlp = None
        self._nlp_lock = threading.Lock()

    def close(self) -> None:
        self._store.close()

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        with self._cursor_lock:
            return self._store.con.cursor()

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """A store view on a fresh cursor, closed afterwards."""
        cursor = self._cursor()
        try:
            yield CursorStore(self.path, cursor)
        finally:
            cursor.close()

    def nlp(self):
        """The spaCy pipeline, loaded on the first ingest and kept."""
        with self._nlp_lock:
            if self._nlp is None:
                from eventwire.nlp import load_pipeline

                self._nlp = load_pipeline()
            return self._nlp

    def ingest(self, articles: list[Article], rejects: list[Reject] | None = None) -> IngestResult:
        """Extract, store and link ``articles`` (blocking: call it from a worker thread)."""
        from eventwire.pipeline import extract_many

        result = IngestResult(rejects=list(rejects or []))

        def failed(article: Article, exc: Exception) -> None:
            result.rejects.append(Reject(file=article.source or article.id, line=None,
                                         reason=f"extraction failed ({type(exc).__name__}); the article was skipped"))

        with self.write_lock:
            extractions = list(extract_many(articles, nlp=self.nlp(), on_error=failed))
            with self.reader() as store:
                if result.rejects:
                    store.record_rejects(result.rejects)
                result.new = store.write(extractions)
                result.ids = [x.article.id for x in extractions]
                result.events = sum(len(x.events) for x in extractions)
                result.quotes = sum(len(x.quotes) for x in extractions)
                if result.ids:
                    result.link = _link(store, result.ids)
        return result


def _link(store: Store, article_ids: list[str]) -> dict:
    """Cross-article linking of the new articles (``eventwire.link.refresh``)."""
    from eventwire import link

    return link.refresh(store, article_ids)
