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
from bisect import bisect_left, bisect_right
from itertools import accumulate, compress
from typing import NamedTuple

import numpy as np

from qawl.rules.linking import (ACCUSATIVE_ENDING, ACCUSATIVE_MIN_LEFT, FUNCTION_WORDS, FUTURE_PREFIX, IMPERFECT_PERSONS,
                                IMPERFECT_PREFIX, LONG_A_MIN_WORD,
                                MIN_STEM, PERSON_PREFIXES, PROCLITICS, SLOT_ALTERNATIVES, STOCK_PHRASES, SUFFIXES,
                                SYNONYMS, BROKEN_PLURALS)
from qawl.rules.numbers import HUNDRED_WORDS, HUNDREDS_WORDS, TENS_WORDS, UNIT_WORDS
from qawl.text.normalize import _fold, key

_PROCLITICS = sorted({key(p) for p in PROCLITICS}, key=len, reverse=True)
_SUFFIXES = sorted({key(s) for s in SUFFIXES}, key=len, reverse=True)
_PERSON = tuple(key(p) for p in PERSON_PREFIXES)
_FUNCTION = {key(w) for w in FUNCTION_WORDS}
_ACCUSATIVE = key(ACCUSATIVE_ENDING)
_ALEF = key("ا")
# One-word number words (folded) → their digits (see ``qawl.rules.linking``).
_NUMBER_WORDS = {key(w): str(value) for table in (UNIT_WORDS, TENS_WORDS, HUNDREDS_WORDS, {100: HUNDRED_WORDS})
                 for value, words in table.items() for w in words}
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
# Proclitics glued to digits ("و6" of "7% و6.2%", "ب99", "ال10"), which ``_PROCLITICS_RE`` leaves on
# a word of fewer than ``MIN_STEM`` letters.
_DIGIT_PROCLITIC_RE = re.compile(r"^(?:[وفبلك]?ال|لل|[وفبلك]{1,2})(?=\d+$)")
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
    """The match stem of one folded word (``key`` applied first when needed): its synonym group's
    stem when it is a listed word (see ``_synonyms``), also with the accusative ending ("قانونيا" as
    "قانوني", "عاما" as "عام": the table holds a single suffix), else its own."""
    synonym = _synonyms().get
    return synonym(word) or (word.endswith(_ACCUSATIVE) and synonym(word[:-1])) or _own_stem(word)


def _own_stem(word: str) -> str:
    w = _strip_front(word)
    if w[:1].isdigit() or w[-1:].isdigit():
        return _DIGIT_PROCLITIC_RE.sub("", w)
    if w in _NUMBER_WORDS:
        return _NUMBER_WORDS[w]
    if w.startswith(FUTURE_PREFIX) and len(w) > MIN_STEM + 1 and w[1:].startswith(_PERSON):
        w = w[1:]
    w = _strip_back(w)
    if w.endswith(_ACCUSATIVE) and len(w) > ACCUSATIVE_MIN_LEFT:
        w = _strip_back(w[:-1])
    if len(w) >= LONG_A_MIN_WORD and w[0] == _ALEF and w[-2] == _ALEF:
        w = w[:-2] + w[-1]
    if len(w) > MIN_STEM and w.startswith(_PERSON):
        w = w[1:]
    return w


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, str]:
    """Each form of a word of ``SYNONYMS`` (no proclitic or one, no suffix or one) → its group's stem:
    "=" and the group's first word, a stem no word's own stem can be (light stemming would give
    "كبير" the stem "ير" of unrelated words). Whole forms are listed, not stems: light stemming takes
    root letters for clitics ("بلد" → "لد"), and a stem shared by unrelated words must not join a
    group. (Some 74,000 forms, made in ~30 ms: one lookup a word, where trying each clitic cost 5 µs a word.)"""
    group_of = {key(f): "=" + key(group[0]) for group in _word_groups() for w in group for f in _persons(w)}
    table: dict[str, str] = {}
    for p in ("", *_PROCLITICS):  # a form that splits two ways: none stripped first, then the longest clitic
        for s in ("", *_SUFFIXES):
            for word, stem_ in group_of.items():
                table.setdefault(p + word + s, stem_)
    return table


def _word_groups() -> list[list[str]]:
    """The lines of ``SYNONYMS`` and ``BROKEN_PLURALS`` as word groups, lines that share a word made
    one group (its first word that of the first such line)."""
    groups: list[list[str]] = []
    group_at: dict[str, int] = {}
    for line in (*SYNONYMS, *BROKEN_PLURALS):
        words = line.split()
        known = sorted({group_at[w] for w in words if w in group_at})
        into = known[0] if known else len(groups)
        if not known:
            groups.append([])
        for other in known[1:]:
            groups[into] += groups[other]
            groups[other] = []
        groups[into] += [w for w in words if w not in groups[into]]
        for w in groups[into]:
            group_at[w] = into
    return [g for g in groups if g]


def _persons(word: str) -> list[str]:
    """``word``, and when it is an imperfect verb in its يـ form its other persons
    (``IMPERFECT_PERSONS``), each also with the future prefix ("سيضم", "ستشمل")."""
    if not word.startswith(IMPERFECT_PREFIX) or len(word) < 3:
        return [word]
    forms = [word, *(p + word[1:] for p in IMPERFECT_PERSONS)]
    return [*forms, *(FUTURE_PREFIX + f for f in forms)]


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


_MONTH_MIN_STEM = 4


@lru_cache(maxsize=1)
def slot_alternatives() -> dict[str, tuple[str, int]]:
    """Stem → (group, alternative) for the words of ``SLOT_ALTERNATIVES`` and the one-word month names
    of ``qawl.rules.dates`` (group "month", alternative its number; the names that are also common
    words left out, and those whose stem is shorter than ``_MONTH_MIN_STEM``: light stemming leaves
    "ول" of "يولية", the stem of "أول"). A stem two alternatives share is left out too."""
    from qawl.rules.dates import AMBIGUOUS_MONTHS, EGYPTIAN_MONTHS, LEVANTINE_MONTHS, MAGHREBI_MONTHS

    groups = {name: {n: line.split() for n, line in enumerate(lines)} for name, lines in SLOT_ALTERNATIVES.items()}
    groups["month"] = {}
    for table in (LEVANTINE_MONTHS, EGYPTIAN_MONTHS, MAGHREBI_MONTHS):
        for number, names in table.items():
            groups["month"].setdefault(number, []).extend(n for n in names if " " not in n and n not in AMBIGUOUS_MONTHS)
    seen: dict[str, set[tuple[str, int]]] = {}
    for name, lines in groups.items():
        for number, words in lines.items():
            for w in words:
                seen.setdefault(stem(key(w)), set()).add((name, number))
    return {s: place for s, (place, *others) in seen.items()
            if not others and (len(s) >= _MONTH_MIN_STEM or place[0] != "month")}


def _form_facts(word: str) -> tuple[str, bool, bool, bool] | None:
    """What reading needs about a word form: its stem, whether it is a function word, whether it
    is informative (neither a function word nor a one-stem stock phrase) and whether it may begin
    a stock phrase of several stems; None when folding empties it (not a word)."""
    (s,), (function,), (informative,), (phrase_start,) = _forms_facts([word])
    return None if s is None else (s, function, informative, phrase_start)


def _forms_facts(words: list[str]) -> tuple[list[str | None], list[bool], list[bool], list[bool]]:
    """The facts of :func:`_form_facts` for each of ``words``, as columns made column by column (a
    form that folding empties: stem None, and False). The forms are folded at once: the fold maps each character on
    its own, and no form holds a line break (nor does the fold make or drop one)."""
    # ``key`` of each form, without filling its memo with words: its fold alone, as the fold of a
    # word character is never a space nor unprintable (``_single_spaced`` would keep it as it is)
    folded = _fold("\n".join(words)).split("\n")
    stems = [stem(f) if f else None for f in folded]
    function = [bool(f) and f in _FUNCTION for f in folded]
    singles, firsts, _ = stock_phrases()
    informative = [s is not None and not fn and s not in singles for s, fn in zip(stems, function)]
    phrase_start = [s is not None and s in firsts for s in stems]
    return stems, function, informative, phrase_start


_READS_MAX = 400_000  # distinct word forms remembered per process
_TABLE_BITS = 20  # slots of the form table: under 40% full at ``_READS_MAX`` forms


# What reading needs about a form, in one record (one memory read per word).
_ROW = np.dtype([("id", "<u4"),  # the stem's CRC-32: the same in every process
                 ("function", "?"),
                 ("informative", "?"),  # neither a function word nor a stock phrase
                 ("phrase_start", "?"),  # may begin a stock phrase of several stems
                 ("dropped", "?"),  # folding empties the form: not a word
                 ("start", "<i4"), ("length", "<i4")])  # the form's characters: ``chars[start:start + length]``


class _FormTable:
    """Word form → its row of what reading needs about it, filled on first sight (for reading many
    texts at once: ``read_many``; a text alone is read through ``_Vocabulary``). Forms are found
    without a string per word: the words' characters are hashed in NumPy and the hashes looked up
    in an open-addressing table all at once (the memory reads of all words overlap, where a
    dictionary lookup per word waits for each of its own), and every word is then compared
    character by character with the form of the row it found, so a row is only ever taken for its
    own form. A table slot holds a hash and its row; a row, its form's flags, stem id and place
    in ``chars`` (its stem, in ``stem``)."""

    def __init__(self) -> None:
        self.reset()

    def reset(self, capacity: int = 4096) -> None:
        self.size = 0  # rows: one per distinct form met
        self.row = np.zeros(capacity, dtype=_ROW)
        self.stem = np.empty(capacity, dtype=object)
        self.chars = np.zeros(8 * capacity, dtype=np.uint16)
        self.chars_used = 0
        self.table = np.zeros((1 << _TABLE_BITS, 2), dtype=np.uint64)  # hash (0: an empty slot), row
        self.odd: dict[str, int] = {}  # rows of forms whose hash the table holds for another form

    def __len__(self) -> int:
        return self.size

    def rows(self, text: str, units: np.ndarray, is_word: np.ndarray,
             bounds: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The rows of the words of ``text`` (``bounds``: start, end, start, …; ``units``: its code
        points, ``is_word``: which are word characters), made for the forms met for the first time,
        and their records."""
        starts, ends = bounds[0::2], bounds[1::2]
        lengths = ends - starts
        word_units = units[is_word]  # the words' characters end to end
        last = np.cumsum(lengths)
        first = last - lengths
        hashes = _form_hashes(word_units, first, last, lengths)
        slots, good = self._slots(hashes)
        rows = self.table[slots, 1].astype(np.intp)
        found = self.row[rows]
        good &= found["length"] == lengths
        at = np.repeat(found["start"] - first, lengths)
        at += np.arange(len(word_units))
        np.minimum(at, len(self.chars) - 1, out=at)  # (a row found for a longer word)
        differ = (self.chars[at] != word_units).nonzero()[0]
        if len(differ):
            good[np.searchsorted(last, differ, side="right")] = False
        if good.all():
            return rows, found
        # Forms met for the first time (in the order of the text), forms found further along the
        # table than their first slot, and forms whose hash the table holds for another form.
        met: dict[str, int] = {}
        new: list[str] = []  # the forms given a row here, in the order met
        missing = (~good).nonzero()[0]
        missing_rows = []
        for start, end, h, slot in zip(starts[missing].tolist(), ends[missing].tolist(), hashes[missing].tolist(),
                                       slots[missing].tolist()):
            word = text[start:end]
            row = met.get(word)
            if row is None:
                row = met[word] = self._find_or_add(word, h, slot, new)
            missing_rows.append(row)
        rows[missing] = missing_rows
        if new:
            try:
                self._fill(new)
            except BaseException:  # the table already points at their rows: forget it all
                self.reset()
                raise
        found[missing] = self.row[rows[missing]]
        return rows, found

    def _slots(self, hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Where each hash is in the table (linear probing from its first slot), and whether it
        is there; where it is not, the empty slot that ended the search."""
        slots = (hashes >> np.uint64(64 - _TABLE_BITS)).astype(np.intp)
        held = self.table[slots, 0]
        found = held == hashes
        on = (held != 0) & ~found
        if on.any():  # hashes that met another before an empty slot: probe on, all at once
            mask = (1 << _TABLE_BITS) - 1
            pending = on.nonzero()[0]
            while len(pending):
                at = slots[pending] = (slots[pending] + 1) & mask
                held = self.table[at, 0]
                hit = held == hashes[pending]
                found[pending[hit]] = True
                pending = pending[(held != 0) & ~hit]
        return slots, found

    def _find_or_add(self, word: str, h: int, slot: int, new: list[str]) -> int:
        """The row of ``word`` (hash ``h``, probed for from ``slot``); a form not met yet is added
        to ``new``, whose rows follow the present ones."""
        mask = (1 << _TABLE_BITS) - 1
        while True:
            held, row = self.table[slot].tolist()
            if not held:
                row = self.size + len(new)
                self.table[slot, 0] = h  # (a tuple assigned to the row cost twice as much)
                self.table[slot, 1] = row
                new.append(word)
                return row
            if held == h:
                if (new[row - self.size] if row >= self.size else self._form(row)) == word:
                    return row
                row = self.odd.get(word)
                if row is None:
                    row = self.odd[word] = self.size + len(new)
                    new.append(word)
                return row
            slot = (slot + 1) & mask

    def _form(self, row: int) -> str:
        a, n = self.row[["start", "length"]][row].tolist()
        return self.chars[a : a + n].tobytes().decode("utf-16-le")

    def _fill(self, new: list[str]) -> None:
        """The rows of the forms ``new``, after the present ones, filled in one go."""
        first, n = self.size, len(new)
        if first + n > len(self.stem):
            self.row, self.stem = _grown(self.row, first + n), _grown(self.stem, first + n)
        stems, function, informative, phrase_start = _forms_facts(new)
        self.stem[first : first + n] = stems
        rows = self.row[first : first + n]
        rows["id"] = [0 if s is None else zlib.crc32(s.encode("utf-8")) for s in stems]
        rows["function"], rows["informative"], rows["phrase_start"] = function, informative, phrase_start
        rows["dropped"] = [s is None for s in stems]
        # Every word character is in the Basic Multilingual Plane: one UTF-16 unit each.
        lengths = np.fromiter(map(len, new), dtype=np.int32, count=n)
        used = self.chars_used
        self.chars_used = used + int(lengths.sum())
        if self.chars_used > len(self.chars):
            self.chars = _grown(self.chars, self.chars_used)
        self.chars[used : self.chars_used] = np.frombuffer("".join(new).encode("utf-16-le"), dtype=np.uint16)
        rows["length"] = lengths
        rows["start"] = np.cumsum(lengths) - lengths + used
        self.size = first + n


def _grown(old: np.ndarray, least: int) -> np.ndarray:
    """``old`` in an array of at least ``least`` (and twice its) elements, the rest zero (None)."""
    size = max(least, 2 * len(old))
    new = np.empty(size, dtype=object) if old.dtype == object else np.zeros(size, dtype=old.dtype)
    new[: len(old)] = old
    return new


_HASH_BASE = 0x9E3779B97F4A7C15
_HASH_MIX = np.uint64(0xC2B2AE3D27D4EB4F)
_POWERS = [np.ones(0, dtype=np.uint64)] * 2  # the base's powers and their inverses, grown on demand


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """The base's powers 0 … n - 1 and their inverses (mod 2**64, where the odd base has one)."""
    if len(_POWERS[0]) < n:
        size = max(n, 2 * len(_POWERS[0]), 1 << 14)
        for k, base in enumerate((_HASH_BASE, pow(_HASH_BASE, -1, 1 << 64))):
            p = np.full(size, base, dtype=np.uint64)
            p[0] = 1
            _POWERS[k] = np.cumprod(p)  # (integer arrays wrap around silently)
    return _POWERS[0][:n], _POWERS[1]


def _form_hashes(word_units: np.ndarray, first: np.ndarray, last: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """A hash (never 0) of the characters ``word_units[first:last]`` of each word: their polynomial
    in an odd base mod 2**64, from prefix sums, brought to the word's first character by the
    base's inverse power, with the length added and mixed up into the high bits."""
    powers, inverses = _powers(len(word_units))
    prefix = np.zeros(len(word_units) + 1, dtype=np.uint64)
    np.cumsum(np.multiply(word_units, powers, dtype=np.uint64), out=prefix[1:])
    h = prefix[last]
    h -= prefix[first]
    h *= inverses[first]
    h += lengths.astype(np.uint64)
    h *= _HASH_MIX
    h |= np.uint64(1)
    return h


class _Vocabulary(dict):
    """Word form → its row in column arrays of what reading needs about it, filled on first sight
    (for reading a text alone: ``read_columns``; NumPy's calls cost less than a dictionary
    lookup per word only over many texts, see ``_FormTable``): reading a text is one dictionary
    lookup per word (done in C by ``map``), and its columns are
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
        facts = _form_facts(word)
        if facts is None:
            self[word] = 0
            return 0
        row = self.size
        if row == len(self.stem):
            for name in ("stem", "function", "id", "informative", "phrase_start"):
                setattr(self, name, _grown(getattr(self, name), row + 1))
        s, self.function[row], self.informative[row], self.phrase_start[row] = facts
        self.stem[row], self.id[row] = s, zlib.crc32(s.encode("utf-8"))
        self.size = row + 1
        self[word] = row
        return row

    def rows(self, words: list[str]) -> np.ndarray:
        if len(self) + len(words) > _READS_MAX:  # forgotten between texts, never while reading one
            self.reset()
        return np.fromiter(map(self.__getitem__, words), dtype=np.intp, count=len(words))


_VOCABULARY = _Vocabulary()


_TABLE = _FormTable()


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
    return _word_edges(code_points(text))[1]


def _word_edges(units: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which of the code points ``units`` are word characters, and ``word_bounds`` of their text."""
    is_word = np.zeros(len(units) + 2, dtype=bool)  # with a non-word character at either end
    np.take(_WORD_CHARACTERS, units, out=is_word[1:-1])
    return is_word[1:-1], (is_word[1:] != is_word[:-1]).nonzero()[0]


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
    which no word holds): NumPy's calls are made once, not once per text, and the words are
    found in ``_FormTable``. Its forms are met in the order of the texts; when it would start
    afresh (``_READS_MAX``) within them, they are read one by one, as it then does so between two
    of them."""
    if not texts:
        return []
    joined = "\n".join(texts)
    units = code_points(joined)
    is_word, bounds = _word_edges(units)
    if len(_TABLE) + len(bounds) // 2 > _READS_MAX:
        if len(texts) > 1:
            return [c for t in texts for c in read_many([t])]
        _TABLE.reset()  # forgotten between texts, never while reading one
    rows, found = _TABLE.rows(joined, units, is_word, bounds)
    # The first word of each text, and each word's offset in its own text.
    text_starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    cuts = np.searchsorted(bounds[0::2], text_starts).tolist() + [len(rows)]
    v = _TABLE
    if found["dropped"].any():  # words made only of marks that folding drops
        keep = ~found["dropped"]
        rows, found = rows[keep], found[keep]
        bounds = bounds.reshape(-1, 2)[keep].ravel()
        cuts = np.concatenate(([0], np.cumsum(keep))).take(cuts).tolist()
    if len(texts) > 1:
        bounds -= np.repeat(np.asarray(text_starts, dtype=bounds.dtype), 2 * np.diff(cuts))
    at = bounds.tolist()
    stems, ids = v.stem[rows].tolist(), found["id"].astype(np.uint64)
    function, informative, phrase_start = (found[name].copy() for name in ("function", "informative", "phrase_start"))
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


# Stems that may be part of a number written in words or digits ("ثلاثة ملايين وأربعمائة ألف",
# "مليون ونصف المليون", "3.4 مليون"): those of the number reader's words (``qawl.claims.numbers``).
@lru_cache(maxsize=1)
def number_stems() -> frozenset[str]:
    from qawl.claims.numbers import LEXICON, HALF_FORMS
    return frozenset(stem(w) for phrase in (*LEXICON, *HALF_FORMS) for w in phrase.split())


@lru_cache(maxsize=1)
def ordinal_stems() -> frozenset[str]:
    """The stems of the ordinal words of ``qawl.rules.dates`` ("الثامن", "الحادي"): a figure next to
    one was read from an ordinal number ("الثامنة والخمسين" gives "ثامن 50"), not given."""
    from qawl.rules.dates import ORDINAL_ELEVEN, ORDINAL_UNITS

    return frozenset(stem(key(w)) for words in (*ORDINAL_UNITS.values(), ORDINAL_ELEVEN) for w in words)


def is_number_stem(s: str) -> bool:
    """Whether a stem is a figure or may be part of a number written in words (``number_stems``)."""
    return s[:1].isdigit() or s in number_stems()


def with_figures(c: Columns, figures: list[tuple[int, int, str, bool]]) -> Columns:
    """``c`` with each figure's number read as one word whose stem is its value, so that "ثلاثة
    ملايين وأربعمائة ألف طن" and "3.4 مليون طن" share stems ("3400000", "طن"), as "سبعين في المئة"
    and "70%" do ("70"). ``figures``: (start, end, value stem, percent) of the quantity claims
    (their qualifier and unit words within [start, end)); the words of a percent sign's words
    after the number are left out (the sign itself is no word)."""
    if not figures or not c.stems:
        return c
    drop: list[tuple[int, int]] = []  # word ranges [k + 1, m) folded into word k
    value_at: dict[int, tuple[str, int]] = {}  # word k → its value stem, the end offset of its number
    for start, end, value, percent in figures:
        i = bisect_right(c.ends, start)  # the first word ending after the start
        j = bisect_left(c.starts, end, lo=i)  # … and the first starting at or after the end
        k = next((n for n in range(i, j) if is_number_stem(c.stems[n])), None)
        if k is None:
            continue
        m = k + 1
        while m < j and is_number_stem(c.stems[m]):
            m += 1
        if percent:
            m = j
        if m == k + 1 and c.stems[k] == value:
            continue
        value_at[k] = (value, c.ends[m - 1])
        drop.append((k + 1, m))
    if not value_at:
        return c
    return _rewritten(c, value_at, drop)


def _rewritten(c: Columns, value_at: dict[int, tuple[str, int]], drop: list[tuple[int, int]]) -> Columns:
    """``c`` with word k's stem and end those of ``value_at[k]`` and the words of the ``drop``
    ranges left out. The kept words are taken as a few slices (a mask over every word, and
    ``compress`` of its lists, cost 42 µs a call, three quarters of ``with_figures``)."""
    spans = _kept_spans(len(c.stems), drop)
    stems, starts, ends = (_take_list(x, spans) for x in (c.stems, c.starts, c.ends))
    function, ids, informative, phrase_start = (_take_array(x, spans) for x in (c.function, c.ids, c.informative,
                                                                                 c.phrase_start))
    bounds = _take_array(c.bounds.reshape(-1, 2), spans).ravel()
    for k, (value, end) in value_at.items():
        i = _kept_index(spans, k)
        if i is None:  # inside another figure's number
            continue
        stems[i], ends[i] = value, end
        function[i], informative[i], phrase_start[i] = False, True, False
        ids[i] = zlib.crc32(value.encode("utf-8"))
        bounds[2 * i + 1] = end
    return Columns(stems, function, ids, informative, phrase_start, starts, ends, bounds)


def _kept_spans(n: int, drop: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges of ``range(n)`` outside every range of ``drop`` (in any order, maybe overlapping)."""
    spans, at = [], 0
    for a, b in sorted(drop):
        if a > at:
            spans.append((at, a))
        at = max(at, b)
    if at < n:
        spans.append((at, n))
    return spans


def _kept_index(spans: list[tuple[int, int]], k: int) -> int | None:
    """Where item ``k`` is among the items of ``spans``; None when it is in none."""
    before = 0
    for a, b in spans:
        if a <= k < b:
            return before + k - a
        before += b - a
    return None


def _take_list(items: list, spans: list[tuple[int, int]]) -> list:
    out = []
    for a, b in spans:
        out += items[a:b]
    return out


def _take_array(x: np.ndarray, spans: list[tuple[int, int]]) -> np.ndarray:
    return np.concatenate([x[a:b] for a, b in spans] or [x[:0]])
