"""A threat ("هددت النقابة بتنظيم …") and an accusation ("اتهم الوزير المعارضة بعرقلة …") are
statements of their named subject (``cues.CLAUSE_VERBS``, ``NAMED_SUBJECT_VERBS``); one accuses
somebody, so a single name before the ب is the one accused (``cues.ADDRESSEE_REQUIRED_VERBS``), on
invented sentences."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements


@pytest.mark.parametrize("text,expected", [
    ("هددت نقابة الأطباء بتنظيم وقفة احتجاجية أمام مقر الوزارة الأسبوع المقبل.",
     ("indirect", "نقابة الأطباء", "تنظيم وقفة احتجاجية أمام مقر الوزارة الأسبوع المقبل")),
    ("وهدد المدرب فارس الجبالي بالاستقالة إذا استمر الوضع على حاله.",
     ("indirect", "فارس الجبالي", "الاستقالة إذا استمر الوضع على حاله")),
    # the subject, then the one accused, then what of
    ("واتهم وزير الداخلية سامي حداد المعارضة بعرقلة الإصلاحات الأمنية.",
     ("indirect", "سامي حداد", "عرقلة الإصلاحات الأمنية")),
    ("واتهمت النيابة العامة المتهم بتلقي رشاوى من شركات المقاولات.",
     ("indirect", "النيابة العامة", "تلقي رشاوى من شركات المقاولات")),
])
def test_a_threat_or_an_accusation_is_a_statement_of_its_subject(text, expected):
    assert statements(run(text)) == [expected]


def test_a_single_name_before_the_ba_is_the_one_accused():
    doc = run("وقالت النائبة سلوى الشامي إن القانون خطير. واتهمت الحكومة برفض جميع التعديلات التي قدمتها المعارضة.")
    assert statements(doc)[1] == ("indirect", "سلوى الشامي", "رفض جميع التعديلات التي قدمتها المعارضة")


def test_the_one_a_plural_verb_accuses_is_no_speaker():
    # (guard) a verb before its subject is singular: after "اتهموا" the name is the one accused
    doc = run("وقال الأهالي إن أبناءهم قتلوا. واتهموا الوزير سامي حداد بإعطاء أوامر بإطلاق النار.")
    assert all(speaker != "سامي حداد" for _, speaker, _ in statements(doc))


def test_a_flood_threatening_villages_says_nothing():
    # (guard) an unnamed subject: no one spoke
    assert statements(run("وهددت الفيضانات بإغراق عشرات القرى في الجنوب.")) == []
