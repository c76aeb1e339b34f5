"""Listing commands over the store: events, quotes, articles, timeline, stats, errors, summary."""
from __future__ import annotations

from typing import Annotated

import typer

from eventwire.cli.common import (
    DEFAULT_DB, ActorOption, DbOption, LimitOption, OutletOption, SinceOption, TypeOption, UntilOption,
    make_filters, open_store,
)
from eventwire.cli.output import CsvFlag, JsonFlag, TableFlag, choose_format, render
from eventwire.store import queries


def events(db: DbOption = DEFAULT_DB, actor: ActorOption = None, type_: TypeOption = None,
           since: SinceOption = None, until: UntilOption = None, outlet: OutletOption = None,
           limit: LimitOption = 100, as_json: JsonFlag = False, as_csv: CsvFlag = False,
           as_table: TableFlag = False) -> None:
    """List events, dated by when they happened, with their evidence."""
    fmt = choose_format(as_json, as_csv, as_table)
    with open_store(db) as store:
        rows = queries.list_events(store, make_filters(actor, type_, since, until, outlet, limit))
    if fmt == "table":
        rows = [{k: r[k] for k in ("date", "type", "source_code", "target_code", "place_name", "fatalities",
                                   "context", "trigger_text", "outlet")} for r in rows]
    render(rows, fmt, title="events")


def quotes(db: DbOption = DEFAULT_DB, speaker: ActorOption = None, since: SinceOption = None,
           until: UntilOption = None, outlet: OutletOption = None, limit: LimitOption = 100,
           as_json: JsonFlag = False, as_csv: CsvFlag = False, as_table: TableFlag = False) -> None:
    """List quotes and attributions: who said what, where it was published."""
    fmt = choose_format(as_json, as_csv, as_table)
    with open_store(db) as store:
        rows = queries.list_quotes(store, make_filters(speaker, None, since, until, outlet, limit))
    render(rows, fmt, title="quotes")


def articles(db: DbOption = DEFAULT_DB, since: SinceOption = None, until: UntilOption = None,
             outlet: OutletOption = None, limit: LimitOption = 100, as_json: JsonFlag = False,
             as_csv: CsvFlag = False, as_table: TableFlag = False) -> None:
    """List stored articles with their publication date and what was found in them."""
    fmt = choose_format(as_json, as_csv, as_table)
    with open_store(db) as store:
        rows = queries.list_articles(store, make_filters(None, None, since, until, outlet, limit))
    render(rows, fmt, title="articles")


def timeline(db: DbOption = DEFAULT_DB, by: Annotated[str, typer.Option("--by", help="day, week or month.")] = "day",
             actor: ActorOption = None, type_: TypeOption = None, since: SinceOption = None,
             until: UntilOption = None, outlet: OutletOption = None, limit: LimitOption = 1000,
             as_json: JsonFlag = False, as_csv: CsvFlag = False, as_table: TableFlag = False) -> None:
    """Events per day (or week, month) and type, on the date they happened."""
    fmt = choose_format(as_json, as_csv, as_table)
    if by not in ("day", "week", "month"):
        raise typer.BadParameter(f"{by!r}: use day, week or month", param_hint="--by")
    with open_store(db) as store:
        rows = queries.timeline(store, make_filters(actor, type_, since, until, outlet, limit), by=by)
    render(rows, fmt, title=f"timeline by {by}")


def stats(db: DbOption = DEFAULT_DB, as_json: JsonFlag = False, as_csv: CsvFlag = False,
          as_table: TableFlag = False) -> None:
    """Counts of what the store holds."""
    fmt = choose_format(as_json, as_csv, as_table)
    with open_store(db) as store:
        render(queries.stats(store), fmt, title="store")


def errors(db: DbOption = DEFAULT_DB, limit: LimitOption = 100, as_json: JsonFlag = False,
           as_csv: CsvFlag = False, as_table: TableFlag = False) -> None:
    """Inputs that were rejected at ingest, with file, line and reason."""
    fmt = choose_format(as_json, as_csv, as_table)
    with open_store(db) as store:
        render(queries.ingest_errors(store, limit), fmt, title="ingest errors", max_width=100)


def summary(db: DbOption = DEFAULT_DB, limit: LimitOption = 10) -> None:
    """What the store holds: counts, the biggest events on a timeline, the most active actor pairs."""
    from eventwire.cli.output import as_table, stdout

    with open_store(db) as store:
        counts = store.counts()
        biggest = queries.biggest_events(store, limit)
        dyads = queries.top_dyads(store, limit)
    stdout.print(f"[bold]{counts['articles']}[/] articles, [bold]{counts['events']}[/] events, "
                 f"[bold]{counts['quotes']}[/] quotes, {counts['entities']} entity mentions, "
                 f"{counts['timexes']} time expressions, {counts['ingest_errors']} rejected inputs")
    rows = sorted(({"date": r["date"], "type": r["type"], "source": r["source_code"], "target": r["target_code"],
                    "place": r["place_name"], "killed": r["fatalities"], "injured": r["injured"],
                    "trigger": r["trigger_text"], "outlet": r["outlet"]} for r in biggest), key=lambda r: str(r["date"]))
    stdout.print(as_table(rows, title="timeline of the biggest events", max_width=70))
    stdout.print(as_table(dyads, title="most active actor pairs"))
