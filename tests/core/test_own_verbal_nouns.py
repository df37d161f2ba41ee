"""What one denied or ruled out may be a verbal noun with his own pronoun: "ونفى المدرب تعرضه لأي
ضغوط" (``words.OWN_VERBAL_NOUN_SUFFIXES``, ``words.OWN_VERBAL_NOUN_SHAPES``); on invented sentences."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements


@pytest.mark.parametrize("text,speaker,content", [
    ("ونفى مدرب المنتخب كمال الورداني تعرضه لأي ضغوط من الأندية لفرض أسماء بعينها.", "كمال الورداني",
     "تعرضه لأي ضغوط من الأندية لفرض أسماء بعينها"),
    # (its ة written ت before the pronoun)
    ("ونفت النائبة سلمى الدباغ مشاركتها في الاجتماع الذي عقد في مقر الحزب.", "سلمى الدباغ",
     "مشاركتها في الاجتماع الذي عقد في مقر الحزب"),
    # (a verbal noun in و, whose و is no conjunction)
    ("ونفى الوزير سامي الخوري وجوده في القاعة لحظة التصويت على القانون.", "سامي الخوري",
     "وجوده في القاعة لحظة التصويت على القانون"),
    ("واستبعد المحافظ ماجد الزيدي تراجعه عن قرار إغلاق السوق قبل نهاية العام.", "ماجد الزيدي",
     "تراجعه عن قرار إغلاق السوق قبل نهاية العام"),
])
def test_a_verbal_noun_with_his_pronoun_is_what_he_denied(text, speaker, content):
    assert statements(run(text)) == [("indirect", speaker, content)]


def test_a_noun_with_a_pronoun_is_still_no_denial():
    # (a guard: "نفى تصريحاته" denies what he said before; the noun is no verbal noun)
    assert statements(run("ونفى الوزير سامي الخوري تصريحاته السابقة حول الموازنة.")) == []


def test_the_surname_with_its_bin_alone_later_is_the_same_person():
    doc = run("وقال مدرب المنتخب أحمد بن عمار إن الفريق جاهز للبطولة.\n\n"
              "ونفى بن عمار تعرضه لأي ضغوط من الأندية لفرض أسماء بعينها.")
    assert [s[1] for s in statements(doc)] == ["أحمد بن عمار"] * 2
