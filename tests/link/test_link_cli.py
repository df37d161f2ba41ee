"""``qawl export clusters|reuse``, ``qawl show cluster``, ``qawl relink`` and cluster ids in statements."""
import json
import sqlite3

from typer.testing import CliRunner

import link_fixtures as fx
from qawl.cli import app

runner = CliRunner()


def _db(ingest, tmp_path):
    ingest([fx.interview(), *fx.rewrites()])
    return str(tmp_path / "link.db")


def test_export_clusters_jsonl(ingest, tmp_path):
    db = _db(ingest, tmp_path)
    result = runner.invoke(app, ["export", "clusters", "--db", db])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    by_id = {r["id"]: r for r in rows}
    a3 = by_id["interview:2"]  # the arrests answer: interview, glossed copy, word-swapped report
    assert a3["earliest"] == "interview:2" and a3["size"] == 3
    assert a3["outlets"] == ["صحيفة الميدان", "موقع الشرق اليوم", "قناة النهار"]
    swapped = next(m for m in a3["members"] if m["statement_id"] == "swapped:0")
    assert [(c["base"], c["text"]) for c in swapped["changes"]] == [("مقاتلي", "عناصر")]
    glossed = next(m for m in a3["members"] if m["statement_id"] == "verbatim:1")
    assert [(c["op"], c["text"]) for c in glossed["changes"]] == [("insert", "(قوات سوريا الديمقراطية)")]
    # Singletons are not exported.
    assert all(r["size"] >= 2 for r in rows)


def test_export_reuse_csv(ingest, tmp_path):
    db = _db(ingest, tmp_path)
    out = tmp_path / "reuse.csv"
    result = runner.invoke(app, ["export", "reuse", "--db", db, "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("doc_a,outlet_a,date_a,doc_b,outlet_b,date_b,share_a,share_b,tokens,spans")
    assert any(line.startswith("verbatim,") and ",interview," in line for line in lines[1:])


def test_statements_export_carries_cluster_ids(ingest, tmp_path):
    db = _db(ingest, tmp_path)
    result = runner.invoke(app, ["export", "statements", "--db", db])
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    cluster = {r["id"]: r["cluster_id"] for r in rows}
    assert cluster["reported:1"] == cluster["interview:1"] == "interview:1"


def test_show_cluster_prints_a_card(ingest, tmp_path):
    db = _db(ingest, tmp_path)
    result = runner.invoke(app, ["show", "cluster", "interview:2", "--db", db])
    assert result.exit_code == 0, result.output
    assert "cluster interview:2" in result.stdout
    assert "3 reports in 3 documents by 3 outlets" in result.stdout
    assert "عناصر" in result.stdout  # the swapped word is shown


def test_show_unknown_cluster_fails_clearly(ingest, tmp_path):
    db = _db(ingest, tmp_path)
    result = runner.invoke(app, ["show", "cluster", "nope", "--db", db])
    assert result.exit_code == 1
    assert "no cluster 'nope'" in result.output


def test_relink_rebuilds_the_same_clusters(ingest, store, tmp_path):
    db = _db(ingest, tmp_path)
    before = dict(store.execute("SELECT id, cluster_id FROM statements"))
    result = runner.invoke(app, ["relink", "--db", db])
    assert result.exit_code == 0, result.output
    after = dict(store.execute("SELECT id, cluster_id FROM statements"))
    assert after == before


def test_ingest_into_a_store_of_another_link_format_says_to_relink(tmp_path):
    db = str(tmp_path / "q.db")
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps({"id": "a", "text": "قال وزير المالية إن الموازنة الجديدة جاهزة للعرض على البرلمان."},
                                ensure_ascii=False) + "\n", encoding="utf-8")
    second.write_text(json.dumps({"id": "b", "text": "قال وزير المالية إن الموازنة ستعرض على البرلمان الأسبوع المقبل."},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(first), "--db", db]).exit_code == 0
    with sqlite3.connect(db) as conn:  # as a store linked before the format changed would be
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'link_format'")
    result = runner.invoke(app, ["ingest", str(second), "--db", db])
    assert result.exit_code == 2
    assert "qawl relink" in result.output and "Traceback" not in result.output
    assert runner.invoke(app, ["relink", "--db", db]).exit_code == 0
    assert runner.invoke(app, ["ingest", str(second), "--db", db]).exit_code == 0
