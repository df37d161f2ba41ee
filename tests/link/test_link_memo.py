"""What linking remembers within a process (statements with their clusters, documents with their
anchors) gives the links the store alone gives; and the shortcuts of alignment count as before."""
import link_fixtures as fx
import numpy as np
from qawl.link import update_links
from qawl.link.align import blocks
from qawl.link.lsh import drop_caches
from qawl.link.prepare import prepare_document
from qawl.link.reuse import _aligned_at_most, _anchors_in_order, _covered_chars, _kept_anchors, _make
from qawl.link.shingles import Stems, analyse
from qawl.store.db import connect
from qawl.store.write import save_batch
from test_link_prepared import links

FOOTER = "اقرأ أيضا: آخر أخبار المنطقة على موقعنا"


def corpus():
    docs = [fx.interview(), *fx.rewrites()]
    # Later batches meet the earlier ones again: a second copy of each rewrite, one outlet's footer.
    for d in fx.rewrites():
        docs.append(fx.make_doc(d.id + "-copy", "وكالة الجنوب", "2026-03-05",
                                [(d.text.replace("\n", " "), "direct"), FOOTER]))
    return docs


def link_all(conn, docs, *, forget_between: bool):
    for d in docs:
        written = save_batch(conn, [(d, None)])
        if forget_between:
            drop_caches(conn)  # as a fresh process would: everything is read from the store
        update_links(conn, written, prepared={d.id: prepare_document(d)})


def test_remembered_statements_and_documents_link_like_the_store_alone(tmp_path):
    warm, cold = connect(tmp_path / "warm.db"), connect(tmp_path / "cold.db")
    link_all(warm, corpus(), forget_between=False)
    link_all(cold, corpus(), forget_between=True)
    groups, pairs = links(warm)
    assert (groups, pairs) == links(cold)
    assert any(len(g) > 2 for g in groups) and len(pairs) > 4


def test_every_batch_leaves_a_band_log_row(store):
    # Even a batch with nothing to band: other processes see the store's links changed.
    update_links(store, save_batch(store, [(fx.interview(), None)]))
    before = store.execute("SELECT COUNT(*) FROM link_bands_log").fetchone()[0]
    doc = fx.make_doc("short", "صحيفة الميدان", "2026-03-04", [("لا تعليق", "direct")])
    update_links(store, save_batch(store, [(doc, None)]))
    assert store.execute("SELECT COUNT(*) FROM link_bands_log").fetchone()[0] == before + 1


def test_anchors_without_boilerplate_lines_equal_the_made_documents():
    doc = fx.make_doc("footed", "وكالة الجنوب", "2026-03-05", [fx.A1, FOOTER, fx.A2])
    p = prepare_document(doc)
    footer = {k for _, _, k in p.lines}
    assert footer  # the footer is a short line
    made, _ = _make(1, doc.id, doc.outlet, p, footer)
    assert np.array_equal(_kept_anchors(p, footer), made.anchors())
    assert len(made.st.stems) < p.kept  # the footer's words were left out
    assert np.array_equal(_kept_anchors(p, set()), _make(1, doc.id, doc.outlet, p, set())[0].anchors())


def test_covered_characters_count_overlapping_blocks_once():
    # Words of 3, 5, 4 and 6 characters; blocks over words 0-1 and 1-2 cover 3 + 5 + 4 characters.
    st = Stems(["قال", "الوزير", "امس", "ان"], [True] * 4, [0, 4, 10, 15], [3, 9, 14, 21])
    assert _covered_chars(st, [(1, 3), (0, 2)]) == 12
    assert _covered_chars(st, [(3, 4)]) == 6
    assert _covered_chars(st, []) == 0


def test_a_long_copied_passage_is_one_block():
    passage = " ".join([fx.A1, fx.A2, fx.A3, fx.A4])
    a = analyse(passage)
    b = analyse("وفي تصريح لاحق قال القائد " + passage + " وختم حديثه")
    assert len(a.stems) > 64  # longer than two of alignment's 32-stem steps
    (blk,) = blocks(a, b, k=3, min_size=4)
    assert (blk.i, blk.size) == (0, len(a.stems))
    assert b.stems[blk.j : blk.j + blk.size] == a.stems


def test_anchors_in_order_are_the_anchors_by_position():
    st = analyse(" ".join([fx.A1, fx.A2, fx.A1]))
    in_order = _anchors_in_order(st)
    assert len(in_order) == len(st.stems) - 2
    assert np.array_equal(np.unique(in_order), st.anchor_hashes(3))


def test_aligned_at_most_bounds_what_blocks_align():
    # Runs of 1, 2 and 4 shared anchors: the lone one starts no block of four stems; the others hold
    # blocks of at most 2 + 2 and 4 + 2 stems.
    found = np.array([[1, 0, 1, 1, 0, 0, 1, 1, 1, 1], [0] * 10, [1] * 10], dtype=bool)
    assert _aligned_at_most(found).tolist() == [10, 0, 12]
    a = analyse(" ".join([fx.A1, fx.A2, fx.A3]))
    b = analyse(" ".join([fx.A3, "وفي سياق آخر", fx.A1]))
    found = np.isin(_anchors_in_order(a), b.anchor_hashes(3))[None, :]
    aligned = sum(x.size for x in blocks(a, b, k=3, min_size=4))
    assert 0 < aligned <= _aligned_at_most(found)[0]
