"""Catalogue commands over the store: ``eventwire places``."""
from __future__ import annotations

from eventwire.cli.common import (
    DEFAULT_DB, DbOption, LimitOption, OffsetOption, OutletOption, PlaceOption, SinceOption, UntilOption,
    make_filters, open_store,
)
from eventwire.cli.output import CsvFlag, JsonFlag, TableFlag, choose_format, render
from eventwire.store.catalog import list_places


def places(db: DbOption = DEFAULT_DB, place: PlaceOption = None, since: SinceOption = None,
           until: UntilOption = None, outlet: OutletOption = None, limit: LimitOption = 100,
           offset: OffsetOption = 0, as_json: JsonFlag = False, as_csv: CsvFlag = False,
           as_table: TableFlag = False) -> None:
    """List the places named in stored articles: mentions, articles and events located there, with lat/lon."""
    fmt = choose_format(as_json, as_csv, as_table)
    filters = make_filters(None, None, since, until, outlet, limit, offset=offset, place=place)
    with open_store(db) as store:
        rows = list_places(store, filters)
    render(rows, fmt, title="places")
