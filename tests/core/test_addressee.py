"""The one a call or demand is addressed to, between the speaker and the verb's preposition
(``cues.ADDRESSEE_VERBS``): "ودعت المنظمة السلطات التونسية إلى …", "وطالبت النقابة الحكومة بصرف …".
The addressee is neither part of the speaker's name nor what was said. Invented sentences."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements, mention_texts

ADDRESSED = [
    ("ودعت المنظمة السلطات التونسية إلى الإفراج عن الصحفيين المعتقلين فورا.",
     [("indirect", "المنظمة", "الإفراج عن الصحفيين المعتقلين فورا")]),
    ("ودعت منظمة العفو الدولية السلطات المحلية إلى فتح تحقيق مستقل في الحادث.",
     [("indirect", "منظمة العفو الدولية", "فتح تحقيق مستقل في الحادث")]),
    ("وطالبت النقابة الحكومة بصرف مستحقات العمال المتأخرة منذ أشهر.",
     [("indirect", "النقابة", "صرف مستحقات العمال المتأخرة منذ أشهر")]),
    ("وحث وزير الخارجية سامي الخطيب المجتمع الدولي على التحرك العاجل لوقف القتال.",
     [("indirect", "سامي الخطيب", "التحرك العاجل لوقف القتال")]),
    ("ودعا الرئيس المواطنين إلى الهدوء وضبط النفس في الأيام المقبلة.",
     [("indirect", "الرئيس", "الهدوء وضبط النفس في الأيام المقبلة")]),
    ("وقال وزير الصحة سامي الجابري إن الوضع تحت السيطرة، داعيا الأهالي إلى الالتزام بالإرشادات الصحية.",
     [("indirect", "سامي الجابري", "الوضع تحت السيطرة"),
      ("indirect", "سامي الجابري", "الالتزام بالإرشادات الصحية")]),
    ('ودعت المنظمة السلطات التونسية إلى "إجراء تحقيقات كاملة وشفافة" و"توفير بيئة آمنة للصحفيين".',
     [("indirect", "المنظمة", '"إجراء تحقيقات كاملة وشفافة" و"توفير بيئة آمنة للصحفيين"')]),
]


@pytest.mark.parametrize("text,expected", ADDRESSED)
def test_the_one_addressed_is_skipped_between_speaker_and_content(text, expected):
    assert statements(run(text)) == expected


def test_after_an_unread_subject_nothing_is_taken_for_the_one_addressed():
    # "المعارضة" is the subject here (no mention reads it): the call is not the minister's
    doc = run("وقال وزير الداخلية سليم الراشد إن الانتخابات ستجري في موعدها. ودعت المعارضة إلى مقاطعة الانتخابات.")
    assert statements(doc) == [("indirect", "سليم الراشد", "الانتخابات ستجري في موعدها")]


def test_a_word_with_the_verbs_ba_after_it_is_no_speaker():
    doc = run("واحتج الضباط أمام القسم. وطالبوا بتغيير وزير الداخلية بسبب قيامه بالزج بهم في الخلافات السياسية.")
    assert mention_texts(doc, "person") == []


def test_adjectives_after_a_definite_organization_head_stay_in_its_name():
    doc = run("وأعلنت الهيئة العليا المستقلة للانتخابات أن التسجيل سيبدأ غدا في كل الولايات.")
    assert statements(doc) == [("indirect", "الهيئة العليا المستقلة للانتخابات", "التسجيل سيبدأ غدا في كل الولايات")]


UNNAMED = [
    # the verb's preposition right after it: no subject between, the speaker is the one the text is about
    ("قال وزير الخارجية سامي الخطيب إن المحادثات كانت صريحة. وأعرب عن أمله في عقد الجولة الرابعة خلال الشهر المقبل.",
     [("indirect", "سامي الخطيب", "المحادثات كانت صريحة"),
      ("indirect", "سامي الخطيب", "أمله في عقد الجولة الرابعة خلال الشهر المقبل")]),
    ("أكد المبعوث الأممي ماركوس ليندغرين أن الطرفين وافقا على الهدنة. كما كشف عن الاتفاق على تشكيل لجنة مشتركة للبحث عن المفقودين.",
     [("indirect", "ماركوس ليندغرين", "الطرفين وافقا على الهدنة"),
      ("indirect", "ماركوس ليندغرين", "الاتفاق على تشكيل لجنة مشتركة للبحث عن المفقودين")]),
    ("وقال الناطق باسم الوزارة مازن الحلبي إن الوزارة عقدت اجتماعين فنيين، وطالبت بإطلاقات منصفة تضمن حصة البلاد المائية.",
     [("indirect", "مازن الحلبي", "الوزارة عقدت اجتماعين فنيين"),
      ("indirect", "مازن الحلبي", "إطلاقات منصفة تضمن حصة البلاد المائية")]),
]


@pytest.mark.parametrize("text,expected", UNNAMED)
def test_a_verb_with_its_preposition_right_after_it_goes_on_with_the_speaker(text, expected):
    assert statements(run(text)) == expected


def test_a_plural_verb_with_no_subject_is_not_the_speakers():
    # "وطالبوا بـ …": the protesters, not the minister named before
    doc = run("وقال وزير الداخلية سليم الراشد إن الشرطة ستحمي المتظاهرين. وطالبوا بإقالة مدير الأمن في المحافظة فورا.")
    assert statements(doc) == [("indirect", "سليم الراشد", "الشرطة ستحمي المتظاهرين")]


def test_the_political_forces_called_on_after_the_speakers_statement():
    # (before: "القوى السياسية" was read as the subject, and the call was nobody's)
    doc = run("وقال رئيس المفوضية عمر المولى إن الانتخابات جرت في أجواء آمنة، "
              "ودعا القوى السياسية إلى احترام إرادة الناخبين واللجوء إلى الطعون القانونية.")
    assert statements(doc)[1] == ("indirect", "عمر المولى", "احترام إرادة الناخبين واللجوء إلى الطعون القانونية")


def test_the_forces_call_with_a_feminine_verb():
    # (a guard: "ودعت القوى السياسية إلى …" is the forces' call, not a call on them by the one before)
    doc = run("وقال رئيس المفوضية عمر المولى إن الانتخابات جرت في أجواء آمنة.\n\n"
              "ودعت القوى السياسية إلى الإضراب العام يوم الأحد المقبل.")
    assert [s[1] for s in statements(doc)] == ["عمر المولى"]
