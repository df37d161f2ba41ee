"""Statement clusters as a Spark job: MinHash LSH (Spark MLlib) over word-bigram shingles of the
normalized statement text, an approximate self-join at Jaccard distance ≤ ``MAX_DISTANCE``, then
connected components of the matched pairs. A cluster's id is ``sc:<smallest statement id>``;
statements matched to no other stay without a cluster.

The project's own linker (``qawl.link``) is not used here yet; ``qawl load-parquet`` runs it over the
loaded statements when it is present, so the SQLite store ends with its clusters.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from qawl.text.normalize import key

MAX_DISTANCE = 0.5      # Jaccard distance of two statements' shingle sets to count as one statement
NUM_HASH_TABLES = 8     # more tables: fewer missed pairs, more candidate pairs to check
NUM_FEATURES = 1 << 20  # hashed shingle space
SEED = 20240517


def shingles(text: str) -> list[str]:
    """Word bigrams of the matching view of ``text`` (the word itself for one-word statements)."""
    words = [w.strip("«»\"“”'()[].,،؛:!؟?") for w in key(text).split()]
    words = [w for w in words if w]
    if len(words) < 2:
        return words
    return [f"{a} {b}" for a, b in zip(words, words[1:])]


def components(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Union-find over matched pairs: statement id → smallest id of its component."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in parent}


def cluster_ids(spark: Any, shingled: Any) -> Any:
    """DataFrame ``(id, cluster_id)`` for the statements (DataFrame ``(id, shingles)``, made while
    analysing: no Python UDF here) that have a near-identical other statement."""
    from pyspark.ml.feature import HashingTF, MinHashLSH
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType, StructField, StructType

    vectors = HashingTF(inputCol="shingles", outputCol="features", numFeatures=NUM_FEATURES, binary=True).transform(shingled)
    model = MinHashLSH(inputCol="features", outputCol="hashes", numHashTables=NUM_HASH_TABLES, seed=SEED).fit(vectors)
    hashed = model.transform(vectors).cache()
    pairs = (model.approxSimilarityJoin(hashed, hashed, MAX_DISTANCE, distCol="distance")
             .where(F.col("datasetA.id") < F.col("datasetB.id"))
             .select(F.col("datasetA.id").alias("a"), F.col("datasetB.id").alias("b")))
    roots = components((r.a, r.b) for r in pairs.collect())  # matched pairs only: far fewer than statements
    schema = StructType([StructField("id", StringType()), StructField("cluster_id", StringType())])
    return spark.createDataFrame([(sid, f"sc:{root}") for sid, root in roots.items()], schema)
