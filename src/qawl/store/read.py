"""Reading the store: statement, entity, document and claim rows in the export shapes.

These functions are what ``qawl export``, ``qawl who`` and the REST API share.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from functools import lru_cache
from typing import Any


class EntityInfo:
    """Lazily computed display data of entities (variants with counts, roles)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.variants = lru_cache(maxsize=100_000)(self._variants)
        self.roles = lru_cache(maxsize=100_000)(self._roles)

    def _variants(self, eid: int) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT text, COUNT(*) AS n FROM mentions WHERE entity_id = ? AND type != 'role'"
            " GROUP BY text ORDER BY n DESC, text", (eid,))
        return [{"text": r[0], "count": r[1]} for r in rows]

    def _roles(self, eid: int) -> list[str]:
        counts: dict[str, int] = {}
        for (roles,) in self.conn.execute("SELECT roles FROM doc_entities WHERE entity_id = ?", (eid,)):
            for role in json.loads(roles):
                counts[role] = counts.get(role, 0) + 1
        return sorted(counts, key=lambda r: (-counts[r], r))

    def speaker(self, eid: int | None, name: str | None, etype: str | None) -> dict[str, Any] | None:
        if eid is None:
            return None
        return {"id": eid, "name": name, "type": etype, "variants": self.variants(eid), "roles": self.roles(eid)}


def _claims_for(conn: sqlite3.Connection, statement_id: str) -> list[dict[str, Any]]:
    return [claim_row(r) for r in conn.execute("SELECT * FROM claims WHERE statement_id = ? ORDER BY start", (statement_id,))]


def claim_row(r: sqlite3.Row) -> dict[str, Any]:
    row = {k: r[k] for k in ("id", "doc_id", "statement_id", "start", "end", "text", "kind", "unit", "qualifier", "object")}
    row["value"] = json.loads(r["value"]) if r["value"] is not None else None
    row.update(json.loads(r["attrs"] or "{}"))
    return row


STATEMENT_SELECT = (
    'SELECT s.*, e.name AS entity_name, e.type AS entity_type FROM statements s'
    " LEFT JOIN entities e ON e.id = s.entity_id"
)


def statement_row(conn: sqlite3.Connection, r: sqlite3.Row, info: EntityInfo) -> dict[str, Any]:
    row = {
        "id": r["id"],
        "doc_id": r["doc_id"],
        "kind": r["kind"],
        "text": r["text"],
        "start": r["start"],
        "end": r["end"],
        "cue": r["cue"],
        "speaker": info.speaker(r["entity_id"], r["entity_name"], r["entity_type"]),
        "speaker_mention": None
        if r["speaker_text"] is None
        else {"text": r["speaker_text"], "start": r["speaker_start"], "end": r["speaker_end"]},
        "cluster_id": r["cluster_id"],
        "claims": _claims_for(conn, r["id"]),
    }
    if r["field"] != "text":
        row["field"] = r["field"]
    return row


def iter_statements(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    info = EntityInfo(conn)
    for r in conn.execute(STATEMENT_SELECT + " JOIN documents d ON d.id = s.doc_id ORDER BY d.seq, s.n"):
        yield statement_row(conn, r, info)


def iter_documents(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for r in conn.execute("SELECT id, title, outlet, date, url, text FROM documents ORDER BY seq"):
        yield dict(r)


def iter_entities(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    info = EntityInfo(conn)
    for e in conn.execute("SELECT id, type, name FROM entities ORDER BY id"):
        mentions = [dict(m) for m in conn.execute(
            'SELECT doc_id, start, "end", text, type AS kind FROM mentions WHERE entity_id = ? ORDER BY doc_id, start', (e["id"],))]
        yield {
            "id": e["id"],
            "type": e["type"],
            "name": e["name"],
            "variants": info.variants(e["id"]),
            "roles": info.roles(e["id"]),
            "mentions": mentions,
            "documents": sorted({m["doc_id"] for m in mentions}),
        }


def iter_claims(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for r in conn.execute("SELECT c.* FROM claims c JOIN documents d ON d.id = c.doc_id ORDER BY d.seq, c.start"):
        yield claim_row(r)


TABLES = {
    "statements": iter_statements,
    "documents": iter_documents,
    "entities": iter_entities,
    "claims": iter_claims,
}
