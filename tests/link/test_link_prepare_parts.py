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
