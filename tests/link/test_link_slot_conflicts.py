"""Two texts that align around a short gap holding different figures or dates are two statements
(``align.slot_conflicts``): a minister's forecast of last month and this month's target, a periodic
report with this week's figures. One figure changed in an otherwise word-for-word copy is one
statement miscopied; a rounding, a slip of one digit, a scale word left out and a figure read from
an ordinal are no conflict (invented sentences)."""
from __future__ import annotations

import pytest
from link_support import cluster_of, ingest_resolved

from qawl.doc import Document
from qawl.link.align import another_statement, compare
from qawl.link.clusters import ONE_SPEAKER, decode, linked
from qawl.link.prepare import prepare_document
from qawl.pipeline import analyze


def _stems(text: str):
    """The link stems of the first statement of ``text``, analysed in full."""
    prep = prepare_document(analyze(Document(id="d", text=text)))
    first = prep.statements["d:0"]
    return decode(first.stems, first.info)


# (earlier report, later one): rewrites that align but say another figure or date in one place.
ANOTHER_STATEMENT = [
    # last month's forecast and this month's target
    ("وقال وزير المالية إن الحكومة تستهدف خفض العجز الكلي للموازنة إلى 6.2% من الناتج المحلي الإجمالي خلال العام المالي المقبل.",
     "وكان وزير المالية قد توقع أن يتراجع العجز الكلي إلى 6.8 بالمئة من الناتج المحلي في العام المالي المقبل."),
    # two dates for one hospital
    ("وقال وزير الصحة: \"نحن نعمل على أن يكون مستشفى الوادي الأخضر جاهزاً قبل نهاية العام المقبل\".",
     "وأكد وزير الصحة أن الوزارة ستفتتح مستشفى الوادي الأخضر في منتصف العام المقبل."),
    # two months for one stage of works
    ("وقال مدير المشروع إن المرحلة الثانية من مشروع الطريق الدائري ستنطلق في سبتمبر المقبل بعد استكمال التمويل.",
     "وأوضح مدير المشروع أن أعمال المرحلة الثانية من مشروع الطريق الدائري ستبدأ في مايو المقبل."),
    # the injured of one clash, counted at two hours of the day
    ("وقال مدير الأمن إن أعداد المصابين في الاشتباكات بمحيط قسم الشرطة ارتفعت إلى 35 مصابا بينهم ضابطان.",
     "وأعلن مدير الأمن أن أعداد المصابين في الاشتباكات بمحيط قسم الشرطة وصلت إلى 21 مصابا."),
]


@pytest.mark.parametrize("earlier,later", ANOTHER_STATEMENT)
def test_a_different_figure_or_date_in_one_place_is_another_statement(earlier, later):
    a, b = _stems(earlier), _stems(later)
    m = compare(a, b)
    assert another_statement(m, a, b)
    assert not linked(m, a, b, ONE_SPEAKER)


def test_a_weekly_report_with_new_figures_is_another_statement():
    # a copy of last week's wording, two figures changed: this week's stock, not last week's
    a = _stems("وقال المتحدث باسم الوزارة إن إجمالي رصيد القمح الحالي بلغ 2.3 مليون طن يكفي لمدة 93 يوما من الاستهلاك المحلي.")
    b = _stems("وقال المتحدث باسم الوزارة إن إجمالي رصيد القمح الحالي بلغ 2.9 مليون طن يكفي لمدة 114 يوما من الاستهلاك المحلي.")
    assert another_statement(compare(a, b), a, b)


# (report, other report): one statement, its figures written or copied a little differently.
ONE_STATEMENT = [
    # one figure miscopied in an otherwise word-for-word copy
    ("وقال مدير الجالية إنه سيتم نقل الجثمان إلى العاصمة خلال 24 ساعة بناء على طلب أسرته لدفنه في مسقط رأسه.",
     "وقال مدير الجالية إنه سيتم نقل الجثمان إلى العاصمة خلال 48 ساعة بناء على طلب أسرته لدفنه في مسقط رأسه."),
    # a slip of one digit in a rewrite
    ("وقال المحافظ إن الخطة تتضمن إطلاق مشروعات صغيرة بإجمالي 712 مليون جنيه لتمويل خمسة آلاف مشروع في القرى.",
     "وأوضح المحافظ أن الخطة تشمل مشروعات صغيرة بإجمالي تكلفة 713 مليون جنيه لتمويل خمسة آلاف مشروع."),
    # a scale word left out
    ("وقال الوزير إن بلاده لم توافق على عرض الصندوق الذي يمنحها قرضا قيمته 750 مليون دولار في المرحلة الأولى.",
     "وقال الوزير إن بلاده لم توافق على عرض الصندوق الذي يمنحها قرضا قيمته 750 دولار في المرحلة الأولى."),
    # an age in ordinal words (read "ثامن 50") and in digits
    ("وقال نائب الرئيس إن الرئيس توفي عن عمر يناهز الثامنة والخمسين بعد صراع مع المرض دام عامين.",
     "وقال نائب الرئيس إن الرئيس توفي عن عمر يناهز 58 عاما بعد صراع مع المرض دام عامين."),
]


@pytest.mark.parametrize("one,other", ONE_STATEMENT)
def test_a_figure_copied_a_little_differently_is_no_conflict(one, other):
    a, b = _stems(one), _stems(other)
    m = compare(a, b)
    assert not another_statement(m, a, b)
    assert linked(m, a, b, ONE_SPEAKER)


# A minister's statement and its report, which also recalls his forecast of a month before.
TARGET = dict(id="a", outlet="صحيفة الوادي", date="2026-03-02", text=(
    "وزير المالية: نستهدف خفض العجز إلى 6.2% العام المقبل\n\n"
    "أعلن وزير المالية هشام الرفاعي، أن الحكومة تستهدف خفض العجز الكلي للموازنة إلى 6.2% من الناتج المحلي"
    " الإجمالي خلال العام المالي المقبل، مقابل 7.4% متوقعة للعام الجاري.\n\n"
    "وأضاف الرفاعي أن الإيرادات الضريبية ارتفعت بنسبة 21% خلال الأشهر التسعة الأولى من العام.\n"))
REPORT = dict(id="b", outlet="وكالة السهل", date="2026-03-03", text=(
    "وأوضح وزير المالية هشام الرفاعي، في مؤتمر صحفي اليوم، أن الحكومة تستهدف خفض العجز الكلي للموازنة إلى 6.2%"
    " من الناتج المحلي الإجمالي، مقابل 7.4% متوقعة للعام الجاري.\n\n"
    "وكان الرفاعي قد توقع، في تصريحات أدلى بها الشهر الماضي، أن يتراجع العجز الكلي إلى 6.8 بالمئة من الناتج"
    " المحلي في العام المالي المقبل.\n"))


def _statement(conn, doc_id: str, words: str) -> str:
    rows = conn.execute("SELECT id FROM statements WHERE doc_id = ? AND kind != 'headline' AND instr(text, ?) > 0",
                        (doc_id, words)).fetchall()
    assert len(rows) == 1, (doc_id, words, rows)
    return rows[0][0]


def test_the_forecast_of_last_month_stays_out_of_the_targets_cluster(store):
    conn = ingest_resolved(store, [analyze(Document(**TARGET)), analyze(Document(**REPORT))])
    target = _statement(conn, "a", "6.2%")
    again, forecast = _statement(conn, "b", "6.2%"), _statement(conn, "b", "6.8")
    assert cluster_of(conn, again) == cluster_of(conn, target)
    assert cluster_of(conn, forecast) != cluster_of(conn, target)
