"""Speaker names inside one document: two coordinated names are two people, a bare role ("الوزير")
means the person the article gave that role or title, titles after a name are not part of it,
compound given and family names stay whole, and broadcasters are not people."""
from __future__ import annotations

import pytest
from pipeline_helpers import run, statements, mention_texts


def _persons(doc) -> list[str]:
    return [e["name"] for e in doc.entities.values() if e["type"] == "person"]


def test_two_coordinated_names_are_two_people_and_the_first_speaks():
    doc = run("وقال محمد سلامة ومحمد زهران إن الحزب لن يشارك في الانتخابات المقبلة.")
    assert statements(doc) == [("indirect", "محمد سلامة", "الحزب لن يشارك في الانتخابات المقبلة")]
    assert sorted(_persons(doc)) == ["محمد زهران", "محمد سلامة"]


def test_a_given_name_that_starts_with_waw_is_not_a_coordination():
    doc = run("وقال هاني وليد إن المصنع سيفتح أبوابه الشهر المقبل.")
    assert statements(doc)[0][1] == "هاني وليد"


def test_a_bare_role_is_the_person_named_in_that_role_earlier():
    doc = run("وقال وزير الخارجية كمال فريد إن المحادثات مستمرة بين الجانبين. "
              "وأضاف الوزير أن الوفد سيعود إلى العاصمة الأسبوع المقبل.")
    assert [s[1] for s in statements(doc)] == ["كمال فريد", "كمال فريد"]
    assert not any(e.get("role_only") for e in doc.entities.values())


def test_a_role_head_the_tables_leave_bare_only_as_a_subject_is_the_person_in_that_role():
    # "الحاكم" is no bare role in the tables ("الحزب الحاكم" is the ruling party), but as the whole
    # subject before what was said it is the governor the article named
    doc = run("وعقد حاكم المصرف المركزي كميل الراسي مؤتمرا صحافيا أمس. "
              "وأضاف الحاكم: \"نتوقع أن ينخفض التضخم إلى خانة واحدة قبل نهاية العام\".")
    assert [s[1] for s in statements(doc)] == ["كميل الراسي"]
    assert sorted(_persons(doc)) == ["كميل الراسي"]
    ruling = run("وقال النائب سمير عواد إن الحزب الحاكم سيخسر الانتخابات المقبلة.")
    assert statements(ruling) == [("indirect", "سمير عواد", "الحزب الحاكم سيخسر الانتخابات المقبلة")]
    # anonymous officials are nobody the article named, not the person named after "مسؤولون،"
    officials = run("وقال الناطق باسم الشرطة سامي عواد، مسؤولون، إن التحقيق مستمر. "
                    "ويرى المسؤولون أن الحادث لم يكن مدبرا.")
    assert statements(officials)[-1] == ("indirect", None, "الحادث لم يكن مدبرا")


def test_a_name_ends_before_an_indefinite_object_and_a_clause_verb():
    # "مؤتمرا صحافيا": a noun and its adjective in the accusative follow the name, they are not in it
    doc = run("وعقد وزير المالية بسام عيتاني مؤتمرا صحافيا مشتركا في مقر الوزارة أمس.")
    assert _persons(doc) == ["بسام عيتاني"]
    doc = run("وعقد وزير المالية بسام عيتاني مؤتمراً في مقر الوزارة أمس.")  # the tanween written
    assert _persons(doc) == ["بسام عيتاني"]
    # "أما … فتعهد بأن …": the verb after ف is no part of the name
    doc = run("أما وزير المالية بسام عيتاني فتعهد بأن تخلو الموازنة من أي ضرائب جديدة.")
    assert statements(doc) == [("indirect", "بسام عيتاني", "تخلو الموازنة من أي ضرائب جديدة")]


def test_a_bare_title_is_the_person_named_with_it_earlier():
    doc = run("وأكد الدكتور سامي برهوم أن العلاج متاح في كل المحافظات. وأضاف الدكتور أن المستشفى الجديد جاهز.")
    assert [s[1] for s in statements(doc)] == ["سامي برهوم", "سامي برهوم"]


def test_a_bare_role_stays_a_role_when_the_article_names_several_or_none():
    two = run("والتقى وزير المالية رامي صبري بوزير الصناعة نادر حلمي في القاهرة. "
              "وقال الوزير إن الاتفاق سيوقع قريبا.")
    speaker = two.entities[two.layer("statements")[-1].attrs["speaker"]]
    assert speaker["role_only"] and speaker["name"] == "الوزير"
    none = run("التقى الرئيس نبيل حداد بالسفراء العرب. وقال الوزير إن الاجتماع كان مثمرا.")
    speaker = none.entities[none.layer("statements")[-1].attrs["speaker"]]
    assert speaker["role_only"] and speaker["name"] == "الوزير"


def test_the_bare_president_means_only_a_person_titled_president():
    titled = run("وقال الرئيس نبيل حداد إن البلاد تجاوزت الأزمة. وأضاف الرئيس أن الحوار مفتوح للجميع.")
    assert [s[1] for s in statements(titled)] == ["نبيل حداد", "نبيل حداد"]
    # the head of a party is not who "الرئيس" names later in the article
    party = run("وقال رئيس حزب الأمل هاني زيدان إن الحزب سيخوض الانتخابات. وقال الرئيس إن الحوار مفتوح.")
    last = party.entities[party.layer("statements")[-1].attrs["speaker"]]
    assert last.get("role_only") and last["name"] == "الرئيس"


def test_a_title_after_a_two_word_name_is_not_part_of_the_name():
    doc = run("وقال سامي فؤاد المحافظ إن الطرق كلها مفتوحة أمام السيارات.")
    assert statements(doc)[0][1] == "سامي فؤاد"
    doc = run("وقالت ليلى حسن الرئيس التنفيذي للشركة إن الأرباح زادت هذا العام.")
    assert statements(doc)[0][1] == "ليلى حسن"


def test_a_title_word_right_after_one_given_name_is_a_family_name():
    doc = run("وقال حمدي الوزير إن الحزب سيشارك في الانتخابات المقبلة.")
    assert statements(doc)[0][1] == "حمدي الوزير"


def test_a_compound_given_name_keeps_the_family_name_after_it():
    doc = run("وقال الفريق عبد الفتاح النجار إن الجيش يحمي الحدود. وأضاف النجار أن القوات جاهزة.")
    assert [s[1] for s in statements(doc)] == ["عبد الفتاح النجار", "عبد الفتاح النجار"]
    doc = run("وأكد الدكتور عبد المنعم أبو الفتوح أن الحزب سيشارك في الحوار.")
    assert statements(doc)[0][1] == "عبد المنعم أبو الفتوح"


def test_a_compound_given_name_alone_is_no_person_found_by_the_scan():
    doc = run("وصل عبد المنعم إلى المؤتمر متأخرا بسبب الزحام في الطريق.")
    assert _persons(doc) == []


def test_a_compound_family_name_after_a_given_name_that_is_also_a_word():
    doc = run("وقال محافظ الإقليم علي عبد الرحمن إن الطرق مفتوحة أمام الشاحنات.")
    assert statements(doc)[0][1] == "علي عبد الرحمن"


def test_a_role_head_behind_a_preposition_ends_the_name_before_it():
    doc = run("والتقى وزير المالية رامي صبري بوزير الصناعة نادر حلمي في القاهرة أمس.")
    roles = {e["name"]: e["roles"] for e in doc.entities.values() if e["type"] == "person"}
    assert roles == {"رامي صبري": ["وزير المالية"], "نادر حلمي": ["وزير الصناعة"]}


def test_a_bare_title_does_not_stand_for_a_word_read_as_a_name_after_it():
    doc = run("وأشاد الرئيس بجهود الوزارة في الأزمة. وقال الرئيس إن الحوار مستمر مع الجميع.")
    speaker = doc.entities[doc.layer("statements")[-1].attrs["speaker"]]
    assert speaker.get("role_only") and speaker["name"] == "الرئيس"


def test_a_compound_family_name_alone_is_the_same_person_and_its_half_is_a_common_word():
    doc = run("وقال المهندس خالد علم الدين إن المشروع متوقف. وأضاف علم الدين أن الدين العام كبير.")
    assert [s[1] for s in statements(doc)] == ["خالد علم الدين", "خالد علم الدين"]
    mentions = mention_texts(doc, "person")
    assert "الدين" not in mentions


def test_a_broadcaster_spelled_as_letters_is_an_organization():
    doc = run("وقالت بي بي سي إن المظاهرات استمرت حتى المساء في وسط المدينة.")
    speaker = doc.entities[doc.layer("statements")[0].attrs["speaker"]]
    assert speaker["type"] == "org" and speaker["name"] == "بي بي سي"


def test_a_correspondent_of_a_broadcaster_is_a_role_not_a_person_named_after_it():
    doc = run("وقال مراسل بي بي سي في العاصمة إن الهدوء عاد إلى الشوارع بعد الظهر.")
    speaker = doc.entities[doc.layer("statements")[0].attrs["speaker"]]
    assert speaker.get("role_only") and speaker["name"] == "مراسل بي بي سي"


def test_a_bare_title_does_not_stand_for_a_verb_read_as_a_name_after_the_title():
    doc = run("وقالت السفيرة بشكل قاطع إن بلادها لن تتدخل. وأضافت السفيرة أن العلاقات جيدة.")
    speaker = doc.entities[doc.layer("statements")[-1].attrs["speaker"]]
    assert speaker["name"] != "بشكل قاطع"


def test_the_prime_minister_is_not_the_president_named_earlier():
    doc = run("وقال الرئيس نبيل حداد إن البلاد بخير. وأضاف رئيس الوزراء أن الحوار مفتوح مع الجميع.")
    speaker = doc.entities[doc.layer("statements")[-1].attrs["speaker"]]
    assert speaker.get("role_only") and speaker["name"] == "رئيس الوزراء"
    doc = run("وقال رئيس الوزراء سامي فريد إن الموازنة جاهزة. وأضاف رئيس الوزراء أن العجز تراجع هذا العام.")
    assert [s[1] for s in statements(doc)] == ["سامي فريد", "سامي فريد"]



def test_a_family_name_with_bin_takes_no_definite_noun_after_it():
    # "بن سالم" after "عبد الرحيم بن سالم": "السكان" is what he called on, not a surname
    doc = run("أعلن وزير الصحة، عبد الرحيم بن سالم، تسجيل 234 حالة مؤكدة بالحمى.\n"
              "ودعا بن سالم السكان إلى عدم الهلع، مؤكدا أن المرض يعالج بسهولة إذا اكتشف مبكرا.")
    # (the call, "ودعا بن سالم السكان إلى …", is a statement of its own since session 43: a name
    # beginning with ب no longer stops the search for إلى)
    assert [s[1] for s in statements(doc)] == ["عبد الرحيم بن سالم"] * 3
    assert "سالم السكان" not in _persons(doc)


def test_a_compound_given_name_after_bin_stays_whole():
    # guard: "عمر بن عبد العزيز" is read from its first word; "بن عبد" alone is no name
    doc = run("وقال إمام مسجد عمر بن عبد العزيز إن العنف مرفوض في كل الأحوال.")
    assert not any(name.startswith("بن عبد") for name in _persons(doc))


def test_an_ambiguous_given_name_before_the_surname_of_its_person():
    # "عادل" opens no name by itself; before "العلوي", the surname of "عادل العلوي", it is his
    doc = run("وقال المدير الفني عادل العلوي إن الفريق عانى من الإرهاق.\n"
              "وأرجع عادل العلوي الهزيمة إلى أخطاء فردية في خط الدفاع.")
    assert statements(doc)[1] == ("indirect", "عادل العلوي", "الهزيمة إلى أخطاء فردية في خط الدفاع")


def test_an_ambiguous_given_name_before_the_surname_of_another_person_of_the_family():
    # guard: "بسمة بلعيد" after "شكري بلعيد" is his widow, not him
    doc = run("واغتيل المعارض شكري بلعيد أمام منزله صباح الأربعاء.\n"
              "وقالت بسمة بلعيد إن الحكومة تتحمل المسؤولية السياسية عن اغتياله.")
    assert all(speaker != "شكري بلعيد" for _, speaker, _ in statements(doc))


def test_an_ambiguous_given_name_opens_a_name_before_bin():
    # "كريم" opens no name by itself, but "كريم بن سالم" is a name: the interview's guest, not its host
    doc = run("حل مدرب شباب الوادي، كريم بن سالم، ضيفا على برنامج «ضيف الأحد» الذي يقدمه الإعلامي سفيان "
              "العمراني.\n\nس: هل فكرت في الاستقالة بعد الهزيمة الثقيلة في الديربي؟\n\n"
              "ج: لم أفكر لحظة واحدة في الاستقالة، وأنا أتحمل مسؤولية الخسارة كاملة أمام الجمهور.\n\n"
              "س: ماذا تطلب من الإدارة في فترة الانتقالات الشتوية؟\n\n"
              "ج: طلبت ثلاثة لاعبين على الأقل، لأننا لا نستطيع المنافسة على ثلاث جبهات بهذه التشكيلة.")
    assert "كريم بن سالم" in _persons(doc)
    assert {speaker for _, speaker, _ in statements(doc)} == {"كريم بن سالم"}


@pytest.mark.parametrize("text, not_a_person", [
    ("وقال الشيخ محمود بكار إن الداعية يترحم على بن لادن في خطبه.", "على بن لادن"),  # the preposition
    ("وقال محمود بكار، خطيب مسجد عمر بن عبد العزيز، إن العنف مرفوض في الإسلام.", "عمر بن عبد العزيز"),
    ('وقال خطيب "عمر بن عبد العزيز" إن العنف مرفوض في الإسلام.', "عمر بن عبد العزيز"),  # in quotation marks
])
def test_no_name_before_bin_after_a_preposition_a_building_or_a_quotation_mark(text, not_a_person):
    # guard: each is a place, an institution or a preposition, not a person speaking
    assert not_a_person not in _persons(run(text))


def test_behind_is_no_given_name_by_itself():
    doc = run("وقال المدرب سامي الحداد: «أطلب من الجماهير أن يقفوا خلف اللاعبين في هذه المرحلة الصعبة».")
    assert _persons(doc) == ["سامي الحداد"]


def _orgs(doc) -> list[str]:
    return mention_texts(doc, "org")


def test_a_place_in_a_ranking_is_no_organization():
    # "المركز الثالث" is third place; its words are what the coach said, not an organization's name
    doc = run("وقال المدرب عادل الحديثي: «إذا لم نحقق المركز الثالث على الأقل، فسأكون أول من يغادر». "
              "وأضاف أن مركز الدراسات الرياضية أصدر تقريرا عن الموسم.")
    assert _orgs(doc) == ["مركز الدراسات الرياضية"]


TOPIC_SPEAKERS = [
    # a resident set off by commas, then "فروى أن": he tells it, not the governor quoted before
    ("وقال المحافظ إن الأضرار كبيرة في الأحياء المنخفضة.\n\nأما سليم بن قاسم، أحد سكان حي الميناء، فروى أن"
     " المياه غمرت بيته في دقائق.",
     [("indirect", "المحافظ", "الأضرار كبيرة في الأحياء المنخفضة"),
      ("indirect", "سليم بن قاسم", "المياه غمرت بيته في دقائق")]),
    # a ministry as the topic, an aside, then "فقالت إن"
    ("وقال المتحدث باسم المعارضة إن الاشتباكات استمرت طوال الليل. أما وزارة الداخلية، في بيان مقتضب، فقالت"
     " إن قواتها استعادت السيطرة على الحي.",
     [("indirect", "المتحدث باسم المعارضة", "الاشتباكات استمرت طوال الليل"),
      ("indirect", "وزارة الداخلية", "قواتها استعادت السيطرة على الحي")]),
]


@pytest.mark.parametrize("text, expected", TOPIC_SPEAKERS)
def test_the_topic_that_amma_fronts_is_who_speaks(text, expected):
    doc = run(text)
    assert statements(doc) == expected
    assert not [n for n in _persons(doc) if n.startswith("أما")]


def test_a_surname_that_starts_with_ba_is_the_subject_not_the_object_of_aqarra():
    # "أقر بـ…" takes what was admitted with ب, but "بلقاضي" is the name the article gave before
    text = ("وقال وزير التربية محمد بلقاضي إن الوزارة ستفتح 150 مدرسة جديدة هذا العام. وأقر بلقاضي بأن "
            "\"بعض الأقسام في ضواحي المدن الكبرى ما زالت تتجاوز 45 تلميذا\".")
    assert statements(run(text))[-1] == (
        "direct", "محمد بلقاضي", "بعض الأقسام في ضواحي المدن الكبرى ما زالت تتجاوز 45 تلميذا")


def test_a_surname_of_two_words_is_the_person_named_in_full_before():
    # "كاظمي بور" opens with no given name: the tail of "مهدي كاظمي بور", not another person
    text = ("أعلن المتحدث باسم وزارة الصحة، مهدي كاظمي بور، اليوم الأحد، أن الإصابات بلغت 412 حالة. "
            "وقال كاظمي بور في مؤتمره الصحفي إن الوضع الوبائي تحت السيطرة.")
    assert [speaker for _, speaker, _ in statements(run(text))] == ["مهدي كاظمي بور", "مهدي كاظمي بور"]


def test_a_surname_after_a_definite_role_head_is_its_holder():
    # a definite head takes no complement: "الدباغ" is the governor's surname, and "الدباغ" alone later is him
    doc = run("وقال المحافظ الدباغ إن الإبقاء على سعر الفائدة جاء لأن الضغوط التضخمية ما زالت قائمة. "
              "وأوضح الدباغ أن التضخم السنوي انخفض إلى 14.2% في أيار.")
    assert [speaker for _, speaker, _ in statements(doc)] == ["الدباغ", "الدباغ"]


@pytest.mark.parametrize("text", [
    # (guards) an adjective of the head, and the object of a verb that is no reporting verb
    "وقال المبعوث الخاص إن المفاوضات ستستأنف الأسبوع المقبل.",
    "ووجه الوزير الشكر إلى العاملين في القطاع الصحي على جهودهم.",
])
def test_an_adjective_or_an_object_after_a_definite_head_is_no_surname(text):
    assert mention_texts(run(text), "person") == []


def test_the_first_official_of_a_body_is_the_one_who_leads_it():
    # "المسؤول الأول عن الاتحادية" in an article naming two officials: the federation's president
    text = ("جدد رئيس الاتحادية الجزائرية لكرة اليد رشيد بوزيان ثقته في الناخب الوطني كمال حمادي، مؤكداً أنه "
            "سيواصل مهامه. وكشف المسؤول الأول عن الاتحادية أن جمعية عامة استثنائية ستنعقد منتصف شهر فيفري.")
    assert statements(run(text))[-1] == ("indirect", "رشيد بوزيان", "جمعية عامة استثنائية ستنعقد منتصف شهر فيفري")


def test_a_name_after_a_role_ends_before_the_object_with_a_pronoun():
    # "رشيد بوزيان ثقته": a given name and a surname, then the verb's object ("his confidence")
    doc = run("جدد رئيس الاتحادية الجزائرية لكرة اليد رشيد بوزيان ثقته في الناخب الوطني.")
    assert mention_texts(doc, "person") == ["رشيد بوزيان"]


def test_a_compound_given_name_after_a_role_ends_before_the_verbal_noun_object():
    # "حسام الدين منصور وجود": a compound given name and a surname, then the verb's object ("existence")
    doc = run("نفى وزير المالية حسام الدين منصور وجود أي نية لدى الحكومة لفرض ضرائب جديدة.")
    assert mention_texts(doc, "person") == ["حسام الدين منصور"]
    assert statements(doc) == [("indirect", "حسام الدين منصور", "وجود أي نية لدى الحكومة لفرض ضرائب جديدة")]


def test_a_headline_label_that_is_a_reporting_verbs_subject_is_a_surname():
    # "البيطار" is never named in full: the headline's label and the subject after "وأوضح" say it
    doc = run("البيطار: لا وعود بصيف خال من انقطاع الكهرباء\n\nوأوضح البيطار، في كلمة ألقاها أمس، أن الحكومة "
              "ستضيف 800 ميغاواط قبل يونيو. وتعهد البيطار بخفض ساعات القطع إلى النصف.")
    assert statements(doc) == [
        ("headline", "البيطار", "لا وعود بصيف خال من انقطاع الكهرباء"),
        ("indirect", "البيطار", "الحكومة ستضيف 800 ميغاواط قبل يونيو"),
        ("indirect", "البيطار", "خفض ساعات القطع إلى النصف"),
    ]


@pytest.mark.parametrize("text", [
    # (guards) a body the tables know; an ال- word no verb takes as its subject
    "الداخلية: ضبط 40 مطلوبا في حملة أمنية\n\nوأوضحت الداخلية، في بيان، أن الحملة شملت ثلاث محافظات.",
    "الأرصاد: أمطار غزيرة على المرتفعات\n\nوتوقعت دائرة الأرصاد الجوية أن تستمر الأمطار حتى الخميس.",
])
def test_a_headline_label_alone_or_known_is_no_surname(text):
    assert mention_texts(run(text), "person") == []


def test_an_officer_by_his_nationality_is_the_one_official_named():
    # "الضابط السويدي": the Swedish officer, the one person the article named with a role and a rank
    text = ("أعلن المتحدث باسم قوة المراقبة الدولية، العقيد ماتياس ليندكفيست، أن ثلاثة من الجنود أصيبوا. "
            "وشدد الضابط السويدي على أن الهجوم لن يغير شيئا في مهمة القوة.")
    assert statements(run(text))[-1] == ("indirect", "ماتياس ليندكفيست", "الهجوم لن يغير شيئا في مهمة القوة")


@pytest.mark.parametrize("text", [
    "وقال العقيد ماتياس ليندكفيست إن الدورية تعرضت لهجوم. وعن العلاقة مع الجيش، قال: \"التنسيق ممتاز\".",
    "وقال العقيد ماتياس ليندكفيست إن الدورية تعرضت لهجوم. وحول المفاوضات مع الحكومة، قال: \"لا جديد\".",
    "وقال العقيد ماتياس ليندكفيست إن الدورية تعرضت لهجوم. وعن الجيش، قال: \"التنسيق ممتاز\".",
])
def test_a_body_after_a_preposition_before_the_verb_is_the_topic_not_the_speaker(text):
    # "وعن العلاقة مع الجيش، قال": what he went on to speak about; he is still the speaker
    assert statements(run(text))[-1][1] == "ماتياس ليندكفيست"


def test_a_sudanese_compound_given_name_keeps_the_fathers_name_as_surname():
    # "عوض الكريم" is one given name: "محجوب" alone later is the same man
    text = ("أعلن مدير الجامعة، البروفيسور عوض الكريم محجوب، أن الدراسة ستعود حضوريا. وقال محجوب إن "
            "الرسوم لن تزيد هذا العام.")
    assert [speaker for _, speaker, _ in statements(run(text))] == ["عوض الكريم محجوب", "عوض الكريم محجوب"]


def test_a_family_name_alone_before_what_was_said_is_the_speaker():
    # a rewrite that names her only by her family name: a nisba in ي right after the verb, before أن
    doc = run("ونقلت الجريدة عن الكاتبة العامة للنقابة قولها إن الإضراب ليس هدفا. وأوضحت الإدريسي أن مطالب "
              "النقابة واضحة ومشروعة.")
    assert statements(doc)[-1] == ("indirect", "الإدريسي", "مطالب النقابة واضحة ومشروعة")


def test_a_noun_written_with_alif_maqsura_before_what_was_said_is_no_family_name():
    # (guard) "الفتوى" folds to the shape of a nisba, but is written with ى
    assert mention_texts(run("وأكدت الفتوى أن المشاركة في الانتخابات جائزة بشروط."), "person") == []


def test_a_coach_named_after_the_maghreb_title_and_then_by_his_role():
    # "الإطار التقني" (the coach) is a title; "مدرب X" a role, held by the name before it; "المدرب" is he
    text = ("شدد الإطار التقني البلجيكي هنريك فرمولين، مدرب شباب الساحل الأزرق، على أن فريقه لن يلعب من أجل "
            "التعادل. وكشف المدرب أن المهاجم أيوب الزياني سيغيب عن المباراة.")
    assert [speaker for _, speaker, _ in statements(run(text))] == ["هنريك فرمولين", "هنريك فرمولين"]


def test_the_coach_of_a_team_and_then_his_epithet_are_one_speaker():
    # "المدرب البلجيكي لفريق X": the team ("لفريق") is no name; "الإطار التقني البلجيكي" later is the same
    # coach (an epithet). (The unknown name after the comma is not read: the speaker is his title.)
    doc = run("أكد المدرب البلجيكي لفريق شباب الساحل الأزرق، هندريك فيرمولن، أن مجموعته جاهزة. وبخصوص الغيابات، "
              "أوضح الإطار التقني البلجيكي أن المهاجم أيوب الزياني لن يشارك في اللقاء.")
    assert [speaker for _, speaker, _ in statements(doc)] == ["المدرب", "المدرب"]
    assert not any("فريق" in name for name in mention_texts(doc, "person"))


def test_the_maghreb_secretary_general_and_her_name():
    # "الكاتبة العامة" is a role (secretary-general); "نزهة" a given name, also when quoted later
    text = ("قالت الكاتبة العامة للنقابة، نزهة الإدريسي، إن الإضراب ليس غاية في حد ذاته. ونقلت الجريدة عن "
            "الكاتبة العامة للنقابة قولها إن المطالب واضحة.")
    assert [speaker for _, speaker, _ in statements(run(text))] == ["نزهة الإدريسي", "نزهة الإدريسي"]


def test_an_epithet_after_an_official_known_only_by_his_role_is_that_official():
    # "المسؤول المحلي" follows the unnamed municipal director, not the one colonel named further down
    text = ("قال مدير بلدية قضاء الحميدية إن ملاكات البلدية سحبت أكثر من 80% من مياه الأمطار. وأضاف المسؤول "
            "المحلي أن البلدية نشرت 35 مضخة في الأحياء المتضررة. من جهته، قال مدير الدفاع المدني العقيد رياض "
            "حسون إن فرقه أنقذت 12 عائلة.")
    assert [speaker for _, speaker, _ in statements(run(text))] == [
        "مدير بلدية قضاء الحميدية", "مدير بلدية قضاء الحميدية", "رياض حسون"]


def test_a_feminine_epithet_is_the_one_woman_official():
    # "المسؤولة الحكومية" in an article naming a woman minister and a man director
    text = ("وقالت وزيرة النقل سلمى بنعمر إن الخط سيدخل الخدمة في 2027. وقال مدير المكتب الوطني للسكك كريم "
            "الطاهري إن المكتب تعاقد على 24 قطارا. وحول الخصائص التقنية، أفادت المسؤولة الحكومية بأن القطارات "
            "ستسير بسرعة قد تصل إلى 220 كيلومترا في الساعة.")
    assert statements(run(text))[-1] == (
        "indirect", "سلمى بنعمر", "القطارات ستسير بسرعة قد تصل إلى 220 كيلومترا في الساعة")


def test_a_clause_set_off_by_commas_after_a_role_is_no_name():
    # "وقد توفي" (who has died): a particle and a verb, not the governor's name
    doc = run("وكان حاكم المدينة، وقد توفي، أحد المفاوضين مع التنظيم في تلك الفترة.")
    assert mention_texts(doc, "person") == []


def test_a_family_name_in_ta_marbuta_after_bin_is_part_of_the_name():
    # "حميدة" alone reads as a feminine noun; after "بن" it is the family name (Maghreb names)
    doc = run("صرح المدير العام للديوان الوطني للحبوب، شكري بن حميدة، بأن الصابة تقدر بنحو مليوني طن. "
              "وأفاد بن حميدة أن الأمطار الأخيرة حسنت المردود.")
    assert statements(doc) == [("indirect", "شكري بن حميدة", "الصابة تقدر بنحو مليوني طن"),
                               ("indirect", "شكري بن حميدة", "الأمطار الأخيرة حسنت المردود")]


def test_abraza_reports_a_clause_and_stays_an_adjective_before_a_noun():
    doc = run("وأبرز المسؤول الجهوي أن الديوان يتوقع تصدير 220 ألف طن من الزيت هذا الموسم.")
    assert statements(doc) == [("indirect", "المسؤول الجهوي", "الديوان يتوقع تصدير 220 ألف طن من الزيت هذا الموسم")]
    # (a guard) the elative "most prominent"
    assert statements(run("ومن أبرز ما جاء في التقرير أن الصادرات ارتفعت بنسبة عشرة بالمائة.")) == []


def test_a_verb_after_waw_opening_a_sentence_is_no_given_name_of_a_subject_first_clause():
    # "وحسم الحسيني، في مقابلة …، الجدل" made a person "وحسم الحسيني", who then said what came after
    doc = run("قال محافظ البنك المركزي نادر الحسيني إن التضخم بلغ ذروته في كانون الثاني.\n\n"
              "وحسم الحسيني، في مقابلة مع قناة المشهد مساء الأربعاء، الجدل حول توقيت خفض الفائدة، قائلاً: "
              "“لن يكون هناك خفض قبل الربع الأخير”. وأوضح أن اللجنة تشترط تراجع التضخم الأساسي لثلاثة أشهر.")
    assert {s[1] for s in statements(doc)} == {"نادر الحسيني"}
    assert len(statements(doc)) == 3


def test_a_nationality_before_a_name_after_the_cue_is_no_subject_of_its_own():
    # "الصربي" (the Serb) stood where the subject's name starts, and the name after it was not read
    doc = run("وقال الصربي دراغان ميلوفيتش، مدرب فريق الشعلة، إن فريقه مستعد على كل المستويات.")
    assert statements(doc) == [("indirect", "دراغان ميلوفيتش", "فريقه مستعد على كل المستويات")]
    doc = run("وأكد الغاني كوامي أوسي أن الفريق جاهز للمباراة.")
    assert statements(doc) == [("indirect", "كوامي أوسي", "الفريق جاهز للمباراة")]
    # (a guard) a nationality alone is no name
    assert statements(run("وقال المصري إن فريقه مستعد للمباراة.")) == [("indirect", None, "فريقه مستعد للمباراة")]


def test_a_feminine_cue_goes_on_with_the_woman_who_spoke_before_the_man():
    # "وتابعت" after the minister spoke is the union leader again, and "وأضاف" after her is him again
    doc = run("وقالت رئيسة الاتحاد سلمى العبدالله إن الزيادة غير كافية. وقال وزير العمل كريم الحداد إن الزيادة "
              "ستطبق في تموز. وتابعت أن الاتحاد يطالب بآلية تربط الأجور بالتضخم. وأضاف أن الحكومة ستتحمل جزءا من الكلفة.")
    assert [s[1] for s in statements(doc)] == ["سلمى العبدالله", "كريم الحداد", "سلمى العبدالله", "كريم الحداد"]
    # (a guard) with no woman before, the man goes on (the feminine verb may be a body's)
    doc = run("وقال وزير العمل كريم الحداد إن الزيادة ستطبق في تموز. وأضافت أن الحكومة ستتحمل جزءا من الكلفة.")
    assert [s[1] for s in statements(doc)] == ["كريم الحداد", "كريم الحداد"]


def test_a_masculine_cue_after_an_agency_goes_back_to_the_official_it_quoted():
    # "وأفادت الوكالة …" made the agency the current speaker of the masculine "وأضاف" after it
    doc = run("أكد قائد القوة الجوية للجيش عميد طيار حسن شاه صفي، أن القوات سترد بقوة على أي عدوان.\n"
              "وأفادت وكالة «مهر» للأنباء، بأن صفي أكد أن عقيدة بلاده دفاعية.\n"
              "وأضاف، أن بلاده سترد بكل قوة على أية دولة تريد العدوان عليها.")
    assert statements(doc)[-1] == ("indirect", "قائد القوة الجوية للجيش", "بلاده سترد بكل قوة على أية دولة تريد العدوان عليها")


def test_a_feminine_body_after_a_masculine_verb_is_its_object():
    # "وطالب الحكومة" cannot be the government demanding ("وطالبت الحكومة"): he demanded of it
    doc = run("وقال رئيس الحزب سعيد الحلبي إن الحكومة فشلت. وطالب الحكومة اللبنانية بأن تكشف عن خطتها للإصلاح.")
    assert [s[1] for s in statements(doc)] == ["سعيد الحلبي", "سعيد الحلبي"]
    # (a guard) a body of the verb's gender is its subject
    assert statements(run("وأكد الاتحاد أن البطولة ستقام في موعدها.")) == [("indirect", "الاتحاد", "البطولة ستقام في موعدها")]


@pytest.mark.parametrize("text, speaker", [
    # the name set off by commas after the subject's role and the rest of its complement
    ("وقالت عضوة لجنة الأمن والدفاع النيابية، سهى العبيدي، إن نجاح الضربات لا يعني انتهاء الخطر.", "سهى العبيدي"),
    ("وقال الرئيس التنفيذي لـ«نخيل للاتصالات»، المهندس فهد العتيبي، إن المشروع سيوفر ألف وظيفة.", "فهد العتيبي"),
    ("وقالت الرئيسة التنفيذية لشركة «فيرنر داتا»، الألمانية كلاوديا هوفمان، إن المنطقة اختيرت بعد دراسة.",
     "كلاوديا هوفمان"),
    # (a guard) after "مع نظيره" the name is the other one's
    ("وقال وزير الخارجية في مؤتمر صحفي مع نظيره الأردني، أيمن الصفدي، إن الحوار مستمر.", "وزير الخارجية"),
    # Gulf honorifics and names
    ("وأكد سعادة حمد بن سالم الكعبي أن الموانئ مطالبة بالتكامل لا بالتنافس.", "حمد بن سالم الكعبي"),
    ("وشددت الدكتورة موزة عبدالله الشامسي على أن الاستثمار في الموانئ وحده لا يكفي.", "موزة عبدالله الشامسي"),
])
def test_who_speaks_after_a_role_apposition_an_honorific_or_a_gulf_name(text, speaker):
    assert [s[1] for s in statements(run(text))] == [speaker]


def test_an_honorific_pronoun_goes_on_with_the_speaker():
    doc = run("وقال معالي وزير الخارجية إن الحوار مستمر. وأضاف معاليه أن الوفد سيصل غدا إلى العاصمة.")
    assert [s[1] for s in statements(doc)] == ["وزير الخارجية", "وزير الخارجية"]


@pytest.mark.parametrize("text, speaker", [
    # an anonymous source keeps the body it works at, and what it knows of or is close to
    ("وقال مصدر في مصلحة الأرصاد الجوية إن منخفضا جويا جديدا سيضرب البلاد.", "مصدر في مصلحة الأرصاد الجوية"),
    ("وقال مسؤول في الاستخبارات العسكرية إن المعلومات وصلت من أحد المعتقلين.", "مسؤول في الاستخبارات العسكرية"),
    ("وقال مصدر مطلع على المفاوضات إن الاتفاق بات قريبا.", "مصدر مطلع على المفاوضات"),
    ("وقالت مصادر مقربة من الحكومة إن الاتفاق بات قريبا.", "مصادر مقربة من الحكومة"),
])
def test_an_anonymous_source_keeps_where_it_works(text, speaker):
    assert [s[1] for s in statements(run(text))] == [speaker]


def test_the_outlet_a_source_spoke_to_is_no_name_of_it():
    doc = run("وقال مسؤول في السفارة الأمريكية لفرانس برس إن السفير أكد أهمية التقدم في المفاوضات.")
    assert [s[1] for s in statements(doc)] == ["مسؤول في السفارة الأمريكية"]


def test_the_organizing_committee_is_one_body():
    doc = run("وقال مصدر مطلع في اللجنة المنظمة إن المنتدى سيشهد توقيع ست اتفاقيات.")
    assert [s[1] for s in statements(doc)] == ["مصدر مطلع في اللجنة المنظمة"]


@pytest.mark.parametrize("text, speaker", [
    # an MP named by the bloc or the constituency he sits for
    ("من جهته، حمّل النائب عن كتلة الإصلاح والتنمية الحكومة مسؤولية الأزمة، مؤكداً أن المشكلة في التسعير.",
     "النائب عن كتلة الإصلاح والتنمية"),
    ("أما النائبة عن كتلة الوفاق الوطني، فقد ركزت على أوضاع المحافظات، مشيرة إلى أن المستشفيات تعاني نقصا.",
     "النائبة عن كتلة الوفاق الوطني"),
    ("وقال النائب عن محافظة البصرة إن الكهرباء مقطوعة منذ يومين.", "النائب عن محافظة البصرة"),
])
def test_an_mp_named_by_his_bloc(text, speaker):
    said = statements(run(text))  # (the first holds two: whom he blamed, and what he stressed)
    assert said and {s[1] for s in said} == {speaker}


def test_a_definite_role_right_before_a_name_and_a_team_after_a_name():
    doc = run("وقالت المكلفة بالإعلام سنية بن عمر إن الشركة وفرت حافلات لنقل المسافرين.")
    assert [s[1] for s in statements(doc)] == ["سنية بن عمر"]
    doc = run("قاد المدرب الفرنسي لوران ديبوا فريق الشروق إلى فوز ثمين. وقال ديبوا عقب المباراة: «كنا بحاجة إلى هذا الفوز».")
    assert [s[1] for s in statements(doc)] == ["لوران ديبوا"]


@pytest.mark.parametrize("text, speaker", [
    ("وقال خالد المصري إن اللجنة ستعلن النتائج النهائية يوم الخميس المقبل.", "خالد المصري"),
    # (ى for ي, and a role in apposition after the name)
    ("وقال هشام المصرى أحد المعتصمين في الميدان إن الحوار مع الحكومة فاقد للشرعية.", "هشام المصرى"),
    ("وأكد أحمد العراقي أن الشركة ستفتتح فرعها الجديد في البصرة قبل نهاية العام.", "أحمد العراقي"),
])
def test_a_nationality_right_after_a_given_name_is_its_family_name(text, speaker):
    assert statements(run(text))[0][1] == speaker


def test_a_nationality_after_a_title_stays_an_adjective():
    # (a guard: only a given name right before it makes it a family name)
    doc = run("وقال الرئيس المصري سامي فريد إن الحكومة ستطرح خطة جديدة للإصلاح الاقتصادي.")
    assert statements(doc)[0][1] == "سامي فريد"
    observatory = run("وقال المرصد السوري لحقوق الإنسان إن الاشتباكات استمرت طوال الليل.")
    assert statements(observatory)[0][1] == "المرصد السوري لحقوق الإنسان"


@pytest.mark.parametrize("text, speaker", [
    ("أفاد الوزير المنتدب يونس الحمداوي بأن دعم غاز البوتان سيتقلص هذا العام. وأشار السيد الحمداوي إلى"
     " أن معدل التضخم تراجع إلى 1,8 بالمائة.", "يونس الحمداوي"),
    ("وقالت وزيرة الصحة سعاد العلوي إن الحملة ستبدأ غدا. وأكدت السيدة العلوي أن اللقاحات متوفرة في كل"
     " المراكز.", "سعاد العلوي"),
])
def test_a_title_before_the_surname_of_a_named_person_is_that_person(text, speaker):
    # (the surname in ي is no nisba adjective of the title)
    assert [s[1] for s in statements(run(text))] == [speaker, speaker]


def test_a_third_name_part_used_alone_later_belongs_to_the_name():
    # "بابكر" closes "عمر الطيب بابكر" (the run stops at the ال- part): the article calls him so later
    doc = run("أعلن وزير الصحة الاتحادي الدكتور عمر الطيب بابكر، اليوم الأربعاء، تسجيل 2340 حالة.\n"
              "وأوضح بابكر أن السبب الرئيسي للتفشي هو تلوث مصادر المياه.")
    assert [s[1] for s in statements(doc)] == ["عمر الطيب بابكر", "عمر الطيب بابكر"]


def test_a_name_after_a_name_is_another_person():
    # (a guard: "باسم" is followed by a name word, so it opens a second name, not the first one's end)
    doc = run("استقبل الرئيس نبيل حداد باسم يوسف في القصر. وقال يوسف إن اللقاء كان وديا.")
    assert "نبيل حداد باسم" not in {e["name"] for e in doc.entities.values()}


def test_a_rank_and_a_surname_the_article_gave_name_the_source_of_according_to():
    # "الحديدي" after the rank is his surname, no nisba adjective of the rank
    doc = run("وقال المتحدث باسم الوزارة العميد سالم الحديدي إن العملية نجحت. وبحسب العميد الحديدي، فإن"
              " المضبوطات شملت 230 قطعة سلاح.")
    assert statements(doc)[1] == ("indirect", "سالم الحديدي", "المضبوطات شملت 230 قطعة سلاح")
