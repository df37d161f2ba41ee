"""Ingest from every input kind into the store, re-ingest, bad input, and the export shapes."""
import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from qawl.export import write_table
from qawl.ingest_run import run_ingest

ARTICLE = "وقال المتحدث باسم البلدية، المهندس رامي سليم: «أعمال الصيانة ستنتهي خلال أسبوعين».\n"


def qawl(*args, stdin=None, env=None):
    return subprocess.run([sys.executable, "-m", "qawl.cli", *args], input=stdin, capture_output=True, text=True, env=env)


def ingest_lines(tmp_path, records):
    """Write records as one JSONL file, ingest it into a new store, return the store's path."""
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in records), encoding="utf-8")
    db = str(tmp_path / "q.db")
    run_ingest([str(src)], db=db)
    return db


def rows(db, table):
    out = Path(db).with_suffix(f".{table}.jsonl")
    write_table(str(db), table, output=out)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_txt_jsonl_gz_html_and_folders(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "sub" / "b.jsonl").write_text(json.dumps({"id": "b1", "text": ARTICLE, "outlet": "س", "date": "2024-01-02"}, ensure_ascii=False) + "\n", encoding="utf-8")
    with gzip.open(src / "c.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "c1", "text": ARTICLE}, ensure_ascii=False) + "\n")
    html = f"<html><head><title>خبر</title></head><body><article><p>{ARTICLE * 3}</p></article></body></html>"
    (src / "d.html").write_text(html, encoding="utf-8")
    db = tmp_path / "q.db"
    summary = run_ingest([str(src)], db=str(db))
    assert summary.skipped == []
    docs = {d["id"]: d for d in rows(db, "documents")}
    assert set(docs) == {"a", "b1", "c1", "d"}
    assert docs["a"]["text"] == ARTICLE and docs["b1"]["outlet"] == "س" and docs["b1"]["date"] == "2024-01-02"
    for st in rows(db, "statements"):
        assert docs[st["doc_id"]]["text"][st["start"]:st["end"]] == st["text"]
        assert st["speaker"]["name"] == "رامي سليم" and st["cluster_id"] is None or "cluster_id" in st


def test_reingest_replaces_never_duplicates(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "q.db")
    run_ingest([str(f)], db=db)
    run_ingest([str(f)], db=db)
    assert len(rows(db, "documents")) == 1 and len(rows(db, "statements")) == 1
    f.write_text(ARTICLE + "وأضاف سليم أن الطريق سيفتح بعد ذلك مباشرة.\n", encoding="utf-8")
    run_ingest([str(f)], db=db)
    assert len(rows(db, "documents")) == 1 and len(rows(db, "statements")) == 2


def test_bad_input_is_reported_and_the_rest_ingested(tmp_path):
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "legacy.txt").write_bytes(ARTICLE.encode("cp1256"))
    (tmp_path / "lines.jsonl").write_text('{"id": "x", "text": "قال الوزير إن الخطة جاهزة للتنفيذ"}\n{broken\n{"id": "y"}\n', encoding="utf-8")
    db = tmp_path / "q.db"
    result = qawl("ingest", str(tmp_path), "--db", str(db))
    assert result.returncode == 1
    assert "empty.txt: empty file" in result.stderr
    assert "bin.txt: binary" in result.stderr
    assert "lines.jsonl:2: broken JSON" in result.stderr
    assert "lines.jsonl:3: missing or empty 'text'" in result.stderr
    ids = {d["id"] for d in rows(db, "documents")}
    assert ids == {"ok", "legacy", "x"}  # cp1256 decoded, the rest kept


def test_stdin_and_extract(tmp_path):
    result = qawl("extract", "-", stdin=ARTICLE)
    assert result.returncode == 0
    data = json.loads(result.stdout)
    (st,) = data["statements"]
    assert data["text"][st["start"]:st["end"]] == st["text"] == "أعمال الصيانة ستنتهي خلال أسبوعين"
    assert st["speaker"]["name"] == "رامي سليم" and st["speaker_mention"]["text"] == "رامي سليم"


def test_exports_shapes_and_csv(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE + "وأضاف سليم أن الطريق سيفتح بعد ذلك مباشرة.\n", encoding="utf-8")
    db = str(tmp_path / "q.db")
    run_ingest([str(f)], db=db)
    (st, st2) = rows(db, "statements")
    assert {"id", "doc_id", "kind", "text", "start", "end", "cue", "speaker", "speaker_mention", "cluster_id", "claims"} <= set(st)
    assert st["speaker"]["id"] == st2["speaker"]["id"]
    people = [e for e in rows(db, "entities") if e["type"] == "person"]
    (rami,) = [e for e in people if e["name"] == "رامي سليم"]
    assert {v["text"] for v in rami["variants"]} == {"رامي سليم", "سليم"}
    assert rami["roles"] == ["المتحدث باسم البلدية"] and rami["documents"] == ["a"]
    out = tmp_path / "s.csv"
    assert write_table(db, "statements", fmt="csv", output=out) == 2
    assert out.read_text(encoding="utf-8").splitlines()[0].startswith("id,doc_id,kind,text")


def test_one_entity_across_documents_and_spellings(tmp_path):
    lines = [
        {"id": "1", "text": "وقال العقيد مارتن فيلدرز إن القوة باقية في المنطقة."},
        {"id": "2", "text": "وقال العقيد مارتين فيلدرس إن التدريب مستمر في القواعد."},
        {"id": "3", "text": "وأكد فیلدرز أن العمليات ستتواصل حتى نهاية العام."},
    ]
    db = ingest_lines(tmp_path, lines)
    speakers = {s["speaker"]["id"] for s in rows(db, "statements")}
    assert len(speakers) == 1


def test_role_only_speaker_resolves_to_the_holder_seen_in_other_documents(tmp_path):
    lines = [
        {"id": "1", "text": "وصرّح الناطق باسم قوة المهام المشتركة، العقيد مارتن فيلدرز، بأن العمليات مستمرة في الشرق."},
        {"id": "2", "text": "وقال المتحدث باسم قوة المهام المشتركة العقيد مارتن فيلدرز إن الطائرات قصفت مواقع في الغرب."},
        {"id": "3", "text": "وأكد الناطق الرسمي باسم قوة المهام المشتركة أن القوات باقية في القواعد الحالية."},
    ]
    db = ingest_lines(tmp_path, lines)
    speakers = [(s["doc_id"], s["speaker"]["name"]) for s in rows(db, "statements")]
    assert speakers == [("1", "مارتن فيلدرز"), ("2", "مارتن فيلدرز"), ("3", "مارتن فيلدرز")]


def test_a_role_seen_held_in_one_document_only_is_not_resolved_across_documents(tmp_path):
    lines = [
        {"id": "1", "text": "وصرّح الناطق باسم قوة المهام المشتركة، العقيد مارتن فيلدرز، بأن العمليات مستمرة في الشرق."},
        {"id": "2", "text": "وأكد الناطق الرسمي باسم قوة المهام المشتركة أن القوات باقية في القواعد الحالية."},
    ]
    db = ingest_lines(tmp_path, lines)
    speakers = {s["doc_id"]: s["speaker"]["name"] for s in rows(db, "statements")}
    assert speakers["1"] == "مارتن فيلدرز" and speakers["2"] != "مارتن فيلدرز"


def test_csv_keeps_keys_that_only_later_rows_carry(tmp_path):
    import csv

    from qawl.export import _write

    out = tmp_path / "c.csv"
    with open(out, "w", encoding="utf-8", newline="") as fh:
        _write(iter([{"id": 1, "kind": "date"}, {"id": 2, "kind": "quantity", "vague": True}]), fh, "csv")
    rows_read = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows_read[0]["extra"] == "" and json.loads(rows_read[1]["extra"]) == {"vague": True}
