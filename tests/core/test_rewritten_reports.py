"""Reports one outlet makes of another's interview (invented): the rewrite's statements must keep the
whole reported content and the right speaker, or they cannot be linked back to the answers."""
from __future__ import annotations

import pytest
from pipeline_helpers import run, statements


def _mentions(doc) -> list[tuple[str, str]]:
    return [(doc.text[m.start : m.end], m.label) for m in doc.layer("mentions")]


def test_a_pronoun_complementizer_opens_the_statement_not_a_name():
    # "أنهم" after a bare role was read as a person "أنهم اجتمعوا" and the statement was lost.
    doc = run("وكشف المتحدث أنهم اجتمعوا مع ممثلي الجمعيات الزراعية الأسبوع الماضي.")
    assert statements(doc) == [("indirect", "المتحدث", "اجتمعوا مع ممثلي الجمعيات الزراعية الأسبوع الماضي")]
    assert _mentions(doc) == [("المتحدث", "role")]


def test_first_person_complementizers_after_a_role():
    doc = run("وقال مدير المستشفى إننا استقبلنا عشرات الجرحى منذ الصباح.")
    assert statements(doc) == [("indirect", "مدير المستشفى", "استقبلنا عشرات الجرحى منذ الصباح")]


def test_a_role_named_by_the_scan_is_one_mention_of_the_speaker():
    doc = run("وأكد الوزير أن الحكومة لن تتراجع عن القرار.")
    assert _mentions(doc) == [("الوزير", "role"), ("الحكومة", "org")]
    assert statements(doc) == [("indirect", "الوزير", "الحكومة لن تتراجع عن القرار")]


def test_a_given_name_and_an_al_surname_before_a_noun():
    # name_run alone reads "الرواحي الأنباء" as a noun phrase; after a given name it is the surname.
    doc = run("نفى المتحدث باسم الوزارة سليمان الرواحي الأنباء المتداولة، مؤكدا أن البحيرة لم تجف.")
    assert ("سليمان الرواحي", "person") in _mentions(doc)
    assert statements(doc) == [("indirect", "سليمان الرواحي", "البحيرة لم تجف")]


def test_a_given_name_before_a_common_noun_is_no_person():
    doc = run("استقبل محمد الوفد المرافق للرئيس في المطار.")
    assert not [m for m in _mentions(doc) if m[1] == "person"]


def test_a_headline_surname_is_the_person_the_article_names():
    doc = run("الرواحي: بحيرة السد لم تجف ولا نية لقطع المياه\n"
              "نفى المتحدث باسم الوزارة سليمان الرواحي الأنباء عن جفاف البحيرة.")
    assert statements(doc)[0] == ("headline", "سليمان الرواحي", "بحيرة السد لم تجف ولا نية لقطع المياه")


def test_a_headline_surname_after_waw_is_the_person_the_article_names():
    # "… سيكيرا.. وبنعيسى: …": the و joins the label to the clause before it; it is no part of the name
    doc = run("الاتحاد يفسخ عقد المدرب.. والعلوي: القرار اتخذ بالإجماع\n"
              "وقال رئيس الاتحاد كمال العلوي إن المكتب اجتمع أربع ساعات قبل اتخاذ القرار.")
    assert statements(doc)[0] == ("headline", "كمال العلوي", "القرار اتخذ بالإجماع")
    assert sorted(e["name"] for e in doc.entities.values() if e["type"] == "person") == ["كمال العلوي"]


def test_a_headline_speaker_the_scan_found_is_one_mention():
    doc = run("وزير المالية: الموازنة الجديدة بلا ضرائب إضافية\n"
              "قال وزير المالية إن الموازنة الجديدة لن تتضمن أي ضرائب إضافية.")
    assert _mentions(doc) == [("وزير المالية", "role"), ("وزير المالية", "role")]  # one in each line
    assert [s[1] for s in statements(doc)] == ["وزير المالية", "وزير المالية"]


def test_a_generic_party_in_a_headline_is_the_party_named_below():
    doc = run("عضو في الحزب: المقار نتيجة التبرعات\n"
              "قال عضو في حزب «الراية» إن المقار التي افتتحها الحزب جاءت نتيجة التبرعات.")
    assert statements(doc)[0][:2] == ("headline", "حزب «الراية»")


def test_a_decimal_figure_does_not_end_reported_speech():
    doc = run("واعترف الوزير بأن خسائر الهيئة وصلت إلى 4.2 مليار جنيه العام الماضي، موضحا أن الوزارة تعالج ذلك.")
    assert statements(doc) == [
        ("indirect", "الوزير", "خسائر الهيئة وصلت إلى 4.2 مليار جنيه العام الماضي"),
        ("indirect", "الوزير", "الوزارة تعالج ذلك"),
    ]


def test_a_verb_joined_by_waw_after_a_comma_keeps_the_sentence_subject():
    # "الوزير" right before "، وقال" is the object of انتقد; the deputy is the one who spoke.
    doc = run("وتوقع الوزير أن تنتهي المرحلة الأولى قبل نهاية العام.\n"
              'في المقابل، انتقد النائب حسن الدميري تصريحات الوزير، وقال إن "الوزارة تكرر الوعود نفسها منذ سنوات".')
    assert statements(doc) == [("indirect", "الوزير", "تنتهي المرحلة الأولى قبل نهاية العام"),
                                ("direct", "حسن الدميري", "الوزارة تكرر الوعود نفسها منذ سنوات")]


def test_a_clitic_and_a_function_word_is_no_name():
    # "بذلك بشكل شخصي" after "رئيس الحكومة" was taken for the holder's name.
    doc = run("وأكد الوزير أنه أبلغ رئيس الحكومة بذلك بشكل شخصي.")
    assert [e["name"] for e in doc.entities.values() if e["type"] == "person" and not e.get("role_only")] == []


def test_a_noun_with_a_possessive_pronoun_is_no_name():
    # "تعلن نتائجها في …" made a person "نتائجها", who then spoke the next paragraph.
    doc = run("وطالب بتشكيل لجنة تحقيق تعلن نتائجها في غضون شهر على الأكثر.")
    assert [e["name"] for e in doc.entities.values() if e["type"] == "person"] == []


def test_role_keys_agree_however_the_ministry_is_written():
    keys = set()
    for text in ("قال المتحدث باسم وزارة الخارجية إن الوفد وصل.", "قال المتحدث الرسمي لوزارة الخارجية إن الوفد وصل.",
                 "قال المتحدث باسم الوزارة إن الوفد وصل."):
        keys |= {m.attrs["role_key"] for m in run(text).layer("mentions") if m.label == "role"}
    assert keys == {"spokesperson|وزاره"}


def test_a_time_phrase_after_the_verb_is_no_subject():
    doc = run("وكان قائد قوات حماية الوادي، سامر الخلف، قد أعلن الأسبوع الماضي أن قواته ستبدأ حملة جديدة.")
    assert statements(doc) == [("indirect", "سامر الخلف", "قواته ستبدأ حملة جديدة")]


def test_a_time_phrase_before_the_subject_is_skipped():
    doc = run("وقال مساء أمس وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل.")
    assert statements(doc) == [("indirect", "وزير الخارجية", "المفاوضات ستستأنف الأسبوع المقبل")]


def test_a_foreign_given_name_and_one_surname_after_a_role():
    # Without the foreign given name the role stayed nameless ("رفع" might have been the surname).
    doc = run("استبعد رئيس هيئة الطاقة فريدريك هاوسمن رفع أسعار الكهرباء قبل الصيف، كاشفا أن الهيئة قدمت دراسة.")
    assert ("فريدريك هاوسمن", "person") in _mentions(doc)
    # (what he ruled out is his statement too, since session 41)
    assert statements(doc) == [("indirect", "فريدريك هاوسمن", "رفع أسعار الكهرباء قبل الصيف"),
                               ("indirect", "فريدريك هاوسمن", "الهيئة قدمت دراسة")]


def test_a_kurdish_given_name_in_h_after_a_rank_is_a_name_and_the_rank_stands_for_it_later():
    # "كاوه" ends in ه, which had made it a feminine noun: the speaker was the bare rank, twice. In
    # Persian letters too (ک، ی), as Kurdish outlets write it.
    doc = run("كشف المتحدث باسم شرطة الحدود، العميد کاوه شیرزاد، أن الشحنة ضبطت فجر الخميس. "
              "وأضاف العميد أن التحقيق مستمر مع السائقين.")
    assert statements(doc) == [("indirect", "کاوه شیرزاد", "الشحنة ضبطت فجر الخميس"),
                               ("indirect", "کاوه شیرزاد", "التحقيق مستمر مع السائقين")]


def test_a_foreign_name_with_a_middle_initial():
    doc = run("وقال المتحدث مايلز ب. كيغينز إن العمليات مستمرة.")
    assert ("مايلز ب. كيغينز", "person") in _mentions(doc)


def test_three_word_foreign_name_before_a_stop():
    doc = run("وقال وزير الخارجية الفرنسي جون إيف لودريان إن بلاده تدعم الحل السياسي.")
    assert statements(doc) == [("indirect", "جون إيف لودريان", "بلاده تدعم الحل السياسي")]


def test_words_that_hold_a_foreign_name_are_no_person():
    # "لجان" is ل + "جان" (Jean), "فرانك سويسري" a currency: neither list holds those names.
    doc = run("واجتمعت لجان التنسيق المحلية أمس، وقدرت الخسائر بمئة ألف فرانك سويسري.")
    assert [m for m in _mentions(doc) if m[1] == "person"] == []


def test_a_quotation_right_after_the_verb_holds_no_subject():
    # "اعتقد" opens the quoted words; before, it was taken for the name of who spoke.
    doc = run('واضاف "اعتقد اننا سنبقى هنا الاسبوع كله وبضعة ايام من الاسبوع المقبل".')
    assert [e["name"] for e in doc.entities.values()] == []
    assert statements(doc)[0][2] == "اعتقد اننا سنبقى هنا الاسبوع كله وبضعة ايام من الاسبوع المقبل"


def test_the_former_is_the_first_named_in_the_last_sentence_naming_both():
    # Later paragraphs name the guest, then the minister; "الأول" is still the minister, named first
    # in the sentence that introduced both.
    doc = run("عقد وزير الخارجية نزار الحلبي ونظيره الإيطالي ماتيو كارديني مؤتمرا صحفيا مشتركا.\n"
              "من جهته، أكد كارديني أن بلاده ستقدم منحة لدعم مشاريع المياه.\n"
              "وردا على سؤال، قال الحلبي إن الحكومة طلبت الإفراج عن الصيادين.\n"
              "وأوضح الأول أن حكومته تعد اتفاقية جديدة للنقل البحري.")
    assert statements(doc)[-1] == ("indirect", "نزار الحلبي", "حكومته تعد اتفاقية جديدة للنقل البحري")


def test_the_noun_object_of_an_announcement_is_what_was_said():
    doc = run("وأعلن وزير النقل كمال الشاذلي إحالة ثلاثة من المسؤولين عن الحادث إلى النيابة العامة.")
    assert statements(doc) == [("indirect", "كمال الشاذلي", "إحالة ثلاثة من المسؤولين عن الحادث إلى النيابة العامة")]


def test_a_subject_before_the_verb_and_its_noun_object_after_it():
    doc = run("المتحدث باسم هيئة الموانئ أكد حرصهم على إنهاء أعمال التوسعة في موعدها.")
    assert statements(doc) == [("indirect", "المتحدث باسم هيئة الموانئ", "حرصهم على إنهاء أعمال التوسعة في موعدها")]


def test_a_preposition_the_verb_takes_opens_its_object():
    doc = run("وكشف وزير المالية عن خطة لإعادة هيكلة الشركات الحكومية خلال العام المقبل.")
    assert statements(doc) == [("indirect", "وزير المالية", "خطة لإعادة هيكلة الشركات الحكومية خلال العام المقبل")]


def test_more_of_the_subject_is_no_object():
    # The role's parse stops before "والتعليم"; the rest of the subject must not become the statement.
    doc = run("وكشف وزير التربية والتعليم الدكتور إبراهيم غنيم عن إطلاق مبادرة التعليم التفاعلي.")
    assert all(not s[2].startswith("والتعليم") for s in statements(doc))


def test_a_verb_whose_object_is_what_was_denied_gives_the_denial():
    # (the reports denied are no part of the speaker)
    doc = run("ونفى المتحدث باسم الوزارة الأنباء المتداولة عن جفاف البحيرة.")
    assert statements(doc) == [("indirect", "المتحدث باسم الوزارة", "الأنباء المتداولة عن جفاف البحيرة")]


def test_an_announcement_with_its_preposition_and_the_same_speaker_after_a_comma():
    doc = run('بدوره، أعلن كارديني عن منحة إيطالية لمشاريع المياه في الأرياف، '
              'وقال إن "إيطاليا تعتبر استقرار هذا البلد جزءا من أمنها".')
    assert statements(doc) == [("indirect", "كارديني", "منحة إيطالية لمشاريع المياه في الأرياف"),
                               ("direct", "كارديني", "إيطاليا تعتبر استقرار هذا البلد جزءا من أمنها")]


def test_an_adverb_before_the_preposition_is_no_name():
    doc = run("وأضاف أن سلطات الاحتلال كشفت مؤخرا عن القرار الذي يسمح بإعادة اعتقال الأسرى.")
    assert [e["name"] for e in doc.entities.values() if e["type"] == "person"] == []


def test_a_verb_joined_by_fa_is_the_answer_of_the_one_asked():
    doc = run("وسأل كيري رئيس المخابرات محمد رأفت شحاتة عن تأثير الأوضاع، فأكد له أن القوات المسلحة تحمي القناة.")
    assert statements(doc) == [("indirect", "محمد رأفت شحاتة", "القوات المسلحة تحمي القناة")]


def test_the_noun_object_of_a_participle_goes_on_with_the_speaker():
    doc = run("وأشار العميد خليل بوزيان إلى أن الوزارة وعدت بتوفير المعدات قبل الصيف، "
              "مؤكدا وجود تنسيق يومي مع خفر السواحل في الدول المجاورة.")
    assert statements(doc) == [("indirect", "خليل بوزيان", "الوزارة وعدت بتوفير المعدات قبل الصيف"),
                               ("indirect", "خليل بوزيان", "وجود تنسيق يومي مع خفر السواحل في الدول المجاورة")]


def test_a_new_clause_after_a_participle_is_no_object():
    doc = run("وقال المتحدث إن الحكومة ماضية في خطتها، مؤكدا ولم يتم الكشف عن موعد الانتخابات.")
    assert [s[2] for s in statements(doc)] == ["الحكومة ماضية في خطتها"]


def test_quoted_as_saying_names_the_one_after_an():
    doc = run("ونقلت وكالة رويترز عن المتحدث باسم الجيش العقيد سامي الحداد قوله إن القوات استعادت السيطرة على الجسر.")
    assert statements(doc) == [("indirect", "سامي الحداد", "القوات استعادت السيطرة على الجسر")]


def test_quoted_as_saying_with_a_colon_and_an_anonymous_source():
    doc = run('ونقلت صحيفة الأهرام عن مصدر أمني قوله: "لا صحة لما تردد عن اعتقال قيادات الحزب".')
    assert statements(doc) == [("direct", "مصدر أمني", "لا صحة لما تردد عن اعتقال قيادات الحزب")]


def test_relayed_with_a_complementizer_names_the_one_after_an():
    # "نقلت X عن Y أن …" without قوله: Y said it, not the outlet (nothing was found before).
    doc = run("ونقلت صحيفة الوطن عن وزير الخارجية أن الاتفاق سيوقع قبل نهاية الشهر.")
    assert statements(doc) == [("indirect", "وزير الخارجية", "الاتفاق سيوقع قبل نهاية الشهر")]
    doc = run("وتنقل الوكالة عن مصدر حكومي إن المفاوضات ستستأنف الأحد المقبل.")
    assert statements(doc) == [("indirect", "مصدر حكومي", "المفاوضات ستستأنف الأحد المقبل")]


def test_relayed_past_an_apposition_and_an_aside():
    doc = run("ونقلت إذاعة الشرق عن رئيس الوفد المفاوض، عبد الله الحمادي، أن الوفد طالب بإدراج ملف الرواتب.")
    assert statements(doc) == [("indirect", "عبد الله الحمادي", "الوفد طالب بإدراج ملف الرواتب")]
    doc = run("ونقلت الوكالة الرسمية عن سامر الحلبي، محامي الأسرة، مساء الثلاثاء، أن الشرطة أفرجت عن موكله.")
    assert statements(doc) == [("indirect", "سامر الحلبي", "الشرطة أفرجت عن موكله")]


def test_a_relay_verb_without_a_named_source_reports_nothing():
    # (a guard) another outlet's report, a plural noun, and نقل of the wounded are no statement of anyone
    assert statements(run("نقلت الصحيفة البريطانية عن نظيرتها الأمريكية أن الأمير اشترى جزيرتين.")) == []
    assert statements(run("ونقلت القناة عن نشطاء محليين أن الشرطة اعتقلت العشرات.")) == []
    assert statements(run("وتم نقل المصابين عن طريق سيارات الإسعاف إلى مستشفى المدينة بعد أن تعرضوا لإصابات بالغة.")) == []


def test_quoted_as_saying_after_an_apposition_of_the_name():
    # the name the scan missed is read up to the apposition's comma
    doc = run("ونقلت وكالة أسوشيتد برس عن ناصر الزهراني، أحد الموقوفين، قوله إنهم تعرضوا لسوء المعاملة.")
    assert statements(doc) == [("indirect", "ناصر الزهراني", "تعرضوا لسوء المعاملة")]


def test_two_apostrophes_quote_what_was_said_and_a_party_name():
    doc = run("وقال المتحدث في تصريح لـ''الوطن'' إن ''الاتفاق سيوقع الأسبوع المقبل''. "
              "وأضاف حزب ''النور'' أن الانتخابات ستجرى في موعدها.")
    assert statements(doc) == [("direct", "المتحدث", "الاتفاق سيوقع الأسبوع المقبل"),
                               ("indirect", "حزب ''النور''", "الانتخابات ستجرى في موعدها")]


def test_a_lone_apostrophe_around_a_name_does_not_stop_the_walk_to_the_content():
    doc = run("وأشار شناس، وهو عضو اللجنة المركزية لحزب 'اعتماد ملي' إلى أن المرشد لم يجب بعد على الرسالة.")
    assert [s[2] for s in statements(doc)] == ["المرشد لم يجب بعد على الرسالة"]


def test_as_the_minister_said_after_a_comma_attributes_the_sentence_before():
    doc = run("ستعقد الانتخابات في موعدها، كما أكد رئيس الوزراء في كلمته أمس.")
    assert statements(doc) == [("indirect", "رئيس الوزراء", "ستعقد الانتخابات في موعدها")]


def test_according_to_what_he_declared_attributes_the_sentence_before():
    doc = run("قال مصدر إن الاجتماع تأجل. الحكومة لن تتراجع عن خطتها، بحسب ما صرح به وزير المالية.")
    assert statements(doc)[-1] == ("indirect", "وزير المالية", "الحكومة لن تتراجع عن خطتها")


def test_as_he_said_opening_a_sentence_is_no_attribution_of_the_one_before():
    doc = run("ارتفعت الأسعار. وكما قال الوزير فإن الحكومة ستطرح المشروع.")
    assert all(s[2] != "ارتفعت الأسعار" for s in statements(doc))


def test_a_foreign_given_name_ending_the_text_and_a_bare_title_before_qawluh_do_not_fail():
    # Both raised IndexError on corpus articles (a name reader looked past the last token; an empty
    # name was made of the title right before قوله).
    assert run("وصل إلى العاصمة أمس وزير الخارجية جون").layer("mentions")
    doc = run("ونقلت الوكالة عن الرئيس قوله إن الحكومة ستستقيل.")
    assert [s[2] for s in statements(doc)] == ["الحكومة ستستقيل"]


def test_a_participle_qualifying_a_noun_is_no_cue():
    # "إصابة مؤكدة" is a confirmed case, not "confirming"; "، مؤكدة عدم …" after the comma is a cue.
    doc = run("كشفت وزيرة الصحة رنا الخطيب أن الوزارة سجلت 312 إصابة مؤكدة بالحصبة منذ بداية الشهر، "
              "مؤكدة عدم تسجيل أي وفاة حتى الآن.")
    assert statements(doc) == [("indirect", "رنا الخطيب", "الوزارة سجلت 312 إصابة مؤكدة بالحصبة منذ بداية الشهر"),
                               ("indirect", "رنا الخطيب", "عدم تسجيل أي وفاة حتى الآن")]


def test_a_participle_qualifying_a_figure_is_no_cue():
    # "7.4% متوقعة للعام الجاري" is a figure expected for this year; "للعام الجاري" was a statement.
    doc = run("وأعلن وزير المالية هشام الرفاعي أن الحكومة تستهدف خفض العجز إلى 6.2% من الناتج المحلي"
              " العام المقبل، مقابل 7.4% متوقعة للعام الجاري.")
    assert statements(doc) == [("indirect", "هشام الرفاعي", "الحكومة تستهدف خفض العجز إلى 6.2% من الناتج المحلي"
                                " العام المقبل، مقابل 7.4% متوقعة للعام الجاري")]


def test_a_name_ending_an_aside_is_not_the_subject():
    doc = run('وكان كيغينز، وهو ضابط سابق في القوة، قد قال في تصريح سابق: "لا يمكن حسم المعركة من الجو وحده".')
    assert statements(doc) == [("direct", "كيغينز", "لا يمكن حسم المعركة من الجو وحده")]


def test_maghreb_style_press_officers_and_a_middle_name_ali():
    doc = run("وأفاد المكلف بالإعلام بالإدارة الجهوية للصحة بسوسة أنه تم تسجيل 12 حالة. "
              "وصرح الناطق الرسمي باسم وزارة الداخلية محمد علي العروي بأن الوحدات الأمنية أوقفت المشتبه بهم.")
    assert [s[1] for s in statements(doc)] == ["المكلف بالإعلام بالإدارة الجهوية للصحة بسوسة", "محمد علي العروي"]


def test_a_given_name_ends_a_roles_complement():
    # "لطفي" read as ل + طفي joined the role; the name was then "بن جدو".
    doc = run("أكد وزير الداخلية لطفي بن جدو، في تصريح للإذاعة، أن الوضع الأمني مستقر.")
    assert statements(doc) == [("indirect", "لطفي بن جدو", "الوضع الأمني مستقر")]


def test_an_answer_given_bil_qawl_belongs_to_the_sentence_subject():
    doc = run("وقال وزير الصحة رامي الخطيب إن الخطة جاهزة. ورد الخطيب على سؤال حول الأدوية المفقودة بالقول إن"
              " الوزارة تتفاوض مع ثلاث شركات محلية لزيادة الإنتاج.")
    assert statements(doc)[1] == ("indirect", "رامي الخطيب", "الوزارة تتفاوض مع ثلاث شركات محلية لزيادة الإنتاج")


def test_wa_bayyana_opening_a_sentence_is_a_cue_and_between_is_not():
    doc = run("قال وزير النقل خالد الهاشمي إن الأعمال تقدمت. وبين الهاشمي أن الخط سيربط أربع مدن ساحلية.")
    assert statements(doc)[1] == ("indirect", "خالد الهاشمي", "الخط سيربط أربع مدن ساحلية")
    doc = run("هناك فارق كبير بين المحتجين السلميين وبين أن يندس بينهم من يريد التخريب.")
    assert statements(doc) == []


def test_according_to_the_same_official_is_the_speaker_just_quoted():
    doc = run("قال مدير الميناء طارق المنصوري إن الأشغال متواصلة. وبحسب المسؤول ذاته، ستتضاعف طاقة المناولة"
              " خلال عامين.")
    assert statements(doc)[1] == ("indirect", "طارق المنصوري", "ستتضاعف طاقة المناولة خلال عامين")


def test_ala_an_after_a_whole_name_is_the_verbs_preposition_not_the_name_ali():
    doc = run("وشدد وزير الداخلية محمد إبراهيم على أن الأمن مستقر في كل المحافظات.")
    assert statements(doc) == [("indirect", "محمد إبراهيم", "الأمن مستقر في كل المحافظات")]
    # after a given name alone, Egyptian spelling's "على" is still the name علي, and so is "علي" in a
    # three-part name
    assert statements(run("وقال محمد على إن الخطة جاهزة.")) == [("indirect", "محمد على", "الخطة جاهزة")]
    assert statements(run("وأكد العقيد أحمد محمد علي أن القوات تقوم بواجبها.")) == [
        ("indirect", "أحمد محمد علي", "القوات تقوم بواجبها")]


def test_according_to_the_minister_as_an_aside_attributes_the_whole_sentence():
    doc = run("وأكدت وزيرة التربية سلوى بن عمار أن الخطة جاهزة. وتنطلق السنة الدراسية، وفق الوزيرة، يوم 15"
              " سبتمبر لكل المراحل.")
    assert statements(doc)[1] == ("indirect", "سلوى بن عمار",
                                  "وتنطلق السنة الدراسية، وفق الوزيرة، يوم 15 سبتمبر لكل المراحل")
    # "وفق القانون" names nobody: no statement
    assert statements(run("وتتم العملية، وفق القانون، بشكل شفاف.")) == []
    # a sentence about someone named before the aside is that person's, by the source: not the source's
    doc = run("وقال الوزير إن المفاوضات مستمرة. إلا أن نائبه كريم سعيد، وبحسب الصحيفة، عاد إلى العاصمة أمس.")
    assert [s for _, s, _ in statements(doc)] == ["الوزير"]


def test_reassured_the_traders_that_is_reported_speech():
    doc = run('طمأن رئيس البلدية حسام العطار تجار الأسواق بأن مشروع الترميم "لن يهجر أي عائلة".')
    assert statements(doc) == [("indirect", "حسام العطار", 'مشروع الترميم "لن يهجر أي عائلة"')]


def test_a_later_according_to_names_the_source_when_an_earlier_one_names_none():
    # "وفق تطورات سعر النفط" names nobody; "بحسب المصدر" at the end does
    doc = run("أكد مصدر حكومي أن اللجنة قررت تثبيت الأسعار. ومن المقرر أن تعقد اللجنة اجتماعها المقبل في"
              " يوليو لمراجعة الأسعار وفق تطورات سعر النفط عالميا، بحسب المصدر.")
    assert statements(doc)[1] == ("indirect", "المصدر", "ومن المقرر أن تعقد اللجنة اجتماعها المقبل في يوليو"
                                  " لمراجعة الأسعار وفق تطورات سعر النفط عالميا")


def test_the_speaker_of_tunisias_parliament_keeps_his_name():
    doc = run("دعا رئيس مجلس نواب الشعب عادل الهمامي إلى الإسراع في المصادقة على القانون. وقال الهمامي إن"
              " المجلس سيعقد جلسة عامة كل أسبوع.")
    assert statements(doc)[-1] == ("indirect", "عادل الهمامي", "المجلس سيعقد جلسة عامة كل أسبوع")


def test_an_aside_after_a_long_subject_does_not_lose_the_statement():
    # subject (8 words) + aside (15 words) before إن: the walk to the content used to stop 25 tokens
    # after the cue, before reaching إن.
    doc = run('وقال المتحدث باسم قيادة العمليات المشتركة اللواء ناظم الربيعي، في مؤتمر صحفي عقده في الموصل'
              ' إلى جانب قائد قوة المهام الدولية الجنرال بيتر هولواي، إن "الحملة انطلقت فجر الأحد من ثلاثة محاور".')
    assert statements(doc) == [("direct", "ناظم الربيعي", "الحملة انطلقت فجر الأحد من ثلاثة محاور")]


def test_a_name_with_two_al_parts():
    doc = run('وقال عبد الرحيم الطيب الحسن: "المياه غمرت أكثر من ثلاثين قرية في الولاية".')
    assert statements(doc) == [("direct", "عبد الرحيم الطيب الحسن", "المياه غمرت أكثر من ثلاثين قرية في الولاية")]


def test_a_title_after_a_name_with_an_al_part_is_not_more_name():
    doc = run('وقال أحمد الطيب الأمين العام للحزب: "لن نشارك في الانتخابات المقبلة".')
    assert ("أحمد الطيب", "person") in _mentions(doc)
    assert statements(doc)[0][2] == "لن نشارك في الانتخابات المقبلة"


def test_the_governor_of_a_wilaya_is_a_role():
    doc = run('وقال والي ولاية النيل الأزرق إن "الأمطار لم تتوقف منذ ثلاثة أيام".\n\n'
              'وأضاف الوالي أن "فرق الدفاع المدني أجلت ألفي أسرة".')
    assert statements(doc) == [("direct", "والي ولاية النيل الأزرق", "الأمطار لم تتوقف منذ ثلاثة أيام"),
                               ("direct", "والي ولاية النيل الأزرق", "فرق الدفاع المدني أجلت ألفي أسرة")]


def test_a_quote_followed_by_a_participle_cue_is_whole():
    # the words after the closing mark start the next statement: they do not make «…» part of a clause
    doc = run('كما حذر الوزير من "خطر انتشار الكوليرا في المخيمات المكتظة"، مؤكدا أن "الوزارة أرسلت عشرين فريقا طبيا".')
    assert statements(doc) == [("direct", "الوزير", "خطر انتشار الكوليرا في المخيمات المكتظة"),
                               ("direct", "الوزير", "الوزارة أرسلت عشرين فريقا طبيا")]


def test_a_role_over_two_fields_and_a_titled_name_are_one_person():
    doc = run("استضاف البرنامج وزير التربية والتعليم الدكتور سامي العبيدي في حوار عن الامتحانات.\n\n"
              "وقال العبيدي إن نتائج الامتحانات ستعلن الأسبوع المقبل.")
    roles = [t for t, label in _mentions(doc) if label == "role"]
    assert roles == ["وزير التربية والتعليم"]
    people = [e for e in doc.entities.values() if e["type"] == "person"]
    assert [(e["name"], e["roles"]) for e in people] == [("سامي العبيدي", ["وزير التربية والتعليم"])]


def test_a_greeting_after_a_title_is_no_name():
    doc = run("المذيع: معالي الوزير، أهلا بكم. كيف تقيمون الموسم الزراعي؟\n\n"
              "الوزير: أهلا بكم وبالمشاهدين. الموسم جيد رغم قلة الأمطار في الجنوب.")
    assert not [t for t, label in _mentions(doc) if label == "person"]


def test_whom_a_headline_speaker_addresses_is_no_part_of_the_speaker():
    # "للاعبين" before the colon: the players he spoke to; "رئيس الشعلة" is the club's president named below
    doc = run("رئيس الشعلة للاعبين: من لا يريد القتال من أجل هذا القميص فالباب مفتوح\n"
              "وقال رئيس نادي الشعلة حسام الدين القطان إن المدرب ماركو فيليتي باقٍ حتى نهاية الموسم.")
    assert statements(doc)[0] == ("headline", "حسام الدين القطان", "من لا يريد القتال من أجل هذا القميص فالباب مفتوح")


@pytest.mark.parametrize("text, expected", [
    # a body right after a title or a role that ends definite is who was addressed, not the speaker
    ("ودعا الوزير الحكومة إلى صرف المستحقات المتأخرة للمقاولين.", ("الوزير", "صرف المستحقات المتأخرة للمقاولين")),
    ("وطالبت وزيرة المالية الحكومة بصرف المستحقات المتأخرة.", ("وزيرة المالية", "صرف المستحقات المتأخرة")),
    ("وطالب رئيس الوزراء الحكومة بصرف المستحقات المتأخرة.", ("رئيس الوزراء", "صرف المستحقات المتأخرة")),
    # … and so are the parties to a conflict
    ("ودعا الأمين العام للأمم المتحدة الأطراف إلى ضبط النفس.", ("الأمين العام للأمم المتحدة", "ضبط النفس")),
])
def test_the_one_addressed_after_a_title_or_a_definite_role_is_no_speaker(text, expected):
    assert [s[1:] for s in statements(run(text))] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("وعن موجة الحصبة، أفاد الوزير بتسجيل 427 إصابة مؤكدة.", ("الوزير", "تسجيل 427 إصابة مؤكدة")),
    ("ونبه الوزير إلى أن التجاوزات على الشبكة تهدد بانهيار منظومة التوزيع.",
     ("الوزير", "التجاوزات على الشبكة تهدد بانهيار منظومة التوزيع")),
    ("وشكا النائب من أن المحافظة لا يصلها إلا ثماني ساعات من الكهرباء.",
     ("النائب", "المحافظة لا يصلها إلا ثماني ساعات من الكهرباء")),
    ("وطالب ياسر القيسي بتوزيع عادل للأحمال بين المحافظات.", ("ياسر القيسي", "توزيع عادل للأحمال بين المحافظات")),
    ("وطالب المدعي العام بإنزال أقصى العقوبة بحق المتهم.", ("المدعي العام", "إنزال أقصى العقوبة بحق المتهم")),
])
def test_more_reporting_verbs(text, expected):
    assert [s[1:] for s in statements(run(text))] == [expected]


def test_a_student_is_no_demand():
    # (a guard) طالب is also the noun "student"
    assert statements(run("وشارك طالب بمدرسة الحي في المسابقة الوطنية للعلوم.")) == []


def test_a_name_ends_before_a_verbal_noun_with_the_verbs_ba():
    doc = run("وطالب المحامي سيد أحمد بإنذار رئيس الوزراء لوقف صرف المكافآت.")
    assert statements(doc)[0][:2] == ("indirect", "سيد أحمد")
    # (a guard) bare طالب is a name's word
    doc = run("وقال الدكتور حسن أبو طالب إن المحكمة اتخذت القرار لاعتبارات قانونية.")
    assert statements(doc) == [("indirect", "حسن أبو طالب", "المحكمة اتخذت القرار لاعتبارات قانونية")]


@pytest.mark.parametrize("text, expected", [
    # the subject dropped before the people called on: the speaker the text is about goes on
    ("وقال المدير العام شكري بن حميدة إن الصابة وفيرة. وحث المزارعين على استخدام آلات الجني الآلية.",
     ("شكري بن حميدة", "استخدام آلات الجني الآلية")),
    ("وقال الوزير إن الخطة جاهزة. ودعا السكان إلى ترشيد استهلاك المياه.", ("الوزير", "ترشيد استهلاك المياه")),
    # a clause verb that is also a noun, after a connective holding its subject
    ("وقال المدير الإقليمي إن البنك لا يفرض شروطا. غير أنه رأى أن بيع الطاقة بأقل من كلفتها غير مستدام.",
     ("المدير الإقليمي", "بيع الطاقة بأقل من كلفتها غير مستدام")),
    # عدم before a verbal noun, right after the verb
    ("وقال الناطق إن العملية مستمرة. وعلى الصعيد الإنساني، أكد عدم وقوع إصابات بين المدنيين.",
     ("الناطق", "عدم وقوع إصابات بين المدنيين")),
])
def test_the_second_statement_of_the_speaker_the_text_is_about(text, expected):
    assert [s[1:] for s in statements(run(text))][-1] == expected
