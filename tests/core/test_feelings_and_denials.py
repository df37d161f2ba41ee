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


@pytest.mark.parametrize("text,content", [
    ("وأشاد وزير الداخلية سامي حداد بالجهود التي بذلتها فرق الإنقاذ في المحافظة.",
     "الجهود التي بذلتها فرق الإنقاذ في المحافظة"),
    ("وأشاد وزير الداخلية، سامي حداد، بجهود فرق الإنقاذ في المحافظة.", "جهود فرق الإنقاذ في المحافظة"),
])
def test_praise_is_a_statement(text, content):
    assert statements(run(text)) == [("indirect", "سامي حداد", content)]


def test_the_first_of_two_coaches_as_a_topic():
    # "أما الأول فقد أشاد …": the topic is the first of the two coaches named, and "واعترف" goes on with him
    doc = run("دافع مدرب اتحاد الهضاب، الفرنسي لوران باتيستا، عن صحة ركلة الجزاء، مؤكدا أن المدافع جذب قميص المهاجم.\n"
              "من جهته، اعتبر مدرب نصر الشلف رشيد بوعلام أن ركلة الجزاء مشكوك فيها.\n"
              "أما الأول فقد أشاد بروح لاعبيه بعد هدف التعادل، واعترف بأن فريقه افتقد للفعالية في الشوط الأول.")
    assert statements(doc)[-2:] == [
        ("indirect", "لوران باتيستا", "روح لاعبيه بعد هدف التعادل"),
        ("indirect", "لوران باتيستا", "فريقه افتقد للفعالية في الشوط الأول")]


def test_a_nationality_before_the_name_in_apposition():
    doc = run("دافع مدرب اتحاد الهضاب، الفرنسي لوران باتيستا، عن قراره، مؤكدا أن الفريق قدم مباراة كبيرة.")
    assert statements(doc)[-1] == ("indirect", "لوران باتيستا", "الفريق قدم مباراة كبيرة")
    speaker = next(e for e in doc.entities.values() if e["name"] == "لوران باتيستا")
    assert speaker["roles"] == ["مدرب اتحاد الهضاب"]
