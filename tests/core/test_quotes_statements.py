"""Statements and speakers, one phenomenon per test, on sentences written in news style."""
import pytest

from pipeline_helpers import run, statements, mention_texts


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
    # one statement a sentence, as an interview answer (``rules.structure.SENTENCE_CUT_KINDS``)
    assert statements(doc) == [("direct", "الحداد", "الحكومة ستواصل المفاوضات مهما طال الوقت."),
                               ("direct", "الحداد", "ولن نتخلى عن حقوقنا في المياه والحدود.")]


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


def test_first_is_the_first_named_in_its_sentence_when_the_second_has_no_mention():
    # "الزياني" is named nowhere else (no mention): the pair last named is the deputy and بلحاج, but
    # "الأول" is the first of the two this sentence brings together
    doc = run("وأوضح النائب الأول لرئيس الاتحاد أن قائمة اللاعبين ستعلن الاثنين المقبل.\n\n"
              "وقال بلحاج إن الاتحاد قرر بالإجماع إقالة المدرب بعد اجتماع دام أربع ساعات.\n\n"
              "وجلس بلحاج إلى جانب الزياني طيلة الندوة، وقال الأول إن ميزانية الطاقم الفني لن تتخطى مليوني "
              "دولار سنويا.")
    assert statements(doc)[-1] == ("indirect", "بلحاج", "ميزانية الطاقم الفني لن تتخطى مليوني دولار سنويا")


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


def test_according_to_his_saying_is_the_speaker_just_quoted():
    # "بحسب قولها" / "على حد تعبيره" in a sentence that names nobody: the speaker just quoted
    doc = run("وقالت وزيرة المياه سلمى القرعاني إن الضخ سيعود خلال أيام. أما الحل الجذري، بحسب قولها، فهو خط"
              " الجر من سد الرملة، الذي سيضيف خمسين ألف متر مكعب يوميا.\n"
              "وقال المدرب فوزي بن سالم إن فريقه كان متعبا. والهزيمة كانت قاسية على اللاعبين والجمهور، على حد"
              " تعبيره.")
    assert statements(doc) == [
        ("indirect", "سلمى القرعاني", "الضخ سيعود خلال أيام"),
        ("indirect", "سلمى القرعاني", "أما الحل الجذري، بحسب قولها، فهو خط الجر من سد الرملة، الذي سيضيف"
                                     " خمسين ألف متر مكعب يوميا"),
        ("indirect", "فوزي بن سالم", "فريقه كان متعبا"),
        ("indirect", "فوزي بن سالم", "والهزيمة كانت قاسية على اللاعبين والجمهور"),
    ]


def test_his_saying_in_a_sentence_naming_its_own_subject_adds_nothing():
    # the one who said it is the sentence's own subject, not the speaker just quoted (a guard)
    doc = run("وقال وزير الداخلية سامي الحداد إن الحدود مؤمنة. وأعلن نائب الرئيس كمال العمري طرد الملحق"
              " العسكري بالسفارة \"لتورطه في التجسس\"، على حد تعبيره.")
    assert [s[1] for s in statements(doc)] == ["سامي الحداد"]


def test_the_bare_envoy_is_the_envoy_named_before():
    doc = run("وقال المبعوث الأممي ماتياس كورهونن إن الطرفين اتفقا على هدنة. وتنطلق الجولة الرابعة منتصف الشهر"
              " المقبل في المكان ذاته، بحسب المبعوث الذي أكد التزام الطرفين بالهدنة.")
    assert statements(doc)[1] == ("indirect", "ماتياس كورهونن", "وتنطلق الجولة الرابعة منتصف الشهر المقبل في المكان ذاته")


def test_generic_organization_refers_to_the_last_one_named():
    doc = run("أصدرت وزارة الصحة بياناً حول الوباء.\nوقالت الوزارة في بيانها إن عدد الإصابات تراجع.")
    assert statements(doc) == [("indirect", "وزارة الصحة", "عدد الإصابات تراجع")]


def test_unknown_word_before_a_preposition_is_not_a_name():
    doc = run("وقالت السفيرة ليندا هول إن بلادها تدعم الحوار.\nوقالت نتطلع إلى تعاون أوسع مع الحكومة الجديدة في كل الملفات.")
    assert [s[1] for s in statements(doc)] == ["ليندا هول"]


def test_kinship_word_ends_a_name():
    doc = run("وقال محمد صابر شقيق الضحية إن الأسرة تقدمت ببلاغ إلى النيابة.")
    assert only(doc)[1] == "محمد صابر"


@pytest.mark.parametrize("title", ["عاجل: الحكومة تستقيل بعد جلسة طويلة", "بالفيديو: لحظة وصول الوفد إلى المطار",
                                   "تونس: إيقاف أربعة أشخاص بتهمة التهريب"])
def test_headline_kickers_and_places_are_not_speakers(title):
    doc = run("وصل الوفد إلى المطار مساء أمس.", title=title)
    assert statements(doc) == []


def test_one_quoted_word_after_the_complementizer_stays_reported_speech():
    doc = run('وقال الوزير سامي الحداد إن "الحوار" هو الطريق الوحيد للخروج من الأزمة.')
    assert only(doc) == ("indirect", "سامي الحداد", '"الحوار" هو الطريق الوحيد للخروج من الأزمة')


@pytest.mark.parametrize("sentence", [
    "وقال الوزير سامي الحداد لـ«المساء»: «المفاوضات ستستأنف الأسبوع المقبل».",
    "وأضاف الوزير سامي الحداد، في تصريحات لـ«المساء»، أن المفاوضات ستستأنف الأسبوع المقبل.",
])
def test_outlet_name_in_quotes_before_the_content(sentence):
    assert only(run(sentence))[1:] == ("سامي الحداد", "المفاوضات ستستأنف الأسبوع المقبل")


def test_participle_takes_the_subject_of_its_sentence():
    doc = run("رحب الدكتور حسام الدين فريد، رئيس حزب الوسط، بالحكم، مؤكداً أن الحزب طالب به منذ شهور.")
    assert only(doc) == ("indirect", "حسام الدين فريد", "الحزب طالب به منذ شهور")


def test_double_apostrophes_are_quote_marks():
    doc = run("وقال النائب ماهر الخطيب: ''لن نصوت على الموازنة بصيغتها الحالية''.")
    assert only(doc) == ("direct", "ماهر الخطيب", "لن نصوت على الموازنة بصيغتها الحالية")


def test_name_then_role_without_comma():
    doc = run("أكد جهاد الحداد المتحدث الإعلامي باسم الجماعة أن الزيارة كانت عادية.\nوأضاف الحداد أن اللقاء لم يكن رسمياً.")
    assert [s[1] for s in statements(doc)] == ["جهاد الحداد", "جهاد الحداد"]


def test_definite_organization_head_names_a_new_speaker():
    doc = run("قال الوزير سامي الحداد إن الحل سياسي.\nفي حين أكد الائتلاف الوطني للمعارضة أن أي حل يبدأ بانسحاب القوات.")
    assert [s[1] for s in statements(doc)] == ["سامي الحداد", "الائتلاف الوطني للمعارضة"]


def test_surname_in_guillemets_then_complementizer_is_reported_speech():
    doc = run("قال الدكتور عادل البنا إن القوافل بدأت عملها.\nوتابع «البنا» أن عدد القوافل يبلغ 12 قافلة.")
    assert statements(doc)[1] == ("indirect", "عادل البنا", "عدد القوافل يبلغ 12 قافلة")


def test_closing_mark_of_a_paragraph_is_not_attributed_to_the_next_paragraphs_cue():
    doc = run('وقال معاذ الخطيب في بيان إن "الصمت الدولي مشاركة في الجريمة".\n'
              'وأضاف أن مئات المدنيين يسقطون يومياً بسبب القصف".\n'
              'وقال الخطيب "لقد قررنا تعليق مشاركتنا في المؤتمر".')
    assert statements(doc) == [
        ("direct", "معاذ الخطيب", "الصمت الدولي مشاركة في الجريمة"),
        ("indirect", "معاذ الخطيب", "مئات المدنيين يسقطون يومياً بسبب القصف"),
        ("direct", "معاذ الخطيب", "لقد قررنا تعليق مشاركتنا في المؤتمر"),
    ]


def test_title_then_adjective_then_name():
    doc = run("وقال الناشط السياسي شادي الغزالي، خلال المؤتمر، إن الجبهة لها موقف آخر.")
    assert only(doc)[1] == "شادي الغزالي"


def test_pronoun_subject_before_any_cue_goes_to_the_lede_subject():
    doc = run("انتقد الأمين العام للحركة، محسن مرزوق، تحركات رئيس الحكومة الأخيرة.\n"
              "وأوضح في تصريح للإذاعة أن رئيس الحكومة تجاوز صلاحياته.")
    assert only(doc)[1] == "محسن مرزوق"


def test_quoted_surname_then_pointing_verb_complement():
    doc = run("قال الناشط شادي حرب إن المسيرات ستنطلق ظهراً.\nوأشار \"حرب\" إلى أن القوى المشاركة ستضم عشرين حزباً.")
    assert statements(doc)[1] == ("indirect", "شادي حرب", "القوى المشاركة ستضم عشرين حزباً")


def test_ali_after_a_given_name_ends_a_name():
    doc = run("وأكد المتحدث العسكري، العقيد أحمد علي، أن القوات لم تنو إخلاء السكان.")
    assert only(doc)[1] == "أحمد علي"


def test_unknown_plural_subject_is_not_the_previous_speaker():
    doc = run("وأكد العقيد أحمد علي أن القوات لم تنو إخلاء السكان.\nويقول كثيرون من سكان الجزيرة إن الجيش يمنع الصيد ليلاً.")
    assert [s[1] for s in statements(doc)] == ["أحمد علي", None]


def test_company_name_in_quotes_after_the_subject_is_not_a_quote():
    doc = run('أعلنت شركة الطيران "النسر" إلغاء 200 رحلة بسبب الإضراب.\nوأعلنت الشركة أنها وجدت حلاً لمعظم المسافرين.')
    assert statements(doc) == [("indirect", "شركة الطيران", "وجدت حلاً لمعظم المسافرين")]


def test_role_with_construct_complement_in_according_to():
    doc = run("وبحسب رئيس قسم التسويق بالشركة، فإن الخط الجديد سيعمل مرة واحدة أسبوعياً.")
    assert only(doc)[1:] == ("رئيس قسم التسويق بالشركة", "الخط الجديد سيعمل مرة واحدة أسبوعياً")


def test_yudhkar_anna_is_narration_not_a_statement():
    assert statements(run("يذكر أن الوزير تولى منصبه قبل عامين.")) == []


def test_surname_named_earlier_by_a_cue_is_recognized_later():
    doc = run("وادعى ليبرمان، الذي استقال من منصبه، براءته من جميع التهم.\n"
              "وقد وصف ليبرمان التحقيقات معه على أنها تصيد للأخطاء.")
    assert only(doc) == ("indirect", "ليبرمان", "تصيد للأخطاء")


def test_correspondent_is_a_role():
    doc = run("وقال يولاند نيل مراسل الإذاعة إن المحاكمة قد تحدد مستقبل الوزير.")
    assert only(doc)[1] == "يولاند نيل"


def test_surname_in_teh_marbuta_after_a_given_name():
    doc = run("وأعلن الدكتور باسم عودة، وزير التموين، أن الوزارة ستصرف الحصص كاملة.")
    assert only(doc)[1] == "باسم عودة"


def test_a_document_can_speak():
    doc = run("أقام المحامي طارق محمود دعوى أمام المحكمة.\nوقالت الدعوى: «ليس من المقبول أن يحمل المسؤول جنسية أخرى».")
    (st,) = doc.layer("statements")
    assert doc.entities[st.attrs["speaker"]] == {"type": "org", "name": "الدعوى", "roles": []}


def test_first_and_second_when_a_surname_is_also_a_given_name():
    doc = run("قال الدكتور حسام فريد إن الحزب لن يشارك.\nوقال المستشار عادل منصور إن المشروع قيد النقاش.\n"
              "واجتمع فريد مع منصور أمس، وقال الأول إن اللقاء كان صريحاً، بينما أكد الثاني أن الباب مفتوح.")
    assert [s[1] for s in statements(doc)][2:] == ["حسام فريد", "عادل منصور"]


def test_abd_allah_compound_after_a_title():
    doc = run("قال المستشار عبد الله فتحى، وكيل أول نادى القضاة، إن مجلس الإدارة عقد اجتماعاً طارئاً.")
    assert only(doc)[1] == "عبد الله فتحى"


def test_participle_stem_alone_is_a_noun_not_a_cue():
    doc = run("وقال العامل حمادة صابر إن ظروفه صعبة.\nوجدت شباباً لهم هموم ومطالب مثلي، فكل مطالبي أن أعيش.")
    assert len(statements(doc)) == 1


def test_relative_clause_speaker_is_the_antecedent():
    doc = run("ورفعوا شكواهم إلى وزير الدفاع الذي اعتبر عام 2005 أن السجن أضر بصورة البلاد.")
    assert only(doc)[1:] == ("وزير الدفاع", "السجن أضر بصورة البلاد")


def test_quoted_subject_of_a_longer_reported_clause():
    doc = run('وذكرت جماعة الإخوان أن "مجموعة من الملثمين"، هاجمت مقرها في المدينة ليلاً.')
    assert only(doc) == ("indirect", "جماعة الإخوان", '"مجموعة من الملثمين"، هاجمت مقرها في المدينة ليلاً')


@pytest.mark.parametrize("text,expected", [
    # a concessive clause about the whole sentence follows the quotation
    ("واتهم وزير العدل نبيل الحايك “التحالف” بالتلكؤ، مشيرا إلى “أكثر من ألف مفقود لم يقدم التحالف عنهم أي معلومة”،"
     " رغم تأكيده أن حكومته حضرت الجولة.",
     ("direct", "نبيل الحايك", "أكثر من ألف مفقود لم يقدم التحالف عنهم أي معلومة")),
    # … or a comment on it ("وهو ما …")
    ("واعتذر رئيس الهيئة سامي الرفاعي عن التأخير، داعيا التجار إلى «استخدام منصة الحجز لتحديد مواعيد سحب"
     " الحاويات»، وهو ما يخفف الازدحام في الميناء.",
     ("direct", "سامي الرفاعي", "استخدام منصة الحجز لتحديد مواعيد سحب الحاويات")),
])
def test_a_quotation_followed_by_a_clause_about_the_sentence_is_what_was_said(text, expected):
    assert only(run(text)) == expected


def test_a_source_named_after_a_role_at_the_end_of_the_sentence():
    doc = run("وتنطلق الجولة الرابعة من المحادثات منتصف الشهر المقبل في المكان ذاته، بحسب المبعوث الأممي هنريك ستالبيري.")
    assert only(doc) == ("indirect", "هنريك ستالبيري", "وتنطلق الجولة الرابعة من المحادثات منتصف الشهر المقبل في المكان ذاته")


def test_a_source_at_the_end_of_the_sentence_followed_by_what_he_stressed():
    doc = run("وقال المتحدث باسم الوزارة سامي الحداد إن العمل مستمر. وتنطلق المرحلة الثانية من المشروع مطلع الشهر"
              " المقبل، بحسب المتحدث الذي أكد أن الاستعدادات اكتملت.")
    assert statements(doc) == [("indirect", "سامي الحداد", "العمل مستمر"),
                               ("indirect", "سامي الحداد", "وتنطلق المرحلة الثانية من المشروع مطلع الشهر المقبل"),
                               ("indirect", "سامي الحداد", "الاستعدادات اكتملت")]


def test_quote_after_complementizer_that_ends_the_sentence_is_direct():
    doc = run('وقال الوزير سامي الحداد إن "المفاوضات ستستأنف الأسبوع المقبل".')
    assert only(doc) == ("direct", "سامي الحداد", "المفاوضات ستستأنف الأسبوع المقبل")


def test_anonymous_source_who_asked_not_to_be_named():
    doc = run("أكد مصدر قضائي مطلع، طلب عدم ذكر اسمه، لـ«المساء» أن الوزارة قررت تدريس القضية.")
    assert only(doc)[1:] == ("مصدر قضائي مطلع", "الوزارة قررت تدريس القضية")


def test_title_without_a_name_is_a_role_speaker():
    doc = run("وأضاف القاضي الذي نظر في القضية أن المرأة لن تودع في السجن مباشرة.")
    assert only(doc)[1] == "القاضي"


def test_name_right_before_the_verb():
    doc = run("ذكرت صحيفة الوطن أن الأمير سيحضر القمة.\nيشار إلى أن مصدر دبلوماسي عراقي، أكد أن رئيس الوزراء سيرأس الوفد.")
    assert statements(doc)[1][1] == "مصدر دبلوماسي عراقي"


def test_quote_marks_found_by_search_are_those_the_mark_regex_finds():
    from qawl.components.quotes import _MARK_RE, _MARKS, _marks_in

    text = "قال ''النور'' و'''لا''' ثم «نعم» و“ربما” و\"قد\" ‹هنا› ″هناك″ „بعد“ '"
    for start, end in ((0, len(text)), (5, 40), (13, 14)):
        marks = [m for m in _MARKS if m in text]
        assert ([(m.start(), m.group()) for m in _marks_in(text, start, end, marks)]
                == [(m.start(), m.group()) for m in _MARK_RE.finditer(text, start, end)])


@pytest.mark.parametrize("text,expected", [
    ("ولم يستبعد وزير المالية رامي الخطيب أن ترتفع أسعار الوقود مطلع العام.",
     ("indirect", "رامي الخطيب", "ترتفع أسعار الوقود مطلع العام")),
    ("ولم ينف وزير المالية رامي الخطيب أن الحكومة تدرس رفع الدعم.",
     ("indirect", "رامي الخطيب", "الحكومة تدرس رفع الدعم")),
    ("ولم ير وزير المالية رامي الخطيب أن الوقت مناسب لرفع الدعم.",
     ("indirect", "رامي الخطيب", "الوقت مناسب لرفع الدعم")),
])
def test_a_cue_after_lam_in_its_jussive_or_present_form(text, expected):
    assert only(run(text)) == expected


def _roles(doc):
    return mention_texts(doc, "role")


def test_sources_made_definite_by_their_complement_take_no_indefinite_word_after_it():
    # "مصادر النيران" is where the fire comes from; "حق مشروع" is the sentence's predicate
    doc = run("وقال العقيد فهد الشمراني: «قواتنا تلتزم بضبط النفس، لكن الرد على مصادر النيران حق مشروع لا نتنازل عنه».")
    assert "مصادر النيران" in _roles(doc)


def test_an_unnamed_official_at_a_place_ends_before_the_verb_after_it():
    doc = run("وقال مسؤول بالمطار طلب عدم ذكر اسمه إن الرحلات ستستأنف صباح الغد.")
    assert only(doc) == ("indirect", "مسؤول بالمطار", "الرحلات ستستأنف صباح الغد")


def test_an_official_of_two_regions_keeps_the_second():
    # guard: the complement goes on with و
    doc = run("وأضاف مسؤول الشرق الأوسط وأفريقيا في الهيئة أن المشروع سيبدأ العام المقبل.")
    # (… and the body the official works at, after في: session 39)
    assert "مسؤول الشرق الأوسط وأفريقيا في الهيئة" in _roles(doc)


@pytest.mark.parametrize("text, speaker, said", [
    ("«لن نسمح بعودة الفوضى إلى الشوارع»، هكذا علق وزير الداخلية على أحداث الأمس.",
     "وزير الداخلية", "لن نسمح بعودة الفوضى إلى الشوارع"),
    # (a verb that is no speech verb elsewhere, after the word pointing back at the quotation)
    ("\"من يفاوض اليوم يخون دماء الشهداء\"، هكذا بدأ سامر الحلبي أحد قادة الاعتصام حديثه للصحيفة.",
     "سامر الحلبي", "من يفاوض اليوم يخون دماء الشهداء"),
    ("«سنعيد بناء كل مدرسة هدمتها الحرب»، بهذه الكلمات افتتح المحافظ نبيل الخطيب المؤتمر الصحفي.",
     "نبيل الخطيب", "سنعيد بناء كل مدرسة هدمتها الحرب"),
])
def test_a_quotation_pointed_back_at_is_said_by_the_subject_after_it(text, speaker, said):
    assert statements(run(text)) == [("direct", speaker, said)]


def test_a_quotation_inside_reported_speech_is_not_said_by_the_next_sentence_cue():
    # "وحذرت" opens a sentence of its own after the full stop: the quotation before it is part of
    # what "وأكدت" reports (before, it was a direct quote of "وحذرت" and pushed that statement out)
    doc = run("وقالت النائبة ليلى العبدالله إن الإضراب مستمر. وأكدت أن أيدي المعلمين \"ممدودة للحوار منذ اليوم الأول\"، "
              "لكنهم يريدون \"حوارا جادا بجدول زمني واضح\". وحذرت من أن أي اقتطاع من الأجور \"سيعتبر تصعيدا\".")
    assert statements(doc) == [
        ("indirect", "ليلى العبدالله", "الإضراب مستمر"),
        ("indirect", "ليلى العبدالله", "أيدي المعلمين \"ممدودة للحوار منذ اليوم الأول\""),
        ("indirect", "ليلى العبدالله", "لكنهم يريدون \"حوارا جادا بجدول زمني واضح\""),
        ("indirect", "ليلى العبدالله", "أي اقتطاع من الأجور \"سيعتبر تصعيدا\""),
    ]


def test_a_quotation_then_a_cue_without_conjunction_after_the_full_stop_keeps_its_cue():
    # guard: "«…». قال …" names who said the quotation
    doc = run("«لن نقبل بأي تسوية على حساب حقوق العمال». قال رئيس النقابة سعيد الحلبي في مؤتمر صحفي.")
    assert statements(doc) == [("direct", "سعيد الحلبي", "لن نقبل بأي تسوية على حساب حقوق العمال")]


def test_a_three_word_quotation_that_ends_the_sentence_after_a_cue_is_what_was_said():
    doc = run("وقال المفوض الأممي كريم الساعدي إن الوضع خطير.\n\nوأضاف \"يجب إيقاف المأساة\". "
              "ونبه إلى أن تدفق اللاجئين يضع ضغوطا شديدة على دول الجوار.")
    assert ("direct", "كريم الساعدي", "يجب إيقاف المأساة") in statements(doc)


def test_a_three_word_quoted_name_after_a_cue_is_its_subject():
    # guard: the quotation goes on to the clause it opens
    doc = run("وقالت \"هيومن رايتس ووتش\" إن السلطات اعتقلت عشرات الناشطين خلال الأسبوع الماضي.")
    assert only(doc) == ("indirect", "هيومن رايتس ووتش", "السلطات اعتقلت عشرات الناشطين خلال الأسبوع الماضي")
