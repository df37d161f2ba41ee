"""Streaming ingest: process pool, batches, early skip of stored documents, summary and exit code."""
from __future__ import annotations

import json

from scale_support import export_all, write_corpus

from qawl.ingest_run import count_documents, run_ingest
from qawl.store.db import connect


def test_pool_and_in_process_give_the_same_store(tmp_path, monkeypatch):
    monkeypatch.setenv("QAWL_BATCH_SIZE", "7")
    corpus = write_corpus(tmp_path / "a.jsonl.gz", 40)
    pooled = run_ingest([str(corpus)], db=str(tmp_path / "pool.db"), workers=2, progress=False)
    single = run_ingest([str(corpus)], db=str(tmp_path / "one.db"), workers=0, progress=False)
    assert (pooled.documents, pooled.written, pooled.statements) == (40, 40, 80)  # two sayings per article
    assert (single.documents, single.written, single.statements) == (40, 40, 80)
    assert export_all(tmp_path / "pool.db") == export_all(tmp_path / "one.db")


def test_statements_get_cross_document_speakers(tmp_path):
    corpus = write_corpus(tmp_path / "a.jsonl.gz", 7)
    summary = run_ingest([str(corpus)], db=str(tmp_path / "s.db"), workers=0, progress=False)
    rows = export_all(tmp_path / "s.db")["statements"]
    # Article 0 says: «قال الوزير سامر الخطيب إن الحكومة ستفتتح مدرسة جديدة في بلدة الريحان.»
    first = rows[0]
    assert first["text"] == "الحكومة ستفتتح مدرسة جديدة في بلدة الريحان"
    assert first["speaker"]["name"] == "سامر الخطيب"
    # Article 0's second saying (k=1) and article 1's first (k=1) are both by «ليلى العطار»: one entity.
    assert rows[1]["speaker"]["name"] == rows[2]["speaker"]["name"] == "ليلى العطار"
    assert rows[1]["doc_id"] == "toy-00000" and rows[2]["doc_id"] == "toy-00001"
    assert rows[1]["speaker"]["id"] == rows[2]["speaker"]["id"]
    names = {(r["speaker"]["id"], r["speaker"]["name"]) for r in rows}
    assert len({n for _, n in names}) == len(names)
    assert summary.speakers == len(names)


def test_rerun_skips_stored_documents_and_counts_them(tmp_path, monkeypatch):
    monkeypatch.setenv("QAWL_BATCH_SIZE", "5")
    corpus = write_corpus(tmp_path / "a.jsonl.gz", 12)
    db = str(tmp_path / "r.db")
    run_ingest([str(corpus)], db=db, workers=0, progress=False)
    analysed = []
    import qawl.ingest_run as ir

    real = ir.analyse_one
    monkeypatch.setattr(ir, "analyse_one", lambda d: analysed.append(d.id) or real(d))
    again = run_ingest([str(corpus)], db=db, workers=0, progress=False)
    assert analysed == []
    assert (again.documents, again.written, again.statements) == (12, 0, 24)


def test_changed_document_is_replaced_not_duplicated(tmp_path):
    db = str(tmp_path / "c.db")
    path = tmp_path / "one.jsonl"
    doc = {"id": "x1", "text": "قال الوزير سامر الخطيب إن الحكومة ستفتتح مدرسة جديدة في بلدة الريحان."}
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    run_ingest([str(path)], db=db, workers=0, progress=False)
    doc["text"] = "قال النائب رنا البنا إن أسعار الخبز لن ترتفع هذا العام."
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    summary = run_ingest([str(path)], db=db, workers=0, progress=False)
    assert summary.written == 1
    rows = export_all(tmp_path / "c.db")["statements"]
    assert [(r["text"], r["speaker"]["name"]) for r in rows] == [("أسعار الخبز لن ترتفع هذا العام", "رنا البنا")]
    conn = connect(db)
    assert conn.execute("SELECT COUNT(*) FROM ingest_pending").fetchone()[0] == 0
    conn.close()


def test_bad_lines_are_skipped_with_their_place_and_the_rest_is_stored(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = {"id": "g1", "text": "قال المتحدث كمال الحلبي إن المفاوضات مع النقابة بلغت مرحلتها الأخيرة."}
    path.write_text(json.dumps(good, ensure_ascii=False) + "\n{not json\n", encoding="utf-8")
    summary = run_ingest([str(path)], db=str(tmp_path / "m.db"), workers=0, progress=False)
    assert summary.written == 1
    assert [s.where for s in summary.skipped] == [f"{path}:2"]


def test_a_document_whose_analysis_fails_is_skipped_not_fatal(tmp_path, monkeypatch):
    from qawl import pipeline

    def explode(doc):
        if doc.id == "toy-00001":
            raise RuntimeError("stage broke")

    monkeypatch.setattr(pipeline, "STAGES", [*pipeline.STAGES, explode])
    corpus = write_corpus(tmp_path / "a.jsonl.gz", 3)
    summary = run_ingest([str(corpus)], db=str(tmp_path / "f.db"), workers=0, progress=False)
    assert summary.written == 2
    assert [(s.where, s.reason) for s in summary.skipped] == [
        ("document toy-00001", "analysis failed: RuntimeError: stage broke")]


# Three one-sentence articles of a chunk; the toy preparations below fail on "b".
CHUNK_TEXTS = {"a": "قال الوزير إن المدارس ستفتح غدا.", "b": "أكد المتحدث أن الاجتماع انتهى.",
               "c": "وقالت الهيئة إن الأسعار لن ترتفع."}


def _chunk_docs():
    from qawl.doc import Document

    return [Document(id=k, text=v) for k, v in CHUNK_TEXTS.items()]


def _payload_failing_on_b(calls):
    def payload(doc):
        calls.append(doc.id)
        if doc.id == "b":
            raise ValueError("no payload")
        return len(doc.text)
    return payload


def test_a_chunk_is_analysed_part_by_part_and_a_failure_stays_with_its_document(monkeypatch):
    from qawl import ingest_run

    calls = []
    monkeypatch.setattr(ingest_run, "PREPARATIONS", {"toy": _payload_failing_on_b(calls)})
    texts = CHUNK_TEXTS
    out = ingest_run.analyse_many(_chunk_docs())
    assert calls == ["a", "b", "c"]  # one part over every document of the chunk, in order
    assert out[1] == "analysis failed: ValueError: no payload"
    assert [o[1] for o in (out[0], out[2])] == [{"toy": len(texts["a"])}, {"toy": len(texts["c"])}]
    assert [o[0].statement_count for o in (out[0], out[2])] == [1, 1]


def test_a_step_that_takes_a_chunk_prepares_it_in_one_call_and_falls_back_one_by_one(monkeypatch):
    from qawl import ingest_run

    texts, docs = CHUNK_TEXTS, _chunk_docs()
    chunks, alone = [], []

    def many(chunk):
        chunks.append([d.id for d in chunk])
        if any(d.id == "b" for d in chunk) and len(chunks) > 1:
            raise ValueError("chunk broke")
        return [len(d.text) for d in chunk]

    monkeypatch.setattr(ingest_run, "PREPARATIONS", {"toy": _payload_failing_on_b(alone)})
    monkeypatch.setattr(ingest_run, "PREPARATIONS_MANY", {"toy": many})
    out = ingest_run.analyse_many(docs)
    assert chunks == [["a", "b", "c"]] and alone == []  # one call for the whole chunk
    assert [o[1] for o in out] == [{"toy": len(texts[k])} for k in "abc"]

    out = ingest_run.analyse_many(docs)  # the chunk call fails: each document is prepared alone
    assert chunks[-1] == ["a", "b", "c"] and alone == ["a", "b", "c"]
    assert out[1] == "analysis failed: ValueError: no payload"
    assert [o[1] for o in (out[0], out[2])] == [{"toy": len(texts["a"])}, {"toy": len(texts["c"])}]


def test_count_documents_for_the_eta(tmp_path):
    corpus = write_corpus(tmp_path / "a.jsonl.gz", 9)
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "dir" / "b.txt").write_text("نص", encoding="utf-8")
    assert count_documents([str(corpus), str(tmp_path / "dir")]) == 11
    assert count_documents([str(tmp_path / "x.warc.gz")]) is None


def test_log_lines_when_not_a_terminal(tmp_path, monkeypatch, capsys):
    import qawl.ingest_run as ir

    monkeypatch.setattr(ir, "LOG_EVERY", 0.0)
    corpus = write_corpus(tmp_path / "a.jsonl.gz", 4)
    run_ingest([str(corpus)], db=str(tmp_path / "l.db"), workers=0)
    err = capsys.readouterr().err
    assert "ingest: 4 documents, 8 statements" in err


def test_a_step_and_its_markers_are_one_transaction_even_when_the_step_commits(tmp_path):
    """A step that runs executescript (which commits first) and commits midway, then fails: its
    writes are rolled back and its documents stay pending, so the next run does the step again."""
    from qawl.ingest_run import PENDING_SCHEMA, run_pending_steps

    conn = connect(tmp_path / "t.db")
    conn.executescript(PENDING_SCHEMA)
    conn.execute("INSERT INTO documents(id, text, content_hash) VALUES ('d1', 'نص الخبر', 'h')")
    conn.execute("INSERT INTO ingest_pending(doc_id, step) VALUES ('d1', 'test:step')")
    conn.commit()

    def failing_step(c, ids):
        c.executescript("CREATE TABLE IF NOT EXISTS side (doc_id TEXT);")
        with c:
            c.executemany("INSERT INTO side(doc_id) VALUES (?)", [(i,) for i in ids])
        c.commit()
        raise RuntimeError("killed halfway")

    try:
        run_pending_steps(conn, [("test:step", failing_step)])
    except RuntimeError:
        pass
    assert [tuple(r) for r in conn.execute("SELECT doc_id FROM ingest_pending")] == [("d1",)]
    assert conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'side'").fetchone()[0] == 0

    done = []
    run_pending_steps(conn, [("test:step", lambda c, ids: done.extend(ids))])
    assert done == ["d1"]
    assert conn.execute("SELECT COUNT(*) FROM ingest_pending").fetchone()[0] == 0
    conn.close()


def _ingest_failing_on(tmp_path, monkeypatch, docs: int, failing_batch: int) -> tuple[str, str, list[list[str]]]:
    """Ingest ``docs`` toy articles in batches of 5, two batches to a commit, with a step that records
    its ids in a ``side`` table and fails on batch ``failing_batch``; returns (corpus, db, the step's
    calls). The step keeps running (without failing) in later ingests of the same test."""
    import qawl.ingest_run as ir

    monkeypatch.setenv("QAWL_BATCH_SIZE", "5")
    monkeypatch.setenv("QAWL_COMMIT_EVERY", "2")
    corpus = str(write_corpus(tmp_path / "a.jsonl.gz", docs))
    db = str(tmp_path / "t.db")
    calls: list[list[str]] = []

    def step(conn, ids):
        conn.executemany("INSERT INTO side(doc_id) VALUES (?)", [(i,) for i in ids])
        calls.append(list(ids))
        if len(calls) == failing_batch:
            raise RuntimeError(f"the step fails on batch {failing_batch}")

    conn = connect(db)
    conn.execute("CREATE TABLE side (doc_id TEXT)")
    conn.commit()
    conn.close()
    monkeypatch.setattr(ir, "cross_document_steps", lambda: [("toy:step", step)])
    try:
        run_ingest([corpus], db=db, workers=0, progress=False)
    except RuntimeError:
        pass
    return corpus, db, calls


def test_batches_and_their_steps_are_committed_together(tmp_path, monkeypatch):
    """With two batches to a commit, a step failing on the third batch leaves the first two stored
    with their steps done, and nothing of the third (no document, no marker): the next run analyses
    it again and finishes."""
    corpus, db, calls = _ingest_failing_on(tmp_path, monkeypatch, docs=15, failing_batch=3)
    first = [f"toy-{i:05d}" for i in range(10)]
    conn = connect(db)
    assert [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY seq")] == first
    assert [r[0] for r in conn.execute("SELECT doc_id FROM side ORDER BY rowid")] == first
    assert conn.execute("SELECT COUNT(*) FROM ingest_pending").fetchone()[0] == 0
    conn.close()
    summary = run_ingest([corpus], db=db, workers=0, progress=False)
    assert (summary.documents, summary.written) == (15, 5)
    assert calls[-1] == [f"toy-{i:05d}" for i in range(10, 15)]


def test_a_failing_batch_takes_back_the_uncommitted_batch_before_it(tmp_path, monkeypatch):
    """Batches between two commits are one transaction: a step failing on the second of two leaves
    neither stored, so no batch is ever half there."""
    corpus, db, _ = _ingest_failing_on(tmp_path, monkeypatch, docs=10, failing_batch=2)
    conn = connect(db)
    assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM side").fetchone()[0] == 0
    conn.close()
    summary = run_ingest([corpus], db=db, workers=0, progress=False)
    assert (summary.documents, summary.written) == (10, 10)


def test_a_steps_per_document_part_runs_in_the_workers_and_reaches_the_step(tmp_path, monkeypatch):
    """A step with an entry in STEP_PREPARATION gets, for each document of the batch, the payload its
    prepare function made from the analysed document in a worker process."""
    import qawl.ingest_run as ir

    monkeypatch.setenv("QAWL_BATCH_SIZE", "6")
    seen: dict[str, tuple[int, int]] = {}

    def step(conn, ids, prepared=None):
        for doc_id in ids:
            seen[doc_id] = prepared[doc_id]

    monkeypatch.setattr(ir, "STEP_PREPARATION", {"toy:step": "toy:prepare"})
    monkeypatch.setattr(ir, "cross_document_steps", lambda: [("toy:step", step)])
    # The payload: the worker's process id and the number of statements it saw.
    monkeypatch.setattr(ir, "step_preparations",
                        lambda: {"toy:step": lambda doc: (__import__("os").getpid(), len(doc.layer("statements")))})
    corpus = write_corpus(tmp_path / "a.jsonl.gz", 12)
    run_ingest([str(corpus)], db=str(tmp_path / "p.db"), workers=2, progress=False)
    assert sorted(seen) == [f"toy-{i:05d}" for i in range(12)]
    assert {n for _, n in seen.values()} == {2}  # two sayings per toy article
    assert __import__("os").getpid() not in {pid for pid, _ in seen.values()}  # made in the workers


def test_workers_run_at_a_lower_priority_than_the_writer(tmp_path, monkeypatch):
    """The writer is the one process no core can relieve: the workers yield the cores to it."""
    import os

    import qawl.ingest_run as ir

    monkeypatch.setenv("QAWL_BATCH_SIZE", "6")
    niceness: dict[str, int] = {}

    def step(conn, ids, prepared=None):
        niceness.update(prepared)

    monkeypatch.setattr(ir, "STEP_PREPARATION", {"toy:step": "toy:prepare"})
    monkeypatch.setattr(ir, "cross_document_steps", lambda: [("toy:step", step)])
    monkeypatch.setattr(ir, "step_preparations",
                        lambda: {"toy:step": lambda doc: os.getpriority(os.PRIO_PROCESS, 0)})
    corpus = write_corpus(tmp_path / "a.jsonl.gz", 12)
    writer = os.getpriority(os.PRIO_PROCESS, 0)
    run_ingest([str(corpus)], db=str(tmp_path / "p.db"), workers=2, progress=False)
    assert len(niceness) == 12
    assert set(niceness.values()) == {min(writer + ir.WORKER_NICENESS, 19)}
    assert os.getpriority(os.PRIO_PROCESS, 0) == writer  # the writer itself is left as it was


def test_workers_collect_garbage_between_chunks_and_the_writer_after_each_batch(tmp_path, monkeypatch):
    """Speed only: no automatic collection while a worker analyses or the writer stores a batch;
    the writer's collector is on again once the run is over."""
    import gc

    import qawl.ingest_run as ir

    monkeypatch.setenv("QAWL_BATCH_SIZE", "6")
    enabled: dict[str, bool] = {}
    in_writer: list[bool] = []

    def step(conn, ids, prepared=None):
        enabled.update(prepared)
        in_writer.append(gc.isenabled())

    monkeypatch.setattr(ir, "STEP_PREPARATION", {"toy:step": "toy:prepare"})
    monkeypatch.setattr(ir, "cross_document_steps", lambda: [("toy:step", step)])
    monkeypatch.setattr(ir, "step_preparations", lambda: {"toy:step": lambda doc: gc.isenabled()})
    corpus = write_corpus(tmp_path / "a.jsonl.gz", 12)
    run_ingest([str(corpus)], db=str(tmp_path / "p.db"), workers=2, progress=False)
    assert len(enabled) == 12 and not any(enabled.values())
    assert in_writer and not any(in_writer)
    assert gc.isenabled()


def test_a_failing_batch_turns_the_writers_collector_back_on():
    import gc

    from qawl.ingest_run import _collection_paused

    try:
        with _collection_paused():
            assert not gc.isenabled()
            raise RuntimeError("batch failed")
    except RuntimeError:
        pass
    assert gc.isenabled()


def test_step_cpu_goes_to_the_slice_of_the_batchs_first_document():
    from qawl.ingest_run import SLICE_DOCS, Clock

    clock = Clock()
    batch = SLICE_DOCS // 2
    for seconds in (1.0, 2.0, 4.0):  # documents 0.., SLICE/2.., SLICE..
        clock.add_step_cpu("step", seconds, batch)
    assert clock.step_cpu["step"] == [3.0, 4.0]
    assert clock.step_docs["step"] == 3 * batch



def _rows_in_file_alone(db_path, tmp_path) -> int:
    """Documents in the database file itself, read from a copy without its WAL: what checkpoints copied."""
    import shutil

    copy = tmp_path / "file-alone.db"
    shutil.copyfile(db_path, copy)
    return connect(copy, readonly=True).execute("SELECT COUNT(*) FROM documents").fetchone()[0]


def _writer_store(tmp_path, name):
    from qawl import ingest_run

    conn = connect(tmp_path / name)
    for pragma in ingest_run.WRITER_PRAGMAS:  # no automatic checkpoint
        conn.execute(pragma)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the empty store's tables into the file
    return conn


def _add_document(conn, doc_id):
    conn.execute("INSERT INTO documents(id, text, content_hash) VALUES (?, ?, ?)",
                 (doc_id, "قال الوزير إن المدارس ستفتح غدا.", doc_id))
    conn.commit()


def test_a_commit_is_copied_into_the_database_file_beside_the_writer(tmp_path):
    from qawl.ingest_run import Checkpoints

    conn = _writer_store(tmp_path, "bg.db")
    checkpoints = Checkpoints(conn)
    _add_document(conn, "a")
    assert _rows_in_file_alone(tmp_path / "bg.db", tmp_path) == 0  # only in the WAL so far
    checkpoints.after_commit()
    assert checkpoints.thread is not None  # copied by a thread of its own
    checkpoints.wait()
    assert _rows_in_file_alone(tmp_path / "bg.db", tmp_path) == 1
    conn.close()


def test_a_wal_over_the_limit_is_copied_by_the_writer_and_starts_over(tmp_path, monkeypatch):
    import os

    from qawl import ingest_run

    monkeypatch.setattr(ingest_run, "CHECKPOINT_WAL_LIMIT", 0)
    conn = _writer_store(tmp_path, "limit.db")
    conn.execute("PRAGMA journal_size_limit = 0")
    checkpoints = ingest_run.Checkpoints(conn)
    _add_document(conn, "a")
    grown = os.path.getsize(str(tmp_path / "limit.db") + "-wal")
    checkpoints.after_commit()
    assert checkpoints.thread is None  # the writer copied it itself, at once
    assert _rows_in_file_alone(tmp_path / "limit.db", tmp_path) == 1
    _add_document(conn, "b")  # the next write starts the WAL over: it holds this commit only
    assert os.path.getsize(str(tmp_path / "limit.db") + "-wal") <= grown
    conn.close()


def test_an_ingest_leaves_every_document_in_the_database_file(tmp_path, monkeypatch):
    monkeypatch.setenv("QAWL_BATCH_SIZE", "4")
    monkeypatch.setenv("QAWL_COMMIT_EVERY", "2")
    corpus = write_corpus(tmp_path / "a.jsonl.gz", 20)
    run_ingest([str(corpus)], db=str(tmp_path / "s.db"), workers=0, progress=False)
    assert _rows_in_file_alone(tmp_path / "s.db", tmp_path) == 20
