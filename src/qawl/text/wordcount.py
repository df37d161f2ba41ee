"""Word-count tests that stop splitting once the answer is known: "at most 30 words" of a long
paragraph splits off 31 words, not all of them (``str.split`` with ``maxsplit`` returns at most
``maxsplit + 1`` parts, and fewer only when the text has fewer words)."""
from __future__ import annotations


def at_most(text: str, n: int) -> bool:
    """``len(text.split()) <= n``."""
    return len(text.split(None, n)) <= n


def at_least(text: str, n: int) -> bool:
    """``len(text.split()) >= n``."""
    return n <= 0 or len(text.split(None, n - 1)) >= n
