"""Writing analysed documents into the store. A batch is one transaction: a crash or Ctrl-C leaves
either the whole batch or none of it. Re-ingesting a document id replaces its rows.

The rows of a document are built by :func:`document_rows`, which ``qawl ingest`` calls in its worker
processes (so the single writer only inserts ready tuples, table by table, with ``executemany``)."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from json.encoder import encode_basestring as _json_string

from qawl.doc import Document, Span
from qawl.serialize import claim_dicts, claim_id, layer_dicts, mention_text
from qawl.store.db import rows_in


# ``json.dumps(obj, ensure_ascii=False)`` without building an encoder per call: a document's claims
# make two small JSON values each, and constructing the encoder cost more than encoding them.
_to_json = json.JSONEncoder(ensure_ascii=False).encode


def _json(value: object) -> str:
    """``_to_json(value)``; the commonest values (None, a string, an int, an empty dict) without
    the encoder, which makes its C encoder object anew for each value that is not a string."""
    kind = type(value)
    if value is None:
        return "null"
    if kind is str:
        return _json_string(value)  # what the encoder does with a string (ensure_ascii off)
    if kind is int:
        return int.__repr__(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is dict and not value:
        return "{}"
    return _to_json(value)


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


# Tables holding rows of one document, deleted with it (role_holders is written by entity resolution).
DOCUMENT_TABLES = ("claims", "statements", "mentions", "doc_entities", "role_holders")


def delete_document(conn: sqlite3.Connection, doc_id: str) -> None:
    delete_documents(conn, [doc_id])


def delete_documents(conn: sqlite3.Connection, doc_ids: list[str]) -> None:
    """Delete stored documents and their rows (a few statements per table, not per document)."""
    if not doc_ids:
        return
    from qawl.entities import forget_cached

    forget_cached(conn)  # the entity step's cached role counts include the holdings deleted here
    for table in DOCUMENT_TABLES:
        for _ in rows_in(conn, f"DELETE FROM {table} WHERE doc_id IN ({{marks}})", doc_ids):
            pass  # a DELETE yields no rows; iterating runs it chunk by chunk
    for _ in rows_in(conn, "DELETE FROM documents WHERE id IN ({marks})", doc_ids):
        pass


@dataclass
class DocumentRows:
    """What :func:`save_batch` inserts for one document, besides what the reader already has (id,
    metadata, text): ready tuples per table, in insertion order."""
    digest: str
    layers: str                       # documents.layers (JSON)
    doc_entities: list[tuple]
    mentions: list[tuple]
    statements: list[tuple]
    claims: list[tuple]

    @property
    def statement_count(self) -> int:
        return len(self.statements)


def document_rows(doc: Document) -> DocumentRows:
    """The store rows of an analysed document (pure: runs in the ingest workers)."""
    return DocumentRows(
        content_hash(doc),
        _to_json(layer_dicts(doc)),
        [(doc.id, lid, e["type"], e["name"], _json_list(e.get("roles")), int(bool(e.get("role_only"))))
         for lid, e in doc.entities.items()],
        _mention_rows(doc.id, doc.text, doc.layer("mentions")),
        _statement_rows(doc),
        _claim_rows(doc),
    )


# The keys ``serialize.claim_dicts`` sets before a claim's attributes (an attribute of one of these
# names would take its place), and the attributes that are columns of their own (or none).
_CLAIM_SET = frozenset(("id", "doc_id", "statement_id", "text", "start", "end", "kind"))
_CLAIM_ATTR_COLUMNS = frozenset(("statement", "value", "unit", "qualifier", "object"))


def _claim_rows(doc: Document) -> list[tuple]:
    """The claims rows: those of ``claim_dicts(doc)``, read off the spans without a dict per claim."""
    claims = doc.layer("claims")
    if any(not _CLAIM_SET.isdisjoint(c.attrs) for c in claims):
        return [(c["id"], doc.id, c["statement_id"], c["start"], c["end"], c["text"], c["kind"],
                 _json(c.get("value")), c.get("unit"), c.get("qualifier"), c.get("object"),
                 _json({k: v for k, v in c.items() if k not in _CLAIM_COLUMNS}))
                for c in claim_dicts(doc)]
    rows = []
    doc_id, text = doc.id, doc.text
    for n, c in enumerate(claims):
        a = c.attrs
        st = a.get("statement")
        rows.append((claim_id(doc_id, n), doc_id, None if st is None else f"{doc_id}:{st}", c.start, c.end,
                     text[c.start : c.end], c.label, _json(a.get("value")), a.get("unit"), a.get("qualifier"),
                     a.get("object"), _json({k: v for k, v in a.items() if k not in _CLAIM_ATTR_COLUMNS})))
    return rows


def _mention_rows(doc_id: str, text: str, mentions: list[Span]) -> list[tuple]:
    return [(doc_id, m.start, m.end, text[m.start : m.end], m.label, m.attrs["entity"], m.attrs.get("role"))
            for m in mentions if m.attrs.get("field", "text") == "text"]


def _json_list(items) -> str:
    """``json.dumps(list(items))``; most entities have no roles, and "[]" needs no encoder."""
    return _to_json(list(items)) if items else "[]"


def _statement_rows(doc: Document) -> list[tuple]:
    rows = []
    for n, s in enumerate(doc.layer("statements")):
        field = s.attrs.get("field", "text")
        source_text = (doc.title or "") if field == "title" else doc.text
        sm = s.attrs.get("speaker_mention")
        rows.append((f"{doc.id}:{n}", doc.id, n, s.label, field, s.start, s.end, source_text[s.start : s.end],
                     s.attrs.get("cue"), s.attrs.get("speaker"),
                     None if sm is None else mention_text(doc, sm),
                     None if sm is None else sm.start, None if sm is None else sm.end))
    return rows


_CLAIM_COLUMNS = {"id", "doc_id", "statement_id", "start", "end", "text", "kind", "value", "unit", "qualifier", "object"}

_INSERTS = {
    "documents": "INSERT INTO documents(id, title, outlet, date, url, text, source, content_hash, layers)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "doc_entities": "INSERT INTO doc_entities(doc_id, local_id, type, name, roles, role_only) VALUES (?, ?, ?, ?, ?, ?)",
    "mentions": 'INSERT INTO mentions(doc_id, start, "end", text, type, local_id, role) VALUES (?, ?, ?, ?, ?, ?, ?)',
    "statements": 'INSERT INTO statements(id, doc_id, n, kind, field, start, "end", text, cue, speaker_local,'
                  " speaker_text, speaker_start, speaker_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "claims": 'INSERT INTO claims(id, doc_id, statement_id, start, "end", text, kind, value, unit, qualifier, object, attrs)'
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
}


# ``{(doc_id, local_id): entity id}`` of documents resolved before their rows are inserted.
EntityIds = dict[tuple[str, str], int]
# Resolves the entities of documents about to be inserted: ``[(doc_id, doc_entities rows)]`` in
# store order → :data:`EntityIds` (see :func:`qawl.entities.resolve_rows`).
Resolver = Callable[[sqlite3.Connection, list[tuple[str, list[tuple]]]], EntityIds]


def _insert(conn: sqlite3.Connection, docs: list[tuple[Document, str | None, DocumentRows]],
            entity_ids: EntityIds | None = None) -> None:
    """Insert documents (in order: their ``seq`` is the ingest order) and then their rows, with the
    entity ids of ``entity_ids`` when given (else NULL, for the entity step to set)."""
    conn.executemany(_INSERTS["documents"], [
        (doc.id, doc.title, doc.outlet, doc.date, doc.url, doc.text, source, rows.digest, rows.layers)
        for doc, source, rows in docs])
    if entity_ids is None:
        for table in ("doc_entities", "mentions", "statements", "claims"):
            conn.executemany(_INSERTS[table], [r for _, _, rows in docs for r in getattr(rows, table)])
        return
    get = entity_ids.get
    conn.executemany(_RESOLVED_INSERTS["doc_entities"], [
        r + (get((r[0], r[1])),) for _, _, rows in docs for r in rows.doc_entities])
    conn.executemany(_RESOLVED_INSERTS["mentions"], [
        r + (get((r[0], r[5])),) for _, _, rows in docs for r in rows.mentions])
    conn.executemany(_RESOLVED_INSERTS["statements"], [
        r + (get((r[1], r[9])),) for _, _, rows in docs for r in rows.statements])
    conn.executemany(_INSERTS["claims"], [r for _, _, rows in docs for r in rows.claims])


def _with_entity(insert: str) -> str:
    """``insert`` with an ``entity_id`` column (and value) added at the end."""
    columns, values = insert.split(") VALUES (")
    return f"{columns}, entity_id) VALUES ({values[:-1]}, ?)"


_RESOLVED_INSERTS = {t: _with_entity(_INSERTS[t]) for t in ("doc_entities", "mentions", "statements")}

Item = tuple[Document, str | None] | tuple[Document, str | None, DocumentRows]


def save_batch(conn: sqlite3.Connection, batch: Iterable[Item], *, resolve: Resolver | None = None) -> "Written":
    """Store analysed documents in one transaction; returns the ids written (replaced or new).

    An item is ``(document, source)``, or ``(document, source, rows)`` when its rows were already
    built (by the ingest workers: the document then needs no layers). A document stored with the
    same content hash is passed over.

    With ``resolve``, the documents' entities are resolved before their rows are inserted, which
    then carry their entity ids (no second pass over the rows to set them) — unless an id repeats
    within the batch or none is written: ``resolve`` is then not called, and the answer's
    ``resolved`` is False."""
    items = [(it[0], it[1], it[2] if len(it) > 2 else document_rows(it[0])) for it in batch]
    with conn:  # commits on success, rolls back on any exception (including KeyboardInterrupt)
        # The hash each id has in the store as the batch goes (a later repeat of an id sees the first).
        current = {r[0]: r[1] for r in rows_in(
            conn, "SELECT id, content_hash FROM documents WHERE id IN ({marks})", [d.id for d, _, _ in items])}
        replaced = [d.id for d, _, rows in items if d.id in current and current[d.id] != rows.digest]
        delete_documents(conn, replaced)
        groups, written = _groups(items, current)
        entity_ids = None
        if resolve is not None and len(groups) == 1 and groups[0]:
            entity_ids = resolve(conn, [(doc.id, rows.doc_entities) for doc, _, rows in groups[0]])
        for n, group in enumerate(groups):
            if n:  # an id repeated within the batch: the later one replaces it
                delete_documents(conn, [group[0][0].id])
            _insert(conn, group, entity_ids)
    return Written(written, resolved=entity_ids is not None)


class Written(list):
    """The ids :func:`save_batch` wrote, in order; ``resolved``: whether their entities were."""

    def __init__(self, ids: list[str], *, resolved: bool = False) -> None:
        super().__init__(ids)
        self.resolved = resolved


def _groups(items: list[tuple[Document, str | None, DocumentRows]], current: dict[str, str]
            ) -> tuple[list[list[tuple[Document, str | None, DocumentRows]]], list[str]]:
    """The documents to insert, in groups without a repeated id (each group after the first starts
    with an id an earlier group holds), and the ids written in order."""
    groups: list[list[tuple[Document, str | None, DocumentRows]]] = [[]]
    pending_ids: set[str] = set()
    written: list[str] = []
    for doc, source, rows in items:
        if current.get(doc.id) == rows.digest:
            continue
        if doc.id in pending_ids:
            groups.append([])
            pending_ids = set()
        current[doc.id] = rows.digest
        groups[-1].append((doc, source, rows))
        pending_ids.add(doc.id)
        written.append(doc.id)
    return groups, written
