"""A person named in the phrase that says what one spoke of ("وعن مصير زعيم الجماعة، قال: …") is
not the speaker, and a body's name ends before the verb it heads ("حكومة مرسي تستخدم …"), which
"الحكومة" later stands for; on invented sentences."""
from __future__ import annotations

from pipeline_helpers import run, statements

OPENING = "قال قائد العمليات اللواء سامر الحديدي إن القوات استعادت السيطرة على المعبر. "


def test_a_role_in_the_topic_phrase():
    doc = run(OPENING + "وعن مصير زعيم الجماعة، قال: «لا نعرف مصيره حتى الآن، لكننا نعتقد أنه أصيب في غارة».")
    assert statements(doc)[1:] == [
        ("direct", "سامر الحديدي", "لا نعرف مصيره حتى الآن، لكننا نعتقد أنه أصيب في غارة")]


def test_a_name_in_the_topic_phrase_with_no_comma():
    doc = run(OPENING + "وعن واقعة اعتقال الصحفي منير العابد قال إن التحقيق ما زال جاريا.")
    assert statements(doc)[1:] == [("indirect", "سامر الحديدي", "التحقيق ما زال جاريا")]


def test_a_subject_after_the_topic_phrase():
    # (a guard: "وعن …، قال فلان" names the speaker after the verb, as before)
    doc = run(OPENING + "وعن مصير زعيم الجماعة، قال المتحدث باسم الجيش إن مصيره ما زال مجهولا.")
    assert statements(doc)[1:] == [("indirect", "المتحدث باسم الجيش", "مصيره ما زال مجهولا")]


def test_a_bodys_name_ends_before_the_verb_it_heads():
    # "حكومة مرسي تستخدم …": the government, then its verb (its name was "حكومة مرسي تستخدم")
    doc = run("ويقول نشطون إن حكومة مرسي تستخدم الأساليب نفسها. وتقول الحكومة إن التعذيب حالات فردية.")
    assert statements(doc)[1:] == [("indirect", "حكومة مرسي", "التعذيب حالات فردية")]


def test_a_foreign_papers_name_keeps_its_long_vowel_word():
    # (a guard: "تايمز" has the prefix's letter but a long vowel after it)
    doc = run("وقالت صحيفة نيويورك تايمز إن المفاوضات تعثرت.")
    assert statements(doc) == [("indirect", "صحيفة نيويورك تايمز", "المفاوضات تعثرت")]
