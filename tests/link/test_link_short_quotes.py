"""Short quotations (invented): three words a report quotes from a long answer of the same speaker
in a sibling document join that answer's cluster (``link.link_short_quotes``), although too short to
link on their own; not when the speaker said them in two answers, not a short indirect summary, and
not another speaker's words."""
from __future__ import annotations

import pytest
from link_support import cluster_of, ingest_resolved, one_speaker_doc


COPIED = ("الوضع الأمني في الجنوب أفضل مما كان عليه قبل شهرين، والدوريات المشتركة تغطي اليوم معظم القرى "
          "الحدودية التي شهدت المواجهات")
ANSWER = ("اتفاق وقف إطلاق النار بين الحكومة والحركة لا يزال صامدا في مجمله، على الرغم من الخروق المتكررة التي "
          "سجلتها فرق المراقبة خلال الأسبوعين الماضيين")
# another answer of his holding the same words
AGAIN = ("قلت لكم الشهر الماضي إن الاتفاق لا يزال صامدا في مجمله، وأكرر اليوم أن الطرفين ملتزمان بتبادل "
         "المحتجزين قبل نهاية الشهر")
SHORT = "ما يزال صامدا في مجمله"


@pytest.fixture(autouse=True)
def _no_lsh(lsh_finds_nothing):
    pass


def _ingest(store, interview: list[str], quote_kind: str = "direct", quoted_by: str = "مارتن كيغينز"):
    return ingest_resolved(store, [
        one_speaker_doc("interview", "صحيفة الجنوب", "مارتن كيغينز", [("indirect", p) for p in [COPIED, *interview]]),
        one_speaker_doc("report", "وكالة الأنباء", quoted_by, [("indirect", COPIED), (quote_kind, SHORT)])])


def test_a_short_quotation_joins_the_answer_that_holds_its_words(store):
    conn = _ingest(store, [ANSWER])
    assert cluster_of(conn, "report:1") == cluster_of(conn, "interview:1") != "report:1"


def test_words_he_said_in_two_answers_join_neither(store):
    # (a guard: which answer the reporter quoted cannot be told)
    conn = _ingest(store, [ANSWER, AGAIN])
    assert cluster_of(conn, "report:1") == "report:1"


def test_a_short_indirect_summary_stays_alone(store):
    # (a guard)
    conn = _ingest(store, [ANSWER], quote_kind="indirect")
    assert cluster_of(conn, "report:1") == "report:1"


def test_another_speakers_words_stay_alone(store):
    # (a guard)
    conn = _ingest(store, [ANSWER], quoted_by="سالم الكندي")
    assert cluster_of(conn, "report:1") == "report:1"
