"""Golden output of ``qawl.pipeline.analyze`` for speed work: dump it, change the code, compare.

    PYTHONHASHSEED=0 .venv/bin/python bench/analyze_golden.py dump /tmp/golden.jsonl --articles 5000
    ... optimize ...
    PYTHONHASHSEED=0 .venv/bin/python bench/analyze_golden.py dump /tmp/new.jsonl --articles 5000
    .venv/bin/python bench/analyze_golden.py compare /tmp/golden.jsonl /tmp/new.jsonl

One JSON line per document: every layer's spans (start, end, label, attributes; a Span inside
attributes as its offsets and label) and ``doc.entities``. Documents are the first N corpus
articles, then ``../shared/samples`` and ``examples/articles``. Output goes where you say (keep it
out of the repository: it holds corpus text offsets, and corpus text must not be copied in).
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
import time
from pathlib import Path

from qawl.doc import Span
from qawl.ingest.readers import document_from_record, iter_documents
from qawl.pipeline import analyze

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "arabic_news.jsonl.gz"


def plain(v):
    """A JSON-able copy of an attribute value (Spans as ["SPAN", start, end, label])."""
    if isinstance(v, Span):
        return ["SPAN", v.start, v.end, v.label]
    if isinstance(v, dict):
        return {str(k): plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    if isinstance(v, (set, frozenset)):
        return ["SET", sorted(map(repr, v))]
    if v is None or isinstance(v, (str, int, float, bool)):
        return v
    return ["REPR", repr(v)]


def documents(corpus: Path, n: int):
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in itertools.islice(fh, n):
            yield document_from_record(json.loads(line))
    for d in iter_documents([str(ROOT.parent / "shared" / "samples"), str(ROOT / "examples" / "articles")]):
        if hasattr(d, "layers"):
            yield d


def dump(out: Path, corpus: Path, n: int) -> None:
    t = time.process_time()
    count = 0
    with open(out, "w", encoding="utf-8") as fh:
        for doc in documents(corpus, n):
            analyze(doc)
            layers = {k: [[s.start, s.end, s.label, plain(s.attrs)] for s in v] for k, v in doc.layers.items()}
            fh.write(json.dumps({"id": doc.id, "layers": layers, "entities": plain(doc.entities)},
                                ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    print(f"{count} documents, {time.process_time() - t:.1f} CPU s", file=sys.stderr)


def compare(a: Path, b: Path, show: int = 3) -> int:
    """Number of documents whose analysis differs (prints the first ``show``)."""
    differ = 0
    with open(a, encoding="utf-8") as fa, open(b, encoding="utf-8") as fb:
        for x, y in itertools.zip_longest(fa, fb):
            if x == y:
                continue
            differ += 1
            if differ > show or x is None or y is None:
                continue
            X, Y = json.loads(x), json.loads(y)
            print("document", X["id"])
            for name in sorted(set(X["layers"]) | set(Y["layers"])):
                old, new = X["layers"].get(name, []), Y["layers"].get(name, [])
                if old != new:
                    print(f"  {name}: {[s for s in old if s not in new][:3]} -> {[s for s in new if s not in old][:3]}")
            if X["entities"] != Y["entities"]:
                print("  entities differ")
    print(f"{differ} documents differ")
    return differ


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--articles", type=int, default=5000)
    d.add_argument("--corpus", type=Path, default=CORPUS)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.corpus, args.articles)
    else:
        sys.exit(1 if compare(args.a, args.b) else 0)


if __name__ == "__main__":
    main()
