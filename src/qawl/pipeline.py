"""The per-document pipeline: one plain function per stage, run in order over a :class:`Document`.

``analyze(doc)`` is pure (no I/O, no globals that change) and is what the CLI, the store, the REST
API and the Spark job call. Each stage appends spans to its own layers:

========================  =====================================================
stage                     layers it adds
========================  =====================================================
structure.annotate        boilerplate, byline, headline, paragraphs, sentences
quotes.annotate           quotes
mentions.annotate         mentions (persons, roles, organizations, places)
statements.annotate       statements (direct, indirect, interview, headline)
claims.annotate           claims (figures and dates), linked to statements
========================  =====================================================
"""
from __future__ import annotations

from collections.abc import Callable

from qawl.doc import Document

Stage = Callable[[Document], None]


def _stages() -> list[Stage]:
    from qawl import claims
    from qawl.components import mentions, quotes, statements, structure

    return [structure.annotate, quotes.annotate, mentions.annotate, statements.annotate, claims.annotate]


STAGES: list[Stage] = []


def stages() -> list[Stage]:
    """The stages, in order (a caller may run each over many documents before the next)."""
    if not STAGES:
        STAGES.extend(_stages())
    return STAGES


def analyze(doc: Document) -> Document:
    """Run every stage over ``doc`` (in place) and return it."""
    for stage in stages():
        stage(doc)
    return doc
