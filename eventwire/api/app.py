"""``create_app(db_path)``: the FastAPI application serving the JSON API and the web UI."""
from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import dataclass

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from eventwire.api.backend import Backend
from eventwire.api.errors import LastResort, install_error_handlers
from eventwire.api.security import BodySizeLimit, SecurityHeaders


@dataclass(frozen=True)
class ApiSettings:
    """Server limits. ``max_body_bytes`` bounds every request body (uploads included)."""

    max_body_bytes: int = 5 * 1024 * 1024


def create_app(db_path: str, *, settings: ApiSettings | None = None) -> FastAPI:
    """The application over the store at ``db_path`` (created and migrated if missing).

    The app owns the store's only connection for its whole life; see ``eventwire.api.backend``.
    """
    from eventwire.api import routes_api, routes_pages
    from eventwire.web import static_dir

    settings = settings or ApiSettings()
    backend = Backend(db_path)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        backend.close()

    app = FastAPI(
        title="eventwire",
        summary="Political event data from news articles: events, actors, places, dates, quotes.",
        version="1",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.backend = backend
    app.state.settings = settings
    install_error_handlers(app)
    app.include_router(routes_api.router)
    app.add_api_route("/articles", routes_api.post_article, methods=["POST"], status_code=201,
                      include_in_schema=False)
    app.include_router(routes_pages.router)
    app.mount("/static", StaticFiles(directory=static_dir()), name="static")

    app.add_middleware(LastResort)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app
