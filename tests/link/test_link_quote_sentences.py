"""Clusters of the sentences of a long direct quote (invented articles). A quote is one statement a
sentence, as an answer is, so a report that carries two of its sentences in two places links each to
its own sentence, and the two stay apart: one statement holding the whole quote linked both reports
to each other (``rules.structure.SENTENCE_CUT_KINDS``)."""
from __future__ import annotations

import pytest
from link_support import cluster_with, ingest_articles

CONFERENCE = """محافظ البنك المركزي: لا خفض للفائدة قبل الربيع
وقال محافظ البنك المركزي رامي الشهابي في مؤتمر صحافي: «قررت اللجنة الإبقاء على سعر الفائدة الرئيسي عند سبعة بالمئة للمرة الرابعة على التوالي. التضخم تراجع في الشهر الماضي إلى خمسة فاصل اثنين بالمئة بعد أن كان تسعة بالمئة في بداية العام.

لن نخفض الفائدة قبل أن نتأكد أن التضخم عاد إلى ما دون أربعة بالمئة بشكل مستقر».
وانتهى المؤتمر بعد ساعة."""

# The second and the third sentences of the quote, reported in two places.
REPORT = """الشهابي: التضخم نزل إلى 5.2%
أعلن محافظ البنك المركزي رامي الشهابي أن التضخم تراجع الشهر الماضي إلى 5.2% بعد أن كان 9% في بداية العام.
وفي سياق آخر، أكد المحافظ أن البنك لن يخفض الفائدة قبل أن يتأكد أن التضخم عاد إلى ما دون 4% بشكل مستقر."""


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    conn = ingest_articles(tmp_path_factory.mktemp("quote"), [
        ("q", "صحيفة المدينة", "2026-10-01", CONFERENCE), ("r", "وكالة الشرق", "2026-10-02", REPORT)])
    yield conn
    conn.close()


def test_each_report_joins_the_sentence_of_the_quote_it_carries(store):
    # guard: the whole quote linked them too; each sentence alone still must
    assert cluster_with(store, "r", "التضخم تراجع الشهر") == cluster_with(store, "q", "التضخم تراجع في الشهر")
    assert cluster_with(store, "r", "لن يخفض الفائدة") == cluster_with(store, "q", "لن نخفض الفائدة")


def test_two_sentences_of_one_quote_reported_apart_stay_apart(store):
    assert cluster_with(store, "r", "التضخم تراجع الشهر") != cluster_with(store, "r", "لن يخفض الفائدة")
    assert len({cluster_with(store, "q", w) for w in ("قررت اللجنة", "التضخم تراجع", "لن نخفض")}) == 3
