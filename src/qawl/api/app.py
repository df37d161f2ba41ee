"""The FastAPI app factory: routers, error shapes, security headers, static files and docs."""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from qawl.api import reads
from qawl.api.deps import Settings
from qawl.api.docs import mount_docs
from qawl.api.routes import documents, figures, pages, search, speakers, statements
from qawl.api.routes.pages import HOME_SPEAKERS
from qawl.search import ensure_index
from qawl.store.db import connect

HERE = Path(__file__).parent


def prepare_store(db_path: str) -> None:
    """Create the store (and the search index of any document not indexed yet) before serving reads,
    then warm what the first visitors would wait for."""
    conn = connect(db_path)
    try:
        ensure_index(conn)
    finally:
        conn.close()  # closing checkpoints the WAL: warm up on the files the readers will see
    conn = connect(db_path, readonly=True)
    try:
        reads.list_speakers(conn, HOME_SPEAKERS, 0)  # the home page's whole-store aggregate
        reads.warm_speakers(conn)                     # the speakers statement lists show most
        reads.figures(conn, wait=0)                   # start comparing figures in the background
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


# Pages run no script at all; /docs needs Swagger UI's own script and its inline start-up code.
PAGE_POLICY = ("default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
               " frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
DOCS_POLICY = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
               " img-src 'self' data:; frame-ancestors 'none'")


class SecurityHeaders:
    """Security headers on every response, as plain ASGI middleware: Starlette's ``BaseHTTPMiddleware``
    (``@app.middleware("http")``) runs each request through extra tasks and streams, ~1 ms of CPU."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = scope["path"] == "/docs"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["X-Content-Type-Options"] = "nosniff"
                if headers.get("content-type", "").startswith("text/html"):
                    headers["Content-Security-Policy"] = DOCS_POLICY if docs else PAGE_POLICY
                    headers["Referrer-Policy"] = "no-referrer"
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _install_headers(app: FastAPI) -> None:
    app.add_middleware(SecurityHeaders)


def create_app(db_path: str, token: str | None = None) -> FastAPI:
    """The app over the store at ``db_path``; writes need ``token`` (default ``$QAWL_API_TOKEN``)."""
    prepare_store(db_path)
    app = FastAPI(title="qawl", description="Who said what in Arabic news: statements, speakers, outlets.",
                  version="0.1.0", docs_url=None, redoc_url=None)
    app.state.settings = Settings.make(db_path, token)
    _install_errors(app)
    _install_headers(app)
    for module in (statements, speakers, documents, search, figures):
        app.include_router(module.router, prefix="/api")
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    mount_docs(app)
    return app
