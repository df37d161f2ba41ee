"""Fixtures of the linking tests: a fresh store, and a helper that saves documents batch by batch
and runs the linking step after each batch, the way ingest does."""
from __future__ import annotations

import pytest

from qawl.link import update_links
from qawl.store.db import connect
from qawl.store.write import save_batch


@pytest.fixture
def store(tmp_path):
    conn = connect(tmp_path / "link.db")
    yield conn
    conn.close()


@pytest.fixture
def ingest(store):
    def run(docs, batch: int = 1):
        for i in range(0, len(docs), batch):
            written = save_batch(store, [(d, None) for d in docs[i : i + batch]])
            update_links(store, written)
        return store

    return run


def cluster_of(conn, statement_id: str) -> str:
    row = conn.execute("SELECT cluster_id FROM statements WHERE id = ?", (statement_id,)).fetchone()
    assert row is not None and row[0] is not None, statement_id
    return row[0]
