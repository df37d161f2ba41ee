"""Entity resolution keeps the blocks it read in memory across calls: the result must be the one of a
store read afresh, whatever the batches, however many stores are resolved in turn, and after a
rolled-back call."""
import json

from qawl.entities import resolve_documents
from qawl.ingest_run import OneTransaction
from qawl.store.db import connect

# (document id, [(local id, type, name, role_only)]): one person under several spellings, a
# namesake, a surname alone, anonymous sources (one entity per document), a ministry.
DOCS = [
    ("d1", [("E1", "person", "مايلز كاغينز", 0), ("E2", "org", "وزارة الصحة", 0)]),
    ("d2", [("E1", "person", "كيغينز", 0), ("E2", "person", "مصدر أمني", 0)]),
    ("d3", [("E1", "person", "جيمس كاغينز", 0), ("E2", "person", "مصدر أمني", 0)]),
    ("d4", [("E1", "person", "مايلس كاغينس", 0), ("E2", "org", "وزارة الصحة", 0)]),
    ("d5", [("E1", "person", "كاغينز", 0), ("E2", "person", "سامي الخطيب", 0)]),
    ("d6", [("E1", "person", "سامي الخطيب", 0), ("E2", "person", "الخطيب", 0)]),
]


def store(path, docs=DOCS):
    conn = connect(path)
    for doc_id, names in docs:
        conn.execute("INSERT INTO documents(id, text, content_hash) VALUES (?, ?, ?)", (doc_id, "نص", doc_id))
        conn.executemany("INSERT INTO doc_entities(doc_id, local_id, type, name, roles, role_only) VALUES (?, ?, ?, ?, ?, ?)",
                         [(doc_id, lid, t, name, json.dumps([]), ro) for lid, t, name, ro in names])
    conn.commit()
    return conn


def result(conn):
    return (conn.execute("SELECT id, type, name, key FROM entities ORDER BY id").fetchall(),
            conn.execute("SELECT doc_id, local_id, entity_id FROM doc_entities ORDER BY 1, 2").fetchall(),
            conn.execute("SELECT block, entity_id FROM entity_keys ORDER BY 1, 2").fetchall())


def test_batches_and_interleaved_stores_give_the_one_call_result(tmp_path):
    whole = store(tmp_path / "whole.db")
    resolve_documents(whole, [d for d, _ in DOCS])
    want = result(whole)
    # the three spellings of Kaggins are one person; the namesake James is another; two anonymous sources
    by_doc = {(d, lid): e for d, lid, e in want[1]}
    assert by_doc[("d1", "E1")] == by_doc[("d2", "E1")] == by_doc[("d4", "E1")] != by_doc[("d3", "E1")]
    assert by_doc[("d2", "E2")] != by_doc[("d3", "E2")]
    assert by_doc[("d1", "E2")] == by_doc[("d4", "E2")]

    a, b = store(tmp_path / "a.db"), store(tmp_path / "b.db")
    for doc_id, _ in DOCS:  # one call per document, two stores in turn
        resolve_documents(a, [doc_id])
        resolve_documents(b, [doc_id])
    assert result(a) == want and result(b) == want


def test_a_rolled_back_call_is_forgotten(tmp_path):
    docs = [("d1", [("E1", "person", "كاغينز", 0)]),
            ("d2", [("E1", "person", "مايلز كاغينز", 0)]),   # renames d1's entity to the full name
            ("d3", [("E1", "person", "جيمس كاغينز", 0)])]
    fresh = store(tmp_path / "fresh.db", docs)
    resolve_documents(fresh, ["d1", "d3"])
    conn = store(tmp_path / "q.db", docs)
    resolve_documents(conn, ["d1"])
    resolve_documents(OneTransaction(conn), ["d2"])  # the runner's transaction, then rolled back
    conn.rollback()
    resolve_documents(conn, ["d3"])
    # d3's "James Kaggins" goes to the surname-only entity of d1, as in a store that never saw d2
    assert result(conn) == result(fresh)
    assert conn.execute("SELECT COUNT(DISTINCT entity_id) FROM doc_entities WHERE doc_id IN ('d1', 'd3')").fetchone()[0] == 1
