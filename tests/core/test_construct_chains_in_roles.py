"""A role whose body is named by a construct of its own before another body's head ("رئيس مجلس
مفوضي هيئة تنظيم الاتصالات") keeps all of it, and its holder after it; on invented sentences."""
from __future__ import annotations

from pipeline_helpers import mention_texts, run, statements


def test_a_board_of_commissioners_of_an_authority():
    doc = run("وقال رئيس مجلس مفوضي هيئة تنظيم قطاع الاتصالات الدكتور فادي الكرمي إن الأسعار لن ترتفع.")
    assert statements(doc) == [("indirect", "فادي الكرمي", "الأسعار لن ترتفع")]
    assert "رئيس مجلس مفوضي هيئة تنظيم قطاع الاتصالات" in mention_texts(doc, "role")


def test_the_holder_after_a_construct_ending_in_a_definite_word():
    # (a guard: "مجلس إدارة الشركة" was read whole before)
    doc = run("وقال رئيس مجلس إدارة الشركة الوطنية للنقل سامي العبدالله إن الأسطول سيتضاعف.")
    assert statements(doc) == [("indirect", "سامي العبدالله", "الأسطول سيتضاعف")]


def test_a_name_with_an_ambiguous_given_name_before_the_verbal_noun_announced():
    # "كمال" is also a common noun; a surname and a listed verbal noun after it make it the holder
    doc = run("أعلن وزير الإسكان كمال دباغ خفض سعر الفائدة على قروض السكن الاجتماعي.")
    assert statements(doc) == [("indirect", "كمال دباغ", "خفض سعر الفائدة على قروض السكن الاجتماعي")]
