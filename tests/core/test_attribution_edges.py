"""Where an attribution starts and ends, on invented sentences: "وبحسب X، فإن …" ends before a cue
verb of its own ("…، وقال إنهم …"); "… بحسب الوزير، الذي أوضح أن …" attributes what comes before
even with no comma before "بحسب"; "وختم بالإشارة إلى أن …" goes on with the speaker; a
transcript's aside between a turn's label and its colon ("(مبتسماً)") leaves the turn its speaker's;
numbered "س1:"/"ج:" labels are an interview's turns; and a framing phrase ("في هذا الإطار", "من
جهته") may stand between a verb and the preposition of what was said."""
from __future__ import annotations

import pytest

from pipeline_helpers import mention_texts, run, statements

NAMED = "وقال وزير المياه سامر الخطيب إن المخزون ضعيف. "


def test_according_to_ends_before_a_cue_verb_of_its_own():
    doc = run(NAMED + "وبحسب الوزير، فإن ما تختزنه السدود حاليا يقف عند 38% فقط من طاقتها، وهو أدنى "
                      "مستوى منذ ست سنوات، وقال إنهم سيبدؤون تطبيق الخطة الصيفية في أول أيار.")
    assert statements(doc)[1:] == [
        ("indirect", "سامر الخطيب", "ما تختزنه السدود حاليا يقف عند 38% فقط من طاقتها، وهو أدنى مستوى منذ ست سنوات"),
        ("indirect", "سامر الخطيب", "سيبدؤون تطبيق الخطة الصيفية في أول أيار")]


def test_according_to_keeps_a_clause_with_no_cue_verb():
    # (a guard: "، وهو" opens no statement of its own)
    doc = run(NAMED + "وبحسب الوزير، فإن العجز يبلغ 45 مليون متر مكعب، وهو رقم غير مسبوق.")
    assert statements(doc)[1] == ("indirect", "سامر الخطيب", "العجز يبلغ 45 مليون متر مكعب، وهو رقم غير مسبوق")


def test_according_to_a_speaker_who_goes_on_in_a_relative_clause():
    doc = run("قال وزير الكهرباء فهد العنزي إن الحمل كبير. وكان الحمل قد سجل العام الماضي رقماً قياسياً بلغ "
              "17800 ميغاواط بحسب الوزير، الذي أوضح أن القدرة المتاحة حالياً تقارب 19400 ميغاواط.")
    assert statements(doc)[1:] == [
        ("indirect", "فهد العنزي", "وكان الحمل قد سجل العام الماضي رقماً قياسياً بلغ 17800 ميغاواط"),
        ("indirect", "فهد العنزي", "القدرة المتاحة حالياً تقارب 19400 ميغاواط")]


def test_according_to_a_plan_attributes_nothing_before_it():
    # (a guard: the relative clause is the plan's, no person's)
    doc = run("وقال مصدر إن الوضع مستقر بحسب الخطة التي أعدتها الوزارة أمس.")
    assert statements(doc) == [("indirect", "مصدر", "الوضع مستقر بحسب الخطة التي أعدتها الوزارة أمس")]


def test_closing_with_a_noun_of_speech_goes_on_with_the_speaker():
    doc = run(NAMED + "وختم بالإشارة إلى أن لديهم شراكة مع الألمان لتمويل مشروعات حصاد مياه الأمطار.")
    assert statements(doc)[1] == ("indirect", "سامر الخطيب", "لديهم شراكة مع الألمان لتمويل مشروعات حصاد مياه الأمطار")


def test_a_noun_of_speech_after_a_role_is_no_part_of_it():
    doc = run(NAMED + "وختم الوزير بالإشارة إلى أن الوزارة ستوقع الاتفاق الشهر المقبل.")
    assert "الوزير بالإشارة" not in mention_texts(doc, "role")
    assert statements(doc)[1] == ("indirect", "سامر الخطيب", "الوزارة ستوقع الاتفاق الشهر المقبل")


ASIDE_IN_A_LABEL = """النص الكامل لمقابلة وزير الكهرباء مع برنامج المساء

استضاف البرنامج وزير الكهرباء والماء الدكتور فهد العنزي.

المذيع: معالي الوزير، هل ستكون هناك قطوعات مبرمجة للكهرباء هذا الصيف؟

الوزير فهد العنزي: لا توجد نية لقطع مبرمج عن المناطق السكنية هذا الصيف.

المذيع: لكن المشروع الشمسي تأخر سنوات، أليس كذلك؟

الوزير فهد العنزي (مبتسماً): تأخرنا كثيراً، لكن المرحلة الثالثة ستطرح على المستثمرين قبل نهاية العام.
"""


def test_an_aside_in_a_turns_label_leaves_the_turn_its_speakers():
    answers = [s for s in statements(run(ASIDE_IN_A_LABEL)) if s[0] == "interview"]
    assert [speaker for _, speaker, _ in answers] == ["فهد العنزي", "فهد العنزي"]
    assert answers[1][2] == "تأخرنا كثيراً، لكن المرحلة الثالثة ستطرح على المستثمرين قبل نهاية العام."


NUMBERED_LABELS = """الكندي: سنطلق خمس وجهات جديدة هذا الصيف

التقت المجلة الرئيس التنفيذي لشركة طيران الواحة سالم بن راشد الكندي في مكتبه بالمطار.

س1: كيف تقيمون أداء الشركة هذا العام؟
ج: نحن راضون عما تحقق، فقد ارتفع عدد المسافرين بنسبة ثمانية عشر بالمئة في الربع الأول.

س2: وما الوجهات الجديدة؟
ج: سنطلق خمس وجهات جديدة في أوروبا خلال الصيف المقبل، من بينها ميلانو وبرشلونة.
"""


def test_numbered_question_and_answer_labels_are_an_interview():
    # "س1:" / "ج:" with no word for "interview" in the opening: the answers are the interviewee's
    answers = [s for s in statements(run(NUMBERED_LABELS)) if s[0] == "interview"]
    assert {speaker for _, speaker, _ in answers} == {"سالم بن راشد الكندي"}
    assert any(text.startswith("سنطلق خمس وجهات جديدة في أوروبا") for _, _, text in answers)


@pytest.mark.parametrize("text,content", [
    ("قالت الوزيرة سلوى الخماسي إن الوضع صعب. وأعلنت الوزيرة في هذا الإطار عن برنامج وطني لمكافحة الانقطاع "
     "المدرسي يشمل 240 مدرسة إعدادية.", "برنامج وطني لمكافحة الانقطاع المدرسي يشمل 240 مدرسة إعدادية"),
    ("قال الوزير سالم الكندي إن الوضع صعب. وكشف الوزير، من جهته، عن خطة لتوسيع الأسطول.", "خطة لتوسيع الأسطول"),
    # the subject dropped: the framing phrase stands where the preposition would
    ("أقرت وزيرة الصحة نادية الفارسي بأن قوائم الانتظار طويلة. وأعلنت في هذا السياق عن خطة لفتح 12 مركزا "
     "للأشعة في المحافظات الجنوبية.", "خطة لفتح 12 مركزا للأشعة في المحافظات الجنوبية"),
])
def test_a_framing_phrase_between_the_verb_and_its_preposition(text, content):
    assert statements(run(text))[1][2] == content


def test_a_participles_verbal_noun_object_is_said_before_a_later_ala_an():
    doc = run("اعترفت الوزيرة سلوى الخماسي بأن أكثر من 600 مدرسة في حاجة إلى صيانة عاجلة، مشيرة إلى رصد قرابة "
              "100 مليون دينار لأشغال الصيانة خلال الصيف، على أن تستكمل الأشغال قبل انطلاق الدروس.")
    assert [text for _, _, text in statements(doc)] == [
        "أكثر من 600 مدرسة في حاجة إلى صيانة عاجلة",
        "رصد قرابة 100 مليون دينار لأشغال الصيانة خلال الصيف",
        "على أن تستكمل الأشغال قبل انطلاق الدروس"]


def test_a_feminine_participle_after_a_noun_is_an_adjective_still():
    # (a guard: "معلومات مؤكدة على وجود …" is confirmed information, and what was called for follows "أن")
    doc = run("أكد الجيش عدم وجود أي قواعد عسكرية أجنبية، داعياً كل من لديه أدلة أو معلومات مؤكدة على وجود أي قواعد "
              "أجنبية في البلاد، أن يقدمها إلى وزارة الدفاع.")
    assert [text for _, _, text in statements(doc)] == ["عدم وجود أي قواعد عسكرية أجنبية", "يقدمها إلى وزارة الدفاع"]


def test_according_to_a_role_with_its_complement_before_the_comma():
    # "المسؤول الأول عن الكرة في البلاد" is the source; its comma comes after the complement
    doc = run("وقال رئيس الاتحاد الوطني لكرة القدم كمال العمراني إن العقوبات نهائية. وبحسب المسؤول الأول "
              "عن الكرة في البلاد، فرضت لجنة الانضباط غرامة قدرها 500 ألف دينار على نادي الشروق.")
    assert statements(doc)[1] == (
        "indirect", "كمال العمراني", "فرضت لجنة الانضباط غرامة قدرها 500 ألف دينار على نادي الشروق")


def test_according_to_a_role_whose_comma_comes_after_a_verb_attributes_nothing():
    # (guard) "عن الملف فرضت اللجنة غرامة،": an indefinite noun before the comma, so no complement
    doc = run("وقال رئيس الاتحاد الوطني لكرة القدم كمال العمراني إن العقوبات نهائية. وبحسب المسؤول عن الملف "
              "فرضت اللجنة غرامة، وهي الأكبر هذا الموسم.")
    assert len(statements(doc)) == 1


def test_according_to_a_family_name_that_opens_with_bin():
    doc = run("وقال رئيس هيئة الانتخابات سالم بن سالم إن التسجيل انتهى. وبحسب بن سالم، تبلغ ميزانية "
              "الاستحقاق الانتخابي 42 مليون دولار.")
    assert statements(doc)[1] == ("indirect", "سالم بن سالم", "تبلغ ميزانية الاستحقاق الانتخابي 42 مليون دولار")


def test_according_to_a_role_its_complement_and_its_holder_between_commas():
    # the holder's foreign name is no mention of the tables; "، فإن" says where the words start, and
    # "، بينما قالت عمتها" opens another speaker's statement
    doc = run("وبحسب مسؤول الشرطة في البلدة، إف سي فان ويك، فإن أحد الحراس عثر على الفتاة قرب منزلها، "
              "بينما قالت عمتها إن الفتاة تعرفت على أحد المعتدين.")
    assert [said for _, _, said in statements(doc)] == [
        "أحد الحراس عثر على الفتاة قرب منزلها", "الفتاة تعرفت على أحد المعتدين"]
    assert statements(doc)[0][1] == "مسؤول الشرطة"


@pytest.mark.parametrize("text, said", [
    ("وقال رئيس هيئة السياحة فيصل العمراني إن العدد ارتفع. ووفق الأرقام التي قدمها العمراني، بلغت العائدات "
     "السياحية 3.2 مليارات دولار في الأشهر السبعة الأولى.",
     "بلغت العائدات السياحية 3.2 مليارات دولار في الأشهر السبعة الأولى"),
    ("وقال رئيس هيئة السياحة فيصل العمراني إن العدد ارتفع. وبحسب تقديرات الهيئة التي أعلنها العمراني، تبلغ "
     "نسبة الإشغال الفندقي 81 في المائة.", "تبلغ نسبة الإشغال الفندقي 81 في المائة"),
])
def test_according_to_figures_a_relative_clause_says_who_gave(text, said):
    assert statements(run(text))[1] == ("indirect", "فيصل العمراني", said)


@pytest.mark.parametrize("text, said", [
    # "according to what a paper carried from him": the one the paper quoted is the source
    ("قال رئيس البلدية نبيل الحوراني إن الأزمة خانقة. ووفق ما نقلته صحيفة \"البلد الجديد\" عن الحوراني، فقد "
     "خصصت البلدية 25 صهريجا من موازنتها لتوزيع المياه.", "خصصت البلدية 25 صهريجا من موازنتها لتوزيع المياه"),
    ("قال رئيس البلدية نبيل الحوراني إن الأزمة خانقة. وحسب ما أفاد به الحوراني، فإن فرق الصيانة تعمل ليل نهار "
     "في محطة الضخ.", "فرق الصيانة تعمل ليل نهار في محطة الضخ"),
])
def test_according_to_what_was_reported_from_someone(text, said):
    assert statements(run(text))[-1] == ("indirect", "نبيل الحوراني", said)


def test_a_body_heads_ba_is_no_preposition_before_the_clause():
    # "بلدية" starts with the letter ب: not a word with ب glued that ends the reach of رأى
    doc = run("رأى رئيس بلدية عين الصفصاف الكبرى، نبيل الحوراني، أن نحو ستين ألف مواطن يعانون من انقطاع المياه.")
    assert statements(doc) == [("indirect", "نبيل الحوراني", "نحو ستين ألف مواطن يعانون من انقطاع المياه")]


def test_but_he_affirmed_a_verbal_noun_after_a_sentence_that_reported_nothing():
    # "لكنه أكد استعداد …": the pronoun is the subject (the sentence's, the minister), the verbal noun
    # what he said; and a clause opened by "ولم" is no name before "، لكنه"
    doc = run("ولم يشأ الوزير استباق نتائج الاجتماع المقبل، لكنه أكد استعداد بلاده لاتخاذ كل ما يلزم لحماية السوق.")
    assert statements(doc) == [("indirect", "الوزير", "استعداد بلاده لاتخاذ كل ما يلزم لحماية السوق")]
    doc = run("وقال الوزير إن الإنتاج سيرتفع. ولم يحدد موعدا، لكنه أكد أن الحقل جاهز.")
    assert statements(doc)[-1] == ("indirect", "الوزير", "الحقل جاهز")


def test_a_pledge_after_the_holders_name_between_commas():
    # "تعهدت الوزيرة، فلانة، بخفض …": the word with the verb's ب comes after the apposition
    doc = run("تعهدت وزيرة الصحة، نزهة بنسليمان، بخفض متوسط مدة انتظار المرضى إلى النصف قبل نهاية السنة.")
    assert statements(doc) == [("indirect", "نزهة بنسليمان", "خفض متوسط مدة انتظار المرضى إلى النصف قبل نهاية السنة")]


@pytest.mark.parametrize("text, source, said", [
    # according to a document a body issued: the body is the source, named without the glued ل
    ("وبحسب بلاغ للمكتب الوطني للنقابة، فإن الحكومة لم تلتزم بما تعهدت به بشأن رفع الأجور.",
     "المكتب الوطني للنقابة", "الحكومة لم تلتزم بما تعهدت به بشأن رفع الأجور"),
    ("وبحسب بيان صادر عن وزارة الصحة، فإن عدد الإصابات ارتفع إلى 40 حالة.",
     "وزارة الصحة", "عدد الإصابات ارتفع إلى 40 حالة"),
    ("وبحسب تقرير للأمم المتحدة، فإن نصف السكان يحتاجون إلى المساعدة.",
     "الأمم المتحدة", "نصف السكان يحتاجون إلى المساعدة"),
])
def test_according_to_a_document_a_body_issued(text, source, said):
    assert statements(run(text)) == [("indirect", source, said)]


@pytest.mark.parametrize("text, speaker, said", [
    # the body that issued the statement "in which" it affirmed (no earlier speaker to go on with)
    ("وأصدرت وزارة الداخلية بيانا أكدت فيه أن القوات سيطرت على المدينة.", "وزارة الداخلية",
     "القوات سيطرت على المدينة"),
    # the one who held the conference, its object no name ("مؤتمرا صحفيا" after the title)
    ("وعقد الوزير مؤتمرا صحفيا أعلن فيه تخصيص 1.5 مليار دينار للمرحلة الثانية من الحملة.", "الوزير",
     "تخصيص 1.5 مليار دينار للمرحلة الثانية من الحملة"),
    # the named speaker whose speech it was, the speech no part of his name
    ("وألقى الرئيس حسني مبارك خطابا أكد فيه أنه لن يترشح لفترة رئاسية جديدة.", "حسني مبارك",
     "لن يترشح لفترة رئاسية جديدة"),
    # … and the subject after "in which", not the body named before it
    ("وفي كلمة ألقاها أمام البرلمان، أكد فيها الرئيس أن البلاد تمر بمرحلة صعبة.", "الرئيس",
     "البلاد تمر بمرحلة صعبة"),
    ("وفي مؤتمر صحفي عقده أمس، أكد خلاله وزير المالية أحمد جلال أن العجز سينخفض.", "أحمد جلال",
     "العجز سينخفض"),
    # the one named after the speech noun: whose statements they were, not who criticized them
])
def test_a_cue_in_which_a_speech_or_statement_said_it(text, speaker, said):
    assert statements(run(text)) == [("indirect", speaker, said)]


def test_in_which_the_one_named_after_the_speech_noun():
    # whose statements they were, not the speaker before
    doc = run("قال السفير نبيل فهمي إن الزيارة طبيعية. وما أقلق القوى السياسية هو تصريحات الوزير جون كيري السابقة "
              "لحضوره والتي دعا فيها إلى المشاركة في الانتخابات وعدم المقاطعة.")
    assert statements(doc)[1] == ("indirect", "جون كيري", "المشاركة في الانتخابات وعدم المقاطعة")


def test_in_which_passes_over_a_body_after_a_preposition():
    # (a guard: the party is named with ب glued to it, the site after على: neither wrote the post)
    doc = run("قال محمد محسوب، القيادي بحزب الوسط، إن أحدا لن يفرض الاستقطاب، فكتب عبر حسابه على موقع تويتر "
              "تغريدة قال فيها: \"لن يتمكن أحد أن يفرض علينا هذا الاستقطاب\".")
    assert statements(doc)[-1] == ("direct", "محمد محسوب", "لن يتمكن أحد أن يفرض علينا هذا الاستقطاب")


def test_in_which_with_no_speech_noun_before_it_takes_nobody_named_there():
    # (a guard: "في الوقت" is no speech; the subject after "فيه" is read instead)
    doc = run("وتأتي تصريحات الرئاسة في الوقت الذي قال فيه نائب رئيس الحزب عصام العريان إن الحزب يتشاور مع "
              "بقية الأحزاب.")
    assert statements(doc) == [("indirect", "عصام العريان", "الحزب يتشاور مع بقية الأحزاب")]


@pytest.mark.parametrize("second, said", [
    # a feminine body after the masculine verb is whom he called on, not its subject (which would
    # take دعت): the speaker goes on
    ("ودعا السلطات المحلية إلى فتح معبر ثان أمام شاحنات الإغاثة.", "فتح معبر ثان أمام شاحنات الإغاثة"),
    ("وطالب الحكومة بصرف تعويضات عاجلة للمزارعين المتضررين.", "صرف تعويضات عاجلة للمزارعين المتضررين"),
    # "وطالب", a cue only with its و, opens a clause as any glued verb does
    ("وطالب بصرف تعويضات عاجلة للمزارعين المتضررين.", "صرف تعويضات عاجلة للمزارعين المتضررين"),
])
def test_a_dropped_subject_before_the_one_called_on(second, said):
    doc = run("قال رئيس اتحاد المزارعين سالم العكاري إن الموسم ضاع. " + second)
    assert statements(doc)[1] == ("indirect", "سالم العكاري", said)


def test_the_feminine_verb_takes_the_body_as_its_subject():
    # (a guard: "ودعت الحكومة" agrees: the government called)
    doc = run("قال رئيس اتحاد المزارعين سالم العكاري إن الموسم ضاع. ودعت الحكومة إلى ترشيد استهلاك المياه.")
    assert statements(doc)[1] == ("indirect", "الحكومة", "ترشيد استهلاك المياه")


def test_a_demand_inside_what_was_reported_stays_part_of_it():
    # (a guard: the club appealed and demanded, as the federation announced; "وطالب" there opens no
    # statement of the federation's)
    doc = run("وكان الاتحاد الأوروبي لكرة القدم أعلن أن النادي استأنف ضد عقوبة الإيقاف المفروضة على مهاجمه "
              "وطالب بحصرها في مباراة واحدة.")
    assert statements(doc) == [("indirect", "الاتحاد الأوروبي", "النادي استأنف ضد عقوبة الإيقاف المفروضة على "
                                "مهاجمه وطالب بحصرها في مباراة واحدة")]


def test_a_group_with_a_nominative_adjective_is_the_subject():
    # (a guard: "المتظاهرون" agrees with the subject: the students demanded)
    doc = run("نظم طلاب الجامعة مسيرة اليوم. وطالب الطلاب المتظاهرون بالقصاص العادل للشهداء.")
    assert ("indirect", None, "القصاص العادل للشهداء") not in statements(doc)
    assert all(speaker != "الجامعة" for _, speaker, _ in statements(doc))


def test_what_prompted_a_body_is_no_call():
    # (a guard: "الأمر الذي دعا المحكمة إلى" is what led the court to act; no one spoke)
    doc = run("قال محامي المتهمين إن الأدلة ناقصة. وتبين وجود مخالفات، الأمر الذي دعا المحكمة إلى تأجيل النطق بالحكم.")
    assert statements(doc) == [("indirect", "محامي المتهمين", "الأدلة ناقصة")]


@pytest.mark.parametrize("text, speaker, said", [
    # what others said, denied: his statement is the denial, its text what it denies
    ("ونفى الفريق سامح الجندي ما تردد عن تعرض سفينة تجارية لإطلاق نار أثناء عبورها الممر الملاحي.",
     "سامح الجندي", "ما تردد عن تعرض سفينة تجارية لإطلاق نار أثناء عبورها الممر الملاحي"),
    # … after a comma, and not the clause after أن inside what is denied
    ("ونفى المتحدث باسم الموانئ سعيد العلي، ما تداولته المواقع عن أن مغادرة السفينة جاءت بسبب الإضراب.",
     "سعيد العلي", "ما تداولته المواقع عن أن مغادرة السفينة جاءت بسبب الإضراب"),
])
def test_a_denial_of_what_was_said(text, speaker, said):
    assert statements(run(text)) == [("indirect", speaker, said)]


def test_a_denial_of_reports_says_what_they_said():
    doc = run("ونفى الناطق العسكري الأنباء المتداولة على مواقع التواصل عن إسقاط مروحية للجيش.")
    assert statements(doc) == [("indirect", "الناطق العسكري",
                                "الأنباء المتداولة على مواقع التواصل عن إسقاط مروحية للجيش")]


def test_a_denial_of_reports_that_says_nothing_of_them_is_none():
    # (a guard: no "عن …" after the reports: what was denied is not said)
    assert statements(run("ونفى الوزير سامح الجندي الأنباء المتداولة.")) == []


def test_a_denial_is_one_statement_with_all_it_denies():
    # the clauses after "وأن" are what the paper wrote, denied with it, not what the group asserted
    doc = run("ونفت الجماعة الإسلامية ما نشرته إحدى الصحف المستقلة عن تلاعب في القرار الجمهوري، وأن العضو "
              "المعين في مجلس الشورى هو عضو في حزب الحرية والعدالة، وأنه تم استبدال اسمه بعضو حزب آخر.")
    assert len(statements(doc)) == 1 and statements(doc)[0][1] == "الجماعة الإسلامية"


def test_the_reports_after_a_bare_title_are_no_name():
    # "الأنباء" right after "الوزير" is neither his surname nor more of his role
    doc = run("قال الوزير إن العام الدراسي بدأ. ونفى الوزير الأنباء عن حذف مادة الفلسفة من التعليم الثانوي.")
    assert statements(doc)[1] == ("indirect", "الوزير", "الأنباء عن حذف مادة الفلسفة من التعليم الثانوي")


def test_a_news_agency_keeps_its_name():
    # (a guard: "وكالة الأنباء" names an agency, the reports' word inside it)
    doc = run("وقالت وكالة الأنباء الألمانية إن الأنفاق ما زالت تعمل.")
    assert statements(doc) == [("indirect", "وكالة الأنباء الألمانية", "الأنفاق ما زالت تعمل")]
    # the agency the sources spoke to is not part of who spoke (``words.SPOKEN_TO_OUTLETS``)
    told = run("وقالت مصادر فلسطينية لوكالة الأنباء الألمانية إن الأنفاق تعمل.")
    assert statements(told) == [("indirect", "مصادر فلسطينية", "الأنفاق تعمل")]


@pytest.mark.parametrize("second, said", [
    # a title before the source's name, and his role set off by commas after it
    ("وحسب المهندس طارق البيطار، الناطق باسم الهيئة العامة للموارد المائية، فإن الوضعية دقيقة دون أن تبلغ حد الكارثة.",
     "الوضعية دقيقة دون أن تبلغ حد الكارثة"),
    ("وحسب طارق البيطار، الناطق باسم الهيئة العامة للموارد المائية، فإن الوضعية دقيقة دون أن تبلغ حد الكارثة.",
     "الوضعية دقيقة دون أن تبلغ حد الكارثة"),
    # "فإن" with no comma before it
    ("وحسب المهندس طارق البيطار فإن الوضعية دقيقة دون أن تبلغ حد الكارثة.", "الوضعية دقيقة دون أن تبلغ حد الكارثة"),
    # "فإنه" is no part of what he said
    ("وحسب طارق البيطار، فإنه تم تقليص حصص الري بثلاثين بالمئة.", "تم تقليص حصص الري بثلاثين بالمئة"),
])
def test_according_to_a_named_source(second, said):
    doc = run("قال وزير الزراعة سالم العكاري إن الموسم صعب. " + second)
    assert statements(doc)[1] == ("indirect", "طارق البيطار", said)


def test_according_to_a_source_whose_aside_is_no_role():
    # (a guard: the words between the commas are what he said, no role of his)
    doc = run("قال وزير الزراعة سالم العكاري إن الموسم صعب. وبحسب طارق البيطار، فإن الحملة، التي تستمر شهرا، "
              "ستبدأ منتصف الشهر.")
    assert statements(doc)[1] == ("indirect", "طارق البيطار", "الحملة، التي تستمر شهرا، ستبدأ منتصف الشهر")


@pytest.mark.parametrize("second, said", [
    # what one held: "ذهب … إلى أن"
    ("في المقابل، ذهب النائب حسام الدباغ إلى أن المحطة لم تشهد أي أعمال صيانة دورية منذ سنوات.",
     "المحطة لم تشهد أي أعمال صيانة دورية منذ سنوات"),
    # what one ruled out, a verbal noun, maybe after "أي"
    ("واستبعد الدباغ أي خفض جديد لقيمة العملة المحلية.", "أي خفض جديد لقيمة العملة المحلية"),
    ("واستبعد الدباغ حدوث أزمة جديدة في سوق الصرف.", "حدوث أزمة جديدة في سوق الصرف"),
])
def test_what_one_held_or_ruled_out(second, said):
    doc = run("قال محافظ البنك المركزي رياض الحسن إن الوضع مستقر. قال النائب حسام الدباغ إن الأزمة عابرة. " + second)
    assert statements(doc)[-1] == ("indirect", "حسام الدباغ", said)


def test_excluding_a_player_says_nothing():
    # (a guard: "استبعد" with a noun that is no verbal noun excluded him)
    doc = run("قال مدرب المنتخب رياض الحسن إن الفريق جاهز. واستبعد المدرب اللاعب من التشكيلة الأساسية.")
    assert statements(doc) == [("indirect", "رياض الحسن", "الفريق جاهز")]


def test_a_conjunction_written_apart_opens_the_next_statement():
    # "و أشار" as some sites type it: the denial ends before it
    doc = run("ونفى مصدر عسكري ما نشرته قناة إخبارية بشأن حظر التجول أمام مديرية الأمن، و أشار أن ديوان "
              "المحافظة وحدة عسكرية تحميها القوات.")
    assert statements(doc) == [
        ("indirect", "مصدر عسكري", "ما نشرته قناة إخبارية بشأن حظر التجول أمام مديرية الأمن"),
        ("indirect", "مصدر عسكري", "ديوان المحافظة وحدة عسكرية تحميها القوات")]


@pytest.mark.parametrize("text, speaker", [
    ("وقال وزير الداخلية للصحفيين إن الوضع الأمني في العاصمة مستقر تماما.", "وزير الداخلية"),
    ("وقال رئيس الوزراء للصحفيين عقب الاجتماع إن الحكومة ستعلن خطتها الأسبوع المقبل.", "رئيس الوزراء"),
    ("وقال المتحدث باسم الجيش لوكالة فرانس برس إن القوات استعادت السيطرة على الجسر.", "المتحدث باسم الجيش"),
    ("وقال مسؤول أمني لصحيفة الحياة إن المهاجمين فروا نحو الحدود.", "مسؤول أمني"),
    ("وقال وزير الخارجية لوسائل الإعلام إن المحادثات ستستأنف في جنيف.", "وزير الخارجية"),
])
def test_whom_the_speaker_spoke_to_is_no_part_of_his_role(text, speaker):
    assert statements(run(text))[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # the outlet a correspondent works for, the body of a director general (definite), the canal
    ("وقال مراسل لقناة الجزيرة إن القصف استمر حتى الفجر.", "مراسل لقناة الجزيرة"),
    ("وقال المدير العام للوكالة الدولية للطاقة الذرية إن المفتشين وصلوا إلى الموقع.",
     "المدير العام للوكالة الدولية للطاقة الذرية"),
    ("وقال المدير العام لقناة النيل إن البث سيستأنف مساء اليوم.", "المدير العام لقناة النيل"),
])
def test_an_outlet_after_ل_stays_in_a_role_held_there(text, speaker):
    # (a guard)
    assert statements(run(text))[0][1] == speaker


def test_a_known_agency_keeps_its_adjectives():
    doc = run("وذكرت وكالة الأنباء السعودية الرسمية أن الأمطار الغزيرة ستستمر حتى نهاية الأسبوع.")
    assert statements(doc)[0][1] == "وكالة الأنباء السعودية الرسمية"
