"""Who holds a role, on invented sentences: given names the tables now know ("فوزي", "ماركوس", a word-like
"خليفة" after a title); the holder named past words the tables do not know (a company's own name, an
unknown place after "إلى"); a role named again with fewer words ("محافظ المركزي"); and one person across
documents when a surname is written with or without ال- (-اوي, -اني) or with "بن" or "بو" glued on."""
from __future__ import annotations

import json

import pytest

from pipeline_helpers import run, statements, mention_texts
from qawl.entities import resolve_documents, same_person
from qawl.store.db import connect

NEWLY_KNOWN_GIVEN_NAMES = [
    # a given name before a surname in ة, set off by commas after the role
    ("أكد رئيس اتحاد الكرة، فوزي بنعمارة، أن قرار الإقالة لا رجعة فيه.",
     [("indirect", "فوزي بنعمارة", "قرار الإقالة لا رجعة فيه")]),
    # a foreign given name after the role
    ("وقال المنسق الأممي يوهان برغمان إن المساعدات ستصل الأسبوع المقبل.",
     [("indirect", "يوهان برغمان", "المساعدات ستصل الأسبوع المقبل")]),
    # a given name that is also a word ("successor"), after a rank
    ("وقال المشير خليفة العبيدي إن قواته تسيطر على المدينة.",
     [("indirect", "خليفة العبيدي", "قواته تسيطر على المدينة")]),
]


@pytest.mark.parametrize("text,expected", NEWLY_KNOWN_GIVEN_NAMES)
def test_given_names_the_tables_know_open_the_holders_name(text, expected):
    assert statements(run(text)) == expected


def test_a_word_like_given_name_opens_no_name_by_itself():
    # "صباح" (morning) and "تركي" (Turkish) are names only after a title or another name
    doc = run("وصل وفد تركي صباح اليوم إلى العاصمة، وقال رئيس الوفد إن المحادثات ستبدأ غدا.")
    assert [m.label for m in doc.layer("mentions") if m.label == "person"] == []


HOLDERS_PAST_UNKNOWN_WORDS = [
    # an adjective link and "باسم", then the ministry, a rank and the name
    ("أعلن الناطق الإعلامي باسم وزارة الصحة الدكتور رامي الشوبكي أن الحملة ستبدأ غدا.",
     [("indirect", "رامي الشوبكي", "الحملة ستبدأ غدا")]),
    # a company's own name, then a rank and the name
    ("وقال الرئيس التنفيذي لشركة نفط الساحل الشرقي المهندس ماجد الكعبي إن الإنتاج سيرتفع.",
     [("indirect", "ماجد الكعبي", "الإنتاج سيرتفع")]),
    # a company's own name, then the name set off by commas
    ("وأكد المدير العام لمجموعة الريان القابضة، طارق بن سعيد المهيري، أن الأرباح تضاعفت.",
     [("indirect", "طارق بن سعيد المهيري", "الأرباح تضاعفت")]),
    # a company's own name after "لشركة", then a name a given name opens, with nothing between
    ("تعهد الرئيس التنفيذي لشركة نجمة للاتصالات طارق المصري بعدم رفع الأسعار مجددا.",
     [("indirect", "طارق المصري", "عدم رفع الأسعار مجددا")]),
    # an envoy, "إلى" and a place the tables do not know, then the name set off by commas
    ("وقال المبعوث الخاص إلى سالمارا، ماركوس ليندبرغ، إن الهدنة صامدة.",
     [("indirect", "ماركوس ليندبرغ", "الهدنة صامدة")]),
    # a ministry of two fields, the second with its adjective
    ("وقال وزير الطاقة والثروة المعدنية فراس الدباغ إن الدعم لن يلغى بل سيذهب إلى مستحقيه.",
     [("indirect", "فراس الدباغ", "الدعم لن يلغى بل سيذهب إلى مستحقيه")]),
    ("وأكدت وزيرة العمل والشؤون الاجتماعية سلمى الحداد أن الرواتب ستصرف قبل العيد.",
     [("indirect", "سلمى الحداد", "الرواتب ستصرف قبل العيد")]),
]


@pytest.mark.parametrize("text,expected", HOLDERS_PAST_UNKNOWN_WORDS)
def test_the_name_past_words_the_tables_do_not_know_holds_the_role(text, expected):
    assert statements(run(text)) == expected


def test_a_place_the_role_went_to_is_no_name():
    # "قادما" after the comma is no name: the minister keeps his role
    doc = run("وصل وزير الخارجية إلى بنغازي، قادما من تونس، وقال إن الزيارة تستمر يومين.")
    assert statements(doc) == [("indirect", "وزير الخارجية", "الزيارة تستمر يومين")]


def test_a_person_met_where_the_role_sits_is_not_its_holder():
    # the governor received the doctor in his office: the doctor is not the governor
    doc = run("واستقبل محافظ الجيزة بمكتبه الدكتور سامي النجار، وقال المحافظ إن المستشفى سيفتتح قريبا.")
    assert statements(doc) == [("indirect", "محافظ الجيزة", "المستشفى سيفتتح قريبا")]


SHORTER_ROLES = [
    ("قال محافظ البنك المركزي، حسام الدين المنياوي، إن التضخم تراجع. وأكد محافظ المركزي أن الاحتياطي ارتفع.",
     [("indirect", "حسام الدين المنياوي", "التضخم تراجع"), ("indirect", "حسام الدين المنياوي", "الاحتياطي ارتفع")]),
    ("كشف المبعوث الأممي الخاص إلى سالمارا، ماركوس ليندبرغ، عن هدنة جديدة. وقال المبعوث الأممي إن الطرفين وافقا.",
     [("indirect", "ماركوس ليندبرغ", "هدنة جديدة"), ("indirect", "ماركوس ليندبرغ", "الطرفين وافقا")]),
    # an adjective of relation for a noun the role had: الأممي for "للأمم المتحدة", العراقي for "العراق"
    ("أعلن المبعوث الخاص للأمين العام للأمم المتحدة، يوهان برغمان، أن المحادثات انتهت. وقال المبعوث الأممي"
     " إن الطرفين وافقا على الهدنة.",
     [("indirect", "يوهان برغمان", "المحادثات انتهت"), ("indirect", "يوهان برغمان", "الطرفين وافقا على الهدنة")]),
    ("قال وزير خارجية العراق سامي الحداد إن الحوار مستمر. وأضاف الوزير العراقي أن بغداد لن تتراجع.",
     [("indirect", "سامي الحداد", "الحوار مستمر"), ("indirect", "سامي الحداد", "بغداد لن تتراجع")]),
    # an organization named by a construct of its own ("قوات خفر السواحل"), then without its head
    ("قال قائد قوات حرس الحدود، العميد نزار الدباغ، إن دورياته ضبطت شحنة أسلحة. وبحسب قائد حرس الحدود،"
     " فإن المهربين يستخدمون طرقا جبلية.",
     [("indirect", "نزار الدباغ", "دورياته ضبطت شحنة أسلحة"),
      ("indirect", "نزار الدباغ", "المهربين يستخدمون طرقا جبلية")]),
    # "المدير الفني" is the coach (``titles.ROLE_HEAD_PHRASES``), and "فريق" adds nothing to the team's name
    ("قال المدير الفني لفريق الصقور الأحمر، فارس الجبالي، إن الفريق قدم مباراة كبيرة. وأرجع مدرب الصقور"
     " تراجع النتائج إلى ضغط المباريات.",
     [("indirect", "فارس الجبالي", "الفريق قدم مباراة كبيرة"),
      ("indirect", "فارس الجبالي", "تراجع النتائج إلى ضغط المباريات")]),
    ("وأكد مدرب الوداد الجديد، كريم الزياني، أن الهدف هو اللقب. وقال مدرب فريق الوداد إن الانتدابات انتهت.",
     [("indirect", "كريم الزياني", "الهدف هو اللقب"), ("indirect", "كريم الزياني", "الانتدابات انتهت")]),
]


def test_an_organization_named_by_a_construct_holds_all_of_it():
    # "حزب نداء الوطن": the party's name is a construct ("نداء" indefinite, "الوطن" definite)
    doc = run("وقال رئيس حزب نداء الوطن سمير العكاري إن الحزب سيقاطع الانتخابات.")
    roles = mention_texts(doc, "role")
    assert roles == ["رئيس حزب نداء الوطن"]


def test_a_second_field_after_a_glued_article_belongs_to_the_role():
    # "للكهرباء والمياه": the role goes on to "والمياه", so the name set off by commas holds it
    doc = run("وقال المدير العام للمؤسسة الوطنية للكهرباء والمياه، فادي القرمازي، إن الانقطاعات ستتراجع.")
    assert statements(doc) == [("indirect", "فادي القرمازي", "الانقطاعات ستتراجع")]


def test_a_definite_organization_head_takes_no_noun_after_it():
    # guard: "الداخلية" is definite, so "بسرعة" begins what the minister is asked to do
    doc = run("وطالب اتحاد الضباط وزير الداخلية بسرعة التدخل لحماية الأفراد.")
    roles = mention_texts(doc, "role")
    assert roles == ["وزير الداخلية"]


@pytest.mark.parametrize("text, expected", [
    # a charge after a body of two fields (``titles.CHARGE_PARTICIPLES``), then the name set off by commas
    ("أفاد الوزير المنتدب لدى وزيرة الاقتصاد والمالية المكلف بالميزانية، سعيد الوردي، بأن الدعم سيتقلص.",
     ("indirect", "سعيد الوردي", "الدعم سيتقلص")),
    ("وقال نائب وزير الصحة والسكان المكلف بملف السكان، حسام عبد الغفار، إن الحملة ستبدأ غدا.",
     ("indirect", "حسام عبد الغفار", "الحملة ستبدأ غدا")),
])
def test_a_charge_after_a_body_of_two_fields_belongs_to_the_role(text, expected):
    doc = run(text)
    assert statements(doc) == [expected]
    assert mention_texts(doc, "role")[0].endswith(("المكلف بالميزانية", "المكلف بملف السكان"))


def test_the_coach_of_another_team_is_another_person():
    # (guard) the director of one team, then the coach of another, named by his role only
    doc = run("قال المدير الفني لفريق الصقور، فارس الجبالي، إن الفريق جاهز. وقال مدرب النسور إن لاعبيه متعبون.")
    assert statements(doc)[1] == ("indirect", "مدرب النسور", "لاعبيه متعبون")


def test_a_role_with_a_word_the_first_lacked_is_another_role_even_with_a_matching_adjective():
    # العراقي matches "العراق", but الداخلية is no word of "وزير خارجية العراق": another minister
    doc = run("قال وزير خارجية العراق سامي الحداد إن الحوار مستمر. وقال وزير الداخلية العراقي إن الأمن مستتب.")
    assert statements(doc)[1] == ("indirect", "وزير الداخلية العراقي", "الأمن مستتب")


@pytest.mark.parametrize("text,expected", SHORTER_ROLES)
def test_a_role_named_again_with_fewer_words_is_its_holder(text, expected):
    assert [s for s in statements(run(text)) if s[0] == "indirect"] == expected


@pytest.mark.parametrize("a, b", [
    ("حسام الدين المنياوي", "حسام الدين منياوي"),  # a nisba in -اوي with and without ال-
    ("فوزي بن عمارة", "فوزي بنعمارة"),              # "بن" glued on or not
    ("بن عمارة", "فوزي بنعمارة"),
    ("فراس الحمداني", "فراس حمداني"),             # a nisba in -اني with and without ال-
    ("رائد سليم البدراني", "رائد سليم بدراني"),
    ("حسام بو عزة", "حسام بوعزة"),                 # the Maghrebi "بو" glued on or not
    ("بنعيسى", "عبد الكريم بنعيسى"),              # a surname alone is spelled as in a full name
    ("عيتاني", "بسام عيتاني"),
])
def test_one_surname_written_two_ways_is_one_person(a, b):
    assert same_person(a, b)


@pytest.mark.parametrize("a, b", [
    ("جمال الدين العطار", "جمال العطار"),  # a compound given name without its "الدين"
    ("سعد الهلالي", "سعدالدين الهلالي"),   # … either way round, glued or not
])
def test_a_compound_given_name_shortened_is_one_person(a, b):
    assert same_person(a, b)


@pytest.mark.parametrize("a, b", [
    ("حسام الدين أنور", "حسين أنور"),       # the short form must be the compound's own first word
    ("عبد الله العطار", "عبد الرحمن العطار"),  # "عبد" compounds are never shortened
])
def test_other_given_names_stay_apart(a, b):
    assert not same_person(a, b)


def _store_with_persons(tmp_path, names):
    conn = connect(tmp_path / "q.db")
    for i, name in enumerate(names):
        doc_id = f"d{i}"
        conn.execute("INSERT INTO documents(id, text, content_hash) VALUES (?, ?, ?)", (doc_id, "نص", doc_id))
        conn.execute("INSERT INTO doc_entities(doc_id, local_id, type, name, roles, role_only) VALUES (?, ?, ?, ?, ?, ?)",
                     (doc_id, "E1", "person", name, json.dumps([]), 0))
    conn.commit()
    return conn


@pytest.mark.parametrize("others", [0, 40])  # a small block is scanned; one of over 32 names is indexed
def test_a_shortened_compound_given_name_finds_the_stored_person(tmp_path, others):
    given = ["سامي", "فراس", "رامي", "وليد", "كريم", "ماهر", "باسل", "هشام", "طارق", "زياد"]
    fillers = [f"{g} {m} الهلالي" for g in given for m in ("أحمد", "علي", "حسن", "سعيد")][:others]
    conn = _store_with_persons(tmp_path, ["سعد الدين الهلالي", *fillers, "سعد الهلالي", "سعدالدين الهلالي"])
    ids = [row[0] for row in conn.execute("SELECT doc_id FROM doc_entities ORDER BY rowid")]
    resolve_documents(conn, ids)
    entity = dict(conn.execute("SELECT doc_id, entity_id FROM doc_entities"))
    first, *rest = ids[0], ids[-2], ids[-1]
    assert entity[rest[0]] == entity[first] and entity[rest[1]] == entity[first]
    assert all(entity[d] != entity[first] for d in ids[1:-2])


@pytest.mark.parametrize("a, b", [
    ("محمد المصري", "محمد مصري"),     # a nationality with ال- is no spelling of a name without it
    ("محمد السوداني", "محمد سوداني"),  # … nor one in -اني (Sudanese, Lebanese, British)
    ("سامي اللبناني", "سامي لبناني"),
    ("علي البريطاني", "علي بريطاني"),
    ("فوزي بنعمارة", "سامي بنعمارة"),  # the given names still differ
    ("سوداني", "علي السوداني"),        # a lone nationality is still no spelling of an ال- surname
])
def test_other_surnames_stay_apart(a, b):
    assert not same_person(a, b)


def test_documents_spelling_the_surname_two_ways_share_the_entity(tmp_path):
    conn = connect(tmp_path / "q.db")
    for doc_id, name in (("d1", "حسام الدين المنياوي"), ("d2", "حسام الدين منياوي"),
                         ("d3", "فوزي بن عمارة"), ("d4", "فوزي بنعمارة"),
                         ("d5", "فراس الحمداني"), ("d6", "فراس حمداني"), ("d7", "حسام بو عزة"), ("d8", "حسام بوعزة")):
        conn.execute("INSERT INTO documents(id, text, content_hash) VALUES (?, ?, ?)", (doc_id, "نص", doc_id))
        conn.execute("INSERT INTO doc_entities(doc_id, local_id, type, name, roles, role_only) VALUES (?, ?, ?, ?, ?, ?)",
                     (doc_id, "E1", "person", name, json.dumps([]), 0))
    conn.commit()
    resolve_documents(conn, ["d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8"])
    ids = dict(conn.execute("SELECT doc_id, entity_id FROM doc_entities"))
    assert ids["d1"] == ids["d2"] and ids["d3"] == ids["d4"] and ids["d5"] == ids["d6"] and ids["d7"] == ids["d8"]
    assert len({ids["d1"], ids["d3"], ids["d5"], ids["d7"]}) == 4


def test_a_surname_alone_finds_the_full_name_another_document_gave(tmp_path):
    # an article that calls the federation's president only "بنعيسى" speaks of the "عبد الكريم
    # بنعيسى" of the article before it ("بن" glued on), as "عيتاني" is "بسام عيتاني" (a nisba in -اني)
    conn = _store_with_persons(tmp_path, ["عبد الكريم بنعيسى", "بسام عيتاني", "بنعيسى", "عيتاني"])
    resolve_documents(conn, ["d0", "d1", "d2", "d3"])
    ids = dict(conn.execute("SELECT doc_id, entity_id FROM doc_entities"))
    assert ids["d2"] == ids["d0"] and ids["d3"] == ids["d1"] and ids["d0"] != ids["d1"]


ROLES_OF_A_TITLE = [
    # the deputy of an unnamed minister: a role of its own
    ("وقال نائب الوزير إن المدة تقلصت إلى ثمان وأربعين ساعة.",
     [("indirect", "نائب الوزير", "المدة تقلصت إلى ثمان وأربعين ساعة")]),
    # the assistant named in full earlier, by the role's shorter form
    ("التقى الدكتور حازم الشناوي، مساعد وزير الصحة، الأهالي. وحول شكاوى الأهالي من تأخر النتائج، قال"
     " مساعد الوزير إن المدة تقلصت إلى ثمان وأربعين ساعة.",
     [("indirect", "حازم الشناوي", "المدة تقلصت إلى ثمان وأربعين ساعة")]),
    # the complement goes on after the title
    ("وأكد مستشار الرئيس للشؤون الأمنية أن الحدود مؤمنة بالكامل.",
     [("indirect", "مستشار الرئيس للشؤون الأمنية", "الحدود مؤمنة بالكامل")]),
    # a name after the title and its adjective holds the whole role, even one the tables do not know
    ("عرض نائب الرئيس الأمريكي جو بايدن هذا الأسبوع محادثات مباشرة. وقال بايدن إن العرض ما زال قائما.",
     [("indirect", "جو بايدن", "العرض ما زال قائما")]),
]


@pytest.mark.parametrize("text,expected", ROLES_OF_A_TITLE)
def test_a_deputy_or_adviser_of_a_title_is_a_role(text, expected):
    assert statements(run(text)) == expected


def test_a_cue_phrase_is_no_part_of_the_role_before_it():
    doc = run("وقال المتحدث العسكري العميد ماهر السعدي إن القوات استعادت ثلاث قرى. وعن المرحلة الثانية، اكتفى"
              " المتحدث بالقول إنها ستنطلق عند اكتمال الاستعدادات.")
    roles = [m.attrs["role"] for m in doc.layer("mentions") if m.label == "role"]
    assert roles == ["المتحدث العسكري", "المتحدث"]


def test_the_name_of_a_body_after_its_head_is_no_person():
    # "لجنة" needs the words after it: "حقوق الإنسان" completes the body, it names nobody
    doc = run("وطالب عضو لجنة حقوق الإنسان في البرلمان بتشكيل لجنة تحقيق مستقلة، مشيرا إلى أن الأهالي يتحدثون"
              " عن سقوط أحد عشر قتيلا.")
    assert [e["name"] for e in doc.entities.values() if e["type"] == "person"] == ["عضو لجنة حقوق الإنسان"]


def test_an_unknown_given_name_after_a_full_role_is_still_its_holder():
    doc = run("وقال الناطق باسم حكومة حماس طاهر النونو إن الرهان على المفاوضات فاشل.")
    assert statements(doc) == [("indirect", "طاهر النونو", "الرهان على المفاوضات فاشل")]


EPITHETS = [
    # "المسؤول العسكري" after the one official the article named: him
    ("قال المتحدث باسم قوة الحماية الدولية العقيد هانس لوبيك إن القوة ستخفض عديدها بنسبة الثلث. غير أن"
     " المسؤول العسكري رفض تحديد موعد للانسحاب النهائي، موضحا أن ذلك يرتبط بالظروف على الأرض.",
     ["هانس لوبيك", "هانس لوبيك"]),
    # … not when an unnamed official of that head came first: the same unnamed one (a guard)
    ("وقال مسؤول عسكري إن القوات تقدمت نحو المدينة من الشمال. وأكد وزير الدفاع سامي الحربي أن العملية"
     " مستمرة. وأضاف المسؤول العسكري أن الهجوم سيتوقف قبل حلول الشتاء.",
     ["مسؤول عسكري", "سامي الحربي", "مسؤول عسكري"]),
    # … nor when an unnamed official appears in any form ("ومسؤول أمني" after "شهود"; a guard)
    ("وقال شهود ومسؤول أمني لوكالة الأنباء إن مسلحين فجروا أنبوب النفط في وادي عبيدة. وأكد المسؤول الأمني"
     " أن مخربين فجروا الأنبوب فجرا. وكان وزير النفط هشام الريمي صرح بأن الهجمات كلفت البلاد مليار دولار.",
     ["شهود ومسؤول أمني", "المسؤول الأمني", "هشام الريمي"]),
    # … when the article named two officials, the one just quoted ("وأضاف": he went on)
    ("وقال وزير الإعلام كمال السعدي إن الرئيس فؤاد الحمد دخل المستشفى. وأضاف المسؤول الحكومي أن حالة"
     " الرئيس مستقرة.",
     ["كمال السعدي", "كمال السعدي"]),
    # … the same with "المسؤول الأول عن …" (the head of what follows), after an official known only by
    # his role, another named later
    ("وأفاد رئيس الاتحاد الوطني لألعاب القوى بأن المنتخب سيشارك في البطولة القارية بعشرين عداء. وتابع"
     " المسؤول الأول عن ألعاب القوى الوطنية: «لن نعود من دون ميداليات». وسيتولى المدير الفني كريم بوزيد"
     " الإشراف على المعسكر، بحسب المدير التقني للاتحاد مراد الهاشمي.",
     ["رئيس الاتحاد الوطني لألعاب القوى", "رئيس الاتحاد الوطني لألعاب القوى", "مراد الهاشمي"]),
    # … the same with the bare head ("وأضاف المسؤول"), two officials named
    ("وقال وزير المالية رامي الخطيب إن العجز سيتراجع إلى أربعة في المئة. والتقى الخطيب محافظ البنك"
     " المركزي سمير داود لبحث السيولة. وأضاف المسؤول أن الموازنة الجديدة ستقر الشهر المقبل.",
     ["رامي الخطيب", "رامي الخطيب"]),
    # … but not an anonymous source just quoted: the epithet stays its own speaker (a guard)
    ("قال رئيس الوزراء فهد الزين إن الحكومة ستقدم استقالتها. وأكد وزير الإعلام ماهر نصار أن الاستقالة"
     " نهائية. وقال شاهد عيان إن المحتجين تفرقوا. وأضاف المسؤول الحكومي أن الأمن مستتب.",
     ["فهد الزين", "ماهر نصار", "شاهد عيان", "المسؤول الحكومي"]),
]

# A bare "المتحدث" ("the one speaking") after anybody quoted: him, whatever his role; not "المتحدث
# الرسمي" (a spokesman), nor in an article with an unnamed spokesman, whom it may mean (the last two
# are guards).
SPEAKING = [
    ("قال المحلل الاقتصادي سليم عواد إن الأسعار سترتفع مطلع العام. وأضاف المتحدث أن الرواتب لن تواكب"
     " هذا الارتفاع.",
     ["سليم عواد", "سليم عواد"]),
    ("قال وزير الصحة نادر سلوم إن اللقاح سيصل الأسبوع المقبل. وقال المتحدث الرسمي إن الوزارة أعدت مراكز"
     " التطعيم.",
     ["نادر سلوم", "المتحدث الرسمي"]),
    ("وقال متحدث باسم الشرطة إن الطريق أغلق لساعات. وأكد المحافظ سعيد ناصر أن الأشغال ستنتهي قريبا."
     " وأضاف المتحدث أن دوريات إضافية نشرت في المنطقة.",
     ["متحدث باسم الشرطة", "سعيد ناصر", "متحدث باسم الشرطة"]),
]


@pytest.mark.parametrize("text,speakers", SPEAKING)
def test_a_bare_speaking_word_is_the_one_just_quoted(text, speakers):
    assert [speaker for _, speaker, _ in statements(run(text))] == speakers


@pytest.mark.parametrize("text,speakers", EPITHETS)
def test_an_epithet_means_the_one_official_named(text, speakers):
    assert [speaker for _, speaker, _ in statements(run(text))] == speakers


def test_went_on_after_a_role_is_a_cue_not_a_name():
    doc = run('وقال رئيس الوزراء سالم الحمد في مؤتمر صحافي "نحن متفائلون بتغير الموقف الدولي". لكن المسؤول'
              ' القطري استطرد "إذا لم يكن هناك اتفاق على جدول زمني فسنفقد الأمل".')
    assert [speaker for _, speaker, _ in statements(doc)] == ["سالم الحمد", "سالم الحمد"]


@pytest.mark.parametrize("text, holder", [
    # the body's name opens with و ("وادي"), then the holder set off by commas
    ("أكد رئيس جامعة وادي النخيل، الدكتور منصور الحداد، أن الطلاب المسجلين حاليا لن تطالهم أي زيادة.",
     "منصور الحداد"),
    # the body's name in quotation marks
    ("ووصف مدير منظمة \"الأيادي المتضامنة\"، نبيل شهاب، الوضع في المخيم بأنه \"مقلق للغاية\".", "نبيل شهاب"),
])
def test_the_holder_after_a_body_named_by_no_table(text, holder):
    doc = run(text)
    roles = [m for m in doc.layer("mentions") if m.label == "role"]
    assert [doc.entities[m.attrs["entity"]]["name"] for m in roles] == [holder]


def test_a_purpose_phrase_of_a_body_takes_its_object():
    # "لتنظيم قطاع الاتصالات": the body's name goes on through the purpose and its object
    doc = run("أعلن رئيس الهيئة العامة لتنظيم قطاع الاتصالات، طارق البزري، حزمة قرارات تنظيمية جديدة.")
    assert mention_texts(doc, "role") == ["رئيس الهيئة العامة لتنظيم قطاع الاتصالات"]
    assert mention_texts(doc, "person") == ["طارق البزري"]


def test_a_womans_definite_presidency_with_an_adjective_is_a_role_held_by_the_name_after_it():
    # (before: "الرئيسة" alone was the speaker and the name after the role was nobody's)
    from pipeline_helpers import run, statements

    doc = run("قالت الرئيسة التنفيذية لبنك الندى رنا الخطيب إن الأرباح قياسية.\n\n"
              "وبحسب الرئيسة التنفيذية، يستهدف البنك رفع نصيب الشركات الصغيرة من محفظة القروض.")
    assert [s[1] for s in statements(doc)] == ["رنا الخطيب", "رنا الخطيب"]


def test_a_womans_presidency_of_a_country_before_her_name_set_off_by_commas():
    from pipeline_helpers import run, statements

    doc = run("وفي العاصمة، عبرت الرئيسة الفنلندية، ماريا كوفاتش، عن حزنها لوفاة الزعيم، مؤكدة أنها «خسارة لا تعوض».")
    assert {s[1] for s in statements(doc)} == {"ماريا كوفاتش"}


def test_the_companys_quoted_name_before_a_comma_is_no_holder():
    # (before: "فيرنر داتا", the company in quotation marks, was read as the chief executive)
    from pipeline_helpers import run, statements

    doc = run("وقال الرئيس التنفيذي لشركة «فيرنر داتا»، الألماني كلاوس هوفمان، إن المنطقة اختيرت بعد دراسة.")
    assert [s[1] for s in statements(doc)] == ["كلاوس هوفمان"]
