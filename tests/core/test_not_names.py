"""Words after a title or a role that say what the person did, or how or when, are never read as
their name (``rules.names.NOT_NAME_WORDS``, tanween, ``rules.words.SUBJECT_FILLERS``,
``rules.titles.HOLDER_GAP_ADVERBS``); invented sentences."""
from __future__ import annotations

import pytest
from pipeline_helpers import mention_texts, run, statements


def _persons(doc) -> list[str]:
    return [e["name"] for e in doc.entities.values() if e["type"] == "person"]


@pytest.mark.parametrize("text, verb", [
    ("وأكد الناطق باسم الحكومة أن الوزير وافق على طلب النقابة بتأجيل الإضراب.", "وافق"),
    ("وقال مصدر في النادي إن المدرب قرر إبعاد ثلاثة لاعبين عن المباراة المقبلة.", "قرر"),
    ("وأوضح البيان أن الرئيس أصدر قراره بتشكيل لجنة تحقيق في الحادث.", "أصدر"),
    ("وقال المتحدث إن الصحفي يعمل باحثا في معهد للدراسات منذ سنوات.", "يعمل"),
])
def test_a_verb_after_a_title_is_no_name(text, verb):
    assert not any(verb in name for name in _persons(run(text)))


@pytest.mark.parametrize("text", [
    "وقال الوزير حسام الدباغ إن الإصلاحات ستستمر. وأكد مراراً أن الحكومة لن تتخلى عن الوزارات السيادية.",
    "وقال الوزير حسام الدباغ إن الإصلاحات ستستمر. وأضاف سريعاً: «لن نتراجع عن القرار».",
])
def test_an_adverb_with_tanween_after_the_verb_is_no_speaker(text):
    # "مراراً", "سريعاً" are in no table: their tanween says they are adverbs
    assert [speaker for _, speaker, _ in statements(run(text))] == ["حسام الدباغ", "حسام الدباغ"]


def test_a_word_with_tanween_ends_a_name():
    # guard: "سابقاً" after a whole name was not part of it before either
    doc = run("وقال اللواء سمير حمدي سابقاً إن الوحدات انتشرت في المدينة.")
    assert _persons(doc) == ["سمير حمدي"]


def test_a_manner_adverb_after_the_verb_keeps_the_speaker_before():
    doc = run("وقال رئيس مجلس إدارة الشركة نجيب السعدي إن الحكومة تلاحق شركاته، وقال ساخرًا: «سأعود إذا ضمنوا لي الخبز».")
    assert [speaker for _, speaker, _ in statements(doc)] == ["نجيب السعدي", "نجيب السعدي"]
    assert "ساخرًا" not in _persons(doc)


def test_former_between_a_role_and_its_holder():
    # guard: "سابقا" is no name's word now, and still stands between the role and its holder
    doc = run("وقال مدير أمن المحافظة سابقا اللواء سمير حمدي إن القوات انتشرت في الأحياء الشرقية.")
    assert statements(doc) == [("indirect", "سمير حمدي", "القوات انتشرت في الأحياء الشرقية")]


@pytest.mark.parametrize("text, name", [
    ("وقال الأمير فيصل بن سلمان إن المشروع سينتهي العام المقبل.", "فيصل بن سلمان"),  # ف + يصل
    ("وقال الباحث سمير التقي إن الحكومة الجديدة لن تغير شيئا.", "سمير التقي"),       # التقى (met)
    ("وقال النائب طلب الصانع إن الحكومة تتجاهل مطالب السكان.", "طلب الصانع"),        # طلب (asked)
])
def test_names_that_look_like_listed_verbs_stay_names(text, name):
    # guard: verbs that are also names are left out of the table
    assert statements(run(text))[0][1] == name


def test_we_have_is_no_given_name_behind_a_clitic():
    # "لدينا" (we have) is also ل + the given name دينا
    doc = run("وقال المتحدث باسم التحالف: «نعم، لدينا معلومات مؤكدة عن وصول تعزيزات إلى محيط الميناء».")
    assert not any("دينا" in name for name in _persons(doc))


def test_a_topic_in_a_preposition_after_amma_is_no_speaker():
    # "أما بخصوص X، فقد أقر …": بخصوص is a preposition (rules.words.FUNCTION_WORDS), not a given name
    text = ("وقال وزير التربية محمد بلقاضي إن الوزارة ستفتح 150 مدرسة جديدة هذا العام. أما بخصوص الاكتظاظ، "
            "فقد أقر بأن بعض الأقسام في ضواحي المدن ما زالت تتجاوز 45 تلميذا.")
    doc = run(text)
    assert not any("بخصوص" in name for name in _persons(doc))
    assert ("محمد بلقاضي", "بعض الأقسام في ضواحي المدن ما زالت تتجاوز 45 تلميذا") in [
        (speaker, said) for _, speaker, said in statements(doc)]


@pytest.mark.parametrize("text, noun", [
    # a verbal noun after the role: what was denied
    ("ونفى المتحدث باسم التحالف وقوع ضحايا مدنيين في عمليات الأسبوع الماضي.", "وقوع"),
    # a plural in ات: what was criticized
    ("وانتقد رئيس نادي الشعلة قرارات الحكم في مواجهة النجم الساحلي.", "قرارات"),
    # an unknown noun before an ال- noun, after a verb that is no reporting verb
    ("وانتقد رئيس النادي مستوى التحكيم في مباراة الأمس أمام الاتحاد.", "مستوى"),
    # a plural in ات after a title, before a word that is never a name
    ("وقال وزير النفط كمال البيطار إن الإنتاج سيرتفع. وطمأن الوزير نقابات العاملين بأن أحداً لن يسرّح.",
     "نقابات"),
    ("ويجري المسؤول الفرنسي مباحثات مع وزير العدل ورئيس لجنة حقوق الإنسان في مجلس الشورى.", "مباحثات"),
    # an unknown noun before an ال- noun after a reporting verb that takes its object first, after a
    # role and after a title
    ("ووصف رئيس الاتحاد حصيلة الموسم بأنها الأفضل منذ عشر سنوات.", "حصيلة"),
    ("ووصف المبعوث الأممي نتائج الجولة بأنها تقدم حذر لكنه حقيقي.", "نتائج"),
])
def test_the_object_after_a_role_is_not_its_holder(text, noun):
    assert not any(noun in name for name in _persons(run(text)))


def test_a_body_after_a_role_ending_in_a_definite_word_is_the_verbs_object():
    # "رئيس البلدية" is whole: "شركة المياه" is whom he blamed, not the body of his role
    doc = run("وقال رئيس بلدية عين الصفصاف، المهندس نبيل الحوراني، إن الأزمة خانقة. وحمل رئيس البلدية شركة "
              "المياه مسؤولية الأزمة، قائلا: \"أبلغنا الشركة منذ شهر أيار بأن المحطة معطلة\".")
    roles = [doc.text[m.start:m.end] for m in doc.layer("mentions") if m.label == "role"]
    assert "رئيس البلدية" in roles and not any("شركة" in r for r in roles)
    assert statements(doc)[-1] == ("direct", "نبيل الحوراني", "أبلغنا الشركة منذ شهر أيار بأن المحطة معطلة")


def test_the_name_after_a_role_after_a_reporting_verb_stays_a_name():
    # (guard) "طاهر" is in no table of given names; after قال the words after the role are his name
    doc = run("وقال الناطق باسم حكومة الإقليم طاهر النونو، في تصريح له، إن الخارطة السياسية لن تتبدل.")
    assert _persons(doc) == ["طاهر النونو"]


@pytest.mark.parametrize("text, source, said", [
    # the object after a definite word of an anonymous source is what was said, not more of the source
    ("وفي المقابل، أكد مسؤول بوزارة التربية الوطنية تشبث الوزارة بتطبيق جميع بنود الاتفاق.",
     "مسؤول بوزارة التربية الوطنية", "تشبث الوزارة بتطبيق جميع بنود الاتفاق"),
    # a source is never named: the verb after it is no name ("رافق عز", accompanied Ezz)
    ("وقال مصدر بحرس المحكمة رافق المتهم إنه لم ينطق بأي كلمة منذ سماعه الحكم.",
     "مصدر بحرس المحكمة", "لم ينطق بأي كلمة منذ سماعه الحكم"),
])
def test_an_anonymous_source_ends_before_its_verbs_object(text, source, said):
    assert statements(run(text)) == [("indirect", source, said)]


@pytest.mark.parametrize("text, speaker, said", [
    # "ووصف X Y بأنه": the ال- word before بأن is what was described, not the end of the name or role
    ("ووصف وزير الخارجية أحمد باعبود القرار بأنه \"خطأ فادح لن يتكرر\".", "أحمد باعبود", "خطأ فادح لن يتكرر"),
    ("ووصف المبعوث الأممي الجولة بأنها \"تقدم حذر لكنه حقيقي\".", "المبعوث الأممي", "تقدم حذر لكنه حقيقي"),
    # a construct object after a title: the title is the speaker's role, the object no name
    ("ووصف المبعوث الأممي نتائج الجولة بأنها \"تقدم حذر لكنه حقيقي\".", "المبعوث الأممي", "تقدم حذر لكنه حقيقي"),
])
def test_what_a_speaker_described_is_no_part_of_him(text, speaker, said):
    assert statements(run(text)) == [("direct", speaker, said)]


def test_a_coach_with_an_adjective_only_and_a_participle_after_it_name_nobody():
    # "مدرب محلي" is a local coach, no role of anyone; "رافضا الكشف" (refusing to disclose) no name
    doc = run("وقال بن عمارة إن لديهم لائحة قصيرة تضم ثلاثة مرشحين، من بينهم مدرب محلي، رافضا الكشف عن "
              "أسمائهم احتراما للأندية التي يعملون فيها.")
    assert [m for m in doc.layer("mentions") if m.label in ("person", "role") and "مدرب" in doc.text[m.start:m.end]] == []
    assert not any("رافضا" in name for name in _persons(doc))


@pytest.mark.parametrize("text, speaker, said", [
    # a masculine noun after a feminine definite head is no adjective of it: the verb's object
    ("وقدرت الوزيرة العجز الحالي بنحو 32 ألف مهني صحة في المستشفيات العمومية.",
     "الوزيرة", "العجز الحالي بنحو 32 ألف مهني صحة في المستشفيات العمومية"),
    # … and a feminine noun past a masculine head's adjective
    ("وقدر المسؤول الأمني القيمة المالية للمضبوطات بما يزيد على 180 مليون جنيه.",
     "المسؤول الأمني", "القيمة المالية للمضبوطات بما يزيد على 180 مليون جنيه"),
])
def test_the_object_after_a_definite_heads_adjectives_is_no_part_of_the_role(text, speaker, said):
    assert statements(run(text)) == [("indirect", speaker, said)]


def test_a_link_after_a_definite_head_keeps_its_complement():
    # (guard) "الخارجية" after "باسم" is the complement, not an object after the head's adjectives
    doc = run("وقال المتحدث باسم الخارجية الأمريكية إن الوفد سيصل غدا.")
    assert [doc.text[m.start:m.end] for m in doc.layer("mentions") if m.label == "role"] == [
        "المتحدث باسم الخارجية الأمريكية"]


def test_kamil_full_opens_no_name_by_itself():
    # "كامل" is also "full": "ستتحمل كامل تكاليف العلاج" named a person "كامل تكاليف العلاج"
    doc = run("وأضاف المتحدث: «الشركة ستتحمل كامل تكاليف العلاج والتعويضات».")
    assert mention_texts(doc, "person") == []
    doc = run("وقال كامل الشريف إن الأمر انتهى.")  # guard: after a cue it is the name
    assert [speaker for _, speaker, _ in statements(doc)] == ["كامل الشريف"]


def test_a_compound_given_name_opens_a_name_whatever_its_first_half_alone_is():
    # "نور" alone is "light" and opens no name; "نور الدين" is a given name, "ضمن" (within) is no surname
    doc = run("حاورت الإذاعة أمينه العام نور الدين بلحاج ضمن فقرة ضيف الصباح.")
    assert mention_texts(doc, "person") == ["نور الدين بلحاج"]
