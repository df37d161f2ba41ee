"""Given names written with ال- (Maghreb usage: "المنصف", "الحبيب", "الحسين") open the holder's name
after a role instead of being read as more of the role, and a surname that opens with a title word
("قائد السبسي") is read whole; on invented sentences."""
from __future__ import annotations

import pytest

from pipeline_helpers import mention_texts, run, statements

OPENING = "افتتحت الحكومة أمس المعرض الوطني للصناعات التقليدية. "


@pytest.mark.parametrize("role, name", [
    ("الرئيس التونسي", "المنصف الدريدي"),
    ("وزير الصحة", "الحسين الوزاني"),
    ("رئيس الحكومة", "الحبيب العياري"),
])
def test_a_definite_given_name_opens_the_holders_name(role, name):
    doc = run(OPENING + f"وقال {role} {name} إن المعرض يفتح أسواقا جديدة للحرفيين.")
    assert statements(doc) == [("indirect", name, "المعرض يفتح أسواقا جديدة للحرفيين")]
    assert role in mention_texts(doc, "role")


def test_a_definite_given_name_alone_opens_a_name():
    doc = run(OPENING + "وقال الحسين الوزاني إن المعرض يفتح أسواقا جديدة للحرفيين.")
    assert statements(doc) == [("indirect", "الحسين الوزاني", "المعرض يفتح أسواقا جديدة للحرفيين")]


def test_a_surname_common_after_given_names_is_not_one():
    # (a guard: الطيب is mostly a surname, "أحمد الطيب"; the whole name stays one person)
    doc = run(OPENING + "وقال الدكتور أحمد الطيب إن المعرض يفتح أسواقا جديدة للحرفيين.")
    assert statements(doc) == [("indirect", "أحمد الطيب", "المعرض يفتح أسواقا جديدة للحرفيين")]


def test_a_surname_that_opens_with_a_title_word():
    doc = run(OPENING + "وقال رئيس الوزراء السابق الباجي قائد السبسي لإذاعة محلية إن الحوار ضروري.")
    assert statements(doc) == [("indirect", "الباجي قائد السبسي", "الحوار ضروري")]


def test_the_title_word_alone_is_still_a_role():
    # (a guard: "قائد الجيش" is the army commander)
    doc = run(OPENING + "وقال قائد الجيش إن الوضع على الحدود مستقر.")
    assert statements(doc) == [("indirect", "قائد الجيش", "الوضع على الحدود مستقر")]


def test_a_given_name_with_al_between_a_given_name_and_the_surname():
    # (before: "محمد الطاهر" and "الطاهر بوشلاغم" were two people, and "بوشلاغم" later the second)
    doc = run("أعلن رئيس السلطة المستقلة للانتخابات، محمد الطاهر بوشلاغم، ليلة أمس، أن نسبة المشاركة بلغت 32.4 بالمائة.\n\n"
              "وأوضح بوشلاغم أن عدد المصوتين بلغ سبعة ملايين ناخب.")
    assert [s[1] for s in statements(doc)] == ["محمد الطاهر بوشلاغم"] * 2
