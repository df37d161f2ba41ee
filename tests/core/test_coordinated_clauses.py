"""Reported speech with a second clause glued to و after a comma ("…، وأن …", "…، وإنه …":
``cues.COORDINATED_COMPLEMENTIZERS``): each clause is a statement of its own, with the same cue and
speaker, so that an outlet that merged two answers into one paragraph still links each to its answer.
Invented sentences."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements

SPLIT = [
    ("وأوضح وزير المالية هشام الدباغ أن الحكومة تستهدف خفض العجز الكلي إلى 6.2 بالمئة من الناتج المحلي، "
     "وأن الفائض الأولي سيبلغ 3.5 بالمئة في العام المالي المقبل.",
     [("indirect", "هشام الدباغ", "الحكومة تستهدف خفض العجز الكلي إلى 6.2 بالمئة من الناتج المحلي"),
      ("indirect", "هشام الدباغ", "الفائض الأولي سيبلغ 3.5 بالمئة في العام المالي المقبل")]),
    # three clauses, with the pronoun glued to the complementizer (وأنه)
    ("وقال مدير الأمن العام العميد فراس العتوم إن الدوريات ضبطت ثلاث شاحنات محملة بالمخدرات، "
     "وإن التحقيقات ما زالت جارية، وأنه تم توقيف سبعة أشخاص على الأقل.",
     [("indirect", "فراس العتوم", "الدوريات ضبطت ثلاث شاحنات محملة بالمخدرات"),
      ("indirect", "فراس العتوم", "التحقيقات ما زالت جارية"),
      ("indirect", "فراس العتوم", "تم توقيف سبعة أشخاص على الأقل")]),
    # بأن after a verb that takes ب
    ("وصرح المتحدث باسم الوزارة نبيل الحوراني بأن المفاوضات ستستأنف الأسبوع المقبل، "
     "وبأن الوفد سيضم خبراء في المياه.",
     [("indirect", "نبيل الحوراني", "المفاوضات ستستأنف الأسبوع المقبل"),
      ("indirect", "نبيل الحوراني", "الوفد سيضم خبراء في المياه")]),
    # no comma, but the reported speech opened with أن too: the second وأنهم repeats it (session 45)
    ("وشدد محافظ البنك المركزي سامر الدباغ على التريث، مؤكدا أنهم ملتزمون بإعادة التضخم إلى النطاق المستهدف "
     "وأنهم لن يسمحوا بعودة الضغوط على الأسعار أيا كانت الظروف.",
     [("indirect", "سامر الدباغ", "ملتزمون بإعادة التضخم إلى النطاق المستهدف"),
      ("indirect", "سامر الدباغ", "لن يسمحوا بعودة الضغوط على الأسعار أيا كانت الظروف")]),
]

KEPT_WHOLE = [
    # concessive وإن (even if): one statement
    ("وقال رئيس الاتحاد سمير القلعي إن المنتخب قادر على التأهل، وإن كان الطريق صعبا أمامه.",
     [("indirect", "سمير القلعي", "المنتخب قادر على التأهل، وإن كان الطريق صعبا أمامه")]),
    # no comma before و: one clause with two subjects joined
    ("وأكد المحافظ جميل العبيدي أن الطرق والجسور وأن المدارس تضررت بشدة من الفيضانات.",
     [("indirect", "جميل العبيدي", "الطرق والجسور وأن المدارس تضررت بشدة من الفيضانات")]),
    # (guards, session 45) no comma: "خاصة وأن" (especially as) and "سبق وأن" (had already) are idioms …
    ("وقال وزير الزراعة صلاح المؤمن إن المشاركة في هذه المؤتمرات ضرورية للبلاد خاصة وأن التغيرات المناخية تهدد "
     "المحاصيل الزراعية.",
     [("indirect", "صلاح المؤمن", "المشاركة في هذه المؤتمرات ضرورية للبلاد خاصة وأن التغيرات المناخية تهدد "
                                 "المحاصيل الزراعية")]),
    ("وقال المبعوث أبو بكر الصديق إن فريق الخبراء التابع للمؤتمر الدولي سبق وأن زار المنطقة مرتين هذا العام.",
     [("indirect", "أبو بكر الصديق", "فريق الخبراء التابع للمؤتمر الدولي سبق وأن زار المنطقة مرتين هذا العام")]),
    # … and "وأن" before a verb is "and to …", coordinated with a noun before it
    ("وأكد الوزير جون كيري أن الرئيس وعد بالسعي إلى التواصل مع المعارضة في الداخل وأن يكون أكثر احتواء للجميع.",
     [("indirect", "جون كيري", "الرئيس وعد بالسعي إلى التواصل مع المعارضة في الداخل وأن يكون أكثر احتواء للجميع")]),
]


@pytest.mark.parametrize("text,expected", SPLIT)
def test_each_coordinated_clause_is_its_own_statement(text, expected):
    assert statements(run(text)) == expected


@pytest.mark.parametrize("text,expected", KEPT_WHOLE)
def test_a_concessive_or_comma_less_clause_stays_in_the_statement(text, expected):
    assert statements(run(text)) == expected


def test_a_clause_inside_quotation_marks_is_not_split():
    doc = run('وأكد الناطق باسم الحكومة رامي السعدي أن "الأجور سترتفع في يناير، وأن الدعم باق كما هو" حتى نهاية العام.')
    assert statements(doc) == [
        ("indirect", "رامي السعدي", '"الأجور سترتفع في يناير، وأن الدعم باق كما هو" حتى نهاية العام')]


def test_a_short_second_clause_stays_with_the_first():
    # "وأنه أبلغه بالقرار شخصيا": three words, a detail of the clause before it
    doc = run("وأكد رئيس النادي منصور الكبيسي أن العلاقة مع المدرب بقيت محترمة حتى اللحظة الأخيرة، وأنه أبلغه بالقرار شخصيا.")
    assert statements(doc) == [
        ("indirect", "منصور الكبيسي", "العلاقة مع المدرب بقيت محترمة حتى اللحظة الأخيرة، وأنه أبلغه بالقرار شخصيا")]


CONNECTIVES = [
    # "غير أنه" (however he): the verb after it opens a statement of its own, the one before ends there
    ("وقال وزير الصحة حازم الشناوي إن الوضع مستقر. وأكد الشناوي أن البؤرة ستحتوى في غضون أسبوعين، "
     "غير أنه أوضح أن خطر العدوى ما زال قائما.",
     [("indirect", "حازم الشناوي", "الوضع مستقر"),
      ("indirect", "حازم الشناوي", "البؤرة ستحتوى في غضون أسبوعين"),
      ("indirect", "حازم الشناوي", "خطر العدوى ما زال قائما")]),
    # … and its أنه is no complementizer of the verb before it: what توقع took is its noun object
    ("وقال وزير الصحة حازم الشناوي إن الوضع مستقر. وتوقع الشناوي احتواء البؤرة في غضون أسبوعين، "
     "الا انه اوضح ان خطر العدوى ما زال قائما.",
     [("indirect", "حازم الشناوي", "الوضع مستقر"),
      ("indirect", "حازم الشناوي", "احتواء البؤرة في غضون أسبوعين"),
      ("indirect", "حازم الشناوي", "خطر العدوى ما زال قائما")]),
]


@pytest.mark.parametrize("text,expected", CONNECTIVES)
def test_a_connective_with_its_subject_opens_the_next_statement(text, expected):
    assert statements(run(text)) == expected
