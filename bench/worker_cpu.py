"""The ingest workers alone: their CPU per article, without the writer (a benchmark, not a test).

    python bench/worker_cpu.py INPUT.jsonl               # what ``qawl ingest``'s workers do
    python bench/worker_cpu.py INPUT.jsonl --no-prep     # analysis and store rows only

Reads the documents first (not counted), then analyses them with ingest's own ``Analyser`` (the same
pool, batches, chunks, niceness and garbage collection) and prints the wall seconds and the workers'
CPU (children's rusage) per article. The steps' per-document parts are made as ``run_ingest`` makes
them (``ingest_run.set_preparations``): they are 40% of the workers' instructions (session 51), and a
pool measured without them looked 30–50% cheaper than the workers inside an ingest.

To compare this with the workers inside a real ingest, count instructions and cycles rather than CPU
seconds (the host's speed drifts by up to 2x, and other work on the machine inflates CPU time):
``perf stat -e cycles,instructions -p <worker pids>`` on each, run one after the other, several times.
"""
from __future__ import annotations

import argparse
import resource
import time

from qawl import ingest_run
from qawl.doc import Document
from qawl.ingest import iter_documents


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input")
    ap.add_argument("--no-prep", action="store_true", help="leave out the steps' per-document parts")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()

    if not args.no_prep:
        ingest_run.set_preparations()
    docs = [d for d in iter_documents([args.input]) if isinstance(d, Document)]
    size = ingest_run.batch_size()
    start = time.perf_counter()
    analyser = ingest_run.Analyser(args.workers, ingest_run.Clock())
    done = 0
    try:
        for i in range(0, len(docs), size):
            analyser.submit(docs[i : i + size])
            while analyser.full():
                done += len(analyser.pop())
        while analyser.queue:
            done += len(analyser.pop())
    finally:
        analyser.close()  # joins the workers: their rusage is then the children's
    wall = time.perf_counter() - start
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = ch.ru_utime + ch.ru_stime
    print(f"{done} documents{' (no preparations)' if args.no_prep else ''}: wall {wall:.2f} s, "
          f"workers {cpu:.2f} CPU s ({1000 * cpu / max(done, 1):.3f} ms per article, sys {ch.ru_stime:.2f} s)")


if __name__ == "__main__":
    main()
