"""The document model: an immutable original text and named layers of spans into it.

Every stage of the pipeline reads a :class:`Document` and appends spans to its own layer
(``boilerplate``, ``paragraphs``, ``sentences``, ``quotes``, ``mentions``, ``statements``,
``claims``). A span never copies text; ``doc.text[span.start:span.end]`` is its text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Span:
    """A half-open character range ``[start, end)`` of ``Document.text`` with a label and attributes."""

    start: int
    end: int
    label: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)

    def __init__(self, start: int, end: int, label: str = "", attrs: dict[str, Any] | None = None) -> None:
        # (written out rather than generated with a __post_init__ check: one call per span, and
        # analysis makes dozens of spans per document)
        if not 0 <= start <= end:
            raise ValueError(f"bad span [{start}, {end})")
        self.start, self.end, self.label = start, end, label
        self.attrs = {} if attrs is None else attrs

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(slots=True)
class Document:
    """One article: ``text`` is exactly what was read (decoded); metadata sits beside it."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD when known
    url: str | None = None
    layers: dict[str, list[Span]] = field(default_factory=dict)
    # Entities of this document ("E1", "E2", …): {"type", "name", "roles"}; their mentions are the
    # spans of the ``mentions`` layer whose ``attrs["entity"]`` names them.
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Derived views shared between stages (tokens of the matching view); never serialized.
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def layer(self, name: str) -> list[Span]:
        """The spans of one layer (created empty on first use)."""
        spans = self.layers.get(name)
        if spans is None:  # (setdefault would make a new empty list on every call)
            spans = self.layers[name] = []
        return spans

    def add(self, name: str, span: Span) -> Span:
        if span.end > len(self.text):
            raise ValueError(f"span [{span.start}, {span.end}) past end of {self.id!r} ({len(self.text)})")
        spans = self.layers.get(name)  # (``layer`` inlined: one call fewer per span)
        if spans is None:
            spans = self.layers[name] = []
        spans.append(span)
        return span

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]
