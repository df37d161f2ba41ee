"""Timing of qawl's linking step (statement clusters + document reuse) on the shared corpus, and how
it grows with the store.

Documents go through what ``qawl ingest`` does: workers run ``analyze`` (the real statement
extractor) and the link step's per-document part (``qawl.link.prepare.prepare_document``); the
parent stores each batch (``save_batch``), runs the furniture step (which may drop statements), then
``update_links(conn, ids, prepared=payloads)``. Only ``update_links`` is timed in the parent, in CPU
seconds (the machine may be shared: CPU time is the steadier measure); the workers' prepare CPU is
summed separately. With ``--pseudo`` every paragraph of six or more words is a statement instead
(no analysis: the old mode of this bench, more statements than real extraction gives).

    .venv/bin/python bench/link_scale.py --articles 5000
    .venv/bin/python bench/link_scale.py --articles 50637 --db /tmp/link50k.db
    .venv/bin/python bench/link_scale.py --relink /tmp/link50k.db --db /tmp/relink50k.db

``--relink STORE`` skips analysis: it copies a store made before (by this bench or ``qawl ingest``),
clears its links, and links its documents again in ingest order, batch by batch, with the payloads
made from the store (``prepare_stored``, the same payload the workers make) outside the timing.
The link step then sees what it sees in an ingest, and a 50k run takes minutes, not an hour. Each
batch commits itself there, unless ``--commit-every N`` makes it commit every N batches as ingest does
(the pages a commit writes are shared by consecutive batches, so the commits cost less). As in
ingest's writer, no automatic garbage collection runs while a batch is linked (0.3 CPU s a 5,000
late in the 50k before: collections ingest never pays); the one that follows a batch is not timed.

Prints one JSON line of results (and a progress line per 2,500 documents on stderr), including the
link CPU of every slice of 5,000 documents, so growth with the store's size can be read directly.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import sys
import time
from multiprocessing import get_context
from pathlib import Path

from qawl.doc import Document, Span
from qawl.furniture import mark_repeated_lines
from qawl.ingest_run import OneTransaction, _collection_paused
import qawl.link as qawl_link
from qawl.link import update_links
from qawl.link.lsh import ensure_schema
from qawl.link.prepare import prepare_document, prepare_stored
from qawl.store.db import connect
from qawl.store.write import save_batch

MIN_WORDS = 6
SLICE = 5000


def read_corpus(path: Path, limit: int):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= limit:
                return
            yield json.loads(line)


def pseudo_document(row: dict) -> Document:
    doc = Document(id=row["id"], text=row["text"], title=row["title"], outlet=row["outlet"], date=row["date"])
    pos = 0
    for para in row["text"].split("\n"):
        if len(para.split()) >= MIN_WORDS:
            doc.add("statements", Span(pos, pos + len(para), "direct"))
        pos += len(para) + 1
    return doc


PSEUDO = False


def work(rows: list[dict]) -> tuple[list[tuple[Document, object]], float]:
    """Worker: analyse (or cut pseudo-statements) and prepare; returns the prepare CPU seconds too."""
    from qawl.pipeline import analyze

    out, prep = [], 0.0
    for row in rows:
        if PSEUDO:
            doc = pseudo_document(row)
        else:
            doc = Document(id=row["id"], text=row["text"], title=row.get("title"), outlet=row.get("outlet"),
                           date=row.get("date"), url=row.get("url"))
            analyze(doc)
        c = time.process_time()
        payload = prepare_document(doc)
        prep += time.process_time() - c
        out.append((doc, payload))
    return out, prep


def main() -> None:
    global PSEUDO
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--pseudo", action="store_true", help="paragraphs as statements, no analysis")
    ap.add_argument("--db", default=None, help="store to create (default: /tmp/qawl-link-<N>.db)")
    ap.add_argument("--relink", default=None, metavar="STORE", help="relink a copy of this store (no analysis)")
    ap.add_argument("--profile-after", type=int, default=None, metavar="N",
                    help="with --relink: cProfile update_links over the documents after the first N (to --profile-out)")
    ap.add_argument("--profile-out", default="/tmp/qawl-link.prof")
    ap.add_argument("--no-reuse", action="store_true", help="with --relink: statement clusters only (no document reuse)")
    ap.add_argument("--commit-every", type=int, default=1, metavar="N",
                    help="with --relink: commit every N batches, as ingest does (COMMIT_EVERY); the commits' CPU is"
                         " counted in the link CPU, and also reported alone (default 1: each batch commits itself)")
    args = ap.parse_args()
    if args.relink:
        relink_store(args)
        return
    PSEUDO = args.pseudo
    db = args.db or f"/tmp/qawl-link-{args.articles}.db"
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    conn = connect(db)
    ensure_schema(conn)
    cpu_link = cpu_prep = t_link = 0.0
    slices: list[float] = []
    docs = statements = linked = 0
    rows: list[dict] = []
    pool = get_context("fork").Pool(args.workers)

    pending: list = []  # the next batch is analysed by the workers while this one is linked

    def submit() -> None:
        pending.append(pool.map_async(work, [rows[i : i + 10] for i in range(0, len(rows), 10)]))
        rows.clear()

    def flush() -> None:
        nonlocal cpu_link, cpu_prep, t_link, statements, linked
        chunks = pending.pop(0).get()
        analysed = [x for part, _ in chunks for x in part]
        cpu_prep += sum(p for _, p in chunks)
        written = save_batch(conn, [(d, None) for d, _ in analysed])
        statements += sum(len(d.layer("statements")) for d, _ in analysed)
        mark_repeated_lines(conn, written)
        prepared = {d.id: p for d, p in analysed}
        w, c = time.perf_counter(), time.process_time()
        update_links(conn, written, prepared=prepared)
        spent = time.process_time() - c
        t_link += time.perf_counter() - w
        cpu_link += spent
        linked += len(analysed)
        if linked % 2500 == 0:
            print(f"{linked} docs, link {cpu_link:.1f}s cpu ({t_link:.1f}s wall), prepare {cpu_prep:.1f}s cpu,"
                  f" load {os.getloadavg()[0]:.1f}, rss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB",
                  file=sys.stderr, flush=True)
        if linked % SLICE == 0:
            slices.append(round(cpu_link - sum(slices), 1))

    start = time.perf_counter()
    for row in read_corpus(Path(args.shared) / "corpus" / "arabic_news.jsonl.gz", args.articles):
        rows.append(row)
        docs += 1
        if len(rows) >= args.batch:
            submit()
            if len(pending) > 1:
                flush()
    if rows:
        submit()
    while pending:
        flush()
    pool.close()
    if linked % SLICE:
        slices.append(round(cpu_link - sum(slices), 1))
    report(conn, db, {"articles": docs, "statements": statements,
                      "mode": "pseudo-statements" if PSEUDO else "analyze"},
           cpu_link, slices, cpu_prep, t_link, start)


class StatementTimer:
    """CPU seconds spent in ``qawl.link.link_statements`` (the statement half of ``update_links``),
    counted by wrapping the module attribute ``update_links`` calls."""

    def __init__(self) -> None:
        self.cpu = 0.0
        self.slices: list[float] = []
        self.inner = qawl_link.link_statements
        qawl_link.link_statements = self

    def __call__(self, *a, **k):
        c = time.process_time()
        try:
            return self.inner(*a, **k)
        finally:
            self.cpu += time.process_time() - c

    def cut(self) -> None:
        self.slices.append(round(self.cpu - sum(self.slices), 1))


LINK_TABLES = ("link_statements", "link_clusters", "link_bands_log", "link_pairs", "reuse_docs", "reuse_texts",
               "reuse_bands_log", "reuse_lines", "reuse_pairs")


def relink_store(args) -> None:
    """``--relink``: link the documents of a copy of a store again, timing ``update_links`` only."""
    db = args.db or "/tmp/qawl-relink.db"
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    src = connect(args.relink, readonly=True)
    src.execute(f"VACUUM INTO '{db}'")  # a consistent copy, whatever the source's WAL holds
    src.close()
    conn = connect(db)
    ensure_schema(conn, check=False)
    with conn:
        for table in LINK_TABLES:
            conn.execute(f"DELETE FROM {table}")
        conn.execute("DELETE FROM meta WHERE key LIKE 'link_%'")
        conn.execute("UPDATE statements SET cluster_id = NULL")
    ensure_schema(conn)
    ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY seq LIMIT ?", (args.articles,))]
    statements = 0
    cpu_link = cpu_prep = t_link = 0.0
    slices: list[float] = []
    timer = StatementTimer()
    profiler = None
    if args.profile_after is not None:
        import cProfile

        profiler = cProfile.Profile()
    collector = writer_collector()
    # Ingest's writer hands the step a connection whose commits wait for the runner's (every N batches).
    link_conn = OneTransaction(conn) if args.commit_every > 1 else conn
    cpu_commit = 0.0
    start = time.perf_counter()
    for c in range(0, len(ids), args.batch):
        part = ids[c : c + args.batch]
        p = time.process_time()
        prepared = prepare_stored(conn, part)
        cpu_prep += time.process_time() - p
        statements += sum(len(x.statements) for x in prepared.values())
        w, p = time.perf_counter(), time.process_time()
        if profiler and c >= args.profile_after:
            profiler.enable()
        with _collection_paused():  # as ingest's writer runs the steps of a batch
            update_links(link_conn, part, prepared=prepared, reuse=not args.no_reuse)
            if args.commit_every > 1 and (c // args.batch + 1) % args.commit_every == 0:
                cpu_commit += commit(conn)
        if profiler:
            profiler.disable()
        cpu_link += time.process_time() - p
        t_link += time.perf_counter() - w
        done = c + len(part)
        if done % SLICE == 0:
            slices.append(round(cpu_link - sum(slices), 1))
            timer.cut()
            print(f"{done} docs, link {cpu_link:.1f}s cpu ({t_link:.1f}s wall), load {os.getloadavg()[0]:.1f},"
                  f" rss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB", file=sys.stderr, flush=True)
    if args.commit_every > 1:
        p = time.process_time()
        cpu_commit += commit(conn)
        cpu_link += time.process_time() - p
    if len(ids) % SLICE:
        slices.append(round(cpu_link - sum(slices), 1))
        timer.cut()
    collector.restore()
    if profiler:
        profiler.dump_stats(args.profile_out)
    report(conn, db, {"articles": len(ids), "statements": statements,
                      "mode": f"relink {args.relink}" + (" (statements only)" if args.no_reuse else ""),
                      "cpu_seconds_statements": round(timer.cpu, 1), "cpu_seconds_statements_per_5000": timer.slices,
                      "commit_every": args.commit_every,
                      **({"cpu_seconds_commits": round(cpu_commit, 1)} if args.commit_every > 1 else {})},
           cpu_link, slices, cpu_prep, t_link, start)


def commit(conn) -> float:
    """Commit, returning the CPU seconds it took."""
    p = time.process_time()
    conn.commit()
    return time.process_time() - p


def writer_collector():
    """The garbage collector set up as ``qawl ingest`` sets it in its writer (objects made so far
    frozen, full collections rarer), so that a relink's link CPU is what ingest's writer spends."""
    from qawl.ingest_run import _WriterCollector

    collector = _WriterCollector()
    collector.after_fork()
    return collector


LINKED = "WHERE cluster_id IS NOT NULL"  # a relink of the first N articles leaves the others unlinked


def report(conn, db: str, head: dict, cpu_link: float, slices: list[float], cpu_prep: float, t_link: float,
           start: float) -> None:
    docs = head["articles"]
    peak_rss_mb = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)  # before the counts below
    q = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    result = {
        **head,
        "cpu_seconds_link": round(cpu_link, 1),
        "cpu_ms_per_doc_link": round(1000 * cpu_link / max(docs, 1), 2),
        "cpu_seconds_link_per_5000": slices,
        "cpu_ms_per_doc_prepare": round(1000 * cpu_prep / max(docs, 1), 2),
        "seconds_link_wall": round(t_link, 1),
        "seconds_wall": round(time.perf_counter() - start, 1),
        "load_average_end": round(os.getloadavg()[0], 1),
        "clusters_2plus": q(f"SELECT COUNT(*) FROM (SELECT cluster_id FROM statements {LINKED} GROUP BY cluster_id"
                            " HAVING COUNT(*) > 1)"),
        "statements_in_2plus": q(f"SELECT COALESCE(SUM(c), 0) FROM (SELECT COUNT(*) AS c FROM statements {LINKED}"
                                 " GROUP BY cluster_id HAVING c > 1)"),
        "largest_cluster": q(f"SELECT COALESCE(MAX(c), 0) FROM (SELECT COUNT(*) AS c FROM statements {LINKED}"
                             " GROUP BY cluster_id)"),
        "reuse_pairs": q("SELECT COUNT(*) FROM reuse_pairs"),
        # counted from the logs' packed arrays (8 bytes a key), without reading them into Python
        "band_rows": q("SELECT COALESCE(SUM(length(keys)), 0) / 8 FROM link_bands_log")
        + q("SELECT COALESCE(SUM(length(keys)), 0) / 8 FROM reuse_bands_log"),
        "max_rss_mb_parent": peak_rss_mb,
        "db_mb": round(os.path.getsize(db) / 2**20),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
