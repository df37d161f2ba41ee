"""Statements and speakers, one phenomenon per test, on sentences written in news style."""
import pytest

from conftest import run, statements


def only(doc):
    (st,) = statements(doc)
    return st


@pytest.mark.parametrize("open_, close", [("«", "»"), ("“", "”"), ('"', '"'), ("”", "”")])
def test_direct_quote_with_any_marks(open_, close):
    doc = run(f"وقال وزير الخارجية سامي الحداد: {open_}لن نقبل بأي تسوية لا تضمن عودة اللاجئين{close}.")
    assert only(doc) == ("direct", "سامي الحداد", "لن نقبل بأي تسوية لا تضمن عودة اللاجئين")


def test_quote_open_in_one_paragraph_closed_in_the_next():
    doc = run("وأضاف الحداد: ” الحكومة ستواصل المفاوضات مهما طال الوقت.\n\n"
              "ولن نتخلى عن حقوقنا في المياه والحدود.”\n\nوانتهى الاجتماع مساء.")
    kind, speaker, text = only(doc)
    assert (kind, speaker) == ("direct", "الحداد")
    assert text.startswith("الحكومة ستواصل") and text.endswith("المياه والحدود.")


def test_closing_mark_without_opening():
    doc = run("وقال رئيس البلدية كريم عواد: الطرق ستفتح خلال يومين بعد إزالة الأنقاض”.")
    assert only(doc)[2] == "الطرق ستفتح خلال يومين بعد إزالة الأنقاض"


@pytest.mark.parametrize("sentence, cue", [
    ("قال الوزير سامي الحداد إن المفاوضات ستستأنف الأسبوع المقبل.", "قال"),
    ("وأكد الوزير سامي الحداد أن المفاوضات ستستأنف الأسبوع المقبل.", "وأكد"),
    ("واكد الوزير سامي الحداد بان المفاوضات ستستأنف الأسبوع المقبل.", "واكد"),
    ("وأشار الوزير سامي الحداد إلى أن المفاوضات ستستأنف الأسبوع المقبل.", "وأشار"),
    ("وشدد الوزير سامي الحداد على أن المفاوضات ستستأنف الأسبوع المقبل.", "وشدد"),
    ("ولفت الوزير سامي الحداد إلى أن المفاوضات ستستأنف الأسبوع المقبل.", "ولفت"),
    ("فأوضح الوزير سامي الحداد أنه المفاوضات ستستأنف الأسبوع المقبل.", "فأوضح"),
])
def test_indirect_speech_cue_forms(sentence, cue):
    doc = run(sentence)
    kind, speaker, text = only(doc)
    assert (kind, speaker) == ("indirect", "سامي الحداد")
    assert text == "المفاوضات ستستأنف الأسبوع المقبل"
    assert doc.layer("statements")[0].attrs["cue"] == cue


def test_feminine_and_plural_cues_with_organization_speaker():
    doc = run("وقالت وزارة الصحة إن عدد الإصابات تراجع خلال الشهر الماضي.")
    kind, speaker, _ = only(doc)
    assert kind == "indirect" and speaker == "وزارة الصحة"
    assert doc.entities[doc.layer("statements")[0].attrs["speaker"]]["type"] == "org"


def test_pronoun_subject_continues_the_current_speaker():
    doc = run("قال المهندس رامي سليم إن المشروع تأخر بسبب نقص المواد.\n"
              "وأضاف أن الشركة طلبت تمديد العقد ستة أشهر.\nونوه إلى أن العمل سيستأنف في الربيع.")
    assert [s[1] for s in statements(doc)] == ["رامي سليم"] * 3


def test_participle_continues_the_sentence_speaker():
    doc = run("وقال النائب ماهر الخطيب إن القانون يحتاج إلى تعديل، مضيفاً أن اللجنة ستعقد جلسة طارئة.")
    assert statements(doc) == [
        ("indirect", "ماهر الخطيب", "القانون يحتاج إلى تعديل"),
        ("indirect", "ماهر الخطيب", "اللجنة ستعقد جلسة طارئة"),
    ]


def test_first_and_second_pick_from_the_pair_just_named():
    doc = run("والتقى الوزير سامي الحداد بالسفير جون ميلر أمس، وقال الأول إن اللقاء كان مثمراً، "
              "بينما أكد الثاني أن بلاده تدعم الحوار.")
    assert [(s[1], s[2]) for s in statements(doc)] == [
        ("سامي الحداد", "اللقاء كان مثمراً"), ("جون ميلر", "بلاده تدعم الحوار")]


def test_role_phrase_resolves_to_its_holder_in_the_document():
    doc = run("وقال المتحدث باسم بعثة المراقبين، العقيد بيتر لانغ: «الهدنة صامدة في معظم المناطق».\n"
              "وأكد المتحدث باسم بعثة المراقبين أن فرق الرصد ستنتشر على الحدود.")
    assert [s[1] for s in statements(doc)] == ["بيتر لانغ", "بيتر لانغ"]


def test_surname_in_guillemets_is_a_speaker():
    doc = run("قال الدكتور حسام الدين فريد إن الحزب سيقاطع الانتخابات.\n"
              "وتابع «فريد»: «نحن لا نرفض من أجل الرفض، بل نريد قانوناً عادلاً».")
    assert [s[1] for s in statements(doc)] == ["حسام الدين فريد", "حسام الدين فريد"]


def test_scare_quoted_names_are_not_statements():
    doc = run("أعلن حزب «النور» مشاركته في الانتخابات، فيما انسحبت جبهة “الإنقاذ” من السباق.")
    assert all(kind != "direct" for kind, _, _ in statements(doc))


def test_name_inside_a_quote_is_not_its_speaker():
    doc = run("وقال العقيد بيتر لانغ: «تحدثت مع الوزير سامي الحداد وأبلغته أن الهدنة صامدة».")
    assert only(doc)[1] == "بيتر لانغ"


def test_quote_followed_by_its_cue():
    doc = run("«سنعيد فتح المعبر خلال ساعات»، قال المحافظ نبيل عواد للصحفيين.")
    assert only(doc)[:2] == ("direct", "نبيل عواد")


def test_unmarked_direct_speech_after_colon():
    doc = run("وقال المحافظ نبيل الأمين: المعبر سيفتح غداً أمام الشاحنات التجارية")
    assert only(doc) == ("direct", "نبيل الأمين", "المعبر سيفتح غداً أمام الشاحنات التجارية")


def test_reverse_attribution():
    doc = run("لا يزال أكثر من ألف عائلة بلا مأوى في المدينة، هذا ما كشفه رئيس البلدية كريم عواد.")
    kind, speaker, text = only(doc)
    assert speaker == "كريم عواد" and text == "لا يزال أكثر من ألف عائلة بلا مأوى في المدينة"


def test_anonymous_source_is_a_speaker():
    assert only(run("وقال مصدر أمني إن قوات الشرطة ستؤمن مقار اللجان."))[1] == "مصدر أمني"


def test_subject_before_the_verb():
    doc = run("وكان كيغنيز، وهو ضابط سابق، قد قال في تصريح سابق: \"لا يمكن حسم المعركة من الجو\".")
    assert only(doc)[1] == "كيغنيز"


def test_headline_statement_in_title_field():
    doc = run("قال الدكتور حسام الدين فريد، رئيس حزب الوسط، إن الحزب لن يشارك.",
              title="الوسط يرفض القانون.. ورئيس الحزب: «لن نشارك في حوار شكلي»")
    head = [s for s in doc.layer("statements") if s.label == "headline"]
    assert len(head) == 1 and head[0].attrs["field"] == "title"
    assert doc.title[head[0].start:head[0].end] == "لن نشارك في حوار شكلي"
    assert doc.entities[head[0].attrs["speaker"]]["name"] == "حسام الدين فريد"


def test_every_statement_offset_is_exact():
    text = "قالَ الوزيرُ سامي الحداد إنّ\u200f المفاوضاتِ ستستأنف ٣ مرات.\nوأضاف: «لا تراجع»."
    for s in run(text).layer("statements"):
        assert text[s.start:s.end].strip() == text[s.start:s.end] and s.end <= len(text)


def test_function_word_after_a_given_name_is_not_a_surname():
    doc = run("وأشار أيمن إلى أن الضباط أفرجوا عنه بعد يومين.")
    assert only(doc) == ("indirect", "أيمن", "الضباط أفرجوا عنه بعد يومين")


def test_participle_of_attack_is_a_cue_not_a_name():
    doc = run("وقال النائب ماهر الخطيب إن الحكومة فشلت، مهاجماً وزير المالية بسبب الموازنة.")
    assert [s[1] for s in statements(doc)] == ["ماهر الخطيب"]


def test_quote_without_cue_continues_the_speaker_only_when_it_opens_a_paragraph():
    doc = run("وقال الوزير سامي الحداد إن الاتفاق سيوقع قريباً في العاصمة.\n"
              "«سنعمل مع جميع الأطراف حتى يرى الاتفاق النور كاملاً».\n"
              "ورفع المتظاهرون لافتات كتب عليها «لا للتقسيم ولا للتبعية ولا للحرب أبداً» أمام المبنى.")
    assert statements(doc) == [
        ("indirect", "سامي الحداد", "الاتفاق سيوقع قريباً في العاصمة"),
        ("direct", "سامي الحداد", "سنعمل مع جميع الأطراف حتى يرى الاتفاق النور كاملاً"),
    ]


def test_according_to_at_sentence_start_and_end():
    doc = run("وبحسب وزارة الصحة، فإن عدد الإصابات تراجع إلى النصف خلال أسبوع.\n"
              "وارتفعت أسعار الخبز بنسبة كبيرة في العاصمة، وفقاً لمصدر أمني.")
    assert statements(doc) == [
        ("indirect", "وزارة الصحة", "عدد الإصابات تراجع إلى النصف خلال أسبوع"),
        ("indirect", "مصدر أمني", "وارتفعت أسعار الخبز بنسبة كبيرة في العاصمة"),
    ]


def test_generic_organization_refers_to_the_last_one_named():
    doc = run("أصدرت وزارة الصحة بياناً حول الوباء.\nوقالت الوزارة في بيانها إن عدد الإصابات تراجع.")
    assert statements(doc) == [("indirect", "وزارة الصحة", "عدد الإصابات تراجع")]


def test_unknown_word_before_a_preposition_is_not_a_name():
    doc = run("وقالت السفيرة ليندا هول إن بلادها تدعم الحوار.\nوقالت نتطلع إلى تعاون أوسع مع الحكومة الجديدة في كل الملفات.")
    assert [s[1] for s in statements(doc)] == ["ليندا هول"]


def test_kinship_word_ends_a_name():
    doc = run("وقال محمد صابر شقيق الضحية إن الأسرة تقدمت ببلاغ إلى النيابة.")
    assert only(doc)[1] == "محمد صابر"
