"""A verb whose object is what was said, after its subject and "قد" ("وكان المتحدث قد أرجع …"),
and a denial of what was received ("نفى تلقي …"); on invented sentences."""
from __future__ import annotations

from pipeline_helpers import run, statements

OPENING = "قال المتحدث باسم شركة الكهرباء وائل النمري إن الشبكة مستقرة. "


def test_an_object_verb_after_its_subject_and_qad():
    doc = run(OPENING + "وكان المتحدث قد أرجع تلك الانقطاعات إلى أعطال في محطات التحويل بسبب الأحمال الزائدة.")
    assert statements(doc)[1:] == [
        ("indirect", "وائل النمري", "تلك الانقطاعات إلى أعطال في محطات التحويل بسبب الأحمال الزائدة")]


def test_an_object_verb_after_a_subject_with_no_qad():
    # (a guard: a subject named before the verb alone stays no sign of what was said, as before)
    doc = run(OPENING + "والشركة أرجعت تلك الانقطاعات إلى أعطال في محطات التحويل.")
    assert statements(doc)[1:] == []


def test_a_denial_of_what_was_received():
    doc = run("قال الجنرال روبرت هاميلتون إن العملية حققت أهدافها. "
              "ونفى هاميلتون تلقي أي تقارير موثوقة عن سقوط ضحايا مدنيين في الغارات.")
    assert statements(doc)[1:] == [
        ("indirect", "روبرت هاميلتون", "تلقي أي تقارير موثوقة عن سقوط ضحايا مدنيين في الغارات")]
