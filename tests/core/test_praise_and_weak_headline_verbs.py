"""Whom a speaker praised when it is a group of people ("وأشاد رئيس البلدية بالمتطوعين …"), a ب-object
after where he spoke ("قد أشاد في المؤتمر بـ…"), whom he called on after a quantifier ("جميع
الأطراف"), and words after a role that are no name: a headline's present verb with a weak root
letter ("… يعد بتعويض …") and how one spoke ("بصوت متهدج"); on invented sentences."""
from __future__ import annotations

import pytest

from pipeline_helpers import mention_texts, run, statements

OPENING = "عقد رئيس بلدية وادي الزيتون منير الشامي مؤتمرا صحفيا مساء أمس بعد السيول. "


@pytest.mark.parametrize("praised", ["بالمتطوعين", "بالمسعفين", "بالمواطنين"])
def test_a_group_praised_after_a_role_is_no_part_of_it(praised):
    doc = run(OPENING + f"وأشاد رئيس البلدية {praised} الذين نزلوا إلى الشوارع منذ الساعات الأولى للسيول.")
    assert statements(doc) == [("indirect", "منير الشامي",
                                f"{praised[1:]} الذين نزلوا إلى الشوارع منذ الساعات الأولى للسيول")]


def test_a_ba_word_of_a_role_stays_in_it():
    # (a guard: "المكلف بالإعلام" is the role's charge, not whom he praised)
    doc = run("وقال المستشار المكلف بالإعلام سامي عواد إن الحملة ستنطلق الأسبوع المقبل.")
    assert "المستشار المكلف بالإعلام" in mention_texts(doc, "role")


def test_what_was_praised_after_where_it_was_said():
    doc = run(OPENING + "وكان رئيس البلدية قد أشاد في المؤتمر بالمتطوعين الذين \"أنقذوا أرواحاً كثيرة\" "
              "قبل وصول فرق الدفاع المدني.")
    assert statements(doc) == [("indirect", "منير الشامي",
                                "المتطوعين الذين \"أنقذوا أرواحاً كثيرة\" قبل وصول فرق الدفاع المدني")]


def test_what_was_pledged_after_a_bare_aside():
    doc = run(OPENING + "وتعهد رئيس البلدية في المؤتمر بصرف تعويض أولي لكل أسرة فقدت منزلها.")
    assert statements(doc) == [("indirect", "منير الشامي", "صرف تعويض أولي لكل أسرة فقدت منزلها")]


@pytest.mark.parametrize("verb", ["يعد", "يقول", "يدعو"])
def test_a_weak_present_verb_in_a_headline_is_no_name(verb):
    # "يعد بتعويض أولي" had been read as the name of the mayor, who then said all he said under it
    doc = run(f"رئيس البلدية {verb} بتعويض أولي خلال عشرة أيام\n"
              "وادي الزيتون – «الوطن» – 15 نوفمبر 2023\n\n"
              + OPENING + "\n\nوقال رئيس البلدية إن التعويضات ستصرف خلال عشرة أيام.")
    assert mention_texts(doc, "person") == ["منير الشامي"]
    assert statements(doc) == [("indirect", "منير الشامي", "التعويضات ستصرف خلال عشرة أيام")]


def test_a_sitting_in_the_aside_is_no_object():
    # "بجلسة اليوم" is still where he spoke; what he asked for is the ب-word after it
    doc = run("نظرت محكمة الجنايات أمس قضية الاعتداء على المتظاهرين. "
              "وطالب الدفاع في مرافعته بجلسة اليوم ببراءة المتهمين مما نسب إليهم.")
    assert statements(doc) == [("indirect", "الدفاع", "براءة المتهمين مما نسب إليهم")]


@pytest.mark.parametrize("manner", ["بصوت متهدج", "بنبرة حادة"])
def test_how_he_spoke_after_a_role_is_no_name(manner):
    doc = run(OPENING + f"\n\nوأضاف رئيس البلدية {manner}: «نعزي أسر الضحايا، ولن نتوقف حتى نعثر على المفقودين».")
    assert statements(doc) == [("direct", "منير الشامي", "نعزي أسر الضحايا، ولن نتوقف حتى نعثر على المفقودين")]


@pytest.mark.parametrize("quantifier", ["جميع", "كل", "كافة"])
def test_whom_he_called_on_may_open_with_a_quantifier(quantifier):
    # the call is the whole object, quotation marks inside it too, not the quotation alone
    doc = run(OPENING + f"ودعا رئيس البلدية {quantifier} السكان إلى إخلاء المنازل القريبة من الوادي "
              "و\"عدم العودة إليها قبل فحصها\".")
    assert statements(doc) == [("indirect", "منير الشامي",
                                "إخلاء المنازل القريبة من الوادي و\"عدم العودة إليها قبل فحصها\"")]


def test_a_present_reporting_verb_after_a_role_is_no_name():
    # "عضو بالتيار الشعبى يطالب …" made a person named "يطالب" (``rules.structure.HEADLINE_VERBS``)
    doc = run('عضو بالتيار الشعبى يطالب "مرسى" بالاعتراف بفشله فى إدارة الأزمة\nوقال المتحدث إن الأمر انتهى.')
    assert "يطالب" not in mention_texts(doc, "person")
