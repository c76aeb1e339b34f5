"""The HTML pages. Server-rendered with autoescaped templates; charts are drawn by ``static/*.js``
from the JSON endpoints, with no inline script anywhere (the CSP forbids it)."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import RedirectResponse, Response

from eventwire.api import lookups
from eventwire.api.backend import Backend
from eventwire.api.params import CODE_PATTERN, ID_PATTERN
from eventwire.models import PLOVER_TYPES
from eventwire.store.queries import Filters

router = APIRouter(include_in_schema=False)
MOVERS_SHOWN = 12


def backend(request: Request) -> Backend:
    return request.app.state.backend


BackendDep = Annotated[Backend, Depends(backend)]


def render(request: Request, template: str, **context) -> Response:
    from eventwire.web import templates

    return templates().TemplateResponse(request, template, {"plover_types": PLOVER_TYPES, **context})


def filter_echo(request: Request) -> dict[str, str]:
    """The page's filter values as given (re-shown in its form; JS re-validates through the API)."""
    keys = ("actor", "type", "since", "until", "outlet", "place", "by")
    return {k: request.query_params.get(k, "")[:100] for k in keys}


@router.get("/favicon.ico")
def favicon() -> Response:
    return RedirectResponse("/static/favicon.svg", status_code=308)


@router.get("/")
def overview(request: Request, db: BackendDep) -> Response:
    """Counts, latest alerts, most active dyads, latest articles."""
    from eventwire import analyze

    with db.reader() as store:
        counts = store.counts()
        canonical = store.query("SELECT count(*) AS n FROM canonical_events")[0]["n"]
        alerts = analyze.alerts(store, limit=8)
        dyads = analyze.dyads(store, Filters(limit=10))
        latest = lookups.latest_articles(store, limit=8)
    return render(request, "overview.html", page="overview", counts=counts, canonical=canonical, alerts=alerts,
                  dyads=dyads, latest=latest)


@router.get("/timeline")
def timeline(request: Request) -> Response:
    return render(request, "timeline.html", page="timeline", filters=filter_echo(request))


@router.get("/map")
def world_map(request: Request) -> Response:
    from eventwire.web import boundaries

    return render(request, "map.html", page="map", filters=filter_echo(request), countries=boundaries.countries(),
                  width=boundaries.WIDTH, height=boundaries.HEIGHT, lat_top=boundaries.LAT_TOP,
                  lat_bottom=boundaries.LAT_BOTTOM)


@router.get("/network")
def network(request: Request) -> Response:
    return render(request, "network.html", page="network", filters=filter_echo(request))


@router.get("/dyads/{a}/{b}")
def dyad(request: Request, db: BackendDep, a: Annotated[str, Path(pattern=CODE_PATTERN)],
         b: Annotated[str, Path(pattern=CODE_PATTERN)]) -> Response:
    """The tension chart (drawn by JS) and the days whose events moved it most."""
    from eventwire import analyze
    from eventwire.store.queries import list_events

    a, b = a.upper(), b.upper()
    with db.reader() as store:
        series = analyze.tension(store, a, b)
        events = {e["id"]: e for e in list_events(store, Filters(dyad=(a, b), limit=500))}
    movers = sorted((day for day in series if day.get("events")), key=lambda d: -abs(d.get("raw") or 0))
    days = [{"date": day["date"], "raw": day.get("raw"), "score": day.get("score"),
             "events": [events[i] for i in day["events"] if i in events]} for day in movers[:MOVERS_SHOWN]]
    return render(request, "dyad.html", page="dyads", a=a, b=b, days=days, n_days=len(series),
                  n_events=len(events))


@router.get("/articles/{article_id}")
def article(request: Request, db: BackendDep, article_id: Annotated[str, Path(pattern=ID_PATTERN)]) -> Response:
    """The text with entities, dates, quotes and event triggers marked; each event's fields beside it."""
    from eventwire.web.highlight import field_evidence, marks_of, segments

    with db.reader() as store:
        found = list(store.extractions([article_id]))
        row = lookups.article_row(store, article_id)
    if not found:
        raise HTTPException(404, f"no article with id {article_id!r}")
    extraction = found[0]
    events = [{"event": e, "fields": field_evidence(e, extraction)} for e in extraction.events]
    return render(request, "article.html", page="article", x=extraction, row=row, events=events,
                  segments=segments(extraction.article.text, marks_of(extraction)))


@router.get("/search")
def search(request: Request, db: BackendDep,
           q: Annotated[str, Query(max_length=200)] = "",
           offset: Annotated[int, Query(ge=0, le=10_000)] = 0) -> Response:
    limit = 20
    terms = lookups.search_terms(q)
    results = []
    if terms:
        with db.reader() as store:
            results = lookups.search_articles(store, q, limit=limit, offset=offset)
    return render(request, "search.html", page="search", q=q, terms=terms, results=results, offset=offset,
                  next_offset=offset + limit if len(results) == limit else None)
