"""Shingles for linking: stem sequences with their informative-token mask (function words and stock
phrases masked out) and the hashed stem bigrams of overlapping windows that MinHash signs.

A bigram counts only when one of its stems is informative, so windows made of function words or of
a stock phrase ("الهزيمة الدائمة لداعش") produce no shingles and can never collide on their own.
"""
from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress, islice
from operator import not_

import numpy as np

from qawl.link import params
from qawl.link.stem import Read, Token, read, stock_phrases


@dataclass(slots=True)
class Stems:
    """A text's stems, which of them are evidence (``info``), and their original offsets."""

    stems: list[str]
    info: list[bool]
    starts: list[int]
    ends: list[int]
    _grams: dict | None = None  # k → (k-grams in order, k-gram → first positions), built on demand
    _anchors: dict | None = None  # k → sorted unique hashes of its k-grams
    _codes: dict | None = None  # k → exact codes of its k-grams (0: the ids of its stems), see ``codes``
    _prefix: array | None = None  # see ``char_prefix``

    def char_prefix(self) -> array:
        """Characters in its first t words (each word's end minus start), for t = 0 … len."""
        if self._prefix is None:
            widths = np.asarray(self.ends, dtype=np.int64) - np.asarray(self.starts, dtype=np.int64)
            self._prefix = array("q", np.concatenate([[0], np.cumsum(widths)]).astype(np.int64).tobytes())
        return self._prefix

    def anchor_hashes(self, k: int) -> np.ndarray:
        """Sorted distinct hashes of its k-stem anchors (a cheap set for pre-checks)."""
        if self._anchors is None:
            self._anchors = {}
        if k not in self._anchors:
            self._anchors[k] = anchor_hashes_of(stem_ids(self.stems), k)
        return self._anchors[k]

    def grams(self, k: int) -> tuple[list[tuple[str, ...]], dict[tuple[str, ...], list[int]]]:
        """The k-stem anchors of the text in order, and where each occurs (at most 16 places each)."""
        if self._grams is None:
            self._grams = {}
        if k not in self._grams:
            seq = [tuple(self.stems[i : i + k]) for i in range(len(self.stems) - k + 1)]
            where: dict[tuple[str, ...], list[int]] = {}
            for j, g in enumerate(seq):
                places = where.setdefault(g, [])
                if len(places) < 16:
                    places.append(j)
            self._grams[k] = (seq, where)
        return self._grams[k]

    def codes(self, k: int) -> np.ndarray | None:
        """Its k-stem anchors as int64 codes, equal exactly when the anchors are equal (stems are
        numbered in this process, at most 21 bits each); None once the numbering is full. ``codes(0)``
        is the stem numbers themselves."""
        if self._codes is None:
            self._codes = {}
        if k not in self._codes:
            if 0 not in self._codes:
                self._codes[0] = _vocab_ids(self.stems)
            ids = self._codes[0]
            n = len(self.stems)
            if ids is None or n < k:
                self._codes[k] = None if ids is None else np.empty(0, dtype=np.int64)
            else:
                c = ids[: n - k + 1].copy()
                for t in range(1, k):
                    c = (c << 21) | ids[t : n - k + 1 + t]
                self._codes[k] = c
        return self._codes[k]

    @property
    def n_info(self) -> int:
        return sum(self.info)

    def exact_key(self) -> str:
        """Equal for texts whose informative stems are equal in order (copies, re-punctuated copies)."""
        return exact_key_of(self.stems, self.info)


def exact_key_of(stems: list[str], info: Iterable[bool | int]) -> str:
    """``Stems(stems, info, …).exact_key()`` (``info``: flags or 1/0 bytes)."""
    return format(zlib.crc32(" ".join(compress(stems, info)).encode()), "08x") + format(len(stems), "x")


def anchor_hashes_of(ids: np.ndarray, k: int) -> np.ndarray:
    """Sorted distinct hashes of the k-stem anchors of a text whose stem ids (uint64) are ``ids``."""
    return _sorted_distinct(anchor_hashes_in_order(ids, k))


def anchor_hashes_in_order(ids: np.ndarray, k: int) -> np.ndarray:
    """The hash of the k-stem anchor at each place of a text whose stem ids (uint64) are ``ids``
    (of texts laid end to end too: an anchor's hash depends on its own stems only)."""
    n = len(ids)
    if n < k:
        return np.empty(0, dtype=np.uint64)
    h = ids[: n - k + 1].copy()
    for t in range(1, k):
        h *= _MULT  # (integer arrays wrap around silently)
        h ^= ids[t : n - k + 1 + t]
    return h


def sorted_distinct_anchors(in_order: np.ndarray) -> np.ndarray:
    """``anchor_hashes_of`` a text from its ``anchor_hashes_in_order`` (a copy, sorted)."""
    return _sorted_distinct(in_order.copy())


def _sorted_distinct(h: np.ndarray) -> np.ndarray:
    # What ``np.unique`` gives, several times faster on a few hundred values (it hashes them first).
    if not len(h):
        return h
    h.sort()
    return h[np.concatenate(([True], h[1:] != h[:-1]))]


def mask_stock(stems: list[str], info: list[bool]) -> None:
    """Set ``info`` False on the words of ``stems`` that are part of a stock phrase (in place)."""
    singles, firsts, pairs = stock_phrases()
    for i in compress(range(len(stems)), map(singles.__contains__, stems)) if singles else ():
        info[i] = False
    if firsts.isdisjoint(stems):
        return
    # Only the places where a phrase's first two stems occur are looked at (found in C: some first
    # stems, like "من", are among the commonest words).
    for i in compress(range(len(stems) - 1), map(pairs.__contains__, zip(stems, islice(stems, 1, None)))):
        for seq in pairs[stems[i], stems[i + 1]]:
            if tuple(stems[i : i + len(seq)]) == seq:
                info[i : i + len(seq)] = [False] * len(seq)


def mask_phrases(stems: list[str], info: np.ndarray, phrase_start: np.ndarray) -> None:
    """``mask_stock`` for stock phrases of two stems or more (in place), given the stems that may
    begin one (see ``stem.Columns``): ``info`` already leaves out the one-stem phrases."""
    for i, length in stock_phrase_spans(stems, phrase_start):
        info[i : i + length] = False


def stock_phrase_spans(stems: list[str], phrase_start: np.ndarray) -> list[tuple[int, int]]:
    """Where stock phrases of two stems or more occur in ``stems``: (first stem, length) of each,
    in order, given the stems that may begin one (see ``stem.Columns``)."""
    pairs = stock_phrases()[2]
    spans = []
    for i in phrase_start[: len(stems) - 1].nonzero()[0].tolist():
        for seq in pairs.get((stems[i], stems[i + 1]), ()):
            if tuple(stems[i : i + len(seq)]) == seq:
                spans.append((i, len(seq)))
    return spans


def from_tokens(toks: list[Token]) -> Stems:
    stems = [t.stem for t in toks]
    info = [not t.function for t in toks]
    mask_stock(stems, info)
    return Stems(stems, info, [t.start for t in toks], [t.end for t in toks])


def from_read(r: Read) -> Stems:
    """``from_tokens`` of a text already read as parallel lists (``stem.read``)."""
    info = list(map(not_, r.function))
    mask_stock(r.stems, info)
    return Stems(list(r.stems), info, list(r.starts), list(r.ends))


def analyse(text: str) -> Stems:
    return from_read(read(text))


class _StemIds(dict):
    """Stem → a stable 32-bit id (crc32: the same in every process, unlike ``hash``), remembered."""

    def __missing__(self, s: str) -> int:
        if len(self) >= 400_000:
            self.clear()
        v = self[s] = zlib.crc32(s.encode("utf-8"))
        return v


_STEM_IDS = _StemIds()


class _Vocab(dict):
    """Stem → its number in this process (1, 2, …): exact, unlike a hash, and small enough for three
    of them to make one int64 anchor code."""

    def __missing__(self, s: str) -> int:
        v = self[s] = len(self) + 1
        return v


_VOCAB = _Vocab()
_VOCAB_MAX = 2**21 - 1


def _vocab_ids(stems: list[str]) -> np.ndarray | None:
    if len(_VOCAB) + len(stems) > _VOCAB_MAX:
        return None
    return np.fromiter(map(_VOCAB.__getitem__, stems), dtype=np.int64, count=len(stems))


def stem_ids(stems: list[str]) -> np.ndarray:
    """The ids of ``stems`` as a uint64 array (one C-level lookup per stem)."""
    return np.fromiter(map(_STEM_IDS.__getitem__, stems), dtype=np.uint64, count=len(stems))


_MULT = np.uint64(0x9E3779B97F4A7C15)


def window_shingles(st: Stems, window: int = params.WINDOW, stride: int = params.STRIDE) -> list[np.ndarray]:
    """Hashed informative bigrams of each window of ``window`` stems (every ``stride`` stems)."""
    n = len(st.stems)
    if n < 2:
        return []
    ids = stem_ids(st.stems)
    info = np.fromiter(st.info, dtype=bool, count=n)
    with np.errstate(over="ignore"):
        grams = ((ids[:-1] * _MULT) ^ ids[1:]) >> np.uint64(8)  # the ordered pair, mixed into 56 bits
    useful = info[:-1] | info[1:]
    starts = window_starts(n, window, stride)  # with a tail window, so the end of a long text is signed too
    arrays = []
    for s in starts:
        kept = np.unique(grams[s : s + window - 1][useful[s : s + window - 1]])
        if len(kept) >= 2:
            arrays.append(kept)
    return arrays


def window_starts(n: int, window: int, stride: int) -> list[int]:
    """Where the windows of a text of ``n`` stems start (as ``window_shingles`` cuts them)."""
    starts = list(range(0, n - window + 1, stride)) if n > window else [0]
    if n > window and starts[-1] + window < n:
        starts.append(n - window)
    return starts
