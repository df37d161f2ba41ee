"""How firmly or formally something was said may stand between the subject and the object that is
the statement ("ونفى الوزير بشدة وجود …", "وأعلن الوزير رسمياً إطلاق …": ``words.SUBJECT_FILLERS``),
and is neither the statement's nor the speaker's word; on invented sentences."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements


@pytest.mark.parametrize("text,speaker,content", [
    ("ونفى الناطق الأمني خالد الزعبي بشدة وجود أي تورط لعناصر أمنية في تسهيل السرقات.", "خالد الزعبي",
     "وجود أي تورط لعناصر أمنية في تسهيل السرقات"),
    ("وأعلن وزير النقل سامي الخوري رسمياً إطلاق المرحلة الثانية من مشروع القطار الخفيف.", "سامي الخوري",
     "إطلاق المرحلة الثانية من مشروع القطار الخفيف"),
])
def test_the_manner_before_the_object_is_no_part_of_it(text, speaker, content):
    assert statements(run(text)) == [("indirect", speaker, content)]


def test_in_some_way_is_no_name_after_a_title():
    # (before: "بشكل رسمي" was read as the minister's name)
    said = statements(run("وأعلن الوزير بشكل رسمي إطلاق المرحلة الثانية من المشروع."))
    assert [(kind, speaker) for kind, speaker, _ in said] == [("indirect", "الوزير")]
    assert said[0][2].endswith("إطلاق المرحلة الثانية من المشروع")


def test_a_strong_denial_in_quotes_keeps_the_speakers_name():
    # (before: the speaker was "سمير صالح بشدة": صالح is also a word, and the name read on)
    doc = run("دافع القيادي في الحزب سمير صالح بشدة اليوم عن وزارة الداخلية وقال \"الشرطة ليست قوات احتلال\".")
    assert [s[1] for s in statements(doc)] == ["سمير صالح"]
