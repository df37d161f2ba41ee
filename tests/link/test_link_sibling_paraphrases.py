"""Paraphrases in a sibling document (invented): a report that copies three answers of a club
president's interview word for word rewrites a fourth in other words, in another order
(``link.link_sibling_paraphrases``). It shares more than half of the answer's words but few runs of
two, so no other route links it; it joins the answer it shares most with, when that one is clearly
the best both ways. The LSH is made to find nothing: the copies join as exact copies."""
from __future__ import annotations

import pytest
from link_support import cluster_of, ingest_resolved, statements_doc

COPIES = [
    "المدرب باق في منصبه حتى نهاية عقده، ولا نية لدينا لتغيير الجهاز الفني في منتصف الموسم",
    "الميزانية المخصصة للفريق الأول ارتفعت هذا العام بفضل عقود الرعاية الجديدة مع شركتين محليتين",
    "أعمال ترميم المدرجات الشمالية ستبدأ مباشرة بعد آخر مباراة على أرضنا في الموسم الحالي",
]
ANSWER = ("لن نبيع أي لاعب أساسي هذا الصيف مهما كانت قيمة العروض، فنحن نبني فريقا قادرا على المنافسة على "
          "اللقب وليس فريقا لتصدير اللاعبين")
# another answer on the same subject (players, the summer)
OTHER_ANSWER = "سنتعاقد مع أربعة لاعبين جدد على الأقل قبل انطلاق المعسكر الصيفي، بينهم مهاجمان أجنبيان"
# the answer in other words and another order
PARAPHRASE = ("الإدارة ترفض التفريط في أي لاعب أساسي خلال فترة الانتقالات الصيفية رغم العروض المغرية، لأن "
              "هدفها بناء فريق للمنافسة على اللقب لا تصدير النجوم")
# another statement of the report
REPORT_OTHER = "الفريق سيخوض ثلاث مباريات ودية في النمسا قبل انطلاق الموسم الجديد بأسبوعين"


@pytest.fixture(autouse=True)
def _no_lsh(lsh_finds_nothing):
    pass


def _ingest(store, said: list[str] = COPIES, reported: list[str] = COPIES):
    president = {"name": "عبدالله الحربي", "roles": []}
    return ingest_resolved(store, [
        statements_doc("interview", "صحيفة الملاعب", president, [*said, ANSWER, OTHER_ANSWER]),
        statements_doc("report", "موقع هدف", president, [*reported, PARAPHRASE, REPORT_OTHER])])


def test_a_paraphrase_joins_the_answer_it_shares_most_with(store):
    conn = _ingest(store)
    n = len(COPIES)
    assert cluster_of(conn, f"report:{n}") == cluster_of(conn, f"interview:{n}") != f"report:{n}"


def test_another_statement_of_the_report_stays_apart(store):
    # (a guard)
    conn = _ingest(store)
    assert cluster_of(conn, f"report:{len(COPIES) + 1}") == f"report:{len(COPIES) + 1}"


def test_two_shared_answers_do_not_make_the_documents_close_enough(store, monkeypatch):
    # (a guard: PARAPHRASE_SHARED; the speaker still has five statements in each document. The
    # answer lies between the same two statements in both: the pass between anchors, left out here,
    # joins it on its own evidence, tests/link/test_link_between_anchors.py)
    monkeypatch.setattr("qawl.link.link_between_anchors", lambda conn, doc_ids, linker=None: 0)
    conn = _ingest(store, COPIES[:2] + ["نحن راضون عن أداء اللاعبين الشبان الذين صعدوا هذا الموسم من فريق الأمل"],
                   COPIES[:2] + ["الجماهير ستدخل مجانا إلى المباراة الأخيرة من الموسم احتفالا بالصعود"])
    assert cluster_of(conn, "report:3") == "report:3"
