"""``qawl export``: write a store table as JSONL (one object per line) or CSV (nested values as JSON)."""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from qawl.store.db import connect
from qawl.store.read import TABLES

# Other modules register more tables (clusters, reuse, …) here.
EXTRA_TABLES: dict[str, Callable[[Any], Iterator[dict[str, Any]]]] = {}


def _rows(db: str, table: str) -> Iterator[dict[str, Any]]:
    source = TABLES.get(table) or EXTRA_TABLES.get(table)
    if source is None:
        raise ValueError(f"unknown table {table!r}")
    conn = connect(db)
    try:
        yield from source(conn)
    finally:
        conn.close()


def _cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else value


def _write(rows: Iterator[dict[str, Any]], out: IO[str], fmt: str) -> int:
    count = 0
    writer = None
    columns: list[str] = []
    for row in rows:
        if fmt == "csv":
            if writer is None:
                # Columns of the first row; keys only some rows carry go to "extra" as JSON.
                columns = list(row)
                writer = csv.DictWriter(out, fieldnames=[*columns, "extra"])
                writer.writeheader()
            extra = {k: v for k, v in row.items() if k not in columns}
            cells = {k: _cell(row.get(k)) for k in columns}
            cells["extra"] = json.dumps(extra, ensure_ascii=False) if extra else ""
            writer.writerow(cells)
        else:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_table(db: str, table: str, *, fmt: str = "jsonl", output: Path | None = None) -> int:
    """Write ``table`` of the store at ``db``; returns the number of rows."""
    if fmt not in ("jsonl", "csv"):
        raise ValueError(f"unknown format {fmt!r}: use jsonl or csv")
    if output is None:
        return _write(_rows(db, table), sys.stdout, fmt)
    with open(output, "w", encoding="utf-8", newline="") as out:
        return _write(_rows(db, table), out, fmt)
