"""Tokens of the matching view: words and single punctuation marks with their view offsets, and
the clitic-stripped forms that rule tables are matched against ("وبالتحالف" → "التحالف")."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress

from qawl.text.normalize import _WORD_MARKS, Normalized, key, normalize

# A number with a decimal or thousands mark inside ("4.2", "1,500", "٣٫٥") is one token: its "." is no
# sentence end, so reported speech does not stop at "وصلت إلى 4" of "وصلت إلى 4.2 مليار" (nor at
# "و6" of "7% و6.2 بالمئة": a one-letter proclitic may be glued on).
_NUMBER = r"[وفبل]?\d+(?:[.,٫٬]\d+)+"
# Two apostrophes are one mark, the quote mark of some Egyptian copy (''النور''), as ``quotes`` reads them.
_TWO_APOSTROPHES = "''"
_TOKEN = re.compile(_NUMBER + "|" + _TWO_APOSTROPHES + r"|[^\W_]+|[^\w\s]")
# The same pattern as a capturing split: text alternates gap, token, gap, …, token, gap.
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
# For text without "_": \w+ is then [^\W_]+, and where \w+ fails any non-space is [^\w\s] (one
# test per character instead of two).
_TOKEN_SPLIT_FAST = re.compile("(" + _NUMBER + "|" + _TWO_APOSTROPHES + r"|\w+|\S)")


# Per table, every word whose bare forms meet the table's first words (built once per table).
_starts_at: dict[str, tuple[Collection[str], frozenset[str]]] = {}  # name → (firsts, clitic_forms)


@dataclass(slots=True)
class Tokens:
    """Parallel lists over one normalized view; index ``i`` is one token."""

    view: Normalized
    starts: list[int]
    ends: list[int]
    forms: list[str]

    n: int = 0                          # number of tokens (len() in hot loops costs a call)
    distinct: set[str] = None  # type: ignore[assignment]  # the distinct forms
    memo: dict[str, list[int]] = field(default_factory=dict)  # positions(), by name
    # Where any table asked for so far may start: (the start words it was found with, indexes).
    anywhere: tuple[frozenset[str], list[int]] | None = None

    def __post_init__(self) -> None:
        self.distinct = set(self.forms)
        self.n = len(self.forms)

    def positions(self, name: str, firsts: Collection[str]) -> list[int]:
        """Indexes of the tokens one of whose bare forms is in ``firsts``: the only places where a
        table with these first words can match. ``name`` names the table (one name, one table).
        The tokens are scanned once for the start words of every table (a few percent of the
        tokens), and each table's positions are picked out of those."""
        got = self.memo.get(name)
        if got is None:
            can = _can_start(name, firsts)
            anywhere = self.anywhere
            if anywhere is None or anywhere[0] is not _start_words:  # (a table was added since)
                words = _start_words
                anywhere = self.anywhere = (words, list(compress(range(self.n), map(words.__contains__, self.forms))))
            indexes = anywhere[1]
            got = self.memo[name] = list(compress(indexes, map(can.__contains__, map(self.forms.__getitem__, indexes))))
        return got

    def __len__(self) -> int:
        return len(self.forms)

    def orig(self, i: int, j: int) -> tuple[int, int]:
        """Original offsets of tokens ``i`` through ``j - 1``."""
        start, end = self.starts[i], self.ends[j - 1]
        view = self.view
        offsets = view.offsets
        if offsets is None:  # the view is the original's length: ``view.span`` inlined
            return (start, end) if end > start else (start, start)
        if end <= start:
            return offsets[start], offsets[start]
        # ``view.span`` inlined: the end takes the marks dropped after the last kept character
        # (``Normalized.end_of``)
        stop = offsets[end]
        end = offsets[end - 1] + 1
        while end < stop and view.original[end] in _WORD_MARKS:
            end += 1
        return offsets[start], end

    def is_word(self, i: int) -> bool:
        return self.forms[i][0].isalnum()  # punctuation tokens are single non-word characters

    def index_at(self, view_offset: int) -> int:
        """Index of the first token starting at or after ``view_offset``."""
        return bisect_left(self.starts, view_offset)


def tokenize(text: str, view: Normalized | None = None) -> Tokens:
    """Words and punctuation marks of the normalized ``text`` with their view offsets."""
    view = view or normalize(text)
    # One split and running sums of part lengths give every offset without a Python loop per token.
    parts = (_TOKEN_SPLIT if "_" in view.text else _TOKEN_SPLIT_FAST).split(view.text)
    offsets = list(accumulate(map(len, parts), initial=0))
    return Tokens(view, offsets[1:-1:2], offsets[2::2], parts[1::2])


def _can_start(name: str, firsts: Collection[str]) -> frozenset[str]:
    """The words one of whose bare forms is in ``firsts`` (``clitic_forms``, built once per table)."""
    global _start_words
    entry = _starts_at.get(name)
    if entry is None or entry[0] is not firsts:
        entry = _starts_at[name] = (firsts, clitic_forms(firsts))
        _start_words = frozenset().union(*(words for _, words in _starts_at.values()))
    return entry[1]


# Every word at which a table ``positions`` has been asked for can start (a new object whenever a
# table is added or replaced).
_start_words: frozenset[str] = frozenset()


_CLITIC_LETTERS = frozenset("وفبلك")  # every clitic bare_forms strips starts with one of these
# The clitics bare_forms strips, as prefixes to put back: (prefix, what it replaces at the start).
_CLITIC_PREFIXES = (
    *((p, "") for p in ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")),
    *((p, "ال") for p in ("بال", "وال", "فال", "كال", "وبال", "فبال", "ولل", "فلل", "لل")),
)


def clitic_forms(words: Collection[str]) -> frozenset[str]:
    """Every word one of whose ``bare_forms`` is in ``words``: the words themselves and each with
    the clitics ``bare_forms`` strips put back, kept only where ``bare_forms`` really gives it back."""
    out = set(words)
    for w in words:
        for pre, replaced in _CLITIC_PREFIXES:
            if w.startswith(replaced):
                f = pre + w[len(replaced):]
                if w in bare_forms(f):
                    out.add(f)
    return frozenset(out)


def clitic_forms_present(word: str, present: Collection[str]) -> set[str]:
    """``clitic_forms((word,))`` & ``present``, with the bare forms of present words only: a word met
    once (a new surname) would otherwise put a dozen never-seen forms into the ``bare_forms`` memo."""
    out = {word} if word in present else set()
    forms = _clitic_candidates(word)
    for f in compress(forms, map(present.__contains__, forms)):  # (most are not present: tested in C)
        if word in bare_forms(f):
            out.add(f)
    return out


@lru_cache(maxsize=2048)
def _clitic_candidates(word: str) -> tuple[str, ...]:
    """``word`` with each clitic ``bare_forms`` strips put back, before checking that it gives it back,
    memoized per word: a known surname is looked for in many documents (2,048 words of at most 17
    short forms: about 2 MB)."""
    return tuple(pre + word[len(replaced):] for pre, replaced in _CLITIC_PREFIXES if word.startswith(replaced))


@lru_cache(maxsize=100_000)
def bare_forms(form: str) -> tuple[str, ...]:
    """A token and its forms without a leading conjunction/preposition clitic."""
    if form[:1] not in _CLITIC_LETTERS:
        return (form,)
    out = [form]
    if len(form) > 3 and form[0] in "وف":
        out.append(form[1:])
    for pre in ("بال", "وال", "فال", "كال", "وبال", "فبال", "ولل", "فلل"):
        if form.startswith(pre) and len(form) > len(pre) + 1:
            out.append("ال" + form[len(pre):])
    if form.startswith("لل") and len(form) > 4:
        out.append("ال" + form[2:])
    for pre in ("ب", "ل", "وب", "ول", "فب", "فل"):
        if form.startswith(pre) and len(form) > len(pre) + 2 and not form.startswith(pre + "ال"):
            out.append(form[len(pre):])
    return tuple(dict.fromkeys(out))


_NO_MATCH = (0, "")


class PhraseTable:
    """Multi-word table entries indexed by their first folded word; matches the longest entry."""

    def __init__(self, entries: tuple[str, ...] | list[str] | set[str]) -> None:
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for entry in entries:
            words = tuple(key(entry).replace(".", " .").split())
            if words:
                self.by_first.setdefault(words[0], []).append(words)
        for group in self.by_first.values():
            group.sort(key=len, reverse=True)
        # Every word at which an entry can start, clitics included: one set test rejects the rest.
        self.starts = clitic_forms(self.by_first)
        # The same groups ready for matching: (length, words after the first as a list, text).
        self._groups = {
            first: [(len(words), list(words[1:]), " ".join(words)) for words in group]
            for first, group in self.by_first.items()
        }
        # Per start word, the groups of its bare forms in order, one list (what ``find`` with
        # clitics walks): a few thousand words over all tables.
        self._by_start = {
            word: [entry for form in bare_forms(word) for entry in self._groups.get(form, ())]
            for word in self.starts
        }

    def match(self, toks: Tokens, i: int, *, clitics: bool = True) -> int:
        """Number of tokens of the longest entry starting at token ``i`` (0 when none)."""
        # (``find`` inlined: most tokens start no entry, and one dict lookup says so)
        entries = (self._by_start if clitics else self._groups).get(toks.forms[i])
        if entries:
            for n, rest, _ in entries:
                if n == 1 or toks.forms[i + 1 : i + n] == rest:
                    return n
        return 0

    def find(self, toks: Tokens, i: int, *, clitics: bool = True) -> tuple[int, str]:
        """``(tokens matched, entry text)`` of the longest entry at token ``i``; ``(0, "")`` if none."""
        # (a word that starts no entry has no groups, with or without its clitics: no set test first)
        entries = (self._by_start if clitics else self._groups).get(toks.forms[i])
        if entries:
            for n, rest, text in entries:
                # A list slice compares in C; past the end it is shorter and never equal.
                if n == 1 or toks.forms[i + 1 : i + n] == rest:
                    return n, text
        return _NO_MATCH
