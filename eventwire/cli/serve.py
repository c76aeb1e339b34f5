"""``eventwire serve``: the HTTP API and the web UI over one store."""
from __future__ import annotations

from typing import Annotated

import typer

from eventwire.cli.common import DEFAULT_DB, DbOption
from eventwire.cli.output import stderr

HostOption = Annotated[str, typer.Option("--host", help="Address to bind; keep 127.0.0.1 unless others must reach it.")]
PortOption = Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")]


def serve(db: DbOption = DEFAULT_DB, host: HostOption = "127.0.0.1", port: PortOption = 8765) -> None:
    """Serve the JSON API (/api/..., OpenAPI at /openapi.json) and the web UI at http://HOST:PORT/.

    The server owns the store while it runs: ingest new articles through POST /api/articles
    (or stop the server before running `eventwire ingest` on the same file).
    """
    import uvicorn

    from eventwire.api import create_app

    app = create_app(db)
    if host not in ("127.0.0.1", "localhost", "::1"):
        stderr.print(f"[yellow]warning:[/] binding {host}: anyone who can reach this address can read the store "
                     "and post articles (there is no authentication)")
    stderr.print(f"eventwire: serving {db} at http://{'127.0.0.1' if host == '0.0.0.0' else host}:{port}/ "
                 "(Ctrl+C to stop)", markup=False, highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
