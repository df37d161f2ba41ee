"""Light stemming of Arabic words for linking: fold with ``key``, then strip clitics and suffixes
(tables in ``qawl.rules.linking``) so that person and number changes between an interview answer
and its report ("مهمتنا" / "مهمتهم", "لا نسعى" / "لا يسعون") meet on one stem.

The stems are match keys, not linguistic roots: what matters is that the forms of one word agree.
``tokens(text)`` returns stems with the character offsets of their words in ``text``.
"""
from __future__ import annotations

import re
import zlib
from functools import lru_cache
from itertools import accumulate, compress
from typing import NamedTuple

import numpy as np

from qawl.rules.linking import (FUNCTION_WORDS, FUTURE_PREFIX, MIN_STEM, PERSON_PREFIXES, PROCLITICS, STOCK_PHRASES,
                                SUFFIXES)
from qawl.text.normalize import _fold, _single_spaced, key

_PROCLITICS = sorted({key(p) for p in PROCLITICS}, key=len, reverse=True)
_SUFFIXES = sorted({key(s) for s in SUFFIXES}, key=len, reverse=True)
_PERSON = tuple(key(p) for p in PERSON_PREFIXES)
_FUNCTION = {key(w) for w in FUNCTION_WORDS}
# Words of the original text: runs of Arabic letters (with the diacritics, tatweel and invisible marks
# that the matching view drops), Persian letters, Latin letters and digits in any script.
_WORD_RE = re.compile(
    "[\u0621-\u065f\u0660-\u0669\u0670-\u06d3\u06d6-\u06dd\u06f0-\u06f9\u0610-\u061a"
    "\u200c\u200d\u00ada-zA-Z0-9]+")


class Token(NamedTuple):
    stem: str
    start: int  # offsets of the word in the original text
    end: int
    function: bool  # a function word: aligns reports but is never evidence of one statement


def _affixes_re(affixes: list[str]) -> re.Pattern[str]:
    """Matches, at the start of a word, the affix of ``affixes`` that leaves ``MIN_STEM`` letters,
    the longest first, again and again: the alternatives are tried in order (of one length, at
    most one can fit), and as nothing follows the repetition, no earlier choice is ever undone."""
    assert all(affixes)
    alternatives = "|".join(re.escape(a) for a in sorted(affixes, key=len, reverse=True))
    return re.compile(f"(?:(?:{alternatives})(?=[\\s\\S]{{{MIN_STEM}}}))*")


_PROCLITICS_RE = _affixes_re(_PROCLITICS)
_SUFFIXES_REVERSED_RE = _affixes_re([s[::-1] for s in _SUFFIXES])  # suffixes, read from the end


def _strip_front(w: str) -> str:
    """Strip proclitics, the longest that leaves ``MIN_STEM`` letters first, until none fits."""
    n = _PROCLITICS_RE.match(w).end()
    return w[n:] if n else w


def _strip_back(w: str) -> str:
    """Strip suffixes, the longest that leaves ``MIN_STEM`` letters first, until none fits."""
    n = _SUFFIXES_REVERSED_RE.match(w[::-1]).end()
    return w[:-n] if n else w


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """The match stem of one folded word (``key`` applied first when needed)."""
    w = _strip_front(word)
    if w.startswith(FUTURE_PREFIX) and len(w) > MIN_STEM + 1 and w[1:].startswith(_PERSON):
        w = w[1:]
    w = _strip_back(w)
    if len(w) > MIN_STEM and w.startswith(_PERSON):
        w = w[1:]
    return w


def is_function(word: str) -> bool:
    return word in _FUNCTION


@lru_cache(maxsize=1)
def stock_phrases() -> tuple[frozenset[str], frozenset[str], dict[tuple[str, str], list[tuple[str, ...]]]]:
    """Stock phrases as stem sequences: those of one stem; the first stems of the longer ones; and
    the longer ones indexed by their first two stems."""
    singles, pairs = set(), {}
    for p in STOCK_PHRASES:
        seq = tuple(stem(w) for w in key(p).split())
        if len(seq) == 1:
            singles.add(seq[0])
        elif seq:
            pairs.setdefault(seq[:2], []).append(seq)
    return frozenset(singles), frozenset(s for s, _ in pairs), pairs


_READS_MAX = 400_000  # distinct word forms remembered per process


class _Vocabulary(dict):
    """Word form → its row in column arrays of what reading needs about it, filled on first sight:
    reading a text is one dictionary lookup per word (done in C by ``map``), and its columns are
    then taken for all its words at once. Row 0 stands for words that folding empties."""

    def __init__(self) -> None:
        super().__init__()
        self.reset()

    def reset(self, capacity: int = 4096) -> None:
        self.clear()
        self.size = 1
        self.stem = np.empty(capacity, dtype=object)
        self.function = np.zeros(capacity, dtype=bool)
        self.id = np.zeros(capacity, dtype=np.uint64)  # the stem's CRC-32: the same in every process
        self.informative = np.zeros(capacity, dtype=bool)  # neither a function word nor a stock phrase
        self.phrase_start = np.zeros(capacity, dtype=bool)  # may begin a stock phrase of several stems

    def __missing__(self, word: str) -> int:
        folded = _single_spaced(_fold(word))  # ``key(word)``, without filling its memo with words
        if not folded:
            self[word] = 0
            return 0
        row = self.size
        if row == len(self.stem):
            self._grow()
        s = stem(folded)
        singles, firsts, _ = stock_phrases()
        function = folded in _FUNCTION
        self.stem[row], self.function[row], self.id[row] = s, function, zlib.crc32(s.encode("utf-8"))
        self.informative[row], self.phrase_start[row] = not function and s not in singles, s in firsts
        self.size = row + 1
        self[word] = row
        return row

    def _grow(self) -> None:
        for name in ("stem", "function", "id", "informative", "phrase_start"):
            old = getattr(self, name)
            new = np.zeros(2 * len(old), dtype=old.dtype) if old.dtype != object else np.empty(2 * len(old), dtype=object)
            new[: len(old)] = old
            setattr(self, name, new)

    def rows(self, words: list[str]) -> np.ndarray:
        if len(self) + len(words) > _READS_MAX:  # forgotten between texts, never while reading one
            self.reset()
        return np.fromiter(map(self.__getitem__, words), dtype=np.intp, count=len(words))


_VOCABULARY = _Vocabulary()


def _word_characters() -> np.ndarray:
    """Which characters of the Basic Multilingual Plane ``_WORD_RE`` takes (by code point); it
    takes none beyond (checked by the tests), and U+FFFF is not one, so code points beyond the
    plane read as U+FFFF."""
    table = np.zeros(0x10000, dtype=bool)
    plane = "".join(map(chr, range(0x10000)))
    for m in _WORD_RE.finditer(plane):
        table[m.start() : m.end()] = True
    assert not table[0xFFFF]
    return table


_WORD_CHARACTERS = _word_characters()


def word_bounds(text: str) -> np.ndarray:
    """Where the words of ``text`` (the runs of ``_WORD_RE``) start and end: start, end, start, …
    Found with one table lookup per character in NumPy (faster than the regex, which also has to
    make a string per separator)."""
    is_word = np.zeros(len(text) + 2, dtype=bool)  # with a non-word character at either end
    np.take(_WORD_CHARACTERS, code_points(text), out=is_word[1:-1])
    return (is_word[1:] != is_word[:-1]).nonzero()[0]


def code_points(text: str) -> np.ndarray:
    """The code points of ``text``, those beyond the Basic Multilingual Plane read as U+FFFF.
    A text within the plane (nearly all) is read as its UTF-16 code units: one per character, half
    the bytes of UTF-32 and nothing to clip."""
    units = text.encode("utf-16-le", "surrogatepass")
    if len(units) == 2 * len(text):
        return np.frombuffer(units, dtype=np.uint16)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return np.minimum(codes, 0xFFFF)


class Read(NamedTuple):
    """The words of a text as parallel lists (what ``tokens`` returns, without a tuple per word)."""

    stems: list[str]
    function: list[bool]
    starts: list[int]
    ends: list[int]


class Columns(NamedTuple):
    """The words of a text with what linking needs about each (flags and ids as NumPy arrays)."""

    stems: list[str]
    function: np.ndarray  # bool
    ids: np.ndarray  # uint64 stem ids (CRC-32)
    informative: np.ndarray  # bool: neither a function word nor a one-stem stock phrase
    phrase_start: np.ndarray  # bool: the first stem of a longer stock phrase
    starts: list[int]  # offsets of the words in the original text
    ends: list[int]
    bounds: np.ndarray  # the same offsets as one array: start, end, start, … (int64)


def read_columns(text: str) -> Columns:
    """The words of ``text`` (runs of ``_WORD_RE``, less those that folding empties)."""
    bounds = word_bounds(text)
    at = bounds.tolist()
    starts, ends = at[0::2], at[1::2]
    rows = _VOCABULARY.rows([text[s:e] for s, e in zip(starts, ends)])
    if not rows.all():  # words made only of marks that folding drops
        keep = rows != 0
        rows, kept = rows[keep], keep.tolist()
        starts, ends = list(compress(starts, kept)), list(compress(ends, kept))
        bounds = bounds.reshape(-1, 2)[keep].ravel()
    v = _VOCABULARY
    return Columns(v.stem[rows].tolist(), v.function[rows], v.id[rows], v.informative[rows], v.phrase_start[rows],
                   starts, ends, bounds)


def read_many(texts: list[str]) -> list[Columns]:
    """``[read_columns(t) for t in texts]``, read as one text (the texts joined by line breaks,
    which no word holds): NumPy's and the vocabulary's calls are made once, not once per text.
    The texts' words meet the vocabulary in the same order either way; when that could make it
    start afresh (``_READS_MAX``) within them, they are read one by one, as it would then do so
    between two of them."""
    if len(texts) < 2:
        return [read_columns(t) for t in texts]
    joined = "\n".join(texts)
    bounds = word_bounds(joined)
    if len(_VOCABULARY) + len(bounds) // 2 > _READS_MAX:
        return [read_columns(t) for t in texts]
    at = bounds.tolist()
    rows = _VOCABULARY.rows([joined[s:e] for s, e in zip(at[0::2], at[1::2])])
    # The first word of each text, and each word's offset in its own text.
    text_starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    cuts = np.searchsorted(bounds[0::2], text_starts).tolist() + [len(rows)]
    shift = np.repeat(np.asarray(text_starts, dtype=bounds.dtype), np.diff(cuts))
    if not rows.all():  # words made only of marks that folding drops
        keep = rows != 0
        rows, shift = rows[keep], shift[keep]
        bounds = bounds.reshape(-1, 2)[keep].ravel()
        cuts = np.concatenate(([0], np.cumsum(keep))).take(cuts).tolist()
    bounds = (bounds.reshape(-1, 2) - shift[:, None]).ravel()
    at = bounds.tolist()
    v = _VOCABULARY
    stems, function, ids = v.stem[rows].tolist(), v.function[rows], v.id[rows]
    informative, phrase_start = v.informative[rows], v.phrase_start[rows]
    return [Columns(stems[i:j], function[i:j], ids[i:j], informative[i:j], phrase_start[i:j], at[2 * i : 2 * j : 2],
                    at[2 * i + 1 : 2 * j : 2], bounds[2 * i : 2 * j]) for i, j in zip(cuts, cuts[1:])]


def read(text: str) -> Read:
    """Stems of the words of ``text``, which are function words, and their original offsets."""
    c = read_columns(text)
    return Read(c.stems, c.function.tolist(), c.starts, c.ends)


def tokens(text: str) -> list[Token]:
    """Stems of the words of ``text`` with their original offsets. Words are found in the original
    (folding happens per distinct word form, cached), which keeps this fast on long documents."""
    r = read(text)
    return list(map(Token, r.stems, r.starts, r.ends, r.function))


def stems(text: str) -> list[str]:
    return [t.stem for t in tokens(text)]
