"""``eventwire export`` and ``eventwire schema``."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.common import DEFAULT_DB, DbOption, open_store

FORMATS = ("jsonl", "csv", "parquet")


def export(output: Annotated[str, typer.Argument(help="Output file (jsonl/csv) or folder (parquet); - for stdout.")] = "-",
           fmt: Annotated[str, typer.Option("--format", help="jsonl (the eventwire/1 contract, one article per "
                                            "line), csv (one event per row) or parquet (one file per table).")] = "jsonl",
           db: DbOption = DEFAULT_DB) -> None:
    """Export the store: the full contract as JSON Lines, events as CSV, or every table as Parquet."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r}: use one of {', '.join(FORMATS)}", param_hint="--format")
    with open_store(db) as store:
        if fmt == "jsonl":
            _write_text(output, (x.to_json() + "\n" for x in store.extractions()))
        elif fmt == "csv":
            if output == "-":
                raise typer.BadParameter("csv export needs a file name", param_hint="OUTPUT")
            store.con.execute("COPY (SELECT * EXCLUDE (context), array_to_string(context, ',') AS context FROM events "
                              "ORDER BY published, article_id, trigger_start) TO ? (HEADER, DELIMITER ',')", [output])
        else:
            export_parquet(store, output)


def export_parquet(store, folder: str) -> None:
    if folder == "-":
        raise typer.BadParameter("parquet export needs a folder name", param_hint="OUTPUT")
    Path(folder).mkdir(parents=True, exist_ok=True)
    for table in ("articles", "events", "quotes", "entities", "timexes"):
        store.con.execute(f"COPY {table} TO ? (FORMAT parquet)", [str(Path(folder) / f"{table}.parquet")])


def _write_text(output: str, chunks) -> None:
    if output == "-":
        for chunk in chunks:
            sys.stdout.write(chunk)
        return
    with open(output, "w", encoding="utf-8") as handle:
        for chunk in chunks:
            handle.write(chunk)


def schema() -> None:
    """Print the JSON Schema of the eventwire/1 output contract."""
    from eventwire.models import Extraction

    sys.stdout.write(json.dumps(Extraction.model_json_schema(by_alias=True), indent=2) + "\n")
