"""One error shape for JSON, friendly pages for HTML.

JSON (every ``/api/`` path, and any client that does not ask for HTML)::

    {"error": {"status": 404, "message": "no article with id 'x'", "detail": null}}

Browsers asking for a page get ``error.html`` with the same status and message.
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwire import errors

log = logging.getLogger(__name__)

STATUS_TITLES = {400: "Bad request", 404: "Not found", 405: "Method not allowed", 413: "Too large",
                 415: "Unsupported media type", 422: "Invalid input", 500: "Server error"}


def error_body(status: int, message: str, detail: object = None) -> dict:
    """The JSON error shape."""
    return {"error": {"status": status, "message": message, "detail": detail}}


def wants_html(request: Request) -> bool:
    """Pages get HTML errors; ``/api/`` paths and non-browser clients get JSON."""
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return False
    return "text/html" in request.headers.get("accept", "")


def error_response(request: Request, status: int, message: str, detail: object = None) -> Response:
    if wants_html(request):
        from eventwire.web import templates

        return templates().TemplateResponse(
            request, "error.html", {"status": status, "title": STATUS_TITLES.get(status, "Error"), "message": message},
            status_code=status)
    return JSONResponse(error_body(status, message, detail), status_code=status)


def validation_detail(exc: RequestValidationError) -> list[dict]:
    """Where and why each parameter was rejected, without echoing large inputs back."""
    return [{"loc": [str(part) for part in err.get("loc", ())], "message": err.get("msg", "invalid")}
            for err in exc.errors()]


def status_of(exc: errors.EventwireError) -> int:
    not_found = getattr(errors, "NotFound", None)
    if not_found is not None and isinstance(exc, not_found):
        return 404
    if isinstance(exc, (errors.UsageError, errors.ConfigError)):
        return 400
    return 500


def split_detail(exc: HTTPException) -> tuple[str, object]:
    """The message and the structured detail of an HTTPException."""
    if isinstance(exc.detail, str):
        return exc.detail, None
    if isinstance(exc.detail, dict) and isinstance(exc.detail.get("message"), str):
        rest = {k: v for k, v in exc.detail.items() if k != "message"}
        return exc.detail["message"], rest or None
    return STATUS_TITLES.get(exc.status_code, "error"), exc.detail


def install_error_handlers(app: FastAPI) -> None:
    """Route every failure through ``error_response``."""

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message, detail = split_detail(exc)
        response = error_response(request, exc.status_code, message, detail)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid_input(request: Request, exc: RequestValidationError) -> Response:
        detail = validation_detail(exc)
        where = ", ".join(".".join(d["loc"][-1:]) + ": " + d["message"] for d in detail[:3])
        return error_response(request, 422, f"invalid input ({where})", detail)

    @app.exception_handler(errors.EventwireError)
    async def eventwire_error(request: Request, exc: errors.EventwireError) -> Response:
        status = status_of(exc)
        if status == 500:
            log.exception("request failed", exc_info=exc)
        return error_response(request, status, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("request failed", exc_info=exc)
        return error_response(request, 500, "the server failed to answer this request; see its log")


class LastResort:
    """ASGI middleware: an exception that escaped every handler still gets the error shape.

    It sits inside ``SecurityHeaders``, so even these answers carry the CSP.
    """

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:  # noqa: BLE001 - turned into a 500 (or its own status) for the client
            if started:
                raise
            request = Request(scope)
            if isinstance(exc, HTTPException):
                message, detail = split_detail(exc)
                response = error_response(request, exc.status_code, message, detail)
            else:
                log.exception("request failed", exc_info=exc)
                response = error_response(request, 500, "the server failed to answer this request; see its log")
            await response(scope, receive, send)
