"""The search index's own file: written on a thread beside the ingest's writer, committed just before
the store, made to match the store again after a kill, and left in the main file of older stores."""
from __future__ import annotations

import os
import shutil
import sqlite3

import pytest
from scale_support import export_all, search_rows, write_corpus

import qawl.search as fts
from qawl.ingest_run import run_ingest
from qawl.store.db import connect, init_schema, search_path, store_files


def test_the_index_has_a_file_of_its_own_and_finds_what_was_ingested(tmp_path):
    db = str(tmp_path / "own.db")
    run_ingest([str(write_corpus(tmp_path / "a.jsonl.gz", 12))], db=db, workers=0, progress=False)
    assert os.path.exists(search_path(db))
    main = sqlite3.connect(db)
    assert main.execute("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'search_refs%'").fetchone()[0] == 0
    main.close()
    assert len(search_rows(db)["search_refs"]) == 3 * 12  # each article and its two statements
    conn = connect(db, readonly=True)
    # Article 0 says «… ستفتتح مدرسة جديدة في بلدة الريحان»
    found = fts.search(conn, "الريحان")
    conn.close()
    assert "toy-00000" in {s["doc_id"] for s in found["statements"]}


def _indexed_documents(db: str) -> set[str]:
    return {doc_id for *_, doc_id in search_rows(db)["search_refs"]}


def _index_ahead_of_the_store(tmp_path, monkeypatch) -> str:
    """A store whose search file holds a batch its database file does not: what a kill between the
    index's commit and the store's leaves (first 8 articles stored; the index also has articles 8-9)."""
    monkeypatch.setenv("QAWL_BATCH_SIZE", "8")
    db = str(tmp_path / "ahead.db")
    run_ingest([str(write_corpus(tmp_path / "first.jsonl.gz", 8))], db=db, workers=0, progress=False)
    saved = tmp_path / "saved"
    saved.mkdir()
    for name in store_files(db)[:3]:  # the database file and its WAL, as committed before the last batch
        if os.path.exists(name):
            shutil.copy(name, saved / os.path.basename(name))
    run_ingest([str(write_corpus(tmp_path / "all.jsonl.gz", 10))], db=db, workers=0, progress=False)
    for name in store_files(db)[:3]:
        os.remove(name) if os.path.exists(name) else None
        if (saved / os.path.basename(name)).exists():
            shutil.copy(saved / os.path.basename(name), name)
    return db


def test_rows_the_store_lacks_are_dropped_when_the_next_run_starts(tmp_path, monkeypatch):
    db = _index_ahead_of_the_store(tmp_path, monkeypatch)
    assert _indexed_documents(db) >= {"toy-00008", "toy-00009"}
    run_ingest([str(tmp_path / "first.jsonl.gz")], db=db, workers=0, progress=False)  # nothing new to store
    assert _indexed_documents(db) == {f"toy-{i:05d}" for i in range(8)}


def test_a_run_after_a_kill_between_the_two_commits_gives_the_uninterrupted_index(tmp_path, monkeypatch):
    db = _index_ahead_of_the_store(tmp_path, monkeypatch)
    run_ingest([str(tmp_path / "all.jsonl.gz")], db=db, workers=0, progress=False)
    whole = str(tmp_path / "whole.db")
    run_ingest([str(tmp_path / "all.jsonl.gz")], db=whole, workers=0, progress=False)
    assert search_rows(db) == search_rows(whole)
    assert export_all(db) == export_all(whole)


def test_a_failure_on_the_index_thread_fails_the_run_and_commits_nothing(tmp_path, monkeypatch):
    def broken(conn, rows):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(fts, "write_index", broken)
    db = str(tmp_path / "broken.db")
    with pytest.raises(RuntimeError, match="writing the search index failed: disk I/O error"):
        run_ingest([str(write_corpus(tmp_path / "a.jsonl.gz", 5))], db=db, workers=0, progress=False)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0
    conn.close()


def test_a_store_with_its_index_in_the_main_file_keeps_it_there(tmp_path):
    db = str(tmp_path / "older.db")
    older = sqlite3.connect(db)  # as stores made before the index had a file of its own
    init_schema(older)
    older.executescript(fts.SCHEMA.format(s="main"))
    older.close()
    run_ingest([str(write_corpus(tmp_path / "a.jsonl.gz", 6))], db=db, workers=0, progress=False)
    assert not os.path.exists(search_path(db))
    main = sqlite3.connect(db)
    assert main.execute("SELECT COUNT(*) FROM search_refs").fetchone()[0] == 3 * 6
    main.close()


def test_a_search_file_left_by_a_deleted_store_is_not_taken_for_the_new_ones(tmp_path):
    db = str(tmp_path / "again.db")
    run_ingest([str(write_corpus(tmp_path / "a.jsonl.gz", 4))], db=db, workers=0, progress=False)
    for name in store_files(db)[:3]:
        if os.path.exists(name):
            os.remove(name)
    run_ingest([str(write_corpus(tmp_path / "b.jsonl.gz", 2, start=4))], db=db, workers=0, progress=False)
    assert _indexed_documents(db) == {"toy-00004", "toy-00005"}


def test_each_commit_of_the_index_is_copied_into_its_file_on_the_thread(tmp_path):
    """The thread checkpoints the index's WAL after each commit, once the writer is told the commit
    is done (an automatic checkpoint would run inside the commit the writer waits for)."""
    from qawl.ingest_run import SearchIndexWriter

    index = tmp_path / "alone.db-search"
    made = sqlite3.connect(index)
    made.execute("PRAGMA journal_mode = WAL")
    made.executescript(fts.SCHEMA.format(s="main"))
    made.close()
    writer = SearchIndexWriter(str(index))
    writer.add(fts.IndexRows(["d1"], [("d1", "وزير المالية", "قال وزير المالية إن العجز تراجع", [])], []))
    writer.commit()
    writer.commit()  # returns after the first commit's checkpoint, which the queue put before it
    copy = tmp_path / "copy"
    shutil.copyfile(index, copy)  # the file without its WAL: what checkpoints copied
    alone = sqlite3.connect(copy)
    assert alone.execute("SELECT doc_id FROM search_refs").fetchall() == [("d1",)]
    alone.close()
    writer.close()
