"""The single writer's queries reach the rows of tables that grow with the store through the batch's
own keys. A query whose plan scans such a table, or walks an index of a column with a handful of
values, costs more with every stored document: ingest slows down as the archive grows, which no
small test notices by its time. Plans are read with EXPLAIN QUERY PLAN, which without ANALYZE
statistics does not depend on how many rows a table holds, so a small store shows the plans of a
large one."""
from __future__ import annotations

import json
import re
import sqlite3

import pytest

from sample_corpus import article

import qawl.ingest_run as ir
from qawl.store.db import connect

# Tables a writer query may read whole, each with why that does not grow with the archive.
ALLOWED_SCANS = {
    "sqlite_master": "the schema",
    "meta": "a few settings",
    "link_bands_log": "read once per process into memory, then only its newest row (ORDER BY id DESC LIMIT 1)",
    "reuse_bands_log": "as link_bands_log",
    "reuse_lines": "its boilerplate lines are read once per process (Reuse._boilerplate), then kept up to date",
    "ingest_pending": "markers of steps a run left undone, deleted as the steps run",
}
# Indexes no writer query may walk: a column with a handful of values (every row of one value is read).
UNSELECTIVE_INDEXES = {
    "search_statements_kind": "statements.kind: four values",
}
# An index used for ``column IS NULL``: every row without a value is read (most of the table).
NULL_LOOKUP = re.compile(r"(\w+) IS NULL")


def _traced_ingest(tmp_path, monkeypatch, articles: list[dict], db) -> list[str]:
    """The SQL the writer runs while ``articles`` are ingested into ``db`` (in this process)."""
    seen: list[str] = []

    def traced_connect(*args, **kwargs):
        conn = connect(*args, **kwargs)
        conn.set_trace_callback(seen.append)
        return conn

    src = tmp_path / f"in{len(list(tmp_path.iterdir()))}.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    monkeypatch.setattr(ir, "connect", traced_connect)
    ir.run_ingest([str(src)], db=str(db), workers=0, progress=False)
    return seen


def _shape(sql: str) -> str:
    """``sql`` with its literals and lists of them as ``?``: one entry per query of the code."""
    shape = re.sub(r"'(?:[^']|'')*'|\bX'[0-9A-Fa-f]*'|\b\d+(?:\.\d+)?\b", "?", sql)
    return re.sub(r"\?(?:\s*,\s*\?)*", "?", shape)


def _plans(db, statements: list[str]) -> dict[str, list[str]]:
    conn = sqlite3.connect(db)
    try:
        out = {}
        for sql in statements:
            shape = _shape(sql)
            if shape in out or not re.match(r"\s*(SELECT|UPDATE|DELETE|INSERT)", sql, re.I):
                continue
            try:
                out[shape] = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
            except sqlite3.Error:  # a temporary table or savepoint of the run, gone now
                continue
        return out
    finally:
        conn.close()


def _growing_reads(plans: dict[str, list[str]]) -> list[str]:
    bad = []
    for shape, lines in plans.items():
        for line in lines:
            scan = re.match(r"SCAN (?:main\.)?(\w+)", line)
            if scan and scan.group(1) not in ALLOWED_SCANS and "VIRTUAL TABLE" not in line \
                    and not scan.group(1).endswith("_config") and scan.group(1) not in {"i", "CONSTANT"}:
                bad.append(f"{shape}\n    {line}")
            index = re.search(r"USING (?:COVERING )?INDEX (\w+) \((\w+)=", line)
            if index and index.group(1) in UNSELECTIVE_INDEXES:
                bad.append(f"{shape}\n    {line}")
            elif index and any(col.endswith(index.group(2)) for col in NULL_LOOKUP.findall(shape)) \
                    and not re.search(rf"\b{index.group(2)}\s*(=|IN)", shape):
                bad.append(f"{shape}\n    {line}  (an IS NULL lookup)")
    return bad


@pytest.fixture
def writer_plans(tmp_path, monkeypatch) -> dict[str, list[str]]:
    """The plans of every query the writer ran: 24 new articles in batches of 6, then 6 of them
    again with a changed text (the re-ingest path: their rows are forgotten first)."""
    monkeypatch.setenv("QAWL_BATCH_SIZE", "6")
    db = tmp_path / "plans.db"
    articles = [article(i) for i in range(24)]
    seen = _traced_ingest(tmp_path, monkeypatch, articles, db)
    changed = [a | {"text": a["text"] + "\nوقال المتحدث إن الاجتماع المقبل سيعقد في الصيف."} for a in articles[:6]]
    seen += _traced_ingest(tmp_path, monkeypatch, changed, db)
    return _plans(db, seen)


def test_no_writer_query_reads_a_growing_table_whole(writer_plans):
    # guard of the harness: the run went through the link and search steps and the forget path
    joined = "\n".join(writer_plans)
    assert "link_statements" in joined and "search_refs" in joined and "DELETE FROM link_pairs" in joined
    assert _growing_reads(writer_plans) == []


def test_the_check_finds_a_scan_an_unselective_index_and_a_null_lookup():
    # guard of the check itself, on plans SQLite gives for the three kinds of query
    plans = {
        "SELECT cluster_id FROM link_clusters WHERE rep_id IN (?)": ["SCAN link_clusters"],
        "SELECT s.id FROM statements s WHERE s.doc_id IN (?) AND s.kind = ?":
            ["SEARCH s USING INDEX search_statements_kind (kind=?)"],
        "SELECT l.stems FROM link_statements l WHERE l.exact IS NULL":
            ["SEARCH l USING INDEX link_statements_exact (exact=?)"],
        "SELECT exact FROM link_statements WHERE exact IN (?)":
            ["SEARCH link_statements USING INDEX link_statements_exact (exact=?)"],
    }
    assert len(_growing_reads(plans)) == 3
