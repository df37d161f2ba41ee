"""Store reads behind the REST API and the web pages: statement lists with filters, one statement in
its article with its cluster and figures, speakers with counts and timelines, documents, figures.

Rows come out in the export shapes of ``qawl.store.read`` (``statement_row``, ``claim_row``); the
clusters and figure disagreements of other areas are used when their modules are present.
"""
from __future__ import annotations

import difflib
import json
import sqlite3
import threading
from dataclasses import dataclass
from typing import Any

from qawl.memo import memo, store_version
from qawl import search as fts
from qawl.search import STATEMENT_WEIGHTS, STATEMENTS_TABLE, parse_query, rank_window, ranked_window
from qawl.store.db import connect
from qawl.store.read import STATEMENT_SELECT, EntityInfo, claim_row, statement_row
from qawl.text.normalize import key

CONTEXT_CHARS = 400  # article text shown either side of a statement in its API context
@dataclass
class StatementFilter:
    """Filters of ``GET /api/statements``; every value reaches SQL as a parameter."""

    speaker: int | None = None
    entity: int | None = None
    outlet: str | None = None
    kind: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    q: str | None = None


class SharedEntityInfo(EntityInfo):
    """``EntityInfo`` whose spellings and roles are remembered across requests per store version
    (a much-quoted speaker's thousands of mentions are read once, not on every page)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__(conn)
        self.version = store_version(conn)

    def _variants(self, eid: int) -> list[dict[str, Any]]:
        return memo(self.conn, "variants", lambda c, e: EntityInfo._variants(self, e), eid, version=self.version)

    def _roles(self, eid: int) -> list[str]:
        return memo(self.conn, "roles", lambda c, e: EntityInfo._roles(self, e), eid, version=self.version)


def _doc_meta(r: sqlite3.Row) -> dict[str, Any]:
    return {"id": r["doc_id"], "title": r["title"], "outlet": r["outlet"], "date": r["date"], "url": r["url"]}


_COLUMNS = "SELECT s.*, e.name AS entity_name, e.type AS entity_type, d.title, d.outlet, d.date, d.url, d.seq"
_LIST_SELECT = (_COLUMNS + " FROM statements s LEFT JOIN entities e ON e.id = s.entity_id"
                " JOIN documents d ON d.id = s.doc_id")
# Lists pick one page of statement ids with only the filter and sort keys, then read those rows.
# Unfiltered newest-first lists walk articles by the date index and stop after one page (sorting
# every statement of a 50k-article store takes ~0.5 s). With a text query the FTS match must drive
# the join (CROSS JOIN fixes the order): otherwise SQLite may run the match once per statement.
_FROM_LIST = " FROM statements s JOIN documents d ON d.id = s.doc_id"
_FROM_RECENT = " FROM documents d CROSS JOIN statements s ON s.doc_id = d.id"
_FROM_MATCH = (f" FROM {STATEMENTS_TABLE} CROSS JOIN search_refs r ON r.rowid = {STATEMENTS_TABLE}.rowid"
               " CROSS JOIN statements s ON s.id = r.ref JOIN documents d ON d.id = s.doc_id")


def list_statements(conn: sqlite3.Connection, f: StatementFilter, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    """One page of statements matching ``f`` (newest first, or best first with ``q``) and the total."""
    where, args, source, order = [], [], _FROM_LIST, "d.date DESC, d.seq DESC, s.n"
    if f.speaker is None and f.entity is None and not f.q and not f.kind:
        counts = memo(conn, "counts", table_counts)
        # walking articles by date finds a page fast only where most articles carry statements
        source = _FROM_RECENT if counts["statements"] >= counts["documents"] else _FROM_LIST
    if f.speaker is not None:
        where.append("s.entity_id = ?")
        args.append(f.speaker)
    if f.entity is not None:
        where.append('EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = s.doc_id AND m.entity_id = ?'
                     ' AND m.start >= s.start AND m."end" <= s."end")')
        args.append(f.entity)
    for column, value, op in (("d.outlet", f.outlet, "="), ("s.kind", f.kind, "="),
                              ("d.date", f.date_from, ">="), ("d.date", f.date_to, "<=")):
        if value:
            where.append(f"{column} {op} ?")
            args.append(value)
    if f.q:
        match = parse_query(conn, f.q).statements_match()
        if match is None:
            return [], 0
        if not where:  # q alone: ranked as /api/search ranks, among the newest matches (bm25 cost)
            return _ranked_statements(conn, match, limit, offset)
        source = _FROM_MATCH
        where.append(f"{STATEMENTS_TABLE} MATCH ?")
        args.append(match)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = memo(conn, "count", _count, source + clause, tuple(args))
    if f.q:  # ranked among the newest RANK_WINDOW matches that pass the filters (bm25 cost)
        sql = (f"SELECT id FROM (SELECT s.id, bm25({STATEMENTS_TABLE}, {STATEMENT_WEIGHTS}) AS rank{source}{clause}"
               f" ORDER BY {STATEMENTS_TABLE}.rowid DESC LIMIT ?) ORDER BY rank LIMIT ? OFFSET ?")
        args.append(fts.RANK_WINDOW)
    else:
        sql = f"SELECT s.id{source}{clause} ORDER BY {order} LIMIT ? OFFSET ?"
    ids = [r[0] for r in conn.execute(sql, (*args, limit, offset))]
    return _rows_in_order(conn, ids), total


def _ranked_statements(conn: sqlite3.Connection, match: str, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    """One page of the statements matching ``match`` ranked among the newest RANK_WINDOW matches,
    and how many the window holds: one pass over the index (the page's rows are read after)."""
    rows = conn.execute(
        f"SELECT r.ref, top.n FROM (SELECT rowid, rank, COUNT(*) OVER () AS n FROM ({ranked_window(STATEMENTS_TABLE, STATEMENT_WEIGHTS)})"
        " ORDER BY rank LIMIT ? OFFSET ?) top JOIN search_refs r ON r.rowid = top.rowid ORDER BY top.rank",
        (match, fts.RANK_WINDOW, limit, offset)).fetchall()
    if rows:
        return _rows_in_order(conn, [r[0] for r in rows]), rows[0][1]
    return [], (rank_window(conn, STATEMENTS_TABLE, match)[1] if offset else 0)


def _rows_in_order(conn: sqlite3.Connection, ids: list[str]) -> list[dict[str, Any]]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = {r["id"]: r for r in conn.execute(f"{_LIST_SELECT} WHERE s.id IN ({marks})", ids)}
    info = SharedEntityInfo(conn)
    return [statement_row(conn, rows[i], info) | {"document": _doc_meta(rows[i])} for i in ids]


def _count(conn: sqlite3.Connection, source_and_where: str, args: tuple[Any, ...]) -> int:
    return conn.execute(f"SELECT COUNT(*){source_and_where}", args).fetchone()[0]


def _statement(conn: sqlite3.Connection, statement_id: str) -> sqlite3.Row | None:
    return conn.execute(_LIST_SELECT + " WHERE s.id = ?", (statement_id,)).fetchone()


def differences(base: str, other: str) -> dict[str, Any]:
    """Word-level differences of ``other`` against ``base`` (compared in the normalized view):
    ``segments`` of ``other`` with its extra words marked, and the words of ``base`` it lacks."""
    a, b = base.split(), other.split()
    matcher = difflib.SequenceMatcher(a=[key(w) for w in a], b=[key(w) for w in b], autojunk=False)
    segments, missing = [], []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if j2 > j1:
            if segments:
                segments.append({"text": " ", "mark": False})
            segments.append({"text": " ".join(b[j1:j2]), "mark": op != "equal"})
        if op in ("delete", "replace"):
            missing.append(" ".join(a[i1:i2]))
    return {"same": matcher.ratio() == 1.0, "similarity": round(matcher.ratio(), 3),
            "segments": segments, "missing": missing}


def cluster(conn: sqlite3.Connection, statement: sqlite3.Row) -> dict[str, Any] | None:
    """The statement's cluster: the linking module's card when present, and the other members
    (by ``statements.cluster_id``) with their outlets and differences from this statement."""
    cluster_id = statement["cluster_id"]
    if not cluster_id:
        return None
    card = None
    try:
        from qawl.link import cluster_card
    except ImportError:
        cluster_card = None
    if cluster_card is not None:
        card = plain(cluster_card(conn, cluster_id))
    info = SharedEntityInfo(conn)
    members = []
    for r in conn.execute(_LIST_SELECT + " WHERE s.cluster_id = ? AND s.id != ? ORDER BY d.seq, s.n",
                          (cluster_id, statement["id"])):
        members.append(statement_row(conn, r, info) | {"document": _doc_meta(r)}
                       | {"differences": differences(statement["text"], r["text"])})
    return {"id": cluster_id, "card": card, "members": members}


def statement_detail(conn: sqlite3.Connection, statement_id: str) -> dict[str, Any] | None:
    """One statement with its article (metadata, text around it), cluster members and figures."""
    r = _statement(conn, statement_id)
    if r is None:
        return None
    row = statement_row(conn, r, SharedEntityInfo(conn))
    text = conn.execute("SELECT text FROM documents WHERE id = ?", (r["doc_id"],)).fetchone()[0]
    source = (r["title"] or "") if r["field"] == "title" else text
    row["document"] = _doc_meta(r)
    row["context"] = {
        "field": r["field"],
        "before": source[max(0, r["start"] - CONTEXT_CHARS) : r["start"]],
        "text": source[r["start"] : r["end"]],
        "after": source[r["end"] : r["end"] + CONTEXT_CHARS],
    }
    row["cluster"] = cluster(conn, r)
    return row


def article(conn: sqlite3.Connection, doc_id: str) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()


def document_detail(conn: sqlite3.Connection, doc_id: str) -> dict[str, Any] | None:
    """One article with its text, statements and figures."""
    d = article(conn, doc_id)
    if d is None:
        return None
    info = SharedEntityInfo(conn)
    statements = [statement_row(conn, r, info) for r in conn.execute(
        STATEMENT_SELECT + " WHERE s.doc_id = ? ORDER BY s.n", (doc_id,))]
    claims = [claim_row(r) for r in conn.execute("SELECT * FROM claims WHERE doc_id = ? ORDER BY start", (doc_id,))]
    return {"id": d["id"], "title": d["title"], "outlet": d["outlet"], "date": d["date"], "url": d["url"],
            "text": d["text"], "statements": statements, "claims": claims}


def list_speakers(conn: sqlite3.Connection, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    """Entities that speak, most statements first, with their statement and outlet counts."""
    return memo(conn, "speakers", _list_speakers, limit, offset)


def _list_speakers(conn: sqlite3.Connection, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    total = conn.execute("SELECT COUNT(DISTINCT entity_id) FROM statements WHERE entity_id IS NOT NULL").fetchone()[0]
    rows = conn.execute(
        "SELECT e.id, e.name, e.type, COUNT(*) AS statements, COUNT(DISTINCT d.outlet) AS outlets,"
        " MIN(d.date) AS first, MAX(d.date) AS last"
        " FROM statements s JOIN entities e ON e.id = s.entity_id JOIN documents d ON d.id = s.doc_id"
        " GROUP BY e.id ORDER BY statements DESC, e.name LIMIT ? OFFSET ?", (limit, offset))
    return [dict(r) for r in rows], total


WARM_SPEAKERS = 200  # most quoted speakers whose spellings and roles are read when the server starts


def warm_speakers(conn: sqlite3.Connection, n: int = WARM_SPEAKERS) -> None:
    """Read the spellings and roles of the ``n`` most quoted speakers into the shared memo: every
    statement list shows them, and a much-quoted speaker's thousands of mentions take ~15 ms to read
    (50k store: 200 speakers in ~1.5 s, which a cold search list would otherwise pay)."""
    info = SharedEntityInfo(conn)
    for (eid,) in conn.execute("SELECT entity_id FROM statements WHERE entity_id IS NOT NULL"
                               " GROUP BY entity_id ORDER BY COUNT(*) DESC LIMIT ?", (n,)).fetchall():
        info.variants(eid)
        info.roles(eid)


def timeline(conn: sqlite3.Connection, entity_id: int) -> list[dict[str, Any]]:
    """Statements of one speaker per day and outlet, in date order."""
    rows = conn.execute(
        "SELECT d.date, COALESCE(d.outlet, '') AS outlet, COUNT(*) AS count FROM statements s"
        " JOIN documents d ON d.id = s.doc_id WHERE s.entity_id = ? AND d.date IS NOT NULL"
        " GROUP BY d.date, d.outlet ORDER BY d.date, d.outlet", (entity_id,))
    return [dict(r) for r in rows]


def speaker_detail(conn: sqlite3.Connection, entity_id: int, limit: int, offset: int) -> dict[str, Any] | None:
    """One speaker: spellings, roles, statements over time and one page of statements."""
    e = conn.execute("SELECT id, type, name FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if e is None:
        return None
    info = SharedEntityInfo(conn)
    statements, total = list_statements(conn, StatementFilter(speaker=entity_id), limit, offset)
    return {"id": e["id"], "type": e["type"], "name": e["name"], "variants": info.variants(entity_id),
            "roles": info.roles(entity_id), "timeline": timeline(conn, entity_id),
            "statements": statements, "total": total}


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("documents", "statements")}


def recent_statements(conn: sqlite3.Connection, limit: int) -> list[dict[str, Any]]:
    return list_statements(conn, StatementFilter(), limit, 0)[0]


def outlets(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL ORDER BY outlet")]


FIGURES_WAIT = 2.0  # seconds a request waits for figure disagreements before answering "computing"


@dataclass
class _FiguresJob:
    done: threading.Event
    items: list[Any] | None = None
    error: BaseException | None = None


_figures_jobs: dict[tuple[Any, ...], _FiguresJob] = {}
_figures_lock = threading.Lock()


def figures(conn: sqlite3.Connection, wait: float | None = None) -> tuple[bool, list[Any] | None]:
    """Figure disagreements from the claims area when it is present: ``(available, items)``, items
    None while they are still being computed. Comparing every figure of a large store takes long
    (11 s over 5,000 articles), so it runs once per store version in a child process watched by a
    background thread, and requests wait at most FIGURES_WAIT for it."""
    try:
        from qawl.claims.disagree import figure_disagreements
    except ImportError:
        return False, []
    version = store_version(conn)
    with _figures_lock:
        job = _figures_jobs.get(version)
        if job is None:
            _figures_jobs.clear()  # older versions are stale
            job = _figures_jobs[version] = _FiguresJob(threading.Event())
            threading.Thread(target=_compute_figures, args=(version[0], figure_disagreements, job), daemon=True).start()
    if not job.done.wait(FIGURES_WAIT if wait is None else wait):
        return True, None
    if job.error is not None:
        raise RuntimeError(f"figure disagreements failed: {job.error}") from job.error
    return True, job.items


FIGURES_IN_CHILD = True  # compute in a child process (``qawl.api.figures_job``); False: in the thread


def _compute_figures(path: str, compute: Any, job: _FiguresJob) -> None:
    try:
        job.items = _figures_in_child(path) if FIGURES_IN_CHILD else plain(list(_with_conn(path, compute)))
    except Exception as exc:  # noqa: BLE001 - handed to the requests that wait for it
        job.error = exc
    finally:
        job.done.set()


def _with_conn(path: str, compute: Any) -> list[Any]:
    conn = connect(path, readonly=True)
    try:
        return list(compute(conn))
    finally:
        conn.close()


def _figures_in_child(path: str) -> list[Any]:
    """``figures_job`` run on ``path`` with this interpreter and this copy of qawl."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    import qawl

    src = str(Path(qawl.__file__).resolve().parent.parent)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p))
    done = subprocess.run([sys.executable, "-m", "qawl.api.figures_job", path], capture_output=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode("utf-8", "replace")[-2000:])
    return json.loads(done.stdout)


def plain(value: Any) -> Any:
    """JSON-safe copy of what other areas return (dataclasses, tuples, Rows)."""
    import dataclasses

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return plain(dataclasses.asdict(value))
    if isinstance(value, sqlite3.Row):
        return {k: plain(value[k]) for k in value.keys()}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [plain(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return json.loads(json.dumps(value, default=str))
