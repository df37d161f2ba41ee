"""Analysed documents to the rows of the store's tables, in a Spark task.

The rows are made by the store's own writer (:func:`qawl.store.write.save_batch`) into an in-memory
SQLite database and read back, so a Parquet row is column for column what ``qawl ingest`` stores.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from qawl.doc import Document
from qawl.pipeline import analyze
from qawl.spark.clusters import shingles
from qawl.spark.furniture import doc_lines
from qawl.store.db import init_schema
from qawl.store.write import save_batch

# Per-document tables written by save_batch, and the columns Spark adds to documents.
TABLES = ("documents", "doc_entities", "mentions", "statements", "claims")
ORDER_COLUMNS = ("file_no", "item_no")  # input order: file index, position in the file
ROWS_PER_FLUSH = 100
# Tables of the Spark job that are not store tables: (column, type) lists.
EXTRA_COLUMNS = {
    "skipped": [("where", "TEXT"), ("reason", "TEXT")],            # what was not ingested, and why
    "shingles": [("id", "TEXT"), ("shingles", "TEXT[]")],          # statement id → its LSH shingles
    "doc_lines": [("doc_id", "TEXT"), ("outlet", "TEXT"), ("hash", "TEXT"), ("start", "INTEGER"),
                  ("end", "INTEGER")],                              # counted lines, for site furniture
}


def memory_store() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    init_schema(conn)
    return conn


def columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """``(name, declared type)`` of a store table, in order (``seq`` is replaced by the input order)."""
    cols = [(r[1], r[2].upper()) for r in conn.execute(f"PRAGMA table_info({table})")]
    if table == "documents":
        cols = [c for c in cols if c[0] != "seq"] + [(c, "INTEGER") for c in ORDER_COLUMNS]
    return cols


def _drain(conn: sqlite3.Connection, order: dict[str, tuple[int, int]]) -> Iterator[tuple[str, dict[str, Any]]]:
    conn.row_factory = sqlite3.Row
    for table in TABLES:
        for r in conn.execute(f"SELECT * FROM {table}"):
            row = dict(r)
            if table == "documents":
                row.pop("seq")
                row["file_no"], row["item_no"] = order[row["id"]]
                for line in doc_lines(row["id"], row["outlet"], row["text"]):
                    yield "doc_lines", line
            elif table == "statements":
                found = shingles(row["text"])
                if found:
                    yield "shingles", {"id": row["id"], "shingles": found}
            yield table, row
        conn.execute(f"DELETE FROM {table}")
    conn.commit()


def analyse_rows(items: Iterable[tuple[tuple[int, int], Document]]) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(table, row)`` for every analysed document of a partition; a document whose analysis fails
    becomes a ``skipped`` row instead."""
    conn = memory_store()
    batch: list[tuple[Document, str | None]] = []
    order: dict[str, tuple[int, int]] = {}
    for key, doc in items:
        try:
            analyze(doc)
        except Exception as exc:  # noqa: BLE001 - reported, the job goes on
            yield "skipped", {"where": f"document {doc.id}", "reason": f"analysis failed: {type(exc).__name__}: {exc}"}
            continue
        batch.append((doc, None))
        order[doc.id] = key
        if len(batch) >= ROWS_PER_FLUSH:
            save_batch(conn, batch)
            yield from _drain(conn, order)
            batch, order = [], {}
    if batch:
        save_batch(conn, batch)
        yield from _drain(conn, order)
    conn.close()
