"""Later mentions of a person found by surname: exact, with a clitic, and in another spelling."""
from __future__ import annotations

from pipeline_helpers import run

from qawl.components import mentions

TEXT = ("قال الكولونيل مايلز كاغينز إن القوات تقدمت نحو المدينة. وأكد كيغينز أن العمليات مستمرة، "
        "ونقلت الوكالة عن كاغينز قوله إن الطريق مفتوح، كما أشار بيان لكيغنز إلى الخسائر.")


def _person_mentions(text: str) -> list[tuple[str, str]]:
    doc = run(text)
    return [(doc.text[m.start : m.end], m.attrs["entity"]) for m in doc.layer("mentions") if m.label == "person"]


def test_every_spelling_of_the_surname_is_a_mention_of_the_one_person():
    found = _person_mentions(TEXT)
    assert [name for name, _ in found] == ["مايلز كاغينز", "كيغينز", "كاغينز", "كيغنز"]
    assert len({eid for _, eid in found}) == 1


def test_the_word_index_gives_the_same_mentions_after_it_starts_again(monkeypatch):
    expected = _person_mentions(TEXT)
    index = mentions._SoundIndex()
    monkeypatch.setattr(mentions, "_SOUNDS", index)
    monkeypatch.setattr(index, "MAX_WORDS", 10)  # fewer than the text's words: it restarts on every document
    assert _person_mentions(TEXT) == expected
    assert _person_mentions("وصل الوفد إلى المدينة صباح اليوم بعد رحلة طويلة عبر الصحراء والجبال.") == []
    assert _person_mentions(TEXT) == expected
