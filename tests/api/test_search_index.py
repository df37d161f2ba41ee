"""The search module on its own: clitic forms, safe queries, name spellings, snippets on the original."""
from __future__ import annotations

import sqlite3

import pytest

from qawl.search import clitic_forms, hits, parse_query, search, word_view
from qawl.store.db import connect


@pytest.fixture()
def conn(store: str) -> sqlite3.Connection:
    c = connect(store, readonly=True)
    yield c
    c.close()


def marked(pieces: list[dict]) -> list[str]:
    return [p["text"] for p in pieces if p["mark"]]


def test_clitic_forms_strip_conjunction_preposition_and_article() -> None:
    assert clitic_forms("والرييس") == ["الرييس", "رييس"]   # wa + al + ra'is (normalized hamza)
    assert clitic_forms("بالاستثمار") == ["الاستثمار", "استثمار"]
    assert clitic_forms("للحكومه") == ["الحكومه", "حكومه"]   # li + al with the alef dropped
    assert clitic_forms("ولد") == []                           # too short to be wa + لد


def test_word_view_is_normalized_and_adds_forms() -> None:
    assert word_view("وقال الوزيرُ") == "وقال قال الوزير وزير"


@pytest.mark.parametrize("raw", ['"', '*', 'NEAR(', '-', '((', 'a"b', 'x) OR (y', 'كيغينز"*', '^', ':'])
def test_fts_syntax_from_users_is_taken_literally(conn: sqlite3.Connection, raw: str) -> None:
    result = search(conn, raw)          # must not raise sqlite3.OperationalError
    assert isinstance(result["statements"], list)


def test_query_terms_are_normalized_words(conn: sqlite3.Connection) -> None:
    q = parse_query(conn, 'NEAR("وزيرُ الطاقة" -x*')
    assert [g[0] for g in q.terms] == ["near", "وزير", "الطاقه", "x"]
    assert q.documents_match() == '"near"* AND "وزير"* AND "الطاقه"* AND "x"'


def test_name_term_widens_to_stored_spellings(conn: sqlite3.Connection) -> None:
    q = parse_query(conn, "كيغينز")
    # the Persian spelling folds to the same key; كاغينز comes from the mentions of the same entity
    assert sorted(q.terms[0]) == ["كاغينز", "كيغينز"]


def test_any_spelling_finds_all_three_outlets(conn: sqlite3.Connection) -> None:
    for spelling in ("كيغينز", "كیغینز", "كاغينز"):
        docs = search(conn, spelling)["documents"]
        assert {d["id"] for d in docs} == {"sharq-1", "ghad-7", "nahr-3"}, spelling


def test_snippet_marks_the_original_spelling(conn: sqlite3.Connection) -> None:
    docs = {d["id"]: d for d in search(conn, "كيغينز")["documents"]}
    assert marked(docs["ghad-7"]["snippet"]) == ["كیغینز"]      # Persian yeh as written
    assert marked(docs["nahr-3"]["snippet"]) == ["كاغينز"]


def test_diacritics_are_ignored_and_kept_in_the_mark(conn: sqlite3.Connection) -> None:
    st = search(conn, "سنطلق خطه")["statements"]
    assert [s["id"] for s in st] == ["nahr-3:0"]
    assert marked(st[0]["snippet"]) == ["سنُطلق", "خطةً"]


def test_article_word_found_inside_clitic_word(conn: sqlite3.Connection) -> None:
    docs = search(conn, "استثمار")["documents"]
    assert [d["id"] for d in docs] == ["sharq-2"]
    assert marked(docs[0]["snippet"]) == ["استثمار"]


def test_statement_word_found_inside_clitic_word(conn: sqlite3.Connection) -> None:
    # "وقود" sits inside "الوقود": the word index holds الوقود with its form without the article
    ids = {s["id"] for s in search(conn, "وقود")["statements"]}
    assert ids == {"sharq-1:0", "ghad-7:0"}


def test_hits_map_back_through_dropped_characters() -> None:
    text = "قالَ الوزيـــرُ"
    (a, b), = hits(text, ["الوزير"])
    assert text[a:b] == "الوزيـــرُ"


def test_speakers_found_by_any_spelling(conn: sqlite3.Connection) -> None:
    for spelling in ("كاغينز", "جون كیغینز"):
        assert [s["name"] for s in search(conn, spelling)["speakers"]] == ["جون كيغينز"]


def test_common_words_rank_the_newest_matches_only(conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    import qawl.search as fts

    monkeypatch.setattr(fts, "RANK_WINDOW", 1)
    # "الحكومة" is in two statements; with a window of one only the later-indexed (ghad-7) is ranked
    assert [s["id"] for s in search(conn, "الحكومة")["statements"]] == ["ghad-7:0"]
    monkeypatch.setattr(fts, "RANK_WINDOW", 1000)
    assert {s["id"] for s in search(conn, "الحكومة")["statements"]} == {"sharq-1:0", "ghad-7:0"}


def test_speakers_found_by_any_word_of_the_name(conn: sqlite3.Connection) -> None:
    from qawl.search import search_speakers

    assert [s["name"] for s in search_speakers(conn, "جون")] == ["جون كيغينز"]
    assert [s["name"] for s in search_speakers(conn, "الشركه الوطنيه")] == ["الشركة الوطنية للنفط"]
    assert search_speakers(conn, "جون الراشد") == []     # every word must fit one name
