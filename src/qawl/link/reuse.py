"""Document reuse (passim-style): for each new document, the stored documents it shares text with,
the aligned passages (character offsets into both ``documents.text``) and the share of each
document's text that comes from the other.

An outlet's own boilerplate — short lines (bylines, "اقرأ أيضا", credit lines) repeated across its
documents, and any ``boilerplate`` layer spans — is left out before signing and aligning, so two
articles of one outlet are not "reused" through their shared footer. Exact copies (thousands of
identical wire copies) are aligned with the first stored copy only and are not added to the LSH.
"""
from __future__ import annotations

import json
import sqlite3
from array import array
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import compress
from operator import not_

import numpy as np

from qawl.link import params
from qawl.link.align import Block, blocks
from qawl.link.lsh import Buckets
from qawl.link.minhash import window_band_keys
from qawl.link.prepare import STORED_COLUMNS, STORED_COUNT, DocPrep, keep_mask, pack, prepare_stored, short_lines, unpack
from qawl.link.shingles import Stems, anchor_hashes_in_order, mask_stock, sorted_distinct_anchors, stem_ids
from qawl.link.sketch import Sketch
from qawl.store.db import rows_in


@dataclass(slots=True)
class Doc:
    id: str
    outlet: str
    kept: int  # its kept (non-boilerplate) words
    lines: list[tuple[int, int, str]]  # its short lines (offsets, key): boilerplate when another
    # document of the same outlet repeats them
    exact: str = ""  # equal for copies of one text (boilerplate included, so the key never shifts)
    seq: int = -1  # documents.seq: its item in the LSH buckets
    # Its words are made on first use (``st``): most documents are never aligned with another.
    source: tuple | None = None  # (payload, keep mask or None for all, whether to flag informative
    # words) they are made from
    _st: Stems | None = None
    _char_count: int = 0  # characters of its kept words
    _anchors: np.ndarray | None = None

    @property
    def st(self) -> Stems:
        if self._st is None:
            self._st = _kept_stems(*self.source)
            self._char_count = _chars(self._st)
            if self._anchors is not None:
                self._st._anchors = {params.REUSE_ANCHOR: self._anchors}
            self.source = None
        return self._st

    @property
    def chars(self) -> int:
        self.st  # noqa: B018 (made with its words)
        return self._char_count

    def anchors(self) -> np.ndarray:
        """Hashes of its stem anchors (k-grams), for a quick pre-check before alignment."""
        if self._anchors is None:  # ``st.anchor_hashes``, from the stem numbers alignment needs too
            self._anchors = sorted_distinct_anchors(_anchors_in_order(self.st))
        return self._anchors


_lines = short_lines


def _stored_boilerplate(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """Per outlet, every line that is its boilerplate in the store (few: 2,336 lines at 50k)."""
    out: dict[str, set[str]] = {}
    for outlet, line in conn.execute("SELECT outlet, line FROM reuse_lines WHERE docs >= ?",
                                     (params.BOILERPLATE_MIN_DOCS,)):
        out.setdefault(outlet, set()).add(line)
    return out


def _count_lines(conn: sqlite3.Connection, docs: list[tuple[str, list[tuple[int, int, str]]]],
                 known: dict[str, set[str]]) -> list[set[str]]:
    """Count, document after document, the short lines of ``docs`` ((outlet, lines)) for their outlet;
    returns for each the lines that are boilerplate once it is counted, and adds those to ``known``
    (``_stored_boilerplate``). One read and one write for the whole batch."""
    wanted: dict[str, set[str]] = {}
    for outlet, lines in docs:
        if outlet:
            wanted.setdefault(outlet, set()).update(k for _, _, k in lines)
    counts: dict[tuple[str, str], int] = {}
    for outlet, keys in wanted.items():
        keys_sorted = sorted(keys)
        for c in range(0, len(keys_sorted), 500):
            part = keys_sorted[c : c + 500]
            for line, n in conn.execute(
                    f"SELECT line, docs FROM reuse_lines WHERE outlet = ? AND line IN ({','.join('?' * len(part))})",
                    [outlet, *part]):
                counts[(outlet, line)] = n
    out = []
    for outlet, lines in docs:
        if not outlet:
            out.append(set())
            continue
        boiler = set()
        for k in {k for _, _, k in lines}:
            n = counts[(outlet, k)] = counts.get((outlet, k), 0) + 1
            if n >= params.BOILERPLATE_MIN_DOCS:
                boiler.add(k)
        out.append(boiler)
        if boiler:
            known.setdefault(outlet, set()).update(boiler)
    conn.executemany("INSERT INTO reuse_lines(outlet, line, docs) VALUES (?, ?, ?)"
                     " ON CONFLICT(outlet, line) DO UPDATE SET docs = excluded.docs",
                     [(o, k, n) for (o, k), n in counts.items()])
    return out


def _make(seq: int, doc_id: str, outlet: str, p: DocPrep, boiler: set[str], *,
          informative: bool = True) -> tuple[Doc, bool]:
    """The document with its outlet's boilerplate lines ``boiler`` and its layer spans left out; and
    whether that leaves exactly the words the payload's anchors and band keys were made from. Its
    words are made when first used (then the payload's band keys and statements are not held).
    ``informative=False``: its words' informative flags are not made (``_kept_stems``)."""
    excluded = [(s, e) for s, e, k in p.lines if k in boiler] + list(p.layer)
    keep = keep_mask(np.frombuffer(p.starts, dtype=np.int32), excluded)
    kept = int(keep.sum())
    source = (replace(p, keys=b"", statements={}) if p.keys or p.statements else p, None if kept == len(keep) else keep,
              informative)
    d = Doc(doc_id, outlet, kept, p.lines, p.exact, seq, source)
    as_prepared = kept == p.kept
    if as_prepared:
        d._anchors = np.frombuffer(p.anchors, dtype=np.uint64)
    return d, as_prepared


def _kept_stems(p: DocPrep, keep: np.ndarray | None, informative: bool = True) -> Stems:
    """``from_read`` of the words of ``p`` that ``keep`` keeps (all when None), without the
    intermediate lists: informative = not a function word, then stock phrases masked within the
    kept words. ``informative=False`` leaves the flags empty: only band keys read them, and a stored
    document is only aligned (masking its stock phrases was a third of what making its words cost)."""
    starts, ends = np.frombuffer(p.starts, dtype=np.int32), np.frombuffer(p.ends, dtype=np.int32)
    stems = p.stems.split(" ") if p.stems else []
    info = list(map(not_, p.function)) if informative else []
    if keep is not None:
        starts, ends = starts[keep], ends[keep]
        kept = keep.tolist()
        stems = list(compress(stems, kept))
        info = list(compress(info, kept))
    if informative:
        mask_stock(stems, info)
    # Offsets as int32 arrays: 4 bytes a word in the memo, not 36. Stems and flags as tuples: the
    # garbage collector stops tracking them, so remembered documents cost its full collections nothing.
    return Stems(tuple(stems), tuple(info), array("i", starts.tobytes()), array("i", ends.tobytes()))


def _kept_anchors(p: DocPrep, boiler: set[str]) -> np.ndarray:
    """``_make(…, p, boiler)[0].anchors()`` without making the document (most candidates are only
    pre-checked on their anchors, never aligned). ``p.anchors`` are those of its ``p.kept`` words;
    what is left out only grows (layer spans, then boilerplate lines), so as many words kept now
    means the same words."""
    if not boiler:  # nothing beyond its layer is left out: the anchors made when it was stored hold
        return np.frombuffer(p.anchors, dtype=np.uint64)
    excluded = [(s, e) for s, e, k in p.lines if k in boiler] + list(p.layer)
    keep = keep_mask(np.frombuffer(p.starts, dtype=np.int32), excluded)
    if int(keep.sum()) == p.kept:
        return np.frombuffer(p.anchors, dtype=np.uint64)
    stems = p.stems.split(" ") if p.stems else []
    return Stems(list(compress(stems, keep.tolist())), [], [], []).anchor_hashes(params.REUSE_ANCHOR)


def _chars(st: Stems) -> int:
    return st.char_prefix()[-1]


def _without_lines(d: Doc, keys: set[str]) -> Stems:
    """``d``'s stems minus the words of its short lines in ``keys``, with their stem numbers
    (``Stems.codes(0)``) read off ``d``'s, which alignment makes anyway: only the kept words'
    numbers were made before, for every pair compared again."""
    ranges = [(s, e) for s, e, k in d.lines if k in keys]
    st = d.st
    keep = keep_mask(st.starts, ranges)
    flags = keep.tolist()
    info = list(compress(st.info, flags)) if st.info else []  # (a stored document's flags are not made)
    out = Stems(list(compress(st.stems, flags)), info, list(compress(st.starts, flags)), list(compress(st.ends, flags)))
    numbers = st.codes(0)
    if numbers is not None:
        out._codes = {0: numbers[keep]}
    return out


def spans(a: Stems, b: Stems, blks: list[Block]) -> list[list[int]]:
    """Aligned passages ``[a_start, a_end, b_start, b_end]``: blocks in order on both sides, with
    gaps of at most ``REUSE_GAP`` stems, are one passage."""
    out: list[list[int]] = []
    runs: list[list[int]] = []  # [i0, i1, j0, j1] in stems
    for blk in sorted(blks, key=lambda x: x.i):
        i1, j1 = blk.i + blk.size, blk.j + blk.size
        if runs:
            r = runs[-1]
            if 0 <= blk.i - r[1] <= params.REUSE_GAP and 0 <= blk.j - r[3] <= params.REUSE_GAP:
                r[1], r[3] = i1, j1
                continue
        runs.append([blk.i, i1, blk.j, j1])
    for i0, i1, j0, j1 in runs:
        out.append([a.starts[i0], a.ends[i1 - 1], b.starts[j0], b.ends[j1 - 1]])
    return out


def _covered_chars(st: Stems, ranges: list[tuple[int, int]]) -> int:
    """Characters of the words of ``st`` inside any of ``ranges`` (word ranges, may overlap)."""
    prefix = st.char_prefix()
    total = end = 0
    for s, e in sorted(ranges):
        s = max(s, end)
        if e > s:
            total += prefix[e] - prefix[s]
            end = e
    return total


class _StemIdsByNumber:
    """``shingles.stem_ids`` read off the stems' numbers in this process (``Stems.codes(0)``, which
    alignment makes anyway): one array lookup a word instead of a lookup in a dict of strings; a
    number's id is made (by ``stem_ids``) the first time it is met."""

    def __init__(self) -> None:
        self.ids = np.zeros(0, dtype=np.uint64)
        self.known = np.zeros(0, dtype=bool)

    def of(self, st: Stems) -> np.ndarray:
        numbers = st.codes(0)
        if numbers is None or not len(numbers):  # the numbering is full
            return stem_ids(st.stems)
        top = int(numbers.max())
        if top >= len(self.ids):
            grow = max(top + 1, 2 * len(self.ids)) - len(self.ids)
            self.ids = np.concatenate([self.ids, np.zeros(grow, dtype=np.uint64)])
            self.known = np.concatenate([self.known, np.zeros(grow, dtype=bool)])
        new = np.flatnonzero(~self.known[numbers])
        if len(new):
            self.ids[numbers[new]] = stem_ids([st.stems[i] for i in new.tolist()])
            self.known[numbers[new]] = True
        return self.ids[numbers]


_STEM_IDS_BY_NUMBER = _StemIdsByNumber()


def _anchors_in_order(st: Stems) -> np.ndarray:
    """The hash of the anchor (``REUSE_ANCHOR`` stems) at each position of ``st``: ``anchor_hashes``
    before they are sorted and made distinct."""
    return anchor_hashes_in_order(_STEM_IDS_BY_NUMBER.of(st), params.REUSE_ANCHOR)


# Candidates sharing this many distinct anchors or more are aligned without ``_aligned_at_most``
# (a cost choice only: the bound never drops a pair that aligns). Nearly all of them align, and a
# document whose candidates all share that many (copies, wire rewrites) never has its anchors put
# in word order, which cost the first 5,000 of the 50k corpus more than the bound saved there.
BOUNDED_BELOW = 3 * params.REUSE_MIN_TOKENS


def _aligned_at_most(found: np.ndarray) -> np.ndarray:
    """For each row of ``found`` (whether the anchor at each position of a document's words is one
    of another document's anchors), the most stems ``blocks(…, k=REUSE_ANCHOR,
    min_size=REUSE_MIN_BLOCK)`` can align. A block of s stems starts s - k + 1 consecutive anchors
    both have, and blocks do not overlap in the first document: a run of r such positions holds
    blocks of at most r + k - 1 stems in all, and none when r < REUSE_MIN_BLOCK - k + 1. (Hash
    collisions only lengthen runs: the bound holds.)"""
    rows, width = found.shape
    padded = np.zeros((rows, width + 2), dtype=np.int8)
    padded[:, 1:-1] = found
    edges = np.diff(padded.ravel())
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)  # runs never cross rows
    length = ends - starts
    k = params.REUSE_ANCHOR
    long_enough = length >= params.REUSE_MIN_BLOCK - k + 1
    return np.bincount(starts[long_enough] // (width + 2), weights=length[long_enough] + k - 1,
                       minlength=rows).astype(np.int64)


def compare_docs(a: Doc, b: Doc, *, anchors_checked: bool = False) -> tuple | None:
    """A reuse row (doc_a, doc_b, share_a, share_b, tokens, spans JSON) or None. Within one outlet,
    the short lines both documents carry are that outlet's boilerplate and are left out."""
    if not anchors_checked and len(np.intersect1d(a.anchors(), b.anchors(), assume_unique=True)) < params.REUSE_MIN_ANCHORS:
        return None
    sa, sb, ca, cb = a.st, b.st, a.chars, b.chars
    if a.outlet and a.outlet == b.outlet:
        shared = {k for _, _, k in a.lines} & {k for _, _, k in b.lines}
        if shared:
            sa, sb = _without_lines(a, shared), _without_lines(b, shared)
            ca, cb = _chars(sa), _chars(sb)
    blks = blocks(sa, sb, k=params.REUSE_ANCHOR, min_size=params.REUSE_MIN_BLOCK)
    n = sum(x.size for x in blks)
    if n < params.REUSE_MIN_TOKENS:
        return None
    share_a = _covered_chars(sa, [(x.i, x.i + x.size) for x in blks]) / max(ca, 1)
    share_b = _covered_chars(sb, [(x.j, x.j + x.size) for x in blks]) / max(cb, 1)
    return (a.id, b.id, round(min(share_a, 1.0), 4), round(min(share_b, 1.0), 4), n,
            json.dumps(spans(sa, sb, blks)))


def _anchor_sketch(anchors: np.ndarray) -> np.ndarray:
    """Each anchor hash folded to 16 bits, as ``DocSketch.anchors`` holds them. Folded, not cut: the
    top half of an anchor hash depends on its first two stems only (stem ids are 32-bit)."""
    x = anchors ^ (anchors >> np.uint64(32))
    return (x ^ (x >> np.uint64(16))).astype(np.uint16)


def _line_sketch(lines: list[tuple[str, str]]) -> np.ndarray:
    """32-bit hashes of (outlet, short line) pairs, as ``DocSketch.open`` and ``.boiler`` hold them."""
    return np.fromiter(map(hash, lines), dtype=np.int64, count=len(lines)).astype(np.uint32)


class DocSketch:
    """What the anchor pre-check needs of every stored document this process has met, in a few
    hundred bytes a document (``sketch.Sketch``): 16-bit hashes of its anchors as last made, and
    hashes of its short lines that were not boilerplate then. A document one of whose "open" lines
    has become boilerplate since may have other anchors now (words left out join new k-grams): its
    sketch is stale and says nothing."""

    def __init__(self) -> None:
        self.anchors = Sketch(np.uint16)
        self.open = Sketch(np.uint32)
        self.boiler = np.empty(0, dtype=np.uint32)  # hashes of every boilerplate line (outlet, line)
        self.boiler_lines = -1  # lines ``boiler`` was made from

    def note(self, docs: list[tuple[int, np.ndarray, str, set[str]]]) -> None:
        """Hold (seq, anchors, outlet, open lines) for each of ``docs`` (hashed in one pass)."""
        if not docs:
            return
        seqs = [seq for seq, _, _, _ in docs]
        anchors = [a for _, a, _, _ in docs]
        self.anchors.add_many(seqs, _anchor_sketch(np.concatenate(anchors)), list(map(len, anchors)))
        sizes = [len(lines) if outlet else 0 for _, _, outlet, lines in docs]
        self.open.add_many(seqs, _line_sketch([(outlet, k) for _, _, outlet, lines in docs if outlet for k in lines]),
                           sizes)

    def keep(self, mine: list[np.ndarray], cands: list[list[int]], known: dict[str, set[str]]) -> list[list[int]]:
        """Those of ``cands[s]`` that may share ``REUSE_MIN_ANCHORS`` anchors with the document whose
        anchors are ``mine[s]``: not held here, stale, or sharing that many sketched anchors."""
        lines = sum(map(len, known.values()))
        if lines != self.boiler_lines:
            self.boiler = np.unique(_line_sketch([(o, k) for o, ks in known.items() for k in ks]))
            self.boiler_lines = lines
        sizes = np.fromiter(map(len, mine), dtype=np.int64, count=len(mine))
        shared = self.anchors.counts(_anchor_sketch(np.concatenate(mine)), sizes, cands)
        flat = [o for part in cands for o in part]
        stale = self.open.counts(self.boiler, np.array([len(self.boiler)]), [flat]) != 0  # (-1: not held)
        ok = ((shared < 0) | (shared >= params.REUSE_MIN_ANCHORS) | stale).tolist()
        out, at = [], 0
        for part in cands:
            out.append([o for o, keep in zip(part, ok[at : at + len(part)]) if keep])
            at += len(part)
        return out


# Stored documents remembered across batches (see ``Reuse._memo``): the candidates of new documents
# are often recent ones. A remembered document with its words read costs about 28 kB (200 words:
# the median article), one known by its anchors only about 2 kB. With the sketch (``DocSketch``)
# rejecting candidates, nearly every one read is aligned, so nearly every entry holds its words:
# fewer entries hold as many words as 4,000 did before, and pay for the sketch (~0.4 kB a document).
# Late in the 50k corpus, 1,600 entries missed 4,806 documents a 5,000 (read, unpacked and made again),
# 4,800 missed 2,936 for +80 MB of the relinking process's peak; 4,000 spends ~50 MB of it.
MEMO_DOCS = 4000


class Reuse:
    """Finds the reuse pairs of one batch of new documents against the store and each other."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.buckets = Buckets(conn, "reuse_bands")
        self.cache: dict[int, Doc] = {}  # by seq
        self.raw: dict[int, tuple] = {}  # stored documents not yet made into a Doc: seq → (id, outlet, payload)
        self.anchors: dict[int, np.ndarray] = {}  # stored documents' anchors (for the pre-check)

    # -- stored documents ------------------------------------------------------------------------
    def _memo(self) -> OrderedDict:
        """Stored documents met in earlier batches of this process, most recent last: seq → [id,
        outlet, its short lines, its boilerplate lines then, anchors or None, Doc or None]. It lives
        on the band index, so it is dropped with it when the store changed elsewhere."""
        return self.buckets.index.attached.setdefault("reuse_docs", OrderedDict())

    def _sketch(self) -> DocSketch:
        """The sketch of every stored document met in this process (``DocSketch``); it lives on the
        band index, like the memo."""
        return self.buckets.index.attached.setdefault("reuse_sketch", DocSketch())

    def _boilerplate(self) -> dict[str, set[str]]:
        """Every boilerplate line of the store by outlet, read once, then kept up to date by
        ``_count_lines`` (a line's count only grows: once boilerplate, it stays boilerplate). It
        lives on the band index, so it is read again when the store changed elsewhere."""
        attached = self.buckets.index.attached
        if "boilerplate" not in attached:
            attached["boilerplate"] = _stored_boilerplate(self.conn)
        return attached["boilerplate"]

    def _fetch(self, seqs: Sequence[int]) -> None:
        """Make ready the stored documents ``seqs`` with their anchors as they are now: boilerplate
        lines are looked up as known now (the document was counted when stored). Documents met in an
        earlier batch whose boilerplate is unchanged are taken from the memo; the others are read
        from ``reuse_texts`` (one query for many)."""
        want = [s for s in set(seqs) if s not in self.cache and s not in self.raw and s not in self.anchors]
        memo = self._memo()
        cached = [s for s in want if s in memo]
        alive = {r[0] for r in rows_in(self.conn, "SELECT seq FROM documents WHERE seq IN ({marks})", cached)}
        for s in cached:
            if s not in alive:
                del memo[s]  # re-ingested or deleted since
        cached = [s for s in cached if s in alive]
        fresh = [s for s in want if s not in memo]
        rows = list(rows_in(self.conn, f"SELECT d.seq, d.id, d.outlet, {STORED_COLUMNS} FROM documents d"
                            " JOIN reuse_texts t ON t.doc_id = d.id WHERE d.seq IN ({marks})", fresh))
        loaded = [(r[0], r[1], r[2] or "", unpack(tuple(r)[3:])) for r in rows]
        wanted: dict[str, set[str]] = {}
        for _, _, outlet, prep in loaded:
            if outlet and prep.lines:
                wanted.setdefault(outlet, set()).update(k for _, _, k in prep.lines)
        for s in cached:
            _, outlet, line_keys, _, _, _ = memo[s]
            if outlet and line_keys:
                wanted.setdefault(outlet, set()).update(line_keys)
        known = self._boilerplate()
        boiler = {outlet: known.get(outlet, set()) & keys for outlet, keys in wanted.items()}
        stale = []
        for s in cached:
            entry = memo[s]
            mine = boiler.get(entry[1], set()) & entry[2] if entry[1] else set()
            if mine != entry[3] or (entry[4] is None and entry[5] is None):
                stale.append(s)
                del memo[s]
            elif entry[5] is not None:
                self.cache[s] = entry[5]
                memo.move_to_end(s)
            else:
                self.anchors[s] = entry[4]
                memo.move_to_end(s)
        if stale:
            rows = list(rows_in(self.conn, f"SELECT d.seq, d.id, d.outlet, {STORED_COLUMNS} FROM documents d"
                                " JOIN reuse_texts t ON t.doc_id = d.id WHERE d.seq IN ({marks})", stale))
            loaded += [(r[0], r[1], r[2] or "", unpack(tuple(r)[3:])) for r in rows]
        noted = []
        for seq, doc_id, outlet, prep in loaded:
            line_keys = frozenset(k for _, _, k in prep.lines)
            mine = boiler.get(outlet, set()) & line_keys if outlet else set()
            self.raw[seq] = (doc_id, outlet, prep, mine)
            anchors = self.anchors[seq] = _kept_anchors(prep, mine)
            memo[seq] = [doc_id, outlet, line_keys, mine, anchors, None]
            noted.append((seq, anchors, outlet, line_keys - mine))
        self._sketch().note(noted)
        while len(memo) > MEMO_DOCS:
            memo.popitem(last=False)

    def _remember(self, docs: list[tuple[Doc, set[str]]]) -> None:
        """Keep the banded documents of this batch (with the boilerplate lines they were made
        without) in the memo: the next batches' candidates are often the last batches' documents."""
        memo, noted = self._memo(), []
        for d, boiler in docs:
            line_keys = frozenset(k for _, _, k in d.lines)
            mine = boiler & line_keys if d.outlet else set()
            memo[d.seq] = [d.id, d.outlet, line_keys, mine, None, d]
            noted.append((d.seq, d.anchors(), d.outlet, line_keys - mine))
            memo.move_to_end(d.seq)
        self._sketch().note(noted)
        while len(memo) > MEMO_DOCS:
            memo.popitem(last=False)

    def _anchors_of(self, seq: int) -> np.ndarray | None:
        if seq in self.cache:
            return self.cache[seq].anchors()
        if seq in self.anchors:
            return self.anchors[seq]
        d = self._stored(seq)
        return d.anchors() if d is not None else None

    def _sharing_anchors(self, d: Doc, others: list[int]) -> list[int]:
        """Those of ``others`` sharing at least ``REUSE_MIN_ANCHORS`` anchors with ``d`` whose shared
        anchors can make an alignment of ``REUSE_MIN_TOKENS`` stems (``_aligned_at_most``), in one pass."""
        theirs = [(o, self._anchors_of(o)) for o in others]
        theirs = [(o, a) for o, a in theirs if a is not None]
        mine = d.anchors()
        if not theirs or not len(mine):
            return []
        flat = np.concatenate([a for _, a in theirs])
        owner = np.repeat(np.arange(len(theirs)), [len(a) for _, a in theirs])
        at = np.minimum(np.searchsorted(mine, flat), len(mine) - 1)
        hit = mine[at] == flat
        shared = np.bincount(owner[hit], minlength=len(theirs))
        sharing = np.flatnonzero(shared >= params.REUSE_MIN_ANCHORS)
        weak = sharing[shared[sharing] < BOUNDED_BELOW]
        if not len(weak):
            return [theirs[i][0] for i in sharing.tolist()]
        # which of mine each weak one has (by distinct anchor), then by position of d's words
        row = np.full(len(theirs), -1)
        row[weak] = np.arange(len(weak))
        hit_row, hit_at = row[owner[hit]], at[hit]
        has = np.zeros((len(weak), len(mine)), dtype=bool)
        has[hit_row[hit_row >= 0], hit_at[hit_row >= 0]] = True
        bound = _aligned_at_most(has[:, np.searchsorted(mine, _anchors_in_order(d.st))])
        short = {theirs[i][0] for i, most in zip(weak.tolist(), bound.tolist()) if most < params.REUSE_MIN_TOKENS}
        return [theirs[i][0] for i in sharing.tolist()
                if theirs[i][0] not in short or self._lines_may_go(d, theirs[i][0])]

    def _lines_may_go(self, d: Doc, seq: int) -> bool:
        """Whether ``compare_docs`` may leave out short lines of ``d`` and the stored document ``seq``
        (same outlet, a short line in common): new anchors then form where words were left out, so
        ``_aligned_at_most`` bounds nothing. True when unknown."""
        if not d.outlet or not d.lines:
            return False
        if seq in self.cache:
            outlet, keys = self.cache[seq].outlet, {k for _, _, k in self.cache[seq].lines}
        elif seq in self.raw:
            outlet, keys = self.raw[seq][1], {k for _, _, k in self.raw[seq][2].lines}
        elif seq in self._memo():
            outlet, keys = self._memo()[seq][1], self._memo()[seq][2]
        else:
            return True
        return outlet == d.outlet and not keys.isdisjoint(k for _, _, k in d.lines)

    def _stored(self, seq: int) -> Doc | None:
        if seq not in self.cache:
            if seq not in self.raw:
                memo = self._memo()
                if seq in memo and memo[seq][5] is None:
                    del memo[seq]  # only its anchors were kept: read it again
                    self.anchors.pop(seq, None)
                self._fetch([seq])
            if seq not in self.cache:
                if seq not in self.raw:
                    return None
                doc_id, outlet, prep, boiler = self.raw.pop(seq)
                # a stored document is only aligned: its words' informative flags are never read
                self.cache[seq] = _make(seq, doc_id, outlet, prep, boiler, informative=False)[0]
                entry = self._memo().get(seq)
                if entry is not None:
                    entry[5] = self.cache[seq]
        return self.cache[seq]

    def _presieve(self, plans: list[tuple]) -> list[tuple]:
        """``plans`` without the stored candidates the sketch shows cannot pass the anchor pre-check
        (the same order otherwise), so they are never read."""
        todo = [i for i, p in enumerate(plans) if p[2]]
        if not todo:
            return plans
        kept = self._sketch().keep([plans[i][0].anchors() for i in todo], [plans[i][2] for i in todo],
                                   self._boilerplate())
        out = list(plans)
        for i, others in zip(todo, kept):
            d, canonical, _, copy = plans[i]
            out[i] = (d, canonical, others, copy)
        return out

    def _stored_canonical(self, keys: set[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for e, canonical in rows_in(self.conn, "SELECT exact, canonical FROM reuse_docs WHERE exact IN ({marks})", keys):
            out.setdefault(e, canonical)
        return out

    def _seq(self, doc_id: str) -> int | None:
        row = self.conn.execute("SELECT seq FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    # -- the batch -------------------------------------------------------------------------------
    def run(self, doc_ids: Sequence[str], prepared: dict[str, DocPrep] | None = None) -> int:
        rows = sorted(map(tuple, rows_in(self.conn, "SELECT seq, id, outlet FROM documents WHERE id IN ({marks})", doc_ids)))
        prepared = dict(prepared or {})
        missing = [r[1] for r in rows if r[1] not in prepared]
        if missing:
            prepared.update(prepare_stored(self.conn, missing))
        preps = [prepared[r[1]] for r in rows]
        boilers = _count_lines(self.conn, [(r[2] or "", p.lines) for r, p in zip(rows, preps)], self._boilerplate())
        docs, fresh = [], []
        for (seq, doc_id, outlet), p, boiler in zip(rows, preps, boilers):
            d, as_prepared = _make(seq, doc_id, outlet or "", p, boiler)
            docs.append(d)
            fresh.append(as_prepared)
            self.cache[d.seq] = d
        boiler_of = {d.seq: b for d, b in zip(docs, boilers)}
        # Stored with the words and anchors made here, so later reads reuse them (see ``_kept_anchors``).
        self.conn.executemany(f"INSERT OR REPLACE INTO reuse_texts(doc_id, {STORED_COLUMNS.replace('t.', '')})"
                              f" VALUES (?, {','.join('?' * STORED_COUNT)})",
                              [(d.id, *pack(p, d.kept, d.anchors().tobytes())) for d, p in zip(docs, preps)])
        canonical_of = self._stored_canonical({d.exact for d in docs})
        new = []
        for d, p, as_prepared in zip(docs, preps, fresh):
            if d.exact not in canonical_of or not d.kept:
                canonical_of.setdefault(d.exact, d.id)
                if canonical_of[d.exact] == d.id:
                    new.append((d, p, as_prepared))
        # Band keys: as the workers made them, unless this batch's boilerplate left out more words.
        redo = [d.st for d, _, as_prepared in new if not as_prepared]
        redone = iter(window_band_keys(redo, params.DOC_WINDOW, params.DOC_STRIDE, params.DOC_BANDS, params.DOC_ROWS)
                      if redo else [])
        keys = [np.frombuffer(p.keys, dtype=np.int64) if as_prepared else next(redone) for _, p, as_prepared in new]
        keys_of = dict(zip([d.id for d, _, _ in new], self.buckets.load_batch([d.seq for d, _, _ in new], keys)))
        # Candidates first (they depend only on the buckets, grown in order), then one read of every
        # stored candidate, then the comparisons.
        plans = []
        for d in docs:
            canonical = canonical_of[d.exact]
            if d.id in keys_of:
                look, grow = keys_of[d.id]
                others = [o for o in self.buckets.candidates(look) if o != d.seq]
                self.buckets.add(d.seq, grow)
                plans.append((d, canonical, others, False))
            elif canonical != d.id:
                plans.append((d, canonical, [], True))
            else:
                plans.append((d, canonical, [], False))
        plans = self._presieve(plans)
        self._fetch([o for _, _, others, _ in plans for o in others])
        pairs, doc_rows = [], []
        same: dict[tuple, tuple] = {}  # copies whose kept words (and offsets) agree align alike
        for d, canonical, others, copy in plans:
            doc_rows.append((d.id, d.exact, canonical))
            memo = None
            if copy:
                cseq = self._seq(canonical)
                canon = self._stored(cseq) if cseq is not None else None
                memo = (canonical, canon is not None and d.outlet == canon.outlet, tuple(d.st.stems),
                        tuple(d.st.starts), tuple(d.st.ends), tuple(k for _, _, k in d.lines))
                if memo in same:
                    pairs.append((d.id, *same[memo][1:]))
                    continue
                others = [cseq] if cseq is not None else []
            for o in self._sharing_anchors(d, others):
                other = self._stored(o)
                if other is not None and other.id != d.id:
                    row = compare_docs(d, other, anchors_checked=True)
                    if row:
                        pairs.append(row)
                        if memo is not None:
                            same[memo] = row
        self._remember([(d, boiler_of[d.seq]) for d, _, _ in new])
        self.conn.executemany("INSERT OR REPLACE INTO reuse_docs(doc_id, exact, canonical) VALUES (?, ?, ?)", doc_rows)
        self.conn.executemany(
            "INSERT OR REPLACE INTO reuse_pairs(doc_a, doc_b, share_a, share_b, tokens, spans) VALUES (?, ?, ?, ?, ?, ?)",
            pairs)
        self.buckets.flush()
        return len(pairs)
