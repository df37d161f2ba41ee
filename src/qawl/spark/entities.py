"""Entity merging as a Spark job, with the single-machine resolver itself.

:func:`qawl.entities.resolve_documents` runs over an in-memory store holding a group of documents'
own entities, in ingest order; an entity's global id is its rank in creation order (document order,
then the order ``resolve_documents`` meets a document's names), which is the id the single-machine
store gives it when ingesting the same input into an empty store.

Grouping: names used to be matched only against entities of their own blocking key (``block_keys``),
so each block could be resolved in a task of its own. Role-only speakers ("المتحدث باسم الوزارة")
now go to whoever holds the role in other documents (``role_holders``), across blocks, so
``GROUP_BY_BLOCK`` is off and one ordered task resolves every name: exact, but not spread over the
cluster. Turning it back on needs a resolver whose role step runs after the per-block one.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from qawl.entities import block_keys, resolve_documents
from qawl.store.db import init_schema

GROUP_BY_BLOCK = False

# (file_no, item_no, role_only, -len(name), local_id): the order resolve_documents meets names in.
Order = tuple[int, int, int, int, str]


def block_of(row: dict[str, Any]) -> str:
    """The group a document entity is resolved in."""
    if not GROUP_BY_BLOCK:
        return "all"
    keys = block_keys(row["type"], row["name"])
    return keys[0] if keys else f"none:{row['doc_id']}:{row['local_id']}"


def name_order(row: dict[str, Any]) -> Order:
    return (row["file_no"], row["item_no"], row.get("role_only") or 0, -len(row["name"]), row["local_id"])


def _insert(conn: sqlite3.Connection, rows: list[dict[str, Any]]) -> None:
    columns = [r[1] for r in conn.execute("PRAGMA table_info(doc_entities)") if r[1] != "entity_id"]
    columns = [c for c in columns if c in rows[0]]
    quoted = ", ".join(f'"{c}"' for c in columns)
    conn.executemany(f"INSERT INTO doc_entities({quoted}) VALUES ({', '.join('?' * len(columns))})",
                     [tuple(r[c] for c in columns) for r in rows])


def resolve_block(rows: Iterable[dict[str, Any]]) -> Iterator[tuple[str, Any]]:
    """For one group: ``("assign", (doc_id, local_id, created_order))`` per name, ``("entity",
    (created_order, type, name, key))`` per entity, ``("key", (block, created_order))`` per blocking
    key and ``("role", (role, created_order, doc_id))`` per role holding (the store's
    ``entity_keys`` and ``role_holders``, which later incremental ingests match against)."""
    rows = sorted(rows, key=name_order)
    conn = sqlite3.connect(":memory:")
    init_schema(conn)
    _insert(conn, rows)
    doc_ids = list(dict.fromkeys(r["doc_id"] for r in rows))
    resolve_documents(conn, doc_ids)
    assigned = {(d, l): e for d, l, e in conn.execute("SELECT doc_id, local_id, entity_id FROM doc_entities")}
    created: dict[int, Order] = {}
    for r in rows:  # the first name an entity got is the one that created it
        created.setdefault(assigned[(r["doc_id"], r["local_id"])], name_order(r))
    for r in rows:
        yield "assign", (r["doc_id"], r["local_id"], created[assigned[(r["doc_id"], r["local_id"])]])
    for eid, etype, name, key in conn.execute("SELECT id, type, name, key FROM entities"):
        yield "entity", (created[eid], etype, name, key)
    for block, eid in conn.execute("SELECT block, entity_id FROM entity_keys"):
        yield "key", (block, created[eid])
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'role_holders'").fetchone():
        for role, eid, doc_id in conn.execute("SELECT role, entity_id, doc_id FROM role_holders"):
            yield "role", (role, created[eid], doc_id)
    conn.close()
