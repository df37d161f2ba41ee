"""A report that merges two sentences of one paragraph of an interview into one statement links to
both (``link.link_paragraph_parts``), though the routes that find a statement's cluster bring it to
one of them only (invented); a sentence of the next paragraph, or another speaker's, stays alone."""
from __future__ import annotations

import pytest
from link_support import cluster_of, ingest_resolved

from qawl.doc import Document, Span

COPIED = ("الوضع الأمني في الجنوب أفضل مما كان عليه قبل شهرين، والدوريات المشتركة تغطي اليوم معظم القرى "
          "الحدودية التي شهدت المواجهات.")
FIRST = "سنعتمد على السجل الاجتماعي الموحد، وفيه اليوم أكثر من مليون أسرة في كل المحافظات."
SECOND = ("كل أسرة مسجلة ستحصل على بطاقة تتيح لها شراء كمية شهرية من الخبز والسكر والزيت بالسعر المدعوم، "
          "وما يزيد على الحصة يباع بسعر السوق.")
MERGED = ("الوزارة ستعتمد على السجل الاجتماعي الموحد الذي يضم أكثر من مليون أسرة في كل المحافظات، إذ ستحصل كل أسرة مسجلة على "
          "بطاقة تتيح لها شراء كمية شهرية من الخبز والسكر والزيت بالسعر المدعوم")


def _doc(doc_id: str, outlet: str, paragraphs: list[list[tuple[str, str]]]) -> Document:
    """A document of paragraphs, each a list of (speaker, sentence), each sentence a statement."""
    text, spans, speakers = "", [], {}
    for p, sentences in enumerate(paragraphs):
        if p:
            text += "\n\n"
        for k, (speaker, sentence) in enumerate(sentences):
            if k:
                text += " "
            local = speakers.setdefault(speaker, f"E{len(speakers) + 1}")
            spans.append((len(text), len(text) + len(sentence), local))
            text += sentence
    doc = Document(id=doc_id, text=text, title=None, outlet=outlet, date="2026-10-02")
    for name, local in speakers.items():
        doc.entities[local] = {"type": "person", "name": name, "roles": []}
    for start, end, local in spans:
        doc.add("statements", Span(start, end, "indirect", {"cue": "قال", "speaker": local}))
    return doc


@pytest.fixture(autouse=True)
def _no_lsh(lsh_finds_nothing):
    pass


MINISTER = "فراس الدباغ"


def _ingest(store, interview: list[list[tuple[str, str]]]):
    return ingest_resolved(store, [
        _doc("interview", "صحيفة الجنوب", [[(MINISTER, COPIED)], *interview]),
        _doc("report", "وكالة الأنباء", [[(MINISTER, COPIED)], [(MINISTER, MERGED)]])])


def test_a_merged_report_links_to_both_sentences_of_the_paragraph(store):
    conn = _ingest(store, [[(MINISTER, FIRST), (MINISTER, SECOND)]])
    assert cluster_of(conn, "interview:1") == cluster_of(conn, "interview:2") == cluster_of(conn, "report:1")


def test_a_sentence_of_the_next_paragraph_stays_alone(store):
    # (a guard: two paragraphs are two answers)
    conn = _ingest(store, [[(MINISTER, FIRST)], [(MINISTER, SECOND)]])
    assert cluster_of(conn, "interview:1") != cluster_of(conn, "interview:2")


def test_another_speakers_sentence_stays_alone(store):
    # (a guard)
    conn = _ingest(store, [[(MINISTER, FIRST), ("سالم الكندي", SECOND)]])
    assert cluster_of(conn, "interview:1") != cluster_of(conn, "interview:2")
