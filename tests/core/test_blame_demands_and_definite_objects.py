"""What a speaker blamed ("حمّل فلان الشركة مسؤولية التأخير"), demanded after a word that opens a
clause ("فيما طالب …"), or stressed with a definite verbal noun ("وأكد الوزير الاستمرار في …"), and
an object set off by an aside that names a paper in quote marks or a reply; on invented sentences."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements

OPENING = "عقد مجلس النواب جلسته العامة أمس لمناقشة أزمة الدواء. "


def test_whom_a_speaker_blamed_is_what_he_said():
    doc = run(OPENING + "وحمّل العقيد سالم المزروعي السرعة الزائدة مسؤولية أكثر من نصف الحوادث المسجلة هذا العام.")
    assert statements(doc) == [("indirect", "سالم المزروعي",
                                "السرعة الزائدة مسؤولية أكثر من نصف الحوادث المسجلة هذا العام")]


def test_carrying_is_no_blame():
    # (a guard: no مسؤولية within reach, "حمل" is carrying)
    doc = run(OPENING + "وحملت الطائرة العسكرية مساعدات طبية إلى المناطق المنكوبة في الجنوب.")
    assert statements(doc) == []


def test_a_blame_inside_another_clause_opens_no_statement():
    # "حملت" after its subject, inside what he answered, is what others said; his words follow "قال"
    doc = run(OPENING + "وردا على أن بعض الحكومات الغربية حملت الحكومة مسؤولية مقتل الصحفيين، قال الوزير "
              "إن هذه الحكومات سمحت لمواطنيها بدخول البلاد بطريقة غير مشروعة.")
    assert statements(doc) == [("indirect", "الوزير",
                                "هذه الحكومات سمحت لمواطنيها بدخول البلاد بطريقة غير مشروعة")]


def test_the_name_after_qad_is_whom_the_subject_before_it_blamed():
    # "وكان فلان قد حمّل [الرئيس] …": the president is the one blamed, not the speaker
    doc = run(OPENING + "وكان القيادي سامي العطار قد حمّل الرئيس منير الهادي مسؤولية تعطل المفاوضات.")
    assert all(speaker != "منير الهادي" for _, speaker, _ in statements(doc))


@pytest.mark.parametrize("opener", ["فيما", "كما"])
def test_demanded_after_a_word_that_opens_a_clause(opener):
    doc = run(OPENING + f"{opener} طالب النائب عادل فكري الحكومة بإلغاء الزيادة الأخيرة في أسعار الأدوية.")
    assert statements(doc) == [("indirect", "عادل فكري", "إلغاء الزيادة الأخيرة في أسعار الأدوية")]


def test_a_name_with_the_word_talib_is_no_demand():
    # (a guard: bare "طالب" after no opener is a name's word or the student)
    doc = run(OPENING + "وقال الشيخ عمر أبو طالب إن المبادرة جاءت في وقتها.")
    assert [s[2] for s in statements(doc)] == ["المبادرة جاءت في وقتها"]


@pytest.mark.parametrize("demand", [
    "بوضع جدول زمني محدد لإنهاء الأزمة",
    "بفتح تحقيق عاجل في أسباب نقص الأدوية",
])
def test_a_demand_in_a_verbal_noun_that_starts_with_waw_or_opens_names(demand):
    # "بوضع", "بفتح": with the ب glued, no word of the name before them
    doc = run(OPENING + f"وطالب النائب عادل فكري {demand}.")
    assert statements(doc) == [("indirect", "عادل فكري", demand[1:])]


@pytest.mark.parametrize("said", [
    "الاستمرار في خطة زيادة الطاقة الإنتاجية حتى نهاية العام المقبل",
    "المضي قدما في خطة زيادة الطاقة الإنتاجية حتى نهاية العام المقبل",
])
def test_a_definite_verbal_noun_after_a_role_is_what_was_said(said):
    # not an adjective of the role ("الوزير الاستمرار"), nor a surname
    doc = run(OPENING + f"وأكد الوزير {said}.")
    assert statements(doc) == [("indirect", "الوزير", said)]


def test_a_participle_goes_on_with_the_role_that_opened_the_sentence():
    # the body named inside what the minister renewed is not the subject of "لافتا"
    doc = run(OPENING + "وجدد رئيس الوزراء التأكيد على حرص حكومة الإنقاذ على صون حقوق المواطنين، "
              "لافتا إلى أن بناء الدولة يستلزم فتح صفحة جديدة مع المعارضة.")
    assert [s[1] for s in statements(doc)] == ["رئيس الوزراء", "رئيس الوزراء"]


@pytest.mark.parametrize("aside", [
    "في حوار مع صحيفة \"الصباح\"",
    "في حوار مع صحيفة «الصباح»",
    "خلال رده على أسئلة النواب في الجلسة العامة أمس",
])
def test_an_aside_before_the_cause_one_gave(aside):
    doc = run(OPENING + f"وأرجع الوزير، {aside}، الأزمة إلى تأخر الإفراج عن شحنات الخامات الدوائية.")
    assert statements(doc) == [("indirect", "الوزير", "الأزمة إلى تأخر الإفراج عن شحنات الخامات الدوائية")]


def test_bayyana_with_its_shadda_opens_a_clause_right_after_a_comma():
    doc = run(OPENING + "وقال رئيس الجامعة منير السعدي إن الإقبال كبير. وعن واقع الخريجين، بيّن أن مسحا أجرته "
              "الجامعة أظهر أن نصفهم وجدوا عملا.")
    assert statements(doc)[1] == ("indirect", "منير السعدي", "مسحا أجرته الجامعة أظهر أن نصفهم وجدوا عملا")


def test_bayna_with_no_shadda_right_before_an_is_between():
    # (a guard: "، بين أن يستقيل أو …" is a choice between; with no shadda nothing says it is the verb)
    doc = run(OPENING + "وقال رئيس الجامعة منير السعدي إن الإقبال كبير. وعن واقع الخريجين، بين أن مسحا أجرته "
              "الجامعة أظهر أن نصفهم وجدوا عملا.")
    assert len(statements(doc)) == 1


def test_a_name_in_quote_marks_inside_the_estimated_object():
    doc = run(OPENING + "وفي قطاع الغاز، قدر وزير الطاقة سالم المهيري احتياطيات حقل «نجمة البحر» البحري "
              "بنحو 4.5 تريليون قدم مكعبة.")
    assert statements(doc) == [("indirect", "سالم المهيري",
                                "احتياطيات حقل «نجمة البحر» البحري بنحو 4.5 تريليون قدم مكعبة")]


def test_according_to_a_role_named_by_its_title_alone():
    doc = run(OPENING + "وقال محافظ البنك المركزي سمير الحداد إن التضخم يتراجع. وبحسب المحافظ، ارتفعت تحويلات "
              "المغتربين بنسبة 30% خلال الربع الأول.")
    assert statements(doc)[1] == ("indirect", "سمير الحداد",
                                  "ارتفعت تحويلات المغتربين بنسبة 30% خلال الربع الأول")


@pytest.mark.parametrize("said", [
    "ارتفاع الطلب العالمي على الخام خلال العام الحالي",
    "نمو الطلب العالمي على الخام بنحو مليون برميل يوميا",
])
def test_what_one_judged_likely_as_a_verbal_noun(said):
    doc = run(OPENING + f"ورجّح وزير النفط حمدان الساعدي {said}.")
    assert statements(doc) == [("indirect", "حمدان الساعدي", said)]


def test_tipping_the_balance_is_no_statement():
    # (a guard: "رجح" with a noun that is no verbal noun)
    doc = run(OPENING + "ورجح هدف اللاعب سامي النجار كفة الفريق في الشوط الثاني.")
    assert statements(doc) == []


def test_an_interview_label_that_is_a_title_is_the_guest_the_opening_named():
    doc = run("محافظ البنك المركزي: لا تعويم للدينار\n\n"
              "استضاف برنامج \"حديث المساء\" محافظ البنك المركزي الدكتور وليد الكرمي في أول مقابلة له.\n\n"
              "المذيع: أين نحن اليوم من موجة التضخم؟\n\n"
              "المحافظ: الأرقام الأخيرة مشجعة، والتضخم السنوي سجل 14.2 في المئة في مايو.\n\n"
              "المذيع: هل تعويم الدينار وارد؟\n\n"
              "المحافظ: لن نعوم الدينار، ولا توجد لدينا أي نية لتحرير سعر الصرف بالكامل.")
    answers = [s for s in statements(doc) if s[0] == "interview"]
    assert [s[1] for s in answers] == ["وليد الكرمي", "وليد الكرمي"]


def test_a_present_verb_after_a_role_in_a_headline_is_no_name():
    # "يطلق" before a quote mark is what the minister does, not his name: "الوزير" later is the man
    # the article names
    doc = run("وزير الإسكان يطلق «سكني أولاً»: فائدة ثابتة لعشرين عاما\n\n"
              "أطلق وزير الإسكان طارق الحمداني برنامج «سكني أولاً» للتمويل العقاري. وقال الوزير إن الفائدة "
              "ستكون ثابتة طوال مدة القرض.")
    assert ("indirect", "طارق الحمداني", "الفائدة ستكون ثابتة طوال مدة القرض") in statements(doc)
    assert "يطلق" not in {e["name"] for e in doc.entities.values()}


def test_a_given_name_of_the_verb_shape_still_opens_a_name():
    # (a guard: يعرب is a given name, ``names.VERB_SHAPED_NAMES``)
    doc = run(OPENING + "وقال الوزير يعرب الحسيني إن البرنامج سيبدأ الشهر المقبل.")
    assert statements(doc) == [("indirect", "يعرب الحسيني", "البرنامج سيبدأ الشهر المقبل")]


def test_an_adverb_after_the_role_is_no_name():
    doc = run(OPENING + "وقال وزير الإسكان طارق الحمداني إن الطلب كبير. وأشار الوزير كذلك إلى أن الوزارة "
              "ستعتمد نظاما رقميا لمتابعة المشاريع.")
    assert statements(doc)[1] == ("indirect", "طارق الحمداني", "الوزارة ستعتمد نظاما رقميا لمتابعة المشاريع")
