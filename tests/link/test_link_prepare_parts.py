"""The link payload's pieces made the fast way equal the plain definitions they replace."""
import numpy as np

from qawl.link.prepare import short_lines
from qawl.link.shingles import anchor_hashes_of
from qawl.text.normalize import _fold


def plain_short_lines(text, max_words=14):
    out, pos = [], 0
    for raw, folded in zip(text.split("\n"), _fold(text).split("\n")):
        words = folded.split()
        if words and len(words) <= max_words:
            out.append((pos, pos + len(raw), " ".join(words)))
        pos += len(raw) + 1
    return out


def test_short_lines_fold_only_lines_that_can_be_short():
    long_line = " ".join(["كلمة"] * 16)
    marks_as_words = " ".join(["كلمة"] * 12 + ["\u0640", "\u200f", "\u064e\u0640"])  # 15 words, 12 once folded
    fourteen, fifteen = " ".join(["خبر"] * 14) + "  ", "  " + " ".join(["خبر"] * 15) + " "
    text = "\n".join(["عنوان قصير", long_line, "", marks_as_words, "أخبار\u00a0اليوم  ", "\u0640", fourteen, fifteen])
    assert short_lines(text) == plain_short_lines(text)
    assert [k for _, _, k in short_lines(text)] == ["عنوان قصير", " ".join(["كلمه"] * 12), "اخبار اليوم", " ".join(["خبر"] * 14)]


def test_short_lines_read_off_the_normalized_view_alike():
    from qawl.text.normalize import normalize
    marks = "\n".join(["عنوانٌ قصير", " ".join(["كلمة"] * 12 + ["\u0640", "\u064e\u0640"]), "أخبار اليوم", "D"])
    plain = "\n".join(["عنوان قصير", " ".join(["كلمة"] * 16), "اخبار اليوم", "D"])
    for text in (marks, plain):
        assert short_lines(text, normalize(text)) == short_lines(text) == plain_short_lines(text)


def test_anchor_hashes_are_sorted_and_distinct():
    ids = np.array([5, 7, 5, 7, 5, 7, 9, 1], dtype=np.uint64)
    h = anchor_hashes_of(ids, 3)
    with np.errstate(over="ignore"):
        mult = np.uint64(0x9E3779B97F4A7C15)
        plain = np.unique(((ids[:-2] * mult) ^ ids[1:-1]) * mult ^ ids[2:])
    assert h.dtype == np.uint64 and h.tolist() == plain.tolist()
    assert anchor_hashes_of(ids[:2], 3).tolist() == []


def test_one_letter_line_keys_pickle_as_the_whole_text_fold_made_them():
    # Substrings of one Latin-1 character are Python's shared strings; pickle then refers back to
    # the first one, and a payload's bytes depend on it.
    text = "سطر أول\nD\nسطر ثان\nD"
    keys = [k for _, _, k in short_lines(text)]
    plain = [k for _, _, k in plain_short_lines(text)]
    assert keys == plain and keys[1] is keys[3] and plain[1] is plain[3]


def test_the_word_table_takes_exactly_the_characters_of_the_word_pattern():
    from qawl.link.stem import _WORD_CHARACTERS, _WORD_RE
    every = "".join(map(chr, range(0x110000)))
    taken = np.zeros(0x110000, dtype=bool)
    for m in _WORD_RE.finditer(every):
        taken[m.start() : m.end()] = True
    assert not taken[0x10000:].any()  # beyond the plane, read as U+FFFF (not a word character)
    assert (taken[:0x10000] == _WORD_CHARACTERS).all()


def test_a_word_character_folds_to_no_space_and_nothing_unprintable():
    # so the key of a word form is its fold alone (``stem._forms_facts``)
    from qawl.link.stem import _WORD_CHARACTERS
    folds = _fold("".join(map(chr, _WORD_CHARACTERS.nonzero()[0].tolist())))
    assert folds.isprintable() and " " not in folds


def test_word_bounds_are_the_runs_of_the_word_pattern():
    from qawl.link.stem import _WORD_RE, word_bounds
    text = "قال: «مهمّتنا هي\u200cدعم» abc12 \ud800x 😀ب\u0640ـ\n"
    plain = [x for m in _WORD_RE.finditer(text) for x in m.span()]
    assert word_bounds(text).tolist() == plain
    assert [word_bounds(t).tolist() for t in ("", "،", "ب")] == [[], [], [0, 1]]


def test_code_points_read_within_the_plane_or_beyond_alike():
    from qawl.link.stem import code_points
    within = "قال: «مهمّتنا»\u200c abc12 \ud800x\uffff"  # a lone surrogate is one UTF-16 unit too
    beyond = within + "😀ب"
    for text in (within, beyond):
        assert code_points(text).tolist() == [min(ord(ch), 0xFFFF) for ch in text]


def test_statement_flags_leave_out_only_the_stock_phrases_wholly_inside_it():
    from qawl.link.prepare import prepare_parts
    from qawl.link.shingles import analyse
    text = "قال إن الهزيمة الدائمة لداعش قريبة جدا في المنطقة كلها"
    cut = text.index("لداعش")  # a statement that begins inside the phrase: its words are informative
    parts = [("a", "text", 0, len(text)), ("b", "text", cut, len(text)), ("c", "text", 0, cut)]
    p = prepare_parts(text, None, parts, [])
    for sid, _, start, end in parts:
        alone = analyse(text[start:end])
        assert p.statements[sid].info == "".join("1" if x else "0" for x in alone.info)

