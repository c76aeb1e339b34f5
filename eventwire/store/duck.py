"""The DuckDB store: schema from ``schema.sql``, recorded migrations, bulk batched writes.

Writes go through Arrow tables, one transaction per batch: a batch is stored whole or not
at all. Articles are keyed by their content hash, so writing the same article twice adds
nothing.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa

from eventwire.errors import StoreError
from eventwire.models import Actor, Extraction, Reject

# (version, description, SQL file in this package) — append, never edit, to change the schema.
MIGRATIONS = [
    (1, "initial schema: articles, events, quotes, entities, timexes, ingest_errors", "schema.sql"),
]
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Store:
    """One DuckDB database file (or ``:memory:``)."""

    def __init__(self, path: str | Path = "eventwire.duckdb", *, read_only: bool = False):
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
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
        for version, description, filename in MIGRATIONS:
            if version in done:
                continue
            sql = resources.files("eventwire.store").joinpath(filename).read_text(encoding="utf-8")
            with self.transaction():
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations (version, description) VALUES (?, ?)",
                                 [version, description])
            applied.append(version)
        return applied

    def transaction(self):
        return _Transaction(self.con)

    # -- writes --------------------------------------------------------------------------------
    def write(self, extractions: Iterable[Extraction]) -> int:
        """Store a batch in one transaction; returns how many articles were new."""
        fresh = self._new_only(list(extractions))
        if not fresh:
            return 0
        tables = {
            "articles": [_article_row(x) for x in fresh],
            "events": [_event_row(x, e) for x in fresh for e in x.events],
            "quotes": [_quote_row(x, q) for x in fresh for q in x.quotes],
            "entities": [_entity_row(x, e) for x in fresh for e in x.entities],
            "timexes": [_timex_row(x, t) for x in fresh for t in x.timexes],
        }
        with self.transaction():
            for table, rows in tables.items():
                self._insert(table, rows)
        return len(fresh)

    def _new_only(self, extractions: list[Extraction]) -> list[Extraction]:
        unique = list({x.article.id: x for x in extractions}.values())
        ids = [x.article.id for x in unique]
        if not ids:
            return []
        known = {row[0] for row in self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))",
                                                    [ids]).fetchall()}
        return [x for x in unique if x.article.id not in known]

    def _insert(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        arrow = pa.Table.from_pylist(rows)
        columns = ", ".join(arrow.column_names)
        self.con.register("_batch", arrow)
        try:
            self.con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM _batch")
        finally:
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
        sql = "SELECT extraction FROM articles"
        params: list = []
        if article_ids is not None:
            sql += " WHERE id IN (SELECT unnest(?))"
            params.append(article_ids)
        for (payload,) in self.con.execute(sql + " ORDER BY published NULLS LAST, id", params).fetchall():
            yield Extraction.model_validate_json(payload)

    def counts(self) -> dict[str, int]:
        return {table: self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("articles", "events", "quotes", "entities", "timexes", "ingest_errors")}


class _Transaction:
    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con

    def __enter__(self):
        self.con.execute("BEGIN TRANSACTION")
        return self.con

    def __exit__(self, exc_type, exc, tb) -> None:
        self.con.execute("ROLLBACK" if exc_type else "COMMIT")


# -- row builders: the contract flattened to columns --------------------------------------------
def _actor_cols(prefix: str, actor: Actor | None) -> dict:
    return {f"{prefix}_name": actor.name if actor else None, f"{prefix}_text": actor.text if actor else None,
            f"{prefix}_country": actor.country if actor else None, f"{prefix}_sector": actor.sector if actor else None,
            f"{prefix}_code": actor.code if actor else None}


def _article_row(x: Extraction) -> dict:
    a = x.article
    return {"id": a.id, "title": a.title, "outlet": a.outlet, "url": a.url, "published": a.published,
            "published_basis": a.published_basis, "source": a.source, "text": a.text,
            "n_events": len(x.events), "n_quotes": len(x.quotes), "extraction": x.to_json()}


def _event_row(x: Extraction, e) -> dict:
    row = {"id": e.id, "article_id": x.article.id, "type": e.type, "mode": e.mode, "context": e.context,
           "cameo": e.cameo, "goldstein": e.goldstein, "quad_class": e.quad_class,
           **_actor_cols("source", e.source), **_actor_cols("target", e.target),
           "date_value": e.date.value, "date_text": e.date.text, "date_basis": e.date.basis,
           "event_date": e.date.value if e.date.value and _DAY.match(e.date.value) else None,
           "place_name": e.place.name if e.place else None, "place_country": e.place.country if e.place else None,
           "lat": e.place.lat if e.place else None, "lon": e.place.lon if e.place else None,
           "geonameid": e.place.geonameid if e.place else None,
           "fatalities": e.fatalities, "injured": e.injured,
           "reported_by_code": e.reported_by.code if e.reported_by else None,
           "reported_by_name": e.reported_by.name if e.reported_by else None,
           "trigger_text": e.trigger.text, "trigger_start": e.trigger.start, "trigger_end": e.trigger.end,
           "sentence": e.evidence.sentence, "evidence_start": e.evidence.start, "evidence_end": e.evidence.end,
           "evidence": e.evidence.text, "confidence": e.confidence,
           "outlet": x.article.outlet, "published": x.article.published}
    return row


def _quote_row(x: Extraction, q) -> dict:
    return {"id": q.id, "article_id": x.article.id, "text": q.text, "kind": q.kind,
            "speaker_name": q.speaker.name if q.speaker else None, "speaker_code": q.speaker.code if q.speaker else None,
            "speaker_country": q.speaker.country if q.speaker else None, "speaker_text": q.speaker_text,
            "cue": q.cue, "channel": q.outlet, "date_value": q.date.value, "date_basis": q.date.basis,
            "start_char": q.start, "end_char": q.end, "sentence": q.sentence,
            "outlet": x.article.outlet, "published": x.article.published}


def _entity_row(x: Extraction, e) -> dict:
    a, p = e.actor, e.place
    return {"article_id": x.article.id, "text": e.text, "label": e.label, "start_char": e.start, "end_char": e.end,
            "actor_name": a.name if a else None, "actor_code": a.code if a else None,
            "actor_country": a.country if a else None, "actor_sector": a.sector if a else None,
            "place_name": p.name if p else None, "place_country": p.country if p else None,
            "lat": p.lat if p else None, "lon": p.lon if p else None, "geonameid": p.geonameid if p else None,
            "feature": p.feature if p else None}


def _timex_row(x: Extraction, t) -> dict:
    return {"article_id": x.article.id, "text": t.text, "type": t.type, "value": t.value, "mod": t.mod,
            "start_char": t.start, "end_char": t.end}
