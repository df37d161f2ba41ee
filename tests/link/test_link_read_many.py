"""Reading words through the form table: several texts read at once equal each read alone, and a
row is only ever taken for its own form (hash collisions, probing, a vocabulary started afresh)."""
import numpy as np
import pytest

from qawl.link import stem
from qawl.link.prepare import prepare_many, prepare_parts
from qawl.link.stem import _FUNCTION, Columns, read_columns, read_many
from qawl.text.normalize import _fold, _single_spaced

TEXTS = [
    "قال: «مهمّتنا هي دعم شركائنا» في المنطقة",
    "",
    "\u064e\u0640 \u0640",  # words that folding empties
    "لا نسعى إلى الحرب، قال الوزير abc12",
    "😀ب\u0640ـ \ud800x مهمتهم\u200cدعم",  # beyond the plane, a lone surrogate, a joiner inside a word
    "قال قال قال",
]


def plain_columns(text: str) -> list:
    """What reading gives, from the definitions: every run of the word pattern, folded and stemmed."""
    out = []
    for m in stem._WORD_RE.finditer(text):
        folded = _single_spaced(_fold(m.group()))
        if folded:
            s = stem.stem(folded)
            out.append((s, folded in _FUNCTION, m.start(), m.end()))
    return out


def as_plain(c: Columns) -> list:
    return list(zip(c.stems, c.function.tolist(), c.starts, c.ends))


def same(a: Columns, b: Columns) -> bool:
    return all(np.array_equal(x, y) if isinstance(x, np.ndarray) else x == y for x, y in zip(a, b))


def test_texts_read_together_equal_each_read_alone():
    together = read_many(TEXTS)
    assert len(together) == len(TEXTS) and read_many([]) == []
    for text, c in zip(TEXTS, together):
        assert same(c, read_columns(text))
        assert as_plain(c) == plain_columns(text)
        assert c.bounds.tolist() == [x for s, e in zip(c.starts, c.ends) for x in (s, e)]


@pytest.fixture
def fresh_vocabulary(monkeypatch):
    monkeypatch.setattr(stem, "_VOCABULARY", stem._Vocabulary())
    monkeypatch.setattr(stem, "_TABLE", stem._FormTable())
    return monkeypatch


def test_forms_whose_hashes_collide_keep_their_own_rows(fresh_vocabulary):
    # Every word hashes alike: one table slot, every other form kept beside it.
    fresh_vocabulary.setattr(stem, "_form_hashes", lambda units, first, last, lengths: np.full(len(first), 7, dtype=np.uint64))
    for _ in range(2):
        for text in TEXTS:
            assert [as_plain(c) for c in read_many([text, text])] == [plain_columns(text)] * 2


def test_forms_found_further_along_the_table(fresh_vocabulary):
    # Hashes that share their first slot: each form is found by probing past the others.
    def clustered(units, first, last, lengths):
        h = np.asarray([hash(units[a:b].tobytes()) & 0xFFFF for a, b in zip(first, last)], dtype=np.uint64)
        return h | np.uint64(1)
    fresh_vocabulary.setattr(stem, "_form_hashes", clustered)
    for _ in range(2):
        together = read_many(TEXTS)
        for text, c in zip(TEXTS, together):
            assert as_plain(c) == plain_columns(text)


def test_the_vocabulary_starts_afresh_between_texts_only(fresh_vocabulary):
    fresh_vocabulary.setattr(stem, "_READS_MAX", 12)
    for _ in range(3):
        together = read_many(TEXTS)
        assert len(stem._TABLE) <= 12
        for text, c in zip(TEXTS, together):
            assert as_plain(c) == plain_columns(text)


def test_documents_prepared_together_equal_each_prepared_alone():
    docs = [(text, "عنوان الخبر", [("s1", "text", 0, len(text)), ("s2", "title", 0, 5)], [(0, 3)], None, [(4, 9)], [])
            for text in TEXTS]
    assert prepare_many(docs) == [prepare_parts(*d) for d in docs] == [prepare_many([d])[0] for d in docs]
    assert prepare_many([]) == []


def test_a_failure_while_adding_forms_leaves_no_half_made_rows(fresh_vocabulary):
    read_many(TEXTS[:2])

    def failing(word):
        raise ValueError("no stem")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(stem, "stem", failing)
        with pytest.raises(ValueError):
            read_many(["كلمة جديدة تماما", "وأخرى"])
    assert len(stem._TABLE) == 0  # forgotten, not half made
    texts = TEXTS + ["كلمة جديدة تماما", "وأخرى"]
    for text, c in zip(texts, read_many(texts)):
        assert as_plain(c) == plain_columns(text)
