"""Commands over canonical events and stories: stories, dyads, tension, alerts, explain, link."""
from __future__ import annotations

from typing import Annotated

import typer

from eventwire.cli.common import (
    DEFAULT_DB, ActorOption, DbOption, LimitOption, OffsetOption, OutletOption, PlaceOption, PlotOption,
    SinceOption, TypeOption, UntilOption, _valid_date, make_filters, open_store,
)
from eventwire.cli.output import CsvFlag, JsonFlag, TableFlag, choose_format, render


def stories(db: DbOption = DEFAULT_DB, since: SinceOption = None, until: UntilOption = None,
            outlet: OutletOption = None, limit: LimitOption = 100, offset: OffsetOption = 0,
            story: Annotated[str | None, typer.Option("--story", help="List the articles of this story id.")] = None,
            as_json: JsonFlag = False, as_csv: CsvFlag = False, as_table: TableFlag = False) -> None:
    """Stories: articles about the same developing story, grouped and labelled."""
    from eventwire.store import queries

    fmt = choose_format(as_json, as_csv, as_table)
    with open_store(db) as store:
        if story:
            rows = queries.story_articles(store, story)
            if not rows:
                from eventwire.errors import NotFound

                raise NotFound(f"no story {story!r} in {db}; list them with `eventwire stories`")
        else:
            rows = queries.list_stories(store, make_filters(None, None, since, until, outlet, limit, offset=offset))
    render(rows, fmt, title=f"story {story}" if story else "stories", max_width=80)


def dyads(db: DbOption = DEFAULT_DB, actor: ActorOption = None, type_: TypeOption = None,
          since: SinceOption = None, until: UntilOption = None, outlet: OutletOption = None,
          place: PlaceOption = None, limit: LimitOption = 50, offset: OffsetOption = 0, plot: PlotOption = None,
          as_json: JsonFlag = False, as_csv: CsvFlag = False, as_table: TableFlag = False) -> None:
    """Actor pairs (source -> target): events, mean Goldstein, cooperation vs conflict, fatalities."""
    from eventwire import analyze

    fmt = choose_format(as_json, as_csv, as_table)
    filters = make_filters(actor, type_, since, until, outlet, limit, offset=offset, place=place)
    with open_store(db) as store:
        rows = analyze.dyads(store, filters)
    if plot:
        from eventwire.analyze.plots import plot_dyads

        plot_dyads(rows[:30], plot)
    render(rows, fmt, title="dyads")


def tension(a: Annotated[str, typer.Argument(help="Actor code (ETHMIL) or country (ETH).")],
            b: Annotated[str, typer.Argument(help="The other actor.")],
            db: DbOption = DEFAULT_DB, since: SinceOption = None, until: UntilOption = None,
            ordered: Annotated[bool, typer.Option("--ordered", help="Only events from A to B.")] = False,
            plot: PlotOption = None, as_json: JsonFlag = False, as_csv: CsvFlag = False,
            as_table: TableFlag = False) -> None:
    """The daily tension index between A and B (positive = hostile); see docs/linking.md."""
    from eventwire import analyze

    fmt = choose_format(as_json, as_csv, as_table)
    since, until = _valid_date(since, "--since"), _valid_date(until, "--until")
    with open_store(db) as store:
        rows = analyze.tension(store, a, b, ordered=ordered, since=since, until=until)
    if plot:
        from eventwire.analyze.plots import plot_tension

        plot_tension(rows, plot, title=f"tension {a.upper()} {'->' if ordered else '<->'} {b.upper()}")
    if fmt != "json":
        rows = [{**r, "events": " ".join(r["events"])} for r in rows]
    render(rows, fmt, title=f"tension {a.upper()} {b.upper()}")


def alerts(db: DbOption = DEFAULT_DB, since: SinceOption = None, until: UntilOption = None,
           limit: LimitOption = 100, as_json: JsonFlag = False, as_csv: CsvFlag = False,
           as_table: TableFlag = False) -> None:
    """Escalation and de-escalation alerts: a dyad's tension against its own recent baseline."""
    from eventwire import analyze

    fmt = choose_format(as_json, as_csv, as_table)
    since, until = _valid_date(since, "--since"), _valid_date(until, "--until")
    with open_store(db) as store:
        rows = analyze.alerts(store, since=since, until=until, limit=limit)
    if fmt != "json":
        rows = [{**r, "events": " ".join(r["events"])} for r in rows]
    render(rows, fmt, title="alerts", max_width=80)


def explain(event_id: Annotated[str, typer.Argument(help="A canonical event id (from `eventwire events`).")],
            db: DbOption = DEFAULT_DB, as_json: JsonFlag = False, as_csv: CsvFlag = False,
            as_table: TableFlag = False) -> None:
    """Show a canonical event, every report of it, and why each report was merged."""
    import json as jsonlib
    import sys

    from eventwire.cli.output import _plain, as_table as table_of, stdout
    from eventwire.link import explain as explain_event

    fmt = choose_format(as_json, as_csv, as_table)
    with open_store(db) as store:
        found = explain_event(store, event_id)
    if fmt == "json":
        payload = {"event": {k: _plain(v) for k, v in found["event"].items()},
                   "mentions": [{k: _plain(v) for k, v in m.items()} for m in found["mentions"]]}
        sys.stdout.write(jsonlib.dumps(payload, ensure_ascii=False) + "\n")
        return
    mentions = [{**m, "reasons": "; ".join(f"{k}: {v}" for k, v in m["reasons"].items())} for m in found["mentions"]]
    if fmt == "csv":
        render(mentions, fmt)
        return
    event = found["event"]
    stdout.print(f"[bold]{event['id']}[/] {event['type']} {event['source_code'] or '?'} -> "
                 f"{event['target_code'] or '?'} on {event['date_start']} ({event['date_value']}), "
                 f"{event['n_mentions']} reports from {event['n_outlets']} outlets", highlight=False)
    rows = [{k: m[k] for k in ("published", "outlet", "trigger_text", "date_value", "fatalities", "score", "reasons",
                               "sentence", "evidence")} for m in mentions]
    stdout.print(table_of(rows, title="mentions", max_width=60))


def link(db: DbOption = DEFAULT_DB,
         again: Annotated[bool, typer.Option("--again", help="Forget all links and link everything anew.")] = False,
         as_json: JsonFlag = False, as_csv: CsvFlag = False, as_table: TableFlag = False) -> None:
    """Link the store's events into canonical events and re-cluster stories (ingest does this too)."""
    from eventwire.link import refresh, relink

    fmt = choose_format(as_json, as_csv, as_table)
    with open_store(db, read_only=False) as store:
        counts = relink(store) if again else refresh(store)
    render([counts], fmt, title="linking")
