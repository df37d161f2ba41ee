"""Opening the store: path resolution, pragmas (WAL, foreign keys), schema creation."""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

DEFAULT_DB = "qawl.db"
SCHEMA_VERSION = "1"


# A read connection made for one request or query has a cold page cache: it reads through mmap.
READ_MMAP_BYTES = 1 << 30


def default_path() -> str:
    """``$QAWL_DB`` when set, else ``./qawl.db``."""
    return os.environ.get("QAWL_DB") or DEFAULT_DB


def connect(path: str | Path | None = None, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (and create when needed) the store at ``path``."""
    path = str(path or default_path())
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        init_schema(conn)
    return conn


def rows_in(conn: sqlite3.Connection, sql: str, values: Iterable[object], *, chunk: int = 500,
            before: tuple[object, ...] = ()) -> Iterator[sqlite3.Row]:
    """Rows of ``sql`` (whose ``{marks}`` stands for an ``IN (…)`` list) over ``values``, queried in chunks
    that stay under SQLite's limit on bound parameters. ``before`` are the parameters that come before
    the list in ``sql``."""
    wanted = sorted(set(values))
    for c in range(0, len(wanted), chunk):
        part = wanted[c : c + chunk]
        yield from conn.execute(sql.format(marks=",".join("?" * len(part))), (*before, *part))


def init_schema(conn: sqlite3.Connection) -> None:
    sql = resources.files("qawl.store").joinpath("schema.sql").read_text(encoding="utf-8")
    conn.executescript(sql)
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
    conn.commit()
