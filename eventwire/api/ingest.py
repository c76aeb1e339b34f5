"""``POST /api/articles``: a JSON article or an uploaded file, through the same pipeline as the CLI."""
from __future__ import annotations

import datetime as dt
import re
import tempfile
from pathlib import Path

from fastapi import HTTPException, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from eventwire.api.backend import Backend, IngestResult
from eventwire.models import Article, Reject

MAX_TEXT_CHARS = 2_000_000
UPLOAD_KINDS = {".txt", ".text", ".md", ".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".html", ".htm", ".gz"}


class ArticleIn(BaseModel):
    """One article posted as JSON."""

    model_config = ConfigDict(extra="forbid")

    title: str = Field("", max_length=1000)
    outlet: str = Field("", max_length=200)
    published: dt.date | None = Field(None, description="Publication date; relative dates resolve against it.")
    url: str | None = Field(None, max_length=2000, pattern=r"^https?://\S+$")
    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)


REQUEST_BODY_DOC = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": ArticleIn.model_json_schema()},
            "multipart/form-data": {"schema": {
                "type": "object", "required": ["file"],
                "properties": {"file": {"type": "string", "format": "binary",
                                        "description": "A .txt, .html, .jsonl or .csv file (optionally .gz)."},
                               "published": {"type": "string", "format": "date"}}}},
        },
    }
}


def article_from_json(payload: bytes) -> Article:
    """The ``Article`` for a JSON body, or a 422 in the API's error shape."""
    from eventwire.pipeline import make_article

    try:
        posted = ArticleIn.model_validate_json(payload)
    except ValidationError as exc:
        raise RequestValidationError(exc.errors(include_url=False, include_input=False)) from None
    try:
        return make_article(posted.text, published=posted.published.isoformat() if posted.published else None,
                            title=posted.title, outlet=posted.outlet, url=posted.url)
    except ValueError as exc:
        raise HTTPException(422, f"the article cannot be read: {exc}") from None


def safe_upload_name(filename: str | None) -> str:
    """The upload's base name with only harmless characters (it is never used as a path)."""
    name = Path(filename or "upload.txt").name
    return re.sub(r"[^A-Za-z0-9._-]", "_", name)[:100] or "upload.txt"


def upload_suffix(name: str) -> str:
    suffixes = [s.lower() for s in Path(name).suffixes[-2:]]
    if not suffixes or suffixes[-1] not in UPLOAD_KINDS:
        raise HTTPException(415, f"{name}: unsupported file type; upload .txt, .html, .jsonl or .csv (optionally .gz)")
    return "".join(s for s in suffixes if s in UPLOAD_KINDS)


def articles_from_file(data: bytes, name: str, published: str | None) -> tuple[list[Article], list[Reject]]:
    """Read an uploaded file with the CLI's readers (blocking)."""
    from eventwire.ingest import read_inputs

    articles, rejects = [], []
    with tempfile.TemporaryDirectory(prefix="eventwire-upload-") as folder:
        path = Path(folder) / f"upload{upload_suffix(name)}"
        path.write_bytes(data)
        try:
            items = list(read_inputs([str(path)], published=published, max_chars=MAX_TEXT_CHARS))
        except ValueError as exc:
            raise HTTPException(422, f"{name}: {exc}") from None
    for item in items:
        if isinstance(item, Reject):
            rejects.append(item.model_copy(update={"file": f"upload:{name}"}))
        else:
            articles.append(item.model_copy(update={"source": f"upload:{name}"}))
    return articles, rejects


async def articles_from_form(request: Request) -> tuple[list[Article], list[Reject]]:
    form = await request.form()
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise HTTPException(422, "multipart upload needs a 'file' field with the article file")
    published = form.get("published")
    if published is not None and not isinstance(published, str):
        raise HTTPException(422, "'published' must be a date such as 2025-03-09")
    if published:
        try:
            dt.date.fromisoformat(published)
        except ValueError:
            raise HTTPException(422, f"'published' {published[:40]!r} is not a date such as 2025-03-09") from None
    data = await upload.read()
    return await run_in_threadpool(articles_from_file, data, safe_upload_name(upload.filename), published or None)


async def ingest_request(request: Request, backend: Backend) -> IngestResult:
    """Parse the request (JSON or multipart), then extract, store and link in a worker thread."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/json":
        articles, rejects = [article_from_json(await request.body())], []
    elif content_type == "multipart/form-data":
        articles, rejects = await articles_from_form(request)
    else:
        raise HTTPException(415, "send application/json {title, outlet, published, url, text} "
                                 "or multipart/form-data with a 'file' field")
    if not articles:
        reasons = [r.model_dump() for r in rejects]
        raise HTTPException(422, detail={"message": "no article could be read from the upload", "rejects": reasons})
    return await run_in_threadpool(backend.ingest, articles, rejects)
