"""``qawl spark INPUT… OUTPUT``: the whole Spark run, from input files to Parquet tables.

1. read: one task per input file with the single-machine readers (Parquet tables of documents
   through Spark's reader); every item keeps its place in the input (file_no, item_no);
2. analyse: ``mapPartitions`` running :func:`qawl.pipeline.analyze` and the store's own writer
   (:mod:`qawl.spark.rows`) — the per-document work of ``qawl ingest``;
3. cross-document jobs, as ``qawl ingest`` runs them: site furniture (:mod:`qawl.spark.furniture`),
   entity merging by blocking key (:mod:`qawl.spark.entities`) and statement clusters by MinHash
   LSH (:mod:`qawl.spark.clusters`);
4. write ``OUTPUT/<table>/`` as Parquet for documents (in input order), statements, entities,
   mentions, doc_entities, claims, and skipped (what was not ingested, and why).
"""
from __future__ import annotations

import importlib
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from qawl.ingest.readers import Defaults, Skipped
from qawl.spark import clusters, entities, furniture, inputs, rows

OUTPUT_TABLES = ("documents", "statements", "entities", "entity_keys", "role_holders", "mentions", "doc_entities",
                 "claims", "skipped")


@dataclass
class SparkSummary:
    documents: int = 0
    statements: int = 0
    entities: int = 0
    skipped: list[Skipped] = field(default_factory=list)


def _local_cores(master: str) -> int | None:
    match = re.fullmatch(r"local(?:\[(\d+|\*)(?:,\d+)?\])?", master)
    if not match:
        return None
    n = match.group(1)
    return os.cpu_count() or 1 if n in (None, "*") else int(n)


def session(master: str, app_name: str = "qawl") -> Any:
    """A SparkSession; ``master`` as spark-submit takes it (``local[*]``, ``spark://…``, ``yarn``)."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = (SparkSession.builder.master(master).appName(app_name).config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false"))
    cores = _local_cores(master)
    if cores:  # on one machine, few large tasks: each Spark stage has a fixed cost
        builder = builder.config("spark.sql.shuffle.partitions", str(2 * cores))
    return (builder
            .config("spark.driver.memory", os.environ.get("QAWL_SPARK_DRIVER_MEMORY", "2g"))
            .getOrCreate())


def _analyse_partition(setup: str | None) -> Any:
    def run(items: Iterator[inputs.Keyed]) -> Iterator[tuple[str, dict[str, Any]]]:
        if setup:  # e.g. extra stages a deployment adds: "module:function", called once per task
            module, func = setup.split(":")
            getattr(importlib.import_module(module), func)()
        docs = []
        for key, item in items:
            if isinstance(item, Skipped):
                yield "skipped", {"where": item.where, "reason": item.reason}
            else:
                docs.append((key, item))
        yield from rows.analyse_rows(docs)
    return run


def _schema(columns: list[tuple[str, str]]) -> Any:
    from pyspark.sql.types import ArrayType, LongType, StringType, StructField, StructType

    types = {"INTEGER": LongType(), "TEXT[]": ArrayType(StringType())}
    return StructType([StructField(name, types.get(kind, StringType())) for name, kind in columns])


def _read(spark: Any, paths: list[str], defaults: Defaults) -> tuple[Any, list[Skipped]]:
    files, missing = inputs.expand(paths)
    sc = spark.sparkContext
    plain = [(n, f) for n, f in enumerate(files) if not inputs.is_parquet(f)]
    parts = []
    if plain:
        parts.append(sc.parallelize(plain, len(plain)).flatMap(lambda nf: inputs.read_file(nf[0], nf[1], defaults)))
    for n, f in enumerate(files):
        if inputs.is_parquet(f):
            parts.append(spark.read.parquet(f).rdd.zipWithIndex().map(
                lambda ri, n=n, f=f: inputs.from_parquet_row(n, ri[1], ri[0].asDict(), f, defaults)))
    return (sc.union(parts) if parts else sc.emptyRDD()), missing


def _resolve_entities(spark: Any, doc_entities: Any, documents: Any) -> tuple[Any, Any, Any, Any]:
    """``(assignments (doc_id, local_id, entity_id), entities, entity_keys, role_holders)``."""
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    named = doc_entities.join(documents.select(documents.id.alias("doc_id"), "file_no", "item_no"), "doc_id")
    resolved = (named.rdd.map(lambda r: r.asDict()).keyBy(entities.block_of).groupByKey()
                .flatMap(lambda kv: entities.resolve_block(kv[1])).cache())
    ids = (resolved.filter(lambda t: t[0] == "entity").map(lambda t: (tuple(t[1][0]), t[1][1:]))
           .sortByKey().zipWithIndex().map(lambda ci: (ci[0][0], (ci[1] + 1, *ci[0][1]))).cache())
    assigned = (resolved.filter(lambda t: t[0] == "assign").map(lambda t: (tuple(t[1][2]), (t[1][0], t[1][1])))
                .join(ids).map(lambda kv: (kv[1][0][0], kv[1][0][1], kv[1][1][0])))
    assign_df = spark.createDataFrame(assigned, StructType([
        StructField("doc_id", StringType()), StructField("local_id", StringType()), StructField("entity_id", LongType())]
    )).cache()  # joined into three tables
    entity_df = spark.createDataFrame(ids.map(lambda kv: kv[1]), StructType([
        StructField("id", LongType()), StructField("type", StringType()), StructField("name", StringType()),
        StructField("key", StringType())]))
    keys = (resolved.filter(lambda t: t[0] == "key").map(lambda t: (tuple(t[1][1]), t[1][0]))
            .join(ids).map(lambda kv: (kv[1][0], kv[1][1][0])))
    keys_df = spark.createDataFrame(keys, StructType([
        StructField("block", StringType()), StructField("entity_id", LongType())]))
    roles = (resolved.filter(lambda t: t[0] == "role").map(lambda t: (tuple(t[1][1]), (t[1][0], t[1][2])))
             .join(ids).map(lambda kv: (kv[1][0][0], kv[1][1][0], kv[1][0][1])))
    roles_df = spark.createDataFrame(roles, StructType([
        StructField("role", StringType()), StructField("entity_id", LongType()), StructField("doc_id", StringType())]))
    return assign_df, entity_df, keys_df, roles_df


def run_spark(paths: list[str], output: str, *, master: str = "local[*]", outlet: str | None = None,
              date: str | None = None, setup: str | None = None, spark: Any = None) -> SparkSummary:
    """Analyse ``paths`` on Spark and write the Parquet tables under ``output``."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    spark = spark or session(master)
    defaults = Defaults(outlet, date)
    items, missing = _read(spark, paths, defaults)
    partitions = int(os.environ.get("QAWL_SPARK_PARTITIONS") or spark.sparkContext.defaultParallelism * 2)
    table_rows = items.repartition(partitions).mapPartitions(_analyse_partition(setup)).persist(StorageLevel.MEMORY_AND_DISK)

    mem = rows.memory_store()
    frames = {}
    for table in (*rows.TABLES, *rows.EXTRA_COLUMNS):
        cols = rows.EXTRA_COLUMNS.get(table) or rows.columns(mem, table)
        names = [c for c, _ in cols]
        data = table_rows.filter(lambda tr, t=table: tr[0] == t).map(lambda tr, n=names: tuple(tr[1].get(c) for c in n))
        frames[table] = spark.createDataFrame(data, _schema(cols))
    mem.close()

    lines = frames.pop("doc_lines")
    if furniture.enabled():
        dropped = furniture.furniture_statements(lines, frames["statements"]).cache()
        frames["statements"] = frames["statements"].join(dropped, "id", "left_anti")
        frames["claims"] = frames["claims"].join(dropped.withColumnRenamed("id", "statement_id"), "statement_id", "left_anti")
        frames["shingles"] = frames["shingles"].join(dropped, "id", "left_anti")
    assign, frames["entities"], frames["entity_keys"], frames["role_holders"] = _resolve_entities(
        spark, frames["doc_entities"], frames["documents"])
    for table in ("doc_entities", "mentions"):
        frames[table] = frames[table].drop("entity_id").join(assign, ["doc_id", "local_id"], "left")
    st_assign = assign.withColumnRenamed("local_id", "speaker_local")
    statements = frames["statements"].drop("entity_id").join(st_assign, ["doc_id", "speaker_local"], "left")
    found = clusters.cluster_ids(spark, frames.pop("shingles"))
    frames["statements"] = statements.drop("cluster_id").join(found, "id", "left")
    frames["documents"] = frames["documents"].orderBy("file_no", "item_no")
    if missing:
        frames["skipped"] = frames["skipped"].union(
            spark.createDataFrame([(m.where, m.reason) for m in missing], frames["skipped"].schema))

    for table in OUTPUT_TABLES:
        frames[table].write.mode("overwrite").parquet(os.path.join(output, table))
    table_rows.unpersist()
    return _summary(output)


def _summary(output: str) -> SparkSummary:
    """Counts from the Parquet footers and the skipped table (no more Spark jobs)."""
    import pyarrow.parquet as pq
    from pathlib import Path

    def rows(table: str) -> int:
        return sum(pq.ParquetFile(f).metadata.num_rows for f in Path(output, table).glob("*.parquet"))

    skipped = [Skipped(r["where"], r["reason"]) for f in sorted(Path(output, "skipped").glob("*.parquet"))
               for r in pq.read_table(f).to_pylist()]
    return SparkSummary(documents=rows("documents"), statements=rows("statements"), entities=rows("entities"),
                        skipped=skipped)
