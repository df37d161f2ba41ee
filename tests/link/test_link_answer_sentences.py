"""Clusters of the sentences of an answer or of a long direct quote (invented articles). Both are one
statement a sentence (``rules.structure.SENTENCE_CUT_KINDS``), so a report that carries two of their
sentences in two places links each to its own sentence, and the two stay apart (one statement holding
the whole answer or quote linked both reports to each other). An outlet
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


CONFERENCE = """محافظ البنك المركزي: لا خفض للفائدة قبل الربيع
وقال محافظ البنك المركزي رامي الشهابي في مؤتمر صحافي: «قررت اللجنة الإبقاء على سعر الفائدة الرئيسي عند سبعة بالمئة للمرة الرابعة على التوالي. التضخم تراجع في الشهر الماضي إلى خمسة فاصل اثنين بالمئة بعد أن كان تسعة بالمئة في بداية العام.

لن نخفض الفائدة قبل أن نتأكد أن التضخم عاد إلى ما دون أربعة بالمئة بشكل مستقر».
وانتهى المؤتمر بعد ساعة."""

# The second and the third sentences of the quote, reported in two places.
REPORT = """الشهابي: التضخم نزل إلى 5.2%
أعلن محافظ البنك المركزي رامي الشهابي أن التضخم تراجع الشهر الماضي إلى 5.2% بعد أن كان 9% في بداية العام.
وفي سياق آخر، أكد المحافظ أن البنك لن يخفض الفائدة قبل أن يتأكد أن التضخم عاد إلى ما دون 4% بشكل مستقر."""

# The second and the third sentences of the quote, reported in two places.
REPORT = """الشهابي: التضخم نزل إلى 5.2%
أعلن محافظ البنك المركزي رامي الشهابي أن التضخم تراجع الشهر الماضي إلى 5.2% بعد أن كان 9% في بداية العام.
وفي سياق آخر، أكد المحافظ أن البنك لن يخفض الفائدة قبل أن يتأكد أن التضخم عاد إلى ما دون 4% بشكل مستقر."""

# Per case: the source article and the report; two (report, source) snippet pairs, one for each
# reported sentence; a snippet of each of three sentences of the source.
APART_CASES = {
    "answer": (INTERVIEW, APART, [("بوحدتها الأولى", "بوحدتها الأولى"), ("ستخفض ساعات القطع", "سنخفض ساعات القطع")],
               ("بوحدتها الأولى", "الوحدة الثانية", "سنخفض ساعات")),
    # the whole quote linked both reports too (test_two_sentences_… fails on a quote kept whole)
    "quote": (CONFERENCE, REPORT, [("التضخم تراجع الشهر", "التضخم تراجع في الشهر"), ("لن يخفض الفائدة", "لن نخفض الفائدة")],
              ("قررت اللجنة", "التضخم تراجع", "لن نخفض")),
}


@pytest.fixture(scope="module", params=sorted(APART_CASES))
def apart(request, tmp_path_factory):
    source, report, carried, sentences = APART_CASES[request.param]
    conn = ingest_articles(tmp_path_factory.mktemp("apart"), [
        ("i", "صحيفة الرافدين", "2026-08-01", source), ("r", "وكالة دجلة", "2026-08-02", report)])
    yield conn, carried, sentences
    conn.close()


def test_each_report_joins_the_sentence_it_carries(apart):
    conn, carried, _ = apart
    for in_report, in_source in carried:
        assert cluster_with(conn, "r", in_report) == cluster_with(conn, "i", in_source)


def test_two_sentences_reported_apart_stay_apart(apart):
    conn, carried, sentences = apart
    assert cluster_with(conn, "r", carried[0][0]) != cluster_with(conn, "r", carried[1][0])
    assert len({cluster_with(conn, "i", w) for w in sentences}) == 3


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
