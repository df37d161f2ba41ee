"""A killed `qawl ingest` (SIGKILL, at several points of a run) resumes to exactly the store an
uninterrupted run builds: same documents, statements, entities and search index; nothing partial,
nothing twice."""
from __future__ import annotations

import random
import signal
import sqlite3
import time

from scale_support import export_all, qawl, search_rows, write_corpus

# Small batches and commits of two batches (12 documents), so the kills land between commits and
# inside an open transaction of several batches, not after the run has finished.
ENV = {"QAWL_BATCH_SIZE": "6", "QAWL_COMMIT_EVERY": "2", "QAWL_WORKERS": "2"}
N_DOCS = 120


def _stored(db) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:  # not created yet
        return 0


def _kill_after(db, stored_at_least: int) -> bool:
    """Run ingest until the store holds ``stored_at_least`` documents, then SIGKILL it.
    Returns whether it was still running when killed."""
    proc = qawl("ingest", str(db.parent / "corpus.jsonl.gz"), "--db", str(db), env=ENV)
    deadline = time.monotonic() + 60
    while proc.poll() is None and _stored(db) < stored_at_least and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(random.Random(stored_at_least).uniform(0, 0.05))  # land anywhere in a batch
    running = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return running


def test_sigkill_then_resume_equals_uninterrupted(tmp_path):
    write_corpus(tmp_path / "corpus.jsonl.gz", N_DOCS)
    whole = tmp_path / "whole.db"
    done = qawl("ingest", str(tmp_path / "corpus.jsonl.gz"), "--db", str(whole), env=ENV)
    out, err = done.communicate(timeout=120)
    assert done.returncode == 0, err
    assert f"documents: {N_DOCS} read, {N_DOCS} new or changed" in err

    killed = tmp_path / "killed.db"
    kills = [_kill_after(killed, n) for n in (1, 30, 70)]
    assert any(kills), "ingest finished before any kill: make the corpus larger"
    assert _stored(killed) < N_DOCS

    resumed = qawl("ingest", str(tmp_path / "corpus.jsonl.gz"), "--db", str(killed), env=ENV)
    out, err = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, err
    assert f"statements: {2 * N_DOCS} in the documents read" in err

    expected, got = export_all(whole), export_all(killed)
    assert len(expected["documents"]) == N_DOCS
    assert len(expected["statements"]) == 2 * N_DOCS
    assert sum(s["speaker"] is not None for s in expected["statements"]) > N_DOCS
    for table in ("documents", "statements", "entities", "claims"):
        assert got[table] == expected[table], table
    index, resumed_index = search_rows(whole), search_rows(killed)
    assert len(index["search_refs"]) == 3 * N_DOCS  # each document and its two statements
    assert resumed_index == index
    conn = sqlite3.connect(killed)
    assert conn.execute("SELECT COUNT(*) FROM ingest_pending").fetchone()[0] == 0
    conn.close()
