"""One fast pass over the normalized view that finds where a figure or a date may start.

Running every reader's regex over the whole text costs a full scan each (sre walks the text at
roughly 60 ns a character here); instead one regex that starts with a literal space (which sre
finds with a fast search) matches trigger words — digits, number words, month names, ordinal days,
relative date words, weekdays, dual unit nouns, each with the one-letter prefixes news copy glues
on — and the readers run anchored at those positions only.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import compress

from qawl.claims import dates as D
from qawl.claims.numbers import LEXICON, PLURAL
from qawl.claims.patterns import WORD_END, folded, trie_pattern
from qawl.rules import dates as RD
from qawl.rules import numbers as RN
from qawl.text.normalize import key
from qawl.text.tokens import Tokens, tokenize

NUMBER_WORD, DUAL_WORD = 32, 64
PREFIXES = ("و", "ب", "ل", "ف", "ك")
PLURAL_PREFIXES = ("ال", "لل", "بال", "وال", "فال")


def _flags() -> dict[str, int]:
    flags: dict[str, int] = {}

    def add(words, flag: int, prefixes=PREFIXES) -> None:
        for w in words:
            for p in ("", *prefixes):
                flags[p + w] = flags.get(p + w, 0) | flag

    add(LEXICON, NUMBER_WORD)
    add([w for w, (kind, _) in LEXICON.items() if kind == PLURAL], NUMBER_WORD, PLURAL_PREFIXES)
    add([key(w) for w in RN.SCALE_DEFINITE], NUMBER_WORD, PLURAL_PREFIXES)
    add([*D.MONTHS, *D.HIJRI_MONTHS, "شهر"], D.MONTH_WORD)
    add([f"{o} من" for o in D.ORDINALS], D.ORDINAL_WORD)  # an ordinal is a day only before من
    add(D.RELATIVE, D.RELATIVE_WORD)
    # a weekday is a date only after يوم/صباح… or before الماضي/المقبل: the trigger is the pair
    cues = [key(w) for w in RD.WEEKDAY_CUES]
    add([f"{c} {w}" for c in cues for w in D.WEEKDAYS], D.WEEKDAY_WORD)
    add([f"{w} {r}" for w in D.WEEKDAYS for r in D.REL_SUFFIX], D.WEEKDAY_WORD)
    add(list(D.WEEKDAYS), D.WEEKDAY_WORD, ())  # alone between commas
    add([key(w) for forms in RN.DUAL_UNITS.values() for w in forms], DUAL_WORD)
    return flags


FLAGS = _flags()
_DIGIT_FLAGS = D.DIGIT | NUMBER_WORD
# Characters that end the word before a trigger besides a space; replaced by spaces in the scanned
# copy (same length, so offsets hold). str.replace is a fast C loop, unlike str.translate.
_SEPARATORS = ("\n", "(", "«", '"', "“", "-", "/", "%", "،", ":", "'")
TRIGGER_RE = re.compile(r" (?:\d|[وفبلك](?:ال|لل)?\d|ال\s*\d|(" + trie_pattern(folded(FLAGS)) + ")" + WORD_END + ")")


def _first_words() -> dict[str, int]:
    first: dict[str, int] = {}
    for phrase, flag in FLAGS.items():
        w = phrase.split()[0]
        first[w] = first.get(w, 0) | flag
    return first


FIRST_WORDS = _first_words()


# The first token (as ``tokenize`` cuts them) of every trigger word or phrase, and "ال" (of "ال 25"):
# a trigger starts at a token that is one of these or holds a digit (digits, clitic + digit).
_FIRST_TOKENS = frozenset({tokenize(w).forms[0] for w in folded(FLAGS)} | {"ال"})
# (written so that it opens with a character class, which sre searches for with a fast loop: "\d+"
# takes twice as long over an article)
_DIGITS_RE = re.compile(r"\d\d*")


def triggers(view: str, tokens: Tokens | None = None) -> Iterator[tuple[int, int]]:
    """(position, flags) of every trigger of ``view``, in order. ``tokens`` (the tokens of ``view``,
    when the caller has them) name the only places where one can start: the regex is then tried there
    instead of after every space of the text."""
    scan = " " + view
    for sep in _SEPARATORS:
        if sep in scan:
            scan = scan.replace(sep, " ")
    for m in TRIGGER_RE.finditer(scan) if tokens is None else _matches_at(scan, _trigger_starts(view, tokens)):
        word = m.group(1)
        if word is None:
            yield m.start(), _DIGIT_FLAGS
            continue
        words = word.split()
        # a phrase matched in the scanned copy may be broken by punctuation in the view ("اليوم، الاحد"):
        # what its first word alone can start is tried too
        yield m.start(), FLAGS.get(" ".join(words), 0) | FIRST_WORDS.get(words[0], 0)


def _trigger_starts(view: str, tokens: Tokens) -> list[int]:
    """The view offsets of the tokens a trigger may start at, in order: those of ``_FIRST_TOKENS``
    and those holding a digit. A trigger starts a token (after a space or separator), and its first
    word is a whole token or, when a digit follows it (what ``WORD_END`` lets through), the start of
    one holding a digit."""
    starts = tokens.starts
    at = list(compress(starts, map(_FIRST_TOKENS.__contains__, tokens.forms)))
    digits = [starts[bisect_right(starts, m.start()) - 1] for m in _DIGITS_RE.finditer(view)]
    if digits:
        at = sorted(set(at).union(digits))
    return at


def _matches_at(scan: str, starts: list[int]) -> Iterator[re.Match]:
    """What ``TRIGGER_RE.finditer(scan)`` finds when it can only match at ``starts`` (view offsets: the
    space before each in ``scan``): the first match at or after the end of the last one."""
    end = 0
    for p in starts:
        if p >= end and (m := TRIGGER_RE.match(scan, p)) is not None:
            end = m.end()
            yield m
