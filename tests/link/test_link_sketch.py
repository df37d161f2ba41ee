"""The document sketch behind the reuse pre-check: counts never below the true number of shared
hashes, -1 for documents not held, the last hashes given for a document, and chunks that fill up."""
import numpy as np
from qawl.link import sketch
from qawl.link.reuse import DocSketch, _anchor_sketch
from qawl.link.sketch import Sketch


def h(*values):
    return np.array(values, dtype=np.uint16)


def counts(s, mine, cands):
    return s.counts(np.concatenate(mine), np.array([len(m) for m in mine]), cands)


def test_counts_are_shared_hashes_and_minus_one_when_not_held():
    s = Sketch(np.uint16)
    s.add(3, h(1, 2, 3, 4))
    s.add(7, h(4, 5))
    got = counts(s, [h(2, 3, 4, 9), h(5)], [[3, 7, 8], [7, 3, 100000]])
    assert got.tolist() == [3, 1, -1, 1, 0, -1]
    assert 3 in s and 8 not in s


def test_the_last_hashes_given_count_and_full_chunks_are_kept(monkeypatch):
    monkeypatch.setattr(sketch, "CHUNK", 4)
    monkeypatch.setattr(sketch, "PASS_HASHES", 2)
    s = Sketch(np.uint16)
    s.add(0, h(1, 2, 3))
    s.add(1, h(4, 5, 6))  # does not fit: a new chunk
    s.add(0, h(7))
    s.add(2, h(1, 4, 7, 8, 9))  # larger than a chunk: a chunk of its own
    assert len(s.chunks) == 3
    assert counts(s, [h(1, 4, 7, 9)], [[0, 1, 2]]).tolist() == [1, 1, 4]


def test_a_document_whose_open_line_became_boilerplate_is_kept():
    rng = np.random.default_rng(0)
    anchors = np.sort(rng.integers(0, 2**63, 40, dtype=np.int64).astype(np.uint64))
    other = np.sort(rng.integers(0, 2**63, 40, dtype=np.int64).astype(np.uint64))
    ds = DocSketch()
    ds.note([(5, anchors, "outlet", {"line one", "line two"}), (6, anchors, "outlet", set())])
    assert ds.keep([other], [[5, 6, 9]], {}) == [[9]]  # 9 is not held
    assert ds.keep([anchors[:8]], [[5, 6]], {}) == [[5, 6]]
    known = {"elsewhere": {"line two"}}  # boilerplate only grows, in one dict
    assert ds.keep([other], [[5, 6]], known) == [[]]
    known["outlet"] = {"line two"}
    assert ds.keep([other], [[5, 6]], known) == [[5]]  # 5 may have other anchors now


def test_truncated_hashes_only_add_to_counts():
    rng = np.random.default_rng(1)
    mine = np.unique(rng.integers(0, 2**63, 3000, dtype=np.int64).astype(np.uint64))
    theirs = np.unique(np.concatenate([mine[:100], rng.integers(0, 2**63, 3000, dtype=np.int64).astype(np.uint64)]))
    s = Sketch(np.uint16)
    s.add(0, _anchor_sketch(theirs))
    exact = len(np.intersect1d(mine, theirs))
    assert counts(s, [_anchor_sketch(mine)], [[0]]).tolist()[0] >= exact


def test_many_added_at_once_answer_as_one_by_one(monkeypatch):
    monkeypatch.setattr(sketch, "CHUNK", 6)
    one, many = Sketch(np.uint16), Sketch(np.uint16)
    parts = [(4, h(1, 2)), (9, h(3)), (2, h(2, 5, 6)), (4, h(7, 8))]
    for seq, x in parts:
        one.add(seq, x)
    many.add_many([4, 9], np.concatenate([h(1, 2), h(3)]), [2, 1])  # fits the first chunk
    many.add_many([2, 4], np.concatenate([h(2, 5, 6), h(7, 8)]), [3, 2])  # does not: one by one (a new chunk)
    mine = [h(1, 2, 3, 7), h(5, 6, 8)]
    cands = [[4, 9, 2], [2, 4]]
    assert len(many.chunks) == 2
    assert counts(many, mine, cands).tolist() == counts(one, mine, cands).tolist() == [1, 1, 1, 2, 1]


def test_set_bits_sets_each_bit_once_whatever_the_repeats():
    from qawl.link.sketch import set_bits

    pos = np.array([0, 9, 9, 15, 16, 9, 63, 0], dtype=np.int64)
    table = np.zeros(8, dtype=np.uint8)
    set_bits(table, pos)
    expected = np.zeros(8, dtype=np.uint8)
    for p in set(pos.tolist()):
        expected[p >> 3] |= 1 << (p & 7)
    assert table.tolist() == expected.tolist()
