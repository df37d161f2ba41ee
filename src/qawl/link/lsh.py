"""LSH buckets kept in the store (tables ``link_bands`` / ``reuse_bands``), read and grown one batch
at a time, with a cap per bucket; and the linking schema with its recorded MinHash parameters."""
from __future__ import annotations

import sqlite3
from importlib import resources

import numpy as np

from qawl.link import params

_PARAMS = {"link_num_perm": params.NUM_PERM, "link_bands": params.BANDS, "link_rows": params.ROWS,
           "link_seed": params.SEED, "link_window": params.WINDOW, "link_stride": params.STRIDE}


class ParamsMismatch(RuntimeError):
    pass


def ensure_schema(conn: sqlite3.Connection, *, check: bool = True) -> None:
    """Create the linking tables and record (or check) the signature parameters in ``meta``."""
    conn.executescript(resources.files("qawl.link").joinpath("schema.sql").read_text(encoding="utf-8"))
    if not check:
        return
    stored = dict(conn.execute("SELECT key, value FROM meta WHERE key LIKE 'link_%'").fetchall())
    for name, value in _PARAMS.items():
        if name in stored and stored[name] != str(value):
            raise ParamsMismatch(
                f"this store's links were made with {name}={stored[name]}, this qawl uses {value};"
                " signatures do not compare: rebuild with `qawl relink`")
    conn.executemany("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)", [(k, str(v)) for k, v in _PARAMS.items()])


class Buckets:
    """The capped buckets of one band table touched by a batch, loaded once, grown in memory, then
    written back (``flush``)."""

    def __init__(self, conn: sqlite3.Connection, table: str, item_column: str, cap: int = params.BUCKET_CAP):
        self.conn, self.table, self.column, self.cap = conn, table, item_column, cap
        self.items: dict[int, list[str]] = {}
        self.new_rows: list[tuple[int, str]] = []

    def load(self, keys: np.ndarray) -> None:
        wanted = [int(k) for k in set(keys.ravel().tolist()) if int(k) not in self.items]
        for k in wanted:
            self.items[k] = []
        for chunk in range(0, len(wanted), 500):
            part = wanted[chunk : chunk + 500]
            marks = ",".join("?" * len(part))
            for k, item in self.conn.execute(
                f"SELECT key, {self.column} FROM {self.table} WHERE key IN ({marks}) ORDER BY rowid", part
            ):
                bucket = self.items[k]
                if len(bucket) < self.cap:
                    bucket.append(item)

    def candidates(self, keys) -> list[str]:
        """Items sharing a bucket with any of ``keys`` (earliest first within each bucket)."""
        seen: dict[str, None] = {}
        for k in keys:
            for item in self.items.get(int(k), ()):
                seen[item] = None
        return list(seen)

    def add(self, item: str, keys) -> None:
        for k in {int(x) for x in keys}:
            bucket = self.items.setdefault(k, [])
            if len(bucket) < self.cap:
                bucket.append(item)
                self.new_rows.append((k, item))

    def flush(self) -> None:
        self.conn.executemany(f"INSERT INTO {self.table}(key, {self.column}) VALUES (?, ?)", self.new_rows)
        self.new_rows = []
