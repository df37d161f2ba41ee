"""Alignment gives the same blocks and match counts whatever sequence type holds the stems
(stored statements and documents hold tuples, texts made in the batch lists), and counts a stem of
``b`` covered by two blocks once."""
from qawl.link.align import blocks, compare
from qawl.link.shingles import Stems


def _stems(words, kind=list):
    return Stems(kind(words), kind([not w.startswith("f") for w in words]), [], [])


WORDS_A = [f"w{i}" for i in range(40)] + ["f1", "w3", "w4", "w5"] + [f"w{i}" for i in range(60, 100)]
WORDS_B = ["f2"] + [f"w{i}" for i in range(70, 100)] + ["f3"] + [f"w{i}" for i in range(0, 30)]


def test_blocks_and_matches_do_not_depend_on_the_sequence_type():
    expected = blocks(_stems(WORDS_A), _stems(WORDS_B), k=3, min_size=4)
    assert expected
    for kind_a, kind_b in ((tuple, tuple), (list, tuple), (tuple, list)):
        a, b = _stems(WORDS_A, kind_a), _stems(WORDS_B, kind_b)
        assert blocks(a, b, k=3, min_size=4) == expected
        assert compare(a, b) == compare(_stems(WORDS_A), _stems(WORDS_B))


def test_a_stem_of_b_in_two_blocks_counts_once():
    a, b = _stems(["w1", "w2", "w3", "f1", "w1", "w2", "w3"]), _stems(["w1", "w2", "w3"])
    m = compare(a, b)
    assert (m.matched_a, m.matched_b) == (6, 3)
    assert m.share_b == 1.0
