"""Regex building blocks shared by the number and date readers: word lists compiled as tries (fast
to match, longest form first) over the normalized view, and the word-boundary guards of Arabic text."""
from __future__ import annotations

import re
from collections.abc import Iterable

from qawl.text.normalize import key

# A letter (Arabic or Latin), the thing a word boundary is about; digits are handled on their own.
LETTER = r"[^\W\d_]"
# Not inside a word: no letter right before.
WORD_START = rf"(?<!{LETTER})"
# Not followed by a letter.
WORD_END = rf"(?!{LETTER})"


def folded(words: Iterable[str]) -> list[str]:
    """The matching-view form of each entry, without duplicates, longest first."""
    out = {key(w) for w in words if w.strip()}
    return sorted(out, key=lambda w: (-len(w), w))


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` (already folded) factored as a trie, so the regex engine tests
    one branch per letter instead of every word; a space inside an entry matches any run of spaces."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict) -> str:
    ends_here = "" in node
    branches = [(_char(ch) + _node_pattern(child)) for ch, child in sorted(node.items()) if ch != ""]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


def _char(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def words_regex(words: Iterable[str]) -> str:
    """Whole-word alternation of ``words`` (ordinary spelling; folded here)."""
    return WORD_START + "(?:" + trie_pattern(folded(words)) + ")" + WORD_END
