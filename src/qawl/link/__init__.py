"""Linking across documents: statement clusters (one statement reported by many outlets, including
glossed, word-swapped and person-changed rewrites) and document reuse (passim-style shared passages).

``update_links(conn, doc_ids)`` is the cross-document step ingest runs after each stored batch: it
forgets what it knew about those documents (re-ingest replaces them), then links their statements
and text against everything stored — incrementally, through LSH buckets kept in the store. Its
statement passes (``link_statements``, ``link_reused``, ``link_same_speaker`` …) take the batch's
``Linker`` (``linker``; a new one when None, as when a test runs one pass alone).
Reading: ``qawl.link.cards`` (``cluster_card``, ``iter_clusters``, ``iter_reuse``).
"""
from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Callable, Sequence
from itertools import compress

from qawl.link import params
from qawl.link.align import another_statement, compare, figures_disagree
from qawl.link.gaps import link_between_anchors
from qawl.link.clusters import ONE_SPEAKER, Linker, Text, decode, informative, item_of, linked, one_paragraph
from qawl.link.lsh import drop_caches, ensure_schema
from qawl.link.prepare import DocPrep, prepare_stored
from qawl.link.reuse import Reuse
from qawl.link.shingles import Stems
from qawl.link.speakers import Speaker, may_be_one, speaker
from qawl.store.db import rows_in

__all__ = ["update_links", "relink", "link_statements", "link_documents", "cluster_card"]


def _in(ids: Sequence[str]) -> str:
    return ",".join("?" * len(ids))


def _linked_statements(conn: sqlite3.Connection, doc_ids: Sequence[str]) -> list[str]:
    """The ``link_statements`` ids of ``doc_ids``. A statement's id is its document's id, ':' and its
    number (``store.write``), so each document's rows are one range of the primary key; ``doc_id`` has
    no index of its own (it would be one more random-key index every commit writes pages of). One
    query a document: joined with a list of ids, SQLite would build a temporary index of the table."""
    sql = "SELECT statement_id FROM link_statements WHERE statement_id >= ? AND statement_id < ? AND doc_id = ?"
    return [r[0] for d in doc_ids for r in conn.execute(sql, (d + ":", d + ";", d))]


def forget(conn: sqlite3.Connection, doc_ids: Sequence[str]) -> None:
    """Drop the linking rows of ``doc_ids``; clusters they represented get a new representative."""
    for c in range(0, len(doc_ids), 500):
        part = list(doc_ids[c : c + 500])
        gone = _linked_statements(conn, part)
        if not gone and not conn.execute(f"SELECT 1 FROM reuse_docs WHERE doc_id IN ({_in(part)}) LIMIT 1", part).fetchone():
            continue  # new documents: nothing to forget
        drop_caches(conn)
        represented = _represented_by(conn, gone)
        # Band rows are left behind: their items (document seq) are not reused, so they no longer resolve.
        for s in range(0, len(gone), 500):
            ids = gone[s : s + 500]
            conn.execute(f"DELETE FROM link_pairs WHERE a IN ({_in(ids)}) OR b IN ({_in(ids)})", ids + ids)
            conn.execute(f"DELETE FROM link_statements WHERE statement_id IN ({_in(ids)})", ids)
        for cluster in represented:
            heir = conn.execute("SELECT statement_id FROM link_statements WHERE cluster_id = ? ORDER BY rowid LIMIT 1",
                                (cluster,)).fetchone()
            if heir:
                conn.execute("UPDATE link_clusters SET rep_id = ? WHERE cluster_id = ?", (heir[0], cluster))
            else:
                conn.execute("DELETE FROM link_clusters WHERE cluster_id = ?", (cluster,))
        conn.execute(f"DELETE FROM reuse_docs WHERE doc_id IN ({_in(part)})", part)
        conn.execute(f"DELETE FROM reuse_texts WHERE doc_id IN ({_in(part)})", part)
        conn.execute(f"DELETE FROM reuse_pairs WHERE doc_a IN ({_in(part)}) OR doc_b IN ({_in(part)})", part + part)


def _represented_by(conn: sqlite3.Connection, statement_ids: list[str]) -> list[str]:
    """The clusters whose representative is one of ``statement_ids`` (still in ``link_statements``).
    A representative is a member of its cluster, so they are found among those statements' clusters,
    by the clusters' key: ``rep_id`` has no index, and reading the table whole costs more with every
    stored statement."""
    gone = set(statement_ids)
    clusters = sorted({c for (c,) in rows_in(conn, "SELECT cluster_id FROM link_statements WHERE statement_id IN ({marks})",
                                             statement_ids)})
    return [c for c, rep in rows_in(conn, "SELECT cluster_id, rep_id FROM link_clusters WHERE cluster_id IN ({marks})",
                                    clusters) if rep in gone]


def _payloads(conn: sqlite3.Connection, doc_ids: Sequence[str], prepared: dict | None) -> dict[str, DocPrep]:
    """The per-document payloads of ``doc_ids``: the workers' when given, else made from the store."""
    out = {d: prepared[d] for d in doc_ids if prepared and d in prepared}
    missing = [d for d in doc_ids if d not in out]
    if missing:
        out.update(prepare_stored(conn, missing))
    return out


def link_statements(conn: sqlite3.Connection, doc_ids: Sequence[str], prepared: dict | None = None,
                    linker: Linker | None = None) -> dict[str, str]:
    """Cluster the statements of ``doc_ids`` (already forgotten) against the store. Statements the
    furniture step removed since the payload was made are simply not there any more."""
    rows = sorted(map(tuple, rows_in(conn, "SELECT d.seq, s.n, s.id, s.doc_id FROM statements s JOIN documents d ON d.id = s.doc_id"
                                " WHERE s.doc_id IN ({marks})", doc_ids)))
    payloads = _payloads(conn, sorted({r[3] for r in rows}), prepared)
    stale = sorted({r[3] for r in rows if r[2] not in payloads[r[3]].statements})
    if stale:  # statements changed since the payload was made: read them from the store
        payloads.update(prepare_stored(conn, stale))
    return (linker or Linker(conn)).link([(r[2], r[3], r[0], r[1], payloads[r[3]].statements[r[2]]) for r in rows])


def link_documents(conn: sqlite3.Connection, doc_ids: Sequence[str], prepared: dict | None = None) -> int:
    """Find the reuse pairs of ``doc_ids`` (already forgotten) against the store."""
    return Reuse(conn).run(list(doc_ids), prepared)


def _overlap(start: int, end: int, lo: int, hi: int) -> int:
    return max(0, min(end, hi) - max(start, lo))


def link_reused(conn: sqlite3.Connection, doc_ids: Sequence[str], linker: Linker | None = None) -> int:
    """Join statements of ``doc_ids`` that stayed alone to the cluster of a statement they report, found
    through document reuse (``reuse_pairs`` of these documents, just made): a statement lying mostly
    inside an aligned passage is compared with the other document's statements nearest to where the
    passage puts it (``Linker.join_reused``). Returns how many joined."""
    alone: dict[str, list[tuple[str, int, int]]] = {}  # document → its statements still alone
    for sid, doc_id, start, end in rows_in(conn, "SELECT id, doc_id, start, \"end\" FROM statements WHERE doc_id IN ({marks})"
                                           " AND field = 'text' AND cluster_id = id", doc_ids):
        alone.setdefault(doc_id, []).append((sid, start, end))
    if not alone:
        return 0
    pairs = sorted(map(tuple, rows_in(conn, "SELECT doc_a, doc_b, spans FROM reuse_pairs WHERE doc_a IN ({marks})", sorted(alone))))
    spans_of: dict[str, list[tuple[str, int, int]]] = {}
    for sid, doc_id, start, end in rows_in(conn, "SELECT id, doc_id, start, \"end\" FROM statements"
                                           " WHERE field = 'text' AND doc_id IN ({marks})", sorted({b for _, b, _ in pairs})):
        spans_of.setdefault(doc_id, []).append((sid, start, end))
    candidates: dict[str, list[str]] = {}
    for doc_a, doc_b, spans in pairs:
        theirs = spans_of.get(doc_b)
        if not theirs:
            continue
        for a0, a1, b0, b1 in json.loads(spans):
            others = None  # (the other document's statements in the passage: made when first needed)
            for sid, s, e in alone[doc_a]:
                if 2 * _overlap(s, e, a0, a1) < e - s:
                    continue
                # where it lies in the other document, read off its place in the passage
                there = b0 + ((s + e) / 2 - a0) * (b1 - b0) / max(a1 - a0, 1)
                if others is None:
                    others = [o for o in theirs if _overlap(o[1], o[2], b0, b1) > 0]
                near = sorted(others, key=lambda o: abs((o[1] + o[2]) / 2 - there))[: params.REUSED_CANDIDATES]
                candidates.setdefault(sid, []).extend(o for o, _, _ in near if o not in candidates[sid])
    if not candidates:
        return 0
    return (linker or Linker(conn)).join_reused(sorted(candidates.items(), key=lambda kv: _statement_order(kv[0])))



def link_same_speaker(conn: sqlite3.Connection, doc_ids: Sequence[str], linker: Linker | None = None) -> int:
    """Join statements of ``doc_ids`` that stayed alone to the cluster of an earlier statement of
    the same speaker (one entity across spellings) that verifies: a report that swaps a word every
    few words, or quotes a few lines of a long answer, shares too few windows with it for the LSH to
    bring them together, but the speaker's latest statements are the first place to look. Only
    statements of other, earlier documents are compared (``SPEAKER_CANDIDATES`` at most, the most
    recently stored first), verified at a lower share than any two statements (``params.SPEAKER_PART_SHARE``):
    the speaker is evidence too. Returns how many joined."""
    alone: dict[int, list[tuple[str, int]]] = {}  # entity → (statement, its document's seq)
    for sid, entity, seq in rows_in(conn, "SELECT s.id, s.entity_id, d.seq FROM statements s"
                                    " JOIN documents d ON d.id = s.doc_id JOIN link_statements l ON l.statement_id = s.id"
                                    " WHERE s.doc_id IN ({marks}) AND s.cluster_id = s.id AND s.entity_id IS NOT NULL"
                                    " AND l.exact IS NOT NULL", doc_ids):
        alone.setdefault(entity, []).append((sid, seq))
    if not alone:
        return 0
    candidates: list[tuple[str, list[tuple[str, int | None]]]] = []  # statement → (earlier one, its item)
    for entity, statements in alone.items():
        # (earlier documents only: the new document's own statements, the latest rows, would take
        # the places of the candidates)
        said = conn.execute("SELECT s.id, d.seq, s.n FROM statements s JOIN documents d ON d.id = s.doc_id"
                            " WHERE s.entity_id = ? AND d.seq < ? ORDER BY s.rowid DESC LIMIT ?",
                            (entity, max(seq for _, seq in statements),
                             params.SPEAKER_CANDIDATES + len(statements))).fetchall()
        # (an entity has ~3 statements a batch here, and its earlier ones are nearly always all of
        # ``said``: listed once for all of them)
        listed = [(o, item_of(other_seq, n)) for o, other_seq, n in said]
        latest = max((other_seq for _, other_seq, _ in said), default=-1)
        for sid, seq in statements:
            earlier = listed if latest < seq else [x for x, (_, other_seq, _) in zip(listed, said) if other_seq < seq]
            if earlier:
                candidates.append((sid, earlier[: params.SPEAKER_CANDIDATES]))
    return _join_as_one_speaker(linker or Linker(conn), candidates)


def _join_as_one_speaker(linker: Linker, candidates: list[tuple[str, list[tuple[str, int | None]]]]) -> int:
    """``Linker.join_reused`` of ``candidates`` (statement → (stored statement, its bucket item)) at
    one speaker's bar, in statement order; returns how many joined."""
    if not candidates:
        return 0
    in_order = sorted(candidates, key=lambda kv: _statement_order(kv[0]))
    return linker.join_reused(linker.plausible_joins(in_order, ONE_SPEAKER), ONE_SPEAKER)


def link_siblings(conn: sqlite3.Connection, doc_ids: Sequence[str], linker: Linker | None = None) -> int:
    """Join statements of ``doc_ids`` that stayed alone to the cluster of a statement of a sibling: an
    earlier document that already shares a cluster or a reused passage with theirs. Two reports of
    one interview that share one answer likely share others, and the LSH's bands miss some pairs that
    verify (paraphrases whose shared runs fall in few windows). Statements of the ``SIBLING_DOCS``
    siblings sharing most are compared (``SIBLING_CANDIDATES`` at most, in document order), at the
    share of any two statements. Returns how many joined."""
    alone: dict[str, list[str]] = {}  # document → its statements still alone
    for sid, doc_id in rows_in(conn, "SELECT s.id, s.doc_id FROM statements s JOIN link_statements l ON l.statement_id = s.id"
                               " WHERE s.doc_id IN ({marks}) AND s.field = 'text' AND s.cluster_id = s.id"
                               " AND l.exact IS NOT NULL", doc_ids):
        alone.setdefault(doc_id, []).append(sid)
    if not alone:
        return 0
    linker = linker or Linker(conn)
    siblings = _siblings(linker, sorted(alone))
    candidates: list[tuple[str, list[tuple[str, int | None]]]] = []
    for doc_id, statements in alone.items():
        theirs = siblings.get(doc_id)
        if not theirs:
            continue
        others = [(o, item_of(seq, n)) for o, seq, n in rows_in(
            conn, "SELECT s.id, d.seq, s.n FROM statements s JOIN documents d ON d.id = s.doc_id"
                  " WHERE s.doc_id IN ({marks}) AND s.field = 'text' ORDER BY d.seq, s.n", theirs)]
        for sid in statements:
            candidates.append((sid, others[: params.SIBLING_CANDIDATES]))
    if not candidates:
        return 0
    in_order = sorted(candidates, key=lambda kv: _statement_order(kv[0]))
    return linker.join_reused(linker.plausible_joins(in_order), rep_too=True, min_matched=params.SIBLING_MIN_MATCH)


def link_sibling_speakers(conn: sqlite3.Connection, doc_ids: Sequence[str], linker: Linker | None = None) -> int:
    """Join statements of ``doc_ids`` still alone to the cluster of a statement of a sibling document
    (``_siblings``) whose speaker is another entity that can be the same person
    (``speakers.may_be_one``: the role one article calls him by, and the holder of that role another
    article names; a body and its spokesman), verified at one speaker's bar (``ONE_SPEAKER``), as
    ``link_same_speaker`` does for one entity. Returns how many joined."""
    alone: dict[str, list[tuple[str, Speaker]]] = {}  # document → its statements still alone
    for sid, doc_id, *who in rows_in(conn, "SELECT s.id, s.doc_id, s.entity_id, de.role_only, de.name, de.roles, de.type"
                                     f" FROM statements s JOIN link_statements l ON l.statement_id = s.id {_SPEAKER}"
                                     " WHERE s.doc_id IN ({marks}) AND s.field = 'text' AND s.cluster_id = s.id"
                                     " AND s.entity_id IS NOT NULL AND l.exact IS NOT NULL", doc_ids):
        mine = speaker(*who)
        if mine.roles or mine.body:
            alone.setdefault(doc_id, []).append((sid, mine))
    if not alone:
        return 0
    linker = linker or Linker(conn)
    siblings = _siblings(linker, sorted(alone))
    candidates: list[tuple[str, list[tuple[str, int | None]]]] = []
    for doc_id, statements in alone.items():
        if not siblings.get(doc_id):
            continue
        others = [(o, item_of(seq, n), speaker(*who)) for o, seq, n, *who in rows_in(
            conn, "SELECT s.id, d.seq, s.n, s.entity_id, de.role_only, de.name, de.roles, de.type FROM statements s"
                  f" JOIN documents d ON d.id = s.doc_id {_SPEAKER} WHERE s.doc_id IN ({{marks}}) AND s.field = 'text'"
                  " AND s.entity_id IS NOT NULL ORDER BY d.seq, s.n", siblings[doc_id])]
        for sid, mine in statements:
            theirs = [(o, item) for o, item, who in others if who.entity != mine.entity and may_be_one(mine, who)]
            if theirs:
                candidates.append((sid, theirs[: params.SIBLING_CANDIDATES]))
    return _join_as_one_speaker(linker, candidates)


def link_sibling_paraphrases(conn: sqlite3.Connection, doc_ids: Sequence[str], linker: Linker | None = None) -> int:
    """Join statements of ``doc_ids`` still alone to the statement of the same speaker, in a sibling
    document (``_siblings``), that shares the most of their distinct informative stems, in any order:
    ``PARAPHRASE_BAG`` of the smaller one's at least, ``PARAPHRASE_MARGIN`` more than the speaker's
    next best statement there, and each the other's best match (a paraphrase keeps an answer's words
    but few runs of two; another answer on the same topic shares fewer, or the answer it reports
    shares more). Never across a figure or date in one place (``align.another_statement``). Returns
    how many joined."""
    linker, joined = linker or Linker(conn), 0
    alone, siblings = _alone_and_siblings(linker, doc_ids, params.PARAPHRASE_SHARED)
    for doc_id, theirs in siblings.items():
        mine, others = _said_by(conn, [doc_id]), _said_by(conn, theirs)
        for sid, (entity, words, text) in mine.items():
            if sid not in alone:
                continue
            oid = _best_match(words, {o: w for o, (e, w, _) in others.items() if e == entity})
            if oid is None or _best_match(others[oid][1], {x: w for x, (e, w, _) in mine.items() if e == entity}) != sid:
                continue  # (none clearly best, or not each the other's best)
            st, their_st = text.st, others[oid][2].st
            if figures_disagree(st, their_st, small=True):
                continue  # (one more count, same words: "46 إصابة" / "27 إصابة")
            m = compare(st, their_st)
            if not another_statement(m, st, their_st) \
                    and linker.join_part(sid, oid, min(m.matched_a, m.matched_b), (m.share_a, m.share_b)):
                joined += 1
    return joined


def link_shared_figures(conn: sqlite3.Connection, doc_ids: Sequence[str], linker: Linker | None = None) -> int:
    """Join statements of ``doc_ids`` still alone to the statement of the same speaker, in a sibling
    document (``_siblings``), that gives the same distinctive figure (``_figures``: "38%", "45 مليون
    متر مكعب", "12 مليار أوقية", however each writes it) when no other statement of either document
    gives it, the two share ``FIGURE_MIN_SHARED`` informative stems at least, and nothing they align says
    otherwise (``align.another_statement``): a heavy paraphrase keeps the figure it reports. Returns
    how many joined."""
    linker, joined = linker or Linker(conn), 0
    alone, siblings = _alone_and_siblings(linker, doc_ids, params.FIGURE_SHARED)
    for doc_id, theirs in siblings.items():
        mine, others = _figures(conn, [doc_id]), _figures(conn, theirs)
        for sid, (entity, figures) in mine.items():
            if sid not in alone:
                continue
            own = [f for f in figures if _only(f, mine) == sid]
            matches = {o for f in own if (o := _only(f, others)) is not None and others[o][0] == entity}
            if len(matches) != 1:
                continue
            oid = matches.pop()
            said = _said_by_ids(conn, [sid, oid])
            if len(said) < 2:
                continue
            (words, st), (their_words, their_st) = said[sid], said[oid]
            m = compare(st, their_st)
            shared = len(words & their_words)
            if shared >= params.FIGURE_MIN_SHARED and not another_statement(m, st, their_st) \
                    and linker.join_part(sid, oid, shared, (m.share_a, m.share_b)):
                joined += 1
    return joined


def _alone_and_siblings(linker: Linker, doc_ids: Sequence[str], at_least: int) -> tuple[set[str], dict[str, list[str]]]:
    """The text statements of ``doc_ids`` still alone whose speaker is known, and, for each document
    holding one, its sibling documents sharing ``at_least`` clusters or reused passages (none listed
    when it has none)."""
    alone = {sid for sid, in rows_in(linker.conn, "SELECT id FROM statements WHERE doc_id IN ({marks}) AND field = 'text'"
                                      " AND cluster_id = id AND entity_id IS NOT NULL", doc_ids)}
    if not alone:
        return alone, {}
    siblings = _siblings(linker, sorted({_statement_order(sid)[0] for sid in alone}), at_least)
    return alone, {doc_id: theirs for doc_id, theirs in siblings.items() if theirs}


def _figures(conn: sqlite3.Connection, doc_ids: list[str]) -> dict[str, tuple[int, set[tuple[str, str]]]]:
    """Statement → (speaker, its distinctive figures as (value, unit)) of the text statements of
    ``doc_ids`` whose speaker is known: quantities with a unit that is no span of time, or bare ones
    of ``FIGURE_MIN_BARE`` or more (a bare "40" or "6 سنوات" says too little)."""
    out: dict[str, tuple[int, set[tuple[str, str]]]] = {}
    for sid, entity, value, unit in rows_in(
            conn, "SELECT s.id, s.entity_id, c.value, c.unit FROM statements s JOIN claims c ON c.statement_id = s.id"
                  " WHERE s.doc_id IN ({marks}) AND s.field = 'text' AND s.entity_id IS NOT NULL AND c.kind = 'quantity'",
            doc_ids):
        try:
            number = float(json.loads(value))
        except (TypeError, ValueError):
            continue  # (a range)
        if (unit and unit not in params.FIGURE_TIME_UNITS) or (not unit and number >= params.FIGURE_MIN_BARE):
            out.setdefault(sid, (entity, set()))[1].add((value, unit or ""))
    return out


def _only(figure: tuple[str, str], said: dict[str, tuple[int, set[tuple[str, str]]]]) -> str | None:
    """The one statement of ``said`` that gives ``figure``; None when none or several do."""
    holders = [sid for sid, (_, figures) in said.items() if figure in figures]
    return holders[0] if len(holders) == 1 else None


def _said_by_ids(conn: sqlite3.Connection, ids: list[str]) -> dict[str, tuple[frozenset[str], Stems]]:
    """The distinct informative stems and the stems of these statements, by id."""
    return {sid: (informative(stems, info), decode(stems, info)) for sid, stems, info in rows_in(
        conn, "SELECT statement_id, stems, info FROM link_statements WHERE statement_id IN ({marks})", ids)}


def _said_by(conn: sqlite3.Connection, doc_ids: list[str]) -> dict[str, tuple[int, frozenset[str], Text]]:
    """Statement → (speaker, distinct informative stems, stems: decoded when first read) of the text
    statements of ``doc_ids`` whose speaker is known, in document and statement order (of a sibling's
    statements, only the best match's stems are read)."""
    rows = rows_in(conn, "SELECT s.id, s.entity_id, l.stems, l.info FROM statements s JOIN link_statements l"
                         " ON l.statement_id = s.id WHERE s.doc_id IN ({marks}) AND s.field = 'text'"
                         " AND s.entity_id IS NOT NULL", doc_ids)
    said = {sid: (entity, informative(stems, info), Text(stems, info)) for sid, entity, stems, info in rows}
    return {sid: said[sid] for sid in sorted(said, key=_statement_order)}


def _best_match(words: frozenset[str], candidates: dict[str, frozenset[str]]) -> str | None:
    """The candidate sharing most of ``words`` or of its own (as a share of the smaller set), when it
    is clearly the best (``PARAPHRASE_*``); None otherwise. Ties go to the first candidate."""
    if len(candidates) < params.PARAPHRASE_MIN_STATEMENTS:
        return None  # (one or two statements of his there: the best of them tells little)
    scored = []
    for oid, theirs in candidates.items():
        small, shared = min(len(words), len(theirs)), len(words & theirs)
        if small >= params.PARAPHRASE_MIN_INFO:
            scored.append((shared / small if shared >= params.PARAPHRASE_MIN_SHARED else 0.0, oid))
    if not scored:
        return None
    scored.sort(key=lambda t: -t[0])  # (stable: ties keep document order)
    best, oid = scored[0]
    second = scored[1][0] if len(scored) > 1 else 0.0
    return oid if best >= params.PARAPHRASE_BAG and best - second >= params.PARAPHRASE_MARGIN else None


def link_short_quotes(conn: sqlite3.Connection, doc_ids: Sequence[str], linker: Linker | None = None) -> int:
    """Join the short quotations of ``doc_ids`` (direct speech too short to link on its own: fewer
    than ``MIN_STATEMENT_INFO`` informative stems, ``SHORT_QUOTE_INFO`` or more) to the cluster of the
    statement of the same speaker, in a sibling document (``_siblings``), that holds their words in
    one run, from their first informative stem to their last: a reporter quoting three words of a
    long answer. Only when the siblings' statements holding them are all in one cluster (a stock
    phrase the speaker repeats in several answers joins none of them), and only words in quotation
    marks: a short indirect statement is the reporter's summary ("أوضح أن القرار يعود إلى المساهمين"),
    as likely of a part of a longer answer as of all of it. Returns how many joined."""
    short: dict[str, list[tuple[str, int, tuple[str, ...]]]] = {}  # document → (statement, speaker, run)
    # (+s.kind, +l.exact: through the documents' index, not those of kind or exact, which hold every
    # direct quote and every short statement stored; tests/scale/test_query_plans.py)
    for sid, doc_id, entity, stems, info in rows_in(
            conn, "SELECT s.id, s.doc_id, s.entity_id, l.stems, l.info FROM statements s"
                  " JOIN link_statements l ON l.statement_id = s.id WHERE s.doc_id IN ({marks})"
                  " AND s.field = 'text' AND +s.kind = 'direct' AND s.cluster_id = s.id AND +l.exact IS NULL"
                  " AND s.entity_id IS NOT NULL",
            doc_ids):
        run = _informative_run(stems, info)
        if run is not None:
            short.setdefault(doc_id, []).append((sid, entity, run))
    return _join_to_the_one_holder(linker or Linker(conn), short, "l.exact IS NOT NULL", _holds_run, len)


def _join_to_the_one_holder(linker: Linker, pending: dict[str, list[tuple[str, int, tuple[str, ...]]]],
                            theirs: str, holds: Callable[[list[str], tuple[str, ...]], bool],
                            matched: Callable[[tuple[str, ...]], int]) -> int:
    """Join each pending statement (document → (statement, speaker, its stems that count)) to the
    cluster of the statement of the same speaker, in a sibling document (``_siblings``), that
    ``holds`` those stems, when the siblings' statements holding them are all in one cluster (words
    the speaker said in several answers join none of them). ``theirs``: the SQL condition the
    siblings' statements meet; ``matched``: the stems recorded as matched. Returns how many joined."""
    if not pending:
        return 0
    siblings = _siblings(linker, sorted(pending))
    joined = 0
    for doc_id, quotes in pending.items():
        if not siblings.get(doc_id):
            continue
        rows = list(rows_in(linker.conn, "SELECT s.id, s.entity_id, s.cluster_id, l.stems FROM statements s"
                                  " JOIN link_statements l ON l.statement_id = s.id WHERE s.doc_id IN ({marks})"
                                  f" AND s.field = 'text' AND {theirs}", siblings[doc_id]))
        for sid, entity, said in quotes:
            holders = {(cluster, oid) for oid, who, cluster, stems in rows
                       if who == entity and holds(stems.split(" "), said)}
            if len({cluster for cluster, _ in holders}) == 1:
                joined += linker.join_part(sid, min(holders)[1], matched(said))
    return joined


def link_paragraph_parts(conn: sqlite3.Connection, doc_ids: Sequence[str], linker: Linker | None = None) -> int:
    """Join to a statement of ``doc_ids`` the stored statements, still alone, next to the one it
    verified with (``link_pairs``) in the same paragraph and of the same speaker, that it also holds
    (``PART_SHARE`` of their informative stems, verified at one speaker's bar): a report that merged
    two sentences of one paragraph ("سنعتمد على السجل الاجتماعي الموحد، وفيه اليوم نحو مليون
    وأربعمئة ألف أسرة. كل أسرة مسجلة ستحصل على بطاقة …" → "ستعتمد على السجل … الذي يضم نحو 1.4 مليون
    أسرة، إذ ستحصل كل أسرة مسجلة على بطاقة …") was brought to one of them, the other too short for
    the LSH, and is alone no more for the passes that look for a statement's cluster. Returns how
    many joined."""
    mine = _linked_statements(conn, doc_ids)
    pairs = sorted({(a, b) for a, b in rows_in(conn, "SELECT a, b FROM link_pairs WHERE a IN ({marks})", mine)
                    if b.rpartition(":")[0] != a.rpartition(":")[0]})
    if not pairs:
        return 0
    wanted = {y for _, b in pairs for y in _neighbours(b)}
    info = {sid: row for sid, *row in rows_in(conn, "SELECT s.id, s.doc_id, s.start, s.\"end\", s.entity_id, s.cluster_id,"
                                                   " s.field, l.stems, l.info FROM statements s JOIN link_statements l"
                                                   " ON l.statement_id = s.id WHERE s.id IN ({marks})",
                                           sorted(wanted | {b for _, b in pairs} | {a for a, _ in pairs}))}
    linker, joined = linker or Linker(conn), 0
    for a, b in pairs:
        if a not in info or b not in info:
            continue
        for y in _neighbours(b):
            if _holds_neighbour(conn, info, a, b, y):
                joined += linker.join_part(y, a, params.MIN_MATCH_INFO)
    return joined


def _neighbours(statement_id: str) -> tuple[str, ...]:
    """The ids of the statements just before and just after one in its document."""
    doc, _, n = statement_id.rpartition(":")
    return (f"{doc}:{int(n) - 1}", f"{doc}:{int(n) + 1}") if n.isdigit() else ()


def _holds_neighbour(conn: sqlite3.Connection, info: dict, a: str, b: str, y: str) -> bool:
    """Whether ``y``, alone, of ``b``'s speaker, in ``b``'s paragraph, is held by ``a`` (see
    ``link_paragraph_parts``)."""
    if y not in info:
        return False
    doc, start, end, entity, cluster, field, stems, flags = info[y]
    _, b_start, b_end, b_entity, *_ = info[b]
    a_stems, a_flags = info[a][6:8]
    if cluster != y or entity is None or entity != b_entity or field != "text" or not stems:
        return False
    wanted = informative(stems, flags)
    if len(wanted & informative(a_stems, a_flags)) < 0.9 * params.PART_SHARE * len(wanted):
        return False  # (as ``Linker._verify``: sets count a repeated stem once)
    if not (one_paragraph(conn, doc, end, b_start) if end <= b_start else one_paragraph(conn, doc, b_end, start)):
        return False
    st_a, st_y = decode(a_stems, a_flags), decode(stems, flags)
    m = compare(st_a, st_y)
    return m.share_b >= params.PART_SHARE and linked(m, st_a, st_y, ONE_SPEAKER)


def link_headlines(conn: sqlite3.Connection, doc_ids: Sequence[str], linker: Linker | None = None) -> int:
    """Join the headline quotations of ``doc_ids`` still alone to the cluster of the statement of the
    same speaker, in a sibling document (``_siblings``), that holds ``HEADLINE_SHARE`` of their
    informative stems in their order, within a stretch ``HEADLINE_STRETCH`` times as long as the
    headline: a headline condenses a quotation, dropping words ("بدراني: المخدرات العدو الأول
    لشبابنا" / "المخدرات اليوم هي العدو الأول لشبابنا، وهي أخطر …"), and so shares too few runs
    of two stems with it to verify. Only when the siblings' statements holding them are all in one
    cluster. Returns how many joined."""
    heads: dict[str, list[tuple[str, int, tuple[str, ...]]]] = {}  # document → (headline, speaker, informative stems)
    # (+s.kind: through the documents' index, as in link_short_quotes)
    for sid, doc_id, entity, stems, info in rows_in(
            conn, "SELECT s.id, s.doc_id, s.entity_id, l.stems, l.info FROM statements s"
                  " JOIN link_statements l ON l.statement_id = s.id WHERE s.doc_id IN ({marks})"
                  " AND +s.kind = 'headline' AND s.cluster_id = s.id AND s.entity_id IS NOT NULL",
            doc_ids):
        words = tuple(compress(stems.split(" "), map("1".__eq__, info))) if stems else ()
        if len(words) >= params.SHORT_QUOTE_INFO:
            heads.setdefault(doc_id, []).append((sid, entity, words))
    return _join_to_the_one_holder(linker or Linker(conn), heads, "s.kind != 'headline'", _holds_in_order,
                                   _headline_need)


def _headline_need(words: tuple[str, ...]) -> int:
    return math.ceil(params.HEADLINE_SHARE * len(words))


def _holds_in_order(stems: list[str], words: tuple[str, ...]) -> bool:
    return in_order(words, stems, round(params.HEADLINE_STRETCH * len(words))) >= _headline_need(words)


def in_order(words: Sequence[str], stems: list[str], reach: int) -> int:
    """The most of ``words`` that one stretch of ``reach`` stems of ``stems`` holds in their order
    (the longest common subsequence, from each place where one of them occurs)."""
    wanted = set(words)
    best = 0
    for start, s in enumerate(stems):
        if s in wanted:
            best = max(best, _common_subsequence(words, stems[start : start + reach]))
    return best


def _common_subsequence(a: Sequence[str], b: list[str]) -> int:
    row = [0] * (len(b) + 1)
    for x in a:
        diagonal = 0
        for j, y in enumerate(b, 1):
            diagonal, row[j] = row[j], diagonal + 1 if x == y else max(row[j], row[j - 1])
    return row[-1]


def _informative_run(stems: str, info: str) -> tuple[str, ...] | None:
    """A short statement's stems from its first informative stem to its last, when it has
    ``SHORT_QUOTE_INFO`` informative stems or more (None otherwise)."""
    flags = [f == "1" for f in info]
    if sum(flags) < params.SHORT_QUOTE_INFO:
        return None
    words = stems.split(" ")
    first, last = flags.index(True), len(flags) - 1 - flags[::-1].index(True)
    return tuple(words[first : last + 1])


def _holds_run(words: list[str], run: tuple[str, ...]) -> bool:
    n = len(run)
    return any(tuple(words[i : i + n]) == run for i in range(len(words) - n + 1) if words[i] == run[0])


# A statement's speaker as its document has it (``speakers.speaker`` reads role_only, name, roles).
_SPEAKER = "JOIN doc_entities de ON de.doc_id = s.doc_id AND de.local_id = s.speaker_local"


def _siblings(linker: Linker, doc_ids: list[str], at_least: int = 1) -> dict[str, list[str]]:
    """Per document, the earlier documents sharing most clusters or reused passages with it
    (``SIBLING_DOCS`` at most, most shared first, then the newest; ``at_least`` that many shared),
    as the clusters are now (``linker``: the batch's)."""
    conn = linker.conn
    shared: dict[str, dict[str, int]] = {}
    for doc_id, cluster in rows_in(conn, "SELECT doc_id, cluster_id FROM statements WHERE doc_id IN ({marks})"
                                   " AND cluster_id != id", doc_ids):
        counts = shared.setdefault(doc_id, {})
        for other in linker.newest_documents(cluster, doc_id):
            counts[other] = counts.get(other, 0) + 1
    reused = _reused_with(linker, doc_ids)
    for doc_id in sorted(set(doc_ids)):  # (in the order the query gave them)
        for other in reused[doc_id]:
            counts = shared.setdefault(doc_id, {})
            counts[other] = counts.get(other, 0) + 1
    seq = _seqs(linker, {*shared, *(o for c in shared.values() for o in c)})
    out = {}
    for doc_id, counts in shared.items():
        earlier = [o for o in counts if seq.get(o, 1 << 62) < seq[doc_id] and counts[o] >= at_least]
        earlier.sort(key=lambda o: (-counts[o], -seq[o]))
        out[doc_id] = earlier[: params.SIBLING_DOCS]
    return out


def _reused_with(linker: Linker, doc_ids: list[str]) -> dict[str, list[str]]:
    """Document → the documents its reuse pairs name (in key order), for ``doc_ids``: read once a
    batch (the passes that ask run after document reuse, and none adds a pair)."""
    known = linker.fixed["reused"]
    missing = sorted(set(doc_ids) - known.keys())
    for doc_id in missing:
        known[doc_id] = []
    for doc_id, other in rows_in(linker.conn, "SELECT doc_a, doc_b FROM reuse_pairs WHERE doc_a IN ({marks})", missing):
        known[doc_id].append(other)
    return known


def _seqs(linker: Linker, doc_ids: set[str]) -> dict[str, int]:
    """Document → its seq, for those of ``doc_ids`` stored: read once a batch."""
    known = linker.fixed["seq"]
    missing = doc_ids - known.keys()
    known.update(rows_in(linker.conn, "SELECT id, seq FROM documents WHERE id IN ({marks})", missing))
    return known


def _statement_order(statement_id: str) -> tuple[str, int]:
    doc_id, _, n = statement_id.rpartition(":")
    return doc_id, int(n) if n.isdigit() else 0


def update_links(conn: sqlite3.Connection, doc_ids: Sequence[str], *, reuse: bool = True,
                 prepared: dict | None = None) -> None:
    """Link the statements and texts of the newly stored ``doc_ids`` with everything stored (one
    transaction). ``prepared``: ``{doc_id: prepare_document(doc)}`` made in the ingest workers.
    The statement passes share one ``Linker``: the statements it read, decoded and verified stay
    valid through the batch, since every cluster change of the batch goes through it (``_move``)."""
    doc_ids = list(doc_ids)
    if not doc_ids:
        return
    ensure_schema(conn)
    try:
        with conn:
            forget(conn, doc_ids)
            payloads = _payloads(conn, doc_ids, prepared)
            linker = Linker(conn)
            link_statements(conn, doc_ids, payloads, linker)
            if reuse:
                link_documents(conn, doc_ids, payloads)
                link_reused(conn, doc_ids, linker)
            for joins in (link_same_speaker, link_siblings, link_sibling_speakers, link_short_quotes, link_headlines,
                          link_paragraph_parts, link_sibling_paraphrases, link_shared_figures, link_between_anchors):
                joins(conn, doc_ids, linker)
    except BaseException:
        drop_caches(conn)  # they may hold what was rolled back
        raise


def relink(conn: sqlite3.Connection, batch: int = 1000) -> int:
    """Rebuild every link from scratch, in ingest order (after changing linking parameters)."""
    ensure_schema(conn, check=False)
    with conn:
        for table in ("link_statements", "link_clusters", "link_bands_log", "link_pairs",
                      "reuse_docs", "reuse_texts", "reuse_bands_log", "reuse_lines", "reuse_pairs"):
            conn.execute(f"DELETE FROM {table}")
        conn.execute("DELETE FROM meta WHERE key LIKE 'link_%'")
        conn.execute("UPDATE statements SET cluster_id = NULL")
    ensure_schema(conn)
    ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY seq")]
    for c in range(0, len(ids), batch):
        update_links(conn, ids[c : c + batch])
    return len(ids)


def cluster_card(conn: sqlite3.Connection, cluster_id: str) -> dict | None:
    from qawl.link.cards import cluster_card as card

    return card(conn, cluster_id)
