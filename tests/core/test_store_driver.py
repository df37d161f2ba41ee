"""The store's SQLite driver: the pinned recent SQLite is the one qawl opens stores with, and its
files stay readable by Python's own sqlite3 (and the reverse)."""
import sqlite3 as stdlib_sqlite3

from qawl.ingest_run import run_ingest
from qawl.search import parse_query, search_statements
from qawl.store.db import connect
from qawl.store.driver import sqlite3

ARTICLE = ("وقال وزير النقل، المهندس سامي الخطيب، في مؤتمر صحفي: «سنفتح الطريق الساحلي أمام الشاحنات"
           " الأسبوع المقبل بعد انتهاء أعمال الصيانة».\n")


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def test_stores_open_with_the_pinned_sqlite(tmp_path):
    conn = connect(tmp_path / "q.db")
    assert isinstance(conn, sqlite3.Connection)
    # pysqlite3-binary 0.5.4.post2 bundles SQLite 3.51.1; Debian 12's own is 3.40.1
    assert _version(conn.execute("SELECT sqlite_version()").fetchone()[0]) >= (3, 51, 1)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_store_made_by_qawl_reads_with_the_standard_library(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "q.db"
    run_ingest([str(src)], db=str(db))
    plain = stdlib_sqlite3.connect(db)
    text, speaker = plain.execute("SELECT text, speaker_text FROM statements").fetchone()
    assert "سنفتح الطريق الساحلي" in text and "سامي الخطيب" in speaker
    # its FTS5 index answers through the other library too
    assert plain.execute("SELECT COUNT(*) FROM search_statements_words WHERE search_statements_words MATCH 'الساحلي'"
                         ).fetchone()[0] == 1
    plain.close()


def test_a_store_written_by_the_standard_library_is_searched_by_qawl(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "q.db"
    run_ingest([str(src)], db=str(db))
    plain = stdlib_sqlite3.connect(db)
    plain.execute("UPDATE documents SET outlet = 'وكالة الأنباء' WHERE outlet IS NULL")
    plain.commit()
    plain.close()
    conn = connect(db, readonly=True)
    assert conn.execute("SELECT outlet FROM documents").fetchone()[0] == "وكالة الأنباء"
    hits = search_statements(conn, parse_query(conn, "الشاحنات"))
    assert [(h["outlet"], h["text"].split()[:3]) for h in hits] == [("وكالة الأنباء", ["سنفتح", "الطريق", "الساحلي"])]
