"""LSH buckets kept in the store (tables ``link_bands`` / ``reuse_bands``), read and grown one batch
at a time, with a cap per bucket; and the linking schema with its recorded MinHash parameters."""
from __future__ import annotations

import sqlite3
from importlib import resources

import numpy as np

from qawl.link import params

_PARAMS = {"link_num_perm": params.NUM_PERM, "link_bands": params.BANDS, "link_rows": params.ROWS,
           "link_seed": params.SEED, "link_window": params.WINDOW, "link_stride": params.STRIDE,
           "link_doc_window": params.DOC_WINDOW, "link_doc_stride": params.DOC_STRIDE,
           "link_doc_bands": params.DOC_BANDS, "link_doc_rows": params.DOC_ROWS}


class ParamsMismatch(RuntimeError):
    pass


def _statements(sql: str) -> list[str]:
    lines = [line.split("--", 1)[0] for line in sql.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def ensure_schema(conn: sqlite3.Connection, *, check: bool = True) -> None:
    """Create the linking tables and record (or check) the signature parameters in ``meta``.

    Statements run one by one with ``execute`` (never ``executescript``, which commits): ingest runs
    this step inside the transaction that also clears its pending markers."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'reuse_pairs'").fetchone() is None:
        for statement in _statements(resources.files("qawl.link").joinpath("schema.sql").read_text(encoding="utf-8")):
            conn.execute(statement)
    if not check:
        return
    stored = dict(conn.execute("SELECT key, value FROM meta WHERE key LIKE 'link_%'").fetchall())
    for name, value in _PARAMS.items():
        if name in stored and stored[name] != str(value):
            raise ParamsMismatch(
                f"this store's links were made with {name}={stored[name]}, this qawl uses {value};"
                " signatures do not compare: rebuild with `qawl relink`")
    conn.executemany("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)", [(k, str(v)) for k, v in _PARAMS.items()])
    # Bucket lookups hit the band tables at random: a larger page cache keeps them in memory.
    conn.execute(f"PRAGMA cache_size = -{params.CACHE_MB * 1024}")


class Buckets:
    """The capped buckets of one band table touched by a batch, loaded once, grown in memory, then
    written back (``flush``)."""

    def __init__(self, conn: sqlite3.Connection, table: str, cap: int = params.BUCKET_CAP):
        self.conn, self.table, self.cap = conn, table, cap
        self.items: dict[int, list[int]] = {}
        self.new_rows: list[tuple[int, int]] = []

    def load(self, keys: np.ndarray) -> None:
        wanted = [int(k) for k in set(keys.ravel().tolist()) if int(k) not in self.items]
        for k in wanted:
            self.items[k] = []
        for chunk in range(0, len(wanted), 500):
            part = wanted[chunk : chunk + 500]
            marks = ",".join("?" * len(part))
            for k, item in self.conn.execute(
                f"SELECT key, item FROM {self.table} WHERE key IN ({marks}) ORDER BY key, item", part
            ):
                bucket = self.items[k]
                if len(bucket) < self.cap:
                    bucket.append(item)

    def candidates(self, keys: list[int], limit: int = params.MAX_CANDIDATES) -> list[int]:
        """Items sharing a bucket with any of ``keys``: at most ``limit``, those sharing the most buckets
        first (then the earliest). The limit keeps the work per new item constant as the store grows."""
        shared: dict[int, int] = {}
        get = self.items.get
        for k in keys:
            for item in get(k, ()):
                shared[item] = shared.get(item, 0) + 1
        if len(shared) <= limit:
            return list(shared)
        return sorted(shared, key=lambda i: (-shared[i], i))[:limit]

    def add(self, item: int, keys: list[int]) -> None:
        items, rows, cap = self.items, self.new_rows, self.cap
        for k in set(keys):
            bucket = items.get(k)
            if bucket is None:
                items[k] = [item]
                rows.append((k, item))
            elif len(bucket) < cap:
                bucket.append(item)
                rows.append((k, item))

    def flush(self) -> None:
        self.conn.executemany(f"INSERT OR IGNORE INTO {self.table}(key, item) VALUES (?, ?)", self.new_rows)
        self.new_rows = []
