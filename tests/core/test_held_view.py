"""Who holds a view, on invented sentences: رأى (held that) is a cue when a clause follows and it
stands where a clause opens (``cues.CLAUSE_VERBS``, ``cues.NOUN_LIKE_CLAUSE_VERBS``), never the noun
رأي (opinion); a complementizer after "كما" is no verb's clause (``cues.NOT_CLAUSE_OPENERS``); and
"أحدهم", "بعضهم" (one of them, some of them) are somebody, not the speaker quoted before
(``words.INDEFINITE_SUBJECTS``)."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements

HELD_VIEWS = [
    ("ورأى وزير الاقتصاد كريم السعدي أن الإصلاحات الضريبية ضرورية لتقليص العجز.",
     [("indirect", "كريم السعدي", "الإصلاحات الضريبية ضرورية لتقليص العجز")]),
    ("ورأى رئيس الوزراء في كلمته أمام البرلمان أن الحكومة ماضية في خطتها.",
     [("indirect", "رئيس الوزراء", "الحكومة ماضية في خطتها")]),
    ("كما رأى المحلل السياسي هاني الزين أن الانتخابات المقبلة ستكون حاسمة.",
     [("indirect", "هاني الزين", "الانتخابات المقبلة ستكون حاسمة")]),
    ("وتباينت المواقف، إذ رأى المحلل السياسي هاني الزين أن الانتخابات المقبلة ستكون حاسمة.",
     [("indirect", "هاني الزين", "الانتخابات المقبلة ستكون حاسمة")]),
]


@pytest.mark.parametrize("text,expected", HELD_VIEWS)
def test_raa_with_a_clause_is_a_cue(text, expected):
    assert statements(run(text)) == expected


def test_al_awwal_after_raa_is_the_first_of_the_two_just_named():
    doc = run("استقبل وزير الخارجية سامي الحداد نظيره الأردني خالد العمري. "
              "ورأى الأول أن العلاقات بين البلدين تمر بمرحلة مهمة.")
    assert statements(doc) == [("indirect", "سامي الحداد", "العلاقات بين البلدين تمر بمرحلة مهمة")]


NOT_HELD_VIEWS = [
    # the noun رأي, written with ى as many Egyptian sites do, inside a clause
    "ولا يجوز إعلان حالة الطوارئ إلا بعد أخذ رأى الحكومة من عدمه كما أنه يشترط أن يعرض القانون على المجلس.",
    # the noun after a verb, then a complementizer that belongs to another clause
    "وتوجهت هيئة المحكمة لتسلم رأي المفتي في القضية على أن تعلنه في جلسة السبت.",
    # no clause follows
    "وطالب النواب بمعرفة رأى الحكومة في المشروع الجديد.",
]


@pytest.mark.parametrize("text", NOT_HELD_VIEWS)
def test_the_noun_opinion_is_no_cue(text):
    assert statements(run(text)) == []


def test_a_complementizer_after_kama_is_no_clause_of_the_verb():
    # "ورأى الحكومة" opens where a clause may (the noun, "and the government's opinion"); "كما أنه"
    # (besides, it …) is an adverbial of its own, not the clause of a verb
    doc = run("ويشترط الدستور موافقة البرلمان، ورأى الحكومة من عدمه كما أنه يشترط عرض القانون على المجلس.")
    assert statements(doc) == []


INDEFINITE_SUBJECTS = [
    "وقال وزير النقل سامي الحداد إن الطريق سيفتح غدا. وقال بعضهم إن الطريق سيبقى مغلقا أسبوعا.",
    "وقال وزير النقل سامي الحداد إن الطريق سيفتح غدا. ورأى أحدهم أن «الطريق سيبقى مغلقا أسبوعا».",
]


@pytest.mark.parametrize("text", INDEFINITE_SUBJECTS)
def test_one_of_them_is_not_the_speaker_before(text):
    said = statements(run(text))
    assert said[0] == ("indirect", "سامي الحداد", "الطريق سيفتح غدا")
    assert [s[1] for s in said[1:]] == [None]
