"""``Buckets.load_batch``: the bucket read and busy keys of a batch in one pass, as ``load`` then
``busy_keys`` give them."""
from __future__ import annotations

import numpy as np

from qawl.link.lsh import BandIndex, Buckets


class _Stub(Buckets):
    """Buckets over an in-memory index (no store)."""

    def __init__(self, index: BandIndex, cap: int) -> None:
        self.conn, self.table, self.cap, self.index = None, "test", cap, index
        self.items, self.new_rows, self.lone_rows, self.held = {}, [], [], None


def _index(rng: np.random.Generator) -> BandIndex:
    index = BandIndex()
    for _ in range(3):  # several segments
        index.add(rng.integers(0, 60, 300).astype(np.int64), rng.integers(0, 1000, 300).astype(np.int64))
    return index


def _reference(buckets: Buckets, items: list[int], keys: list[np.ndarray]) -> tuple[list, np.ndarray]:
    """``busy_keys`` as written before ``load_batch`` (np.unique and isin over the whole batch)."""
    flat = np.concatenate(keys)
    owner = np.repeat(np.arange(len(keys)), [len(k) for k in keys])
    order = np.lexsort((owner, flat))
    k_sorted, o_sorted = flat[order], owner[order]
    first = np.ones(len(flat), dtype=bool)
    first[1:] = (k_sorted[1:] != k_sorted[:-1]) | (o_sorted[1:] != o_sorted[:-1])
    pair_keys, pair_owners = k_sorted[first], o_sorted[first]
    uniq, counts = np.unique(pair_keys, return_counts=True)
    loaded = np.array([k for k, b in buckets.items.items() if b], dtype=np.int64)
    full = np.array([k for k, b in buckets.items.items() if len(b) >= buckets.cap], dtype=np.int64)
    busy = uniq[(counts > 1) | np.isin(uniq, loaded)]
    lone = ~np.isin(pair_keys, busy)
    rows = np.stack([pair_keys[lone], np.asarray(items)[pair_owners[lone]]], axis=1)
    out = []
    for o in range(len(keys)):
        look = [k for k in flat[owner == o].tolist() if k in set(busy.tolist())]
        out.append((look, [k for k in look if k not in set(full.tolist())]))
    return out, rows


def test_load_batch_gives_what_load_then_busy_keys_give():
    rng = np.random.default_rng(7)
    for cap in (3, 40):
        index = _index(rng)
        items = list(range(2000, 2025))
        keys = [rng.integers(0, 120, rng.integers(0, 15)).astype(np.int64) for _ in items]
        old, new = _Stub(index, cap), _Stub(index, cap)
        old.load(np.concatenate(keys))
        expected, lone_rows = _reference(old, items, keys)
        got = new.load_batch(items, keys)
        assert [(list(a), list(b)) for a, b in got] == expected
        assert new.items == old.items
        assert np.array_equal(np.concatenate(new.lone_rows), lone_rows)
        old.held = None  # the keys held, found from the buckets themselves
        assert [(list(a), list(b)) for a, b in old.busy_keys(items, keys)] == expected


def test_load_batch_of_no_items():
    stub = _Stub(BandIndex(), 40)
    assert stub.load_batch([], []) == []


def test_the_key_filter_never_hides_a_held_key_as_the_index_grows(monkeypatch):
    import qawl.link.lsh as lsh

    monkeypatch.setattr(lsh, "FILTER_MIN_BITS", 8)  # a small filter, made again several times
    rng = np.random.default_rng(7)
    index, rows = BandIndex(), []
    for n in (10, 50, 200, 1000, 3000):
        keys = rng.integers(-2**63, 2**63 - 1, n, dtype=np.int64)
        items = rng.integers(0, 1000, n).astype(np.int64)
        index.add(keys, items)
        rows += zip(keys.tolist(), items.tolist())
    assert index.filter.bits > 8
    held = np.array(sorted({k for k, _ in rows}), dtype=np.int64)
    absent = np.setdiff1d(rng.integers(-2**63, 2**63 - 1, 5000, dtype=np.int64), held)
    wanted = np.union1d(held[::3], absent)
    keys, items = index.lookup(wanted)
    want = set(held[::3].tolist())
    assert sorted(zip(keys.tolist(), items.tolist())) == sorted((k, i) for k, i in rows if k in want)
    assert index.filter.may_hold(held).all() and not index.filter.may_hold(absent).all()
