"""Helpers for the core tests: analyse inline Arabic and list its statements and mentions."""
from __future__ import annotations

from qawl.doc import Document
from qawl.pipeline import analyze


def run(text: str, title: str | None = None, doc_id: str = "t") -> Document:
    return analyze(Document(doc_id, text, title=title))


def statements(doc: Document) -> list[tuple[str, str | None, str]]:
    """(kind, speaker name, statement text) for every statement."""
    out = []
    for s in doc.layer("statements"):
        src = doc.title if s.attrs.get("field") == "title" else doc.text
        speaker = doc.entities.get(s.attrs.get("speaker"), {}).get("name")
        out.append((s.label, speaker, src[s.start : s.end]))
    return out


def mention_texts(doc: Document, label: str) -> list[str]:
    """The text of every mention of one kind ("person", "role", "org", "place"), in order."""
    return [doc.text[m.start : m.end] for m in doc.layer("mentions") if m.label == label]
