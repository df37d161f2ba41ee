"""Reported speech ends before a tail that tells where it was said ("…، وذلك في مؤتمر صحفي عقده
اليوم", "…، جاء ذلك خلال كلمته في …"); on invented sentences."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements

OPENING = "عقدت هيئة الانتخابات مؤتمرا صحفيا اليوم بالعاصمة. "


@pytest.mark.parametrize("tail", [
    "، وذلك في مؤتمر صحفي عقده اليوم الثلاثاء في مقر الهيئة بالعاصمة",
    "، وذلك خلال كلمته في افتتاح الدورة التدريبية للمراقبين",
    "، جاء ذلك خلال لقائه بممثلي الأحزاب السياسية",
])
def test_where_it_was_said_is_no_part_of_it(tail):
    doc = run(OPENING + f"وأعلن رئيس الهيئة رامز الشريف أن عدد الناخبين المسجلين بلغ 6.84 مليون ناخب{tail}.")
    assert statements(doc) == [("indirect", "رامز الشريف", "عدد الناخبين المسجلين بلغ 6.84 مليون ناخب")]


def test_a_purpose_after_wa_dhalika_stays():
    # (a guard: "وذلك في إطار …" gives the reason, which is part of what was said)
    doc = run(OPENING + "وقال رئيس الهيئة رامز الشريف إن التسجيل سيمدد أسبوعا، وذلك في إطار تشجيع الشباب على المشاركة.")
    assert statements(doc) == [("indirect", "رامز الشريف",
                                "التسجيل سيمدد أسبوعا، وذلك في إطار تشجيع الشباب على المشاركة")]
