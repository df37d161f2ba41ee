"""The matching view of Arabic text and its offset map back to the original.

``normalize(text)`` returns a :class:`Normalized` whose ``text`` is what every rule matches on
(hamza/alef forms, alef maqsura, Persian letters, digits, tatweel, diacritics, invisible marks and
NBSP folded; Latin lower-cased) and whose ``start_of``/``end_of`` map any span of it back to exact
offsets in the original. ``key(s)`` is the same fold for short strings (rule entries, names).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from qawl.rules.charmap import CHARMAP
from qawl.text.find import occurrences

# Latin capitals fold to lower case here too; str.lower() could change lengths (e.g. "İ").
_ASCII_LOWER = {chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}
_FOLD = CHARMAP | _ASCII_LOWER
_MAPPED_RE = re.compile("[" + re.escape("".join(_FOLD)) + "]")
_LONG = 300  # characters from which _fold tests each mapped character instead of a regex pass
# Dropped characters that belong to the word before them (harakat, tatweel): a span ending at that
# word keeps them. Bidi and zero-width marks do not belong to the word.
_WORD_MARKS = frozenset("\u0640" + "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670")
_DROPPED_RE = re.compile("[" + re.escape("".join(k for k, v in CHARMAP.items() if v == "")) + "]")
# Offsets of texts shorter than this (nearly every article) are sliced off ``_NUMBERS``.
_NUMBERS = list(range(1 << 13))


@dataclass(slots=True)
class Normalized:
    """A normalized view. ``offsets[i]`` is the original index of view character ``i``;
    ``offsets[len(text)]`` is the original length, so end offsets map too."""

    text: str
    offsets: list[int] | None  # None: the view has the original's length, offsets are identity
    original_length: int
    original: str = ""

    def start_of(self, i: int) -> int:
        """Original offset where view position ``i`` starts."""
        return i if self.offsets is None else self.offsets[i]

    def end_of(self, j: int) -> int:
        """Original offset where a span ending at view position ``j`` ends: after view character
        ``j - 1`` and the dropped characters that follow it (its diacritics, tatweel)."""
        if j <= 0:
            return 0
        if self.offsets is None:
            return j
        end = self.offsets[j - 1] + 1
        while end < self.offsets[j] and self.original[end] in _WORD_MARKS:
            end += 1
        return end

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Map the view span ``[i, j)`` to the original."""
        return self.start_of(i), self.end_of(j) if j > i else self.start_of(i)

    def folded(self, start: int, end: int) -> str:
        """The view of original ``[start, end)``: equal to ``_fold(original[start:end])``, since
        the fold maps each character on its own, but without folding the text again."""
        if self.offsets is None:
            return self.text[start:end]
        i = bisect_left(self.offsets, start)
        return self.text[i : bisect_left(self.offsets, end, i)]

    def key(self, start: int, end: int) -> str:
        """``key(original[start:end])``, read off the view."""
        return _single_spaced(self.folded(start, end))


# Mapped characters nearly every Arabic article has (hamza seats, alef maqsura, ta marbuta, tanween
# fatha, tatweel, NBSP): a long text is tested for each of them; one regex search tells whether it
# has any of the others at all, and one findall which.
_COMMON = "\u0623\u0625\u0622\u0624\u0626\u0649\u0629\u064b\u0640\u00a0"
assert set(_COMMON) <= set(_FOLD)
_RARE_RE = re.compile("[" + re.escape("".join(ch for ch in _FOLD if ch not in _COMMON)) + "]")


def _fold(s: str) -> str:
    """Apply the character map. Replacing only the characters present is several times faster than
    ``str.translate`` with a dict table on Arabic text (measured: about 1 ms per article). Which
    characters are present: one regex pass for short strings; for long ones a substring test per
    common mapped character and a regex search for the rest (an article of 1,250 characters: 11 µs
    instead of 20 with a test per mapped character). No mapped character maps to a string holding
    another one, so the order of the replacements does not matter."""
    return _fold_present(s)[0]


def _fold_present(s: str) -> tuple[str, Collection[str]]:
    """``_fold(s)`` and the mapped characters ``s`` holds."""
    if len(s) > _LONG:
        present = [ch for ch in _COMMON if ch in s]
        if _RARE_RE.search(s):
            present.extend(set(_RARE_RE.findall(s)))
    else:
        present = set(_MAPPED_RE.findall(s))
    for ch in present:
        s = s.replace(ch, _FOLD[ch])
    return s, present


def normalize(text: str) -> Normalized:
    """Fold ``text`` for matching; keeps one offset per kept character."""
    view, present = _fold_present(text)
    if len(view) == len(text):
        return Normalized(view, None, len(text), text)
    n = len(text)
    # Runs of kept positions are sliced off a shared list of 0, 1, 2, …: references to its ints,
    # not a new int object for every character of every document.
    numbers = _NUMBERS if n < len(_NUMBERS) else range(n + 1)
    offsets: list[int] = []
    kept_from = 0
    for i in occurrences(text, [ch for ch in present if not _FOLD[ch]]):  # one or two: tatweel, tanween
        offsets += numbers[kept_from:i]
        kept_from = i + 1
    offsets += numbers[kept_from : n + 1]  # the last entry maps the end offset
    return Normalized(view, offsets, n, text)


def document_view(doc) -> Normalized:
    """The normalized view of ``doc.text``, made once per document and kept in ``doc.cache``
    (structure, mentions and claims all read it)."""
    view = doc.cache.get("view")
    if view is None:
        view = doc.cache["view"] = normalize(doc.text)
    return view


def key(s: str) -> str:
    """Normalize a short string for comparison: folded letters, single spaces, no edge spaces."""
    if len(s) <= _CACHED_KEY_LENGTH:
        return _cached_key(s)
    return _single_spaced(_fold(s))


def _single_spaced(s: str) -> str:
    """``" ".join(s.split())``; most lines already are, and saying so costs no new string. In a
    printable string the only whitespace is the plain space (str.isprintable rejects every other
    separator and control character)."""
    if s.isprintable() and "  " not in s and s[:1] != " " and s[-1:] != " ":
        return s
    return " ".join(s.split())


# Names and rule words recur across documents, so their keys are memoized; longer strings
# (paragraphs) rarely recur and would only fill the memo.
_CACHED_KEY_LENGTH = 64


@lru_cache(maxsize=1 << 16)
def _cached_key(s: str) -> str:
    return _single_spaced(_fold(s))



# Dropped characters that belong to the word before them, as a set (see ``Normalized.end_of``).
_DROPPED_MARKS = frozenset(k for k, v in CHARMAP.items() if v == "") & _WORD_MARKS


def find_spans(text: str, needles: list[str], limit: int = 200) -> list[tuple[int, int]]:
    """Original spans of the occurrences of each needle (a string in the normalized view) in the view
    of ``text``, left to right and not overlapping per needle, at most ``limit`` in all: what
    ``normalize(text).span`` gives for each ``view.find`` hit, without building the whole offset map
    (a view position is mapped with a binary search over the dropped characters)."""
    view = _fold(text)
    # kept[j]: how many kept characters come before the j-th dropped one
    kept = [m.start() - j for j, m in enumerate(_DROPPED_RE.finditer(text))] if len(view) != len(text) else []
    found: list[tuple[int, int]] = []
    for needle in needles:
        i = view.find(needle)
        while i >= 0 and len(found) < limit:
            j = i + len(needle)
            end = j - 1 + bisect_right(kept, j - 1) + 1
            while end < len(text) and text[end] in _DROPPED_MARKS:
                end += 1
            found.append((i + bisect_right(kept, i), end))
            i = view.find(needle, j)
    return found
