"""Statements of a sibling document (invented): a report that already shares a statement with an
interview is compared with the interview's other statements too (``link.link_siblings``), since the
LSH's bands miss some rewrites that verify. Here the LSH is made to find nothing; the report's first
answer is an exact copy (joined without the LSH), its second a rewrite, its third another statement."""
from __future__ import annotations

import pytest
from link_support import cluster_of, ingest_resolved, statements_doc

import qawl.link as qawl_link

COPIED = ("الوضع المالي أفضل مما كان عليه قبل عامين، والإيرادات غير النفطية ارتفعت بشكل ملحوظ خلال الأشهر "
          "الستة الأولى من العام الجاري")
ANSWER = ("نتوقع أن يتراجع عجز الموازنة إلى مليار ونصف المليار دينار بنهاية العام، مقارنة بأربعة مليارات ونصف "
          "في العام الماضي، بفضل ترشيد الإنفاق الجاري")
# the answer made third person, its figure in digits
REWRITE = ("الحكومة تتوقع أن يتراجع عجز الموازنة إلى 1.5 مليار دينار بنهاية العام، مقارنة بأربعة مليارات ونصف "
           "في العام الماضي، بفضل ترشيد الإنفاق الجاري")
# another statement of the report, on the same subject
OTHER = ("البرلمان سيناقش مشروع الموازنة الجديدة في جلسة علنية الأسبوع المقبل بحضور أعضاء الحكومة ومحافظ "
         "البنك المركزي")


def _doc(doc_id: str, outlet: str, speaker: str, parts: list[str]):
    return statements_doc(doc_id, outlet, {"name": speaker, "roles": []}, parts)


@pytest.fixture(autouse=True)
def _no_lsh(lsh_finds_nothing):
    pass


_ingest = ingest_resolved


def _interview_and_report(store):
    # two speakers' names, so that the same-speaker route does not bring the rewrite in
    return _ingest(store, [_doc("interview", "صحيفة المال", "سالم الكندي", [COPIED, ANSWER]),
                           _doc("report", "وكالة الأنباء", "مصدر حكومي", [COPIED, REWRITE, OTHER])])


def test_the_copy_joins_without_the_lsh(store):
    conn = _interview_and_report(store)
    assert cluster_of(conn, "report:0") == cluster_of(conn, "interview:0")


def test_a_rewrite_joins_the_answer_of_a_sibling_document(store):
    conn = _interview_and_report(store)
    assert cluster_of(conn, "report:1") == cluster_of(conn, "interview:1")


def test_another_statement_of_the_report_stays_apart(store):
    conn = _interview_and_report(store)
    assert cluster_of(conn, "report:2") == "report:2"


def test_without_a_shared_statement_the_documents_are_no_siblings(store):
    conn = _ingest(store, [_doc("interview", "صحيفة المال", "سالم الكندي", [ANSWER]),
                           _doc("report", "وكالة الأنباء", "مصدر حكومي", [REWRITE, OTHER])])
    assert cluster_of(conn, "report:0") == "report:0"


def test_the_rewrite_stays_alone_without_the_sibling_route(store, monkeypatch):
    monkeypatch.setattr(qawl_link, "link_siblings", lambda conn, doc_ids, linker=None: 0)
    conn = _interview_and_report(store)
    assert cluster_of(conn, "report:1") == "report:1"


# one sentence of an answer (5 informative stems), and the report that carries it inside a longer
# statement of its own
SENTENCE = "مخزون القمح يكفي ستة أسابيع فقط"
CARRIED = ("مخزون القمح يكفي 6 أسابيع فقط مقابل ثلاثة أشهر في الفترة ذاتها من العام الماضي، بعد تأخر شحنات "
           "الاستيراد هذا الموسم")


def test_a_sentence_of_five_stems_joins_the_longer_report_that_carries_it(store):
    conn = _ingest(store, [_doc("interview", "صحيفة المال", "سالم الكندي", [COPIED, SENTENCE]),
                           _doc("report", "وكالة الأنباء", "مصدر حكومي", [COPIED, CARRIED])])
    assert cluster_of(conn, "report:1") == cluster_of(conn, "interview:1")
