"""Figures and dates (issue 4): the ``claims`` stage of the pipeline, and the disagreement report.

``annotate(doc)`` appends a span to layer ``claims`` for every figure (label ``quantity``) and date
(label ``date``) of ``doc.text`` outside boilerplate. Attributes:

- ``value``: a number, ``[low, high]`` for ranges and vague amounts, or an ISO date string
  (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-Www``); None for a date whose year or anchor is unknown
- ``unit``: ``USD``/``EUR``/… ``%``, ``km2``, ``year``/``month``/``day``… or None
- ``qualifier``: ``exact|approx|more_than|less_than|at_least|at_most|range``
- ``object``: the counted noun phrase ("خلية نائمة") as written, or None
- ``statement``: index in ``doc.layer("statements")`` of the statement containing the claim, or None
- dates also carry ``precision`` (``year|month|week|day``) and, when they apply, ``calendar``
  ("hijri"), ``gregorian``, ``relative``, ``year_from`` ("article"), ``partial``, ``named``;
  vague quantities carry ``vague``.
"""
from __future__ import annotations

from bisect import bisect_right

from qawl.claims.extract import find_claims
from qawl.doc import Document, Span
from qawl.rules.charmap import CHARMAP
from qawl.text.normalize import normalize

__all__ = ["annotate"]

# Marks the matching view drops (tanween, harakat, tatweel) that may trail a claim's last letter.
_MARKS = frozenset(c for c, v in CHARMAP.items() if v == "")


def annotate(doc: Document) -> None:
    """Append the figures and dates of ``doc`` to its ``claims`` layer."""
    if not doc.text:
        return
    tokens = doc.cache.get("tokens")  # the mentions stage keeps the normalized view there
    nv = tokens.view if tokens is not None else normalize(doc.text)
    boiler = sorted((s.start, s.end) for s in doc.layer("boilerplate"))
    statements = [(s.start, s.end, n) for n, s in enumerate(doc.layer("statements"))
                  if s.attrs.get("field", "text") == "text"]
    statements.sort()
    starts = [s[0] for s in statements]
    layer = doc.layer("claims")
    for c in find_claims(nv.text, doc.date, tokens):
        start, end = nv.span(c.start, c.end)
        while end < len(doc.text) and doc.text[end] in _MARKS:
            end += 1  # keep the tanween of "شهراً" inside the span
        if _inside(start, end, boiler):
            continue
        attrs = dict(c.attrs)
        if c.object_span is not None:
            o0, o1 = nv.span(*c.object_span)
            attrs["object"] = doc.text[o0:o1]
        attrs.setdefault("unit", None)
        attrs.setdefault("qualifier", "exact")
        attrs.setdefault("object", None)
        attrs["statement"] = _statement_of(start, end, statements, starts)
        layer.append(Span(start, end, c.label, attrs))


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _statement_of(start: int, end: int, statements: list[tuple[int, int, int]], starts: list[int]) -> int | None:
    """Index of the innermost statement span containing ``[start, end)``."""
    best = None
    i = bisect_right(starts, start)
    for s0, s1, n in reversed(statements[:i]):
        if s0 <= start and end <= s1 and (best is None or s1 - s0 < best[0]):
            best = (s1 - s0, n)
    return None if best is None else best[1]
