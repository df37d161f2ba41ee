"""Quotation spans: text between quote marks, with the odd marks of Arabic copy handled.

Layer ``quotes``: one span per quotation, covering its content (marks excluded), with attrs
``open``/``close`` (mark offsets, ``None`` when missing), ``paragraphs`` (how many it runs across)
and ``words``. Handled: « » “ ” " and mismatched pairs (” … ”), a quote opened in one paragraph and
closed paragraphs later, a quote reopened at each continued paragraph, and a closing mark with no
opening (the quote then starts at its paragraph's start or after the paragraph's colon).
"""
from __future__ import annotations

import re

from qawl.doc import Document, Span
from qawl.rules import structure as rules
from qawl.text.find import occurrences

_ALL_MARKS = rules.OPENING_QUOTES + rules.CLOSING_QUOTES + rules.SYMMETRIC_QUOTES
# Two apostrophes ('') are a quote mark in some Egyptian copy (Masrawy: ''النور'').
_MARK_RE = re.compile("''|[" + re.escape(_ALL_MARKS) + "]")
_SPACE = " \t\u00a0\u200f\u200e"
# What a mark of _MARK_RE opens with: its characters, and the apostrophe pair.
_MARKS = ("''", *_ALL_MARKS)


def _marks_in(text: str, start: int, end: int, marks: list[str]) -> list[re.Match]:
    """``_MARK_RE.finditer(text, start, end)`` as a list, found by a ``str.find`` per mark the text
    holds (``marks``) and the regex matched only where one is: a regex scan tests every character."""
    found: list[re.Match] = []
    read_to = start
    for i in occurrences(text, marks, start, end):
        if i >= read_to:
            match = _MARK_RE.match(text, i, end)
            found.append(match)
            read_to = match.end()
    return found


def _direction(text: str, i: int, j: int, para_start: int, para_end: int, is_open: bool) -> str:
    """'open', 'close' for the mark ``text[i:j]`` given its neighbours and whether a quote is open."""
    mark = text[i:j]
    if mark in rules.OPENING_QUOTES:
        return "open"
    if mark in rules.CLOSING_QUOTES and mark not in rules.AMBIGUOUS_CLOSERS:
        return "close"
    # The nearest characters other than spaces on each side, within the paragraph (a walk, not a
    # strip of everything before and after the mark).
    b = i
    while b > para_start and text[b - 1] in _SPACE:
        b -= 1
    a = j
    while a < para_end and text[a] in _SPACE:
        a += 1
    prev = text[b - 1] if b > para_start else "\n"
    nxt = text[a] if a < para_end else "\n"
    touches_prev = i > para_start and text[i - 1] not in _SPACE
    touches_next = j < para_end and text[j] not in _SPACE
    if prev in ":：" or prev == "\n":
        return "open" if nxt != "\n" else "close"
    if nxt == "\n" or nxt in ".،,؛;:!؟?)":
        return "close"
    if touches_prev and not touches_next:
        return "close"
    if touches_next and not touches_prev:
        return "open"
    return "close" if is_open else "open"


def _paragraph_spans(doc: Document) -> list[tuple[int, int]]:
    spans = [(p.start, p.end) for p in doc.layer("paragraphs")]
    return spans


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _SPACE + "\n":
        start += 1
    while end > start and text[end - 1] in _SPACE + "\n":
        end -= 1
    return start, end


def annotate(doc: Document) -> None:
    text = doc.text
    marks = [m for m in _MARKS if m in text]
    if not marks:
        return  # no mark at all (a third of articles): a substring test per mark, no regex scan
    paras = _paragraph_spans(doc)
    open_at: int | None = None        # offset of the pending opening mark
    open_mark = ""
    open_para = 0
    nested: list[int] = []            # openings of quotes inside the pending one
    found: list[Span] = []

    def emit(start: int, end: int, open_mark: int | None, close_mark: int | None, n_paras: int) -> None:
        s, e = _content(text, start, end)
        if s < e:
            found.append(Span(s, e, "quote", {"open": open_mark, "close": close_mark, "paragraphs": n_paras,
                                              "words": len(text[s:e].split())}))

    for p_index, (p_start, p_end) in enumerate(paras):
        if open_at is not None and p_index - open_para >= rules.MAX_QUOTE_PARAGRAPHS:
            # Never closed: end it with the paragraph it opened in.
            emit(open_at + len(open_mark), paras[open_para][1], open_at, None, 1)
            open_at, nested = None, []
        for match in _marks_in(text, p_start, p_end, marks):
            i, mark = match.start(), match.group()
            direction = _direction(text, i, match.end(), p_start, p_end, open_at is not None)
            if direction == "open":
                if open_at is None:
                    open_at, open_mark, open_para = i, mark, p_index
                elif p_index > open_para and i == p_start:
                    pass  # a continued paragraph reopened with a mark: the same quote goes on
                elif mark != open_mark or mark in rules.OPENING_QUOTES:
                    nested.append(i)
                else:  # same symmetric mark while open: it closes
                    emit(open_at + len(open_mark), i, open_at, i, p_index - open_para + 1)
                    open_at, nested = None, []
            else:
                if nested:
                    nested.pop()
                elif open_at is not None:
                    emit(open_at + len(open_mark), i, open_at, i, p_index - open_para + 1)
                    open_at = None
                else:
                    emit(_orphan_start(text, p_start, i), i, None, i, 1)
    if open_at is not None:
        emit(open_at + len(open_mark), paras[open_para][1], open_at, None, 1)
    for span in sorted(found, key=lambda s: s.start):
        doc.add("quotes", span)


def _orphan_start(text: str, p_start: int, close: int) -> int:
    """Where a quote with only a closing mark starts: after the paragraph's last colon, else its start."""
    colon = text.rfind(":", p_start, close)
    return colon + 1 if colon >= 0 else p_start
