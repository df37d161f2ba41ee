"""The search index step's per-document part: what an ingest worker prepares gives the same index
as the step building everything from the store (a resumed run, the API's POST, load-parquet)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from qawl.entities import resolve_documents
from qawl.search import ensure_index, index_documents, prepare_document, snippet, word_view
from qawl.store.db import connect
from qawl.store.write import save_batch

from .store_fixture import documents


def _indexed(conn: sqlite3.Connection) -> list[tuple]:
    """Every row of the three search indexes with its rowid (rowids order the ranking window)."""
    rows = [("s", *r) for r in conn.execute(
        "SELECT r.rowid, r.ref, r.doc_id, f.text, f.speaker FROM search_refs r"
        " JOIN search_statements_words f ON f.rowid = r.rowid ORDER BY r.rowid")]
    rows += [("d", *r) for r in conn.execute(
        "SELECT r.rowid, r.ref, r.doc_id, f.title, f.body FROM search_refs r"
        " JOIN search_documents_fts f ON f.rowid = r.rowid ORDER BY r.rowid")]
    rows += [("e", *r) for r in conn.execute("SELECT rowid, name FROM search_entities_fts ORDER BY rowid")]
    return rows


def _stored(path: Path) -> tuple[sqlite3.Connection, list[str]]:
    conn = connect(path)
    ids = save_batch(conn, [(d, "fixture") for d in documents()])
    resolve_documents(conn, ids)
    return conn, ids


def test_prepared_payloads_index_exactly_what_the_store_gives(tmp_path: Path) -> None:
    plain, ids = _stored(tmp_path / "plain.db")
    index_documents(plain, ids)
    fast, _ = _stored(tmp_path / "fast.db")
    index_documents(fast, ids, prepared={d.id: prepare_document(d) for d in documents()})
    assert _indexed(fast) == _indexed(plain)
    # the speaker column holds the speaker as written, then the entity's (folded) name
    speakers = {r[2]: r[5] for r in _indexed(fast) if r[0] == "s"}
    assert speakers["nahr-3:0"].startswith("كاغينز ")


def test_a_statement_deleted_after_analysis_is_not_indexed(tmp_path: Path) -> None:
    """The furniture step may delete statements after the workers prepared them."""
    conn, ids = _stored(tmp_path / "s.db")
    with conn:
        conn.execute("DELETE FROM statements WHERE id = 'sharq-1:1'")
    index_documents(conn, ids, prepared={d.id: prepare_document(d) for d in documents()})
    refs = {r[0] for r in conn.execute("SELECT ref FROM search_refs WHERE kind = 's'")}
    assert "sharq-1:0" in refs and "sharq-1:1" not in refs


def test_documents_without_payload_are_prepared_from_the_store(tmp_path: Path) -> None:
    plain, ids = _stored(tmp_path / "plain.db")
    index_documents(plain, ids)
    mixed, _ = _stored(tmp_path / "mixed.db")
    some = {d.id: prepare_document(d) for d in documents()[:2]}
    index_documents(mixed, ids, prepared=some)
    assert _indexed(mixed) == _indexed(plain)


def test_reindexing_replaces_the_old_rows(tmp_path: Path) -> None:
    conn, ids = _stored(tmp_path / "r.db")
    index_documents(conn, ids)
    first = _indexed(conn)
    index_documents(conn, ids, prepared={d.id: prepare_document(d) for d in documents()})
    again = _indexed(conn)
    assert len(again) == len(first)
    assert [r[2:] for r in again if r[0] != "e"] == [r[2:] for r in first if r[0] != "e"]


def _refs(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    return sorted((r[0], r[1], r[2]) for r in conn.execute("SELECT kind, ref, doc_id FROM search_refs"))


def _reindex_one_shortened(conn: sqlite3.Connection, ids: list[str]) -> str:
    """Index every document, then drop a statement of one in the middle and index that one again."""
    index_documents(conn, ids)
    middle = ids[len(ids) // 2]
    with conn:
        conn.execute("DELETE FROM statements WHERE id = (SELECT MIN(id) FROM statements WHERE doc_id = ?)", (middle,))
    index_documents(conn, [middle])
    return middle


def _expected_refs(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    return sorted([("d", d, d) for (d,) in conn.execute("SELECT id FROM documents")]
                  + [("s", s, d) for s, d in conn.execute("SELECT id, doc_id FROM statements")])


def test_reindexing_one_document_replaces_its_rows_only(tmp_path: Path) -> None:
    """A new store indexes only each document's own row by doc_id; its statements' rows follow it."""
    conn, ids = _stored(tmp_path / "one.db")
    _reindex_one_shortened(conn, ids)
    assert _refs(conn) == _expected_refs(conn)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'search_refs'")}
    assert "search_refs_doc" not in names and "search_refs_document" in names


def test_an_older_store_with_every_row_indexed_by_doc_id_is_reindexed_alike(tmp_path: Path) -> None:
    conn, ids = _stored(tmp_path / "old.db")
    with conn:
        conn.execute("CREATE TABLE search_refs (rowid INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref TEXT NOT NULL,"
                     " doc_id TEXT NOT NULL, UNIQUE (kind, ref))")
        conn.execute("CREATE INDEX search_refs_doc ON search_refs(doc_id)")
    _reindex_one_shortened(conn, ids)
    assert _refs(conn) == _expected_refs(conn)
    assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_refs_document'").fetchone() is None


def test_ensure_index_indexes_only_the_documents_the_index_lacks(tmp_path: Path) -> None:
    conn, ids = _stored(tmp_path / "lack.db")
    index_documents(conn, ids[1:])
    assert ensure_index(conn) == 1
    assert _refs(conn) == _expected_refs(conn)
    assert ensure_index(conn) == 0


def test_word_view_drops_punctuation_glued_to_words() -> None:
    assert word_view("قال: «والحكومة»، ثم") == "قال والحكومه الحكومه حكومه ثم"
    assert word_view("«» — ،") == ""


def test_word_view_folds_other_scripts_capitals_in_long_texts() -> None:
    assert word_view("Éric ΑΘΗΝΑ، والحكومة " * 10).split()[:6] == ["eric", "αθηνα", "والحكومه", "الحكومه", "حكومه", "eric"]


def test_word_views_are_the_same_when_the_memory_of_words_turns(monkeypatch) -> None:
    import qawl.search as fts

    texts = ["قال: «والحكومة»، ثم", "وقال الوزيرُ للحكومة", "بالاستثمار والحكومة", "ثم قال الوزير"]
    expected = [word_view(t) for t in texts]
    monkeypatch.setattr(fts, "_EXPANDED", {})
    monkeypatch.setattr(fts, "_EXPANDED_BEFORE", {})
    monkeypatch.setattr(fts, "_EXPANDED_MAX", 4)   # a turn on nearly every text
    assert [word_view(t) for t in texts + texts] == expected + expected


def test_a_long_article_gets_the_snippet_of_its_first_hit_far_down() -> None:
    filler = "وتناول الاجتماع ملفات الطاقة والمياه والنقل في المحافظات. " * 200   # ~12,000 characters
    text = filler + "وأكّد الوزيرُ كیغینز أن الخطة ستبدأ قريبا. " + filler[:500] + "ثم عاد كيغينز إلى العاصمة."
    pieces = snippet(text, ["كيغينز"])
    assert [p["text"] for p in pieces if p["mark"]] == ["كیغینز"]
    assert pieces[0]["text"] == "… " and pieces[-1]["text"] == " …"
    whole = "".join(p["text"] for p in pieces)
    assert "وأكّد الوزيرُ كیغینز أن الخطة ستبدأ قريبا" in whole


def test_article_search_beside_statement_search_answers_as_alone(store: str, monkeypatch) -> None:
    import qawl.search as fts

    conn = connect(store, readonly=True)
    beside = fts.search(conn, "كيغينز الوقود")
    monkeypatch.setattr(fts, "_file_of", lambda c: "")  # no file: everything on the caller's connection
    alone = fts.search(conn, "كيغينز الوقود")
    conn.close()
    assert beside == alone and beside["documents"]


def test_rank_window_counts_the_matches_it_ranks(store: str, monkeypatch) -> None:
    import qawl.search as fts
    from qawl.api.reads import StatementFilter, list_statements

    conn = connect(store, readonly=True)
    table = "search_statements_words"
    assert fts.rank_window(conn, table, '"وقود"') == (0, 2)       # sharq-1:0 and ghad-7:0: all ranked
    monkeypatch.setattr(fts, "RANK_WINDOW", 1)
    newest = conn.execute(f"SELECT MAX(rowid) FROM {table} WHERE {table} MATCH '\"وقود\"'").fetchone()[0]
    assert fts.rank_window(conn, table, '"وقود"') == (newest, 1)
    items, total = list_statements(conn, StatementFilter(q="وقود"), 20, 0)
    conn.close()
    assert total == 1 and len(items) == 1


def test_a_store_replaced_at_the_same_path_is_searched_afresh(tmp_path: Path) -> None:
    import qawl.search as fts

    from .store_fixture import build_store

    path = tmp_path / "replaced.db"
    build_store(path)
    conn = connect(path, readonly=True)
    assert [d["id"] for d in fts.search(conn, "استثمار")["documents"]] == ["sharq-2"]
    conn.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    fresh = connect(path)
    ids = save_batch(fresh, [(documents()[0], "fixture")])   # sharq-1 only: no استثمار
    index_documents(fresh, ids)
    fresh.close()
    conn = connect(path, readonly=True)
    assert fts.search(conn, "استثمار")["documents"] == []
    conn.close()


def test_entity_names_follow_the_entities_table(tmp_path: Path) -> None:
    """A renamed entity's name is indexed anew, a new one added, one no longer stored dropped, and an
    unchanged one left as it is."""
    conn, ids = _stored(tmp_path / "e.db")
    index_documents(conn, ids)
    names = dict(conn.execute("SELECT rowid, name FROM search_entities_fts"))
    renamed, gone = sorted(names)[:2]
    conn.execute("PRAGMA foreign_keys = OFF")   # as the bulk writer runs
    with conn:
        conn.execute("UPDATE entities SET name = 'زيد عمرو', key = 'زيد عمرو' WHERE id = ?", (renamed,))
        conn.execute("DELETE FROM entities WHERE id = ?", (gone,))
        conn.execute("DELETE FROM search_entities_fts WHERE rowid = ?", (sorted(names)[2],))
    index_documents(conn, ids)
    now = dict(conn.execute("SELECT rowid, name FROM search_entities_fts"))
    expected = {eid: name for eid, name in names.items() if eid != gone} | {renamed: "زيد عمرو"}
    assert now == expected
    assert [r[0] for r in conn.execute(
        "SELECT rowid FROM search_entities_fts WHERE search_entities_fts MATCH '\"عمرو\"'")] == [renamed]


def test_accented_and_capital_latin_letters_are_found_folded_as_before(tmp_path: Path) -> None:
    """New stores use FTS5's ascii tokenizer on the word views; the views fold what unicode61 folded."""
    from qawl.doc import Document
    from qawl.pipeline import analyze
    from qawl.search import parse_query, search_documents

    doc = analyze(Document(id="lat-1", text="وصل وزير الخارجية خوسيه Pérez إلى الجزائر، وزار مدرسة ÉCOLE الفرنسية."))
    conn = connect(tmp_path / "l.db")
    ids = save_batch(conn, [(doc, "fixture")])
    index_documents(conn, ids, prepared={doc.id: prepare_document(doc)})
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search_documents_fts'").fetchone()[0]
    assert "'ascii'" in sql
    for query in ("perez", "Pérez", "PÉREZ", "ecole", "École"):
        assert [d["id"] for d in search_documents(conn, parse_query(conn, query))] == ["lat-1"], query
    assert "perez" in word_view("Pérez").split()
