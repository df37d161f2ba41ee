"""Roles whose complement is a possessive pronoun (``titles.POSSESSIVE_SUFFIXES``,
``titles.PRONOUN_ROLE_LINKS``): "وقال مديرها العام …", "رئيسها التنفيذي فلان", "المتحدث باسمها": the
pronoun stands for the organization or country named just before. Invented sentences."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements


def _role_keys(doc) -> dict[str, str]:
    return {doc.text[m.start : m.end]: m.attrs["role_key"] for m in doc.layer("mentions") if m.label == "role"}


NAMED_AFTER_THE_ROLE = [
    ("افتتحت شركة الواحة للطيران خطا جديدا إلى تونس. وقال رئيسها التنفيذي سامي الخطيب إن الشركة ستضيف"
     " ثلاث طائرات قبل الصيف.", "سامي الخطيب", "الشركة ستضيف ثلاث طائرات قبل الصيف"),
    ("أصدرت وزارة الخارجية بيانا مساء الأحد. وقال المتحدث الرسمي باسمها أحمد حافظ إن القاهرة ترفض أي"
     " تدخل في شؤون جيرانها.", "أحمد حافظ", "القاهرة ترفض أي تدخل في شؤون جيرانها"),
    ("وارتفع عدد المسافرين عبر مطار المدينة بنسبة 12 في المئة خلال الشهر الماضي، وفق ما أعلنه مديرها العام"
     " سامي الخطيب.", "سامي الخطيب",
     "وارتفع عدد المسافرين عبر مطار المدينة بنسبة 12 في المئة خلال الشهر الماضي"),
    # "his" (ه) right before a name, set off by commas or not
    ("أبقى مصرف الاتحاد المركزي سعر الفائدة دون تغيير، فيما طمأن محافظه، يوسف الكعبي، إلى أن ربط الدينار"
     " بالدولار باق.", "يوسف الكعبي", "ربط الدينار بالدولار باق"),
    ("أعلن نادي الوحدة إقالة المدرب أمس، وقال رئيسه ماجد العلي إن القرار نهائي.", "ماجد العلي", "القرار نهائي"),
    # a central bank's governor (حاكم), with a Levantine given name
    ("أبقى مصرف البلاد المركزي سعر الفائدة دون تغيير، فيما أعلن حاكمه كميل الراسي أن التضخم تراجع إلى 14.6%.",
     "كميل الراسي", "التضخم تراجع إلى 14.6%"),
]


def test_the_ruling_party_is_no_governor():
    doc = run("وقال الحزب الحاكم في البلاد إن الانتخابات ستجري في موعدها.")
    assert [m.label for m in doc.layer("mentions") if m.label in ("role", "person")] == []


def test_a_head_with_his_before_no_name_is_no_role():
    # "مدربه" (his coach) with no name after it is the verb's object, not a speaker
    doc = run("أعلن نادي الوحدة إقالة مدربه أمس بعد الخسارة الثالثة.")
    assert [m.label for m in doc.layer("mentions") if m.label in ("role", "person")] == []


def test_the_bare_head_stands_for_the_name_after_his_role():
    doc = run("أبقى البنك المركزي الفائدة دون تغيير، وقال محافظه يوسف الكعبي إن القرار اتخذ بالإجماع. "
              "وأوضح المحافظ أن التضخم بدأ يتراجع.")
    assert statements(doc) == [("indirect", "يوسف الكعبي", "القرار اتخذ بالإجماع"),
                               ("indirect", "يوسف الكعبي", "التضخم بدأ يتراجع")]


@pytest.mark.parametrize("text,speaker,content", NAMED_AFTER_THE_ROLE)
def test_a_name_after_a_possessed_role_is_the_speaker(text, speaker, content):
    assert statements(run(text)) == [("indirect", speaker, content)]


def test_the_pronoun_gives_the_role_the_organization_named_before():
    doc = run("افتتحت شركة الواحة للطيران خطا جديدا. وقال مديرها العام إن الشركة ستضيف ثلاث طائرات قبل الصيف.")
    assert statements(doc) == [("indirect", "مديرها العام", "الشركة ستضيف ثلاث طائرات قبل الصيف")]
    assert _role_keys(doc) == {"مديرها العام": "مدير|شركه"}  # the key "مدير الشركة" has


def test_a_possessed_role_is_the_person_who_holds_that_role_in_the_article():
    doc = run("التقى مدير شركة الواحة للطيران سامي الخطيب الصحفيين أمس. وأكدت الشركة أنها ستفتح خطا جديدا."
              " وأضاف مديرها العام أن الأسعار لن ترتفع هذا العام.")
    assert statements(doc)[-1] == ("indirect", "سامي الخطيب", "الأسعار لن ترتفع هذا العام")
    # "مديرها العام" says nothing without the company: it is not listed among his roles
    khatib = next(e for e in doc.entities.values() if e["name"] == "سامي الخطيب")
    assert khatib["roles"] == ["مدير شركة الواحة للطيران"]


def test_a_spokesman_for_her_is_the_spokesman_of_the_ministry_before():
    doc = run("أصدرت وزارة الخارجية بيانا. وقال المتحدث باسمها إن القاهرة ترفض التدخل.")
    assert statements(doc) == [("indirect", "المتحدث باسمها", "القاهرة ترفض التدخل")]
    assert _role_keys(doc) == {"المتحدث باسمها": "spokesperson|وزاره"}  # not the word اسمها


def test_a_country_named_before_is_what_the_pronoun_stands_for():
    doc = run("أعلنت الجزائر أمس إعادة فتح معبرها الحدودي الشرقي. وقال سفيرها في تونس إن القرار يخدم البلدين.")
    assert statements(doc) == [("indirect", "سفيرها", "القرار يخدم البلدين")]
    assert _role_keys(doc)["سفيرها"] == "سفير|جزاءر"  # as "سفير الجزائر" (hamza folded)


def test_with_nothing_named_before_the_role_stays_bare():
    doc = run("وقال مديرها العام إن الأسعار لن ترتفع هذا العام.")
    assert _role_keys(doc) == {"مديرها العام": "مدير|"}


def test_a_source_with_a_pronoun_is_no_role():
    # "مصدرها" (its source) is a noun here, not an anonymous speaker
    doc = run("نشرت الصحيفة الخبر، ولم تكشف مصدرها.")
    assert [m for m in doc.layer("mentions") if m.label == "role"] == []


def test_the_bare_role_is_the_holder_named_with_its_pronoun_not_a_later_one():
    # (before: "الرئيس التنفيذي" went to the other company's chief executive named further down)
    doc = run("أعلنت شركة طيران النخيل توقيع طلبية، وقال رئيسها التنفيذي ياسر الضاوي إن الصفقة هي الأكبر.\n\n"
              "وتعهد الرئيس التنفيذي بعدم رفع أسعار التذاكر على الرغم من صعود تكاليف الوقود.\n\n"
              "وقال الرئيس التنفيذي لشركة طيران الواحة، نبيل سركيس، إن شركته لن ترفع الأسعار هذا الصيف.")
    assert [s[1] for s in statements(doc)][1:] == ["ياسر الضاوي", "ياسر الضاوي", "نبيل سركيس"]
