"""What a verb announces is no speaker ("أعلن الرئيس العفو", "وأعلن عفوا رئاسيا"), a state's name in a
role is the role's ("سفير جمهورية نوفاريا"), feminine envoys are roles, anonymous sources end before
what they reported, asides and clauses of time neither hide what was said nor name who goes on
speaking, and a quotation's closing mark ends what a verb reported; on invented sentences."""
from __future__ import annotations

from pipeline_helpers import run, statements

OPENING = "وقال المتحدث باسم الجيش العقيد ماهر الخطيب إن الوضع على الحدود مستقر. "


def test_a_definite_pardon_is_what_was_announced():
    doc = run("وفي ختام كلمته، أعلن الرئيس العفو عن 350 سجينا من المحكومين في قضايا غير جنائية.")
    assert statements(doc) == [("indirect", "الرئيس", "العفو عن 350 سجينا من المحكومين في قضايا غير جنائية")]


def test_a_listed_verbal_noun_in_the_accusative():
    # "عفوا" with its tanween unwritten: the object, not a person named عفوا
    doc = run("وأعلن رئيس الجمهورية عفوا رئاسيا عن مئات السجناء بمناسبة العيد الوطني.")
    assert statements(doc) == [("indirect", "رئيس الجمهورية", "عفوا رئاسيا عن مئات السجناء بمناسبة العيد الوطني")]


def test_a_woman_commissioner_is_a_role():
    doc = run("وأوضحت المفوضة الأوروبية أن 85 مليونا من المبلغ ستخصص لإدارة الحدود.")
    assert statements(doc) == [("indirect", "المفوضة الأوروبية", "85 مليونا من المبلغ ستخصص لإدارة الحدود")]


def test_a_states_name_after_its_kind_is_the_roles():
    doc = run("أعلن سفير جمهورية نوفاريا، غريغوري كوفالينكو، أن التأشيرة الإلكترونية ستصدر خلال ثلاثة أيام.")
    assert statements(doc) == [("indirect", "غريغوري كوفالينكو", "التأشيرة الإلكترونية ستصدر خلال ثلاثة أيام")]
    assert run("أعلن سفير جمهورية نوفاريا، غريغوري كوفالينكو، أن التأشيرة ستصدر.").entities["E1"]["roles"] \
        == ["سفير جمهورية نوفاريا"]


def test_an_anonymous_source_ends_before_its_ba_object():
    doc = run("وأفادت مصادر عسكرية بإصابة خمسة جنود بجروح متفاوتة في الموقع الحدودي الأول.")
    assert statements(doc) == [("indirect", "مصادر عسكرية", "إصابة خمسة جنود بجروح متفاوتة في الموقع الحدودي الأول")]


def test_a_source_at_a_body_keeps_it():
    # (a guard: "باتحاد" has a verbal noun's shape, but is a body's head)
    doc = run("وقال مصدر باتحاد الكرة إن المدرب باق في منصبه.")
    assert statements(doc) == [("indirect", "مصدر باتحاد الكرة", "المدرب باق في منصبه")]


def test_an_aside_of_time_before_the_object():
    doc = run("وكانت مصادر عسكرية قد أفادت في ساعات الصباح الأولى بإصابة خمسة جنود بجروح متفاوتة.")
    assert statements(doc) == [("indirect", "مصادر عسكرية", "إصابة خمسة جنود بجروح متفاوتة")]


def test_a_clause_of_time_names_nobody_who_goes_on():
    doc = run(OPENING + "واستمرت الاشتباكات أربع ساعات، قبل أن يعلن الجيش الحصيلة النهائية.\n\n"
              "وأضاف أن قواته دمرت تسع آليات تابعة للمهاجمين.")
    assert statements(doc)[-1] == ("indirect", "ماهر الخطيب", "قواته دمرت تسع آليات تابعة للمهاجمين")


def test_an_adjective_participle_inside_a_quoted_phrase():
    # "«معلومات مؤكدة»": confirmed information, not "confirming"
    doc = run("وقال المتحدث إن لدى الجيش «معلومات مؤكدة» بأن المهاجمين انطلقوا من أراضي الدولة المجاورة.")
    assert statements(doc) == [
        ("indirect", "المتحدث", "لدى الجيش «معلومات مؤكدة» بأن المهاجمين انطلقوا من أراضي الدولة المجاورة")]


def test_a_participle_before_an_opening_mark_still_opens_speech():
    # (a guard: an opening mark after the participle opens what was said)
    doc = run("وأعلنت الوزارة تسجيل 312 إصابة مؤكدة، مؤكدة «أن الوضع تحت السيطرة».")
    assert statements(doc)[-1] == ("direct", "الوزارة", "أن الوضع تحت السيطرة")


def test_a_relative_clause_after_the_quotation_is_another_statement():
    doc = run(OPENING + "ودعا المتحدث سكان القرى الحدودية إلى «عدم الاقتراب من المنطقة العسكرية حتى انتهاء "
              "عمليات التمشيط»، التي قال إنها «ما زالت مستمرة».")
    assert statements(doc)[1:] == [
        ("indirect", "ماهر الخطيب", "«عدم الاقتراب من المنطقة العسكرية حتى انتهاء عمليات التمشيط»"),
        ("direct", "ماهر الخطيب", "ما زالت مستمرة")]


def test_a_relative_clause_after_a_quoted_name_stays():
    # (a guard: the paper's name in quotation marks is not all of what was denied)
    doc = run("ونفى الوزير صحة ما نشرته «الوطن»، الذي كشف تعيين نجله في منصب رفيع.")
    assert statements(doc) == [("indirect", "الوزير", "صحة ما نشرته «الوطن»، الذي كشف تعيين نجله في منصب رفيع")]


def test_residents_called_on_after_a_title_or_a_role():
    assert statements(run("ودعا الوزير أهالي القرى إلى الابتعاد عن المنطقة العسكرية.")) == [
        ("indirect", "الوزير", "الابتعاد عن المنطقة العسكرية")]
    assert statements(run("ودعا وزير الداخلية سكان القرى إلى الابتعاد عن المنطقة العسكرية.")) == [
        ("indirect", "وزير الداخلية", "الابتعاد عن المنطقة العسكرية")]


def test_residents_called_on_by_a_dropped_subject():
    doc = run(OPENING + "كما دعا أهالي القرى الحدودية إلى الابتعاد عن المنطقة العسكرية.")
    assert statements(doc)[1:] == [("indirect", "ماهر الخطيب", "الابتعاد عن المنطقة العسكرية")]


def test_residents_still_speak():
    # (a guard: residents are a source reports quote)
    doc = run("وقال سكان محليون إن الاشتباكات استمرت طوال الليل.")
    assert statements(doc) == [("indirect", "سكان محليون", "الاشتباكات استمرت طوال الليل")]


def test_any_noun_is_what_was_denied():
    doc = run("ونفى رئيس الحزب أي خلاف مع حزب الوفاق حول حقيبة المالية.")
    assert statements(doc) == [("indirect", "رئيس الحزب", "أي خلاف مع حزب الوفاق حول حقيبة المالية")]


def test_reinforcements_sent_is_what_was_announced():
    doc = run(OPENING + "وأعلن إرسال تعزيزات تضم كتيبتين من القوات الخاصة إلى المنطقة.")
    assert statements(doc)[1:] == [
        ("indirect", "ماهر الخطيب", "إرسال تعزيزات تضم كتيبتين من القوات الخاصة إلى المنطقة")]


def test_a_party_leader_named_with_the_other_head():
    doc = run("وقال رئيس حزب النهضة المدنية ناصر العمري إن الحكومة ستشكل قريبا. "
              "وشدد زعيم النهضة على أن المصلحة الوطنية فوق كل اعتبار.")
    assert statements(doc) == [("indirect", "ناصر العمري", "الحكومة ستشكل قريبا"),
                               ("indirect", "ناصر العمري", "المصلحة الوطنية فوق كل اعتبار")]


def test_another_leader_head_is_another_role():
    # (a guard: only a party's رئيس and زعيم are one; the army's قائد is not its chief of staff)
    doc = run("وقال رئيس أركان الجيش اللواء سامر الحديدي إن القوات تقدمت. وقال قائد الجيش إن المعركة مستمرة.")
    assert statements(doc) == [("indirect", "سامر الحديدي", "القوات تقدمت"),
                               ("indirect", "قائد الجيش", "المعركة مستمرة")]


def test_what_a_denial_called_the_reports_is_another_statement():
    doc = run("ونفى المتحدث صحة الأنباء عن إغلاق المستشفيات أبوابها في وجه المرضى، ووصفها بأنها "
              "«عارية تماما عن الصحة».")
    assert statements(doc) == [("indirect", "المتحدث", "صحة الأنباء عن إغلاق المستشفيات أبوابها في وجه المرضى"),
                               ("direct", "المتحدث", "عارية تماما عن الصحة")]


def test_figures_she_presented_are_hers():
    doc = run("وقالت رئيسة الجهاز ليلى بستاني إن البطالة تراجعت. وبحسب الأرقام التي عرضتها، تصل البطالة في "
              "صفوف النساء إلى ١٩٫٨٪.")
    assert statements(doc)[1] == ("indirect", "ليلى بستاني", "تصل البطالة في صفوف النساء إلى ١٩٫٨٪")


def test_figures_a_body_presented_are_its():
    doc = run("وقالت رئيسة الجهاز ليلى بستاني إن البطالة تراجعت. وبحسب الأرقام التي عرضها الجهاز، تصل البطالة في "
              "صفوف النساء إلى ١٩٫٨٪.")
    assert statements(doc)[1] == ("indirect", "الجهاز", "تصل البطالة في صفوف النساء إلى ١٩٫٨٪")


def test_the_body_that_issued_a_statement_speaks():
    assert statements(run("وأكد بيان صادر عن وزارة الصحة أن الوضع تحت السيطرة.")) == [
        ("indirect", "وزارة الصحة", "الوضع تحت السيطرة")]
    assert statements(run("وأكد بيان لوزارة الصحة أن الوضع تحت السيطرة.")) == [
        ("indirect", "وزارة الصحة", "الوضع تحت السيطرة")]


def test_the_body_whose_figures_say_it_speaks():
    doc = run("وتشير أرقام أولية للجهاز المركزي للإحصاء إلى أن البطالة تراجعت إلى 9%.")
    assert statements(doc) == [("indirect", "الجهاز المركزي للإحصاء", "البطالة تراجعت إلى 9%")]


def test_a_definite_report_speaks_itself():
    # (a guard: "التقرير" is the document speaking; the body after it is whom it advised)
    doc = run("ونصح التقرير الحكومة الأوغندية بتوجيه الاهتمام إلى الاقتصاد الزراعي.")
    assert statements(doc) == [("indirect", "التقرير", "توجيه الاهتمام إلى الاقتصاد الزراعي")]


def test_a_verb_agrees_with_the_report_not_its_body():
    # "وأشار تقرير اليونيسيف" is masculine for the report: the agency is still the woman "وأكدت" goes on with
    doc = run("وأشارت اليونيسيف إلى أن الأطفال يحتجزون ليلا. وأشار تقرير اليونيسيف إلى أن المحاكم لا تقدم الضمانات. "
              "وشدد التقرير على أن هذه الممارسات تنتهك القانون الدولي. وأكدت أن تطبيق التوصيات ممكن.")
    assert statements(doc)[-1] == ("indirect", "اليونيسيف", "تطبيق التوصيات ممكن")


def test_a_connective_holds_the_subject_of_an_admission():
    # "غير أنه اعترف": a verb that reports only with its subject named takes the pronoun of "غير أنه"
    doc = run("وقال مدير المستشفى هشام القاسمي إن العمل مستمر. غير أنه اعترف بتأجيل نحو مئة وعشرين عملية مجدولة.")
    assert statements(doc)[1] == ("indirect", "هشام القاسمي", "تأجيل نحو مئة وعشرين عملية مجدولة")


def test_the_monarch_is_the_king_named_before():
    doc = run("افتتح جلالة الملك منصور بن راشد، صباح اليوم الاثنين، الدورة العادية لمجلس النواب.\n\n"
              "وأكد العاهل أن الانتخابات النيابية الأخيرة جرت بنزاهة.")
    assert statements(doc) == [("indirect", "منصور بن راشد", "الانتخابات النيابية الأخيرة جرت بنزاهة")]


def test_a_country_is_no_word_of_a_name():
    doc = run("وقال نائب وزير الخارجية الروسي فسيفولود جافريلكين إن الاتفاق انهار. وبحسب نائب الوزير، عرضت "
              "روسيا «بديلاً عملياً» يتمثل في تزويد ست دول إفريقية بالحبوب.")
    assert [speaker for _, speaker, _ in statements(doc)] == ["فسيفولود جافريلكين"] * 2  # (not "عرضت روسيا")


def test_a_country_alone_still_speaks():
    # (a guard: a country is a word of no name after the first, but may be the speaker itself)
    assert statements(run("وتقول سوريا إن الموقع منشأة عسكرية عادية.")) == [
        ("indirect", "سوريا", "الموقع منشأة عسكرية عادية")]


def test_soldiers_called_on_are_no_part_of_the_role():
    doc = run("وقال المتحدث باسم الحركة مهند البكاري إن العملية نجحت. ودعا المتحدث الجنود الحكوميين إلى "
              "«الانشقاق والانضمام إلى صفوف الشعب».")
    speaker = doc.layer("statements")[1].attrs["speaker"]
    assert doc.entities[speaker]["name"] == "مهند البكاري"
    assert doc.entities[speaker]["roles"] == ["المتحدث باسم الحركة", "المتحدث"]  # (not "المتحدث الجنود")


def test_the_prime_ministers_title_is_his_role():
    # the role another article calls him by alone ("وقال رئيس الوزراء إن …"): link.speakers matches them
    doc = run("أعلن رئيس الوزراء منير الصالحي، في كلمة أمام مجلس النواب، إجراء تعديل وزاري واسع.")
    assert doc.entities["E1"]["name"] == "منير الصالحي"
    assert doc.entities["E1"]["roles"] == ["رئيس الوزراء"]


def test_an_adverb_of_firmness_before_what_is_ruled_out():
    doc = run("وقال المحافظ فراس المهيري إن الوضع مستقر. واستبعد المهيري كلياً أي توجه لتحرير سعر صرف العملة.")
    assert statements(doc)[1] == ("indirect", "فراس المهيري", "أي توجه لتحرير سعر صرف العملة")


def test_an_adverb_after_a_title_is_no_name():
    assert statements(run("ونفى الوزير مجددا وجود أي خلاف داخل الحكومة.")) == [
        ("indirect", "الوزير", "وجود أي خلاف داخل الحكومة")]


def test_a_weekday_before_what_was_said():
    doc = run("أكد الجيش المصري مجدداً السبت، عدم وجود أي قواعد عسكرية أجنبية على الأراضي المصرية.")
    assert statements(doc) == [("indirect", "الجيش المصري", "عدم وجود أي قواعد عسكرية أجنبية على الأراضي المصرية")]


def test_wa_qad_opens_a_statement_of_its_own():
    doc = run("أعلنت جامعة الإسكندرية ظهر اليوم الأربعاء، نتائج انتخابات الاتحادات الطلابية، وقد أكد نائب رئيس "
              "الجامعة أن الانتخابات جرت وفق اللائحة الجديدة.")
    assert statements(doc) == [("indirect", "جامعة الإسكندرية", "نتائج انتخابات الاتحادات الطلابية"),
                               ("indirect", "نائب رئيس الجامعة", "الانتخابات جرت وفق اللائحة الجديدة")]


def test_a_connective_glued_to_a_comma_is_left_off():
    doc = run("وقال المتحدث إن هناك آثاراً سياسية للحكم،وقد أعلنت الرئاسة الطعن على الحكم.")
    assert statements(doc)[0] == ("indirect", "المتحدث", "هناك آثاراً سياسية للحكم")


def test_the_rest_of_the_delegations_is_the_subject():
    # "بقية" begins with ب but is no ب-object: the delegations praised, not the speaker before
    doc = run("وقال محافظ القاهرة جعفر شلبي إن المشروعات جاهزة. وقد أشادت بقية الوفود المشاركة بعرض المحافظ.")
    assert statements(doc) == [("indirect", "جعفر شلبي", "المشروعات جاهزة")]


def test_a_source_word_that_ends_the_text():
    # (a corpus article ends with "…"حسب": nothing follows the word, and reading past it failed)
    doc = run('وقال المتحدث إن المجلس "يجب أن تكون له صلاحيات لحماية الحقوق والحريات"حسب')
    assert statements(doc)[0][1] == "المتحدث"
