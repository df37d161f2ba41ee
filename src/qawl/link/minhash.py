"""MinHash signatures of shingle sets and their LSH band keys, vectorized with NumPy.

Permutation ``p`` hashes a shingle ``x`` as ``((a_p * x + b_p) mod 2**64) >> 32`` (multiply-shift)
with ``a_p, b_p`` drawn from a fixed seed, so signatures made in different runs and processes agree;
the seed and sizes are recorded in the store's ``meta`` table (see ``lsh.check_params``).
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from qawl.link import params


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
