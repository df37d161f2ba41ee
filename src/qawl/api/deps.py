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


class ReadPool:
    """Read-only connections kept between requests. A fresh connection per request cost ~4 ms of
    CPU on a 50k-article search (reading the schema, mapping and faulting in the pages its page
    cache would hold): more than the opening itself. Connections are keyed by the file's identity,
    so a store replaced at the same path gets new ones; one in a transaction is closed, not kept."""

    def __init__(self, keep: int = 8) -> None:
        self.keep = keep
        self.lock = threading.Lock()
        self.idle: dict[tuple[str, int, int, int], list[sqlite3.Connection]] = {}

    def take(self, path: str) -> tuple[tuple[str, int, int, int], sqlite3.Connection]:
        st = os.stat(path)
        key = (path, st.st_dev, st.st_ino, st.st_ctime_ns)
        with self.lock:
            for old in [k for k in self.idle if k[0] == path and k != key]:
                for conn in self.idle.pop(old):
                    conn.close()
            idle = self.idle.get(key)
            if idle:
                return key, idle.pop()
        conn = connect(path, readonly=True)
        conn.execute(f"PRAGMA mmap_size = {READ_MMAP_BYTES}")
        return key, conn

    def give(self, key: tuple[str, int, int, int], conn: sqlite3.Connection) -> None:
        with self.lock:
            idle = self.idle.setdefault(key, [])
            if not conn.in_transaction and len(idle) < self.keep:
                idle.append(conn)
                return
        conn.close()


_pool = ReadPool()


async def get_conn(settings: SettingsDep) -> AsyncIterator[sqlite3.Connection]:
    """A read-only connection for one request, from :class:`ReadPool` (taking one happens on the
    event loop: a sync dependency costs two thread hand-offs). A request that fails closes its
    connection: a statement it left half-read would hold an old snapshot of the store."""
    key, conn = _pool.take(settings.db_path)
    try:
        yield conn
    except BaseException:
        conn.close()
        raise
    _pool.give(key, conn)


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
