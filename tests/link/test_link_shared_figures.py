"""A figure kept through a heavy paraphrase (invented): a report of a water minister's interview
copies three answers and retells a fourth in other words, keeping the figure it gives ("38%")
(``link.link_shared_figures``). Few of its words are the answer's, so no other route links it; the
one statement of each document giving that figure, by the same speaker, in documents that already
share clusters, is the same statement. The LSH is made to find nothing: the copies join as exact
copies."""
from __future__ import annotations

import pytest
from link_support import cluster_of, ingest_resolved, statements_doc

from qawl import claims

COPIES = [
    "سنبدأ ضخ المياه من مشروع الناقل الوطني إلى العاصمة في الربع الأخير من العام المقبل",
    "المزارعون الذين يعتمدون الري بالتنقيط لن تشملهم التخفيضات في الحصص المائية هذا الصيف",
    "لدينا شراكة مع الجانب الألماني لتأهيل شبكات التوزيع القديمة في الأحياء الشرقية",
]
ANSWER = "مخزون السدود هذا العام لا يتجاوز 38% من سعتها التخزينية الكلية، وهي النسبة الأدنى منذ عقد"
# another answer with a figure of its own
OTHER_ANSWER = "خفضنا نسبة الفاقد في الشبكة من 46% إلى 41% خلال عامين من العمل المتواصل"
# the answer in other words: the figure is what it keeps
RETOLD = "ما تختزنه السدود حاليا يقف عند 38% فقط من طاقتها الاستيعابية، وهو أسوأ رقم يسجل منذ سنوات"
REPORT_OTHER = "الوزارة ستطلق حملة توعية وطنية لترشيد الاستهلاك المنزلي مطلع الشهر المقبل"


@pytest.fixture(autouse=True)
def _no_lsh(lsh_finds_nothing):
    pass


def _doc(doc_id: str, outlet: str, parts: list[str]):
    doc = statements_doc(doc_id, outlet, {"name": "سامر الخطيب", "roles": []}, parts)
    claims.annotate(doc)
    return doc


def _ingest(store, retold: str = RETOLD):
    return ingest_resolved(store, [
        _doc("interview", "صحيفة الرأي", [*COPIES, ANSWER, OTHER_ANSWER]),
        _doc("report", "موقع المدار", [*COPIES, retold, REPORT_OTHER])])


def test_a_retold_answer_joins_the_answer_that_gives_its_figure(store):
    conn = _ingest(store)
    n = len(COPIES)
    assert cluster_of(conn, f"report:{n}") == cluster_of(conn, f"interview:{n}") != f"report:{n}"


def test_another_figure_keeps_a_statement_apart(store):
    # (guard) "41%" is no figure of the answer the report's words are closest to
    conn = _ingest(store, "ما تختزنه السدود حاليا يقف عند 41% فقط من طاقتها الاستيعابية، وهو أسوأ رقم منذ سنوات")
    assert cluster_of(conn, f"report:{len(COPIES)}") == f"report:{len(COPIES)}"

