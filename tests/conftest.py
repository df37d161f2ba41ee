"""Shared fixtures: analysed documents built from inline Arabic written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from qawl.doc import Document
from qawl.pipeline import analyze

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


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


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "samples").is_dir():
        pytest.fail(f"../shared/samples not found at {SHARED}")
    return SHARED
