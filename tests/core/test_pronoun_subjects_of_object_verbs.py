"""A verb whose object is what was said, with its subject in a pronoun before it ("غير أنها أبدت قلقها
من …", "لكنه أرجع …"), and a denial whose object is a verbal noun of the تفعّل shape ("ونفت
رئيسة الجهاز تعرض الجهاز لأي ضغوط"); on invented sentences."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements

OPENING = "عقدت رئيسة جهاز الإحصاء سلمى بستاني مؤتمرا صحفيا أمس. "
SAID = ("indirect", "سلمى بستاني", "معدل البطالة تراجع إلى 11 بالمئة")


@pytest.mark.parametrize("connective", ["غير أنها", "إلا أنها"])
def test_a_feeling_expressed_after_a_connective_pronoun(connective):
    doc = run(OPENING + f"وقالت بستاني إن معدل البطالة تراجع إلى 11 بالمئة. {connective} أبدت قلقها من بطالة "
              "الشباب التي ما زالت عند 26 بالمئة.")
    assert statements(doc) == [SAID, ("indirect", "سلمى بستاني",
                                      "قلقها من بطالة الشباب التي ما زالت عند 26 بالمئة")]


def test_a_cause_given_after_lakinnaha():
    doc = run(OPENING + "وقالت بستاني إن معدل البطالة تراجع إلى 11 بالمئة. لكنها أرجعت ارتفاع الأسعار "
              "إلى تراجع سعر الصرف.")
    assert statements(doc) == [SAID, ("indirect", "سلمى بستاني", "ارتفاع الأسعار إلى تراجع سعر الصرف")]


def test_a_passive_estimate_stays_no_statement():
    # (a guard: "قدرت" with no subject before or after it is a passive, "was estimated")
    doc = run(OPENING + "وكانت خسائر القطاع قد قدرت بنحو مليون دينار.")
    assert statements(doc) == []


@pytest.mark.parametrize("denied", ["تعرض الجهاز لأي ضغوط بهدف تجميل البيانات",
                                    "تورط موظفين في الجهاز في تسريب البيانات",
                                    "تدخل الحكومة في عمل الجهاز"])
def test_what_was_denied_in_a_tafaul_verbal_noun(denied):
    doc = run(OPENING + f"ونفت رئيسة جهاز الإحصاء {denied}.")
    assert statements(doc) == [("indirect", "سلمى بستاني", denied)]


def test_the_same_word_as_a_present_verb_stays_in_its_clause():
    # (a guard: after إن, "تدخل" is the verb "enters")
    doc = run(OPENING + "وقالت بستاني إن البلاد تدخل مرحلة جديدة من النمو.")
    assert statements(doc) == [("indirect", "سلمى بستاني", "البلاد تدخل مرحلة جديدة من النمو")]
