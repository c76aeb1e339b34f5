"""Loading the Parquet tables written by ``eventwire spark-extract`` into a DuckDB store.

``OUTPUT/{articles,events,quotes,entities,timexes}/published_month=.../*.parquet`` are read
with hive partitioning and inserted in one transaction; articles already in the store (same
content hash) are skipped with all their rows, so loading twice adds nothing. ``OUTPUT/rejects/``
goes to ``ingest_errors`` (each file, line and reason once).
"""
from __future__ import annotations

from pathlib import Path

from eventwire.errors import StoreError

CHILD_TABLES = ("events", "quotes", "entities", "timexes")
PARTITION_COLUMN = "published_month"


def parquet_glob(directory: str | Path, table: str) -> str | None:
    """The glob of ``table``'s Parquet files under ``directory``, or None when it has none."""
    root = Path(directory) / table
    if not root.is_dir() or not any(root.rglob("*.parquet")):
        return None
    return str(root / "**" / "*.parquet")


def _source(files: str) -> str:
    escaped = files.replace("'", "''")
    return f"read_parquet('{escaped}', hive_partitioning = true, union_by_name = true)"


def _shared_columns(con, table: str, source: str) -> list[str]:
    """The store's columns of ``table`` that the Parquet files also have, in store order."""
    stored = [row[0] for row in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table]).fetchall()]
    present = {row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
    return [c for c in stored if c in present and c != PARTITION_COLUMN]


def load_parquet(store, directory: str | Path) -> dict[str, int]:
    """Insert the tables under ``directory`` into ``store`` in one transaction; rows added per table.

    Raises StoreError when ``directory`` holds no articles table. ``load_parquet_ids`` also
    returns the ids of the new articles (for linking).
    """
    counts, _ = load_parquet_ids(store, directory)
    return counts


def load_parquet_ids(store, directory: str | Path) -> tuple[dict[str, int], list[str]]:
    """``load_parquet``, also returning the ids of the articles that were new."""
    articles = parquet_glob(directory, "articles")
    if articles is None:
        raise StoreError(f"{directory}: no articles/*.parquet; is this the OUTPUT of `eventwire spark-extract`?")
    con = store.con
    counts: dict[str, int] = {}
    with store.transaction():
        source = _source(articles)
        cols = ", ".join(_shared_columns(con, "articles", source))
        con.execute("CREATE OR REPLACE TEMP TABLE _new_articles AS SELECT DISTINCT ON (id) * FROM "
                    f"{source} WHERE id NOT IN (SELECT id FROM articles)")
        con.execute(f"INSERT INTO articles ({cols}) SELECT {cols} FROM _new_articles")
        new_ids = [row[0] for row in con.execute("SELECT id FROM _new_articles ORDER BY id").fetchall()]
        counts["articles"] = len(new_ids)
        for table in CHILD_TABLES:
            counts[table] = _load_child(con, table, parquet_glob(directory, table))
        counts["ingest_errors"] = _load_rejects(con, parquet_glob(directory, "rejects"))
        con.execute("DROP TABLE _new_articles")
    return counts, new_ids


def _load_child(con, table: str, files: str | None) -> int:
    """Rows of ``table`` whose article is new in this load."""
    if files is None:
        return 0
    source = _source(files)
    cols = ", ".join(_shared_columns(con, table, source))
    before = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {source} "
                "WHERE article_id IN (SELECT id FROM _new_articles)")
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] - before


def _load_rejects(con, files: str | None) -> int:
    """Rejects not yet recorded (the same file, line and reason is kept once)."""
    if files is None:
        return 0
    before = con.execute("SELECT count(*) FROM ingest_errors").fetchone()[0]
    con.execute(f"""
        INSERT INTO ingest_errors (file, line, reason)
        SELECT DISTINCT r.file, r.line, r.reason FROM {_source(files)} AS r
        WHERE NOT EXISTS (SELECT 1 FROM ingest_errors e
                          WHERE e.file = r.file AND e.line IS NOT DISTINCT FROM r.line AND e.reason = r.reason)""")
    return con.execute("SELECT count(*) FROM ingest_errors").fetchone()[0] - before
