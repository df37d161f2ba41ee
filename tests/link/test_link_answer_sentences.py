"""Clusters of the sentences of an answer (invented articles). An answer is one statement a sentence,
so a report that carries two of its sentences in two places links each to its own sentence, and the
two stay apart (one statement holding the whole answer linked both reports to each other). An outlet
that carries two sentences of one answer as one sentence merges their clusters
(``Linker._parts_of_one``); two answers (two paragraphs) it merges stay apart
(``test_link_clusters.test_two_answers_merged_into_one_paragraph_link_without_merging_the_answers``)."""
from __future__ import annotations

import pytest
from link_support import cluster_of, cluster_with, ingest_articles, ingest_resolved

from qawl.doc import Document, Span

INTERVIEW = """أجرت صحيفة الرافدين حوارا مع وزير الكهرباء عادل السامرائي حول أزمة الانقطاعات.
1- متى تنتهي أزمة الانقطاعات؟
محطة الشمال الحرارية ستدخل الخدمة بوحدتها الأولى في نهاية شهر آب بقدرة ستمئة ميغاواط. الوحدة الثانية بالقدرة نفسها ستدخل الخدمة في الربع الأول من العام المقبل. وعندها سنخفض ساعات القطع إلى أربع ساعات يوميا في معظم المحافظات.
2- هل سترفعون أسعار الكهرباء؟
لا نية لرفع أسعار الشرائح الثلاث الأولى التي تشمل غالبية المستهلكين من ذوي الدخل المحدود."""

# The first and third sentences of answer 1, reported apart.
APART = """السامرائي: وحدة أولى بـ600 ميغاواط في آب
أكد وزير الكهرباء عادل السامرائي أن محطة الشمال الحرارية ستدخل الخدمة بوحدتها الأولى نهاية شهر آب بقدرة 600 ميغاواط.
وفي سياق آخر، أوضح الوزير أن الوزارة ستخفض ساعات القطع إلى أربع ساعات يوميا في معظم المحافظات."""

# The first two sentences of answer 1, told as one sentence.
MERGED = """وزير الكهرباء: وحدتان جديدتان في محطة الشمال
قال وزير الكهرباء عادل السامرائي إن محطة الشمال الحرارية ستدخل الخدمة بوحدتها الأولى في نهاية شهر آب بقدرة ستمئة ميغاواط على أن تدخل الوحدة الثانية بالقدرة نفسها الخدمة في الربع الأول من العام المقبل."""


@pytest.fixture(scope="module")
def apart(tmp_path_factory):
    conn = ingest_articles(tmp_path_factory.mktemp("apart"), [
        ("i", "صحيفة الرافدين", "2026-08-01", INTERVIEW), ("r", "وكالة دجلة", "2026-08-02", APART)])
    yield conn
    conn.close()


def test_each_report_joins_the_sentence_it_carries(apart):
    assert cluster_with(apart, "r", "بوحدتها الأولى") == cluster_with(apart, "i", "بوحدتها الأولى")
    assert cluster_with(apart, "r", "ستخفض ساعات القطع") == cluster_with(apart, "i", "سنخفض ساعات القطع")


def test_two_sentences_of_one_answer_reported_apart_stay_apart(apart):
    assert cluster_with(apart, "r", "بوحدتها الأولى") != cluster_with(apart, "r", "ستخفض ساعات القطع")
    assert len({cluster_with(apart, "i", w) for w in ("بوحدتها الأولى", "الوحدة الثانية", "سنخفض ساعات")}) == 3


def test_two_sentences_told_as_one_merge_their_clusters(tmp_path):
    conn = ingest_articles(tmp_path, [("i", "صحيفة الرافدين", "2026-08-01", INTERVIEW),
                                      ("m", "موقع بغداد اليوم", "2026-08-02", MERGED)])
    merged = cluster_with(conn, "m", "بوحدتها الأولى")
    assert cluster_with(conn, "i", "بوحدتها الأولى") == cluster_with(conn, "i", "الوحدة الثانية") == merged
    assert cluster_with(conn, "i", "سنخفض ساعات") != merged  # the answer's third sentence was not carried
    conn.close()


# -- one speaker's earlier statements are found past the new document's own ones ---------------------

ANSWER = ("سنرفع إنتاج المصفاة الجديدة إلى مئتي ألف برميل يوميا قبل نهاية العام المقبل، وسنصدر نصف هذه الكمية "
          "إلى الأسواق الآسيوية عبر ميناء الشمال")
RETOLD = ("إنتاج المصفاة الجديدة سيرتفع إلى 200 ألف برميل في اليوم مع نهاية السنة القادمة، على أن يوجه نصف "
          "الكمية إلى أسواق آسيا من خلال ميناء الشمال")
# Another speaker's wire copies, which the new document repeats word for word and gives to its speaker
# (they link as exact copies: not alone, so not looked up among the speaker's statements).
WIRE = [f"افتتحت الوزارة المدرسة رقم {n} في حي الزيتون الجديد بكلفة بلغت {n + 3} ملايين دينار وبسعة {n * 40} طالبا"
        for n in range(1, 61)]


def _doc(doc_id: str, parts: list[str], speaker: str = "سالم الكندي") -> Document:
    doc = Document(id=doc_id, text="\n".join(parts), title=None, outlet=doc_id, date="2026-09-14")
    doc.entities["E1"] = {"type": "person", "name": speaker, "roles": []}
    at = 0
    for part in parts:
        doc.add("statements", Span(at, at + len(part), "indirect", {"cue": "قال", "speaker": "E1"}))
        at += len(part) + 1
    return doc


def test_the_speakers_statement_is_found_behind_the_new_documents_own(store, lsh_finds_nothing):
    # The 60 copies come first in the new document and are the speaker's latest statements; the
    # answer must still be among the candidates of the retelling.
    conn = ingest_resolved(store, [_doc("answer", [ANSWER]), _doc("wire", WIRE, "منير الحداد"),
                                   _doc("report", [*WIRE, RETOLD])])
    assert cluster_of(conn, f"report:{len(WIRE)}") == cluster_of(conn, "answer:0")
