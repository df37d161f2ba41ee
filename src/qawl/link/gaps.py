"""Statements between two reports' shared statements: a rewrite of an interview or a speech keeps
its order. Once two documents share statements (the anchors: statements of one cluster), the
statements of one speaker lying between two anchors in one document report, most likely, those of
the same speaker between the same anchors in the other, however heavily reworded ("سنعوض المزارعين
المتضررين عن الخسائر الموثقة" / "وتعهد بتعويض الفلاحين المتضررين عن خسائرهم الموثقة": too few runs
of two stems for any pass that looks at the two statements alone).

``link_between_anchors(conn, doc_ids)`` runs last in ``link.update_links``: the other passes make
the anchors. For each new document and each sibling document sharing ``GAP_SHARED`` clusters or
reused passages (``link._siblings``):

- it keeps the anchors that follow one order in both (the longest such chain, ``GAP_ANCHORS`` at
  least);
- in each stretch between two of them (or before the first, or after the last) it pairs one
  speaker's statements of the two documents in their order (a monotone alignment that shares the
  most), when he has ``GAP_MAX_STATEMENTS`` or fewer there on each side; one speaker is one entity,
  or a role and the person another article names holding it (``speakers.may_be_one``);
- a statement still unpaired then pairs with the one, anywhere in the sibling, that is clearly its
  best match both ways (``GAP_MOVED_*``: an answer the rewrite moved past another).

A pair joins when it shares enough distinct informative stems (``GAP_*`` in ``link.params``),
unless their figures disagree (``align.figures_disagree``: order and a few shared words do not make
"وإصابة 46 آخرين" and "وإصابة 27 آخرين" one count) or a figure or date in what they align says
otherwise (``align.another_statement``).
"""
from __future__ import annotations

import sqlite3
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from qawl.link import params
from qawl.link.align import another_statement, compare, figures_disagree
from qawl.link.clusters import Linker, decode, informative
from qawl.link.speakers import Speaker, may_be_one, speaker
from qawl.store.db import rows_in


@dataclass(frozen=True)
class Said:
    """One text statement of a document, in text order, as the alignment needs it."""

    id: str
    entity: int | None
    cluster: str
    headline: bool
    stems: str
    info: str
    who: tuple | None = None  # its speaker as its document has it: (role_only, name, roles, type), see ``speaker``

    @cached_property
    def words(self) -> frozenset[str]:
        return informative(self.stems, self.info)

    @property
    def speaker(self) -> Speaker | None:
        """Its speaker as ``link.speakers`` reads it (None when unknown)."""
        return speaker(self.entity, *self.who) if self.entity is not None and self.who is not None else None

    def may_pair(self) -> bool:
        """Whether this statement can be paired at all: its speaker known, no headline (a headline
        condenses several answers, ``link.link_headlines`` has its own pass), some stems."""
        return self.entity is not None and not self.headline and bool(self.stems)


def link_between_anchors(conn: sqlite3.Connection, doc_ids: Sequence[str], linker: Linker | None = None) -> int:
    """Join statements of ``doc_ids`` still alone to the statement of the same speaker that lies
    between the same anchors in a sibling document (see the module). Returns how many joined."""
    from qawl.link import _siblings  # (the package imports this module)

    # (most documents have no statement left alone with a known speaker: they need no sibling read)
    waiting = sorted({d for d, in rows_in(conn, "SELECT DISTINCT doc_id FROM statements WHERE doc_id IN ({marks})"
                                               " AND field = 'text' AND cluster_id = id AND entity_id IS NOT NULL"
                                               " AND kind != 'headline'", doc_ids)})
    linker, joined = linker or Linker(conn), 0
    siblings = _siblings(linker, waiting, params.GAP_SHARED) if waiting else {}
    for doc_id in sorted(siblings):
        mine = said_in(conn, doc_id)
        for other in siblings[doc_id]:
            if not any(s.cluster == s.id and s.may_pair() for s in mine):
                break
            before = joined
            for a, b, shared in pairs_between_anchors(mine, said_in(conn, other)):
                st_a, st_b = decode(a.stems, a.info), decode(b.stems, b.info)
                if figures_disagree(st_a, st_b, small=True):
                    continue
                m = compare(st_a, st_b)
                if not another_statement(m, st_a, st_b) and linker.join_part(a.id, b.id, shared, (m.share_a, m.share_b)):
                    joined += 1
            if joined > before:
                mine = said_in(conn, doc_id)  # (the statements joined are anchors for the next sibling)
    return joined


def said_in(conn: sqlite3.Connection, doc_id: str) -> list[Said]:
    """The text statements of ``doc_id`` in text order (stems empty for those not linked: too short)."""
    rows = conn.execute("SELECT s.id, s.entity_id, s.cluster_id, s.kind, l.stems, l.info, de.role_only, de.name, de.roles, de.type"
                        " FROM statements s LEFT JOIN link_statements l ON l.statement_id = s.id"
                        " LEFT JOIN doc_entities de ON de.doc_id = s.doc_id AND de.local_id = s.speaker_local"
                        " WHERE s.doc_id = ? AND s.field = 'text' ORDER BY s.start, s.n", (doc_id,))
    return [Said(sid, entity, cluster or sid, kind == "headline", stems or "", info or "",
                 (role_only, name or "", roles, etype) if role_only is not None else None)
            for sid, entity, cluster, kind, stems, info, role_only, name, roles, etype in rows]


def pairs_between_anchors(mine: list[Said], theirs: list[Said]) -> list[tuple[Said, Said, int]]:
    """(statement of ``mine`` still alone, statement of ``theirs``, distinct informative stems shared)
    for the pairs the alignment between anchors makes; none without ``GAP_ANCHORS`` anchors."""
    chain = anchor_chain(mine, theirs)
    if len(chain) < params.GAP_ANCHORS:
        return []
    anchored = {s.cluster for s in mine} & {s.cluster for s in theirs}
    bounds = [(-1, -1), *chain, (len(mine), len(theirs))]
    out = []
    for (i0, j0), (i1, j1) in zip(bounds, bounds[1:]):
        alone = _by_speaker(s for s in mine[i0 + 1 : i1] if s.cluster == s.id and s.may_pair())
        others = [s for s in theirs[j0 + 1 : j1] if s.cluster not in anchored and s.may_pair()]
        for said in alone.values():
            their_said = [s for s in others if _one_speaker(said[0], s)]
            # (a speaker with many statements in a stretch: their order says little of which is which)
            if 0 < len(their_said) and max(len(said), len(their_said)) <= params.GAP_MAX_STATEMENTS:
                out.extend(align_in_order(said, their_said))
    paired = {x.id for pair in out for x in pair[:2]}
    return out + moved_pairs([s for s in mine if s.cluster == s.id and s.may_pair() and s.id not in paired],
                             [s for s in theirs if s.cluster not in anchored and s.may_pair() and s.id not in paired])


def moved_pairs(alone: list[Said], others: list[Said]) -> list[tuple[Said, Said, int]]:
    """The statements of ``alone`` and of ``others`` (the rest of the two documents, in any stretch)
    that are each the other's clearly best match of one speaker (``_clearly_best``): an answer the
    rewrite moved past an anchor ("سنطلق في الصيف المقبل برنامجاً للقروض …" reported after the
    answer that followed it)."""
    out = []
    for a in alone:
        b = _clearly_best(a, others)
        if b is not None and _clearly_best(b, alone) is a:
            out.append((a, b, len(a.words & b.words)))
    return out


def _clearly_best(a: Said, pool: list[Said]) -> Said | None:
    """The statement of ``pool`` of ``a``'s speaker sharing most of the smaller one's distinct
    informative stems, when that is ``GAP_MOVED_BAG`` at least (``GAP_MOVED_SHARED`` stems at least)
    and ``GAP_MOVED_MARGIN`` more than the next best; None otherwise."""
    scored = sorted(((_moved_share(a, b), k) for k, b in enumerate(pool) if _one_speaker(a, b)), key=lambda t: -t[0])
    if not scored or scored[0][0] < params.GAP_MOVED_BAG:
        return None
    second = scored[1][0] if len(scored) > 1 else 0.0
    return pool[scored[0][1]] if scored[0][0] - second >= params.GAP_MOVED_MARGIN else None


def _moved_share(a: Said, b: Said) -> float:
    shared = len(a.words & b.words)
    return shared / (min(len(a.words), len(b.words)) or 1) if shared >= params.GAP_MOVED_SHARED else 0.0


def _by_speaker(said: Iterable[Said]) -> dict[int | None, list[Said]]:
    out: dict[int | None, list[Said]] = {}
    for s in said:
        out.setdefault(s.entity, []).append(s)
    return out


def _one_speaker(a: Said, b: Said) -> bool:
    """Whether two statements' speakers can be one person: one entity, or one called by a role the
    other is named holding (``speakers.may_be_one``: "رئيس النادي" / "رئيس النادي حسام القطان")."""
    if a.entity == b.entity:
        return True
    mine, theirs = a.speaker, b.speaker
    return mine is not None and theirs is not None and may_be_one(mine, theirs)


def anchor_chain(mine: list[Said], theirs: list[Said]) -> list[tuple[int, int]]:
    """The longest chain of anchors (index in ``mine``, index in ``theirs``: two statements of one
    cluster) that rises in both documents: an anchor out of that order (a report that moved an answer
    up) bounds no stretch."""
    where: dict[str, list[int]] = {}
    for j, s in enumerate(theirs):
        where.setdefault(s.cluster, []).append(j)
    anchors = [(i, j) for i, s in enumerate(mine) for j in where.get(s.cluster, ())]
    return _longest_rising(anchors)


def _longest_rising(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of ``pairs`` strictly rising in both coordinates (patience sorting:
    pairs by first coordinate, those of one first coordinate by falling second, so that at most one
    of them enters a chain)."""
    ordered = sorted(pairs, key=lambda p: (p[0], -p[1]))
    tails: list[int] = []  # the smallest second coordinate ending a chain of each length
    tail_at: list[int] = []  # … and the index in ``ordered`` of that pair
    back = [-1] * len(ordered)
    for k, (_, j) in enumerate(ordered):
        n = bisect_left(tails, j)
        back[k] = tail_at[n - 1] if n else -1
        if n == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[n], tail_at[n] = j, k
    chain, k = [], tail_at[-1] if tail_at else -1
    while k >= 0:
        chain.append(ordered[k])
        k = back[k]
    return chain[::-1]


def align_in_order(mine: list[Said], theirs: list[Said]) -> list[tuple[Said, Said, int]]:
    """The pairs of statements of one speaker (``_one_speaker``), ``mine`` and ``theirs`` each in text order, that a monotone alignment
    makes to share the most (by the share of the smaller one's distinct informative stems): only pairs
    sharing ``GAP_MIN_SHARED`` stems and ``GAP_MIN_BAG`` of the smaller one's enter it."""
    score = [[_score(a, b) for b in theirs] for a in mine]
    best = [[0.0] * (len(theirs) + 1) for _ in range(len(mine) + 1)]
    for i in range(len(mine)):
        for j in range(len(theirs)):
            take = best[i][j] + score[i][j][0] if score[i][j][0] else 0.0
            best[i + 1][j + 1] = max(best[i][j + 1], best[i + 1][j], take)
    out, i, j = [], len(mine), len(theirs)
    while i and j:
        value, shared = score[i - 1][j - 1]
        if value and best[i][j] == best[i - 1][j - 1] + value:
            out.append((mine[i - 1], theirs[j - 1], shared))
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    return out[::-1]


def _score(a: Said, b: Said) -> tuple[float, int]:
    """(weight in the alignment, distinct informative stems shared) of two statements; weight 0 when
    they share too little to pair."""
    words_a, words_b = a.words, b.words
    shared = len(words_a & words_b)
    smaller = min(len(words_a), len(words_b))
    if shared < params.GAP_MIN_SHARED or shared < params.GAP_MIN_BAG * smaller:
        return 0.0, 0
    # (the share first; a stem more breaks a tie between two candidates of one share)
    return shared / smaller + 0.01 * shared, shared
