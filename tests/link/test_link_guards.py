"""Bad input: thousands of identical wire copies, empty and one-word statements."""
import link_fixtures as fx
from link_support import cluster_of
from qawl.doc import Document, Span
from qawl.link.cards import cluster_card
from qawl.link.lsh import band_rows


def wire_copy(i: int) -> Document:
    return fx.make_doc(f"w{i}", f"منفذ {i % 40}", "2026-03-04", [
        "نقلت وكالة الأنباء الرسمية عن المتحدث قوله", (fx.A1, "direct"),
        "وأضاف", (fx.A3, "direct"), "وتابع", (fx.A5, "direct"),
    ])


def test_two_thousand_identical_wire_copies_make_one_cluster_per_statement(ingest, store):
    ingest([wire_copy(i) for i in range(2000)], batch=200)
    clusters = {n: {cluster_of(store, f"w{i}:{n}") for i in range(2000)} for n in range(3)}
    assert all(len(c) == 1 for c in clusters.values())
    assert len(set.union(*clusters.values())) == 3  # three statements, three clusters
    # Copies are not banded: the buckets hold the first copy only, and no pair is verified per copy.
    assert len({item for _, item in band_rows(store, "link_bands")}) == 3
    assert store.execute("SELECT COUNT(*) FROM link_pairs").fetchone()[0] == 0
    # Document reuse: each copy is paired with the first copy only (1,999 pairs, not 2 million).
    assert store.execute("SELECT COUNT(*) FROM reuse_pairs").fetchone()[0] == 1999
    assert len({item for _, item in band_rows(store, "reuse_bands")}) == 1

    # A later interview: its own answers link to the wire clusters; its other answers stay apart.
    ingest([fx.interview()])
    assert cluster_of(store, "interview:0") == cluster_of(store, "w0:0")
    assert cluster_of(store, "interview:1") not in set.union(*clusters.values())
    card = cluster_card(store, cluster_of(store, "w0:0"))
    assert card["size"] == 2001 and card["earliest"] == "interview:0"  # dated 2026-03-01, before the wire


def test_empty_and_one_word_statements_stay_alone(ingest, store):
    docs = []
    for i in range(3):
        d = Document(id=f"e{i}", text="قال: نعم\n", outlet="صحيفة الميدان", date="2026-03-01")
        d.add("statements", Span(5, 8, "direct"))
        d.add("statements", Span(8, 8, "direct"))  # empty
        docs.append(d)
    ingest(docs)
    ids = [f"e{i}:{n}" for i in range(3) for n in range(2)]
    assert len({cluster_of(store, s) for s in ids}) == 6
    assert band_rows(store, "link_bands") == []
