"""Verbs that report speech only with a clause after them (``cues.CLAUSE_VERBS``: وعد، تعهد، رد،
روى), and a decimal figure with a glued conjunction inside reported speech (invented sentences)."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements

SAID = [
    ("وبعد استئناف الجلسة، تعهد الوزير عادل الساعدي بأن ساعات التجهيز ستصل إلى 20 ساعة يوميا.",
     ("indirect", "عادل الساعدي", "ساعات التجهيز ستصل إلى 20 ساعة يوميا")),
    ("ووعد المدرب سفيان العمراني الأنصار بأن اللاعبين سيقاتلون على كل كرة.",
     ("indirect", "سفيان العمراني", "اللاعبين سيقاتلون على كل كرة")),
    ("أما محمود بن عيسى، أحد سكان الحي، فروى أن المياه اجتاحت منزله في أقل من عشر دقائق.",
     ("indirect", "محمود بن عيسى", "المياه اجتاحت منزله في أقل من عشر دقائق")),
    # a promise of a thing is what was promised, as with تعهد (reports turn "سندرس الطلب" into it)
    ("ووعد الرئيس خلال المباحثات بدراسة الطلب بشكل عاجل.", ("indirect", "الرئيس", "دراسة الطلب بشكل عاجل")),
]


@pytest.mark.parametrize("text,expected", SAID)
def test_a_clause_verb_with_its_clause_is_a_cue(text, expected):
    assert statements(run(text)) == [expected]


NOT_SAID = [
    # "فرد" is an individual, not "and he replied", though أن follows
    "الرئيس مرسي فرد من جماعة الإخوان لكنه لا بد أن يخرج عن فكرها.",
]


def test_a_pledge_is_its_noun_not_a_later_clause():
    # تعهد takes its pledge as a noun with ب; the بأن after it is another verb's (مبررا)
    doc = run("وتعهد المفتي بعدم الخوض في السياسة مبررا ذلك بأن المفتي أشبه بالقاضي.")
    assert statements(doc) == [("indirect", "المفتي", "عدم الخوض في السياسة مبررا ذلك بأن المفتي أشبه بالقاضي")]


@pytest.mark.parametrize("text", NOT_SAID)
def test_a_clause_verb_without_its_clause_is_no_cue(text):
    assert statements(run(text)) == []


def test_a_reply_ends_the_statement_before_it():
    doc = run("وقال النائب حيدر الزبيدي إن الوزارة أنفقت 14 مليار دولار، فيما رد الوزير عادل الساعدي بأن"
              " الوزارة لا تتهرب من المساءلة.")
    assert statements(doc) == [("indirect", "حيدر الزبيدي", "الوزارة أنفقت 14 مليار دولار"),
                               ("indirect", "عادل الساعدي", "الوزارة لا تتهرب من المساءلة")]


def test_a_decimal_after_a_glued_conjunction_does_not_end_the_statement():
    doc = run("وأضاف الوزير أن التضخم بلغ 7% و6.2 بالمئة في الربع الثالث.")
    assert statements(doc) == [("indirect", "الوزير", "التضخم بلغ 7% و6.2 بالمئة في الربع الثالث")]
