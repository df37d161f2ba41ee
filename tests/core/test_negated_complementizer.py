"""ألا (أن + لا) opens what was said like أن, and stays in it: "وتوقع الوزير ألا تتجاوز …" reports
that it will not exceed (``cues.NEGATED_COMPLEMENTIZER``). Folded it is إلا (except), which opens
nothing; on invented sentences."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements


@pytest.mark.parametrize("text,speaker,content", [
    ("وتوقع وزير المالية سامي الخوري ألا تتجاوز نسبة التضخم خمسة في المئة خلال العام المقبل.", "سامي الخوري",
     "ألا تتجاوز نسبة التضخم خمسة في المئة خلال العام المقبل"),
    ("ورجح المتحدث باسم الوزارة ألا يتم رفع أسعار الوقود قبل حلول الصيف.", "المتحدث باسم الوزارة",
     "ألا يتم رفع أسعار الوقود قبل حلول الصيف"),
    ("وشدد رئيس النقابة سمير الصراف على ألا يمس الاتفاق الجديد رواتب المتقاعدين.", "سمير الصراف",
     "ألا يمس الاتفاق الجديد رواتب المتقاعدين"),
])
def test_the_negation_opens_what_was_said_and_stays_in_it(text, speaker, content):
    assert statements(run(text)) == [("indirect", speaker, content)]


def test_the_negation_is_no_word_of_the_speaker():
    # (before: the speaker "الوزيرة ألا", the statement without its negation)
    doc = run("وتوقعت الوزيرة ألا تتأثر الصادرات الزراعية بقرار الحظر الأخير.")
    assert statements(doc) == [("indirect", "الوزيرة", "ألا تتأثر الصادرات الزراعية بقرار الحظر الأخير")]


def test_written_without_its_hamza_before_a_verb():
    doc = run("وتوقع المفوض السامي كارلو فيريني الا يصل عدد النازحين إلى المليون قبل نهاية العام.")
    assert statements(doc) == [("indirect", "كارلو فيريني", "الا يصل عدد النازحين إلى المليون قبل نهاية العام")]


def test_except_opens_nothing():
    # (a guard: "إلا بعد …" is a condition of the statement, "…، إلا أن …" a new clause whose أن opens it)
    doc = run("وأكد الوزير سامي الخوري عدم منح أي ترخيص جديد إلا بعد موافقة اللجنة الفنية.")
    assert statements(doc) == [("indirect", "سامي الخوري", "عدم منح أي ترخيص جديد إلا بعد موافقة اللجنة الفنية")]
