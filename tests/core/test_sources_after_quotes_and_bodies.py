"""Sources named after a quotation and bodies before their objects, on invented sentences: "«…»، بحسب
فلان." attributes a quote that is a whole sentence (and the paragraphs it ran over) as his words; a
definite body's adjectives end at a verbal noun, the verb's object ("وأعلنت الخارجية الإيرانية
الإفراج عن …"); a cell that speaks for the state ("خلية الإعلام الأمني") is a body, and a definite
body takes no indefinite one as its complement. Also what was founded or recommended ("أعلنت إنشاء …",
"وأوصى مجلس الإدارة بتوزيع …") and "بيّن" without its و after a comma."""
from __future__ import annotations

import pytest
from pipeline_helpers import mention_texts, run, statements

_CONTINUED_QUOTE = (
    "وقال المتحدث باسم القيادة العميد حسن الكبيسي إن العملية حققت أهدافها كاملة.\n\n"
    "«سنلاحق بقايا العصابات في الوديان والبساتين حتى آخر مسلح، ولن نسمح لهم بالعودة إلى القرى.\n\n"
    "«أما الطريق الدولي فهو مؤمن بالكامل بنقاط تفتيش وكاميرات حرارية على طول 90 كيلومترا»، بحسب الكبيسي."
)


def test_a_quote_over_two_paragraphs_attributed_with_according_to_is_his_in_both():
    found = statements(run(_CONTINUED_QUOTE))
    assert [s[:2] for s in found if s[2].startswith("سنلاحق بقايا العصابات")] == [("direct", "حسن الكبيسي")]
    # (the mark that reopened the quote at its second paragraph is no part of what was said)
    assert ("direct", "حسن الكبيسي", "أما الطريق الدولي فهو مؤمن بالكامل بنقاط تفتيش وكاميرات حرارية على طول 90 كيلومترا") in found


def test_a_whole_quoted_sentence_before_according_to_and_a_relative_clause():
    doc = run("«الأسعار ستبقى مستقرة حتى نهاية العام الجاري على أقل تقدير» حسب سامر الخطيب، الذي يدير متجرا في السوق.")
    assert statements(doc) == [("direct", "سامر الخطيب", "الأسعار ستبقى مستقرة حتى نهاية العام الجاري على أقل تقدير")]


def test_a_quoted_phrase_inside_a_sentence_stays_the_source_report():
    # guard: the quote does not open its sentence; the sentence is what the source reported
    doc = run("وبحث الرئيسان هاتفيا أمس سبل \"تعزيز التعاون الاقتصادي بين البلدين\"، بحسب الرئاسة.")
    assert [s[0] for s in statements(doc)] == ["indirect"]


def test_a_definite_body_and_its_adjective_stop_at_the_announced_verbal_noun():
    doc = run("وأعلنت الخارجية الإيرانية الإفراج عن المواطن رضا محمدي بعد احتجاز دام 14 شهرا في دولة أوروبية.")
    assert statements(doc) == [("indirect", "الخارجية الإيرانية",
                                "الإفراج عن المواطن رضا محمدي بعد احتجاز دام 14 شهرا في دولة أوروبية")]


def test_a_cell_that_speaks_for_the_state_is_a_body():
    doc = run("وقالت خلية الإعلام الأمني إن القوات دمرت أربعة أوكار. وأكدت الخلية عدم تسجيل أي خسائر في صفوف القوات.")
    assert statements(doc) == [("indirect", "خلية الإعلام الأمني", "القوات دمرت أربعة أوكار"),
                               ("indirect", "خلية الإعلام الأمني", "عدم تسجيل أي خسائر في صفوف القوات")]


def test_a_definite_body_takes_no_indefinite_body_after_it():
    # guard: "خلية" is the police's object, not part of its name
    doc = run("وفككت الشرطة خلية نائمة في الحي الشرقي.")
    assert mention_texts(doc, "org") == ["الشرطة"]


def test_a_founding_announced_with_the_subject_dropped():
    doc = run("وقالت وزيرة البيئة سلمى الحداد إن موسم الأمطار كان ضعيفا. كما أعلنت إنشاء صندوق وطني للتكيف المناخي "
              "برأسمال أولي يبلغ 250 مليون دولار.")
    assert statements(doc)[1] == ("indirect", "سلمى الحداد", "إنشاء صندوق وطني للتكيف المناخي برأسمال أولي يبلغ 250 مليون دولار")


def test_a_board_recommendation_with_a_verbal_noun_after_ba():
    doc = run("وأوصى مجلس إدارة الشركة بتوزيع أرباح نقدية على المساهمين بقيمة 1.5 مليار دولار.")
    assert statements(doc) == [("indirect", "مجلس إدارة الشركة", "توزيع أرباح نقدية على المساهمين بقيمة 1.5 مليار دولار")]


def test_a_recommendation_past_the_ba_words_of_the_subject_complement():
    doc = run("وأوصت هيئة المفوضين بالدائرة الأولى بمحكمة القضاء الإداري بإلزام الحكومة بنشر أسماء المتضررين.")
    assert statements(doc) == [("indirect", "هيئة المفوضين", "إلزام الحكومة بنشر أسماء المتضررين")]


def test_a_bequest_is_no_recommendation():
    # guard: "أوصى" with a ب-word that is no verbal noun says nothing
    assert statements(run("وأوصى التاجر الراحل بأمواله لجمعية خيرية في القرية.")) == []


def test_made_clear_without_its_conjunction_after_a_comma():
    doc = run("وفي ما يتعلق بالعملة الوطنية، بيّن المحافظ نادر السامرائي أن سعر الصرف مستقر منذ ستة أشهر على الأقل.")
    assert statements(doc) == [("indirect", "نادر السامرائي", "سعر الصرف مستقر منذ ستة أشهر على الأقل")]


def test_between_after_a_comma_is_still_a_preposition():
    # guard: punctuation comes before any complementizer
    doc = run("وقال الوزير نادر السامرائي إن الاتفاق، بين الحكومة والنقابات، ينص على أن الأجور سترتفع.")
    assert [s[2] for s in statements(doc)] == ["الاتفاق، بين الحكومة والنقابات، ينص على أن الأجور سترتفع"]


@pytest.mark.parametrize("text, speaker, said", [
    ("وبحسب مصدر دبلوماسي حضر جلسات القمة، فإن أبرز نقاط الخلاف تمثلت في مصير السلاح الثقيل.",
     "مصدر دبلوماسي", "أبرز نقاط الخلاف تمثلت في مصير السلاح الثقيل"),
    ('وبحسب مصدر مطلع على المفاوضات، تحدث لـ"الوادي" شريطة عدم ذكر اسمه، فإن الوساطة استمرت خمسة أشهر.',
     "مصدر مطلع على المفاوضات", "الوساطة استمرت خمسة أشهر"),
])
def test_a_clause_describing_an_opening_source_comes_before_its_fa_inna(text, speaker, said):
    assert statements(run(text)) == [("indirect", speaker, said)]


def test_a_source_followed_by_its_comma_says_what_comes_next():
    # guard: a later "، فإن" in the sentence is no end of the source
    doc = run("وبحسب الوزير، ارتفعت الصادرات بنسبة عشرة بالمئة، فإن الحكومة راضية.")
    assert [said for _, _, said in statements(doc)] == ["ارتفعت الصادرات بنسبة عشرة بالمئة، فإن الحكومة راضية"]


def test_a_relayed_source_may_be_a_noun_and_its_adjectives():
    doc = run("ونقلت وكالة فرانس برس عن دبلوماسي غربي، فضل عدم الكشف عن هويته، أن الروس يريدون تحقيق إنجاز.")
    assert [(speaker, said) for _, speaker, said in statements(doc)] == [("دبلوماسي غربي", "الروس يريدون تحقيق إنجاز")]


def test_another_outlet_relayed_is_no_source():
    # guard: a noun with no adjective after عن names nobody
    assert statements(run("نقلت الصحيفة عن نظيرتها أن الحكومة ستستقيل.")) == []
