"""The ``eventwire`` command line: thin commands over plain functions (see each module)."""
from __future__ import annotations

import typer

from eventwire.cli import export as export_cmds
from eventwire.cli import ingest as ingest_cmds
from eventwire.cli import listing
from eventwire.cli import quality
from eventwire.cli import serve as serve_cmds
from eventwire.cli import analysis
from eventwire.cli import catalog
from eventwire.cli import scale

app = typer.Typer(
    name="eventwire",
    help="News articles to structured, dated, located, attributed political event data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

app.command("ingest")(ingest_cmds.ingest)
app.command("extract")(ingest_cmds.extract)
app.command("events")(listing.events)
app.command("quotes")(listing.quotes)
app.command("articles")(listing.articles)
app.command("timeline")(listing.timeline)
app.command("stats")(listing.stats)
app.command("errors")(listing.errors)
app.command("summary")(listing.summary)
app.command("export")(export_cmds.export)
app.command("schema")(export_cmds.schema)
app.command("eval")(quality.evaluate)
app.command("bench")(quality.bench)
app.command("serve")(serve_cmds.serve)
app.command("stories")(analysis.stories)
app.command("dyads")(analysis.dyads)
app.command("tension")(analysis.tension)
app.command("alerts")(analysis.alerts)
app.command("explain")(analysis.explain)
app.command("link")(analysis.link)
app.command("spark-extract")(scale.spark_extract)
app.command("load-parquet")(scale.load_parquet)
app.command("places")(catalog.places)


def main() -> None:
    """Entry point: named eventwire errors become their message and exit code, never a traceback."""
    from eventwire.cli.output import stderr
    from eventwire.errors import EventwireError

    try:
        app()
    except EventwireError as exc:
        stderr.print(f"error: {exc}", markup=False, highlight=False)
        raise SystemExit(exc.exit_code) from None
