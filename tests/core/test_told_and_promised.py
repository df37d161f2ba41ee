"""Who told, promised, admitted or estimated something, and what: the one told between the speaker
and the clause (``cues.TOLD_VERBS``), groups of people after a definite word (``words.
PEOPLE_ADDRESSED``), وعد with a noun, أقر going on after a statement, appositions and time phrases
before the clause, and the names that time words and noun-like titles are not. Invented sentences."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements, mention_texts


def persons(text: str) -> list[str]:
    doc = run(text)
    return mention_texts(doc, "person")


TOLD = [
    ("وأبلغ الوزير الصحفيين أن الأسعار ستنخفض خلال الشهر المقبل.",
     [("indirect", "الوزير", "الأسعار ستنخفض خلال الشهر المقبل")]),
    ("وطمأن المحافظ التجار إلى أن الأسعار ستنخفض خلال الشهر المقبل.",
     [("indirect", "المحافظ", "الأسعار ستنخفض خلال الشهر المقبل")]),
    ("ووعد المدرب الأنصار بأن اللاعبين سيقاتلون على كل كرة.",
     [("indirect", "المدرب", "اللاعبين سيقاتلون على كل كرة")]),
    ("وأبلغ وزير المالية الصحفيين أن الأسعار ستنخفض خلال الشهر المقبل.",
     [("indirect", "وزير المالية", "الأسعار ستنخفض خلال الشهر المقبل")]),
    ("وأبلغ المتحدث باسم الوزارة الصحفيين أن الأسعار ستنخفض خلال الشهر المقبل.",
     [("indirect", "المتحدث باسم الوزارة", "الأسعار ستنخفض خلال الشهر المقبل")]),
    ("وطمأن رئيس الوزراء المواطنين إلى أن الأسعار ستنخفض خلال الشهر المقبل.",
     [("indirect", "رئيس الوزراء", "الأسعار ستنخفض خلال الشهر المقبل")]),
    ("ووعد الوزير المواطنين بتحسين الخدمات خلال العام المقبل.",
     [("indirect", "الوزير", "تحسين الخدمات خلال العام المقبل")]),
]


@pytest.mark.parametrize("text,expected", TOLD)
def test_the_one_told_is_neither_speaker_nor_what_was_said(text, expected):
    assert statements(run(text)) == expected


def test_a_group_first_after_an_indefinite_head_is_the_roles_complement():
    assert statements(run("وقال نقيب الصحفيين إن الأسعار ستنخفض خلال الشهر المقبل.")) == [
        ("indirect", "نقيب الصحفيين", "الأسعار ستنخفض خلال الشهر المقبل")]


def test_waad_with_a_noun_is_a_promise():
    doc = run("وعد وزير الطاقة جمال العطار بخفض ساعات قطع الكهرباء إلى أربع ساعات يومياً في معظم المحافظات.")
    assert statements(doc) == [
        ("indirect", "جمال العطار", "خفض ساعات قطع الكهرباء إلى أربع ساعات يومياً في معظم المحافظات")]


def test_the_noun_waad_is_no_promise():
    assert statements(run("وتحدث الكاتب عن وعد بلفور وآثاره على المنطقة.")) == []


def test_the_root_waw_of_a_cue_opens_no_clause_inside_reported_speech():
    # "وعد"/"وصف" are verbs of the president's, reported by the minister: one statement, not cut
    assert statements(run("وقال الوزير إن الرئيس وعد بإجراء انتخابات حرة خلال العام المقبل.")) == [
        ("indirect", "الوزير", "الرئيس وعد بإجراء انتخابات حرة خلال العام المقبل")]
    assert statements(run("وقال الوزير إن الرئيس وصف الاتفاق بأنه تاريخي وغير مسبوق.")) == [
        ("indirect", "الوزير", "الرئيس وصف الاتفاق بأنه تاريخي وغير مسبوق")]


def test_a_glued_conjunction_still_opens_the_next_statement():
    doc = run("وأكد الوزير أن الحكومة ماضية في الإصلاح، ووعد بخفض الأسعار خلال الشهر المقبل.")
    assert statements(doc) == [("indirect", "الوزير", "الحكومة ماضية في الإصلاح"),
                               ("indirect", "الوزير", "خفض الأسعار خلال الشهر المقبل")]


def test_a_time_phrase_after_the_verb_is_no_speaker():
    assert "مطلع الموسم" not in persons("وسبق للمدرب أن صرح مطلع الموسم بأنه «سيغادر إذا ابتعد الفريق عن سباق اللقب».")
    assert statements(run("وكان الوزير قد أعلن منتصف الشهر الجاري أن الحكومة ستخفض الأسعار.")) == [
        ("indirect", "الوزير", "الحكومة ستخفض الأسعار")]


def test_mutali_before_a_month_is_when_and_after_a_source_is_informed():
    assert statements(run("وقال وزير المال القبرصي مطلع آذار إن هذا التدبير سيكون كارثيا على قبرص.")) == [
        ("indirect", "وزير المال القبرصي", "هذا التدبير سيكون كارثيا على قبرص")]
    assert statements(run("وقال مصدر مطلع بجمارك مطار القاهرة إن القرار لم يصل بعد.")) == [
        ("indirect", "مصدر مطلع بجمارك مطار القاهرة", "القرار لم يصل بعد")]


@pytest.mark.parametrize("text", [
    "وقال المدرب إن الفريق قادر على المنافسة حتى النهاية.",
    "وأكد اللاعب أن الفريق خسر المباراة بسبب الإرهاق.",
    "وقال الحارس إن الفريق بخير رغم الخسارة.",
])
def test_the_team_is_no_general(text):
    assert persons(text) == []


def test_a_rank_that_is_also_a_noun_names_a_person_before_a_given_name():
    assert persons("وقال الفريق خالد المنصوري إن الجيش مستعد.") == ["خالد المنصوري"]
    assert persons("وقال الفريق أول ركن بكر صدقي إن الجيش مستعد.") == ["بكر صدقي"]
    assert persons("وأكد الفريق بحري مهاب مميش أن القناة ستظل مصرية خالصة.") == ["مهاب مميش"]


def test_a_rank_of_the_staff_with_the_article_in_an_apposition_names_the_role_holder():
    # "العميد الركن" (Iraqi copy) was read as a title and a word, and the role after قال kept the statements
    doc = run("قال الناطق باسم قيادة العمليات المشتركة، العميد الركن سعد الجبوري، إن القوات استعادت السيطرة "
              "على الجسر. وأقر الناطق بمقتل جنديين.")
    assert [s[1] for s in statements(doc)] == ["سعد الجبوري", "سعد الجبوري"]


def test_aqarra_goes_on_after_a_named_speakers_statement():
    doc = run("وقال حمداني، في مقابلة مع قناة الأفق مساء أمس، إن «التضخم الشهري بدأ يتباطأ منذ ثلاثة أشهر». "
              "وأقر بوجود فجوة زمنية بين قرارات البنك وانعكاسها على الأسواق.")
    assert statements(doc) == [
        ("direct", "حمداني", "التضخم الشهري بدأ يتباطأ منذ ثلاثة أشهر"),
        ("indirect", "حمداني", "وجود فجوة زمنية بين قرارات البنك وانعكاسها على الأسواق")]


def test_a_confession_after_a_narrated_sentence_stays_unattributed():
    doc = run("وألقت الشرطة القبض على المتهم. وبمواجهته، اعترف بحيازته المواد المضبوطة بقصد الاتجار.")
    assert statements(doc) == []


def test_an_apposition_between_commas_before_the_clause():
    doc = run("ورجحت مديرة المرصد الوطني للأوبئة، الدكتورة نزهة العلوي، أن يكون مصدر العدوى بئرا جماعية في القرية.")
    assert [(kind, text) for kind, _, text in statements(doc)] == [
        ("indirect", "يكون مصدر العدوى بئرا جماعية في القرية")]
    assert statements(doc)[0][1] is not None


def test_an_estimate_with_bima():
    doc = run("وقدر المسؤول العسكري عدد المسلحين في المنطقة بما بين 300 و400 مقاتل.")
    assert statements(doc) == [("indirect", "المسؤول العسكري", "عدد المسلحين في المنطقة بما بين 300 و400 مقاتل")]


def test_a_time_phrase_between_the_speaker_and_the_promise():
    doc = run("وقال وزير الكهرباء قاسم الساعدي إن الأزمة ستنتهي. ورُفعت الجلسة ربع ساعة، قبل أن يتعهد "
              "الساعدي بعد استئنافها بوصول ساعات التجهيز إلى عشرين ساعة يومياً.")
    assert statements(doc) == [("indirect", "قاسم الساعدي", "الأزمة ستنتهي"),
                               ("indirect", "قاسم الساعدي", "وصول ساعات التجهيز إلى عشرين ساعة يومياً")]


def test_a_promise_reported_inside_what_another_said_is_part_of_it():
    doc = run("وقال فاروق المتولي، أحد السكان، إن المحافظة تماطل في تنفيذ الاتفاق، لافتاً إلى أن الحكومة وعدت"
              " ببناء 64 برجاً في المنطقة، وأنه كلما توجه الأهالي للسؤال في الحي لا يحظون برد شاف.")
    assert statements(doc) == [
        ("indirect", "فاروق المتولي", "المحافظة تماطل في تنفيذ الاتفاق"),
        ("indirect", "فاروق المتولي", "الحكومة وعدت ببناء 64 برجاً في المنطقة"),
        ("indirect", "فاروق المتولي", "كلما توجه الأهالي للسؤال في الحي لا يحظون برد شاف")]


def test_a_name_with_a_preposition_glued_is_no_subject_before_the_verb():
    doc = run("وقال النائب سامي الخطيب إن الأمور تسير ببطء. وعندما كان مرشحاً للرئاسة تعهد بعودة حقوق أهل الجنوب كاملة.")
    assert "للرئاسة" not in [speaker for _, speaker, _ in statements(doc)]


def test_the_one_named_after_a_promise_inside_reported_speech_speaks_on_no_further():
    doc = run("فيما أوضح باسل الخطيب رئيس اللجنة الاقتصادية بالغرفة، أن وزير السياحة وعد مجلس إدارة الغرفة"
              " بالجلوس مع الشركات للاستماع إلى آرائها، مشدداً على ضرورة أن تكون الهيئة ضمن وزارة السياحة."
              " وأضاف أن الغرض من إنشاء الهيئة هو الرقابة.")
    assert [speaker for _, speaker, _ in statements(doc)] == ["باسل الخطيب"] * 3
