"""The DuckDB store: schema from ``schema.sql``, recorded migrations, bulk batched writes.

Writes go through Arrow tables, one transaction per batch: a batch is stored whole or not
at all. Articles are keyed by their content hash, so writing the same article twice adds
nothing.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable
from contextlib import contextmanager, suppress
from importlib import resources
from pathlib import Path
from typing import TypeVar

import duckdb
import pyarrow as pa

from eventwire.errors import StoreError
from eventwire.models import Extraction, Reject
from eventwire.store.rows import TABLE_ROWS, extraction_rows

T = TypeVar("T")

SCHEMA_FILE = "schema.sql"
EXTRACTION_ZLIB_LEVEL = 3   # 13.5 KB of JSON per sample article to 2.8 KB, in 0.07 ms
_SECTION = re.compile(r"^-- migration (\d+): (.+)$", re.MULTILINE)


def migrations() -> list[tuple[int, str, str]]:
    """``(version, description, sql)`` for each ``-- migration N: ...`` section of ``schema.sql``."""
    text = resources.files("eventwire.store").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    marks = list(_SECTION.finditer(text))
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [(int(m.group(1)), m.group(2).strip(), text[m.end():end]) for m, end in zip(marks, ends)]



def _mib(limit: str) -> float:
    """A DuckDB memory setting as DuckDB prints it ("488.2 MiB", "1.9 GiB"), in MiB."""
    number, unit = limit.split()
    factor = {"KiB": 1 / 1024, "MiB": 1, "GiB": 1024, "TiB": 1024 * 1024, "KB": 1 / 1000, "MB": 1,
              "GB": 1000, "TB": 1000 * 1000, "bytes": 1 / (1024 * 1024)}[unit]
    return float(number) * factor


def _doubled(limit: str) -> str:
    """Twice a DuckDB memory setting as DuckDB prints it, in MiB."""
    return f"{int(_mib(limit) * 2)}MiB"


def connection_config() -> dict[str, str]:
    """DuckDB settings from ``[store]``: a memory limit, so the store's buffer does not grow with
    the database (DuckDB's own default is 80% of the machine's memory); larger joins and sorts
    spill to a temporary folder beside the database file instead."""
    from eventwire.settings import setting

    limit = setting("store", "memory_limit")
    return {"memory_limit": limit} if limit else {}


class Store:
    """One DuckDB database file (or ``:memory:``)."""

    _working_mib: float | None = None   # the limit of the innermost ``memory_limited`` block, in MiB

    def __init__(self, path: str | Path = "eventwire.duckdb", *, read_only: bool = False):
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only, config=connection_config())
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc}); check the path, or close the "
                             "other process using it") from exc
        if not read_only:
            self.migrate()
        elif not self._has_table("schema_migrations"):
            raise StoreError(f"{self.path}: not an eventwire store (no schema_migrations table); "
                             "create one with `eventwire ingest PATH --db FILE`")

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema --------------------------------------------------------------------------------
    def _has_table(self, name: str) -> bool:
        return bool(self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()[0])

    def migrate(self) -> list[int]:
        """Apply the migrations not yet recorded, each in its own transaction."""
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                         "description VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)")
        done = {row[0] for row in self.con.execute("SELECT version FROM schema_migrations").fetchall()}
        applied = []
        for version, description, sql in migrations():
            if version in done:
                continue
            with self.transaction():
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations (version, description) VALUES (?, ?)",
                                 [version, description])
            applied.append(version)
        return applied

    def memory_limit(self) -> str:
        """DuckDB's memory limit as it prints it, e.g. "488.2 MiB"."""
        return self.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]

    def _set_memory_limit(self, limit: str) -> None:
        self.con.execute(f"SET memory_limit = '{limit}'")

    @contextmanager
    def _memory_limit_restored(self):
        """Whatever the block does to DuckDB's memory limit is undone when it ends, as far as it can
        be: a limit the indexes now pinned no longer fit under is set that much higher."""
        original = self.memory_limit()
        try:
            yield
        finally:
            try:
                self._set_memory_limit(original)
            except duckdb.OutOfMemoryException:
                self._set_limit_beside_indexes(_mib(original))

    def with_memory_to_spare(self, work: Callable[[], T], max_doublings: int = 4) -> T:
        """``work()``, run again with twice DuckDB's memory limit each time it runs out of it.

        Joins and sorts spill to disk under the limit, but a few aggregates cannot; a store large
        enough to need more than ``[store] memory_limit`` for them (millions of event mentions)
        gets it for that step instead of failing, and the limit is set back afterwards (inside
        ``memory_limited``: to that block's limit beside the indexes the work left pinned, see
        ``leave_room_for_indexes``). ``work`` must be safe to repeat (the writes and the linking
        steps are: each runs in one transaction).
        """
        try:
            with self._memory_limit_restored():
                for _ in range(max_doublings):
                    try:
                        return work()
                    except duckdb.OutOfMemoryException:
                        self._set_memory_limit(_doubled(self.memory_limit()))
                return work()   # the last try: its OutOfMemoryException reaches the caller
        finally:
            self.leave_room_for_indexes()

    @contextmanager
    def memory_limited(self, limit: str | None):
        """DuckDB's memory limit set to ``limit`` (e.g. "128MB") inside the block, then set back.

        DuckDB keeps the blocks it has written in its buffer up to the limit, so a process that
        only appends (an ingest's writes) would otherwise grow with the database up to
        ``[store] memory_limit``; under a small limit the blocks go to disk and the writer stays
        flat. ``None`` or "" leaves the limit as it is."""
        if not limit:
            yield self
            return
        outer = self._working_mib
        with self._memory_limit_restored():
            self._set_memory_limit(limit)
            self._working_mib = _mib(self.memory_limit())
            try:
                yield self
            finally:
                self._working_mib = outer

    def index_mib(self) -> float:
        """What DuckDB holds in memory for the tables' primary-key indexes (ART), in MiB. DuckDB
        pins it (it is never written out to make room) and counts it against the memory limit, so
        it grows with the keyed rows a write has touched: ~52 bytes per stored article since only the
        articles keep a key (schema migration 5, docs/scaling.md)."""
        row = self.con.execute("SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory() "
                               "WHERE tag = 'ART_INDEX'").fetchone()
        return row[0] / (1024 * 1024)

    def leave_room_for_indexes(self) -> None:
        """Inside ``memory_limited``: the limit set to that block's limit plus what the indexes pin.

        The small limit is meant for the buffer of table blocks; without this a store whose indexes
        outgrow it (a few hundred thousand articles under 64 MB) could no longer be written to."""
        if self._working_mib is not None:
            self._set_limit_beside_indexes(self._working_mib)

    def _set_limit_beside_indexes(self, mib: float) -> None:
        """DuckDB's memory limit set to ``mib`` plus what the indexes pin."""
        self._set_memory_limit(f"{int(mib + self.index_mib()) + 1}MiB")

    def transaction(self):
        return _Transaction(self.con)

    # -- writes --------------------------------------------------------------------------------
    def write(self, extractions: Iterable[Extraction]) -> int:
        """Store a batch in one transaction; returns how many articles were new."""
        return self.write_rows([extraction_rows(x) for x in extractions])

    def write_rows(self, articles: list[dict[str, list[dict]]]) -> int:
        """Store a batch of articles given as their rows (``eventwire.store.rows.extraction_rows``)
        in one transaction; an article already stored (or twice in the batch) is written once.
        Returns how many articles were new."""
        fresh = self._new_only(articles)
        if not fresh:
            return 0
        with self.transaction():
            self._insert("articles", [_compressed(row) for article in fresh for row in article["articles"]])
            for table in TABLE_ROWS:
                self._insert(table, [row for article in fresh for row in article[table]])
        return len(fresh)

    def _new_only(self, articles: list[dict[str, list[dict]]]) -> list[dict[str, list[dict]]]:
        unique = list({article["articles"][0]["id"]: article for article in articles}.values())
        ids = [article["articles"][0]["id"] for article in unique]
        if not ids:
            return []
        known = {row[0] for row in self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))",
                                                    [ids]).fetchall()}
        return [article for article in unique if article["articles"][0]["id"] not in known]

    def _insert(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        arrow = pa.Table.from_pylist(rows)
        columns = ", ".join(arrow.column_names)
        self.con.register("_batch", arrow)
        try:
            self.con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM _batch")
        finally:
            # in a transaction the insert aborted (out of memory), unregistering fails too; its error
            # must not hide the insert's, which ``with_memory_to_spare`` answers by trying again
            with suppress(duckdb.TransactionException):
                self.con.unregister("_batch")

    def record_rejects(self, rejects: Iterable[Reject]) -> int:
        """Record rejected inputs once each (the same file, line and reason is not repeated)."""
        added = 0
        with self.transaction():
            for reject in rejects:
                exists = self.con.execute(
                    "SELECT count(*) FROM ingest_errors WHERE file = ? AND line IS NOT DISTINCT FROM ? AND reason = ?",
                    [reject.file, reject.line, reject.reason]).fetchone()[0]
                if not exists:
                    self.con.execute("INSERT INTO ingest_errors (file, line, reason) VALUES (?, ?, ?)",
                                     [reject.file, reject.line, reject.reason])
                    added += 1
        return added

    # -- reads ---------------------------------------------------------------------------------
    def query(self, sql: str, params: list | None = None) -> list[dict]:
        cursor = self.con.execute(sql, params or [])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def extractions(self, article_ids: list[str] | None = None) -> Iterable[Extraction]:
        sql = "SELECT extraction, extraction_zlib FROM articles"
        params: list = []
        if article_ids is not None:
            sql += " WHERE id IN (SELECT unnest(?))"
            params.append(article_ids)
        for payload, packed in self.con.execute(sql + " ORDER BY published NULLS LAST, id", params).fetchall():
            yield Extraction.model_validate_json(zlib.decompress(packed) if packed is not None else payload)

    def counts(self) -> dict[str, int]:
        return {table: self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("articles", "events", "quotes", "entities", "timexes", "ingest_errors")}


def _compressed(article: dict) -> dict:
    """An ``articles`` row with its contract object moved, zlib-compressed, to ``extraction_zlib``."""
    payload = article.get("extraction")
    if payload is None:
        return article
    row = {key: value for key, value in article.items() if key != "extraction"}
    row["extraction_zlib"] = zlib.compress(payload.encode("utf-8"), EXTRACTION_ZLIB_LEVEL)
    return row


class _Transaction:
    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con

    def __enter__(self):
        self.con.execute("BEGIN TRANSACTION")
        return self.con

    def __exit__(self, exc_type, exc, tb) -> None:
        self.con.execute("ROLLBACK" if exc_type else "COMMIT")
