"""Shingles for linking: stem sequences with their informative-token mask (function words and stock
phrases masked out) and the hashed stem bigrams of overlapping windows that MinHash signs.

A bigram counts only when one of its stems is informative, so windows made of function words or of
a stock phrase ("الهزيمة الدائمة لداعش") produce no shingles and can never collide on their own.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from qawl.link import params
from qawl.link.stem import Token, stem, tokens
from qawl.rules.linking import STOCK_PHRASES
from qawl.text.normalize import key


@dataclass(slots=True)
class Stems:
    """A text's stems, which of them are evidence (``info``), and their original offsets."""

    stems: list[str]
    info: list[bool]
    starts: list[int]
    ends: list[int]

    @property
    def n_info(self) -> int:
        return sum(self.info)

    def exact_key(self) -> str:
        """Equal for texts whose informative stems are equal in order (copies, re-punctuated copies)."""
        return format(zlib.crc32(" ".join(s for s, i in zip(self.stems, self.info) if i).encode()), "08x") + format(
            len(self.stems), "x")


@lru_cache(maxsize=1)
def _stock_by_first() -> dict[str, list[tuple[str, ...]]]:
    """Stock phrases as stem sequences, indexed by their first stem."""
    first: dict[str, list[tuple[str, ...]]] = {}
    for p in STOCK_PHRASES:
        seq = tuple(stem(w) for w in key(p).split())
        first.setdefault(seq[0], []).append(seq)
    return first


def _mask_stock(stems: list[str], info: list[bool]) -> None:
    first = _stock_by_first()
    for i, s in enumerate(stems):
        for seq in first.get(s, ()):
            if tuple(stems[i : i + len(seq)]) == seq:
                for j in range(i, i + len(seq)):
                    info[j] = False


def from_tokens(toks: list[Token]) -> Stems:
    stems = [t.stem for t in toks]
    info = [not t.function for t in toks]
    _mask_stock(stems, info)
    return Stems(stems, info, [t.start for t in toks], [t.end for t in toks])


def analyse(text: str) -> Stems:
    return from_tokens(tokens(text))


def _hash(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def window_shingles(st: Stems, window: int = params.WINDOW, stride: int = params.STRIDE) -> list[np.ndarray]:
    """Hashed informative bigrams of each window of ``window`` stems (every ``stride`` stems)."""
    n = len(st.stems)
    grams = [
        _hash(st.stems[i] + " " + st.stems[i + 1]) if (st.info[i] or st.info[i + 1]) else -1 for i in range(n - 1)
    ]
    out = []
    starts = range(0, max(n - window, 0) + 1, stride) if n > window else [0]
    last = 0
    for s in starts:
        out.append(grams[s : s + window - 1])
        last = s
    if n > window and last + window < n:  # the tail window, so the end of a long statement is signed too
        out.append(grams[n - window :])
    arrays = []
    for g in out:
        kept = np.array(sorted({x for x in g if x >= 0}), dtype=np.uint64)
        if len(kept) >= 2:
            arrays.append(kept)
    return arrays
