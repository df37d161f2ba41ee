"""Light stemming of Arabic words for linking: fold with ``key``, then strip clitics and suffixes
(tables in ``qawl.rules.linking``) so that person and number changes between an interview answer
and its report ("مهمتنا" / "مهمتهم", "لا نسعى" / "لا يسعون") meet on one stem.

The stems are match keys, not linguistic roots: what matters is that the forms of one word agree.
``tokens(text)`` returns stems with the character offsets of their words in ``text``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from qawl.rules.linking import FUNCTION_WORDS, FUTURE_PREFIX, MIN_STEM, PERSON_PREFIXES, PROCLITICS, SUFFIXES
from qawl.text.normalize import key, normalize

_PROCLITICS = sorted({key(p) for p in PROCLITICS}, key=len, reverse=True)
_SUFFIXES = sorted({key(s) for s in SUFFIXES}, key=len, reverse=True)
_PERSON = tuple(key(p) for p in PERSON_PREFIXES)
_FUNCTION = {key(w) for w in FUNCTION_WORDS}
# Words: runs of Arabic letters, Latin letters or digits in the matching view.
_WORD_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3a-z0-9]+")


class Token(NamedTuple):
    stem: str
    start: int  # offsets of the word in the original text
    end: int
    function: bool  # a function word: aligns reports but is never evidence of one statement


def _strip_front(w: str) -> str:
    changed = True
    while changed:
        changed = False
        for p in _PROCLITICS:
            if w.startswith(p) and len(w) - len(p) >= MIN_STEM:
                w, changed = w[len(p):], True
                break
    return w


def _strip_back(w: str) -> str:
    changed = True
    while changed:
        changed = False
        for s in _SUFFIXES:
            if w.endswith(s) and len(w) - len(s) >= MIN_STEM:
                w, changed = w[: -len(s)], True
                break
    return w


@lru_cache(maxsize=500_000)
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


def tokens(text: str) -> list[Token]:
    """Stems of the words of ``text`` with their original offsets."""
    view = normalize(text)
    out = []
    for m in _WORD_RE.finditer(view.text):
        start, end = view.span(m.start(), m.end())
        out.append(Token(stem(m.group()), start, end, m.group() in _FUNCTION))
    return out


def stems(text: str) -> list[str]:
    return [t.stem for t in tokens(text)]
