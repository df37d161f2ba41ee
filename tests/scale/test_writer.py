"""The single writer's bulk paths: the per-document parts the workers prepare give the store the
steps would make on their own, and a batch is written as a sequence of single documents would be."""
from __future__ import annotations

import json
import sqlite3

from scale_support import export_all
from sample_corpus import sentence

import qawl.ingest_run as ir
from qawl.pipeline import analyze
from qawl.doc import Document
from qawl.store.db import connect
from qawl.store.write import save_batch

FOOTER = "وقال المحرر: «تابعونا على صفحتنا في فيسبوك للمزيد من الأخبار العاجلة»"
# Store tables the cross-document steps write, compared raw (ids included) on top of the exports.
STEP_TABLES = ("entities", "entity_keys", "role_holders", "outlet_lines", "doc_lines")


def _outlet_corpus(path) -> None:
    """Twelve articles of one outlet, each with two sayings of a recurring cast and the same footer."""
    rows = [{"id": f"w{i:02d}", "outlet": "بوابة الوادي", "date": "2024-05-01",
             "text": f"{sentence(i)}\n{sentence(3 * i + 1)}\n{FOOTER}"} for i in range(12)]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")


def _raw(db) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in STEP_TABLES}
    finally:
        conn.close()


def test_workers_payloads_and_the_steps_own_reading_give_one_store(tmp_path, monkeypatch):
    monkeypatch.setenv("QAWL_BATCH_SIZE", "3")  # the footer reaches 5 articles in the second batch
    corpus = tmp_path / "w.jsonl"
    _outlet_corpus(corpus)
    run = ir.run_ingest([str(corpus)], db=str(tmp_path / "prepared.db"), workers=2, progress=False)
    monkeypatch.setattr(ir, "STEP_PREPARATION", {})  # every step reads its documents from the store
    ir.run_ingest([str(corpus)], db=str(tmp_path / "plain.db"), workers=0, progress=False)
    assert export_all(tmp_path / "prepared.db") == export_all(tmp_path / "plain.db")
    assert _raw(tmp_path / "prepared.db") == _raw(tmp_path / "plain.db")
    # The footer's quote is gone from every article, the first four included; the sayings stay.
    statements = export_all(tmp_path / "prepared.db")["statements"]
    assert run.written == 12
    assert not [s for s in statements if "فيسبوك" in s["text"]]
    assert sorted({s["doc_id"] for s in statements}) == [f"w{i:02d}" for i in range(12)]
    assert len(statements) == 24


def test_an_id_repeated_in_one_batch_is_stored_once_with_its_later_text(tmp_path):
    conn = connect(tmp_path / "r.db")
    first = analyze(Document(id="dup", text=f"{sentence(0)}\n{sentence(1)}"))
    later = analyze(Document(id="dup", text=sentence(2)))
    other = analyze(Document(id="other", text=sentence(3)))
    assert save_batch(conn, [(first, None), (other, None), (later, None)]) == ["dup", "other", "dup"]
    texts = conn.execute("SELECT d.text, COUNT(s.id) FROM documents d JOIN statements s ON s.doc_id = d.id"
                         " WHERE d.id = 'dup' GROUP BY d.id").fetchall()
    assert [tuple(r) for r in texts] == [(sentence(2), 1)]
    # Stored after «other»: the ingest order is that of the later copy.
    assert [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY seq")] == ["other", "dup"]
    assert ir.in_store_order(["dup", "other", "dup"]) == ["other", "dup"]  # the ids the batch's steps get
    assert save_batch(conn, [(later, None)]) == []  # unchanged: passed over
    conn.close()


RESOLVED_TABLES = ("entities", "entity_keys", "role_holders", "doc_entities", "mentions", "statements")


def _resolved_store(db, docs, *, at_insert: bool) -> dict[str, list[tuple]]:
    from qawl.entities import resolve_documents, resolve_rows

    conn = connect(db)
    for part in (docs[:4], docs[4:]):  # the second batch meets the entities of the first
        if at_insert:
            written = save_batch(conn, [(d, None) for d in part], resolve=resolve_rows)
            assert written.resolved
        else:
            resolve_documents(conn, save_batch(conn, [(d, None) for d in part]))
    out = {t: sorted((tuple(r) for r in conn.execute(f"SELECT * FROM {t}")), key=repr) for t in RESOLVED_TABLES}
    conn.close()
    return out


def test_entities_resolved_before_the_rows_are_inserted_give_the_store_the_step_makes(tmp_path):
    from sample_corpus import article

    docs = [analyze(Document(**article(i))) for i in range(9)]
    assert _resolved_store(tmp_path / "a.db", docs, at_insert=True) == _resolved_store(
        tmp_path / "b.db", docs, at_insert=False)


def test_a_batch_repeating_an_id_leaves_its_entities_to_the_step(tmp_path):
    from qawl.entities import resolve_rows

    conn = connect(tmp_path / "r.db")
    doc = analyze(Document(id="dup", text=sentence(0)))
    written = save_batch(conn, [(doc, None), (analyze(Document(id="dup", text=sentence(1))), None)],
                         resolve=resolve_rows)
    assert written == ["dup", "dup"] and not written.resolved
    assert conn.execute("SELECT COUNT(*) FROM entities").fetchone()[0] == 0
    conn.close()
