"""The informative stems of every banded statement this process has met, held compactly in NumPy
(32-bit hashes, one per distinct stem), so that most candidates of a new statement are rejected by
the stem-set pre-check of ``clusters.Linker._verify`` without being read from the store or decoded.

The count it gives is an upper bound of the true number of shared stems: each distinct stem of the
candidate counts when its hash is among the new statement's hashes, so a hash collision can only add
to it. A candidate it rejects is therefore one the exact pre-check rejects too: links do not change.
"""
from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import chain
from dataclasses import dataclass, field

import numpy as np

from qawl.link.sketch import has_bits, set_bits


def hashes(words: Collection[str]) -> np.ndarray:
    """One 32-bit hash per distinct stem (``words`` is a set)."""
    return np.fromiter(map(hash, words), dtype=np.int64, count=len(words)).astype(np.uint32)


def hashes_of_all(words: Sequence[Collection[str]]) -> tuple[np.ndarray, np.ndarray]:
    """``hashes`` of every set of ``words``, one after the other, and their sizes: made at once (an
    array a set cost a batch's same-speaker pass more than the hashing)."""
    sizes = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    flat = np.fromiter(chain.from_iterable(map(hash, w) for w in words), dtype=np.int64,
                       count=int(sizes.sum())).astype(np.uint32)
    return flat, sizes


def _spans(starts: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """The positions start, start + 1, …, start + size - 1 of every (start, size), concatenated."""
    return np.repeat(starts - np.cumsum(sizes) + sizes, sizes) + np.arange(int(sizes.sum()))


@dataclass(slots=True)
class Packed:
    """Sets packed in arrays, sorted by item."""

    items: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    starts: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    sizes: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    flat: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.uint32))

    @staticmethod
    def loose(items: np.ndarray, sizes: np.ndarray, flat: np.ndarray) -> Packed:
        """Sets given one after the other (``flat``), not yet sorted by item: only for ``of``."""
        return Packed(items, np.cumsum(sizes) - sizes, sizes, flat)

    @staticmethod
    def of(parts: Sequence[Packed]) -> Packed:
        """``parts`` in one, sorted, each item once (an item's set never changes: items are not
        reused, and forgetting documents drops the whole cache; the last copy is kept)."""
        offsets = np.cumsum([0] + [len(p.flat) for p in parts])
        items = np.concatenate([p.items for p in parts])
        sizes = np.concatenate([p.sizes for p in parts])
        if np.all(items[1:] > items[:-1]):  # parts given in item order (a batch's items are the newest)
            return Packed(items, np.cumsum(sizes) - sizes, sizes, np.concatenate([p.flat for p in parts]))
        starts = np.concatenate([p.starts + o for p, o in zip(parts, offsets)])
        flat = np.concatenate([p.flat for p in parts])
        # the last copy of each item: a stable sort of the reversed rows puts it first
        rev = len(items) - 1 - np.argsort(items[::-1], kind="stable")
        first = np.ones(len(rev), dtype=bool)
        first[1:] = items[rev][1:] != items[rev][:-1]
        keep = rev[first]
        out_sizes = sizes[keep]
        return Packed(items[keep], np.cumsum(out_sizes) - out_sizes, out_sizes, flat[_spans(starts[keep], out_sizes)])

    def find(self, c: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Which of the items ``c`` are held, and their places."""
        pos = np.searchsorted(self.items, c)
        held = pos < len(self.items)
        held[held] = self.items[pos[held]] == c[held]
        return held, pos


# The newest sets wait in a dict until the batch ends, then join a small packed part; that part is
# packed into the large one when it reaches a quarter of it (or this many sets), so packing costs
# about the size of what is packed, a few times per growth of a quarter.
SMALL_MAX = 20000


class StemSets:
    """item (its id in the LSH buckets) → the hashes of its informative stems."""

    def __init__(self) -> None:
        self.large = Packed()
        self.small = Packed()
        self.fresh: dict[int, np.ndarray] = {}

    def __len__(self) -> int:  # sets held (an item held twice counts twice until packed)
        return len(self.large.items) + len(self.small.items) + len(self.fresh)

    def add(self, item: int, h: np.ndarray) -> None:
        """Hold ``h`` (from ``hashes``) as the set of ``item``."""
        self.fresh[item] = h

    def add_batch(self, items: Sequence[int], words: Sequence[Collection[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Hold the sets ``words`` of ``items`` (a batch's new statements), and return their hashes
        (one after the other) and sizes, made at once."""
        flat, sizes = hashes_of_all(words)
        self.seal([Packed.loose(np.asarray(items, dtype=np.int64), sizes, flat)])
        return flat, sizes

    def seal(self, more: Sequence[Packed] = ()) -> None:
        """Pack the sets added since the last call (and ``more``) into the small part, and the small
        part into the large one once it has grown to a quarter of it."""
        if self.fresh:
            items = np.fromiter(self.fresh, dtype=np.int64, count=len(self.fresh))
            known = self.large.find(items)[0] | self.small.find(items)[0]  # read again: the same set
            h = [h for h, k in zip(self.fresh.values(), known.tolist()) if not k]
            if h:
                more = [*more, Packed.loose(items[~known], np.fromiter(map(len, h), dtype=np.int64, count=len(h)),
                                            np.concatenate(h))]
            self.fresh = {}
        if not more:
            return
        self.small = Packed.of([self.small, *more])
        if len(self.small.items) >= max(SMALL_MAX, len(self.large.items) // 4):
            self.large, self.small = Packed.of([self.large, self.small]), Packed()

    def shared_at_most(self, mine: np.ndarray, mine_sizes: np.ndarray,
                       cands: Sequence[Sequence[int]]) -> tuple[np.ndarray, np.ndarray]:
        """For each statement s (its hashes: ``mine_sizes[s]`` of ``mine``, one after the other) and
        each of its candidates
        ``cands[s]``, flattened in that order: an upper bound of the stems they share, and the
        candidate's number of distinct informative stems; -1 for both when its set is not held here.
        One pass of array operations for a whole batch."""
        lens = np.fromiter(map(len, cands), dtype=np.int64, count=len(cands))
        n = int(lens.sum())
        c = np.fromiter(chain.from_iterable(cands), dtype=np.int64, count=n)
        of = np.repeat(np.arange(len(cands), dtype=np.int64), lens)  # pair → its statement
        sizes = np.full(n, -1, dtype=np.int64)
        vals, owners = [], []
        todo = np.ones(n, dtype=bool)
        for part in (self.small, self.large):
            if not len(part.items) or not todo.any():
                continue
            held, pos = part.find(c)
            held &= todo
            at = np.flatnonzero(held)
            s = part.sizes[pos[at]]
            sizes[at] = s
            vals.append(part.flat[_spans(part.starts[pos[at]], s)])
            owners.append(np.repeat(at, s))
            todo &= ~held
        for i in np.flatnonzero(todo).tolist() if self.fresh else ():
            h = self.fresh.get(int(c[i]))
            if h is not None:
                sizes[i] = len(h)
                vals.append(h)
                owners.append(np.full(len(h), i, dtype=np.int64))
        shared = np.where(sizes >= 0, 0, -1)
        if vals:
            # (statement, hash) as one sorted int64 key per side: membership is one binary search
            mine_keys = np.sort((np.repeat(np.arange(len(mine_sizes), dtype=np.int64), mine_sizes) << 32)
                                | mine.astype(np.int64))
            v, o = np.concatenate(vals).astype(np.int64), np.concatenate(owners)
            if len(mine_keys) and len(v):
                keys = (of[o] << 32) | v
                found = _members(mine_keys, keys)
                shared += np.bincount(o[found], minlength=n)
        return shared, sizes


# Bits of the table ``_members`` tests keys against first, per key held (a few % of absent keys pass).
MEMBER_BITS_PER_KEY = 32
_FOLD = np.int64(0x9E3779B1)


def _members(held: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """The places of ``keys`` that are in ``held`` (sorted int64 (statement << 32 | hash) keys).
    Nearly all are absent: a bit table of ``held`` (folded keys) rules most out in a few passes,
    and only the rest are binary-searched (a search a key cost most of ``shared_at_most``)."""
    bits = max(12, (MEMBER_BITS_PER_KEY * len(held) - 1).bit_length())
    mask = np.int64((1 << bits) - 1)
    table = np.zeros(1 << (bits - 3), dtype=np.uint8)
    set_bits(table, ((held >> 32) * _FOLD ^ held) & mask)
    maybe = np.flatnonzero(has_bits(table, ((keys >> 32) * _FOLD ^ keys) & mask))
    k = keys[maybe]
    pos = np.minimum(np.searchsorted(held, k), len(held) - 1)
    return maybe[held[pos] == k]
