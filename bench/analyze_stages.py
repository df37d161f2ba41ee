"""CPU time per stage of ``qawl.pipeline.analyze`` on the first N corpus articles (issue 6).

    .venv/bin/python bench/analyze_stages.py --articles 3000 [--warm 3000] [--skip 30000] [--profile /tmp/analyze.prof]

Reads and JSON-decodes the articles first (not timed); analyses the ``--warm`` articles before
them untimed (the per-process word memos fill up as in a long ingest's worker), then runs every
stage of ``pipeline._stages()`` over each document in order and sums ``time.process_time()`` per
stage, so a shared machine's load matters less than with wall time. ``--skip`` starts past the
first articles (the first 5,000 are the sparse January 2013 ones; later ones are denser). Like an ingest worker, it
drops each document after analysing it (retained documents would make the garbage collector's
passes, and so the stages, slower than they are in a worker). Prints ms/doc per stage, the total
and docs/s, and the load average at the start and end.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import time
from pathlib import Path

from qawl.ingest.readers import document_from_record
from qawl.pipeline import _stages

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "arabic_news.jsonl.gz"


def load(path: Path, n: int, skip: int = 0) -> list[dict]:
    """Articles ``skip`` to ``skip + n`` as decoded records (documents are made as they are analysed)."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in itertools.islice(fh, skip, skip + n)]


def run(records: list[dict]) -> dict[str, float]:
    stages = _stages()
    spent = {s.__module__.rsplit(".", 1)[-1]: 0.0 for s in stages}
    for record in records:
        doc = document_from_record(record)
        for stage in stages:
            t = time.process_time()
            stage(doc)
            spent[stage.__module__.rsplit(".", 1)[-1]] += time.process_time() - t
    return spent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--warm", type=int, default=50, help="articles analysed untimed first (default 50)")
    ap.add_argument("--skip", type=int, default=0, help="corpus articles passed over before the warm-up ones")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--profile", help="write a cProfile of the run here instead of timing stages")
    args = ap.parse_args()
    run(load(args.corpus, args.warm, skip=args.skip))  # warm-up: imports, compiled tables, word memos
    docs = load(args.corpus, args.articles, skip=args.skip + args.warm)
    load_before = os.getloadavg()
    if args.profile:
        import cProfile

        cProfile.runctx("run(docs)", globals(), {"run": run, "docs": docs}, args.profile)
        return
    spent = run(docs)
    total = sum(spent.values())
    n = len(docs)
    for name, s in spent.items():
        print(f"{name:12s} {1000 * s / n:6.2f} ms/doc")
    print(f"{'total':12s} {1000 * total / n:6.2f} ms/doc  {n / total:6.0f} docs/s (CPU time, {n} articles, "
          f"avg {sum(len(d['text']) for d in docs) / n:.0f} chars, after {args.warm} untimed)")
    print(f"load average {load_before[0]:.2f} at start, {os.getloadavg()[0]:.2f} at end")


if __name__ == "__main__":
    main()
