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


def test_a_word_is_tested_for_a_sound_key_when_its_last_letter_can_end_the_key():
    from qawl.entities import skeleton
    for word in ("كاغينز", "كيغينس", "مورسي", "لافروف", "بوتين", "كيري", "هولاند", "شتاينماير", "ماكين"):
        assert word.endswith(mentions._letters_ending({skeleton(word)}))
