"""A feeling or stance expressed ("وأبدى المدرب رضاه عن …") is a statement when its object is one
(``cues.OBJECT_CLAUSE_VERBS``), and "the truth of" before denied hearsay ("نفى صحة ما يتداول …")
keeps the denial a statement, on invented sentences."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements


@pytest.mark.parametrize("text,speaker,content", [
    ("وأبدى مدرب الاتحاد مراد الزياني رضاه عن حصيلة الدور الأول بنسبة سبعين في المئة.", "مراد الزياني",
     "رضاه عن حصيلة الدور الأول بنسبة سبعين في المئة"),
    ("وأبدت وزارة الخارجية استعدادها للحوار مع جميع الأطراف دون شروط مسبقة.", "وزارة الخارجية",
     "استعدادها للحوار مع جميع الأطراف دون شروط مسبقة"),
    ("وأبدى الوزير سامي العبيدي تحفظه على مشروع قانون الإيجارات الجديد.", "سامي العبيدي",
     "تحفظه على مشروع قانون الإيجارات الجديد"),
])
def test_a_feeling_expressed_is_a_statement(text, speaker, content):
    assert statements(run(text)) == [("indirect", speaker, content)]


def test_a_feeling_expressed_after_the_sentences_subject():
    doc = run("وقال الوزير سامي العبيدي إن الحوار مستمر، مبديا استياءه من تأخر رد النقابات.")
    assert statements(doc)[1] == ("indirect", "سامي العبيدي", "استياءه من تأخر رد النقابات")


def test_something_shown_is_no_statement():
    # (a guard: "أبدى اللاعب مستوى رائعا" is what he showed on the pitch)
    assert statements(run("وأبدى اللاعب يوسف بلعيد مستوى رائعا في المباراة أمام الشلف.")) == []


def test_denying_the_truth_of_hearsay():
    doc = run("ونفى وزير الصحة عصام الخطيب صحة ما يتداول على منصات التواصل الاجتماعي بشأن أضرار المطعوم.")
    assert statements(doc) == [
        ("indirect", "عصام الخطيب", "صحة ما يتداول على منصات التواصل الاجتماعي بشأن أضرار المطعوم")]


def test_denying_the_truth_of_reports_with_no_topic_says_nothing_of_them():
    # (a guard: what the reports said is not given, so only the participle's clause is a statement)
    doc = run("ونفى المتحدث باسم الحكومة سالم الكندي صحة الأنباء المتداولة، مؤكدا أن الحكومة مستمرة في عملها.")
    assert statements(doc) == [("indirect", "سالم الكندي", "الحكومة مستمرة في عملها")]
