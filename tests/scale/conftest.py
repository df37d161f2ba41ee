"""Shared helpers of the scale tests: the toy corpus and a `qawl` subprocess that uses the toy stage."""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import toy_ingest  # noqa: E402


@pytest.fixture(autouse=True, scope="module")
def _toy_stage():
    """Every scale test runs the real stages plus the toy statement stage (removed afterwards, so
    other areas' tests see the real pipeline)."""
    toy_ingest.install()
    yield
    toy_ingest.uninstall()


def write_corpus(path: Path, n: int, start: int = 0) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i in range(start, start + n):
            fh.write(json.dumps(toy_ingest.article(i), ensure_ascii=False) + "\n")
    return path


def qawl(*args: str, env: dict[str, str] | None = None, **kw) -> subprocess.Popen:
    """Start ``qawl`` (with the toy stage) as a subprocess."""
    src = str(HERE.parent.parent / "src")
    full_env = os.environ | {"PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")} | (env or {})
    return subprocess.Popen([sys.executable, str(HERE / "toy_ingest.py"), *args], env=full_env,
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
