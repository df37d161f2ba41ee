"""What was said after an aside, for a pointing verb ("وأشار فلان، خلال جولة …، إلى إجلاء …") as for a
verb whose object is what was said ("وعزا فلان، خلال …، هذا النمو إلى …"); arrivals and returns as verbal nouns ("أعلنت دخول …", "توقع عودة الحركة …"); on invented sentences."""
from __future__ import annotations

from pipeline_helpers import run, statements

OPENING = "قال رئيس البلدية سمير النجار إن الوضع ما زال صعبا. "


def test_a_pointing_verb_after_an_aside():
    doc = run(OPENING + "وأشار النجار، خلال جولة تفقدية رافق فيها المحافظ، إلى إجلاء 340 أسرة إلى المدارس.")
    assert statements(doc)[1:] == [("indirect", "سمير النجار", "إجلاء 340 أسرة إلى المدارس")]


def test_an_object_verb_after_an_aside():
    # (a guard: read before the pointing verbs took their إلى after an aside, and still)
    doc = run(OPENING + "وعزا النجار، خلال افتتاح مركز الإيواء الجديد، هذا الضغط إلى تأخر وصول المساعدات.")
    assert statements(doc)[1:] == [("indirect", "سمير النجار", "هذا الضغط إلى تأخر وصول المساعدات")]


def test_an_arrival_announced():
    doc = run(OPENING + "كما أعلن دخول 3 آلاف خيمة جديدة الخدمة هذا الأسبوع.")
    assert statements(doc)[1:] == [("indirect", "سمير النجار", "دخول 3 آلاف خيمة جديدة الخدمة هذا الأسبوع")]


def test_a_return_expected():
    doc = run(OPENING + "وتوقع عودة الحركة إلى طبيعتها في غضون 48 ساعة إذا توقفت الأمطار.")
    assert statements(doc)[1:] == [
        ("indirect", "سمير النجار", "عودة الحركة إلى طبيعتها في غضون 48 ساعة إذا توقفت الأمطار")]


def test_the_family_name_that_is_a_return():
    # (a guard: "عودة" before no ال- word is the surname, "سامي عودة")
    doc = run("قال وزير التموين سامي عودة إن السولار متوفر في المحطات. "
              "وأكد عودة على ضرورة عقد اجتماع دوري مع التجار.")
    assert statements(doc)[1:] == [("indirect", "سامي عودة", "ضرورة عقد اجتماع دوري مع التجار")]


def test_a_listed_verbal_noun_that_is_also_a_given_name():
    # "اعتماد" is also a woman's name; after the subject's name it is what he announced
    doc = run(OPENING + "وأعلن النجار اعتماد خطة إيواء جديدة ابتداء من مساء الأربعاء، على أن تنشر تفاصيلها لاحقا.")
    assert statements(doc)[1:] == [
        ("indirect", "سمير النجار", "اعتماد خطة إيواء جديدة ابتداء من مساء الأربعاء، على أن تنشر تفاصيلها لاحقا")]


def test_a_return_judged_likely():
    doc = run(OPENING + "ورجح عودة التيار الكهربائي إلى الأحياء المتضررة خلال يومين.")
    assert statements(doc)[1:] == [("indirect", "سمير النجار", "عودة التيار الكهربائي إلى الأحياء المتضررة خلال يومين")]


def test_a_threat_as_a_clause():
    doc = run(OPENING + "ولوح النجار بأنه في حال تأخر المساعدات، سيطلب إعلان البلدة منطقة منكوبة.")
    assert statements(doc)[1:] == [
        ("indirect", "سمير النجار", "في حال تأخر المساعدات، سيطلب إعلان البلدة منطقة منكوبة")]
