"""Listing commands over the store: events, quotes, articles, timeline, stats, errors, summary."""
from __future__ import annotations

from typing import Annotated

import typer

from eventwire.cli.common import (
    DEFAULT_DB, ActorOption, DbOption, DyadOption, LimitOption, OffsetOption, OutletOption, PlaceOption, PlotOption,
    SinceOption, TypeOption, UntilOption, WithoutOption, make_filters, open_store,
)
from eventwire.cli.output import CsvFlag, JsonFlag, TableFlag, choose_format, render
from eventwire.store import queries


MentionsFlag = Annotated[bool, typer.Option("--mentions", help="List the raw per-article events instead.")]


def events(db: DbOption = DEFAULT_DB, actor: ActorOption = None, type_: TypeOption = None,
           since: SinceOption = None, until: UntilOption = None, outlet: OutletOption = None,
           place: PlaceOption = None, dyad: DyadOption = None, without: WithoutOption = None,
           limit: LimitOption = 100, offset: OffsetOption = 0,
           mentions: MentionsFlag = False, as_json: JsonFlag = False, as_csv: CsvFlag = False,
           as_table: TableFlag = False) -> None:
    """List events, one per real-world event (reports merged), dated by when they happened.

    --json adds each event's mentions (article, outlet, sentence); --mentions lists the raw
    per-article events instead.
    """
    fmt = choose_format(as_json, as_csv, as_table)
    filters = make_filters(actor, type_, since, until, outlet, limit, offset=offset, place=place, dyad=dyad,
                           without=without)
    with open_store(db) as store:
        if mentions:
            rows = queries.list_mentions(store, filters)
        else:
            rows = queries.list_events(store, filters, with_mentions=fmt == "json")
    if fmt == "table":
        rows = [_mention_cells(r) for r in rows] if mentions else [_event_cells(r) for r in rows]
    render(rows, fmt, title="event mentions" if mentions else "events")


def _event_cells(row: dict) -> dict:
    """The columns a terminal has room for: who did what to whom, when, where, how many killed, how sure."""
    low, high = row.get("fatalities_min"), row.get("fatalities_max")
    killed = "" if low is None else str(low) if low == high or high is None else f"{low}-{high}"
    return {"id": row["id"], "date": row["date"], "type": row["type"], "source": row["source_code"],
            "target": row["target_code"], "place": row["place_name"], "killed": killed,
            "reports": f"{row['n_mentions']}/{row['n_outlets']}", "trigger": row["trigger_text"]}


def _mention_cells(row: dict) -> dict:
    return {k: row[k] for k in ("date", "type", "source_code", "target_code", "place_name", "fatalities", "context",
                                "trigger_text", "outlet")}


SpeakerOption = Annotated[str | None, typer.Option(
    "--speaker", help="Speaker: actor code (EGYGOV), country (EGY) or part of the speaker's name or words.")]


def quotes(db: DbOption = DEFAULT_DB, speaker: SpeakerOption = None, since: SinceOption = None,
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
             until: UntilOption = None, outlet: OutletOption = None, place: PlaceOption = None,
             dyad: DyadOption = None, limit: LimitOption = 1000, offset: OffsetOption = 0, plot: PlotOption = None,
             as_json: JsonFlag = False, as_csv: CsvFlag = False, as_table: TableFlag = False) -> None:
    """Events per day (or week, month) and type, on the date they happened; each real-world event once."""
    from eventwire import analyze

    fmt = choose_format(as_json, as_csv, as_table)
    if by not in ("day", "week", "month"):
        raise typer.BadParameter(f"{by!r}: use day, week or month", param_hint="--by")
    filters = make_filters(actor, type_, since, until, outlet, limit, offset=offset, place=place, dyad=dyad)
    with open_store(db) as store:
        rows = analyze.timeline(store, filters, by=by)
    if plot:
        from eventwire.analyze.plots import plot_timeline

        plot_timeline(rows, plot, title=f"events per {by}")
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
        canonical = store.query("SELECT count(*) AS n FROM canonical_events")[0]["n"]
    stdout.print(f"[bold]{counts['articles']}[/] articles, [bold]{canonical}[/] events ({counts['events']} reports), "
                 f"[bold]{counts['quotes']}[/] quotes, {counts['entities']} entity mentions, "
                 f"{counts['timexes']} time expressions, {counts['ingest_errors']} rejected inputs")
    rows = sorted((_event_cells(r) for r in biggest), key=lambda r: str(r["date"]))
    stdout.print(as_table(rows, title="timeline of the biggest events", max_width=70))
    stdout.print(as_table(dyads, title="most active actor pairs"))
