"""Linking reads figures by their value and gives names little weight (invented sentences): a report
that writes "3.4 مليون" for "ثلاثة ملايين وأربعمائة ألف" links to the original; two different
statements that share only a person's name and title do not; and two answers merged into one
paragraph still link to the answer they share a whole passage with."""
from __future__ import annotations

import pytest
from link_support import cluster_with, ingest_articles

from qawl.doc import Document
from qawl.link.prepare import prepare_document
from qawl.link.stem import stem
from qawl.pipeline import analyze


def _statement_stems(text: str) -> list[tuple[str, str]]:
    """(stem, '1' or '0': informative) of the first statement of ``text``, analysed in full."""
    doc = analyze(Document(id="d", text=text))
    prep = prepare_document(doc)
    first = prep.statements["d:0"]
    return list(zip(first.stems.split(" "), first.info))


# (words, digits): the same figure written two ways, in one sentence frame each.
FIGURES = [
    ("وقال رئيس الهيئة إن الهيئة استلمت حتى الآن نحو ثلاثة ملايين وأربعمائة ألف طن من القمح المحلي",
     "وقال رئيس الهيئة إن الهيئة استلمت حتى الآن نحو 3.4 مليون طن من القمح المحلي"),
    ("وأضاف المدير أن نسبة التشغيل ستتجاوز سبعين في المئة بعد انتهاء التدريب",
     "وأضاف المدير أن نسبة التشغيل ستتجاوز 70% بعد انتهاء التدريب"),
    ("وأوضح المحافظ أن ألفاً وثلاثمائة عائلة تضررت من السيول حتى الآن",
     "وأوضح المحافظ أن 1300 عائلة تضررت من السيول حتى الآن"),
    ("وقال الوزير إن الوزارة رصدت مليون ونصف المليون دينار للمرحلة الأولى من البرنامج",
     "وقال الوزير إن الوزارة رصدت 1.5 مليون دينار للمرحلة الأولى من البرنامج"),
    ("وأكد الوزير أن العجز سينخفض إلى 6.2% من الناتج المحلي في العام المقبل",
     "وأكد الوزير أن العجز سينخفض إلى 6.2 بالمئة من الناتج المحلي في العام المقبل"),
    # a fraction of a scale (it read as the whole scale, 1,000,000)
    ("وقال المحافظ إن المدينة تستضيف نحو ربع مليون نازح من القرى الحدودية",
     "وقال المحافظ إن المدينة تستضيف نحو 250 ألف نازح من القرى الحدودية"),
    # a day of the month in ordinal words (its stems were "حاد" and "20")
    ("وقال رئيس الهيئة إن الإعفاء يسري حتى الحادي والعشرين من الشهر الجاري على جميع الحاويات",
     "وقال رئيس الهيئة إن الإعفاء يسري حتى 21 من الشهر الجاري على جميع الحاويات"),
]


@pytest.mark.parametrize("words,digits", FIGURES)
def test_a_figure_in_words_and_in_digits_reads_as_the_same_stems(words, digits):
    assert [s for s, _ in _statement_stems(words)] == [s for s, _ in _statement_stems(digits)]


def test_a_decimal_with_a_glued_conjunction_is_one_figure():
    # "و6.2": the conjunction glued to the digits is no part of the figure, and the statement goes on
    # past the decimal point (it stopped at "و6").
    stems = [s for s, _ in _statement_stems("وقال الوزير إن التضخم بلغ 7% و6.2 بالمئة في الربع الثالث")]
    assert stems[-5:] == ["7", "6.2", stem("في"), stem("الربع"), stem("الثالث")]


def test_digits_lose_a_glued_proclitic():
    # (a proclitic was only stripped when at least two characters were left: "و6" stayed "و6")
    assert [stem(w) for w in ("و6", "ب5", "وال10", "15")] == ["6", "5", "10", "15"]


def test_name_and_title_inside_a_statement_are_not_informative():
    flags = dict(_statement_stems("وقال المتحدث باسم الحكومة إن الوزير خالد المنصوري سيزور باريس الأسبوع المقبل"))
    assert flags[stem("خالد")] == flags[stem("المنصوري")] == flags[stem("الوزير")] == "0"
    assert flags[stem("باريس")] == flags[stem("سيزور")] == "1"



def test_a_report_with_figures_in_digits_links_to_the_answer_in_words(tmp_path):
    answer = ("أجرت صحيفة الريف حوارا مع رئيس هيئة السلع المهندس سامي الدباغ تناول موسم التوريد.\n"
              "1- ما حصيلة موسم التوريد حتى الآن؟\n"
              "استلمنا حتى الآن نحو ثلاثة ملايين وأربعمائة ألف طن من القمح المحلي، وصرفنا مستحقات الفلاحين"
              " خلال ثمان وأربعين ساعة من التوريد.\n"
              "2- هل يكفي المخزون حتى نهاية العام؟\n"
              "المخزون الحالي يكفي حتى شهر ديسمبر، ولدينا عقود استيراد جديدة تصل تباعا خلال الشهرين المقبلين.")
    report = ("كشف رئيس هيئة السلع سامي الدباغ أن الهيئة استلمت حتى الآن نحو 3.4 مليون طن من القمح المحلي،"
              " وصرفت مستحقات الفلاحين خلال 48 ساعة من التوريد.")
    conn = ingest_articles(tmp_path, [("q", "صحيفة الريف", "2026-06-01", answer), ("r", "وكالة السهل", "2026-06-02", report)])
    assert cluster_with(conn, "r", "3.4 مليون") == cluster_with(conn, "q", "ثلاثة ملايين")


def test_two_statements_sharing_a_name_and_title_stay_apart(tmp_path):
    # Same speaker, same minister named with his title, same time phrase: different statements.
    a = "وقال المتحدث باسم الحكومة إن الوزير خالد المنصوري سيستقبل السفير الفرنسي الشهر المقبل."
    b = "وقال المتحدث باسم الحكومة إن الوزير خالد المنصوري سيزور باريس الشهر المقبل."
    conn = ingest_articles(tmp_path, [("a", "وكالة الشرق", "2026-06-01", a), ("b", "صحيفة الغد", "2026-06-02", b)])
    assert cluster_with(conn, "a", "السفير") != cluster_with(conn, "b", "باريس")


def test_two_merged_answers_link_by_the_passage_they_share(tmp_path):
    # The report merges the first sentence of one answer with a sentence the interview does not
    # have: neither statement is mostly the other, but they share a whole passage.
    answer = ("أجرى موقع النهار حوارا مع وزير المالية الدكتور رامي الحداد تناول الموازنة والإيرادات.\n"
              "1- كيف تطورت الإيرادات هذا العام؟\n"
              "الإيرادات الضريبية ارتفعت بنسبة 38% خلال الأشهر الأربعة الأولى من العام المالي الجاري دون أن"
              " نفرض أي ضرائب جديدة على المواطنين، وهذا نتاج توسيع القاعدة الضريبية وتحصيل المتأخرات"
              " ومكافحة التهرب في المنافذ الحدودية.\n"
              "2- وماذا عن الدين العام؟\n"
              "نعمل على خفض الدين العام تدريجيا مع الالتزام بسقف الاقتراض الذي أقره البرلمان.")
    report = ("وقال وزير المالية رامي الحداد إن الإيرادات الضريبية ارتفعت 38 بالمئة خلال الأشهر الأربعة الأولى"
              " من العام المالي الجاري دون فرض ضرائب جديدة على المواطنين، وإن الحكومة تعمل على خفض نسبة"
              " الدين العام إلى ما دون 80 بالمئة من الناتج المحلي بحلول منتصف 2027 مع الالتزام بسقف الاقتراض.")
    conn = ingest_articles(tmp_path, [("q", "موقع النهار", "2026-06-01", answer), ("r", "وكالة الجنوب", "2026-06-02", report)])
    assert cluster_with(conn, "r", "الإيرادات الضريبية") == cluster_with(conn, "q", "الإيرادات الضريبية")
