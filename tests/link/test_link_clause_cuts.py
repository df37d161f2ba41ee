"""Two claims of one sentence, reported apart, stay apart (invented articles): the answer is cut at
"، أما" and "، ونستهدف" (``components.clauses``), so each report joins the clause it carries and the
two reports do not meet through one statement holding both clauses."""
from __future__ import annotations

import pytest
from link_support import cluster_with, ingest_articles

INTERVIEW = """حاور موقع الشمال وزير الموارد المائية سالم العبيدي حول أزمة المياه.
1- ما توقعاتكم للموسم المقبل؟
إذا كانت الأمطار غزيرة هذا الشتاء فسنعوض جزءا كبيرا من الخزين المفقود في السدود، أما إذا استمر الجفاف فنحن أمام صيف أصعب بكثير من الصيف الماضي.
2- وماذا عن مشروع التحلية؟
ننتج حاليا نحو مئة ألف متر مكعب يوميا من محطة التحلية الساحلية، ونستهدف الوصول إلى ثلاثمئة ألف متر مكعب يوميا بحلول عام 2028."""

REPORT = """العبيدي يحذر من صيف أصعب إذا استمر الجفاف
حذر وزير الموارد المائية سالم العبيدي من أن البلاد أمام صيف أصعب بكثير من الصيف الماضي إذا استمر الجفاف.
وفي ملف التحلية، قال العبيدي إن الوزارة تستهدف الوصول إلى ثلاثمئة ألف متر مكعب يوميا بحلول عام 2028.
وأضاف أن الوزارة ستعوض جزءا كبيرا من الخزين المفقود في السدود إذا كانت الأمطار غزيرة هذا الشتاء."""


@pytest.fixture(scope="module")
def water(tmp_path_factory):
    conn = ingest_articles(tmp_path_factory.mktemp("clauses"), [
        ("i", "موقع الشمال", "2026-07-01", INTERVIEW), ("r", "وكالة الرافدين", "2026-07-02", REPORT)])
    yield conn
    conn.close()


@pytest.mark.parametrize("report_words, answer_words", [
    ("صيف أصعب بكثير", "صيف أصعب بكثير"),
    ("ستعوض جزءا كبيرا", "فسنعوض جزءا كبيرا"),
    ("تستهدف الوصول", "ونستهدف الوصول"),
])
def test_each_report_joins_the_clause_it_carries(water, report_words, answer_words):
    assert cluster_with(water, "r", report_words) == cluster_with(water, "i", answer_words)


def test_reports_of_two_clauses_of_one_sentence_stay_apart(water):
    assert cluster_with(water, "r", "صيف أصعب بكثير") != cluster_with(water, "r", "ستعوض جزءا كبيرا")
    assert cluster_with(water, "i", "ننتج حاليا") != cluster_with(water, "r", "تستهدف الوصول")
