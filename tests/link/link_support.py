"""Fixtures of the linking tests: a fresh store, a helper that saves documents batch by batch
and runs the linking step after each batch, the way ingest does, and one that ingests whole
articles through the full pipeline."""
from __future__ import annotations

import json
import sqlite3

import pytest

from qawl.doc import Document, Span
from qawl.ingest_run import run_ingest

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


@pytest.fixture
def lsh_finds_nothing(monkeypatch):
    """The statement LSH offers no candidate: what links comes from the other routes."""
    from qawl.link.lsh import Buckets

    monkeypatch.setattr(Buckets, "candidates", lambda self, keys, limit=48: [])


def ingest_resolved(conn, docs):
    """Each document as a batch of its own: saved, its entities resolved, linked without document
    reuse (which may bring two short documents together on its own)."""
    from qawl.entities import resolve_documents

    for doc in docs:
        written = save_batch(conn, [(doc, None)])
        resolve_documents(conn, written)
        update_links(conn, written, reuse=False)
    return conn


def one_speaker_doc(doc_id: str, outlet: str, speaker: str, parts: list[tuple[str, str]]) -> Document:
    """A document whose paragraphs are each a statement (kind, text) of one person."""
    doc = Document(id=doc_id, text="\n\n".join(text for _, text in parts), title=None, outlet=outlet,
                   date="2026-10-02")
    doc.entities["E1"] = {"type": "person", "name": speaker, "roles": []}
    start = 0
    for kind, text in parts:
        doc.add("statements", Span(start, start + len(text), kind, {"cue": "قال", "speaker": "E1"}))
        start += len(text) + 2
    return doc


def cluster_of(conn, statement_id: str) -> str:
    row = conn.execute("SELECT cluster_id FROM statements WHERE id = ?", (statement_id,)).fetchone()
    assert row is not None and row[0] is not None, statement_id
    return row[0]


def cluster_with(conn, doc_id: str, words: str) -> str:
    """The cluster of the one statement of ``doc_id`` whose text holds ``words``."""
    rows = conn.execute("SELECT cluster_id FROM statements WHERE doc_id = ? AND instr(text, ?) > 0", (doc_id, words)).fetchall()
    assert len(rows) == 1, (doc_id, words, rows)
    return rows[0][0]


def ingest_articles(tmp_path, articles) -> sqlite3.Connection:
    """A store made by ``run_ingest`` of ``articles``: (id, outlet, date, text), analysed in full."""
    src = tmp_path / "in.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for doc_id, outlet, date, text in articles:
            fh.write(json.dumps({"id": doc_id, "outlet": outlet, "date": date, "text": text}, ensure_ascii=False) + "\n")
    run_ingest([str(src)], db=str(tmp_path / "q.db"), workers=1, progress=False)
    return sqlite3.connect(tmp_path / "q.db")


def statements_doc(doc_id: str, outlet: str, person: dict, parts: list[str]):
    """An analysed document whose paragraphs ``parts`` are each a statement of one person (an entity
    of the document: ``person`` holds its name, roles, and role_only when known only by a role)."""
    from qawl.doc import Document, Span

    doc = Document(id=doc_id, text="\n\n".join(parts), title=None, outlet=outlet, date="2026-10-02")
    doc.entities["E1"] = {"type": "person", **person}
    start = 0
    for part in parts:
        doc.add("statements", Span(start, start + len(part), "indirect", {"cue": "قال", "speaker": "E1"}))
        start += len(part) + 2
    return doc
