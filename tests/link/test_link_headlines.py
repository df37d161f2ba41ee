"""Headline quotations (invented): a headline that condenses a quotation of the same speaker in a
sibling document, dropping words, joins its cluster (``link.link_headlines``); not when its words
are in two of his answers, nor when fewer of them are there in their order, nor another speaker's."""
from __future__ import annotations

import pytest
from link_support import cluster_of, ingest_resolved, one_speaker_doc

from qawl.link import in_order

COPIED = ("الوضع الأمني في الجنوب أفضل مما كان عليه قبل شهرين، والدوريات المشتركة تغطي اليوم معظم القرى "
          "الحدودية التي شهدت المواجهات")
ANSWER = ("المخدرات اليوم هي العدو الأول لشبابنا، وهي أخطر من أي تهديد أمني آخر لأنها تدمر الأسر من الداخل، "
          "ولذلك ضاعفنا الدوريات على المنافذ الحدودية")
# another answer of his holding the headline's words too
AGAIN = ("قلت في الشهر الماضي إن المخدرات هي العدو الأول لشبابنا، وأكرر اليوم أن الحرب عليها لن تتوقف "
         "قبل تفكيك الشبكات")
HEADLINE = "المخدرات العدو الأول لشبابنا"
# the headline's words out of their order in the answer
SHUFFLED = "لشبابنا العدو الأول المخدرات"


@pytest.fixture(autouse=True)
def _no_lsh(lsh_finds_nothing):
    pass


def _ingest(store, interview: list[str], headline: str = HEADLINE, headed_by: str = "رائد البدراني"):
    return ingest_resolved(store, [
        one_speaker_doc("interview", "صحيفة الجنوب", "رائد البدراني", [("indirect", p) for p in [COPIED, *interview]]),
        one_speaker_doc("report", "وكالة الأنباء", headed_by, [("headline", headline), ("indirect", COPIED)])])


def test_a_headline_joins_the_quotation_it_condenses(store):
    conn = _ingest(store, [ANSWER])
    assert cluster_of(conn, "report:0") == cluster_of(conn, "interview:1") != "report:0"


def test_words_he_said_in_two_answers_join_neither(store):
    # (a guard: which answer the headline condenses cannot be told)
    conn = _ingest(store, [ANSWER, AGAIN])
    assert cluster_of(conn, "report:0") == "report:0"


def test_the_words_out_of_their_order_stay_alone(store):
    # (a guard)
    conn = _ingest(store, [ANSWER], headline=SHUFFLED)
    assert cluster_of(conn, "report:0") == "report:0"


def test_another_speakers_headline_stays_alone(store):
    # (a guard)
    conn = _ingest(store, [ANSWER], headed_by="سالم الكندي")
    assert cluster_of(conn, "report:0") == "report:0"


def test_in_order_counts_the_words_one_stretch_holds_in_their_order():
    words = ["مخدر", "عدو", "اول", "شباب"]
    assert in_order(words, ["مخدر", "يوم", "هي", "عدو", "اول", "شباب", "هي", "خطر"], 8) == 4
    assert in_order(words, ["مخدر", "يوم", "هي", "عدو", "اول", "شباب"], 4) == 3  # شباب is past the stretch
    assert in_order(words, ["شباب", "عدو", "اول", "مخدر"], 8) == 2
