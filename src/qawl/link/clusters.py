"""Statement clusters, built incrementally: each new statement is compared with the stored
statements it shares an LSH bucket with (or an exact-copy key), verified by alignment, and joins the
cluster whose representative it also matches; otherwise it founds a cluster of its own.

Guards: statements with too few informative stems stay alone; exact copies skip LSH; buckets are
capped; a statement joins a cluster only by matching that cluster's representative (so A~B~C chains
cannot grow a cluster of unrelated statements); two clusters merge only when their representatives
are one statement (strong match both ways).

Cost: a candidate is first checked against its informative stems held in memory as hashes
(``stemsets``), for the whole batch at once; only those that may pass are read from the store,
decoded and aligned, so a new statement costs about the same whatever the store's size.
"""
from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress
from sys import intern

import numpy as np

from qawl.link import params
from qawl.link.align import Match, another_statement, compare, figure_anchors, window_share
from qawl.link.lsh import Buckets
from qawl.link.prepare import StatementPrep
from qawl.link.shingles import Stems
from qawl.link.stemsets import StemSets, hashes, hashes_of_all
from qawl.store.db import rows_in


@dataclass(frozen=True, slots=True)
class Need:
    """The share of the smaller statement's informative stems a link must align (``short``: when it
    has fewer than ``params.SHORT_STATEMENT`` of them), or else hold in one stretch of the other in
    any order (``window``; 0: never), or else share a figure and ``figure_bag`` of their stems
    (``figure_anchored``; 0: never)."""
    part: float
    short: float
    window: float = 0.0
    figure_bag: float = 0.0


# Statements of any two speakers; statements of one speaker (``link.link_same_speaker``).
ANY_SPEAKERS = Need(params.PART_SHARE, params.SHORT_PART_SHARE)
ONE_SPEAKER = Need(params.SPEAKER_PART_SHARE, params.SPEAKER_SHORT_PART_SHARE, params.SPEAKER_WINDOW_SHARE,
                   params.SPEAKER_FIGURE_BAG)


def linked(m: Match, a: Stems, b: Stems, need: Need = ANY_SPEAKERS) -> bool:
    """Whether two statements report one statement (or one is a part of the other): never when
    they put different figures or dates in one place (``align.another_statement``)."""
    return _links(m, a, b, need) and not another_statement(m, a, b)


def _links(m: Match, a: Stems, b: Stems, need: Need) -> bool:
    if min(m.matched_a, m.matched_b) >= params.MIN_MATCH_INFO:
        if a.n_info == b.n_info:  # either is the smaller: the verdict must not depend on which came first
            small_share = max(m.share_a, m.share_b)
        else:
            small_share = m.share_a if a.n_info < b.n_info else m.share_b
        share = need.short if min(a.n_info, b.n_info) < params.SHORT_STATEMENT else need.part
        if small_share >= share or shared_passage(m):
            return True
    return (bool(need.window) and paraphrased(a, b, need.window)) \
        or (bool(need.figure_bag) and figure_anchored(a, b, need.figure_bag))


def paraphrased(a: Stems, b: Stems, share: float) -> bool:
    """Whether the smaller statement's informative stems, at least ``params.WINDOW_MIN_INFO`` of them,
    lie at ``share`` or more in one stretch of the other, figures included (``align.window_share``)."""
    if min(a.n_info, b.n_info) < params.WINDOW_MIN_INFO:
        return False
    if a.n_info == b.n_info:  # either is the smaller: the verdict must not depend on which came first
        return any(window_share(x, y, params.WINDOW_WIDTH, share) >= share for x, y in ((a, b), (b, a)))
    small, big = (a, b) if a.n_info < b.n_info else (b, a)
    return window_share(small, big, params.WINDOW_WIDTH, share) >= share


def figure_anchored(a: Stems, b: Stems, bag: float) -> bool:
    """Whether the two statements give one figure of the same thing: a distinctive figure
    (``align.distinctive_figure``) before the same word in both ("سجلنا مئتين وأربعا وثلاثين حالة" /
    "تسجيل 234 حالة"), no distinctive figure of the smaller one missing from the other (a new count,
    "ارتفع العدد إلى 250 بعد 234", is another statement), and ``bag`` of the smaller one's distinct
    informative stems found in the other, in any order."""
    if a.n_info == b.n_info:  # either is the smaller: the verdict must not depend on which came first
        return _figure_anchored(a, b, bag) or _figure_anchored(b, a, bag)
    return _figure_anchored(*((a, b) if a.n_info < b.n_info else (b, a)), bag)


def _figure_anchored(small: Stems, big: Stems, bag: float) -> bool:
    mine, theirs = figure_anchors(small), figure_anchors(big)
    if not mine or any(f not in theirs for f in mine) or not any(near & theirs[f] for f, near in mine.items()):
        return False
    wanted = set(compress(small.stems, small.info))
    return len(wanted & set(compress(big.stems, big.info))) >= bag * len(wanted)


def one_paragraph(conn: sqlite3.Connection, doc_id: str, end: int, start: int) -> bool:
    """Whether no line break lies in the document's text from offset ``end`` to ``start`` (the end
    of one statement and the start of the next one): the two are in one paragraph."""
    between = conn.execute("SELECT instr(substr(text, ?, ?), char(10)) FROM documents WHERE id = ?",
                           (end + 1, max(start - end, 0), doc_id)).fetchone()
    return between is not None and between[0] == 0


def shared_passage(m: Match) -> bool:
    """Whether the two statements share a passage (each holding more the other does not: two
    answers merged, each with another sentence): many informative stems aligned, close together
    on both sides."""
    return (min(m.matched_a, m.matched_b) >= params.PASSAGE_INFO
            and min(m.dense_a, m.dense_b) >= params.PASSAGE_DENSITY)


def strong(m: Match) -> bool:
    return min(m.share_a, m.share_b) >= params.STRONG_SHARE


def decode(stems: str, info: str) -> Stems:
    """A statement's stems as stored (``prepare.encode``), held in tuples: the garbage collector
    stops tracking a tuple of strings, so remembered statements cost its full collections nothing
    (lists of 40,000 statements' stems made each collection visit millions of references)."""
    words = tuple(map(intern, stems.split(" "))) if stems else ()  # one string per distinct stem
    return Stems(words, tuple(map("1".__eq__, info)), (), ())


def informative(stems: str, info: str) -> frozenset[str]:
    """``frozenset(compress(st.stems, st.info))`` of ``st = decode(stems, info)``, without decoding."""
    return frozenset(compress(stems.split(" "), map("1".__eq__, info))) if stems else frozenset()


class Text:
    """A statement's stems as stored, decoded when first aligned: most statements met (new ones
    and remembered ones) are never aligned with another, only pre-checked on their stem sets."""

    __slots__ = ("raw", "_st")

    def __init__(self, stems: str, info: str) -> None:
        self.raw: tuple[str, str] | None = (stems, info)
        self._st: Stems | None = None

    @property
    def st(self) -> Stems:
        if self._st is None:
            self._st = decode(*self.raw)
            self.raw = None
        return self._st

    def words(self) -> frozenset[str]:
        if self._st is None:
            return informative(*self.raw)
        return frozenset(compress(self._st.stems, self._st.info))


@dataclass(slots=True)
class Item:
    id: str
    doc_id: str
    text: Text
    item: int | None  # its id in LSH buckets (None: not banded)
    cluster: str | None = None  # its cluster when met or linked (``Linker._current`` of it: now)
    _words: frozenset[str] | None = None

    @property
    def st(self) -> Stems:
        return self.text.st

    def words(self) -> frozenset[str]:
        """Its informative stems, for a quick pre-check before alignment."""
        if self._words is None:
            self._words = self.text.words()
        return self._words


# Stored statements whose stems are remembered across batches (the most recently met). About 0.9 kB
# each while only their stored text is held (most are never aligned: see ``Text``), ~2 kB once
# decoded. 40,000 before texts were decoded lazily; 60,000 then cost the 50k relink +17 MB of peak RSS
# (+10 MB against the 40,000 decoded ones) and cut its statement CPU 16.6 -> 16.0 s (memo misses read
# from the store late in the corpus).
MEMO_STATEMENTS = 60000

# Statements whose headline status is remembered across batches (``Linker._is_headline``).
MEMO_HEADLINES = 100_000

# Statement n of the document with ingest order seq is item seq * ITEM_SPAN + n in the LSH buckets.
ITEM_SPAN = 4096


def item_of(seq: int, n: int) -> int | None:
    return seq * ITEM_SPAN + n if n < ITEM_SPAN else None


class Linker:
    """Links one batch of new statements against the store (and each other, in order)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.buckets = Buckets(conn, "link_bands")
        self.cache: dict[str, Item] = {}
        self.by_item: dict[int, str] = {}
        self.reps: dict[str, str] = {}
        self.pairs: list[tuple] = []
        self.founded: list[tuple[str, str]] = []  # link_clusters rows not yet written (``_write_founded``)
        # cluster → document → ``newest_documents`` (read once a batch, forgotten when the cluster changes)
        self.newest: dict[str, dict[str, list[str]]] = {}
        # what the passes after document reuse read again and again and no pass changes: document →
        # the documents its reuse pairs name (``reused``), document → its seq (``seq``)
        self.fixed: dict[str, dict] = {"reused": {}, "seq": {}}
        # statement id → whether it is a headline (``_is_headline``), kept across batches like ``merged``
        self.headline: dict[str, bool] = self.buckets.index.attached.setdefault("headline", {})
        # cluster → the cluster it was merged into (by this process, as long as its memo is valid)
        self.merged: dict[str, str] = self.buckets.index.attached.setdefault("merged", {})
        # every banded statement met by this process: its stems for the pre-check, without a read
        self.sets: StemSets = self.buckets.index.attached.get("stem_sets") or StemSets()
        self.buckets.index.attached["stem_sets"] = self.sets

    # -- reading stored statements ------------------------------------------------------------
    def _memo(self) -> OrderedDict:
        """Stored statements met in this process, most recently met last: item → [statement id,
        document id, cluster then, its ``Text``]. A statement is met when read from the
        store, or when linked by this process (the candidates of new statements are often the
        statements of the last batches). It lives on the band index, so it is dropped with it when
        the store was changed elsewhere (or a document was forgotten, see ``lsh.drop_caches``)."""
        return self.buckets.index.attached.setdefault("statements", OrderedDict())

    def _take(self, item: int, entry: list) -> None:
        sid = entry[0]
        if sid not in self.cache:
            self.cache[sid] = Item(sid, entry[1], entry[3], item, self._current(entry[2]))
        self.by_item[item] = sid

    def _load(self, ids: Sequence, column: str = "statement_id") -> None:
        """Read stored statements by bucket ``item`` (or by statement id) into the cache. Statements
        remembered from earlier batches cost no read: their cluster is the one they had then, as
        merged since (merges are remembered too)."""
        memo = self._memo()
        if column == "item":
            unknown = []
            for item in ids:
                if item in self.by_item:
                    continue
                entry = memo.get(item)
                if entry is None:
                    unknown.append(item)
                else:
                    memo.move_to_end(item)
                    self._take(item, entry)
            sql = ("SELECT statement_id, doc_id, cluster_id, item, stems, info FROM link_statements"
                   " WHERE item IN ({marks})")
        else:
            unknown = [i for i in ids if i not in self.cache]
            sql = ("SELECT statement_id, doc_id, cluster_id, item, stems, info FROM link_statements"
                   " WHERE statement_id IN ({marks})")
        for sid, doc_id, cluster, item, stems, info in rows_in(self.conn, sql, unknown):
            entry = memo.get(item)
            if entry is None or entry[0] != sid:
                text = Text(stems, info)
                entry = memo[item] = [sid, doc_id, cluster, text]
                if item >= 0:
                    self.sets.add(item, hashes(text.words()))
            else:
                entry[2] = cluster
                memo.move_to_end(item)
            self._take(item, entry)
        # (trimmed once a batch, in ``link``: a trim a read cost a call per candidate)

    @staticmethod
    def _trim(memo: OrderedDict) -> None:
        while len(memo) > MEMO_STATEMENTS:
            memo.popitem(last=False)

    def _rep(self, cluster: str) -> str | None:
        if cluster not in self.reps:
            row = self.conn.execute("SELECT rep_id FROM link_clusters WHERE cluster_id = ?", (cluster,)).fetchone()
            self.reps[cluster] = row[0] if row else None
        return self.reps[cluster]

    def _stored_exact(self, keys: set[str]) -> dict[str, str]:
        """Stored clusters of statements with these exact-copy keys."""
        out: dict[str, str] = {}
        for e, cluster in rows_in(self.conn, "SELECT exact, cluster_id FROM link_statements WHERE exact IN ({marks})", keys):
            out.setdefault(e, cluster)
        return out

    def _current(self, cluster: str) -> str:
        """The cluster ``cluster`` was merged into since it was read (itself when none)."""
        while cluster in self.merged:
            cluster = self.merged[cluster]
        return cluster

    def newest_documents(self, cluster: str, doc_id: str) -> list[str]:
        """The documents of the newest ``SIBLING_DOCS`` statements of ``cluster`` outside ``doc_id``
        (one entry a statement, the newest first): a wire story's cluster may hold thousands of
        copies. Read once a batch (the passes ask again for the same clusters); ``_move`` forgets
        the clusters it changes."""
        known = self.newest.setdefault(cluster, {})
        if doc_id not in known:
            known[doc_id] = [d for d, in self.conn.execute(
                "SELECT doc_id FROM statements WHERE cluster_id = ? AND doc_id != ? ORDER BY rowid DESC LIMIT ?",
                (cluster, doc_id, params.SIBLING_DOCS))]
        return known[doc_id]

    # -- linking -------------------------------------------------------------------------------
    def link(self, rows: Sequence[tuple[str, str, int, int, StatementPrep]]) -> dict[str, str]:
        """``rows``: (statement_id, doc_id, document seq, n, its payload) in ingest order.
        Returns statement → cluster."""
        items = [Item(sid, doc, Text(p.stems, p.info), item_of(seq, n)) for sid, doc, seq, n, p in rows]
        prep = {sid: p for sid, _, _, _, p in rows}
        exact_of = {it.id: prep[it.id].exact for it in items if prep[it.id].exact is not None}
        stored = self._stored_exact(set(exact_of.values()))
        first: dict[str, str] = {}  # exact key → the first statement of this batch with it
        for it in items:
            e = exact_of.get(it.id)
            if e is not None and e not in stored:
                first.setdefault(e, it.id)
        new = [it for it in items if it.id in exact_of and first.get(exact_of[it.id]) == it.id
               and it.item is not None]
        keys = [np.frombuffer(prep[it.id].keys, dtype=np.int64) for it in new]
        keys_of = dict(zip([it.id for it in new], self.buckets.load_batch([it.item for it in new], keys)))
        # Stored candidates are read as each statement meets them (most are remembered: a read of
        # them all up front cost a second candidate search per statement).

        plausible = self._plausible(new, keys_of)
        for it in items:
            self.cache[it.id] = it
            e = exact_of.get(it.id)
            if e is None:  # too short to link
                it.cluster = it.id
            elif e in stored:
                it.cluster = self._current(stored[e])
            elif first[e] != it.id:
                it.cluster = self.cache[first[e]].cluster
            else:
                it.cluster = self._choose(it, plausible.get(it.id, []))
                if it.cluster == it.id:
                    self.reps[it.id] = it.id
                    self.founded.append((it.id, it.id))
                if it.item is not None:
                    self.by_item[it.item] = it.id
        self._write_founded()
        rows_out = []
        for it in items:
            it.cluster = self._current(it.cluster)
            rows_out.append((it.id, it.item if it.item is not None else -1, it.doc_id, it.cluster,
                             exact_of.get(it.id), prep[it.id].stems, prep[it.id].info))
        self.conn.executemany(
            "INSERT OR REPLACE INTO link_statements(statement_id, item, doc_id, cluster_id, exact, stems, info)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)", rows_out)
        self.conn.executemany(
            "INSERT OR REPLACE INTO link_pairs(a, b, matched, share_a, share_b) VALUES (?, ?, ?, ?, ?)", self.pairs)
        self.pairs = []
        self.conn.executemany("UPDATE statements SET cluster_id = ? WHERE id = ?",
                              [(it.cluster, it.id) for it in items])
        memo = self._memo()
        for it in new:  # the banded statements of this batch: the next batches' likely candidates
            memo[it.item] = [it.id, it.doc_id, it.cluster, it.text]
        self._trim(memo)
        self.sets.seal()
        self.buckets.flush()
        return {it.id: it.cluster for it in items}

    def join_reused(self, candidates: list[tuple[str, list[str]]], need: Need = ANY_SPEAKERS, *,
                    rep_too: bool = False, min_matched: int = 0) -> int:
        """Statements the LSH left alone (each its own cluster), each with the stored statements of a
        document whose text its own document reuses, where that text was aligned (``link_reused``):
        a short quote of a long answer shares too small a part of the answer's windows to collide,
        but it lies inside the passage alignment found. Each joins the cluster of the first candidate
        that verifies (``link_same_speaker`` gives it the same speaker's statements instead). Unlike
        ``_choose``, the cluster's representative need not verify too: the aligned passage (or the
        speaker) is the evidence that guards against chains, and a part of a long answer
        whose cluster a headline founded would never match that headline. Only statements left
        alone join; two clusters are never merged here. With a lower ``need`` than any two
        statements' (one speaker's), the candidate aligning most joins, not the first that verifies.
        ``rep_too``: the cluster's representative must verify too, as in ``_choose``, and
        ``min_matched`` informative stems at least must align (when nothing but the documents' kinship
        backs the candidates). Returns how many joined."""
        self._load(sorted({sid for sid, others in candidates for sid in (sid, *others)}))
        joined = 0
        for sid, others in candidates:
            it = self.cache.get(sid)
            if it is None or self._current(it.cluster) != sid:
                continue  # gone, or linked already
            best = None
            for oid in others:
                other = self.cache.get(oid)
                cluster = self._current(other.cluster) if other is not None else sid
                if cluster == sid or (m := self._verify(it, other, need)) is None \
                        or min(m.matched_a, m.matched_b) < min_matched:
                    continue
                if rep_too and not self._rep_verifies(it, cluster, oid):
                    continue
                if best is None or min(m.matched_a, m.matched_b) > min(best[1].matched_a, best[1].matched_b):
                    best = (oid, m, cluster)
                if need is ANY_SPEAKERS:
                    break
            if best is not None:
                oid, m, cluster = best
                self.conn.execute("INSERT OR REPLACE INTO link_pairs(a, b, matched, share_a, share_b) VALUES (?, ?, ?, ?, ?)",
                                  (sid, oid, min(m.matched_a, m.matched_b), m.share_a, m.share_b))
                self._move(sid, cluster)
                joined += 1
        return joined

    def join_part(self, sid: str, oid: str, matched: int, shares: tuple[float, float] = (1.0, 0.0)) -> bool:
        """Join statement ``sid``, still alone, to the cluster of ``oid``, which holds it whole (a short
        quotation of a longer answer: ``link.link_short_quotes`` checked it, no alignment is needed),
        or which the caller matched otherwise (``shares``: the aligned shares of each, recorded in
        ``link_pairs``). Returns whether it joined."""
        self._load([sid, oid])
        it, other = self.cache.get(sid), self.cache.get(oid)
        if it is None or other is None or self._current(it.cluster) != sid:
            return False
        cluster = self._current(other.cluster)
        if cluster == sid:
            return False
        self.conn.execute("INSERT OR REPLACE INTO link_pairs(a, b, matched, share_a, share_b) VALUES (?, ?, ?, ?, ?)",
                          (sid, oid, matched, *shares))
        self._move(sid, cluster)
        return True

    def _rep_verifies(self, it: Item, cluster: str, verified: str) -> bool:
        """Whether ``it`` verifies against the representative of ``cluster`` (it did against ``verified``)."""
        rep = self._rep(cluster)
        if rep is None or rep == verified:
            return True
        self._load([rep])
        rep_item = self.cache.get(rep)
        return rep_item is None or self._verify(it, rep_item) is not None

    def plausible_joins(self, candidates: list[tuple[str, list[tuple[str, int | None]]]],
                        need: Need = ANY_SPEAKERS) -> list[tuple[str, list[str]]]:
        """``candidates`` (statement → (stored statement, its bucket item)) less those whose stem set,
        held in memory, already fails ``_verify``'s pre-check, as ``join_reused`` takes them: those
        are never read from the store (one pass for all, as in ``_plausible``)."""
        self._load([sid for sid, _ in candidates])
        todo = [(self.cache[sid], others) for sid, others in candidates if sid in self.cache]
        if not todo:
            return []
        mine, sizes_mine = hashes_of_all([it.words() for it, _ in todo])
        lists = [[-1 if item is None else item for _, item in others] for _, others in todo]
        keep = self._may_verify(mine, sizes_mine, lists, need)
        oids = [oid for _, others in todo for oid, _ in others]  # (flat, as ``keep``)
        out, at = [], 0
        for it, others in todo:
            end = at + len(others)
            kept = list(compress(oids[at:end], keep[at:end]))
            at = end
            if kept:
                out.append((it.id, kept))
        return out

    def _move(self, other: str, keep: str) -> None:
        """Every statement of cluster ``other`` into ``keep`` (in the store and in what this process
        remembers). The statements held in ``cache`` keep the cluster they had (``_current`` reads
        where it went): rewriting each cost a walk of the whole cache a move, and one ``Linker``
        holds a batch's statements for all its passes."""
        self._write_founded()
        self.conn.execute("UPDATE link_statements SET cluster_id = ? WHERE cluster_id = ?", (keep, other))
        self.conn.execute("UPDATE statements SET cluster_id = ? WHERE cluster_id = ?", (keep, other))
        self.conn.execute("DELETE FROM link_clusters WHERE cluster_id = ?", (other,))
        self.reps.pop(other, None)
        self.newest.pop(other, None)
        self.newest.pop(keep, None)
        self.merged[other] = keep

    def _verify(self, it: Item, other: Item, need: Need = ANY_SPEAKERS) -> Match | None:
        # Pre-check on stem sets: the smaller statement cannot reach its share if too few of its
        # informative stems occur in the other at all (0.9: sets count repeated stems once).
        wa, wb = it.words(), other.words()
        shared = len(wa & wb)
        if shared < params.MIN_MATCH_INFO or shared < min(0.9 * need.part * min(len(wa), len(wb)),
                                                         params.PASSAGE_INFO):
            return None
        m = compare(it.st, other.st)
        return m if linked(m, it.st, other.st, need) else None

    def _plausible(self, new: list[Item], keys_of: dict) -> dict[str, list[int]]:
        """The candidates of each banded new statement (in order), less those whose held stem set
        already fails ``_verify``'s pre-check (an upper bound of the stems shared fails it): those are
        never read from the store. Buckets grow as before, one statement after the other (candidates
        do not depend on the clusters chosen), and the pre-check runs once for the whole batch."""
        lists = []
        for it in new:
            keys_it, add_it = keys_of[it.id]
            found = self.buckets.candidates(keys_it)
            if it.item in found:  # (a guard: an item is new to the buckets, seqs are never reused)
                found = [c for c in found if c != it.item]
            lists.append(found)
            self.buckets.add(it.item, add_it)
        words = [it.words() for it in new]
        mine, sizes_mine = self.sets.add_batch([it.item for it in new], words)
        keep = self._may_verify(mine, sizes_mine, lists)
        ends = np.cumsum([len(x) for x in lists]).tolist()
        return {it.id: list(compress(x, keep[end - len(x) : end])) for it, x, end in zip(new, lists, ends)}

    def _may_verify(self, mine: np.ndarray, sizes_mine: np.ndarray, lists: list[list[int]],
                    need: Need = ANY_SPEAKERS) -> list[bool]:
        """For each statement (its stem hashes ``sizes_mine[s]`` of ``mine``, one after the other) and
        each of its candidate items ``lists[s]``, flattened: whether ``_verify``'s pre-check may pass
        (an upper bound of the stems they share reaches its need), or the candidate's set is not held."""
        shared, sizes = self.sets.shared_at_most(mine, sizes_mine, lists)
        need = np.maximum(params.MIN_MATCH_INFO,
                          np.minimum(0.9 * need.part
                                     * np.minimum(sizes, np.repeat(sizes_mine, [len(x) for x in lists])),
                                     params.PASSAGE_INFO))
        return ((shared < 0) | (shared >= need)).tolist()

    def _choose(self, it: Item, items: list[int]) -> str:
        """The cluster of ``it``, from its (plausible) candidates ``items``."""
        self._load(items, column="item")
        cands = [self.by_item[c] for c in items if c in self.by_item]
        by_cluster: dict[str, tuple[int, Match, str]] = {}
        for cid in cands:
            other = self.cache.get(cid)
            if other is None:
                continue
            m = self._verify(it, other)
            if m is None:
                continue
            self.pairs.append((it.id, cid, min(m.matched_a, m.matched_b), m.share_a, m.share_b))
            score = min(m.matched_a, m.matched_b)
            cluster = self._current(other.cluster)
            if cluster not in by_cluster or score > by_cluster[cluster][0]:
                by_cluster[cluster] = (score, m, cid)
        chosen = chosen_rep = None
        for cluster, (_, m, cid) in sorted(by_cluster.items(), key=lambda kv: -kv[1][0]):
            rep = self._rep(cluster)
            if rep is None or rep == cid:
                rep_match = m
            else:
                self._load([rep])
                rep_item = self.cache.get(rep)
                rep_match = self._verify(it, rep_item) if rep_item else m
            if rep_match is None:
                continue
            if chosen is None:
                chosen, chosen_rep = cluster, (rep, rep_match)
            elif strong(rep_match):
                self._maybe_merge(chosen, cluster)
            elif self._parts_of_one(chosen_rep, (rep, rep_match)):
                self._move(cluster, chosen)
        if chosen is not None and self._is_headline(by_cluster[chosen][2]) and not self._is_headline(it.id):
            chosen = self._body_over_headline(it, chosen, by_cluster[chosen])
        if chosen is not None and self._is_headline(self._rep(chosen)) and not self._is_headline(it.id):
            self._set_rep(chosen, it.id)  # (the new statement is asked about only when the cluster's is one)
        return chosen or it.id

    def _body_over_headline(self, it: Item, chosen: str, found: tuple[int, Match, str]) -> str:
        """The cluster of the statement of the headline's own document that ``it`` matches best, when
        one matches better than the headline (``found``: score, match, headline id) that chose
        ``chosen`` (``it`` being no headline): a headline sums up a body statement, and a report
        quotes the body (the LSH may have offered only the headline: "أكبر شحنة تضبط في تاريخ المنفذ"
        against the headline "ضبطنا أكبر شحنة مخدرات في تاريخ المنفذ …" and the answer "هذه أكبر شحنة
        تُضبط في تاريخ المنفذ، …")."""
        best, best_score = chosen, found[0]
        doc_id = found[2].rpartition(":")[0]
        # (read through the statements' doc_id index; those linked earlier in this batch are in the
        # cache, not yet in link_statements)
        ids = [sid for (sid,) in self.conn.execute("SELECT id FROM statements WHERE doc_id = ? AND id != ?",
                                                   (doc_id, found[2]))]
        self._load(ids)
        for sid in ids:
            other = self.cache.get(sid)
            if other is None or other.cluster is None or self._is_headline(sid) \
                    or (m := self._verify(it, other)) is None:
                continue
            if min(m.matched_a, m.matched_b) > best_score:
                best, best_score = self._current(other.cluster), min(m.matched_a, m.matched_b)
        return best

    def _parts_of_one(self, first: tuple[str | None, Match], second: tuple[str | None, Match]) -> bool:
        """Whether a new statement holds whole two statements of one paragraph of a stored document
        (each given as its cluster's representative and that one's match with the new statement):
        an outlet that carried two sentences of an answer as one sentence says they are one
        statement, so their clusters merge. Two paragraphs (two answers) or two documents never
        merge this way: no chain across answers or outlets."""
        (rep_a, match_a), (rep_b, match_b) = first, second
        if rep_a is None or rep_b is None or min(match_a.share_b, match_b.share_b) < params.PART_SHARE:
            return False
        doc_id = rep_a.rpartition(":")[0]
        if rep_b.rpartition(":")[0] != doc_id:
            return False
        spans = sorted(map(tuple, self.conn.execute('SELECT start, "end" FROM statements WHERE id IN (?, ?) AND field = \'text\'',
                                                    (rep_a, rep_b))))
        if len(spans) != 2:
            return False
        (_, end_a), (start_b, _) = spans
        return one_paragraph(self.conn, doc_id, end_a, start_b)

    def _is_headline(self, statement_id: str | None) -> bool:
        """Whether the statement is a headline (read once per statement a batch asks about)."""
        if statement_id is None:
            return False
        if statement_id not in self.headline:
            if len(self.headline) >= MEMO_HEADLINES:
                self.headline.clear()  # a cache of the store: dropped whole, read again as asked
            row = self.conn.execute("SELECT kind FROM statements WHERE id = ?", (statement_id,)).fetchone()
            self.headline[statement_id] = row is not None and row[0] == "headline"
        return self.headline[statement_id]

    def _set_rep(self, cluster: str, statement_id: str) -> None:
        """Make ``statement_id`` the representative of ``cluster``: a headline founded it, and a
        headline says too little of the statement for the reports that follow to match it (they
        match the body statement that joined it; a headline's summary of the body does not)."""
        self._write_founded()
        self.conn.execute("UPDATE link_clusters SET rep_id = ? WHERE cluster_id = ?", (statement_id, cluster))
        self.reps[cluster] = statement_id

    def _write_founded(self) -> None:
        """Write the clusters founded since the last call, in order: once a batch, and before a
        merge deletes one (the table's rows are then written in the order they always were)."""
        self.conn.executemany("INSERT OR REPLACE INTO link_clusters(cluster_id, rep_id) VALUES (?, ?)", self.founded)
        self.founded = []

    def _maybe_merge(self, keep: str, other: str) -> None:
        """Merge ``other`` into ``keep`` when their representatives are one statement."""
        ra, rb = self._rep(keep), self._rep(other)
        if ra is None or rb is None:
            return
        self._load([ra, rb])
        a, b = self.cache.get(ra), self.cache.get(rb)
        if a is None or b is None:
            return
        m = compare(a.st, b.st)
        if not (linked(m, a.st, b.st) and strong(m)):
            return
        self._move(other, keep)
