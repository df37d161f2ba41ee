"""Writing analysed documents into the store. A batch is one transaction: a crash or Ctrl-C leaves
either the whole batch or none of it. Re-ingesting a document id replaces its rows."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable

from qawl.doc import Document
from qawl.serialize import claim_dicts, layer_dicts, mention_dict


def content_hash(doc: Document) -> str:
    """Hash of everything read for a document; equal hashes mean re-ingest changes nothing."""
    h = hashlib.sha1()
    for part in (doc.id, doc.title, doc.outlet, doc.date, doc.url, doc.text):
        h.update((part or "").encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


def stored_hash(conn: sqlite3.Connection, doc_id: str) -> str | None:
    row = conn.execute("SELECT content_hash FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row[0] if row else None


def delete_document(conn: sqlite3.Connection, doc_id: str) -> None:
    for table in ("claims", "statements", "mentions", "doc_entities", "role_holders"):
        conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
    conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))


def _insert_document(conn: sqlite3.Connection, doc: Document, source: str | None, digest: str) -> None:
    conn.execute(
        "INSERT INTO documents(id, title, outlet, date, url, text, source, content_hash, layers)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (doc.id, doc.title, doc.outlet, doc.date, doc.url, doc.text, source, digest,
         json.dumps(layer_dicts(doc), ensure_ascii=False)),
    )
    conn.executemany(
        "INSERT INTO doc_entities(doc_id, local_id, type, name, roles, role_only) VALUES (?, ?, ?, ?, ?, ?)",
        [(doc.id, lid, e["type"], e["name"], json.dumps(list(e.get("roles", [])), ensure_ascii=False), int(bool(e.get("role_only"))))
         for lid, e in doc.entities.items()],
    )
    conn.executemany(
        'INSERT INTO mentions(doc_id, start, "end", text, type, local_id, role) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [(doc.id, m.start, m.end, mention_dict(doc, m)["text"], m.label, m.attrs["entity"], m.attrs.get("role"))
         for m in doc.layer("mentions") if m.attrs.get("field", "text") == "text"],
    )
    rows = []
    for n, s in enumerate(doc.layer("statements")):
        field = s.attrs.get("field", "text")
        source_text = (doc.title or "") if field == "title" else doc.text
        sm = s.attrs.get("speaker_mention")
        rows.append((f"{doc.id}:{n}", doc.id, n, s.label, field, s.start, s.end, source_text[s.start : s.end],
                     s.attrs.get("cue"), s.attrs.get("speaker"),
                     None if sm is None else mention_dict(doc, sm)["text"],
                     None if sm is None else sm.start, None if sm is None else sm.end))
    conn.executemany(
        'INSERT INTO statements(id, doc_id, n, kind, field, start, "end", text, cue, speaker_local,'
        " speaker_text, speaker_start, speaker_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.executemany(
        'INSERT INTO claims(id, doc_id, statement_id, start, "end", text, kind, value, unit, qualifier, object, attrs)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(c["id"], doc.id, c["statement_id"], c["start"], c["end"], c["text"], c["kind"],
          json.dumps(c.get("value"), ensure_ascii=False), c.get("unit"), c.get("qualifier"), c.get("object"),
          json.dumps({k: v for k, v in c.items() if k not in _CLAIM_COLUMNS}, ensure_ascii=False))
         for c in claim_dicts(doc)],
    )


_CLAIM_COLUMNS = {"id", "doc_id", "statement_id", "start", "end", "text", "kind", "value", "unit", "qualifier", "object"}


def save_batch(conn: sqlite3.Connection, batch: Iterable[tuple[Document, str | None]]) -> list[str]:
    """Store analysed documents in one transaction; returns the ids written (replaced or new)."""
    written = []
    with conn:  # commits on success, rolls back on any exception (including KeyboardInterrupt)
        for doc, source in batch:
            digest = content_hash(doc)
            if stored_hash(conn, doc.id) == digest:
                continue
            delete_document(conn, doc.id)
            _insert_document(conn, doc, source, digest)
            written.append(doc.id)
    return written
