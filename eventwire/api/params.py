"""Validated query parameters shared by the JSON endpoints and the pages."""
from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import HTTPException, Query

from eventwire.models import PLOVER_TYPES
from eventwire.store.queries import Filters, context_flags

MAX_LIMIT = 500
MAX_OFFSET = 1_000_000
ACTOR_PATTERN = r"^[A-Za-z0-9 .'_-]{1,64}$"
CODE_PATTERN = r"^[A-Za-z]{3}[A-Za-z]{0,6}$"
ID_PATTERN = r"^[A-Za-z0-9._:-]{1,128}$"

ActorQuery = Annotated[str | None, Query(pattern=ACTOR_PATTERN, description="Actor code (AZEMIL), country (AZE) "
                                                                            "or part of a name.")]
TypeQuery = Annotated[str | None, Query(max_length=16, description="PLOVER event type, e.g. ASSAULT.")]
SinceQuery = Annotated[dt.date | None, Query(description="From this date on (YYYY-MM-DD).")]
UntilQuery = Annotated[dt.date | None, Query(description="Up to this date (YYYY-MM-DD).")]
OutletQuery = Annotated[str | None, Query(max_length=100, description="Outlet name or part of it.")]
PlaceQuery = Annotated[str | None, Query(max_length=100, description="Place name or ISO3 country.")]
CodeQuery = Annotated[str | None, Query(pattern=CODE_PATTERN, description="Actor code or ISO3 country.")]
WithoutQuery = Annotated[str | None, Query(pattern=r"^[A-Za-z-]+(,[A-Za-z-]+)*$", description=(
    "Leave out events with any of these context flags, comma-separated: negated, future, hypothetical, "
    "historical, claimed, approximate, target-inferred, source-inferred."))]
LimitQuery = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size, at most {MAX_LIMIT}.")]
OffsetQuery = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip (pagination).")]


def plover_type(value: str | None) -> str | None:
    """The upper-cased PLOVER type, or a 422 naming the valid ones."""
    if not value:
        return None
    if value.upper() not in PLOVER_TYPES:
        raise HTTPException(422, f"type {value!r} is not a PLOVER type; use one of {', '.join(PLOVER_TYPES)}")
    return value.upper()


def date_range(since: dt.date | None, until: dt.date | None) -> tuple[str | None, str | None]:
    """ISO strings for the store, or a 422 when the range is backwards."""
    if since and until and since > until:
        raise HTTPException(422, f"since ({since}) is after until ({until})")
    return (since.isoformat() if since else None, until.isoformat() if until else None)


def dyad_of(a: str | None, b: str | None) -> tuple[str, str] | None:
    if bool(a) != bool(b):
        raise HTTPException(422, "give both a and b for a dyad, e.g. a=EGY&b=ETH")
    return (a.upper(), b.upper()) if a and b else None


def event_filters(actor: ActorQuery = None, type: TypeQuery = None, since: SinceQuery = None,  # noqa: A002
                  until: UntilQuery = None, outlet: OutletQuery = None, place: PlaceQuery = None,
                  a: CodeQuery = None, b: CodeQuery = None, without: WithoutQuery = None,
                  limit: LimitQuery = 100, offset: OffsetQuery = 0) -> Filters:
    """The CLI's filters plus place, dyad, context flags to leave out and pagination, validated."""
    start, end = date_range(since, until)
    return Filters(actor=actor, type=plover_type(type), since=start, until=end, outlet=outlet, limit=limit,
                   offset=offset, place=place, dyad=dyad_of(a, b), without=context_flags(without))


def paged(items: list[dict], filters: Filters) -> dict:
    """A page of results: the items, the page bounds and the next offset (None on the last page)."""
    more = len(items) >= filters.limit
    return {"items": items, "count": len(items), "limit": filters.limit, "offset": filters.offset,
            "next_offset": filters.offset + filters.limit if more else None}
