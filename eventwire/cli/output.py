"""Output flags shared by every listing command: ``--table`` (default), ``--json``, ``--csv``."""
from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from decimal import Decimal
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON Lines, one object per row.")]
CsvFlag = Annotated[bool, typer.Option("--csv", help="Print CSV with a header row.")]
TableFlag = Annotated[bool, typer.Option("--table", help="Print a table (the default).")]

stdout = Console(soft_wrap=False)
# Messages name files and lines: never wrapped, so they can be copied and grepped whole.
stderr = Console(stderr=True, soft_wrap=True)


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def choose_format(as_json: bool, as_csv: bool, as_table: bool) -> str:
    chosen = [name for name, flag in (("json", as_json), ("csv", as_csv), ("table", as_table)) if flag]
    if len(chosen) > 1:
        raise typer.BadParameter(f"choose one output format, not {' and '.join('--' + c for c in chosen)}")
    return chosen[0] if chosen else "table"


def render(rows: list[dict], fmt: str, *, title: str | None = None, max_width: int = 60) -> None:
    """Print ``rows`` in the chosen format to stdout."""
    if fmt == "json":
        for row in rows:
            sys.stdout.write(json.dumps({k: _plain(v) for k, v in row.items()}, ensure_ascii=False) + "\n")
        return
    if fmt == "csv":
        if not rows:
            return
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows({k: _plain(v) for k, v in row.items()} for row in rows)
        return
    stdout.print(as_table(rows, title=title, max_width=max_width))


def as_table(rows: list[dict], *, title: str | None = None, max_width: int = 60) -> Table:
    table = Table(title=title, show_lines=False, header_style="bold")
    if not rows:
        table.add_column("(no rows)")
        return table
    for name in rows[0]:
        table.add_column(name, overflow="fold", max_width=max_width)
    for row in rows:
        table.add_row(*["" if v is None else str(_plain(v)) for v in row.values()])
    return table
