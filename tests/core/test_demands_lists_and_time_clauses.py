"""A bare "طالب" opening a sentence before an office; a threat after "ملوحا"; a ب-object after an
aside the subject's comma opens; a clause of time ("بعد أن …") before what was said; and a list of
quotations after "ومن أبرز ما جاء في كلمته:"; on invented sentences."""
from __future__ import annotations

from pipeline_helpers import run, statements

OPENING = "قال رئيس حزب الوسط سامي العلي إن التجمع نجح في إيصال رسالته. "


def test_a_bare_demand_verb_opening_a_sentence_before_an_office():
    doc = run("طالب رئيس حزب الوسط، سامي العلي، بإجراء انتخابات برلمانية مبكرة قبل نهاية العام.")
    assert statements(doc) == [("indirect", "سامي العلي", "إجراء انتخابات برلمانية مبكرة قبل نهاية العام")]


def test_the_student_opening_a_sentence():
    # (a guard: "طالب جامعي" is a student; no office follows)
    doc = run("طالب جامعي يطالب بإعادة الامتحان بعد انقطاع الكهرباء عن القاعة.")
    assert statements(doc) == []


def test_a_threat_after_the_demand():
    doc = run(OPENING + "وطالب العلي بإجراء انتخابات مبكرة، ملوحاً باعتصام مفتوح أمام البرلمان إذا لم تستجب الحكومة خلال شهر.")
    assert statements(doc)[1:] == [
        ("indirect", "سامي العلي", "إجراء انتخابات مبكرة"),
        ("indirect", "سامي العلي", "اعتصام مفتوح أمام البرلمان إذا لم تستجب الحكومة خلال شهر"),
    ]


def test_a_demand_after_an_aside_set_off_by_commas():
    doc = run(OPENING + "وكان العلي قد طالب، في مؤتمر صحفي عقده الشهر الماضي، بإجراء الانتخابات قبل نهاية يونيو.")
    assert statements(doc)[1:] == [("indirect", "سامي العلي", "إجراء الانتخابات قبل نهاية يونيو")]


def test_what_was_said_after_a_clause_of_time():
    doc = run(OPENING + "وقال العلي بعد أن التقى رئيس الوزراء إن المحادثات كانت صريحة ومثمرة.")
    assert statements(doc)[1:] == [("indirect", "سامي العلي", "المحادثات كانت صريحة ومثمرة")]


def test_a_clause_verb_after_a_clause_of_time():
    doc = run(OPENING + "ورأى العلي بعد أن التقى رئيس الوزراء أن المحادثات كانت صريحة ومثمرة.")
    assert statements(doc)[1:] == [("indirect", "سامي العلي", "المحادثات كانت صريحة ومثمرة")]


def test_the_clause_of_time_takes_its_own_ba_clause():
    doc = run(OPENING + "وقال العلي بعد أن شعر بأن الحاضرين ملوا الانتظار: «لن نتراجع عن مطالبنا مهما طال الوقت».")
    assert statements(doc)[1:] == [("direct", "سامي العلي", "لن نتراجع عن مطالبنا مهما طال الوقت")]


def test_a_list_of_quotations_after_what_his_speech_held():
    doc = run(OPENING + "ومن أبرز ما جاء في كلمته: «لن نشارك في أي حوار وطني بلا موعد للانتخابات»، "
              "و«معركتنا سلمية وصندوق الاقتراع سلاحنا الوحيد»، و«قانون الانتخابات فُصّل على مقاس الحزب الحاكم».")
    assert statements(doc)[1:] == [
        ("direct", "سامي العلي", "لن نشارك في أي حوار وطني بلا موعد للانتخابات"),
        ("direct", "سامي العلي", "معركتنا سلمية وصندوق الاقتراع سلاحنا الوحيد"),
        ("direct", "سامي العلي", "قانون الانتخابات فُصّل على مقاس الحزب الحاكم"),
    ]


def test_what_her_speech_held_as_reported_speech():
    doc = run("قالت وزيرة التخطيط منى الراشد إن الخطة جاهزة. "
              "وجاء في خطابها أن الحكومة ستطلق برنامجا لدعم الصناعات الصغيرة.")
    assert statements(doc)[1:] == [("indirect", "منى الراشد", "الحكومة ستطلق برنامجا لدعم الصناعات الصغيرة")]


def test_earlier_that_is_no_clause_of_time():
    # (a guard: "من قبل أن" after a passive is "earlier, that"; what was announced follows)
    doc = run("وكان قد أُعلن من قبل أن الرئيس أصيب بوعكة صحية حادة.")
    assert statements(doc) == [("indirect", None, "الرئيس أصيب بوعكة صحية حادة")]
