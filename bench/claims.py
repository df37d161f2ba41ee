"""Benchmark of the claims stage over real articles of ../shared/corpus, and a random sample of the
claims it finds for checking by hand.

    python bench/claims.py --shared ../shared -n 2000 --sample 50

Prints articles per CPU-second (process time, so other load on the machine does not skew it) of the
stages before claims, of the claims stage alone and of the whole pipeline (one process, one core),
then the sampled claims with their context.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from qawl.claims import annotate as annotate_claims  # noqa: E402
from qawl.doc import Document  # noqa: E402
from qawl.pipeline import _stages  # noqa: E402


def load(corpus: Path, n: int, seed: int) -> list[Document]:
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    picked = random.Random(seed).sample(records, min(n, len(records)))
    return [Document(id=r["id"], text=r["text"], title=r["title"], outlet=r["outlet"], date=r["date"]) for r in picked]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--sample", type=int, default=0, help="claims to print for checking by hand")
    args = ap.parse_args()
    docs = load(Path(args.shared) / "corpus" / "arabic_news.jsonl.gz", args.n, args.seed)
    stages = [s for s in _stages() if s is not annotate_claims]
    t0 = time.process_time()
    for d in docs:
        for stage in stages:
            stage(d)
    t1 = time.process_time()
    for d in docs:
        annotate_claims(d)
    t2 = time.process_time()
    n = len(docs)
    claims = [(d, c) for d in docs for c in d.layer("claims")]
    kinds = {k: sum(1 for _, c in claims if c.label == k) for k in ("quantity", "date")}
    in_statements = sum(1 for _, c in claims if c.attrs["statement"] is not None)
    print(f"{n} articles, {sum(len(d.text) for d in docs):,} characters")
    print(f"stages before claims: {n / (t1 - t0):,.0f} articles/s")
    print(f"claims stage:         {n / (t2 - t1):,.0f} articles/s ({(t2 - t1) / n * 1e3:.3f} ms/article)")
    print(f"whole pipeline:       {n / (t2 - t0):,.0f} articles/s (one core)")
    print(f"claims: {len(claims)} ({kinds['quantity']} quantities, {kinds['date']} dates), {in_statements} inside statements")
    rng = random.Random(args.seed)
    for k, (d, c) in enumerate(rng.sample(claims, min(args.sample, len(claims)))):
        t = d.text
        ctx = (t[max(0, c.start - 60) : c.start] + "⟦" + t[c.start : c.end] + "⟧" + t[c.end : c.end + 60]).replace("\n", " ")
        attrs = {a: v for a, v in c.attrs.items() if v is not None and a != "statement"}
        print(f"{k:3d} {d.date} {c.label} {json.dumps(attrs, ensure_ascii=False)}\n    {ctx}")


if __name__ == "__main__":
    main()
