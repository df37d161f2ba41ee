"""Verbs whose object starts what was said (``cues.OBJECT_CLAUSE_VERBS``: a cause given with عزا/أرجع,
a figure estimated with قدّر, a position renewed with جدد), pledges and admissions as a noun with ب
(تعهد، أقر، اعترف), and the ب-words that are no one's name. Invented sentences."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements

SAID = [
    ("وعزا وزير التجارة سالم الدوسري ارتفاع الأسعار إلى زيادة الطلب العالمي على القمح.",
     [("indirect", "سالم الدوسري", "ارتفاع الأسعار إلى زيادة الطلب العالمي على القمح")]),
    # the preposition glued (لـ), past a long subject
    ("وأرجع مدير الأمن اللواء فهد العتيبي تأخر وصول الفرق لسوء الأحوال الجوية في المنطقة.",
     [("indirect", "فهد العتيبي", "تأخر وصول الفرق لسوء الأحوال الجوية في المنطقة")]),
    # an object that points back
    ("وأرجع وزير الداخلية ذلك إلى ضعف التنسيق بين الأجهزة الأمنية.",
     [("indirect", "وزير الداخلية", "ذلك إلى ضعف التنسيق بين الأجهزة الأمنية")]),
    ("وقدّر وزير الزراعة كمال الهاشمي خسائر الموسم بنحو ثلاثة مليارات دينار.",
     [("indirect", "كمال الهاشمي", "خسائر الموسم بنحو ثلاثة مليارات دينار")]),
    # the noun of speech is not part of the name before it
    ("وجدد رئيس الوزراء عادل منصور التزام الحكومة بدعم المزارعين في المحافظات الجنوبية.",
     [("indirect", "عادل منصور", "التزام الحكومة بدعم المزارعين في المحافظات الجنوبية")]),
    ("وجددت الهيئة الوطنية للانتخابات دعوتها إلى الأحزاب لتقديم قوائم مرشحيها قبل نهاية الشهر.",
     [("indirect", "الهيئة الوطنية للانتخابات", "دعوتها إلى الأحزاب لتقديم قوائم مرشحيها قبل نهاية الشهر")]),
    # a noun of three letters with its pronoun
    ("وجدد وزير الخارجية سالم الدوسري رفضه لأي تدخل أجنبي في شؤون البلاد.",
     [("indirect", "سالم الدوسري", "رفضه لأي تدخل أجنبي في شؤون البلاد")]),
    # a complementizer right after the noun opens the clause itself
    ("وجدد الوزير حسن الراشد تأكيده أن الحكومة لن تتراجع عن خطة الإصلاح.",
     [("indirect", "حسن الراشد", "الحكومة لن تتراجع عن خطة الإصلاح")]),
    ("وتعهد المحافظ ناصر البدري بوصول المساعدات إلى كل القرى المتضررة خلال أسبوع.",
     [("indirect", "ناصر البدري", "وصول المساعدات إلى كل القرى المتضررة خلال أسبوع")]),
    ("واعترف وزير الصحة كريم النجار بوجود نقص في أدوية الأمراض المزمنة.",
     [("indirect", "كريم النجار", "وجود نقص في أدوية الأمراض المزمنة")]),
    # what one expected, as a noun (توقع) or a clause (رجح); what one ruled out (استبعد)
    ("وتوقع وزير الصحة حازم الشناوي احتواء البؤرة في غضون أسبوعين.",
     [("indirect", "حازم الشناوي", "احتواء البؤرة في غضون أسبوعين")]),
    ("وقال مدير شركة الكهرباء سالم الزوي إن الأزمة ستنتهي، متوقعا تراجع ساعات الطرح إلى أربع ساعات يوميا.",
     [("indirect", "سالم الزوي", "الأزمة ستنتهي"), ("indirect", "سالم الزوي", "تراجع ساعات الطرح إلى أربع ساعات يوميا")]),
    ("ورجح محافظ البنك المركزي سعيد الراسي أن يهبط التضخم إلى خانة واحدة قبل نهاية العام.",
     [("indirect", "سعيد الراسي", "يهبط التضخم إلى خانة واحدة قبل نهاية العام")]),
    ("واستبعد وزير النقل عادل الشمري أن تتأثر حركة الموانئ بالإضراب.",
     [("indirect", "عادل الشمري", "تتأثر حركة الموانئ بالإضراب")]),
    ("وأكد المحافظ يوسف الكعبي أن السياسة النقدية ستبقى حذرة، ومرجحا عودة التضخم إلى نطاق 2 إلى 3 في المائة.",
     [("indirect", "يوسف الكعبي", "السياسة النقدية ستبقى حذرة"),
      ("indirect", "يوسف الكعبي", "عودة التضخم إلى نطاق 2 إلى 3 في المائة")]),
    # a condition set, after the sentence's own statement
    ("ورأى المتحدث باسم التحالف سامر القيسي أن الجولة كانت الأفضل، مشترطا أن يكون سحب الأسلحة الثقيلة متزامنا.",  # (باسم in the subject)
     [("indirect", "سامر القيسي", "الجولة كانت الأفضل"), ("indirect", "سامر القيسي", "يكون سحب الأسلحة الثقيلة متزامنا")]),
    # the holder's role between commas, with a complement the role leaves out, before the object
    ("أعلن الدكتور حازم الشناوي، مساعد وزير الصحة للطب الوقائي، تسجيل 234 حالة إصابة بحمى التيفود.",
     [("indirect", "حازم الشناوي", "تسجيل 234 حالة إصابة بحمى التيفود")]),
    ("وكشف اللواء ماهر سليم، مدير أمن المحافظة، عن ضبط شبكة لتهريب الوقود.",
     [("indirect", "ماهر سليم", "ضبط شبكة لتهريب الوقود")]),
]


@pytest.mark.parametrize("text,expected", SAID)
def test_the_object_and_what_follows_it_is_what_was_said(text, expected):
    assert statements(run(text)) == expected


def test_a_cause_given_after_a_clause_goes_on_with_the_speaker():
    doc = run("وقال وزير المالية سالم الدوسري إن الأزمة عابرة. وأرجع ذلك إلى أن الطلب تراجع خلال الشهر الماضي.")
    assert statements(doc) == [("indirect", "سالم الدوسري", "الأزمة عابرة"),
                               ("indirect", "سالم الدوسري", "الطلب تراجع خلال الشهر الماضي")]


NOT_SAID = [
    "وقدرت الخسائر بنحو ثمانية ملايين جنيه.",  # a passive: nobody estimated aloud
    # a passive after a relative; the أن far after it is another verb's
    "وبيع المصنع الذي قدرت قيمته بنحو 660 مليون جنيه خلافا للقواعد التي تقضي أن يكون البيع بالمزاد.",
    "وجدد النادي عقد اللاعب سامي الخطيب لثلاثة مواسم.",  # a contract renewed
    "وانضم إلى المجلس خمسة أعضاء جدد بعد الانتخابات.",  # جدد, the adjective
    "وطالب النواب بأن يتعهد الرئيس باحترام الاتفاقية.",  # a present form after أن: a condition
    "وبمواجهته أمام اللواء سامر عبد العال مدير المباحث اعترف بحيازته للمواد المخدرة بقصد الاتجار.",
    "ولم تتحقق الوعود رغم مجرد تعهد الوزير بتقديم المساعدات.",  # تعهد, a noun after مجرد
    "ورجح هدف اللاعب سامي الخطيب كفة الفريق في الدقائق الأخيرة.",  # رجح with no clause: tipped
    "واستقبل الوزير سالم خليل، رئيس الوزراء، وفدا من البنك الدولي.",  # an apposition, but no cue
    "وشهدت الانتخابات نتائج غير متوقعة، فحزب الوسط حصد أكثر من ثلاثين مقعدا.",  # متوقعة, an adjective
]


@pytest.mark.parametrize("text", NOT_SAID)
def test_no_statement_without_a_named_subject_or_the_word_the_verb_needs(text):
    assert [s for s in statements(run(text)) if s[2].startswith(("الخسائر", "قيمته", "يكون", "عقد", "احترام",
                                                                  "حيازته", "تقديم", "جدد"))] == []


def test_a_word_with_ba_after_a_name_is_not_the_name():
    doc = run("واستقبل رئيس الوزراء الضيف في القاهرة. وتعهد نظيره هشام قنديل بعدم السماح بأي نشاط معاد.")
    names = {e["name"] for e in doc.entities.values() if e["type"] == "person"}
    assert "هشام قنديل" in names and not any("بعدم" in n for n in names)


def test_an_admission_after_an_anonymous_source_is_not_part_of_the_source():
    doc = run("واعترفت مصادر رسمية بوزارة الصحة بوجود نقص في الأدوية، مؤكدة أن الوزارة تواجهه ببدائل مماثلة.")
    roles = [m for m in doc.layer("mentions") if m.label == "role"]
    assert [doc.text[m.start:m.end] for m in roles] == ["مصادر رسمية بوزارة الصحة"]
    assert not any(e["name"] == "نقص" for e in doc.entities.values())


def test_a_preposition_with_ba_is_not_what_was_demanded():
    doc = run("وطالبت محكمة الضمير الدولية بشأن فلسطين بأن تتولى المحكمة الجنائية التحقيق في الجرائم.")
    assert [s[2] for s in statements(doc)] == ["تتولى المحكمة الجنائية التحقيق في الجرائم"]


def test_an_admission_with_the_subject_glued_to_lakin_goes_on_with_the_speaker():
    doc = run("وقال المدرب عادل الحديثي إن الفريق سيعود أقوى، لكنه أقر بوجود اختلافات في الرؤية حول طريقة اللعب.")
    assert statements(doc) == [("indirect", "عادل الحديثي", "الفريق سيعود أقوى"),
                               ("indirect", "عادل الحديثي", "وجود اختلافات في الرؤية حول طريقة اللعب")]


def test_a_present_pledge_in_narrative_is_a_statement():
    doc = run("ورفعت الجلسة، قبل أن يتعهد الوزير عادل الساعدي بوصول ساعات التجهيز إلى عشرين ساعة يوميا.")
    assert statements(doc) == [("indirect", "عادل الساعدي", "وصول ساعات التجهيز إلى عشرين ساعة يوميا")]


APPOSITION = [
    # a role's destination and its holder's name between commas, before the verb's preposition
    ("كشف المبعوث الأممي الخاص إلى بوراليا، ماركوس ليندكرين، عن موافقة الحكومة على هدنة إنسانية مدتها 72 ساعة.",
     [("indirect", "ماركوس ليندكرين", "موافقة الحكومة على هدنة إنسانية مدتها 72 ساعة")]),
    ("وشدد وزير الخارجية، سالم الدوسري، على ضرورة وقف إطلاق النار فورا.",
     [("indirect", "سالم الدوسري", "ضرورة وقف إطلاق النار فورا")]),
    ("وطالبت رئيسة اللجنة، هالة حداد، بفتح تحقيق عاجل في الحادث.",
     [("indirect", "هالة حداد", "فتح تحقيق عاجل في الحادث")]),
]


@pytest.mark.parametrize("text,expected", APPOSITION)
def test_the_preposition_after_a_name_in_apposition_opens_what_was_said(text, expected):
    assert statements(run(text)) == expected
