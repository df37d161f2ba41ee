"""Finding a few given characters (or short strings) in a text by ``str.find``.

A regex scan over a character set tests every character of the text with Python's regex engine;
most texts hold none or only a few of the characters looked for, and ``str.find`` skips to them
in C. The stages use this for sentence stops, quote marks and the characters normalization drops.
"""
from __future__ import annotations

from collections.abc import Iterable


def occurrences(text: str, needles: Iterable[str], start: int = 0, end: int | None = None) -> list[int]:
    """Offsets in ``text[start:end]`` where any of ``needles`` begins, ascending (an offset where two
    needles begin comes twice)."""
    stop = len(text) if end is None else end
    found: list[int] = []
    for needle in needles:
        i = text.find(needle, start, stop)
        while i >= 0:
            found.append(i)
            i = text.find(needle, i + 1, stop)
    found.sort()
    return found
