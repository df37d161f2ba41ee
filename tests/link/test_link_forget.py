"""Forgetting a re-ingested document's links finds its statements by their ids (``doc_id:n``), not
by an index on ``link_statements.doc_id``, which stores made before are rid of."""
import link_fixtures as fx
from qawl.link import forget
from qawl.link.lsh import ensure_schema


def test_forgetting_a_document_leaves_one_whose_id_starts_with_its_own(ingest, store):
    interview = fx.interview()
    longer = fx.make_doc(interview.id + ":x", "موقع الشرق اليوم", "2026-03-02",
                         ["قال قائد قوات التحالف:", ("«" + fx.A1 + "»", "direct")])
    ingest([interview, longer])
    mine = {r[0] for r in store.execute("SELECT statement_id FROM link_statements WHERE doc_id = ?", (interview.id,))}
    theirs = {r[0] for r in store.execute("SELECT statement_id FROM link_statements WHERE doc_id = ?", (longer.id,))}
    assert mine and theirs and all(s.startswith(interview.id + ":") for s in theirs)
    forget(store, [interview.id])
    left = {r[0] for r in store.execute("SELECT statement_id FROM link_statements")}
    assert left == theirs


def test_a_store_made_with_the_doc_index_loses_it(store):
    ensure_schema(store)
    store.execute("CREATE INDEX link_statements_doc ON link_statements(doc_id)")
    ensure_schema(store)
    names = {r[0] for r in store.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "link_statements_doc" not in names and "link_statements_cluster" in names
