"""Two answers merged into one paragraph of reported speech (invented): "وأوضح الوزير أن X، وأن Y"
reports two answers of the interview. Each clause is its own statement (``cues.COORDINATED_COMPLEMENTIZERS``),
so each joins the cluster of the answer it reports, and the two answers stay apart."""
from __future__ import annotations

import pytest
from link_support import cluster_with, ingest_articles

INTERVIEW = """وزير المالية: نستهدف خفض العجز إلى 6.2% العام المقبل
أجرت صحيفة الاقتصاد اليوم حوارا مع وزير المالية هشام الدباغ حول ملامح موازنة العام المالي المقبل.
1- ما هو هدف الحكومة بالنسبة لعجز الموازنة؟
نستهدف خفض العجز الكلي إلى 6.2% من الناتج المحلي الإجمالي في العام المالي المقبل، مقابل 7.4% متوقعة للعام الجاري، وذلك عبر ضبط الإنفاق الجاري وتحسين التحصيل الضريبي.
2- وماذا عن الفائض الأولي؟
الفائض الأولي سيصل إلى 3.5% من الناتج المحلي، وهو المستوى الأعلى منذ أكثر من عشر سنوات، وسنحافظ عليه في الأعوام الثلاثة المقبلة.
3- هل ستفرضون ضرائب جديدة؟
لن نفرض أي ضرائب جديدة على المواطنين هذا العام، فالإيرادات الضريبية ارتفعت بنسبة 38% في الأشهر الأربعة الأولى دون أعباء إضافية."""

REPORT = """الدباغ: العجز إلى 6.2% والفائض الأولي الأعلى منذ عقد
أكد وزير المالية هشام الدباغ أن الحكومة ماضية في برنامج الضبط المالي رغم الضغوط الخارجية.
وأوضح الدباغ، في حوار صحفي، أن الحكومة تستهدف خفض العجز الكلي إلى 6.2 بالمئة من الناتج المحلي الإجمالي، مقابل 7.4 بالمئة متوقعة للعام الجاري، وأن الفائض الأولي سيبلغ 3.5 بالمئة من الناتج المحلي، وهو المستوى الأعلى منذ أكثر من عشر سنوات.
وشدد الوزير على أن الحكومة لن تفرض أي ضرائب جديدة على المواطنين هذا العام."""


@pytest.fixture(scope="module")
def budget(tmp_path_factory):
    conn = ingest_articles(tmp_path_factory.mktemp("budget"), [
        ("i", "صحيفة الاقتصاد اليوم", "2026-03-01", INTERVIEW), ("r", "موقع المال", "2026-03-02", REPORT)])
    yield conn
    conn.close()


@pytest.mark.parametrize("report_words, answer_words", [
    ("تستهدف خفض العجز الكلي", "نستهدف خفض العجز الكلي"),
    ("الفائض الأولي سيبلغ", "الفائض الأولي سيصل"),
])
def test_each_clause_of_the_merged_paragraph_joins_its_answer(budget, report_words, answer_words):
    assert cluster_with(budget, "r", report_words) == cluster_with(budget, "i", answer_words)


def test_the_two_answers_stay_apart(budget):
    assert cluster_with(budget, "i", "نستهدف خفض العجز الكلي") != cluster_with(budget, "i", "الفائض الأولي سيصل")
