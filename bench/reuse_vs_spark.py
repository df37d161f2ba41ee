"""Peer comparison: qawl's document-reuse step vs Spark MLlib ``MinHashLSH.approxSimilarityJoin``
on the same slice of the shared corpus and the same shingles.

qawl: documents are stored and ``link_documents`` runs batch by batch, as ``qawl ingest`` does
(windowed MinHash LSH, then alignment; a pair is reuse when they share an aligned passage of 15+ stems).
Spark: each document becomes the set of the same hashed stem bigrams qawl signs (outlet boilerplate
lines excluded the same way), as a sparse vector; ``MinHashLSH(numHashTables=H)`` and
``approxSimilarityJoin(df, df, T)`` return the pairs within Jaccard distance T.

Needs the optional extra: ``pip install -e '.[spark]'`` (PySpark 4.0.1 runs on Java 17).

    .venv/bin/python bench/reuse_vs_spark.py --articles 5000

Prints timings, pair counts, and examples of pairs each finds that the other misses.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from link_scale import read_corpus  # noqa: E402

from qawl.doc import Document  # noqa: E402
from qawl.link import forget, link_documents  # noqa: E402
from qawl.link.lsh import ensure_schema  # noqa: E402
from qawl.link.reuse import Reuse, compare_docs  # noqa: E402
from qawl.link.shingles import window_shingles  # noqa: E402
from qawl.store.db import connect  # noqa: E402
from qawl.store.write import save_batch  # noqa: E402

FEATURES = 1 << 24  # sparse vector size: shingle hash mod this


def run_qawl(rows: list[dict], db: str, batch: int) -> tuple[set[tuple[str, str]], float, float, object]:
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    conn = connect(db)
    ensure_schema(conn)
    wall = cpu = 0.0
    for i in range(0, len(rows), batch):
        docs = [Document(id=r["id"], text=r["text"], title=r["title"], outlet=r["outlet"], date=r["date"])
                for r in rows[i : i + batch]]
        written = save_batch(conn, [(d, None) for d in docs])
        t0, c0 = time.perf_counter(), time.process_time()
        with conn:
            forget(conn, written)
            link_documents(conn, written)
        wall += time.perf_counter() - t0
        cpu += time.process_time() - c0
    pairs = {tuple(sorted(p)) for p in conn.execute("SELECT doc_a, doc_b FROM reuse_pairs")}
    return pairs, wall, cpu, conn


def with_copies(conn, pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """qawl pairs an exact copy with its first copy only; the copy's other pairs are the first copy's.
    Spelled out here (every copy takes its first copy's pairs) so the counts compare with Spark's."""
    copies: dict[str, list[str]] = {}
    for doc_id, canonical in conn.execute("SELECT doc_id, canonical FROM reuse_docs WHERE doc_id != canonical"):
        copies.setdefault(canonical, []).append(doc_id)
    out = set(pairs)
    for group in copies.values():
        out.update(tuple(sorted((x, y))) for x in group for y in group if x < y)
    for a, b in pairs:
        for x in copies.get(a, []):
            if x != b:
                out.add(tuple(sorted((x, b))))
        for y in copies.get(b, []):
            if y != a:
                out.add(tuple(sorted((a, y))))
    return out


def shingle_sets(conn) -> dict[str, list[int]]:
    """The hashed stem bigrams of each stored document (boilerplate excluded), as qawl reads them."""
    reuse = Reuse(conn)
    out = {}
    for seq, doc_id in conn.execute("SELECT seq, id FROM documents ORDER BY seq").fetchall():
        d = reuse._stored(seq)
        grams = set()
        for w in window_shingles(d.st, window=len(d.st.stems) + 1, stride=len(d.st.stems) + 1):
            grams.update(int(x) % FEATURES for x in w)
        if grams:
            out[doc_id] = sorted(grams)
        reuse.cache.clear()
    return out


def run_spark(sets: dict[str, list[int]], tables: int, threshold: float) -> tuple[dict, float, float]:
    from pyspark.ml.feature import MinHashLSH
    from pyspark.ml.linalg import Vectors
    from pyspark.sql import SparkSession

    t0 = time.perf_counter()
    spark = (SparkSession.builder.master("local[2]").appName("qawl-reuse-vs-spark")
             .config("spark.driver.memory", "4g").config("spark.sql.shuffle.partitions", "8")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    startup = time.perf_counter() - t0
    t1 = time.perf_counter()
    df = spark.createDataFrame(
        [(doc_id, Vectors.sparse(FEATURES, idx, [1.0] * len(idx))) for doc_id, idx in sets.items()], ["id", "features"])
    model = MinHashLSH(inputCol="features", outputCol="hashes", numHashTables=tables, seed=20130123).fit(df)
    joined = model.approxSimilarityJoin(df, df, threshold, distCol="distance")
    found = {}
    for r in joined.select("datasetA.id", "datasetB.id", "distance").collect():
        a, b = r[0], r[1]
        if a < b:
            found[(a, b)] = r[2]
    elapsed = time.perf_counter() - t1
    spark.stop()
    return found, startup, elapsed


def jaccard(a: list[int], b: list[int]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa or sb else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--tables", type=int, default=5, help="Spark numHashTables")
    ap.add_argument("--threshold", type=float, default=0.8, help="Spark Jaccard distance threshold")
    ap.add_argument("--examples", type=int, default=4)
    ap.add_argument("--db", default=None)
    args = ap.parse_args()
    rows = list(read_corpus(Path(args.shared) / "corpus" / "arabic_news.jsonl.gz", args.articles))
    db = args.db or f"/tmp/qawl-reuse-vs-spark-{args.articles}.db"

    stored_pairs, q_wall, q_cpu, conn = run_qawl(rows, db, args.batch)
    qawl_pairs = with_copies(conn, stored_pairs)
    sets = shingle_sets(conn)
    spark_found, startup, s_wall = run_spark(sets, args.tables, args.threshold)
    spark_pairs = set(spark_found)

    both, only_q, only_s = qawl_pairs & spark_pairs, qawl_pairs - spark_pairs, spark_pairs - qawl_pairs
    print(json.dumps({
        "articles": len(rows), "documents_with_shingles": len(sets),
        "qawl_reuse_seconds_wall": round(q_wall, 1), "qawl_reuse_seconds_cpu": round(q_cpu, 1),
        "spark_startup_seconds": round(startup, 1), "spark_join_seconds_wall": round(s_wall, 1),
        "spark_params": {"numHashTables": args.tables, "jaccard_distance_threshold": args.threshold},
        "qawl_pairs_stored": len(stored_pairs), "qawl_pairs": len(qawl_pairs), "spark_pairs": len(spark_pairs),
        "both": len(both), "qawl_only": len(only_q), "spark_only": len(only_s),
    }, ensure_ascii=False))

    text = {r["id"]: r for r in rows}
    share = {tuple(sorted((r[0], r[1]))): (r[0], r[2], r[3], r[4], json.loads(r[5])) for r in conn.execute(
        "SELECT doc_a, doc_b, share_a, share_b, tokens, spans FROM reuse_pairs")}
    print("\n# qawl finds, Spark misses (partial reuse: low Jaccard over whole documents)")
    for a, b in sorted(only_q & set(share), key=lambda p: -share[p][3])[: args.examples]:
        first, sa, sb, n, spans = share[(a, b)]
        second = b if first == a else a
        s = max(spans, key=lambda x: x[1] - x[0])  # the longest aligned passage
        passage = text[first]["text"][s[0] : s[1]]
        print(f"- {first} ({text[first]['outlet']}) ~ {second} ({text[second]['outlet']}): {n} stems aligned,"
              f" share {sa:.2f}/{sb:.2f}, Jaccard {jaccard(sets.get(a, []), sets.get(b, [])):.2f}")
        print(f"    «{' '.join(passage.split())[:160]}»")
    print("\n# Spark finds, qawl misses")
    reuse = Reuse(conn)
    seq = dict(conn.execute("SELECT id, seq FROM documents"))
    for a, b in sorted(only_s, key=lambda p: spark_found[p])[: args.examples]:
        da, dbb = reuse._stored(seq[a]), reuse._stored(seq[b])
        row = compare_docs(da, dbb)
        why = "aligned below 15 stems" if row is None else f"qawl aligns {row[4]} stems (LSH missed the pair)"
        print(f"- {a} ({text[a]['outlet']}) ~ {b} ({text[b]['outlet']}): Jaccard distance {spark_found[(a, b)]:.2f};"
              f" {why}")
        print(f"    A: {' '.join(text[a]['text'].split())[:120]}")
        print(f"    B: {' '.join(text[b]['text'].split())[:120]}")


if __name__ == "__main__":
    main()
