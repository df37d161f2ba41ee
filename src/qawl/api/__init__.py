"""The REST API and the Arabic web UI: ``create_app(db_path, token)`` builds the FastAPI app.

Routers per resource live in ``routes/``, shared dependencies in ``deps.py``, store reads in
``reads.py``; pages are Jinja2 templates in ``templates/`` with local assets in ``static/``.
"""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from qawl.api.deps import Settings
from qawl.api.docs import mount_docs
from qawl.api.routes import documents, figures, pages, search, speakers, statements
from qawl.search import ensure_index
from qawl.store.db import connect

HERE = Path(__file__).parent


def prepare_store(db_path: str) -> None:
    """Create the store (and the search index of any document not indexed yet) before serving reads."""
    conn = connect(db_path)
    try:
        ensure_index(conn)
    finally:
        conn.close()


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", "")


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):  # type: ignore[no-untyped-def]
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if _wants_json(request):
            return JSONResponse({"error": message, "status": exc.status_code}, exc.status_code, headers=exc.headers)
        return pages.error_page(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):  # type: ignore[no-untyped-def]
        errors = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")} for e in exc.errors()]
        if _wants_json(request):
            return JSONResponse({"error": "bad request", "status": 422, "details": errors}, 422)
        return pages.error_page(request, 422, "; ".join(f"{e['where']}: {e['problem']}" for e in errors))


def create_app(db_path: str, token: str | None = None) -> FastAPI:
    """The app over the store at ``db_path``; writes need ``token`` (default ``$QAWL_API_TOKEN``)."""
    prepare_store(db_path)
    app = FastAPI(title="qawl", description="Who said what in Arabic news: statements, speakers, outlets.",
                  version="0.1.0", docs_url=None, redoc_url=None)
    app.state.settings = Settings.make(db_path, token)
    _install_errors(app)
    for module in (statements, speakers, documents, search, figures):
        app.include_router(module.router, prefix="/api")
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    mount_docs(app)
    return app
