"""Site furniture learned from the store: a line that stands in many articles of one outlet
("تابعونا على فيسبوك", a standing disclaimer, a recurring byline) is boilerplate there, and no
statement may come from it.

This is a cross-document step: after each stored batch it counts, per outlet, in how many
documents each line occurs, and removes the statements (and their claims) that fall inside a line
once the line reaches ``REPEATED_LINE_MIN_DOCS`` documents. It is idempotent per document, so a
re-ingested or resumed document is counted once.

The per-document part (which lines a text has, and their hashes) is :func:`prepare_lines`, which
``qawl ingest`` runs in its workers; the step itself does a few set-based statements per batch. Its
end state depends only on the final counts: in a batch, a line whose count reaches the threshold
drops the statements inside it in every document that has it, and a line already over it only in
the batch's documents (the others were dropped when it got there).
"""
from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from collections.abc import Iterable
from itertools import accumulate

from qawl.components.structure import lines
from qawl.doc import Document
from qawl.rules.boilerplate import REPEATED_LINE_MIN_DOCS
from qawl.store.db import rows_in
from qawl.text.normalize import _fold, _single_spaced, key

# Lines shorter than this (folded, in characters) are not counted: short lines repeat by chance.
MIN_LINE_CHARS = 12
# Documents handled per round of the step (bounds memory when a whole store is marked at once).
CHUNK = 500

Line = tuple[str, int, int]  # (hash, start, end)


def line_hash(line: str) -> str:
    return _hash(key(line))


def _hash(folded: str) -> str:
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()[:16]


def counted_lines(text: str, folded: str | None = None) -> list[Line]:
    """The lines of ``text`` that are counted, with their hashes, in text order.

    The text is folded once, not line by line: the fold maps characters one by one, never makes or
    removes a newline, and turns the edge spaces ``lines`` trims into white space or nothing, so the
    ``key`` of a line is its folded raw line with white space collapsed. ``folded``: the fold of
    ``text`` when there is one already."""
    folded_lines = (_fold(text) if folded is None else folded).split("\n")
    line_ends = list(accumulate(len(raw) + 1 for raw in text.split("\n")))
    out = []
    i = 0
    for start, end in lines(text):
        while line_ends[i] <= start:
            i += 1
        line_key = _single_spaced(folded_lines[i])  # most lines are single-spaced already
        if len(line_key) >= MIN_LINE_CHARS:
            out.append((_hash(line_key), start, end))
    return out


def prepare_lines(doc: Document) -> list[Line]:
    """The step's per-document part (run in the ingest workers). The text's fold is the text of
    its normalized view (``_fold``), which analysis made."""
    view = doc.cache.get("view")
    return counted_lines(doc.text, None if view is None else view.text)


def mark_repeated_lines(conn: sqlite3.Connection, doc_ids: Iterable[str],
                        prepared: dict[str, list[Line]] | None = None) -> None:
    """Count the lines of these stored documents and drop statements inside lines now repeated.
    ``prepared`` holds the :func:`prepare_lines` of documents; the others are read from the store."""
    ids = list(dict.fromkeys(doc_ids))
    with conn:
        for c in range(0, len(ids), CHUNK):
            _mark(conn, ids[c : c + CHUNK], prepared or {})


def _mark(conn: sqlite3.Connection, ids: list[str], prepared: dict[str, list[Line]]) -> None:
    outlets = {d: o for d, o in rows_in(conn, "SELECT id, outlet FROM documents WHERE id IN ({marks})", ids)}
    _forget(conn, ids)
    # Without an outlet there is no site to learn furniture from.
    counted = [d for d in ids if outlets.get(d)]
    found = {d: prepared[d] for d in counted if d in prepared}
    missing = [d for d in counted if d not in found]
    if missing:
        texts = dict(rows_in(conn, "SELECT id, text FROM documents WHERE id IN ({marks})", missing))
        found.update((d, counted_lines(texts[d])) for d in missing)
    rows = [(d, outlets[d], h, start, end) for d in counted for h, start, end in found[d]]
    conn.executemany('INSERT INTO doc_lines(doc_id, outlet, hash, start, "end") VALUES (?, ?, ?, ?, ?)', rows)
    added = Counter((outlets[d], h) for d in counted for h in {h for h, _, _ in found[d]})
    before = _counts(conn, added)
    conn.executemany(
        "INSERT INTO outlet_lines(outlet, hash, docs) VALUES (?, ?, ?)"
        " ON CONFLICT(outlet, hash) DO UPDATE SET docs = excluded.docs",
        [(outlet, h, before.get((outlet, h), 0) + n) for (outlet, h), n in added.items()])
    repeated = {k for k, n in added.items() if before.get(k, 0) + n >= REPEATED_LINE_MIN_DOCS}
    reached = {k for k in repeated if before.get(k, 0) < REPEATED_LINE_MIN_DOCS}
    spans = [(d, start, end) for d, outlet, h, start, end in rows
             if (outlet, h) in repeated and (outlet, h) not in reached]
    for outlet, h in reached:
        spans += conn.execute('SELECT doc_id, start, "end" FROM doc_lines WHERE outlet = ? AND hash = ?',
                              (outlet, h)).fetchall()
    _drop_statements_in(conn, spans)


def _forget(conn: sqlite3.Connection, ids: list[str]) -> None:
    """Undo the documents' earlier counts (re-ingest, or a step re-run after a crash)."""
    old = Counter((r[1], r[2]) for r in rows_in(
        conn, "SELECT DISTINCT doc_id, outlet, hash FROM doc_lines WHERE doc_id IN ({marks})", ids))
    if not old:
        return
    conn.executemany("UPDATE outlet_lines SET docs = docs - ? WHERE outlet = ? AND hash = ?",
                     [(n, outlet, h) for (outlet, h), n in old.items()])
    for _ in rows_in(conn, "DELETE FROM doc_lines WHERE doc_id IN ({marks})", ids):
        pass  # a DELETE yields no rows; iterating runs it chunk by chunk


def _counts(conn: sqlite3.Connection, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """Stored document counts of ``(outlet, hash)`` lines."""
    by_outlet: dict[str, list[str]] = {}
    for outlet, h in keys:
        by_outlet.setdefault(outlet, []).append(h)
    out = {}
    for outlet, hashes in by_outlet.items():
        for h, n in rows_in(conn, f"SELECT hash, docs FROM outlet_lines WHERE outlet = ? AND hash IN ({{marks}})",
                            hashes, before=(outlet,)):
            out[(outlet, h)] = n
    return out


def _drop_statements_in(conn: sqlite3.Connection, spans: list[tuple[str, int, int]]) -> None:
    """Delete the statements of the text (and their claims) that overlap these ``(doc_id, start, end)``."""
    if not spans:
        return
    by_doc: dict[str, list[tuple[int, int]]] = {}
    for d, start, end in spans:
        by_doc.setdefault(d, []).append((start, end))
    dropped = [(sid,) for sid, d, s_start, s_end in rows_in(
        conn, "SELECT id, doc_id, start, \"end\" FROM statements WHERE field = 'text' AND doc_id IN ({marks})", by_doc)
        if any(s_start < end and s_end > start for start, end in by_doc[d])]
    conn.executemany("DELETE FROM claims WHERE statement_id = ?", dropped)
    conn.executemany("DELETE FROM statements WHERE id = ?", dropped)
