"""``qawl serve``: the REST API and web UI over a store, on uvicorn."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer


def serve(
    db: Optional[Path] = typer.Option(None, "--db", help="SQLite store (default: $QAWL_DB or ./qawl.db)."),
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
) -> None:
    """Serve the web UI and REST API (writes need $QAWL_API_TOKEN)."""
    import uvicorn

    from qawl.api import create_app
    from qawl.store.db import default_path

    app = create_app(str(db) if db else default_path())
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    typer.echo(f"qawl UI: http://{shown}:{port}/   API docs: http://{shown}:{port}/docs", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer, export_app: typer.Typer) -> None:
    app.command("serve")(serve)
