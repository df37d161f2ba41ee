"""What stands between a speaker and what he said, on invented sentences: where or how he spoke ("في
بيان لها اليوم الثلاثاء", "خلال لقائه وفد الغرفة") before the preposition of a noun object; a
subject's adjective its mention left out ("وزارة الخارجية [التركية]"); a name beginning with ب after a
verb that needs a clause ("ورجح باتيستا أن …"); a relative clause between commas after the subject
("…، الذي شارك في الحلقة ذاتها، أن …"); and a diplomat called by his nationality."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements


@pytest.mark.parametrize("text,speaker,content", [
    # between commas, after a named subject
    ("وأعلن وزير التربية خالد السعدي، في مقابلة تلفزيونية صباح الثلاثاء، عن حملة تطعيم وطنية تنطلق في "
     "المدارس الأحد المقبل.", "خالد السعدي", "حملة تطعيم وطنية تنطلق في المدارس الأحد المقبل"),
    # with no comma: the aside ends at the verb's preposition
    ("وأعرب الرئيس نبيل حداد في كلمته عن أمله في استئناف الحوار قبل نهاية الشهر.", "نبيل حداد",
     "أمله في استئناف الحوار قبل نهاية الشهر"),
    # a verb that is a cue only with its preposition in reach (دعا … إلى)
    ("ودعا وزير التجارة سامي العبيدي، خلال لقائه وفد الغرفة التجارية في المدينة، إلى تسريع إجراءات الترخيص "
     "للمستثمرين.", "سامي العبيدي", "تسريع إجراءات الترخيص للمستثمرين"),
    # "على هامش" is more of the aside, not the preposition of what was said
    ("وأكد الوزير سالم الكندي في كلمته على هامش القمة على ضرورة توحيد الجهود لمواجهة الجفاف.", "سالم الكندي",
     "ضرورة توحيد الجهود لمواجهة الجفاف"),
])
def test_an_occasion_between_the_subject_and_the_preposition(text, speaker, content):
    assert statements(run(text)) == [("indirect", speaker, content)]


def test_an_aside_with_no_speech_noun_is_no_occasion():
    # (a guard: "في المدينة" says where, and what follows "عن" is not what he announced)
    doc = run("وأعلن المحافظ خالد السعدي في المدينة الجديدة عن طريق الإذاعة المحلية حالة الطوارئ.")
    assert all(not text.startswith("طريق") for _, _, text in statements(doc))


def test_an_adjective_of_the_subject_before_the_preposition():
    doc = run("وأعربت وزارة الخارجية التركية عن قلقها من تصاعد العنف في المدينة.")
    assert statements(doc) == [("indirect", "وزارة الخارجية", "قلقها من تصاعد العنف في المدينة")]


def test_a_name_beginning_with_ba_after_a_clause_verb():
    doc = run("قال المدرب لوران باتيستا إن الفريق قدم مباراة كبيرة. ورجح باتيستا أن يكون اللاعب قد تعرض لتمزق عضلي.")
    assert statements(doc)[1] == ("indirect", "لوران باتيستا", "يكون اللاعب قد تعرض لتمزق عضلي")
    doc = run("ورأى بشار الحلبي أن الحرب انتهت في معظم المناطق.")
    assert statements(doc) == [("indirect", "بشار الحلبي", "الحرب انتهت في معظم المناطق")]


def test_a_word_with_ba_after_a_clause_verb_still_stops_it():
    # (a guard: "رجح بقاء" is no name; with no أن in reach the verb reports nothing)
    assert statements(run("ورجح بقاء المدرب في منصبه كفة الإدارة في الاجتماع الأخير.")) == []


def test_a_relative_clause_between_the_subject_and_an():
    doc = run("ومن جانبه، رأى عضو مجلس الشورى سالم الهاشمي، الذي شارك في الحلقة ذاتها، أن المواطن يبحث عن وظيفة "
              "مستقرة.")
    assert statements(doc) == [("indirect", "سالم الهاشمي", "المواطن يبحث عن وظيفة مستقرة")]


def test_a_diplomat_by_his_nationality_is_the_envoy_named():
    doc = run("قال المبعوث الأميركي لأمن الملاحة جون ميلر إن الوضع صعب. وبحسب الدبلوماسي الأميركي، فقد انخفضت "
              "حركة عبور السفن بنحو أربعين في المئة.")
    assert statements(doc)[1] == ("indirect", "جون ميلر", "انخفضت حركة عبور السفن بنحو أربعين في المئة")


def test_a_purpose_after_a_title_is_no_name():
    doc = run("وقال المنسق الأممي لشؤون اللاجئين كارلوس ريبيرو إن المخيمات مكتظة.")
    assert statements(doc) == [("indirect", "كارلوس ريبيرو", "المخيمات مكتظة")]
    assert "لشؤون" not in {e["name"] for e in doc.entities.values()}


def test_a_given_name_with_lam_after_a_title_stays_a_name():
    # (a guard: "لطفي" begins with ل, and is the coach's name)
    doc = run("وقال المدرب لطفي الهمامي إن الفريق جاهز للمباراة.")
    assert statements(doc) == [("indirect", "لطفي الهمامي", "الفريق جاهز للمباراة")]


def test_an_occasion_with_no_comma_ends_before_an_object():
    # (a guard: what he announced, "وفاة الرئيس …", comes right after the occasion; the عن after it
    # is no preposition of "أعلن")
    doc = run("وقد أعلن نائب الرئيس سامر حداد في كلمة متلفزة وفاة الرئيس نبيل حداد عن سن 58 عاما في مستشفى "
              "عسكري بالعاصمة.")
    assert all(not text.startswith("سن 58") for _, _, text in statements(doc))


def test_a_name_with_lam_after_a_courtesy_title_stays_a_name():
    # (a guard: "لميس" is no purpose after "الدكتورة", which is no office)
    doc = run("وأكدت الدكتورة لميس المعداوي وكيلة وزارة الصحة بالمحافظة أنه لا توجد وفيات بين المصابين.")
    assert statements(doc) == [("indirect", "لميس المعداوي", "لا توجد وفيات بين المصابين")]


def test_a_cause_given_after_an_apposition_and_an_occasion():
    # "أرجع" reports only with إلى in reach: past "، د. فلان،" and "في مؤتمر صحفي أمس،"
    doc = run("وأرجع الوزير، د. سامي الحداد، في مؤتمر صحفي أمس، تفشي المرض إلى تلوث مياه الشرب.")
    assert statements(doc) == [("indirect", "سامي الحداد", "تفشي المرض إلى تلوث مياه الشرب")]


def test_a_plain_object_after_an_apposition_and_an_occasion():
    doc = run("وأعلن وزير الصحة، سامي حداد، في مؤتمر صحفي أمس، تسجيل 234 إصابة جديدة بالكوليرا.")
    assert statements(doc) == [("indirect", "سامي حداد", "تسجيل 234 إصابة جديدة بالكوليرا")]
