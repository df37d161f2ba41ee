"""Statements whose content is a verbal noun (masdar) after the cue: "وأعلن المبعوث فتح 3 ممرات", "ونفى
الوزير وجود نية …", "وأعلن إزالة …". Reports rewrite an answer's verb into one ("أزلنا" → "أعلن إزالة"),
so a statement lost here cannot be linked to the answer (test_verbal_noun_objects: the mentions side).
Sentences invented, in news style."""
from __future__ import annotations

from pipeline_helpers import run, statements, mention_texts


def _persons(doc) -> list[str]:
    return mention_texts(doc, "person")


def test_a_denial_of_a_verbal_noun_is_a_statement():
    doc = run("قال وزير الطاقة جمال العطار إن الشبكة تعافت. ونفى العطار وجود نية لرفع تعرفة الكهرباء على الشرائح الأولى.")
    assert statements(doc)[1] == ("indirect", "جمال العطار", "وجود نية لرفع تعرفة الكهرباء على الشرائح الأولى")


def test_a_denial_participle_with_a_verbal_noun():
    doc = run("وقال المتحدث إن الاجتماع كان صريحا، نافيا وجود أي خلافات بين الطرفين حول الملف.")
    assert statements(doc)[1] == ("indirect", "المتحدث", "وجود أي خلافات بين الطرفين حول الملف")


def test_denying_what_others_said_is_a_statement_of_what_they_said():
    # (the denial is his statement, whole: what the reports said is its text, its cue نفى; until
    # session 41 it gave none, and a fact-checker lost the denial)
    doc = run("ونفى وزير الداخلية سالم الحداد الأنباء المتداولة عن استقالته من منصبه.")
    assert statements(doc) == [("indirect", "سالم الحداد", "الأنباء المتداولة عن استقالته من منصبه")]


def test_a_verbal_noun_in_waw_is_no_conjunction():
    # "وجود" starts with و: read as "و + جود", a second clause, the statement was dropped
    doc = run("وقال الوزير إن العمل بدأ. وكشف الوزير عن وجود 11 مشروعاً متعثراً ورثتها الوزارة من الحكومات السابقة.")
    assert statements(doc)[1] == ("indirect", "الوزير", "وجود 11 مشروعاً متعثراً ورثتها الوزارة من الحكومات السابقة")


def test_a_listed_verbal_noun_after_the_verb_drops_the_subject():
    doc = run("وقال وزير الكهرباء سالم الزوي إن الشبكة تعافت. وأعلن إزالة أكثر من 14 ألف توصيلة غير قانونية خلال الشهرين الأخيرين.")
    assert statements(doc)[1] == ("indirect", "سالم الزوي", "إزالة أكثر من 14 ألف توصيلة غير قانونية خلال الشهرين الأخيرين")


def test_a_noun_reporting_a_death_is_the_object_not_a_name():
    # "مقتل" (the killing of) has no verbal noun's shape: it had opened a person "مقتل قيادي بارز"
    doc = run("وقال المتحدث باسم الجيش العقيد سامر العبيدي إن العمليات مستمرة. وأعلن مقتل قيادي بارز في "
              "التنظيم في غارة ليلية قرب الحدود.")
    assert mention_texts(doc, "person") == ["سامر العبيدي"]
    assert statements(doc)[1] == ("indirect", "سامر العبيدي", "مقتل قيادي بارز في التنظيم في غارة ليلية قرب الحدود")


def test_an_issuance_is_the_object_and_advice_after_it_is_a_statement_of_its_own():
    # "صدور" (issuance) is no name; "، ونصحت …" (she advised) ends what was announced before it
    doc = run("وأعلنت مديرة البيئة رنا حداد صدور قرار يمنع إشعال النار في الأحراج، ونصحت كبار السن والأطفال "
              "بعدم الخروج بين الحادية عشرة صباحا والرابعة عصرا.")
    assert statements(doc)[0] == ("indirect", "رنا حداد", "صدور قرار يمنع إشعال النار في الأحراج")


def test_a_noun_of_verbal_noun_shape_stays_the_subject():
    # تقرير has the shape تفعيل, but here it is who speaks: the minister named before is not the speaker;
    # the committee that issued the report is (tests/core/test_pardons_states_and_asides.py)
    doc = run("وقال الوزير إن التحقيق مستمر. وأكد تقرير اللجنة الثلاثية أن الوفاة نتجت عن التعذيب.")
    assert statements(doc)[1] == ("indirect", "اللجنة الثلاثية", "الوفاة نتجت عن التعذيب")


def test_the_verbal_noun_comes_before_a_later_complementizer():
    doc = run("وأعلن المبعوث فتح 3 ممرات إنسانية باتجاه مدينة عين الزيتون، المحاصرة منذ 7 أشهر، على أن تعمل من 6 صباحا إلى 6 مساء.")
    # (the clause after "، على أن" is a statement of its own: tests/core/test_clause_cuts.py)
    assert statements(doc) == [("indirect", "المبعوث", "فتح 3 ممرات إنسانية باتجاه مدينة عين الزيتون، المحاصرة منذ 7 أشهر"),
                               ("indirect", "المبعوث", "على أن تعمل من 6 صباحا إلى 6 مساء")]


def test_a_complementizer_before_any_comma_still_opens_the_content():
    # أثناء has the shape إفعال; "أن" comes before any comma, so what was said follows it
    doc = run("واعلن الرئيس ديبي اثناء تدشين محطة لتوليد الكهرباء ان قائدين من الجماعة قتلا في الشمال.")
    assert statements(doc) == [("indirect", "ديبي", "قائدين من الجماعة قتلا في الشمال")]


def test_a_verbal_noun_after_an_indefinite_head_is_its_complement():
    # "مكتب متابعة تنفيذ …": the role goes on; the verb's content is after أن
    doc = run("أكد مسؤول مكتب متابعة تنفيذ اتفاقية السلام، الدكتور أمين حسن عمر، أن الحكومة توصلت إلى تفاهمات مع الحركة.")
    assert statements(doc)[0][2] == "الحكومة توصلت إلى تفاهمات مع الحركة"


def test_a_whole_name_ends_before_a_listed_verbal_noun():
    doc = run("أعلن المبعوث الأممي ماركوس ليندغرين فتح 3 ممرات إنسانية باتجاه مدينة عين الزيتون.")
    assert statements(doc) == [("indirect", "ماركوس ليندغرين", "فتح 3 ممرات إنسانية باتجاه مدينة عين الزيتون")]


def test_fath_before_an_al_word_is_a_name():
    doc = run("وأكد فتح الباب أن الحزب لن يشارك في الانتخابات المقبلة.")
    assert statements(doc) == [("indirect", "فتح الباب", "الحزب لن يشارك في الانتخابات المقبلة")]


def test_a_family_name_in_ya_after_an_al_surname_before_a_comma():
    doc = run("أرجع المدير العام للشركة، المهندس طارق المبروك الزوي، عودة الانقطاعات إلى عجز في ساعات الذروة. "
              "وتوقع الزوي تراجع ساعات الطرح إلى أربع ساعات يوميا.")
    assert "طارق المبروك الزوي" in _persons(doc)
    assert statements(doc)[-1] == ("indirect", "طارق المبروك الزوي", "تراجع ساعات الطرح إلى أربع ساعات يوميا")


def test_a_country_and_a_time_word_are_no_name():
    doc = run("وقالت مصر الأسبوع الماضي، إنها رفضت قرضا عاجلا من صندوق النقد.")
    assert _persons(doc) == []


def test_a_listed_verbal_noun_right_after_the_verb_comes_before_a_later_complementizer():
    doc = run("وقال رئيس الشركة إن الأسطول يتوسع، كما أعلن انطلاق رحلات مباشرة اعتبارا من تموز المقبل إلى ثلاث وجهات جديدة، "
              "على أن يرتفع عدد الوجهات إلى 45 وجهة.")
    assert statements(doc)[1:] == [("indirect", "رئيس الشركة", "انطلاق رحلات مباشرة اعتبارا من تموز المقبل إلى ثلاث وجهات جديدة"),
                                   ("indirect", "رئيس الشركة", "على أن يرتفع عدد الوجهات إلى 45 وجهة")]


def test_a_preposition_of_verbal_noun_shape_is_no_object():
    doc = run("وأكد محمد أبو الغار أثناء حديثه لبرنامج تلفزيوني مساء أمس، أن الحزب سيخوض الانتخابات القادمة بشروط.")
    assert statements(doc) == [("indirect", "محمد أبو الغار", "الحزب سيخوض الانتخابات القادمة بشروط")]
