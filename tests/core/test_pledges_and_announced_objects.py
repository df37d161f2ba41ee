"""What a speaker expected, pledged or announced as a noun phrase, on invented sentences: a participle's
object may name people ("مشاركة 600 مراقب أجنبي") without being read as more of a subject; "متعهدا"
with a verbal noun after ب is a pledge; a framing aside ("في السياق ذاته") may stand between a verb
whose subject was dropped and the verbal noun it announced; "ووصفها بأنها …" describes what he spoke of,
and what follows is what he said."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements


def test_a_participle_object_that_names_people_is_what_was_expected():
    doc = run("وقال رئيس الهيئة سامي المرزوقي إن الدعوات وجهت إلى المنظمات الدولية، "
              "متوقعا مشاركة 600 مراقب أجنبي في الانتخابات المقبلة.")
    assert ("indirect", "سامي المرزوقي", "مشاركة 600 مراقب أجنبي في الانتخابات المقبلة") in statements(doc)


def test_a_verb_object_that_names_a_person_first_is_still_more_of_the_subject():
    # guard: after a verb, a name in the first words of the object is the subject's, parsed short
    doc = run("وأعلن رئيس الحزب الدكتور سعيد البدوي انسحاب الحزب من الانتخابات.")
    assert [s[1] for s in statements(doc)] == ["سعيد البدوي"]


def test_pledging_with_a_verbal_noun_after_ba_is_a_statement():
    doc = run("وقال رئيس الاتحاد منير الساعدي إن الموسم سيستأنف الشهر المقبل، "
              "متعهدا بصرف الدفعة الأولى من مستحقات الأندية قبل نهاية الشهر الجاري.")
    assert statements(doc) == [
        ("indirect", "منير الساعدي", "الموسم سيستأنف الشهر المقبل"),
        ("indirect", "منير الساعدي", "صرف الدفعة الأولى من مستحقات الأندية قبل نهاية الشهر الجاري"),
    ]


def test_pledging_with_a_pronoun_object_opens_no_statement():
    # guard: "متعهدا بحمايته" has no verbal noun of its own words, and stays in the clause before it
    doc = run("وقال رئيس الاتحاد منير الساعدي إن الدوري سيستأنف الشهر المقبل، متعهدا بحمايته من أي تدخل.")
    assert statements(doc) == [("indirect", "منير الساعدي", "الدوري سيستأنف الشهر المقبل، متعهدا بحمايته من أي تدخل")]


def test_a_framing_aside_before_an_announced_verbal_noun():
    doc = run("وقال وزير الشباب كمال العتيبي إن الموسم كان صعبا. وأعلن في السياق ذاته توقيع عقد جديد مع شركة "
              "البث لمدة 5 سنوات.")
    assert statements(doc)[1] == ("indirect", "كمال العتيبي", "توقيع عقد جديد مع شركة البث لمدة 5 سنوات")


def test_a_postponement_announced_with_the_subject_dropped():
    doc = run("وقالت وزيرة التربية سلمى الحداد إن المدارس المتضررة ستغلق. وأعلنت تأجيل الامتحانات أسبوعين في المحافظات الشمالية.")
    assert statements(doc)[1] == ("indirect", "سلمى الحداد", "تأجيل الامتحانات أسبوعين في المحافظات الشمالية")


def test_described_with_an_object_pronoun_then_a_complementizer():
    doc = run("وقال وزير النفط ضياء الربيعي إن الإنتاج ارتفع. ورفض الوزير التقارير التي تحدثت عن عمليات تهريب، "
              "ووصفها بأنها مبالغ فيها ولا تستند إلى أي دليل.")
    assert statements(doc)[1] == ("indirect", "ضياء الربيعي", "مبالغ فيها ولا تستند إلى أي دليل")


def test_described_inside_a_relative_clause_opens_no_statement():
    # guard: no و glued, "الذي وصفه بأنه …" is part of the clause before it
    doc = run("وقال رئيس الحزب سامي العلي إن الدستور الجديد الذي وصفه بأنه فرض بالإكراه لن يمر.")
    assert statements(doc) == [("indirect", "سامي العلي", "الدستور الجديد الذي وصفه بأنه فرض بالإكراه لن يمر")]


def test_described_with_an_object_pronoun_goes_on_with_the_subject_of_its_sentence():
    # the sentence's first verb "وانتقدت" named her; the speaker before her is not the one describing
    doc = run("وقال رئيس الحزب سامي العلي إن الاتفاق سيء. وانتقدت النائبة سعاد الحلو الصمت على التحريض "
              "ووصفته بأنه «جريمة مكتملة الأركان».")
    assert statements(doc)[1] == ("direct", "سعاد الحلو", "جريمة مكتملة الأركان")


@pytest.mark.parametrize("second,content", [
    ("كما أعلن إلزام البنوك بتوفير النقد الأجنبي لمستوردي السلع الأساسية والأدوية.",
     "إلزام البنوك بتوفير النقد الأجنبي لمستوردي السلع الأساسية والأدوية"),
    ("كما أعلن منح ترخيصين لبنكين رقميين يبدآن نشاطهما مطلع العام المقبل.",
     "منح ترخيصين لبنكين رقميين يبدآن نشاطهما مطلع العام المقبل"),
])
def test_what_was_granted_or_made_binding_by_the_speaker_before(second, content):
    doc = run("وقال محافظ البنك المركزي هشام الجيلاني إن التضخم بلغ ذروته. " + second)
    assert statements(doc)[1] == ("indirect", "هشام الجيلاني", content)
