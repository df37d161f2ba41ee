"""The pipeline on Spark (local mode) gives the single-machine statements, entities and documents on
the same sample; `qawl load-parquet` makes a store whose exports equal an ingested store's."""
from __future__ import annotations

import json
import os
from collections import defaultdict

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from scale_support import HERE, export_all, write_corpus
from sample_corpus import CLAIMS, article, sentence
from test_warc import ARTICLE, _record as warc_response
from warcio.warcwriter import WARCWriter

from qawl.ingest_run import run_ingest
from qawl.scale.load_parquet import load_parquet

pytestmark = pytest.mark.spark

N_DOCS = 40
FURNITURE_DOCS = 6
FURNITURE_LINE = "قال المحرر رامي السعدي إن النشرة تصدر كل مساء من مقرها في العاصمة."


@pytest.fixture(scope="module")
def spark_session():
    # Python workers of local Spark import qawl from this worktree.
    os.environ["PYTHONPATH"] = os.pathsep.join([str(HERE.parent.parent / "src"), os.environ.get("PYTHONPATH", "")])
    os.environ["QAWL_SPARK_PARTITIONS"] = "2"  # a small sample: one task per core
    from qawl.spark.job import session

    spark = session("local[2]")
    yield spark
    spark.stop()


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """Toy articles in two JSONL files, a third file with one good and one broken line, and a
    path that does not exist (one Spark run covers them all: each Spark job costs seconds)."""
    tmp = tmp_path_factory.mktemp("spark")
    write_corpus(tmp / "a.jsonl.gz", N_DOCS // 2)
    write_corpus(tmp / "b.jsonl.gz", N_DOCS // 2, start=N_DOCS // 2)
    good = {"id": "ok1", "text": "قال الوزير سامر الخطيب إن أسعار الخبز لن ترتفع هذا العام."}
    lines = [json.dumps(good, ensure_ascii=False), "{broken"]
    for j in range(FURNITURE_DOCS):  # one outlet's standing closing line: site furniture, no statement
        text = f"{sentence(100 + j)}\n{FURNITURE_LINE}"
        lines.append(json.dumps({"id": f"ev-{j}", "outlet": "نشرة المساء", "text": text}, ensure_ascii=False))
    (tmp / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # The same three records as Parquet (read by Spark) and as JSONL (read by qawl ingest).
    records = [article(500 + j) for j in range(3)]
    pq.write_table(pa.Table.from_pylist(records), tmp / "d.parquet")
    (tmp / "d.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    with open(tmp / "e.warc.gz", "wb") as fh:
        warc_response(WARCWriter(fh, gzip=True), "https://news.example/transport/coastal-road", ARTICLE.encode("utf-8"))
    return tmp


def _inputs(sample, parquet: bool) -> list[str]:
    return [str(sample / "a.jsonl.gz"), str(sample / "b.jsonl.gz"), str(sample / "c.jsonl"),
            str(sample / ("d.parquet" if parquet else "d.jsonl")), str(sample / "e.warc.gz"), str(sample / "missing.jsonl")]


@pytest.fixture(scope="module")
def spark_out(spark_session, sample):
    from qawl.spark.job import run_spark

    out = sample / "out"
    summary = run_spark(_inputs(sample, parquet=True), str(out), spark=spark_session)
    return out, summary


@pytest.fixture(scope="module")
def single(sample):
    """The single-machine store of the same inputs."""
    db = sample / "single.db"
    summary = run_ingest(_inputs(sample, parquet=False), db=str(db), workers=0, progress=False)
    return export_all(db), summary


def _parquet(out, table):
    import pyarrow.parquet as pq

    return pq.read_table(out / table).to_pylist()


def test_spark_statements_equal_the_single_machine_ones(spark_out, single):
    out, summary = spark_out
    expected, single_summary = single
    docs = N_DOCS + 1 + FURNITURE_DOCS + 3 + 1
    assert summary.documents == single_summary.documents == docs
    # Two sayings per sample article (and Parquet record), one in "ok1", one per furniture article
    # outside its closing line; the WARC page's sayings are whatever extraction finds, on both sides.
    warc_statements = sum(s["doc_id"].startswith("warc-") for s in expected["statements"])
    assert summary.statements == len(expected["statements"]) == 2 * (N_DOCS + 3) + 1 + FURNITURE_DOCS + warc_statements
    assert warc_statements >= 1
    assert not any("النشرة تصدر" in s["text"] for s in expected["statements"])

    entity_name = {e["id"]: e["name"] for e in _parquet(out, "entities")}
    spark_rows = {r["id"]: r for r in _parquet(out, "statements")}
    assert len(spark_rows) == len(expected["statements"])
    for want in expected["statements"]:
        got = spark_rows[want["id"]]
        assert (got["doc_id"], got["kind"], got["text"], got["start"], got["end"], got["cue"]) == (
            want["doc_id"], want["kind"], want["text"], want["start"], want["end"], want["cue"])
        assert got["speaker_text"] == (want["speaker_mention"] or {}).get("text")
        # Entity merging on Spark gives the same global entity (same id, same name).
        if want["speaker"] is None:
            assert got["entity_id"] is None
        else:
            assert (got["entity_id"], entity_name[got["entity_id"]]) == (want["speaker"]["id"], want["speaker"]["name"])


def test_statement_clusters_group_the_same_claim_across_outlets(spark_out):
    out, _ = spark_out
    by_text = defaultdict(set)
    for r in _parquet(out, "statements"):
        if r["text"] in CLAIMS:
            by_text[r["text"]].add(r["cluster_id"])
    # Four invented claims, each repeated across the sample: one cluster each, all different.
    assert len(by_text) == 4
    assert all(len(ids) == 1 and None not in ids for ids in by_text.values())
    assert len({next(iter(ids)) for ids in by_text.values()}) == 4


def test_load_parquet_store_exports_like_an_ingested_store(spark_out, single, sample):
    out, _ = spark_out
    loaded = sample / "loaded.db"
    load_parquet(out, db=str(loaded))
    got, (want, _) = export_all(loaded), single
    assert got["documents"] == want["documents"]
    assert got["entities"] == want["entities"]
    assert got["claims"] == want["claims"]
    # Clusters come from Spark's MinHash (qawl.link, when present, recomputes them on load).
    strip = lambda rows: [{k: v for k, v in r.items() if k != "cluster_id"} for r in rows]  # noqa: E731
    assert strip(got["statements"]) == strip(want["statements"])
    with pytest.raises(ValueError, match="already holds documents"):
        load_parquet(out, db=str(loaded))


def test_skipped_inputs_are_written_and_reported(spark_out, single, sample):
    out, summary = spark_out
    expected = sorted([f"{sample / 'c.jsonl'}:2", str(sample / "missing.jsonl")])
    assert sorted(s.where for s in summary.skipped) == expected
    assert sorted(s.where for s in single[1].skipped) == expected
    assert sorted(r["where"] for r in _parquet(out, "skipped")) == expected
