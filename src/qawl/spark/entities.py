"""Entity merging as a Spark job, with the single-machine resolver itself.

:func:`qawl.entities.resolve_documents` matches a name only against entities of its own blocking
key (``block_keys``: a person's surname sound key, the exact key otherwise), so blocks are
independent: each block is resolved in one task, by ``resolve_documents`` over an in-memory store
holding just that block's names, in ingest order. An entity's global id is its rank in creation
order (document order, then longest name first as ``resolve_documents`` goes), which is the id the
single-machine store gives it when ingesting the same input into an empty store.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from qawl.entities import block_keys, resolve_documents
from qawl.store.db import init_schema

# (file_no, item_no, -len(name), local_id): the order resolve_documents meets names in.
Order = tuple[int, int, int, str]


def block_of(row: dict[str, Any]) -> str:
    """The block a document entity is resolved in (names without a key are a block of their own)."""
    keys = block_keys(row["type"], row["name"])
    return keys[0] if keys else f"none:{row['doc_id']}:{row['local_id']}"


def name_order(row: dict[str, Any]) -> Order:
    return (row["file_no"], row["item_no"], -len(row["name"]), row["local_id"])


def resolve_block(rows: Iterable[dict[str, Any]]) -> Iterator[tuple[str, Any]]:
    """``("assign", (doc_id, local_id, created_order))`` per name, ``("entity", (created_order,
    type, name, key))`` per entity and ``("key", (block, created_order))`` per blocking key of one
    block (the store's ``entity_keys``, which later incremental ingests match against)."""
    rows = sorted(rows, key=name_order)
    conn = sqlite3.connect(":memory:")
    init_schema(conn)
    conn.executemany("INSERT INTO doc_entities(doc_id, local_id, type, name) VALUES (?, ?, ?, ?)",
                     [(r["doc_id"], r["local_id"], r["type"], r["name"]) for r in rows])
    doc_ids = list(dict.fromkeys(r["doc_id"] for r in rows))
    resolve_documents(conn, doc_ids)
    assigned = dict(((d, l), e) for d, l, e in conn.execute("SELECT doc_id, local_id, entity_id FROM doc_entities"))
    created: dict[int, Order] = {}
    for r in rows:  # the first name an entity got is the one that created it
        created.setdefault(assigned[(r["doc_id"], r["local_id"])], name_order(r))
    for r in rows:
        yield "assign", (r["doc_id"], r["local_id"], created[assigned[(r["doc_id"], r["local_id"])]])
    for eid, etype, name, key in conn.execute("SELECT id, type, name, key FROM entities"):
        yield "entity", (created[eid], etype, name, key)
    for block, eid in conn.execute("SELECT block, entity_id FROM entity_keys"):
        yield "key", (block, created[eid])
    conn.close()
