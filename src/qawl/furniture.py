"""Site furniture learned from the store: a line that stands in many articles of one outlet
("تابعونا على فيسبوك", a standing disclaimer, a recurring byline) is boilerplate there, and no
statement may come from it.

This is a cross-document step: after each stored batch it counts, per outlet, in how many
documents each line occurs, and removes the statements (and their claims) that fall inside a line
once the line reaches ``REPEATED_LINE_MIN_DOCS`` documents. It is idempotent per document, so a
re-ingested or resumed document is counted once.
"""
from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable

from qawl.components.structure import lines
from qawl.rules.boilerplate import REPEATED_LINE_MIN_DOCS
from qawl.text.normalize import key



# Lines shorter than this (folded, in characters) are not counted: short lines repeat by chance.
MIN_LINE_CHARS = 12


def line_hash(line: str) -> str:
    return hashlib.sha1(key(line).encode("utf-8")).hexdigest()[:16]


def _forget(conn: sqlite3.Connection, doc_id: str) -> None:
    """Undo a document's earlier counts (re-ingest, or a step re-run after a crash)."""
    for outlet, h in conn.execute("SELECT DISTINCT outlet, hash FROM doc_lines WHERE doc_id = ?", (doc_id,)).fetchall():
        conn.execute("UPDATE outlet_lines SET docs = docs - 1 WHERE outlet = ? AND hash = ?", (outlet, h))
    conn.execute("DELETE FROM doc_lines WHERE doc_id = ?", (doc_id,))


def _count(conn: sqlite3.Connection, doc_id: str, outlet: str, text: str) -> set[str]:
    rows, seen = [], set()
    for start, end in lines(text):
        if len(key(text[start:end])) < MIN_LINE_CHARS:
            continue
        h = line_hash(text[start:end])
        rows.append((doc_id, outlet, h, start, end))
        seen.add(h)
    conn.executemany('INSERT INTO doc_lines(doc_id, outlet, hash, start, "end") VALUES (?, ?, ?, ?, ?)', rows)
    conn.executemany(
        "INSERT INTO outlet_lines(outlet, hash, docs) VALUES (?, ?, 1)"
        " ON CONFLICT(outlet, hash) DO UPDATE SET docs = docs + 1",
        [(outlet, h) for h in seen],
    )
    return seen


def _drop_statements_in(conn: sqlite3.Connection, outlet: str, h: str) -> None:
    for doc_id, start, end in conn.execute(
        'SELECT doc_id, start, "end" FROM doc_lines WHERE outlet = ? AND hash = ?', (outlet, h)
    ).fetchall():
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM statements WHERE doc_id = ? AND field = 'text' AND start < ? AND \"end\" > ?",
            (doc_id, end, start))]
        for sid in ids:
            conn.execute("DELETE FROM claims WHERE statement_id = ?", (sid,))
            conn.execute("DELETE FROM statements WHERE id = ?", (sid,))


def mark_repeated_lines(conn: sqlite3.Connection, doc_ids: Iterable[str]) -> None:
    """Count the lines of these stored documents and drop statements inside lines now repeated."""
    with conn:
        for doc_id in doc_ids:
            row = conn.execute("SELECT outlet, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            _forget(conn, doc_id)
            if row is None or not row[0]:
                continue  # without an outlet there is no site to learn furniture from
            outlet, text = row
            for h in _count(conn, doc_id, outlet, text):
                docs = conn.execute("SELECT docs FROM outlet_lines WHERE outlet = ? AND hash = ?", (outlet, h)).fetchone()[0]
                if docs >= REPEATED_LINE_MIN_DOCS:
                    _drop_statements_in(conn, outlet, h)
