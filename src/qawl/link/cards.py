"""Reading statement clusters and document reuse: the cluster card (members, earliest report, the
first-person wording, word-level diffs of each variant against it) and the export rows of
``qawl export clusters`` / ``qawl export reuse``."""
from __future__ import annotations

import difflib
import json
import re
import sqlite3
from collections.abc import Iterator
from typing import Any

from qawl.link.stem import tokens
from qawl.rules.linking import FIRST_PERSON_SUFFIX, FIRST_PERSON_WORDS, FUNCTION_WORDS
from qawl.text.normalize import key

_FIRST = {key(w) for w in FIRST_PERSON_WORDS}
_FUNCTION = {key(w) for w in FUNCTION_WORDS}
_SUFFIX = key(FIRST_PERSON_SUFFIX)
_WORD = re.compile(r"\S+")
_PUNCT = "«»\"“”'()[]{}.,،؛;:!?؟-–—…"


def first_person_score(text: str) -> int:
    """How many words of ``text`` mark first-person speech (نحن، مهمتنا، نسعى …)."""
    score = 0
    for w in key(text).split():
        w = w.strip(_PUNCT)
        if w in _FIRST or w.lstrip("وف") in _FIRST:
            score += 1
        elif len(w) >= 5 and w.endswith(_SUFFIX) and w not in _FUNCTION:
            score += 1
    return score


def _word_stem(folded: str) -> str:
    toks = tokens(folded)
    return " ".join(t.stem for t in toks) if toks else folded


def word_diff(base: str, variant: str) -> list[dict[str, Any]]:
    """Word-level edit script turning ``base`` into ``variant``. Words are aligned on their stems, so a
    person or clitic change (مهمتنا → مهمتهم) is a one-word ``replace`` marked ``"inflection": True``
    rather than breaking the alignment; words equal once folded (hamza, punctuation) are ``equal``.
    Ops: equal, replace, delete, insert, each ``{"op", "base", "text"}``."""
    bw, vw = _WORD.findall(base), _WORD.findall(variant)
    bk = [key(w).strip(_PUNCT) for w in bw]
    vk = [key(w).strip(_PUNCT) for w in vw]
    bs, vs = [_word_stem(w) for w in bk], [_word_stem(w) for w in vk]
    ops: list[dict[str, Any]] = []

    def emit(op: str, i1: int, i2: int, j1: int, j2: int, **extra: Any) -> None:
        if ops and ops[-1]["op"] == op and op == "equal":
            ops[-1]["base"] += " " + " ".join(bw[i1:i2])
            ops[-1]["text"] += " " + " ".join(vw[j1:j2])
            return
        ops.append({"op": op, "base": " ".join(bw[i1:i2]), "text": " ".join(vw[j1:j2]), **extra})

    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, bs, vs, autojunk=False).get_opcodes():
        if tag != "equal":
            emit(tag, i1, i2, j1, j2)
            continue
        for t in range(i2 - i1):
            i, j = i1 + t, j1 + t
            if bk[i] == vk[j]:
                emit("equal", i, i + 1, j, j + 1)
            else:
                emit("replace", i, i + 1, j, j + 1, inflection=True)
    return ops


_MEMBERS = (
    "SELECT s.id, s.doc_id, s.n, s.kind, s.field, s.start, s.\"end\", s.text, s.speaker_text, s.entity_id,"
    " COALESCE(e.name, de.name) AS entity_name, d.outlet, d.date, d.seq, d.title, d.url"
    " FROM statements s JOIN documents d ON d.id = s.doc_id LEFT JOIN entities e ON e.id = s.entity_id"
    " LEFT JOIN doc_entities de ON de.doc_id = s.doc_id AND de.local_id = s.speaker_local"
    " WHERE s.cluster_id = ?"
)


def _order(r: sqlite3.Row) -> tuple:
    return (r["date"] or "9999-99-99", r["seq"], r["n"])


def cluster_card(conn: sqlite3.Connection, cluster_id: str) -> dict[str, Any] | None:
    """Everything about one cluster, or None when no statement carries ``cluster_id``.

    Shape::

        {"id": str, "size": int,
         "earliest": str,            # statement id of the earliest report (document date, then ingest order)
         "original": str | None,     # statement id of the earliest first-person wording, if any
         "base": str,                # the member the diffs are against: original, else earliest
         "outlets": [str],           # in order of their first report
         "documents": [str],         # in order of report
         "members": [{"statement_id", "doc_id", "outlet", "date", "title", "url", "kind", "field",
                      "start", "end", "text",
                      "speaker": {"text", "entity_id", "name"} | None,  # name: global entity,
                                                    # else the document's own entity name
                      "first_person": bool,
                      "diff": [{"op": "equal|replace|delete|insert", "base": str, "text": str,
                                "inflection": True}]}]}   # inflection: on a replace of one word by
                                                          # another form of it (مهمتنا → مهمتهم)

    Members are in report order (date, then ingest order, then position). ``diff`` turns the base's
    words into the member's (empty for the base itself).
    """
    rows = sorted(conn.execute(_MEMBERS, (cluster_id,)).fetchall(), key=_order)
    if not rows:
        return None
    scores = {r["id"]: first_person_score(r["text"]) for r in rows}
    original = next((r["id"] for r in rows if scores[r["id"]] > 0), None)  # the earliest first-person report
    base = next(r for r in rows if r["id"] == (original or rows[0]["id"]))
    members, outlets, documents = [], [], []
    for r in rows:
        if r["outlet"] not in outlets:
            outlets.append(r["outlet"])
        if r["doc_id"] not in documents:
            documents.append(r["doc_id"])
        members.append({
            "statement_id": r["id"], "doc_id": r["doc_id"], "outlet": r["outlet"], "date": r["date"],
            "title": r["title"], "url": r["url"], "kind": r["kind"], "field": r["field"],
            "start": r["start"], "end": r["end"], "text": r["text"],
            "speaker": None if r["speaker_text"] is None and r["entity_name"] is None
            else {"text": r["speaker_text"], "entity_id": r["entity_id"], "name": r["entity_name"]},
            "first_person": scores[r["id"]] > 0,
            "diff": [] if r["id"] == base["id"] else word_diff(base["text"], r["text"]),
        })
    return {"id": cluster_id, "size": len(rows), "earliest": rows[0]["id"], "original": original,
            "base": base["id"], "outlets": outlets, "documents": documents, "members": members}


def iter_clusters(conn: sqlite3.Connection, min_size: int = 2) -> Iterator[dict[str, Any]]:
    """Export rows of clusters with at least ``min_size`` statements, largest first."""
    ids = conn.execute(
        "SELECT cluster_id, COUNT(*) AS size FROM statements WHERE cluster_id IS NOT NULL"
        " GROUP BY cluster_id HAVING size >= ? ORDER BY size DESC, cluster_id", (min_size,)).fetchall()
    for cid, _ in ids:
        card = cluster_card(conn, cid)
        if card is None:
            continue
        card["members"] = [
            {k: m[k] for k in ("statement_id", "doc_id", "outlet", "date", "kind", "text", "speaker", "first_person")}
            | {"changes": [op for op in m["diff"] if op["op"] != "equal"]}
            for m in card["members"]
        ]
        yield card


def iter_reuse(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Export rows of document reuse: the later document first, shares and aligned spans.

    An exact copy of a stored document is paired with that first copy only (thousands of wire copies
    make as many rows, not millions); its pairs with other documents are the first copy's."""
    for r in conn.execute(
        "SELECT p.*, a.outlet AS outlet_a, a.date AS date_a, b.outlet AS outlet_b, b.date AS date_b"
        " FROM reuse_pairs p JOIN documents a ON a.id = p.doc_a JOIN documents b ON b.id = p.doc_b"
        " ORDER BY a.seq, b.seq"):
        yield {
            "doc_a": r["doc_a"], "outlet_a": r["outlet_a"], "date_a": r["date_a"],
            "doc_b": r["doc_b"], "outlet_b": r["outlet_b"], "date_b": r["date_b"],
            "share_a": r["share_a"], "share_b": r["share_b"], "tokens": r["tokens"],
            "spans": [{"a": [s[0], s[1]], "b": [s[2], s[3]]} for s in json.loads(r["spans"])],
        }
