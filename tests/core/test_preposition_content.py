"""What was said as a noun phrase after the preposition a reporting verb takes (``cues.NOUN_CONTENT_VERBS``):
"شدد على ضرورة …", "دعا إلى …", "حذر من …", "طالبت بـ…", and the participles that go on with the
sentence's speaker ("…، مشدداً على ضرورة …", "…، مشيراً إلى وجود …"). Invented sentences."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements

SAID = [
    ("وشدد رئيس الوزراء خالد المنصوري على ضرورة الإسراع في تنفيذ المشاريع المتعثرة في المحافظات الجنوبية.",
     [("indirect", "خالد المنصوري", "ضرورة الإسراع في تنفيذ المشاريع المتعثرة في المحافظات الجنوبية")]),
    ("ودعا وزير الداخلية سليم الراشد إلى تكثيف الجهود لمكافحة التهريب عبر الحدود الشرقية.",
     [("indirect", "سليم الراشد", "تكثيف الجهود لمكافحة التهريب عبر الحدود الشرقية")]),
    ("وحذرت وزيرة الشؤون الاجتماعية هالة حداد من كارثة إنسانية وشيكة في مخيمات النازحين.",
     [("indirect", "هالة حداد", "كارثة إنسانية وشيكة في مخيمات النازحين")]),
    ("وأكد وزير التربية ماهر العلي على أهمية إشراك الأهالي في تقييم المناهج الجديدة.",
     [("indirect", "ماهر العلي", "أهمية إشراك الأهالي في تقييم المناهج الجديدة")]),
    ("وطالبت النائبة سوسن الموسوي بفتح تحقيق في أسباب توقف محطة الكهرباء الغازية.",
     [("indirect", "سوسن الموسوي", "فتح تحقيق في أسباب توقف محطة الكهرباء الغازية")]),
    ("وطالبت الوزارة بـإطلاقات منصفة تضمن حصة البلاد المائية.",
     [("indirect", "الوزارة", "إطلاقات منصفة تضمن حصة البلاد المائية")]),
]


@pytest.mark.parametrize("text,expected", SAID)
def test_the_noun_phrase_after_the_verbs_preposition_is_what_was_said(text, expected):
    assert statements(run(text)) == expected


AFTER_A_STATEMENT = [
    ("مشدداً على ضرورة الالتزام بالإجراءات الوقائية في المدارس",
     "ضرورة الالتزام بالإجراءات الوقائية في المدارس"),
    ("مشيراً إلى وجود نقص في الأدوية بالمستشفيات الحكومية", "وجود نقص في الأدوية بالمستشفيات الحكومية"),
    ("داعياً إلى تكثيف حملات التلقيح في القرى النائية", "تكثيف حملات التلقيح في القرى النائية"),
    ("محذراً من تفشي الكوليرا في المناطق المنكوبة", "تفشي الكوليرا في المناطق المنكوبة"),
    ("مطالباً بزيادة مخصصات القطاع الصحي في موازنة العام المقبل", "زيادة مخصصات القطاع الصحي في موازنة العام المقبل"),
]


@pytest.mark.parametrize("tail,content", AFTER_A_STATEMENT)
def test_a_participle_and_its_preposition_go_on_with_the_speaker(tail, content):
    doc = run(f"وقال وزير الصحة سامي الجابري إن الوضع تحت السيطرة، {tail}.")
    assert statements(doc) == [("indirect", "سامي الجابري", "الوضع تحت السيطرة"),
                               ("indirect", "سامي الجابري", content)]


NOT_SAID = [
    # "مشددة" as an adjective ("tight"), with no comma before it
    "وفرضت السلطات إجراءات أمنية مشددة على الحدود مع الدولة المجاورة.",
    "وتخضع السجون لحراسة مشددة على مدار الساعة.",
    # an invitation (no إلى after the subject), not a call for something
    "ودعا الرئيس نظيره الفرنسي لزيارة البلاد في الربيع المقبل.",
    # a banner, not "pointing out"
    "ورفع المحتجون لافتة إلى جانب مبنى البلدية.",
]


@pytest.mark.parametrize("text", NOT_SAID)
def test_the_same_words_in_other_senses_say_nothing(text):
    assert statements(run(text)) == []
