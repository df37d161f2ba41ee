"""A direct quote is stored one statement a sentence, as an interview answer is (invented articles):
a quote runs over sentences and paragraphs, and a report often keeps one sentence of it
(``rules.structure.SENTENCE_CUT_KINDS``, ``clauses.statement_parts``)."""
from __future__ import annotations

from pipeline_helpers import run, statements

QUOTE = ("وقال وزير الإسكان نبيل الخوري في مؤتمر صحافي: «سلمنا هذا العام أربعة آلاف وحدة سكنية في المحافظات "
         "الجنوبية. الدفعة الثانية ستسلم قبل نهاية الربيع المقبل.\n\n"
         "لن نرفع أقساط القروض على ذوي الدخل المحدود، وهذا التزام مكتوب».\n\nوانتهى المؤتمر بعد ساعة.")


def test_each_sentence_of_a_quote_over_two_paragraphs_is_a_statement():
    assert statements(run(QUOTE)) == [
        ("direct", "نبيل الخوري", "سلمنا هذا العام أربعة آلاف وحدة سكنية في المحافظات الجنوبية."),
        ("direct", "نبيل الخوري", "الدفعة الثانية ستسلم قبل نهاية الربيع المقبل."),
        ("direct", "نبيل الخوري", "لن نرفع أقساط القروض على ذوي الدخل المحدود، وهذا التزام مكتوب"),
    ]


def test_a_one_word_sentence_of_a_quote_stays_with_the_next():
    # guard: "نعم." alone is no statement
    doc = run("وقال المدرب هشام الزين: «نعم. سنلعب المباراة المقبلة بالتشكيلة نفسها التي فازت في نهائي الكأس».")
    assert statements(doc) == [
        ("direct", "هشام الزين", "نعم. سنلعب المباراة المقبلة بالتشكيلة نفسها التي فازت في نهائي الكأس")]


def test_reported_speech_of_one_sentence_is_one_statement():
    # guard: reported speech ends with its sentence; the next sentence is narration
    doc = run("وأكد وزير الإسكان نبيل الخوري أن الدفعة الثانية من الوحدات ستسلم قبل نهاية الربيع المقبل. "
              "وكانت الوزارة قد أطلقت المشروع قبل عامين.")
    assert statements(doc) == [
        ("indirect", "نبيل الخوري", "الدفعة الثانية من الوحدات ستسلم قبل نهاية الربيع المقبل")]
