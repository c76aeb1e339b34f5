"""The JSON endpoints, all under ``/api/``. Each reads through its own cursor of the server's store."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from eventwire.api import lookups
from eventwire.api.backend import Backend
from eventwire.api.ingest import REQUEST_BODY_DOC, ingest_request
from eventwire.api.params import (
    CODE_PATTERN, ID_PATTERN, MAX_LIMIT, ActorQuery, LimitQuery, OffsetQuery, OutletQuery, SinceQuery, UntilQuery,
    date_range, event_filters, paged,
)
from eventwire.store.queries import Filters

router = APIRouter(prefix="/api")
IdPath = Annotated[str, Path(pattern=ID_PATTERN)]
CodePath = Annotated[str, Query(pattern=CODE_PATTERN)]
TextQuery = Annotated[str | None, Query(max_length=100, description="Code, country or part of a name.")]


def backend(request: Request) -> Backend:
    return request.app.state.backend


BackendDep = Annotated[Backend, Depends(backend)]
FiltersDep = Annotated[Filters, Depends(event_filters)]


@router.get("/health", tags=["meta"])
def health(db: BackendDep) -> dict:
    """Liveness and the store's row counts."""
    with db.reader() as store:
        counts = store.counts()
    return {"status": "ok", "service": "eventwire", "counts": counts}


@router.get("/stats", tags=["meta"])
def stats(db: BackendDep) -> dict:
    """Row counts by table, event type and publication-date basis."""
    from eventwire.store.queries import stats as store_stats

    with db.reader() as store:
        return {"items": store_stats(store)}


# -- articles ----------------------------------------------------------------------------------
@router.get("/articles", tags=["articles"])
def articles(db: BackendDep, since: SinceQuery = None, until: UntilQuery = None, outlet: OutletQuery = None,
             limit: LimitQuery = 100, offset: OffsetQuery = 0) -> dict:
    """Articles by publication date, paginated."""
    from eventwire.store.queries import list_articles

    start, end = date_range(since, until)
    filters = Filters(since=start, until=end, outlet=outlet, limit=limit, offset=offset)
    with db.reader() as store:
        return paged(list_articles(store, filters), filters)


@router.get("/articles/{article_id}", tags=["articles"])
def article(db: BackendDep, article_id: IdPath) -> dict:
    """One article with its full eventwire/1 extraction (entities, timexes, events, quotes)."""
    with db.reader() as store:
        found = list(store.extractions([article_id]))
    if not found:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return found[0].model_dump(mode="json", by_alias=True)


@router.post("/articles", tags=["articles"], status_code=201, openapi_extra=REQUEST_BODY_DOC)
async def post_article(request: Request, db: BackendDep) -> dict:
    """Ingest one article (JSON) or a file (multipart) through the pipeline; answers with the new id."""
    result = await ingest_request(request, db)
    return result.as_dict()


# -- events ------------------------------------------------------------------------------------
@router.get("/events", tags=["events"])
def events(db: BackendDep, filters: FiltersDep,
           mentions: Annotated[bool, Query(description="Include each event's reports.")] = False) -> dict:
    """Canonical events (one per real-world event, merged across reports), paginated."""
    from eventwire.store.queries import list_events

    with db.reader() as store:
        return paged(list_events(store, filters, with_mentions=mentions), filters)


@router.get("/events/{event_id}", tags=["events"])
def event(db: BackendDep, event_id: IdPath) -> dict:
    """One canonical event with every report of it and why they were merged."""
    from eventwire import link

    with db.reader() as store:
        return link.explain(store, event_id)


@router.get("/mentions", tags=["events"])
def mentions(db: BackendDep, filters: FiltersDep) -> dict:
    """Raw per-article events (each report separately), paginated."""
    from eventwire.store.queries import list_mentions

    with db.reader() as store:
        return paged(list_mentions(store, filters), filters)


@router.get("/quotes", tags=["quotes"])
def quotes(db: BackendDep, speaker: ActorQuery = None, since: SinceQuery = None, until: UntilQuery = None,
           outlet: OutletQuery = None, limit: LimitQuery = 100, offset: OffsetQuery = 0) -> dict:
    """Quotes with their speakers; ``speaker`` is a code, a country or part of a name."""
    from eventwire.store.queries import list_quotes

    start, end = date_range(since, until)
    filters = Filters(actor=speaker, since=start, until=end, outlet=outlet, limit=limit, offset=offset)
    with db.reader() as store:
        return paged(list_quotes(store, filters), filters)


@router.get("/actors", tags=["actors"])
def actors(db: BackendDep, q: TextQuery = None, limit: LimitQuery = 100, offset: OffsetQuery = 0) -> dict:
    """Actors of canonical events, most active first."""
    with db.reader() as store:
        rows = lookups.list_actors(store, q=q, limit=limit, offset=offset)
    return paged(rows, Filters(limit=limit, offset=offset))


@router.get("/places", tags=["places"])
def places(db: BackendDep, q: TextQuery = None, limit: LimitQuery = 100, offset: OffsetQuery = 0) -> dict:
    """Places of canonical events with counts and casualties."""
    with db.reader() as store:
        rows = lookups.list_places(store, q=q, limit=limit, offset=offset)
    return paged(rows, Filters(limit=limit, offset=offset))


# -- analysis ----------------------------------------------------------------------------------
@router.get("/dyads", tags=["analysis"])
def dyads(db: BackendDep, filters: FiltersDep) -> dict:
    """Actor pairs with their event counts and mean Goldstein score."""
    from eventwire import analyze

    with db.reader() as store:
        return paged(analyze.dyads(store, filters), filters)


@router.get("/tension", tags=["analysis"])
def tension(db: BackendDep, a: CodePath, b: CodePath, since: SinceQuery = None, until: UntilQuery = None,
            ordered: Annotated[bool, Query(description="Only a acting on b (default: both directions).")] = False,
            ) -> dict:
    """The daily tension series between two actors or countries."""
    from eventwire import analyze

    start, end = date_range(since, until)
    with db.reader() as store:
        series = analyze.tension(store, a.upper(), b.upper(), ordered=ordered, since=start, until=end)
    return {"a": a.upper(), "b": b.upper(), "ordered": ordered, "items": series}


@router.get("/alerts", tags=["analysis"])
def alerts(db: BackendDep, since: SinceQuery = None, until: UntilQuery = None,
           limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100) -> dict:
    """Days when a dyad's tension left its baseline (escalation or de-escalation)."""
    from eventwire import analyze

    start, end = date_range(since, until)
    with db.reader() as store:
        items = analyze.alerts(store, since=start, until=end, limit=limit)
    return {"items": items, "count": len(items)}


@router.get("/timeline", tags=["analysis"])
def timeline(db: BackendDep, filters: FiltersDep,
             by: Annotated[Literal["day", "week", "month"], Query()] = "day") -> dict:
    """Canonical events per period and type, on the date they happened."""
    from eventwire import analyze

    with db.reader() as store:
        items = analyze.timeline(store, filters, by=by)
    return {"by": by, "items": items, "count": len(items)}


@router.get("/network", tags=["analysis"])
def network(db: BackendDep, filters: FiltersDep) -> dict:
    """Actors as nodes, their relations as edges with cooperation and conflict counts."""
    from eventwire import analyze

    with db.reader() as store:
        return analyze.network(store, filters)


@router.get("/stories", tags=["stories"])
def stories(db: BackendDep, filters: FiltersDep) -> dict:
    """Developing stories: clusters of articles about the same thing."""
    from eventwire.store.queries import list_stories

    with db.reader() as store:
        return paged(list_stories(store, filters), filters)


@router.get("/stories/{story_id}", tags=["stories"])
def story(db: BackendDep, story_id: IdPath) -> dict:
    """The articles of one story."""
    from eventwire.store.queries import story_articles

    with db.reader() as store:
        if not lookups.story_exists(store, story_id):
            raise HTTPException(404, f"no story with id {story_id!r}")
        items = story_articles(store, story_id)
    return {"id": story_id, "items": items, "count": len(items)}


@router.get("/search", tags=["search"])
def search(db: BackendDep, q: Annotated[str, Query(min_length=1, max_length=200)], limit: LimitQuery = 20,
           offset: OffsetQuery = 0) -> dict:
    """Full-text search over articles: every word must match; title hits rank first."""
    if not lookups.search_terms(q):
        raise HTTPException(422, "the query has no words to search for")
    with db.reader() as store:
        rows = lookups.search_articles(store, q, limit=limit, offset=offset)
    return {"q": q, **paged(rows, Filters(limit=limit, offset=offset))}
