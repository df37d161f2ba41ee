"""Dependencies of every route: settings, a read-only store connection per request, the write token.

Reads open their own read-only connection for the request and close it after; writes go through
one write connection guarded by a lock (SQLite has one writer).
"""
from __future__ import annotations

import hmac
import os
import sqlite3
import threading
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from qawl.store.db import READ_MMAP_BYTES, connect

MAX_BODY_BYTES = 2_000_000   # largest POST body accepted (an article is rarely over 100 kB)
MAX_PAGE_SIZE = 100          # largest page of a list endpoint
MAX_PAGE = 10_000            # deepest page (OFFSET costs grow with depth)


@dataclass
class Settings:
    db_path: str
    token: str | None = None
    max_body: int = MAX_BODY_BYTES
    write_lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def make(cls, db_path: str, token: str | None) -> "Settings":
        return cls(db_path=db_path, token=token if token is not None else (os.environ.get("QAWL_API_TOKEN") or None))


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


async def get_conn(settings: SettingsDep) -> AsyncIterator[sqlite3.Connection]:
    """A read-only connection for one request. Opening and closing one takes well under a
    millisecond, so it happens on the event loop (a sync dependency costs two thread hand-offs)."""
    conn = connect(settings.db_path, readonly=True)
    conn.execute(f"PRAGMA mmap_size = {READ_MMAP_BYTES}")
    try:
        yield conn
    finally:
        conn.close()


ConnDep = Annotated[sqlite3.Connection, Depends(get_conn)]


_bearer = HTTPBearer(auto_error=False, description="the server's $QAWL_API_TOKEN")


async def require_token(settings: SettingsDep,
                  credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
    """Writes need ``Authorization: Bearer <QAWL_API_TOKEN>``; with no token configured they are off."""
    if not settings.token:
        raise HTTPException(403, "writes are disabled: start the server with QAWL_API_TOKEN set")
    given = credentials.credentials.encode() if credentials else b""
    if not hmac.compare_digest(given, settings.token.encode()):
        raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})


TokenDep = Depends(require_token)


def as_json(data: object, status_code: int = 200) -> JSONResponse:
    """Our reads are plain JSON already: render them directly (FastAPI's jsonable_encoder walk costs
    about half as much as the search itself on a page of results)."""
    return JSONResponse(data, status_code=status_code)


def page_window(page: int, size: int) -> tuple[int, int]:
    """``(limit, offset)`` of a 1-based page."""
    return size, (page - 1) * size
