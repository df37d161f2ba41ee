"""Statements on the word index (session 3): clitic forms and prefixes instead of trigrams, the
move of an older store's trigram index, name widening sieved of common words, one-pass lists."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import qawl.search as fts
from qawl.api.reads import SharedEntityInfo, StatementFilter, list_statements, warm_speakers
from qawl.search import ensure_index, name_variants, parse_query, search
from qawl.store.db import connect

from .store_fixture import build_store, entity_id


@pytest.fixture()
def conn(store: str) -> sqlite3.Connection:
    c = connect(store, readonly=True)
    yield c
    c.close()


def statement_ids(conn: sqlite3.Connection, q: str) -> list[str]:
    return sorted(s["id"] for s in search(conn, q)["statements"])


def test_a_word_after_li_and_the_article_is_found_in_statements(conn: sqlite3.Connection) -> None:
    # "للطاقة" (li + al + taqa) does not contain "الطاقة" letter for letter: trigrams missed it
    assert statement_ids(conn, "الطاقة") == ["nahr-3:0"]


def test_statement_words_match_as_prefixes_from_three_letters(conn: sqlite3.Connection) -> None:
    assert statement_ids(conn, "حال") == ["ghad-7:0"]        # الحالي: حالي without the article
    assert statement_ids(conn, "جديد") == ["nahr-3:0"]       # جديدةً
    # a piece inside a word is no longer a match (trigrams found طلق inside سنُطلق)
    assert statement_ids(conn, "طلق") == []


def test_an_article_with_a_two_letter_stem_is_a_whole_word(conn: sqlite3.Connection) -> None:
    q = parse_query(conn, "الآن الرئيس")
    # الان* would match every word of الانتخابات, الانسحاب …
    assert q.statements_match() == '"الان" AND "الرءيس"*'
    assert q.documents_match() == '"الان" AND "الرءيس"*'


def test_a_common_word_is_widened_only_when_it_is_a_persons_surname(
        conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    assert name_variants(conn, "كيغينز") == ["كيغينز", "كاغينز"]
    monkeypatch.setattr(fts, "COMMON_WORD", 10)
    counts = {"كيغينز": 50, "كاغينز": 5, "كوغينز": 50}   # the most quoted names are in thousands of statements
    monkeypatch.setattr(fts, "_statement_count", lambda conn, word: counts.get(word, 0))
    # كيغينز is the surname of the person (جون كيغينز): widened however common, to the rarer كاغينز
    assert name_variants(conn, "كيغينز") == ["كيغينز", "كاغينز"]
    # كوغينز sounds like him but is nobody's surname: a common word, searched as written
    assert name_variants(conn, "كوغينز") == ["كوغينز"]
    # a common spelling that is no name of his is not searched for him
    counts["كاغينز"] = 50
    assert name_variants(conn, "كيغينز") == ["كيغينز"]


def test_sieve_drops_clitic_glued_and_common_sound_alikes(conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fts, "COMMON_WORD", 1)   # كاغينز (in one statement) counts as a common word
    # و + a common word is that word with a conjunction, which the index finds anyway
    assert fts._sieve(conn, ["كيغينز", "وكاغينز"], person_spellings=set()) == ["كيغينز"]
    # a common sound-alike is kept only when it is a spelling of a matching person
    assert fts._sieve(conn, ["كيغينز", "كاغينز"], person_spellings={"سلمى", "الراشد"}) == ["كيغينز"]
    assert fts._sieve(conn, ["كيغينز", "كاغينز"], person_spellings={"جون", "كاغينز"}) == ["كيغينز", "كاغينز"]


def test_statement_list_with_q_alone_ranks_as_search_does(conn: sqlite3.Connection) -> None:
    items, total = list_statements(conn, StatementFilter(q="الحكومة"), 20, 0)
    ranked = [s["id"] for s in search(conn, "الحكومة")["statements"]]
    assert [s["id"] for s in items] == ranked and total == len(ranked) == 2
    # past the last page: no rows, still the number of matches ranked
    assert list_statements(conn, StatementFilter(q="الحكومة"), 20, 40) == ([], 2)


def _index_rows(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute(f"SELECT rowid, text, speaker FROM {fts.STATEMENTS_TABLE} ORDER BY rowid").fetchall()


def test_an_older_store_moves_its_statements_to_the_word_index_when_opened(tmp_path: Path) -> None:
    build_store(tmp_path / "new.db")
    fresh = connect(tmp_path / "new.db")
    expected = _index_rows(fresh)
    build_store(tmp_path / "old.db")
    old = connect(tmp_path / "old.db")
    with old:  # the session-2 layout: statements on a trigram index, no word index
        old.execute(f"DROP TABLE {fts.STATEMENTS_TABLE}")
        old.execute(f"CREATE VIRTUAL TABLE {fts.OLD_STATEMENTS_TABLE} USING fts5(text, speaker, tokenize = 'trigram')")
        old.execute(f"INSERT INTO {fts.OLD_STATEMENTS_TABLE}(rowid, text, speaker)"
                    " SELECT r.rowid, s.text, '' FROM search_refs r JOIN statements s ON s.id = r.ref")
    ensure_index(old)   # what `qawl serve` runs at start-up
    assert not fts._has_table(old, fts.OLD_STATEMENTS_TABLE)
    assert _index_rows(old) == expected and expected
    assert search(old, "كاغينز") == search(fresh, "كاغينز")
    old.close()
    fresh.close()


def test_warmed_speakers_are_not_read_again(store: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from qawl.store.read import EntityInfo

    conn = connect(store, readonly=True)
    warm_speakers(conn)
    reads: list[int] = []
    monkeypatch.setattr(EntityInfo, "_variants", lambda self, eid: reads.append(eid) or [])
    eid = entity_id(store, "جون كيغينز")
    assert SharedEntityInfo(conn).variants(eid)[0]["text"]   # from the memo, not the stub
    assert reads == []
    conn.close()


def test_statement_list_with_q_and_filters_ranks_the_newest_filtered_matches(
        conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fts, "RANK_WINDOW", 1)
    items, total = list_statements(conn, StatementFilter(q="الحكومة", kind="direct"), 20, 0)
    # both direct quotes match; only the later-indexed one (ghad-7) is in a window of one, the total counts both
    assert [s["id"] for s in items] == ["ghad-7:0"] and total == 2


def test_figures_computed_in_a_child_process_equal_those_of_a_thread(store: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from qawl.api import reads
    from qawl.claims.disagree import figure_disagreements

    in_child = reads._figures_in_child(store)
    assert in_child == reads.plain(reads._with_conn(store, figure_disagreements))
    assert isinstance(in_child, list)


def test_read_pool_keeps_connections_per_file_identity(tmp_path: Path) -> None:
    from qawl.api.deps import ReadPool

    path = str(tmp_path / "p.db")
    build_store(path)
    pool = ReadPool(keep=1)
    key, first = pool.take(path)
    pool.give(key, first)
    assert pool.take(path)[1] is first                  # kept between requests
    key2, busy = pool.take(path)
    busy.execute("BEGIN")                                 # a connection left in a transaction
    pool.give(key2, busy)
    assert pool.take(path)[1] is not busy
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    build_store(path)                                     # another store at the same path
    assert pool.take(path)[0] != key


def test_only_a_surname_that_is_no_title_is_widened_when_common() -> None:
    assert fts._is_surname("كيغينز", ["سلمى الراشد", "جون كيغينز"])
    assert not fts._is_surname("جون", ["جون كيغينز"])
    # a mis-read "name" that is a title: وزير stays a common word, searched as written
    assert not fts._is_surname("وزير", ["نائب وزير"])
