"""What follows a title when it is no name, on invented sentences: a verbal noun after "أعلن الوزير"
is what was announced ("تشكيل لجنة", "إطلاق ممرين"), not a person, so the statements that follow keep
their speaker; names shaped like verbal nouns (تيسير، إحسان) stay names, and so does the surname
"فتح الباب"; a rank "أركان حرب" is part of the title; "وبحسب X، …" opens no name, so a pronoun cue
after it goes back to X."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements


def _persons(text: str) -> list[str]:
    """The persons named (not known by a role only)."""
    doc = run(text)
    return sorted(e["name"] for e in doc.entities.values() if e["type"] == "person" and not e.get("role_only"))


@pytest.mark.parametrize("text", [
    "وأعلن الوزير تشكيل لجنة جديدة للتحقيق في الحادث.",       # تفعيل
    "وأعلن الوزير إطلاق حملة وطنية للتطعيم.",                  # إفعال
    "وأعلن المتحدث انطلاق المرحلة الثانية من الخطة.",          # انفعال
    "وقرر المحافظ استئناف الدراسة في المدارس يوم الأحد.",      # استفعال
    "وطالب النائب تبادل الأسرى فورا.",                          # تفاعل
    "وقرر الوزير منع تصدير القمح حتى نهاية العام.",           # a plain verbal noun, then a noun
    "وأعلن المبعوث بدء إجلاء الجرحى من المدينة.",               # … then another verbal noun
])
def test_a_verbal_noun_after_a_title_names_nobody(text):
    assert _persons(text) == []


def test_what_the_envoy_announced_leaves_him_the_speaker_of_what_follows():
    doc = run("قال المبعوث الأممي مارتن كيغينز إن الهدنة صامدة. وأعلن المبعوث إطلاق ممرين إنسانيين الأسبوع الماضي،"
              " مشيرا إلى أن المنظمة بحاجة إلى تمويل عاجل.")
    assert statements(doc)[-1] == ("indirect", "مارتن كيغينز", "المنظمة بحاجة إلى تمويل عاجل")


@pytest.mark.parametrize("text,name", [
    ("وقال الوزير تيسير الخطيب إن الخطة جاهزة.", "تيسير الخطيب"),
    ("وقال وزير الخارجية إحسان عبد الله إن المفاوضات مستمرة.", "إحسان عبد الله"),
    ("وقالت الدكتورة اعتماد حسن إن الحملة نجحت.", "اعتماد حسن"),
])
def test_given_names_shaped_like_verbal_nouns_are_names_after_a_title(text, name):
    assert statements(run(text))[0][1] == name


def test_a_surname_that_is_also_a_verbal_noun_is_still_read_alone_after_a_cue():
    # (فتح is left out of the plain verbal nouns for this surname)
    assert statements(run("وأكد فتح الباب خلال اجتماع اللجنة أن الزيارة ناجحة.")) == [
        ("indirect", "فتح الباب", "الزيارة ناجحة")]


@pytest.mark.parametrize("text,name", [
    ("وقال اللواء أركان حرب سامح عبد الجواد، مدير الكلية، إن الكلية لا ترفض أحدا.", "سامح عبد الجواد"),
    ("وأكد العقيد أركان حرب ياسر الشناوي أن القوات تسيطر على الموقف.", "ياسر الشناوي"),
])
def test_a_rank_of_the_general_staff_is_a_title_before_the_name(text, name):
    assert statements(run(text))[0][1] == name


def test_a_given_name_shaped_like_a_verbal_noun_opens_no_name_by_itself():
    assert _persons("وشهدت مراكز الاقتراع إقبال الناخبين منذ الصباح.") == []


def test_according_to_opens_no_name_and_a_pronoun_cue_after_it_goes_back_to_the_source():
    doc = run("قال المبعوث الأممي مارتن كيغينز إن الطرفين اتفقا على التبادل. وبحسب كيغينز، ستتولى اللجنة"
              " الدولية الإشراف على التبادل. وأوضح أنهم لا يسعون إلى صفقة رمزية.")
    assert statements(doc)[1:] == [("indirect", "مارتن كيغينز", "ستتولى اللجنة الدولية الإشراف على التبادل"),
                                   ("indirect", "مارتن كيغينز", "لا يسعون إلى صفقة رمزية")]
    assert _persons(doc.text) == ["مارتن كيغينز"]


@pytest.mark.parametrize("text,expected", [
    # the verb's ب glued to the verbal noun: no name "بتحسين الخدمات" after the bare title
    ("وطالبت الوزيرة بتحسين الخدمات في المستشفيات.", [("indirect", "الوزيرة", "تحسين الخدمات في المستشفيات")]),
    ("وتعهد الوزير بخفض ساعات القطع قبل الصيف.", [("indirect", "الوزير", "خفض ساعات القطع قبل الصيف")]),
])
def test_what_was_asked_or_pledged_after_a_bare_title_is_the_statement(text, expected):
    assert statements(run(text)) == expected


def test_a_time_set_off_by_commas_stands_between_the_holder_and_the_object():
    doc = run("أعلن رئيس الهيئة العامة لتنظيم قطاع الاتصالات، طارق البزري، اليوم الثلاثاء، حزمة قرارات تنظيمية "
              "جديدة تقضي بخفض أسعار باقات الإنترنت المنزلي.")
    assert statements(doc) == [("indirect", "طارق البزري",
                                "حزمة قرارات تنظيمية جديدة تقضي بخفض أسعار باقات الإنترنت المنزلي")]
