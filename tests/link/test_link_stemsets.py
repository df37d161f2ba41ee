"""The compact stem sets behind the statement pre-check: exact counts without collisions, never
fewer than the true count, and the same answers before and after they are packed."""
import numpy as np
from qawl.link import stemsets
from qawl.link.stemsets import StemSets, hashes

def counts(sets, mines, cands):
    """``shared_at_most`` for statements given as hash arrays."""
    sizes = np.array([len(m) for m in mines], dtype=np.int64)
    return sets.shared_at_most(np.concatenate(mines).astype(np.uint32), sizes, cands)


# Informative stems of three statements (written for this test).
TALKS = frozenset({"وزير", "خارجي", "مفاوض", "استئناف", "أسبوع", "مقبل", "عاصم"})
TALKS_REWRITE = frozenset({"وزير", "خارجي", "مفاوض", "استئناف", "قريب", "جولة"})
WEATHER = frozenset({"أمطار", "غزير", "ساحل", "شمالي", "نهاية", "أسبوع"})


def test_counts_are_the_shared_stems_and_sizes_the_distinct_stems():
    sets = StemSets()
    sets.add(10, hashes(TALKS_REWRITE))
    sets.add(11, hashes(WEATHER))
    shared, sizes = counts(sets, [hashes(TALKS)], [[10, 11, 12]])
    assert shared.tolist() == [4, 1, -1]  # 12 is not held: the caller reads it from the store
    assert sizes.tolist() == [6, 6, -1]


def test_each_statement_of_a_batch_is_counted_against_its_own_stems():
    sets = StemSets()
    sets.add(10, hashes(TALKS_REWRITE))
    sets.add(11, hashes(WEATHER))
    shared, _ = counts(sets, [hashes(WEATHER), hashes(TALKS), hashes(frozenset())], [[10, 11], [11], [10]])
    assert shared.tolist() == [0, 6, 1, 0]


def test_packed_and_fresh_sets_answer_alike(monkeypatch):
    monkeypatch.setattr(stemsets, "SMALL_MAX", 2)
    sets = StemSets()
    words = [TALKS, TALKS_REWRITE, WEATHER, TALKS | WEATHER, frozenset({"وزير"})]
    for item, w in enumerate(words):
        sets.add(100 + item, hashes(w))
        sets.seal()  # small part packed into the large one from the second seal on
    sets.add(200, hashes(WEATHER))  # fresh, not sealed
    assert len(sets.large.items) and len(sets.fresh)
    cands = [[100, 101, 102, 103, 104, 200]]
    shared, sizes = counts(sets, [hashes(TALKS)], cands)
    assert shared.tolist() == [len(TALKS & w) for w in words] + [len(TALKS & WEATHER)]
    assert sizes.tolist() == [len(w) for w in words] + [len(WEATHER)]


def test_a_hash_collision_can_only_raise_the_count():
    # A candidate whose two distinct stems got one hash (h) keeps both entries: its size stays 2,
    # and a new statement holding one of them counts 2 shared (truly 1) — more, never fewer.
    sets = StemSets()
    h = hashes(frozenset({"مفاوض"}))[0]
    sets.add(1, np.array([h, h], dtype=np.uint32))
    shared, sizes = counts(sets, [np.array([h], dtype=np.uint32)], [[1]])
    assert sizes.tolist() == [2] and shared.tolist() == [2]


def test_a_batch_added_at_once_is_held_like_sets_added_one_by_one():
    one_by_one, batch = StemSets(), StemSets()
    words = [TALKS, WEATHER, TALKS_REWRITE]
    for item, w in enumerate(words):
        one_by_one.add(item, hashes(w))
    one_by_one.seal()
    flat, sizes = batch.add_batch([0, 1, 2], words)
    assert sizes.tolist() == [7, 6, 6]
    assert sorted(flat.tolist()) == sorted(np.concatenate([hashes(w) for w in words]).tolist())
    mines = [hashes(TALKS_REWRITE), hashes(WEATHER)]
    assert all(np.array_equal(a, b) for a, b in zip(counts(one_by_one, mines, [[0, 1, 2, 3], [2, 1]]),
                                                    counts(batch, mines, [[0, 1, 2, 3], [2, 1]])))


def test_a_set_read_again_is_held_once_and_older_items_still_sort_in():
    sets = StemSets()
    sets.add_batch([50, 60], [TALKS, WEATHER])
    sets.add(50, hashes(TALKS))  # read again from the store (a memo miss): the same set
    sets.add(7, hashes(TALKS_REWRITE))  # an older statement met for the first time
    sets.seal()
    assert len(sets) == 3 and sets.small.items.tolist() == [7, 50, 60]
    shared, sizes = counts(sets, [hashes(TALKS)], [[60, 50, 7]])
    assert shared.tolist() == [1, 7, 4] and sizes.tolist() == [6, 7, 6]


def test_members_finds_exactly_the_held_keys():
    rng = np.random.default_rng(5)
    held = np.unique(rng.integers(0, 1 << 40, 3000))
    keys = np.concatenate([rng.choice(held, 500), rng.integers(0, 1 << 40, 20000)])
    assert stemsets._members(held, keys).tolist() == np.flatnonzero(np.isin(keys, held)).tolist()
