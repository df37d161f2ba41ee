"""Timing of qawl's linking step (statement clusters + document reuse) on the shared corpus.

Until the statement extractor lands, every corpus paragraph (line) with at least MIN_WORDS words is
stored as a pseudo-statement, so this measures the linking cost on realistic text, not extraction.
Documents are stored and linked batch by batch, exactly as ``qawl ingest`` does (save_batch, then
``update_links`` on the ids written); only ``update_links`` is timed.

    .venv/bin/python bench/link_scale.py --articles 5000
    .venv/bin/python bench/link_scale.py --articles 50637 --db /tmp/link50k.db

Prints one JSON line of results (and a progress line per 2,500 documents on stderr).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import sys
import time
from pathlib import Path

from qawl.doc import Document, Span
from qawl.link import link_documents, link_statements
from qawl.link.lsh import band_rows, ensure_schema
from qawl.link import forget
from qawl.store.db import connect
from qawl.store.write import save_batch

MIN_WORDS = 6


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--db", default=None, help="store to create (default: /tmp/qawl-link-<N>.db)")
    args = ap.parse_args()
    db = args.db or f"/tmp/qawl-link-{args.articles}.db"
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    conn = connect(db)
    ensure_schema(conn)
    t_save = t_stmt = t_reuse = cpu_link = 0.0
    docs = statements = 0
    batch: list[Document] = []

    def flush() -> None:
        nonlocal t_save, t_stmt, t_reuse, cpu_link
        t0 = time.perf_counter()
        written = save_batch(conn, [(d, None) for d in batch])
        t1 = time.perf_counter()
        c1 = time.process_time()
        with conn:
            forget(conn, written)
            link_statements(conn, written)
            t2 = time.perf_counter()
            link_documents(conn, written)
        t3 = time.perf_counter()
        cpu_link += time.process_time() - c1
        t_save += t1 - t0
        t_stmt += t2 - t1
        t_reuse += t3 - t2
        batch.clear()

    start = time.perf_counter()
    for row in read_corpus(Path(args.shared) / "corpus" / "arabic_news.jsonl.gz", args.articles):
        doc = pseudo_document(row)
        statements += len(doc.layer("statements"))
        batch.append(doc)
        docs += 1
        if len(batch) >= args.batch:
            flush()
        if docs % 2500 == 0:
            print(f"{docs} docs, link {t_stmt + t_reuse:.1f}s wall, {cpu_link:.1f}s cpu", file=sys.stderr, flush=True)
    if batch:
        flush()
    q = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    result = {
        "articles": docs,
        "pseudo_statements": statements,
        "seconds_link_statements": round(t_stmt, 1),
        "seconds_reuse": round(t_reuse, 1),
        "seconds_link_total": round(t_stmt + t_reuse, 1),
        "cpu_seconds_link": round(cpu_link, 1),  # the machine may be shared: CPU time is the steadier measure
        "seconds_save": round(t_save, 1),
        "seconds_wall": round(time.perf_counter() - start, 1),
        "clusters_2plus": q("SELECT COUNT(*) FROM (SELECT cluster_id FROM statements GROUP BY cluster_id HAVING COUNT(*) > 1)"),
        "statements_in_2plus": q("SELECT COALESCE(SUM(c), 0) FROM (SELECT COUNT(*) AS c FROM statements GROUP BY cluster_id HAVING c > 1)"),
        "largest_cluster": q("SELECT COALESCE(MAX(c), 0) FROM (SELECT COUNT(*) AS c FROM statements GROUP BY cluster_id)"),
        "reuse_pairs": q("SELECT COUNT(*) FROM reuse_pairs"),
        "band_rows": len(band_rows(conn, "link_bands")) + len(band_rows(conn, "reuse_bands")),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "db_mb": round(os.path.getsize(db) / 2**20),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
