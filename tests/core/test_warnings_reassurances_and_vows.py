"""What one warned of, reassured people of or vowed, as a noun phrase, on invented sentences: "ونبه إلى
ضرورة …", "وطمأن الوزير المواطنين إلى عدم وجود …", "وتوعد فلان بعدم التساهل …", and a pledge made
before parliament between the speaker's role and what he pledged ("تعهد فلان، وزير الصحة، أمام مجلس
النواب بأن …")."""
from __future__ import annotations

from pipeline_helpers import run, statements


def test_warned_of_a_need_after_ila():
    doc = run("وقال وزير التربية فادي الزين إن المدارس مغلقة. ونبه إلى ضرورة إيجاد بدائل للمدارس قبل يناير المقبل.")
    assert statements(doc)[1] == ("indirect", "فادي الزين", "ضرورة إيجاد بدائل للمدارس قبل يناير المقبل")


def test_reassured_the_public_of_a_noun_phrase():
    doc = run("وطمأن وزير المياه سامر الحوراني المواطنين إلى عدم وجود أي قرار برفع أسعار المياه على الشرائح الأولى.")
    assert statements(doc) == [("indirect", "سامر الحوراني", "عدم وجود أي قرار برفع أسعار المياه على الشرائح الأولى")]


def test_vowed_with_a_verbal_noun_after_ba():
    doc = run("وقال رئيس الهيئة يوسف الشماع إن الانتخابات ستجري في موعدها. "
              "وتوعد الشماع بعدم التساهل مع أي مرشح تثبت عليه تهمة شراء الأصوات.")
    assert statements(doc)[1] == ("indirect", "يوسف الشماع", "عدم التساهل مع أي مرشح تثبت عليه تهمة شراء الأصوات")


def test_vowed_is_also_a_noun_before_no_ba():
    # guard: "توعد" as a noun ("لهجة توعد") with no ب-object and no complementizer says nothing
    doc = run("وخرج الوزير من الاجتماع بلهجة توعد واضحة للجميع.")
    assert statements(doc) == []


def test_a_pledge_made_before_parliament_after_the_role():
    doc = run("تعهد الدكتور مجدي الطوخي، وزير الصحة، أمام مجلس النواب بأن يلمس المواطنون انفراجة حقيقية "
              "في أزمة الأدوية خلال ستة أسابيع.")
    assert statements(doc) == [("indirect", "مجدي الطوخي",
                                "يلمس المواطنون انفراجة حقيقية في أزمة الأدوية خلال ستة أسابيع")]
