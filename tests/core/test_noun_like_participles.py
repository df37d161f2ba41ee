"""Participles that are also common nouns (``rules.cues.NOUN_LIKE_PARTICIPLES``): "طلب مهاجمًا صريحًا"
is a striker and "37 متهما" are defendants, so what follows goes on in the statement; "…، مهاجما
الحكومة" and "وتابع مهاجماً: …" still introduce speech (invented articles)."""
from __future__ import annotations

import pytest
from pipeline_helpers import run, statements


@pytest.mark.parametrize("text, said", [
    # a striker: the reported clause goes on through the noun and its adjective
    ("وقال مدرب الفريق سامح عبد الغني إن فريقه لن يبلغ ذروة مستواه قبل أربعة أسابيع، موضحًا أنه طلب "
     "مهاجمًا صريحًا وظهيرًا أيسر وأن الإدارة لبّت طلباته.",
     "طلب مهاجمًا صريحًا وظهيرًا أيسر وأن الإدارة لبّت طلباته"),
    ("وأكد المدير الفني للنادي أن الفريق يحتاج مهاجما ثانيا قبل انطلاق مرحلة الإياب.",
     "الفريق يحتاج مهاجما ثانيا قبل انطلاق مرحلة الإياب"),
    # defendants after a figure
    ("وقال النائب العام المستشار فؤاد الحسيني إن النيابة أحالت 37 متهما إلى محكمة الجنايات.",
     "النيابة أحالت 37 متهما إلى محكمة الجنايات"),
])
def test_the_noun_goes_on_in_the_statement(text, said):
    assert said in [s for _, _, s in statements(run(text))]


@pytest.mark.parametrize("text, said", [
    ("وانتقد رئيس حزب الوفاق سمير الدباغ قرار الحكومة رفع أسعار الوقود، متهما إياها بأنها تحمّل "
     "المواطن ثمن فشلها.", "تحمّل المواطن ثمن فشلها"),
    ("وتابع رئيس الحزب مهاجماً: الحكومة فشلت في إدارة أزمة الوقود.", "الحكومة فشلت في إدارة أزمة الوقود"),
])
def test_the_participle_still_introduces_speech(text, said):
    # (guard) a pronoun object or a colon after it: the participle, not the noun
    assert said in [s for _, _, s in statements(run(text))]
