"""MinHash signatures of shingle sets and their LSH band keys, vectorized with NumPy.

Permutation ``p`` hashes a shingle ``x`` as ``((a_p * x + b_p) mod 2**64) >> 32`` (multiply-shift)
with ``a_p, b_p`` drawn from a fixed seed, so signatures made in different runs and processes agree;
the seed and sizes are recorded in the store's ``meta`` table (see ``lsh.check_params``).
"""
from __future__ import annotations

from functools import lru_cache
from itertools import accumulate, chain

import numpy as np

from qawl.link import params
from qawl.link.shingles import _MULT, Stems, stem_ids, window_starts


@lru_cache(maxsize=4)
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    a = rng.integers(1, 2**63, size=num_perm, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64)
    return a, b


def signatures(sets: list[np.ndarray], num_perm: int = params.NUM_PERM, seed: int = params.SEED,
               chunk: int = 200_000) -> np.ndarray:
    """One row of ``num_perm`` uint32 minima per non-empty shingle set (uint64 shingle hashes)."""
    a, b = _permutations(num_perm, seed)
    out = np.empty((len(sets), num_perm), dtype=np.uint64)
    i = 0
    while i < len(sets):
        # Take sets until about ``chunk`` shingles, hash them all at once, then reduce per set.
        j, total = i, 0
        while j < len(sets) and (total == 0 or total + len(sets[j]) <= chunk):
            total += len(sets[j])
            j += 1
        flat = np.concatenate(sets[i:j])
        with np.errstate(over="ignore"):
            hashed = (flat[:, None] * a[None, :] + b[None, :]) >> np.uint64(32)
        bounds = np.cumsum([0] + [len(s) for s in sets[i : j - 1]])
        out[i:j] = np.minimum.reduceat(hashed, bounds, axis=0)
        i = j
    return out


_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5,
                 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53], dtype=np.uint64)


def band_keys(sig: np.ndarray, bands: int = params.BANDS, rows: int = params.ROWS) -> np.ndarray:
    """``(n, bands)`` signed 64-bit keys: equal keys mean equal signature rows in that band."""
    n = sig.shape[0]
    if n == 0:
        return np.empty((0, bands), dtype=np.int64)
    view = sig[:, : bands * rows].reshape(n, bands, rows)
    acc = _band_seeds(bands) ^ view[:, :, 0]  # a new array: the rest works in place
    for r in range(rows):
        if r:
            acc ^= view[:, :, r]
        acc *= _MIX[r % 5]  # (integer arrays wrap around silently)
        acc ^= acc >> _SHIFT
    return acc.view(np.int64)


@lru_cache(maxsize=8)
def _band_seeds(bands: int) -> np.ndarray:
    return np.arange(1, bands + 1, dtype=np.uint64) * _MIX[-1]


_SHIFT = np.uint64(29)


def window_band_keys(texts: list[Stems], window: int = params.WINDOW, stride: int = params.STRIDE,
                     bands: int = params.BANDS, rows: int = params.ROWS) -> list[np.ndarray]:
    """Per text, the band keys (``(windows, bands)``, flattened) of its signed windows: the keys
    ``band_keys(signatures(window_shingles(t)))`` gives, computed for all texts at once: every stem
    bigram is hashed once, and a window's signature is the minimum over its rows of that table."""
    return grouped_band_keys([(texts, window, stride, bands, rows)])[0]


def grouped_band_keys(groups: list[tuple[list[Stems], int, int, int, int]]) -> list[list[np.ndarray]]:
    """``window_band_keys`` of several groups of texts (each with its window, stride, bands and
    rows) in one pass."""
    texts = [t for g in groups for t in g[0]]
    lengths = [len(t.stems) for t in texts]
    ids = stem_ids(list(chain.from_iterable(t.stems for t in texts)))
    info = np.fromiter(chain.from_iterable(t.info for t in texts), dtype=bool, count=sum(lengths))
    return grouped_band_keys_of(ids, info, [(len(g[0]), *g[1:]) for g in groups], lengths)


# A group of texts laid end to end: how many texts, and their window, stride, bands and rows.
Group = tuple[int, int, int, int, int]


def grouped_band_keys_of(ids: np.ndarray, info: np.ndarray, groups: list[Group], lengths: list[int]) -> list[list[np.ndarray]]:
    """``grouped_band_keys`` of texts given as their stem ids (uint64) and informative flags laid
    end to end (the texts of ``lengths`` stems each, group after group)."""
    if not lengths or max(lengths) < 2:
        empty = np.empty(0, dtype=np.int64)
        return [[empty] * g[0] for g in groups]
    # Gram k is the ordered pair of stems k and k + 1, mixed into 56 bits (integer arrays wrap
    # silently); it is useful when one of them is informative. The last slot holds a sentinel
    # gram, useful so that the run of useful grams ends with it (see below).
    n = len(ids)
    grams = np.empty(n, dtype=np.uint64)
    np.multiply(ids[:-1], _MULT, out=grams[:-1])
    grams[:-1] ^= ids[1:]
    grams >>= np.uint64(8)
    grams[-1] = 0
    useful = np.empty(n, dtype=bool)
    np.bitwise_or(info[:-1], info[1:], out=useful[:-1])
    useful[-1] = True
    at = useful.nonzero()[0]
    # A window's useful grams are the run [lo, hi) of them that starts after the useful grams
    # before the window; ``bounds``: lo, hi, lo, hi … (the sentinel is never inside a window).
    edges, owner = _windows(groups, np.asarray(lengths, dtype=np.intp))
    bounds = np.searchsorted(at, edges)
    run = grams[at]
    # A window is signed when it holds at least two distinct useful grams (its smallest and largest
    # differ; a window of one gram or none has them equal). ``reduceat`` over the pairs (lo, hi)
    # reduces each window (the pairs (hi, next lo) between them are dropped); the sentinel keeps
    # the last ``hi`` an index.
    signed = np.minimum.reduceat(run, bounds)[0::2] != np.maximum.reduceat(run, bounds)[0::2]
    a, b = _permutations(params.NUM_PERM, params.SEED)
    # A row of hashes per permutation, so that NumPy's inner loops run along the grams: with a
    # column per permutation they ran 24 elements at a time, and hashing and reducing took twice
    # as long (session 51: 30 -> 15 µs an article).
    hashed = np.multiply(a[:, None], run[None, :])
    hashed += b[:, None]
    # ``>> 32`` after the minimum (it keeps order, so it is the minimum's too).
    sig = np.minimum.reduceat(hashed, bounds, axis=1)[:, 0::2].T[signed]
    sig >>= np.uint64(32)
    per_text = np.bincount(owner[signed], minlength=len(lengths)).tolist()
    out, t, row = [], 0, 0
    for members, _, _, bands, rows in groups:
        counts = per_text[t : t + members]
        keys = band_keys(sig[row : row + sum(counts)], bands, rows)
        cuts = list(accumulate(counts, initial=0))
        out.append([keys[cuts[i] : cuts[i + 1]].ravel() for i in range(members)])
        t, row = t + members, row + cuts[-1]
    return out


def _windows(groups: list[Group], lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The gram ranges ``[first, last)`` of the windows of texts laid end to end (a window never
    crosses a text's end), as first, last, first, last …; and the text each belongs to."""
    if len(lengths) < _FEW_TEXTS:
        return _windows_one_by_one(groups, lengths.tolist())
    return _windows_at_once(groups, lengths)


_FEW_TEXTS = 16  # fewer texts' windows are listed one by one (NumPy's calls would cost more)


def _windows_one_by_one(groups: list[Group], lengths: list[int]) -> tuple[np.ndarray, np.ndarray]:
    edges, owner = [], []
    offset, t = 0, 0
    for members, window, stride, _, _ in groups:
        for _ in range(members):
            n = lengths[t]
            if n >= 2:
                for s in window_starts(n, window, stride):
                    edges += (offset + s, offset + s + min(window, n - s) - 1)
                    owner.append(t)
            offset += n
            t += 1
    return np.asarray(edges, dtype=np.intp), np.asarray(owner, dtype=np.intp)


def _windows_at_once(groups: list[Group], lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``_windows_one_by_one`` for all texts at once: each text's windows are those of
    ``window_starts`` (every ``stride`` stems, and a tail window at the end of a longer text)."""
    offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    edges, owner, t = [], [], 0
    for members, window, stride, _, _ in groups:
        n = lengths[t : t + members]
        longer = n > window
        regular = np.where(longer, (n - window) // stride + 1, n >= 2)  # windows every ``stride``
        counts = regular + (longer & ((n - window) % stride != 0))  # and a tail window
        text = np.repeat(np.arange(t, t + members), counts)
        nth = np.arange(len(text)) - np.repeat(np.cumsum(counts) - counts, counts)
        start = np.where(nth < regular[text - t], nth * stride, n[text - t] - window)
        first = offsets[text] + start
        edges.append(np.stack([first, first + np.minimum(window, n[text - t] - start) - 1], axis=1).ravel())
        owner.append(text)
        t += members
    return np.concatenate(edges), np.concatenate(owner)
