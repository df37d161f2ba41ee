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
from operator import itemgetter
from typing import NamedTuple

from qawl.rules.linking import FUNCTION_WORDS, FUTURE_PREFIX, MIN_STEM, PERSON_PREFIXES, PROCLITICS, SUFFIXES
from qawl.text.normalize import key

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


def _by_length(affixes: list[str]) -> list[tuple[int, frozenset[str]]]:
    """``affixes`` grouped by length, longest first: trying each length's set in turn finds the
    longest affix that fits (of one length, at most one can be a word's prefix or suffix)."""
    lengths = sorted({len(a) for a in affixes}, reverse=True)
    return [(n, frozenset(a for a in affixes if len(a) == n)) for n in lengths]


_PROCLITICS_BY_LENGTH = _by_length(_PROCLITICS)
_SUFFIXES_BY_LENGTH = _by_length(_SUFFIXES)


def _strip_front(w: str) -> str:
    """Strip proclitics, the longest that leaves ``MIN_STEM`` letters first, until none fits."""
    changed = True
    while changed:
        changed = False
        for n, found in _PROCLITICS_BY_LENGTH:
            if len(w) - n >= MIN_STEM and w[:n] in found:
                w, changed = w[n:], True
                break
    return w


def _strip_back(w: str) -> str:
    """Strip suffixes, the longest that leaves ``MIN_STEM`` letters first, until none fits."""
    changed = True
    while changed:
        changed = False
        for n, found in _SUFFIXES_BY_LENGTH:
            if len(w) - n >= MIN_STEM and w[-n:] in found:
                w, changed = w[:-n], True
                break
    return w


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


class _Words(dict):
    """Word form → (stem, is a function word, stem id), or None when nothing of the word is left
    after folding; filled on first sight, so reading a text is one dictionary lookup per word (done
    in C by ``map``) and its columns are taken from the entries without hashing a word again. The
    stem id is the stem's CRC-32 (the same in every process, unlike ``hash``)."""

    def __missing__(self, word: str) -> tuple[str, bool, int] | None:
        if len(self) >= _READS_MAX:
            self.clear()
        folded = key(word)
        if folded:
            s = stem(folded)
            entry = self[word] = (s, folded in _FUNCTION, zlib.crc32(s.encode("utf-8")))
        else:
            entry = self[word] = None
        return entry


_READS_MAX = 400_000  # distinct word forms remembered per process (about 60 MB)
_WORDS = _Words()
_STEM, _IS_FUNCTION, _ID = itemgetter(0), itemgetter(1), itemgetter(2)
# The same word pattern, capturing: ``split`` then yields separator, word, separator, … in C.
_SPLIT_RE = re.compile(f"({_WORD_RE.pattern})")


class Read(NamedTuple):
    """The words of a text as parallel lists (what ``tokens`` returns, without a tuple per word)."""

    stems: list[str]
    function: list[bool]
    starts: list[int]
    ends: list[int]


def _entries(text: str) -> tuple[list[tuple[str, bool, int]], list[int], list[int]]:
    """The ``_WORDS`` entries of the words of ``text`` and their original offsets."""
    parts = _SPLIT_RE.split(text)
    bounds = list(accumulate(map(len, parts)))  # bounds[k]: where part k ends
    entries = list(map(_WORDS.__getitem__, parts[1::2]))
    starts = bounds[0:-1:2]
    ends = bounds[1::2]
    if None in entries:  # words made only of marks that folding drops
        keep = [e is not None for e in entries]
        entries, starts, ends = list(compress(entries, keep)), list(compress(starts, keep)), list(compress(ends, keep))
    return entries, starts, ends


def read(text: str) -> Read:
    """Stems of the words of ``text``, which are function words, and their original offsets."""
    entries, starts, ends = _entries(text)
    return Read(list(map(_STEM, entries)), list(map(_IS_FUNCTION, entries)), starts, ends)


def read_ids(text: str) -> tuple[Read, list[int]]:
    """``read(text)`` and the ids of its stems (their CRC-32, see ``_Words``)."""
    entries, starts, ends = _entries(text)
    return Read(list(map(_STEM, entries)), list(map(_IS_FUNCTION, entries)), starts, ends), list(map(_ID, entries))


def tokens(text: str) -> list[Token]:
    """Stems of the words of ``text`` with their original offsets. Words are found in the original
    (folding happens per distinct word form, cached), which keeps this fast on long documents."""
    r = read(text)
    return list(map(Token, r.stems, r.starts, r.ends, r.function))


def stems(text: str) -> list[str]:
    return [t.stem for t in tokens(text)]
