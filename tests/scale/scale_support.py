"""Shared helpers of the scale tests: the sample corpus, a `qawl` subprocess, every export table."""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path


HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import sample_corpus  # noqa: E402


def write_corpus(path: Path, n: int, start: int = 0) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i in range(start, start + n):
            fh.write(json.dumps(sample_corpus.article(i), ensure_ascii=False) + "\n")
    return path


def qawl(*args: str, env: dict[str, str] | None = None, **kw) -> subprocess.Popen:
    """Start ``qawl`` as a subprocess (this worktree's code)."""
    src = str(HERE.parent.parent / "src")
    full_env = os.environ | {"PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")} | (env or {})
    return subprocess.Popen([sys.executable, "-c", "from qawl.cli import main; main()", *args], env=full_env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def export_all(db: Path) -> dict[str, list[dict]]:
    """Every export table of the store, as the rows `qawl export` writes."""
    from qawl.store.db import connect
    from qawl.store.read import TABLES

    conn = connect(db)
    try:
        return {name: list(rows(conn)) for name, rows in TABLES.items()}
    finally:
        conn.close()


def search_rows(db: Path) -> dict[str, list[tuple]]:
    """The search index's rows (references, and the text of each indexed document, statement and
    entity name) by rowid: what a search can find and in which order it ranks recent rows."""
    from qawl.store.db import connect

    conn = connect(db, readonly=True)
    try:
        return {table: [tuple(r) for r in conn.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid")]
                for table in ("search_refs", "search_documents_fts", "search_statements_words", "search_entities_fts")}
    finally:
        conn.close()
