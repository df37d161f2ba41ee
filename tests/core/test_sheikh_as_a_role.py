""""شيخ" + what he heads is a role, whose holder's name may follow ("شيخ الأزهر فلان", "شيخ قبيلة
…"); "الشيخ" stays a courtesy title before a name; on invented sentences."""
from __future__ import annotations

from pipeline_helpers import mention_texts, run, statements

OPENING = "اختتم المؤتمر الدولي للحوار أعماله أمس في العاصمة. "


def test_the_head_of_an_institution_then_his_name():
    doc = run(OPENING + "وقال شيخ الأزهر منصور الخطيب إن الحوار بين الأديان ضرورة لا غنى عنها.")
    assert statements(doc) == [("indirect", "منصور الخطيب", "الحوار بين الأديان ضرورة لا غنى عنها")]
    assert "شيخ الأزهر" in mention_texts(doc, "role")


def test_the_head_of_a_tribe_unnamed():
    doc = run(OPENING + "وقال شيخ قبيلة البوحمدان إن أبناء القبيلة لن يتركوا أرضهم.")
    assert statements(doc) == [("indirect", "شيخ قبيلة البوحمدان", "أبناء القبيلة لن يتركوا أرضهم")]


def test_the_courtesy_title_before_a_name():
    # (a guard: "الشيخ" opens a name, as before)
    doc = run(OPENING + "وقال الشيخ منصور الخطيب إن الحوار بين الأديان ضرورة لا غنى عنها.")
    assert statements(doc) == [("indirect", "منصور الخطيب", "الحوار بين الأديان ضرورة لا غنى عنها")]


def test_the_head_of_an_institution_unnamed():
    # (a guard: read as a speaker before "شيخ الأزهر" was a role head, and still)
    doc = run(OPENING + "وقال شيخ الأزهر إن الحوار بين الأديان ضرورة لا غنى عنها.")
    assert statements(doc) == [("indirect", "شيخ الأزهر", "الحوار بين الأديان ضرورة لا غنى عنها")]


def test_sheikh_inside_a_name():
    # (a guard: "شيخ" alone is no role head, so this president's name stays whole)
    doc = run(OPENING + "وقال الرئيس الصومالي حسن شيخ عبدي إن الحكومة ستجري الانتخابات في موعدها.")
    assert statements(doc) == [("indirect", "حسن شيخ عبدي", "الحكومة ستجري الانتخابات في موعدها")]
