"""Participles that continue a speaker only when a complementizer or a colon follows them
(``rules.cues.CLAUSE_PARTICIPLES``): "…، متعهدا بأن …" opens the speaker's next statement; "متعهدا
بحمايته", "معترفا به" and "مذكرة تفاهم" (a memorandum) open none (invented articles)."""
from __future__ import annotations

import pytest
from pipeline_helpers import run, statements

from qawl.components.mentions import doc_tokens
from qawl.components.statements import participle_cue

OPENING = [
    ("وأوضح مدير المختبر سامر العطار أن نتائج التحاليل كانت تستغرق خمسة أيام، وتم تقليصها إلى يومين، "
     "متعهدا بأن تصل النتائج إلى المواطنين عبر رسائل نصية.",
     "تصل النتائج إلى المواطنين عبر رسائل نصية"),
    ("وقال رئيس الاتحاد كريم بنسودة إن المكتب المديري اجتمع أربع ساعات قبل أن يقرر إنهاء التعاقد مع المدرب، "
     "معترفا بأن القرار لم يكن سهلا على أحد.",
     "القرار لم يكن سهلا على أحد"),
    ("وأكد والي ولاية الشلف رشيد بن عمار أن ألف عائلة تضررت من الفيضانات حتى الآن، "
     "مبرزا أن مصالحه ستبدأ الأسبوع المقبل في تركيب الشاليهات.",
     "مصالحه ستبدأ الأسبوع المقبل في تركيب الشاليهات"),
    ("وقال رئيس النادي عادل الراشد إنه سيغادر إذا لم يحقق الفريق المركز الثالث، "
     "مذكرا بأن مجلس الإدارة سيحاسب أمام الجمعية العمومية.",
     "مجلس الإدارة سيحاسب أمام الجمعية العمومية"),
    ("وأكدت رئيسة المجلس نادية السويدي أن الظاهرة تمس النساء في كل المحافظات، مستطردة: "
     "لكن المسؤولية تقع على الدولة أولا.",
     "لكن المسؤولية تقع على الدولة أولا"),
]


PARTICIPLES = ["متعهدا", "معترفا", "مبرزا", "مذكرا", "مستطردة"]


@pytest.mark.parametrize("text, second, participle", [(*case, p) for case, p in zip(OPENING, PARTICIPLES)],
                         ids=PARTICIPLES)
def test_the_participle_opens_the_speakers_next_statement(text, second, participle):
    (_, first_speaker, first), (_, second_speaker, said) = statements(run(text))
    assert first_speaker is not None and second_speaker == first_speaker
    assert said == second
    assert participle not in first  # the first statement ends before the participle


def test_a_participle_with_an_object_opens_nothing():
    # guard: "متعهدا بحمايته" says what he pledged as an object, not a reported clause
    text = ("وقال وزير الداخلية فهد الحارثي إن الشاهد تلقى تهديدات قبل المحاكمة، متعهدا بحمايته حتى صدور الحكم.")
    assert statements(run(text)) == [
        ("indirect", "فهد الحارثي", "الشاهد تلقى تهديدات قبل المحاكمة، متعهدا بحمايته حتى صدور الحكم")]


def test_a_memorandum_is_no_participle():
    # guard: "مذكرة" is the feminine of مذكرا and the noun "memorandum"
    text = ("وأعلن وزير الخارجية سليم الدباغ أن الوزارة وقعت مذكرة تفاهم مع معهد الدراسات الأوروبي، "
            "وأن مذكرة أخرى ستوقع الشهر المقبل.")
    found = statements(run(text))
    assert [speaker for _, speaker, _ in found] == ["سليم الدباغ"] * len(found)
    assert found[0][2].startswith("الوزارة وقعت مذكرة تفاهم مع معهد الدراسات الأوروبي")


def test_a_feminine_participle_before_another_preposition_than_its_own_is_an_adjective():
    # "معلومات مؤكدة عن …" is confirmed information: أكد takes على, not عن
    doc = run("ولفت المتحدث باسم التحالف إلى أن لدى التحالف معلومات مؤكدة عن وصول تعزيزات تضم نحو 300 من "
              "عناصر الميليشيات إلى محيط الميناء.")
    assert [text for _, _, text in statements(doc)] == [
        "لدى التحالف معلومات مؤكدة عن وصول تعزيزات تضم نحو 300 من عناصر الميليشيات إلى محيط الميناء"]


@pytest.mark.parametrize("text, at, cue", [
    ("أصدرت الوزارة بيانا معربة عن قلقها", 3, True),         # expressing: أعرب takes عن
    ("أصدرت الوزارة بيانا مشيرة إلى تدهور الأوضاع", 3, True),  # pointing out: أشار takes إلى
    ("لدى التحالف معلومات مؤكدة عن وصول تعزيزات", 3, False),  # confirmed: أكد takes على
])
def test_a_feminine_participle_after_an_indefinite_word_is_a_cue_before_its_own_preposition(text, at, cue):
    doc = run(text)
    toks = doc_tokens(doc)
    assert participle_cue(toks, at) is cue


def test_a_cause_given_with_aaziyan_is_a_statement_of_its_own():
    # "عازياً" (attributing) cuts the sentence: the cause it gives is the speaker's next statement,
    # also when its object points back ("هذه الزيادة")
    text = ("وقال رئيس الهيئة العليا للانتخابات عمر بن سالم إن عدد الناخبين المسجلين بلغ 1.2 مليون ناخب، "
            "عازياً هذه الزيادة إلى الشباب الذين بلغوا سن الاقتراع.")
    assert [said for _, _, said in statements(run(text))] == [
        "عدد الناخبين المسجلين بلغ 1.2 مليون ناخب", "هذه الزيادة إلى الشباب الذين بلغوا سن الاقتراع"]


def test_a_participle_after_kana_is_its_predicate_not_a_cue():
    # "كان متوقعا" (was expected), "ليس مؤكدا" (is not certain): what was said goes on past them
    doc = run("وقال الوزير إن الاتفاق كان متوقعا منذ أسابيع لكن الخلافات أخرته.")
    assert statements(doc) == [("indirect", "الوزير", "الاتفاق كان متوقعا منذ أسابيع لكن الخلافات أخرته")]
    doc = run("وأفاد المتحدث أن مقتل القيادي ليس مؤكدا حتى الآن.")
    assert [text for _, _, text in statements(doc)] == ["مقتل القيادي ليس مؤكدا حتى الآن"]


def test_what_he_estimated_after_his_pledge_is_a_statement_of_its_own():
    # (before: the estimate stayed inside the pledge, and a report of either linked to both)
    doc = run("وتعهد الوزير بأن الحكومة ستعوض المزارعين المتضررين بالكامل فور إخماد النيران، "
              "مقدراً أن قيمة الأضرار الأولية في المحاصيل والبساتين تتجاوز 30 مليون دولار.")
    assert [s[2] for s in statements(doc)] == [
        "الحكومة ستعوض المزارعين المتضررين بالكامل فور إخماد النيران",
        "قيمة الأضرار الأولية في المحاصيل والبساتين تتجاوز 30 مليون دولار"]


def test_a_participle_after_wa_kana_is_its_predicate():
    # (before: "وكان مقدرا أن يفتتح …" was a statement, and "، وكان متهما في قضية" cut one)
    assert statements(run("وكان مقدرا أن يفتتح المشروع في الربيع الماضي لولا تأخر التمويل.")) == []
    doc = run("وقال المحامي سامح رفعت إن المتهم الحقيقي كان شخصا آخر يحمل الاسم نفسه، "
              "وكان متهما في قضية إتجار بالمخدرات وصدر له عفو رئاسي.")
    assert [s[2] for s in statements(doc)] == [
        "المتهم الحقيقي كان شخصا آخر يحمل الاسم نفسه، وكان متهما في قضية إتجار بالمخدرات وصدر له عفو رئاسي"]
