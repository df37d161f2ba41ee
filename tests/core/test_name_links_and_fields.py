"""Names and roles on invented sentences: a name goes on through a patronymic link ("ولد", "بن")
after an ال- part; a ministry of several fields ("والتعمير والإسكان", "والري", "وبناء المدن") is one
role whose holder is the name after it; "باسم" takes a construct of nouns ("غرفة عمليات المنطقة");
a feminine noun after a masculine definite head, a verbal noun after a lone given name and a group
called on after a role ("شركات الشحن") are the verb's object, not part of the speaker; nor is one word
before "أن" a name in apposition."""
from __future__ import annotations

import pytest

from pipeline_helpers import mention_texts, run, statements

PATRONYMIC_LINKS = [
    # Mauritanian "ولد" after an ال- part of the given name; the surname alone later is the same man
    ("أعلن محافظ البنك المركزي، محمد الأمين ولد سيدي، أن معدل التضخم تراجع. "
     "وقال ولد سيدي إن اللجنة قررت الإبقاء على سعر الفائدة.",
     [("indirect", "محمد الأمين ولد سيدي", "معدل التضخم تراجع"),
      ("indirect", "محمد الأمين ولد سيدي", "اللجنة قررت الإبقاء على سعر الفائدة")]),
    # "بن" after the same kind of part
    ("وقال محمد الأمين بن سالم إن الشركة ستوزع أرباحا هذا العام.",
     [("indirect", "محمد الأمين بن سالم", "الشركة ستوزع أرباحا هذا العام")]),
]


@pytest.mark.parametrize("text,expected", PATRONYMIC_LINKS)
def test_a_name_goes_on_through_a_patronymic_link(text, expected):
    assert statements(run(text)) == expected


def test_a_district_named_walad_is_no_person():
    # (a guard: "ولد" opens no name by itself, as "بن" does)
    doc = run("وقال مصدر عسكري في مديرية ولد ربيع التابعة لمحافظة البيضاء إن الاشتباكات مستمرة.")
    assert mention_texts(doc, "person") == []


ROLES_OF_SEVERAL_FIELDS = [
    # two و-fields after the first: the holder set off by commas holds the whole role
    ("في حوار خاص، يتحدث وزير إعداد التراب الوطني والتعمير والإسكان، عبد الحق الوزاني، عن حصيلة "
     "البرنامج. وقال الوزير إن الحصيلة مشجعة.",
     [("indirect", "عبد الحق الوزاني", "الحصيلة مشجعة")]),
    # a field of two letters ("الري")
    ("أكد وزير المياه والري، المهندس سامر الخطيب، أن الوزارة ستبدأ تطبيق خطة الصيف المائية.",
     [("indirect", "سامر الخطيب", "الوزارة ستبدأ تطبيق خطة الصيف المائية")]),
    # a field of two words, an indefinite noun and an ال- word, before the holder's name
    ("أعلن وزير الطرق وبناء المدن الإيراني، فرهاد نيكبور، أن الخط سيدخل مرحلة التشغيل التجريبي.",
     [("indirect", "فرهاد نيكبور", "الخط سيدخل مرحلة التشغيل التجريبي")]),
]


@pytest.mark.parametrize("text,expected", ROLES_OF_SEVERAL_FIELDS)
def test_a_role_of_several_fields_is_held_by_the_name_after_it(text, expected):
    assert statements(run(text)) == expected


def test_a_relative_pronoun_after_a_role_is_no_field_of_it():
    # (a guard: "والذي" has the letters of a short field)
    doc = run("وقال وزير الداخلية والذي تولى منصبه أمس إن الوضع مستقر.")
    assert mention_texts(doc, "role") == ["وزير الداخلية"]


def test_a_noun_after_waw_with_no_name_after_it_is_the_verbs_object():
    # (a guard: "وقوف" is a verbal noun whose و is its own, and no holder follows)
    doc = run("أكد وزير الخارجية وقوف الحكومة إلى جانب المزارعين في أزمتهم.")
    assert mention_texts(doc, "role") == ["وزير الخارجية"]


def test_the_body_a_spokesman_speaks_for_may_be_a_construct_of_nouns():
    doc = run("عقد الناطق الرسمي باسم غرفة عمليات المنطقة الجنوبية، العقيد ميلاد الشريف، مؤتمرا صحافيا. "
              "واستهل الشريف مؤتمره بالقول: \"قواتنا تمكنت من السيطرة على سبع بوابات\".")
    assert statements(doc) == [("direct", "ميلاد الشريف", "قواتنا تمكنت من السيطرة على سبع بوابات")]


def test_a_feminine_noun_after_a_masculine_definite_head_is_the_verbs_object():
    doc = run("وقال فهد العنزي إن الحمل كبير. وعزا الوزير الزيادة في القدرة إلى إدخال ثلاث وحدات جديدة "
              "في محطة الزور.")
    assert mention_texts(doc, "role") == ["الوزير"]
    assert statements(doc)[1][2] == "الزيادة في القدرة إلى إدخال ثلاث وحدات جديدة في محطة الزور"


def test_an_adjective_after_a_definite_head_is_still_the_role():
    # (a guard: a masculine adjective agrees with the head)
    doc = run("وقال المتحدث الرسمي باسم الوزارة إن الوضع مستقر.")
    assert mention_texts(doc, "role") == ["المتحدث الرسمي باسم الوزارة"]


def test_a_verbal_noun_after_a_lone_given_name_is_the_verbs_object():
    doc = run("قال وزير المالية حسام الدين منصور إن الإيرادات ارتفعت. وتوقع منصور تراجع العجز الكلي إلى "
              "نحو ستة بالمئة من الناتج المحلي.")
    assert statements(doc)[1][:2] == ("indirect", "حسام الدين منصور")
    assert "منصور تراجع العجز" not in mention_texts(doc, "person")


def test_a_group_called_on_after_a_bare_role_is_no_holder_of_it():
    # "شركات الشحن" after "ودعا المتحدث" is whom he called on: the bare role stays the spokesman
    doc = run("قال المتحدث باسم القوات البحرية المشتركة، الكولونيل جيمس كاغينز، إن الهجوم فشل. وأكد المتحدث أن "
              "أفراد الطاقم بخير. ودعا المتحدث شركات الشحن إلى الالتزام بأفضل الممارسات.")
    assert [s[1] for s in statements(doc)] == ["جيمس كاغينز"] * 3
    assert "شركات الشحن" not in mention_texts(doc, "person")


def test_one_word_before_a_complementizer_is_no_name_in_apposition():
    doc = run("قال المتحدث باسم التحالف، الكولونيل جيمس كاغينز، إن الهجوم فشل. ووفق المعطيات التي كشفها "
              "الناطق، يرجح أن يكون الزورقان قد انطلقا من سفينة أم.")
    assert "يرجح" not in mention_texts(doc, "person")


def test_a_surname_alone_before_inna_is_still_the_holder():
    # (a guard for the rule above: no present verb's prefix)
    doc = run("وقال وزير المالية، حجازي، إن هناك اتصالات مع صندوق النقد.")
    assert statements(doc) == [("indirect", "حجازي", "هناك اتصالات مع صندوق النقد")]


def test_a_company_named_in_quotation_marks_is_part_of_the_role():
    doc = run("التقت المجلة الرئيس التنفيذي لشركة «طيران الندى» سالم بن راشد الكندي، الذي تسلم منصبه قبل عامين. "
              "وقال الرئيس التنفيذي إن الشركة ستطلق خمس وجهات جديدة.")
    assert mention_texts(doc, "person") == ["سالم بن راشد الكندي"]
    assert statements(doc) == [("indirect", "سالم بن راشد الكندي", "الشركة ستطلق خمس وجهات جديدة")]


def test_a_name_in_quotation_marks_with_no_name_after_it_is_the_holders():
    # (a guard: the quoted words are the minister's name, not her ministry's)
    doc = run("أكدت وزيرة الدولة النيجيرية للدفاع \"اولوشولا ابادا\"، أن خسائر قوات بلادها محدودة جدا.")
    assert statements(doc) == [("indirect", "اولوشولا ابادا", "خسائر قوات بلادها محدودة جدا")]


def test_a_title_may_stand_between_his_role_and_his_name():
    doc = run("أغلق نادي الأسطول باب التعاقدات، إذ أكد رئيسه المهندس مجدي الشرقاوي أن الإدارة لن تضم أي لاعب آخر.")
    assert statements(doc) == [("indirect", "مجدي الشرقاوي", "الإدارة لن تضم أي لاعب آخر")]


@pytest.mark.parametrize("text, name", [
    ("والتقت الصحيفة وزير الصحة الدكتور سليم عبد الهادي الرواشدة في مكتبه بعد عودته من جولة ميدانية.",
     "سليم عبد الهادي الرواشدة"),
    ("وقال الناطق الرسمي باسم الحكومة سميح المعايطة إنه لا تهديد مباشرا لحركة الطيران.", "سميح المعايطة"),
])
def test_a_clan_name_in_ta_marbuta_ends_the_name(text, name):
    # (rules.names.FAMILY_PLURAL_SHAPES) a feminine noun is no name, but a clan's plural is one
    assert name in mention_texts(run(text), "person")


def test_a_noun_of_the_clan_shape_after_a_noun_is_no_name():
    # (guard) "المعارضة" has the letters of a clan's name, but it follows no given name here
    doc = run("وقال مقاتلو المعارضة إن قوات النظام لا تزال ترابط في مطار المحافظة.")
    assert not any("المعارضة" in m for m in mention_texts(doc, "person"))


def test_a_common_given_name_in_the_middle_of_a_name_keeps_the_surname():
    # "عارف" (also "knower") is a given name: the ال- surname after it ends the name, not the role
    doc = run("أعلن وزير النفط والثروة المعدنية كمال عارف البيطار أن الوزارة تستهدف رفع الطاقة الإنتاجية.")
    assert mention_texts(doc, "person") == ["كمال عارف البيطار"]
