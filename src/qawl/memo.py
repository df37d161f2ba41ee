"""A process-wide memo of store reads that scan many rows (speaker counts, name spellings, totals),
kept per *store version* so any commit to the store makes every earlier result stale."""
from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

MEMO_SIZE = 4096  # results kept; the whole memo is dropped when full (versions move on anyway)

_memo: dict[tuple[Any, ...], Any] = {}
_lock = threading.Lock()


def store_version(conn: sqlite3.Connection) -> tuple[Any, ...]:
    """Changes whenever anything is committed: a commit grows or rewrites the WAL file, a checkpoint
    rewrites the database file (size and modification time of both, one stat call each), and
    documents.seq only grows (re-ingest inserts anew), a guard where file times are coarse."""
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    version: list[Any] = [path, conn.execute("SELECT MAX(seq) FROM documents").fetchone()[0]]
    for name in (path, path + "-wal"):
        try:
            st = os.stat(name)
            version += [st.st_mtime_ns, st.st_size]
        except OSError:
            version += [None, None]
    return tuple(version)


def memo(conn: sqlite3.Connection, name: str, fn: Callable[..., Any], *args: Any,
         version: tuple[Any, ...] | None = None) -> Any:
    """``fn(conn, *args)``, computed once per store version (pass ``version`` to skip recomputing it)."""
    k = (version or store_version(conn), name, args)
    with _lock:
        if k in _memo:
            return _memo[k]
    value = fn(conn, *args)
    with _lock:
        if len(_memo) >= MEMO_SIZE:
            _memo.clear()
        _memo[k] = value
    return value
