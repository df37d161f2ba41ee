"""The ingest writer alone, replayed over recorded worker output: its CPU per step and per 5,000
documents, without the workers sharing the cores (a benchmark, not a test).

    python bench/writer_replay.py record INPUT.jsonl RECORD.pks      # ingest once, keep what the writer got
    python bench/writer_replay.py replay RECORD.pks --db /tmp/w.db   # store it again: writer CPU only

``record`` runs ``qawl ingest`` (into a store in a temporary folder) and pickles every analysed
batch as the writer received it (the first 20,000 corpus articles make ~400 MB). ``replay`` feeds
those batches to the writer's own ``_store`` with every cross-document step (``--steps link``: only
the steps whose name contains it) into a new store, committing as ingest does, and prints the CPU of
each step per 5,000 documents and of the whole writer (reading the record not counted). The store
it makes is the ingest's (``bench/store_golden.py``: all 25 tables the same for 2,000 articles,
both with ``PYTHONHASHSEED=0``).

Comparing two versions of the code (``PYTHONPATH=<tree>/src``): this machine's speed drifts by up to
2x within an hour, so run both replays AT ONCE, one per core, and compare their totals; swap which
one starts first from pair to pair. Session 10 checked changes this way (bench/README.md).
"""
from __future__ import annotations

import argparse
import gc
import os
import pickle
import tempfile
import time
from collections.abc import Iterator

from qawl import ingest_run
from qawl.store.db import connect


def record(source: str, out: str) -> None:
    """Ingest ``source`` once, pickling each batch the writer takes from the workers to ``out``."""
    take = ingest_run.Analyser.pop
    with open(out, "wb") as fh:
        def pop(analyser: ingest_run.Analyser) -> list:
            batch = take(analyser)
            pickle.dump(batch, fh, protocol=pickle.HIGHEST_PROTOCOL)
            return batch

        ingest_run.Analyser.pop = pop  # type: ignore[method-assign]
        with tempfile.TemporaryDirectory(prefix="qawl-record-") as tmp:
            ingest_run.run_ingest([source], db=os.path.join(tmp, "q.db"), progress=False)


def _batches(path: str, loading: list[float]) -> Iterator[list]:
    """The recorded batches; the CPU spent unpickling them is added to ``loading[0]``."""
    with open(path, "rb") as fh:
        while True:
            start = time.process_time()
            try:
                batch = pickle.load(fh)
            except EOFError:
                return
            finally:
                loading[0] += time.process_time() - start
            yield batch


class _Quiet:
    def advance(self, docs: int, statements: int) -> None:
        pass


def replay(path: str, db: str, steps_like: str) -> dict:
    """Store the record at ``path`` into a new store ``db`` through the writer; CPU seconds by part."""
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    steps = [s for s in ingest_run.cross_document_steps() if steps_like in s[0]]
    clock = ingest_run.Clock()
    conn = connect(db)
    conn.executescript(ingest_run.PENDING_SCHEMA)
    for pragma in ingest_run.WRITER_PRAGMAS:
        conn.execute(pragma)
    checkpoints = ingest_run.Checkpoints(conn)
    commits = ingest_run.Commits(checkpoints)
    summary = ingest_run.IngestSummary()
    gc.collect()
    gc.freeze()  # as the writer does at the fork: what was made before is never walked again
    loading = [0.0]
    start = time.process_time()
    for batch in _batches(path, loading):
        with ingest_run._collection_paused():
            ingest_run._store(conn, batch, steps, summary, _Quiet(), clock, commits)
    commits.flush(conn, clock)
    checkpoints.wait()
    conn.close()
    return {"documents": summary.documents, "writer_cpu": time.process_time() - start - loading[0],
            "step_cpu_by_slice": clock.step_cpu}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("input")
    rec.add_argument("out")
    rep = sub.add_parser("replay")
    rep.add_argument("record")
    rep.add_argument("--db", required=True)
    rep.add_argument("--steps", default="", help="only the cross-document steps whose name contains this")
    args = ap.parse_args()
    if args.command == "record":
        record(args.input, args.out)
        return
    result = replay(args.record, args.db, args.steps)
    for name, slices in result["step_cpu_by_slice"].items():
        print(f"{name:40} " + " ".join(f"{s:6.2f}" for s in slices) + f"  total {sum(slices):6.2f}")
    print(f"{result['documents']} documents; writer CPU {result['writer_cpu']:.2f} s"
          f" (the checkpoint thread's included; reading the record not)")


if __name__ == "__main__":
    main()
