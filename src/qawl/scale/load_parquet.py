"""``qawl load-parquet DIR --db FILE``: Spark output (``qawl spark``) into the SQLite store, so the UI,
``qawl who`` and the exports work on it as on an ingested store.

Documents are loaded in input order (their ``seq``), the rows of every table as Spark wrote them
(entities already merged). The cross-document steps Spark does not do itself (links, search index)
then run over the loaded documents, resumably, as in ``qawl ingest``. Reading is streamed in Parquet
record batches, so memory stays bounded.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qawl.ingest_run import PENDING_SCHEMA, cross_document_steps, run_pending_steps
from qawl.store.db import connect

# Loaded from Parquet in this order (documents first: the others refer to them).
TABLES = ("documents", "entities", "entity_keys", "role_holders", "doc_entities", "mentions", "statements", "claims")
SPARK_STEPS = {"qawl.entities:resolve_documents"}  # done by the Spark job itself
BATCH_ROWS = 2_000


@dataclass
class LoadSummary:
    documents: int = 0
    statements: int = 0
    entities: int = 0


def _parts(directory: Path, table: str) -> list[Path]:
    folder = directory / table
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} is missing: is {directory} the OUTPUT of `qawl spark`?")
    return sorted(folder.glob("*.parquet"))  # part-00000…: Spark wrote documents in input order


def _batches(parts: list[Path], columns: list[str]) -> Iterator[list[tuple[Any, ...]]]:
    import pyarrow.parquet as pq

    for part in parts:
        for batch in pq.ParquetFile(part).iter_batches(batch_size=BATCH_ROWS):
            data = batch.to_pydict()
            yield list(zip(*(data[c] for c in columns)))


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if not (table == "documents" and r[1] == "seq")]


def load_parquet(directory: str | Path, *, db: str) -> LoadSummary:
    """Load the Parquet tables under ``directory`` into the (empty) store at ``db``."""
    directory = Path(directory)
    parts = {t: _parts(directory, t) for t in TABLES}
    steps = [s for s in cross_document_steps() if s[0] not in SPARK_STEPS]
    conn = connect(db)
    try:
        conn.executescript(PENDING_SCHEMA)
        if conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]:
            raise ValueError(f"{db} already holds documents: load Spark output into a new store")
        summary = LoadSummary()
        with conn:  # one transaction: a killed load leaves an empty store, and can simply be re-run
            for table in TABLES:
                cols = _columns(conn, table)
                quoted = ", ".join(f'"{c}"' for c in cols)
                sql = f"INSERT INTO {table}({quoted}) VALUES ({', '.join('?' * len(cols))})"
                for rows in _batches(parts[table], cols):
                    conn.executemany(sql, rows)
                    if table == "documents":
                        conn.executemany("INSERT INTO ingest_pending(doc_id, step) VALUES (?, ?)",
                                         [(r[0], name) for name, _ in steps for r in rows])
        run_pending_steps(conn, steps)
        summary.documents = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        summary.statements = conn.execute("SELECT COUNT(*) FROM statements").fetchone()[0]
        summary.entities = conn.execute("SELECT COUNT(*) FROM entities").fetchone()[0]
        return summary
    finally:
        conn.close()
