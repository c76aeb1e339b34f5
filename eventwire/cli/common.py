"""Options shared by several command groups."""
from __future__ import annotations

from typing import Annotated

import typer

from eventwire.store.queries import Filters, context_flags

DbOption = Annotated[str, typer.Option("--db", help="The DuckDB store file.", envvar="EVENTWIRE_DB")]
DEFAULT_DB = "eventwire.duckdb"
ActorOption = Annotated[str | None, typer.Option("--actor", help="Actor code (AZEMIL), country (AZE) or name part.")]
TypeOption = Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. ASSAULT.")]
SinceOption = Annotated[str | None, typer.Option("--since", help="From this date on (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Up to this date (YYYY-MM-DD).")]
OutletOption = Annotated[str | None, typer.Option("--outlet", help="Outlet name or part of it.")]
LimitOption = Annotated[int, typer.Option("--limit", min=1, help="At most this many rows.")]
OffsetOption = Annotated[int, typer.Option("--offset", min=0, help="Skip this many rows first.")]
PlaceOption = Annotated[str | None, typer.Option("--place", help="Place name (or part of it) or ISO3 country.")]
DyadOption = Annotated[str | None, typer.Option("--dyad", help="Two actors, codes or countries: 'ETH,SDN' (either direction).")]
WithoutOption = Annotated[str | None, typer.Option(
    "--without", help="Leave out events with any of these context flags, comma-separated, e.g. "
    "'negated,hypothetical,target-inferred' (also future, historical, claimed, approximate, source-inferred).")]
PlotOption = Annotated[str | None, typer.Option("--plot", help="Also draw a chart to this .png or .svg file.")]


def _valid_date(value: str | None, flag: str) -> str | None:
    import datetime as dt

    if value is None:
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD", param_hint=flag) from None
    return value


def parse_dyad(value: str | None) -> tuple[str, str] | None:
    """'ETH,SDN' -> ('ETH', 'SDN'); None stays None."""
    if value is None:
        return None
    parts = [p.strip() for p in value.replace("-", ",").split(",") if p.strip()]
    if len(parts) != 2:
        raise typer.BadParameter(f"{value!r}: give two actors separated by a comma, e.g. ETH,SDN", param_hint="--dyad")
    return parts[0], parts[1]


def make_filters(actor, type_, since, until, outlet, limit, *, offset: int = 0, place: str | None = None,
                 dyad: str | None = None, without: str | None = None) -> Filters:
    from eventwire.models import PLOVER_TYPES

    if type_ and type_.upper() not in PLOVER_TYPES:
        raise typer.BadParameter(f"{type_!r} is not a PLOVER type; use one of {', '.join(PLOVER_TYPES)}",
                                 param_hint="--type")
    return Filters(actor=actor, type=type_, since=_valid_date(since, "--since"), until=_valid_date(until, "--until"),
                   outlet=outlet, limit=limit, offset=offset, place=place, dyad=parse_dyad(dyad),
                   without=context_flags(without))


def open_store(db: str, *, read_only: bool = True):
    from pathlib import Path

    from eventwire.store import Store

    if read_only and not Path(db).exists():
        raise typer.BadParameter(f"{db} does not exist; create it with `eventwire ingest PATH --db {db}`",
                                 param_hint="--db")
    return Store(db, read_only=read_only)
