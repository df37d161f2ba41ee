"""A title alone after "بحسب" stands for who said it also as an aside inside a sentence or at its
end ("…، بحسب الجنرال، …"), as it did at a sentence's start; on invented sentences."""
from __future__ import annotations

from pipeline_helpers import run, statements

OPENING = "قال الجنرال روبرت هاميلتون إن العملية حققت أهدافها. "


def test_a_title_in_an_aside_inside_the_sentence():
    doc = run(OPENING + "كما فككت فرق الهندسة، بحسب الجنرال، أكثر من ألفي عبوة ناسفة.")
    assert statements(doc)[1:] == [
        ("indirect", "روبرت هاميلتون", "كما فككت فرق الهندسة، بحسب الجنرال، أكثر من ألفي عبوة ناسفة")]


def test_a_title_at_the_sentences_end():
    doc = run(OPENING + "وبلغ عدد القتلى في صفوف الجماعة 40 مقاتلا، بحسب الجنرال.")
    assert statements(doc)[1:] == [("indirect", "روبرت هاميلتون", "وبلغ عدد القتلى في صفوف الجماعة 40 مقاتلا")]


def test_a_title_opening_the_sentence():
    # (a guard: read before, and still)
    doc = run("وبحسب المحافظ، بلغ عدد النازحين ألف شخص في الأيام الثلاثة الأخيرة.")
    assert statements(doc) == [("indirect", "المحافظ", "بلغ عدد النازحين ألف شخص في الأيام الثلاثة الأخيرة")]
