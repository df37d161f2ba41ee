"""Tokens of the matching view and the word-level shortcuts the scanners rely on."""
from __future__ import annotations

from qawl import lexicon as lx
from qawl.text.normalize import key
from qawl.text.tokens import bare_forms, clitic_forms, clitic_forms_present, tokenize


def test_tokens_and_offsets_with_and_without_underscores():
    text = "قال الوزير: «سنبدأ_غداً» في 3 مدن."
    toks = tokenize(text)
    assert toks.forms == ["قال", "الوزير", ":", "«", "سنبدا", "غدا", "»", "في", "3", "مدن", "."]
    assert [text[slice(*toks.orig(i, i + 1))] for i in (1, 4, 5)] == ["الوزير", "سنبدأ", "غداً"]
    plain = tokenize("وقال المتحدث باسم الجيش")
    assert plain.forms == ["وقال", "المتحدث", "باسم", "الجيش"]
    assert (plain.starts, plain.ends) == ([0, 5, 13, 18], [4, 12, 17, 23])


def test_clitic_forms_are_exactly_the_words_whose_bare_forms_meet_the_table():
    table = frozenset({key("الوزير"), key("وزارة"), key("قال"), key("ما")})
    words = ["الوزير", "والوزير", "بالوزير", "للوزير", "وللوزير", "كالوزير", "فبالوزير", "لوزير",
             "وزاره", "ووزاره", "بوزاره", "لوزاره", "فلوزاره", "قال", "وقال", "فقال", "بقال",
             "ما", "وما", "بما", "الوزراء", "لالوزير", "وزير"]
    forms = clitic_forms(table)
    for w in words:
        assert (w in forms) == (not table.isdisjoint(bare_forms(w))), w


def test_clitic_forms_present_are_the_present_clitic_forms():
    words = {"الوزير", "والوزير", "بالوزير", "للوزير", "لالوزير", "وزير", "ووزير", "بوزير", "فلوزير", "ولد", "لد"}
    for word in ("الوزير", "وزير", "لد", "منصور"):
        assert clitic_forms_present(word, words) == words & clitic_forms((word,)), word


def test_positions_lists_every_token_a_table_can_start_at():
    toks = tokenize("وقال الرئيس إن وزارة الصحة أعلنت، بينما أكد مسؤول في الوزارة أن الرئيس غادر.")
    expected = [i for i in range(toks.n) if not lx.MENTION_STARTS.isdisjoint(bare_forms(toks.forms[i]))]
    assert expected  # الرئيس, وزارة, …
    assert toks.positions("mention_starts", lx.MENTION_STARTS) == expected


def test_both_token_patterns_split_text_without_underscores_alike():
    from qawl.text.tokens import _TOKEN_SPLIT, _TOKEN_SPLIT_FAST

    text = "قال (أ.ف.ب) إن 3,5% من «الناس» - 12 ألفاً - رحلوا!؟ … e-mail: a@b.c\n\twww.x.org  ٢٠١٥"
    assert _TOKEN_SPLIT_FAST.split(text) == _TOKEN_SPLIT.split(text)


def test_positions_of_tables_asked_for_after_the_first_scan():
    toks = tokenize("وقال الرئيس إن وزارة الصحة أعلنت ما لديها، بينما أكد مسؤول أن الرئيس غادر.")
    first = toks.positions("mention_starts", lx.MENTION_STARTS)
    late = frozenset({key("أعلنت"), key("غادر")})  # a table this process has never been asked for
    assert toks.positions("test_late_table", late) == [5, 14]
    assert toks.positions("mention_starts", lx.MENTION_STARTS) == first
