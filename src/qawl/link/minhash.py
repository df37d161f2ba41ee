"""MinHash signatures of shingle sets and their LSH band keys, vectorized with NumPy.

Permutation ``p`` hashes a shingle ``x`` as ``((a_p * x + b_p) mod 2**64) >> 32`` (multiply-shift)
with ``a_p, b_p`` drawn from a fixed seed, so signatures made in different runs and processes agree;
the seed and sizes are recorded in the store's ``meta`` table (see ``lsh.check_params``).
"""
from __future__ import annotations

from functools import lru_cache
from itertools import chain

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
    with np.errstate(over="ignore"):
        acc = np.arange(1, bands + 1, dtype=np.uint64)[None, :] * _MIX[-1]
        acc = np.broadcast_to(acc, (n, bands)).copy()
        for r in range(rows):
            acc = (acc ^ view[:, :, r]) * _MIX[r % 5]
            acc ^= acc >> np.uint64(29)
    return acc.view(np.int64)


_NONE = np.uint64(2**64 - 1)  # above every gram (56 bits) and every permuted hash (32 bits)


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
    empty = np.empty(0, dtype=np.int64)
    lengths = [len(t.stems) for t in texts]
    if not any(n >= 2 for n in lengths):
        return [[empty for _ in g[0]] for g in groups]
    ids = stem_ids(list(chain.from_iterable(t.stems for t in texts)))
    info = np.fromiter(chain.from_iterable(t.info for t in texts), dtype=bool, count=sum(lengths))
    with np.errstate(over="ignore"):
        grams = ((ids[:-1] * _MULT) ^ ids[1:]) >> np.uint64(8)
    useful = info[:-1] | info[1:]
    # One row of gram positions per window (texts laid end to end; a window never crosses a text's
    # end), padded with the position of a gram that is never useful.
    pad = len(grams)
    grams = np.append(grams, _NONE)
    useful = np.append(useful, False)
    width = max(g[1] for g in groups) - 1
    first, size, owner, group_of = [], [], [], []
    offset, t = 0, 0
    for gi, (members, window, stride, _, _) in enumerate(groups):
        for _ in members:
            n = lengths[t]
            if n >= 2:
                for s in window_starts(n, window, stride):
                    first.append(offset + s)
                    size.append(min(window, n - s) - 1)
                    owner.append(t)
                    group_of.append(gi)
            offset += n
            t += 1
    cols = np.arange(width, dtype=np.int64)
    first_a, size_a = np.array(first, dtype=np.int64), np.array(size, dtype=np.int64)
    idx = np.where(cols[None, :] < size_a[:, None], first_a[:, None] + cols[None, :], pad)
    member = useful[idx]
    # A window is signed when it holds at least two distinct useful grams: its smallest and largest
    # useful grams differ (no sort needed; a window without any has smallest _NONE, largest 0).
    at = grams[idx]
    smallest = np.where(member, at, _NONE).min(axis=1)
    signed = (smallest != _NONE) & (np.where(member, at, np.uint64(0)).max(axis=1) != smallest)
    a, b = _permutations(params.NUM_PERM, params.SEED)
    with np.errstate(over="ignore"):
        hashed = (grams[:, None] * a[None, :] + b[None, :]) >> np.uint64(32)
    hashed[~useful] = _NONE
    sig = hashed[idx[signed]].min(axis=1)
    owner_s = np.array(owner, dtype=np.int64)[signed]
    group_s = np.array(group_of, dtype=np.int64)[signed]
    out, t0 = [], 0
    for gi, (members, _, _, bands, rows) in enumerate(groups):
        mine = group_s == gi
        keys = band_keys(sig[mine], bands, rows)
        cuts = np.searchsorted(owner_s[mine], np.arange(t0, t0 + len(members) + 1))
        out.append([keys[cuts[i] : cuts[i + 1]].ravel() for i in range(len(members))])
        t0 += len(members)
    return out
