"""A figure an official set ("وحدد الوزير كلفة الحج بـ4950 ديناراً"), with what it was set for no name
after a title ("سقف سعر المتر"); a date a court set is no statement; on invented sentences."""
from __future__ import annotations

from pipeline_helpers import run, statements

OPENING = "قال وزير الأوقاف سالم الحربي إن الاستعدادات للموسم اكتملت. "


def test_a_figure_set_after_the_subject():
    doc = run(OPENING + "وحدد الحربي كلفة الحج بـ4950 ديناراً للحاج هذا العام.")
    assert statements(doc)[1:] == [("indirect", "سالم الحربي", "كلفة الحج بـ4950 ديناراً للحاج هذا العام")]


def test_what_the_figure_is_set_for_is_no_name_after_the_title():
    doc = run(OPENING + "وحدد الوزير سقف سعر الخيمة بـ350 ديناراً في المخيمات.")
    assert statements(doc)[1:] == [("indirect", "سالم الحربي", "سقف سعر الخيمة بـ350 ديناراً في المخيمات")]


def test_an_approximate_figure_set():
    doc = run(OPENING + "وحدد الحربي كلفة النقل بنحو خمسمئة دينار للحاج.")
    assert statements(doc)[1:] == [("indirect", "سالم الحربي", "كلفة النقل بنحو خمسمئة دينار للحاج")]


def test_a_date_a_court_set_is_no_statement():
    # (a guard: its ب carries no figure)
    doc = run("وحددت المحكمة جلسة 9 مارس المقبل للنطق بالحكم على باقي المتهمين.")
    assert statements(doc) == []


def test_an_object_verb_inside_what_was_said_names_no_later_speaker():
    # "وأضاف أن المدير العام عزا …": part of what the minister said; "وتابع" goes on with him
    doc = run("قال وزير الزراعة نزار القاسمي إن الموسم جيد. "
              "وأضاف أن المدير العام عزا التأخير إلى الأمطار الغزيرة. "
              "وتابع أن المزارع بات يتقاضى ثمن محصوله خلال عشرة أيام.")
    assert [speaker for _, speaker, _ in statements(doc)] == ["نزار القاسمي"] * 3


def test_defendants_counted_in_words_are_no_participle():
    # "أحد عشر متهماً": the defendants counted, not "accusing" (a cue that would end the statement)
    doc = run("قال مدير الشرطة ماجد خوالدة إن العملية نجحت. "
              "وأعلن خوالدة توقيف أحد عشر متهماً، من بينهم ثلاثة أجانب وموظف يعمل في الميناء.")
    assert statements(doc)[1:] == [
        ("indirect", "ماجد خوالدة", "توقيف أحد عشر متهماً، من بينهم ثلاثة أجانب وموظف يعمل في الميناء")]
