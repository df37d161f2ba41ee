"""Opening the store: path resolution, pragmas (WAL, foreign keys), schema creation, and the search
index's own file.

A store is its database file plus, beside it, the search index's (``STORE-search``, attached to every
connection as the schema ``search``): ``qawl ingest`` writes the index on a thread of its own while
the writer goes on with the next batch, which one file (one writer at a time) would not allow. Stores
made before session 9 keep their index in the main file, and an in-memory store has no second file;
queries name the index's tables without a schema, so SQLite finds them in either place."""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

DEFAULT_DB = "qawl.db"
SEARCH_SUFFIX = "-search"   # the search index's file: the store's path with this added
SEARCH_SCHEMA = "search"    # its schema name on a store connection
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
        if not os.path.exists(path):
            _remove_stale_index(path)
        conn = sqlite3.connect(path, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        init_schema(conn)
    _attach_search(conn, path, readonly=readonly)
    return conn


def search_path(path: str | Path) -> str:
    """The search index's file of the store at ``path``."""
    return f"{path}{SEARCH_SUFFIX}"


def store_files(path: str | Path) -> list[str]:
    """Every file a store at ``path`` may have (database, WAL and shared memory, of both files)."""
    return [f"{base}{suffix}" for base in (str(path), search_path(path)) for suffix in ("", "-wal", "-shm")]


def _attach_search(conn: sqlite3.Connection, path: str, *, readonly: bool) -> None:
    """Attach the search index's file, unless the index lives in the main file (stores made before
    session 9) or the store is in memory. A read-only connection attaches it only when it exists."""
    if path in ("", ":memory:") or path.startswith("file:") or _main_has_index(conn):
        return
    index = search_path(path)
    if readonly:
        if os.path.exists(index):
            conn.execute("ATTACH DATABASE ? AS search", (f"file:{index}?mode=ro",))
        return
    conn.execute("ATTACH DATABASE ? AS search", (index,))
    conn.execute("PRAGMA search.journal_mode = WAL")
    conn.execute("PRAGMA search.synchronous = NORMAL")


def _remove_stale_index(path: str) -> None:
    """A search file left from a store deleted at this path indexes documents the new one lacks."""
    for name in store_files(path)[3:]:
        try:
            os.remove(name)
        except FileNotFoundError:
            pass


def _main_has_index(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM main.sqlite_master WHERE name = 'search_refs'").fetchone() is not None


def has_search_file(conn: sqlite3.Connection) -> bool:
    """Whether ``conn``'s store keeps its search index in a file of its own (attached as ``search``)."""
    return any(row[1] == SEARCH_SCHEMA for row in conn.execute("PRAGMA database_list"))


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
