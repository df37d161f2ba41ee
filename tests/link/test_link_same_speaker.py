"""A report that quotes a part of a long answer, or rewrites it a word in every few (invented): too
few of its windows may collide with the answer's for the LSH, so it is also looked for among the same
speaker's earlier statements (``link.link_same_speaker``) and verified there at a lower share than
any two statements (the speaker is evidence too). Here the LSH is made to find nothing, as it does for
such pairs; the same report by another speaker, or another statement of the same speaker, stays
apart."""
from __future__ import annotations

import pytest
from link_support import cluster_of, ingest_resolved

from qawl.doc import Document, Span

ANSWER = ("الوضع المالي أفضل مما كان عليه قبل عامين، والإيرادات غير النفطية ارتفعت بشكل ملحوظ خلال الأشهر الستة "
          "الأولى. نتوقع أن يتراجع عجز الموازنة إلى مليار ونصف المليار دينار بنهاية العام، مقارنة بأربعة مليارات ونصف "
          "في العام الماضي. وسنواصل ترشيد الإنفاق العام دون المساس بالمشاريع الاجتماعية ورواتب الموظفين والمتقاعدين. "
          "أما الدين العام فسنعمل على خفضه تدريجيا عبر إصدار سندات محلية طويلة الأجل وتقليص الاقتراض الخارجي.")
# two of its sentences, first person made third, the figure in digits
REPORT = ("عجز الموازنة سيتراجع الى 1.5 مليار دينار بنهاية العام، وأن الحكومة ستواصل ترشيد الإنفاق العام دون المساس "
          "بالمشاريع الاجتماعية")
# the same speaker, the same subject, another statement
OTHER = ("لا توجد أي نية لفرض ضرائب جديدة على الرواتب أو المعاشات في القطاع العام خلال العام المقبل، "
         "وسنراجع أسعار الوقود مرة واحدة فقط بعد انتهاء الموسم السياحي")


def _doc(doc_id: str, outlet: str, speaker: str, text: str, kind: str) -> Document:
    doc = Document(id=doc_id, text=text, title=None, outlet=outlet, date="2026-09-14")
    doc.entities["E1"] = {"type": "person", "name": speaker, "roles": []}
    doc.add("statements", Span(0, len(text), kind, {"cue": "قال", "speaker": "E1"}))
    return doc


@pytest.fixture(autouse=True)
def _no_lsh(lsh_finds_nothing):
    pass


_ingest = ingest_resolved


@pytest.fixture
def same_speaker(store):
    return _ingest(store, [_doc("answer", "صحيفة المال", "سالم الكندي", ANSWER, "interview"),
                           _doc("other", "صحيفة المال", "سالم الكندي", OTHER, "interview"),
                           _doc("report", "وكالة الأنباء", "سالم الكندي", REPORT, "indirect")])


def test_a_rewritten_report_joins_the_answer_of_its_speaker(same_speaker):
    assert cluster_of(same_speaker, "report:0") == cluster_of(same_speaker, "answer:0")


def test_another_statement_of_the_speaker_stays_apart(same_speaker):
    assert cluster_of(same_speaker, "other:0") not in {cluster_of(same_speaker, "answer:0"),
                                                       cluster_of(same_speaker, "report:0")}


def test_the_same_rewrite_by_another_speaker_stays_apart(store):
    conn = _ingest(store, [_doc("answer", "صحيفة المال", "سالم الكندي", ANSWER, "interview"),
                           _doc("report", "وكالة الأنباء", "منير الحداد", REPORT, "indirect")])
    assert cluster_of(conn, "report:0") != cluster_of(conn, "answer:0")



PLAN = ("سنرفع إنتاج المصفاة الجديدة إلى مئتي ألف برميل يوميا قبل نهاية العام المقبل، وسنصدر نصف هذه الكمية إلى "
        "الأسواق الآسيوية عبر ميناء الشمال")
# the plan in other words: 10 of the 18 informative stems of each align in runs of two or more, more
# than half but less than the 0.6 any two statements need
PLAN_RETOLD = ("إنتاج المصفاة الجديدة سيرتفع إلى 200 ألف برميل في اليوم مع نهاية السنة القادمة، على أن يوجه نصف "
               "الكمية إلى أسواق آسيا من خلال ميناء الشمال")


def test_a_statement_retold_in_other_words_joins_its_speakers_statement(store):
    conn = _ingest(store, [_doc("plan", "صحيفة الطاقة", "سالم الكندي", PLAN, "direct"),
                           _doc("retold", "وكالة الأنباء", "سالم الكندي", PLAN_RETOLD, "indirect")])
    assert cluster_of(conn, "retold:0") == cluster_of(conn, "plan:0")


def test_the_same_retelling_given_to_another_speaker_stays_apart(store):
    conn = _ingest(store, [_doc("plan", "صحيفة الطاقة", "سالم الكندي", PLAN, "direct"),
                           _doc("retold", "وكالة الأنباء", "منير الحداد", PLAN_RETOLD, "indirect")])
    assert cluster_of(conn, "retold:0") != cluster_of(conn, "plan:0")


# A long answer, and a report of one of its sentences that swaps every other word: "قفز" for "ارتفع",
# "15%" for "خمسة عشر في المئة", "عن مستواه في العام الماضي" for "مقارنة بالعام الماضي". Of the
# report's 8 informative stems only 4 align in runs of two ("ارتفع هذا الصيف", "العام الماضي"), half,
# but 6 (all but الكهرباء and مستواه) lie in one stretch of the answer, the figure among them.
OUTAGES = ("أعتذر من كل مواطن يعاني من الانقطاعات في هذا الحر الشديد. العجز في الشبكة الوطنية يبلغ ألفا ومئتي "
           "ميغاواط، والطلب ارتفع هذا الصيف بنسبة خمسة عشر في المئة مقارنة بالعام الماضي. لا أريد أن أجمّل "
           "الصورة، الوضع صعب.")
DEMAND = "الطلب على الكهرباء قفز هذا الصيف 15% عن مستواه في العام الماضي"


def _analysed(doc_id: str, outlet: str, speaker: str, text: str, kind: str) -> Document:
    """``_doc`` with its figures read, as ingest reads them before linking."""
    from qawl import claims

    doc = _doc(doc_id, outlet, speaker, text, kind)
    claims.annotate(doc)
    return doc


def _report_joins_answer(store, answer: tuple[str, str], report: tuple[str, str]) -> bool:
    """Whether a report (speaker, text) shares the cluster of an interview answer (speaker, text)
    stored before it, both with their figures read."""
    conn = _ingest(store, [_analysed("answer", "تلفزيون المدينة", *answer, "interview"),
                           _analysed("report", "المشرق برس", *report, "indirect")])
    return cluster_of(conn, "report:0") == cluster_of(conn, "answer:0")


def test_a_sentence_paraphrased_word_by_word_joins_the_answer_of_its_speaker(store):
    assert _report_joins_answer(store, ("جمال العطار", OUTAGES), ("جمال العطار", DEMAND))


@pytest.mark.parametrize("speaker, report", [
    ("منير الحداد", DEMAND),                             # another speaker
    ("جمال العطار", DEMAND.replace("15%", "25%")),        # another figure: the stretch lacks it
    ("جمال العطار", "العجز سيتراجع إلى النصف في الصيف المقبل مع دخول المحطة الحرارية الجديدة الخدمة"),
])
def test_a_paraphrase_of_another_speaker_or_figure_or_claim_stays_apart(store, speaker, report):
    assert not _report_joins_answer(store, ("جمال العطار", OUTAGES), (speaker, report))


# A long answer and a report that keeps its figure but few of its words: "تسجيل 234 حالة مؤكدة" for
# "سجلنا … مئتين وأربعا وثلاثين حالة مؤكدة". Fewer than half of the report's informative stems align
# in runs of two, and fewer than 0.7 lie in one stretch of the answer; but the figure, 234 before
# حالة in both, and half of its stems found in the answer make it the same statement.
OUTBREAK = ("الوضع تحت السيطرة ولا داعي للهلع. سجلنا حتى صباح اليوم مئتين وأربعا وثلاثين حالة مؤكدة في قرى "
            "المركز، ولم نسجل أي حالة وفاة، والفرق الطبية تعمل على مدار الساعة. نعمل مع شركة المياه على تعقيم "
            "الخزانات وتوزيع أقراص الكلور على الأسر في كل القرى المتضررة.")
CASES = "تسجيل 234 حالة إصابة مؤكدة بحمى التيفود في قرى المركز من دون أي وفيات"


def test_a_report_keeping_the_figure_of_an_answer_joins_it(store):
    assert _report_joins_answer(store, ("حازم الشناوي", OUTBREAK), ("حازم الشناوي", CASES))


@pytest.mark.parametrize("speaker, report", [
    ("منير الحداد", CASES),                                 # another speaker
    ("حازم الشناوي", CASES.replace("234", "250")),          # a new count: the answer lacks it
    # the figure before another word: tons of aid, not cases
    ("حازم الشناوي", "وصول 234 طنا من المساعدات الطبية إلى قرى المركز من دون أي وفيات"),
])
def test_a_report_with_another_speaker_count_or_counted_thing_stays_apart(store, speaker, report):
    assert not _report_joins_answer(store, ("حازم الشناوي", OUTBREAK), (speaker, report))


@pytest.mark.parametrize("stem, distinctive", [
    ("234", True), ("5.8", True), ("120000000", True),
    ("3", False), ("10", False),          # small counts, said of anything
    ("2024", False),                      # a year
    ("20-99", False),                     # a vague amount (عشرات) or a range
])
def test_which_figures_are_distinctive(stem, distinctive):
    from qawl.link.align import distinctive_figure

    assert distinctive_figure(stem) is distinctive
