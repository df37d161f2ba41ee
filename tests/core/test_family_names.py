"""A Gulf family name after "آل" (``names.FAMILY_OF``) ends a name whatever word it is, and "آل X"
alone later is the same person; on invented sentences."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements
from qawl.entities import person_tokens, same_person_tokens
from qawl.text.normalize import key


@pytest.mark.parametrize("text,speaker", [
    ("وقال الرئيس التنفيذي للشركة ياسر آل ضاوي إن الصفقة هي الأكبر في تاريخ الشركة.", "ياسر آل ضاوي"),
    # (ثاني is "second": before, the name stopped at "آل")
    ("وأكد وزير الدولة حمد بن عبدالرحمن آل ثاني أن الوساطة مستمرة رغم الصعوبات.", "حمد بن عبدالرحمن آل ثاني"),
])
def test_the_family_name_after_al_ends_the_name(text, speaker):
    assert [s[1] for s in statements(run(text))] == [speaker]


def test_the_family_name_alone_later_is_the_same_person():
    doc = run("وقال وزير الدولة سالم عبد الله آل منصور إن الاتفاق خطوة مهمة نحو السلام.\n\n"
              "كما أعلن آل منصور عن انعقاد مؤتمر المانحين في الربيع المقبل.")
    assert [s[1] for s in statements(doc)] == ["سالم عبد الله آل منصور"] * 2


def test_al_and_the_family_name_match_it_written_with_the_article():
    # one outlet writes "ياسر آل ضاوي", another "ياسر الضاوي"
    assert same_person_tokens(person_tokens(key("ياسر آل ضاوي")), person_tokens(key("ياسر الضاوي")))
    assert not same_person_tokens(person_tokens(key("ياسر آل ضاوي")), person_tokens(key("ياسر الزعبي")))
