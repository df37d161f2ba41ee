"""CPU of building the search index alone, batch by batch as an ingest builds it (a benchmark, not a test).

    python bench/search_index.py --from STORE --db NEW.db [--articles N] [--batch 200]

Copies an analysed ``STORE`` (never written) to ``NEW.db`` without its search index, then runs ``qawl.search.index_documents``
over its first ``N`` documents in ingest order, ``--batch`` documents at a time, each batch committed on its own like an
ingest's. The word views are made before the clock starts (they are the workers' part); printed per
5,000 documents: CPU seconds of the step and of the commit that writes the FTS5 segments. Run it
with base and new code side by side (``PYTHONPATH=<tree>/src``): CPU time, unlike wall time, does
not depend on what else the machine runs.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import time

from qawl import search
from qawl.ingest_run import WRITER_PRAGMAS, OneTransaction
from qawl.store.db import connect

SLICE = 5000
SEARCH_TABLES = ("search_refs", "search_statements_words", "search_documents_fts", "search_entities_fts",
                 "search_statements_fts")


def copy_store(source: str, db: str, articles: int) -> list[str]:
    """A copy of ``source`` at ``db`` without its search index; the ids of its first ``articles`` documents."""
    shutil.copyfile(source, db)
    for suffix in ("-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    if os.path.exists(source + "-wal"):
        shutil.copyfile(source + "-wal", db + "-wal")
    conn = sqlite3.connect(db)
    for table in SEARCH_TABLES:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
    conn.commit()
    ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY seq LIMIT ?", (articles,))]
    conn.close()
    return ids


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--from", dest="source", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--batch", type=int, default=200)
    args = ap.parse_args()
    ids = copy_store(args.source, args.db, args.articles)
    conn = connect(args.db)
    for pragma in WRITER_PRAGMAS:
        conn.execute(pragma)
    step, commit = [0.0], [0.0]
    for i in range(0, len(ids), args.batch):
        batch = ids[i : i + args.batch]
        prepared = search._from_store(conn, batch)
        cpu = time.process_time()
        search.index_documents(OneTransaction(conn), batch, prepared=prepared)
        mid = time.process_time()
        conn.commit()
        end = time.process_time()
        if i and i % SLICE == 0:
            step.append(0.0)
            commit.append(0.0)
        step[-1] += mid - cpu
        commit[-1] += end - mid
    conn.close()
    print("step   " + " ".join(f"{s:.2f}" for s in step) + f"  total {sum(step):.2f}")
    print("commit " + " ".join(f"{s:.2f}" for s in commit) + f"  total {sum(commit):.2f}")
    print(f"file {os.path.getsize(args.db) / 2**20:.0f} MB")


if __name__ == "__main__":
    main()
