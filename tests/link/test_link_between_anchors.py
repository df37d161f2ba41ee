"""Statements between two shared answers (invented): a report copies three answers of a water
minister's interview word for word and rewords the one between the first two in other words
("سنعوض المزارعين …" / "وتعهد بتعويض الفلاحين …"): too few runs of two stems, and too short, for any
pass that looks at the two statements alone. The copies are the anchors; the answer lies between the
same two of them in both documents, so it joins (``link.gaps``). The LSH is made to find nothing:
the copies join as exact copies."""
from __future__ import annotations

import pytest
from link_support import cluster_of, ingest_resolved, statements_doc

from qawl.link.gaps import Said, _longest_rising, align_in_order, moved_pairs

COPIES = [
    "مخزون السدود تراجع إلى أدنى مستوى له منذ عشر سنوات بسبب ضعف الأمطار في الشتاء الماضي",
    "سنحفر مئة وعشرين بئرا جديدة في المحافظات الأكثر تضررا خلال الأشهر الثلاثة المقبلة",
    "حملة واسعة ضد سرقة المياه ستنطلق الشهر المقبل بالتعاون مع وزارة الداخلية في كل المحافظات",
]
ANSWER = "سنعوض المزارعين المتضررين عن الخسائر الموثقة"
REWORDED = "وتعهد بتعويض الفلاحين المتضررين عن خسائرهم الموثقة"
MINISTER = {"name": "سامر الخطيب", "roles": []}


@pytest.fixture(autouse=True)
def _no_lsh(lsh_finds_nothing):
    pass


def _ingest(store, said: list[str], reported: list[str]):
    return ingest_resolved(store, [statements_doc("interview", "إذاعة الوطن", MINISTER, said),
                                   statements_doc("report", "موقع الخبر", MINISTER, reported)])


def test_a_reworded_answer_between_two_shared_answers_joins_it(store):
    conn = _ingest(store, [COPIES[0], ANSWER, *COPIES[1:]], [COPIES[0], REWORDED, *COPIES[1:]])
    assert cluster_of(conn, "report:1") == cluster_of(conn, "interview:1") != "report:1"


def test_the_shared_answers_themselves_are_the_anchors(store):
    # (a guard: the copies are one cluster each, as before)
    conn = _ingest(store, [COPIES[0], ANSWER, *COPIES[1:]], [COPIES[0], REWORDED, *COPIES[1:]])
    assert cluster_of(conn, "report:0") == cluster_of(conn, "interview:0")
    assert cluster_of(conn, "report:2") == cluster_of(conn, "interview:2")


def test_a_count_that_disagrees_stays_apart(store):
    # the same words around another count: two statements (``align.figures_disagree``; the
    # paraphrase pass, which would join them too, is held to it as well)
    conn = _ingest(store, [COPIES[0], "سجلنا 46 إصابة في صفوف المتظاهرين خلال مواجهات الأمس", *COPIES[1:]],
                   [COPIES[0], "وأكد تسجيل 27 إصابة بين المتظاهرين في مواجهات الأمس", *COPIES[1:]])
    assert cluster_of(conn, "report:1") == "report:1"


def test_a_report_naming_him_by_his_role_joins_too(store):
    # the report calls the minister only "وزير الموارد المائية", the role the interview names him in
    minister = {"name": "سامر الخطيب", "roles": ["وزير الموارد المائية"]}
    role = {"name": "وزير الموارد المائية", "roles": [], "role_only": True}
    conn = ingest_resolved(store, [
        statements_doc("interview", "إذاعة الوطن", minister, [COPIES[0], ANSWER, *COPIES[1:]]),
        statements_doc("report", "موقع الخبر", role, [COPIES[0], REWORDED, *COPIES[1:]])])
    assert cluster_of(conn, "report:1") == cluster_of(conn, "interview:1") != "report:1"


def test_a_report_of_another_speaker_stays_apart(store):
    # (a guard: another minister's words between the same anchors)
    minister = {"name": "سامر الخطيب", "roles": ["وزير الموارد المائية"]}
    other = {"name": "وزير الزراعة", "roles": [], "role_only": True}
    conn = ingest_resolved(store, [
        statements_doc("interview", "إذاعة الوطن", minister, [COPIES[0], ANSWER, *COPIES[1:]]),
        statements_doc("report", "موقع الخبر", other, [COPIES[0], REWORDED, *COPIES[1:]])])
    assert cluster_of(conn, "report:1") == "report:1"


def test_the_answer_in_another_stretch_stays_apart(store, monkeypatch):
    # (a guard: the report puts its rewording after the last shared answer, the interview before
    # the second: not between the same anchors. As a moved answer it would join: left out here)
    monkeypatch.setattr("qawl.link.params.GAP_MOVED_BAG", 2.0)
    conn = _ingest(store, [COPIES[0], ANSWER, *COPIES[1:]], [*COPIES, REWORDED])
    assert cluster_of(conn, "report:3") == "report:3"


def _said(n: int, words: str) -> Said:
    return Said(f"d:{n}", 1, f"d:{n}", False, words, "1" * len(words.split()))


def test_a_small_count_that_disagrees_stays_apart_between_anchors(store):
    # 23 fighters lost this year and 7 last month: order and a few words do not make them one
    # (a count of 10 or less is no distinctive figure for the other passes)
    conn = _ingest(store, [COPIES[0], "فقدنا 23 مقاتلا في الغارات الجوية على مواقعنا هذا العام", *COPIES[1:]],
                   [COPIES[0], "وأقر بأنهم خسروا 7 مقاتلين في غارة جوية على مواقعهم الشهر الماضي", *COPIES[1:]])
    assert cluster_of(conn, "report:1") == "report:1"


def test_figures_disagree_when_none_is_near_one_of_the_other():
    from qawl.link.align import figures_disagree
    from qawl.link.clusters import decode

    def st(words: str):
        return decode(words, "1" * len(words.split()))

    assert figures_disagree(st("اصاب 46 متظاهر"), st("اصاب 27 متظاهر"))
    assert not figures_disagree(st("كلف 635.9 مليار"), st("كلف 636 مليار"))  # (a rounding)
    assert not figures_disagree(st("ضخ كثر 500000000 دولار"), st("ضخ 540000000 دولار"))  # (a vaguer figure)
    assert not figures_disagree(st("اصاب 46 متظاهر"), st("اصاب متظاهر"))  # (one side gives none)
    assert not figures_disagree(st("قد 23 مقاتل"), st("خسر 7 مقاتل"))  # (7 is no distinctive figure …)
    assert figures_disagree(st("قد 23 مقاتل"), st("خسر 7 مقاتل"), small=True)  # (… but a count of the weak passes)
    assert not figures_disagree(st("قد 7 مقاتل"), st("خسر 7 مقاتل"), small=True)


def test_the_longest_chain_rising_in_both_documents():
    # (0, 2) is an answer the report moved up; (1, 0) (2, 1) (3, 3) keep their order
    assert _longest_rising([(0, 2), (1, 0), (2, 1), (3, 3)]) == [(1, 0), (2, 1), (3, 3)]


def test_one_statement_in_two_anchors_enters_the_chain_once():
    # a statement whose cluster holds two statements of the other document
    assert _longest_rising([(0, 0), (0, 1), (1, 2)]) in ([(0, 0), (1, 2)], [(0, 1), (1, 2)])


def test_the_alignment_keeps_the_order_and_pairs_the_best_sharing():
    mine = [_said(0, "تعويض مزارع متضرر خسائر"), _said(1, "بئر حفر محافظه")]
    theirs = [_said(5, "مزارع متضرر تعويض"), _said(6, "حفر بئر جديد محافظه"), _said(7, "حفر بئر")]
    pairs = [(a.id, b.id, shared) for a, b, shared in align_in_order(mine, theirs)]
    assert pairs == [("d:0", "d:5", 3), ("d:1", "d:6", 3)]


def test_two_statements_sharing_one_stem_do_not_pair():
    assert align_in_order([_said(0, "تعويض مزارع متضرر خسائر")], [_said(1, "مزارع سد مخزون")]) == []


def test_moved_statements_pair_when_each_is_the_others_clear_best():
    mine = [_said(0, "طلق رنامج قروض ميسر مزارع شباب"), _said(1, "حفر بءر جديد محافظ")]
    theirs = [_said(5, "رنامج قروض ميسر مزارع صيف"), _said(6, "سدود مخز مطر")]
    assert [(a.id, b.id, n) for a, b, n in moved_pairs(mine, theirs)] == [("d:0", "d:5", 4)]


def test_a_moved_statement_with_two_close_matches_pairs_with_neither():
    # (a guard: GAP_MOVED_MARGIN; he said it twice, which one the report tells is not clear)
    mine = [_said(0, "طلق رنامج قروض ميسر مزارع شباب")]
    theirs = [_said(5, "رنامج قروض ميسر مزارع صيف"), _said(6, "رنامج قروض ميسر مزارع شرق")]
    assert moved_pairs(mine, theirs) == []
