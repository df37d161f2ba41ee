"""What was said when a reason follows it ("… لأن …") or a comma sets it off from its speaker
("وطالب فلان، بـ…"), and what one did not rule out ("ولم يستبعد …"), on invented sentences."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements


@pytest.mark.parametrize("text,expected", [
    # the reason (cues.REASON_COMPLEMENTIZERS) is part of what was announced, not the clause of the verb
    ("وأعلن وزير التربية تأجيل الامتحانات النهائية لأن الأوضاع الأمنية لا تسمح بإجرائها.",
     ("indirect", "وزير التربية", "تأجيل الامتحانات النهائية لأن الأوضاع الأمنية لا تسمح بإجرائها")),
    # what one did not rule out, after لم (cues.NOUN_CONTENT_VERBS: يستبعد), with its reason
    ("ولم يستبعد وزير الصحة حدوث موجة ثانية من الكوليرا لأن موسم الأمطار ما زال مستمرا.",
     ("indirect", "وزير الصحة", "حدوث موجة ثانية من الكوليرا لأن موسم الأمطار ما زال مستمرا")),
    # the ب-object after a comma
    ("وطالب النائب سالم الدوري، بفتح تحقيق عاجل في صفقة القمح، لأن الأسعار المعلنة تفوق أسعار السوق.",
     ("indirect", "سالم الدوري", "فتح تحقيق عاجل في صفقة القمح، لأن الأسعار المعلنة تفوق أسعار السوق")),
])
def test_what_was_said_holds_its_reason(text, expected):
    assert statements(run(text)) == [expected]


def test_a_reason_after_a_clause_stays_in_it():
    # (guard) after "إن" the reason was always inside the clause
    assert statements(run("وقال الوزير إن الحملة ستستمر لأن الموسم لم ينته.")) == [
        ("indirect", "الوزير", "الحملة ستستمر لأن الموسم لم ينته")]


def test_not_ruling_out_a_person_is_no_statement():
    # (guard) "لم يستبعد المدرب اللاعب": he did not drop the player; no verbal noun, nothing said
    assert statements(run("ولم يستبعد المدرب اللاعب من قائمة المباراة المقبلة.")) == []


def test_a_comma_after_the_speaker_then_an_adverb_in_b_is_no_object():
    # (guard) "بحسب" is no ب-object (cues.NOT_BA_OBJECTS): the clause after it is what was demanded
    assert statements(run("وطالب الوزير، بحسب الوكالة، بأن تفتح المعابر فورا.")) == [
        ("indirect", "الوزير", "تفتح المعابر فورا")]
