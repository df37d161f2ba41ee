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
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from qawl.link import params
from qawl.link.align import Block, blocks
from qawl.link.lsh import Buckets
from qawl.link.minhash import band_keys, signatures
from qawl.link.shingles import Stems, from_tokens, window_shingles
from qawl.link.stem import Token, document_tokens
from qawl.store.db import rows_in
from qawl.text.normalize import key


@dataclass(slots=True)
class Doc:
    id: str
    outlet: str
    st: Stems
    chars: int  # characters of its kept (non-boilerplate) words
    lines: list[tuple[int, int, str]]  # its short lines (offsets, key): boilerplate when another
    # document of the same outlet repeats them
    exact: str = ""  # equal for copies of one text (boilerplate included, so the key never shifts)
    seq: int = -1  # documents.seq: its item in the LSH buckets

    def anchors(self) -> np.ndarray:
        """Hashes of its stem anchors (k-grams), for a quick pre-check before alignment."""
        return self.st.anchor_hashes(params.REUSE_ANCHOR)


def _lines(text: str) -> list[tuple[int, int, str]]:
    """Short lines of ``text`` with their offsets and normalized key."""
    out, pos = [], 0
    for raw in text.split("\n"):
        k = key(raw)
        if k and len(k.split()) <= params.BOILERPLATE_MAX_WORDS:
            out.append((pos, pos + len(raw), k))
        pos += len(raw) + 1
    return out


def _count_lines(conn: sqlite3.Connection, outlet: str, lines: list[tuple[int, int, str]]) -> set[str]:
    """Count this document's short lines for its outlet; returns those that are now boilerplate."""
    distinct = sorted({k for _, _, k in lines})
    conn.executemany(
        "INSERT INTO reuse_lines(outlet, line, docs) VALUES (?, ?, 1)"
        " ON CONFLICT(outlet, line) DO UPDATE SET docs = docs + 1", [(outlet, k) for k in distinct])
    boiler = set()
    for c in range(0, len(distinct), 500):
        part = distinct[c : c + 500]
        boiler.update(r[0] for r in conn.execute(
            f"SELECT line FROM reuse_lines WHERE outlet = ? AND docs >= ? AND line IN ({','.join('?' * len(part))})",
            [outlet, params.BOILERPLATE_MIN_DOCS, *part]))
    return boiler


@lru_cache(maxsize=1024)
def _tokens(text: str) -> tuple[list[Token], str]:
    """Tokens of a document text and its exact-copy key (cached: wire copies repeat one text)."""
    toks = document_tokens(text)[0]
    return toks, from_tokens(toks).exact_key()


def _kept_stems(text: str, excluded: list[tuple[int, int]]) -> tuple[Stems, str]:
    toks, exact = _tokens(text)
    if excluded:
        excluded.sort()
        kept, e = [], 0
        for t in toks:
            while e < len(excluded) and excluded[e][1] <= t.start:
                e += 1
            if e < len(excluded) and excluded[e][0] <= t.start < excluded[e][1]:
                continue
            kept.append(t)
        toks = kept
    return from_tokens(toks), exact


def _doc(conn: sqlite3.Connection, seq: int, doc_id: str, outlet: str | None, text: str, layers: str) -> Doc:
    outlet = outlet or ""
    lines = _lines(text)
    boiler = _count_lines(conn, outlet, lines) if outlet else set()
    excluded = [(s, e) for s, e, k in lines if k in boiler]
    excluded += [(b["start"], b["end"]) for b in json.loads(layers or "{}").get("boilerplate", [])]
    return _make(seq, doc_id, outlet, text, lines, excluded)


def _make(seq: int, doc_id: str, outlet: str, text: str, lines: list[tuple[int, int, str]],
          excluded: list[tuple[int, int]]) -> Doc:
    st, exact = _kept_stems(text, excluded)
    return Doc(doc_id, outlet, st, _chars(st), lines, exact, seq)


def _chars(st: Stems) -> int:
    return sum(e - s for s, e in zip(st.starts, st.ends))


def _without_lines(d: Doc, keys: set[str]) -> Stems:
    """``d``'s stems minus the words of its short lines in ``keys``."""
    ranges = sorted((s, e) for s, e, k in d.lines if k in keys)
    keep = [t for t, start in enumerate(d.st.starts) if not any(s <= start < e for s, e in ranges)]
    st = d.st
    return Stems([st.stems[t] for t in keep], [st.info[t] for t in keep], [st.starts[t] for t in keep],
                 [st.ends[t] for t in keep])


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
    covered = [False] * len(st.stems)
    for s, e in ranges:
        for t in range(s, e):
            covered[t] = True
    return sum(e - s for c, s, e in zip(covered, st.starts, st.ends) if c)


def compare_docs(a: Doc, b: Doc) -> tuple | None:
    """A reuse row (doc_a, doc_b, share_a, share_b, tokens, spans JSON) or None. Within one outlet,
    the short lines both documents carry are that outlet's boilerplate and are left out."""
    if len(np.intersect1d(a.anchors(), b.anchors(), assume_unique=True)) < params.REUSE_MIN_ANCHORS:
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


class Reuse:
    """Finds the reuse pairs of one batch of new documents against the store and each other."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.buckets = Buckets(conn, "reuse_bands")
        self.cache: dict[int, Doc] = {}  # by seq

    def _stored(self, seq: int) -> Doc | None:
        if seq not in self.cache:
            r = self.conn.execute("SELECT id, outlet, text, layers FROM documents WHERE seq = ?", (seq,)).fetchone()
            if r is None:
                return None
            # Boilerplate lines as known now (no counting: the document was counted when stored).
            outlet = r[1] or ""
            lines = _lines(r[2])
            boiler = set()
            if outlet and lines:
                keys = sorted({k for _, _, k in lines})
                boiler = {row[0] for row in self.conn.execute(
                    f"SELECT line FROM reuse_lines WHERE outlet = ? AND docs >= ? AND line IN ({','.join('?' * len(keys))})",
                    [outlet, params.BOILERPLATE_MIN_DOCS, *keys])}
            excluded = [(s, e) for s, e, k in lines if k in boiler]
            excluded += [(b["start"], b["end"]) for b in json.loads(r[3] or "{}").get("boilerplate", [])]
            self.cache[seq] = _make(seq, r[0], outlet, r[2], lines, excluded)
        return self.cache[seq]

    def _stored_canonical(self, keys: set[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for e, canonical in rows_in(self.conn, "SELECT exact, canonical FROM reuse_docs WHERE exact IN ({marks})", keys):
            out.setdefault(e, canonical)
        return out

    def _seq(self, doc_id: str) -> int | None:
        row = self.conn.execute("SELECT seq FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def run(self, doc_ids: Sequence[str]) -> int:
        rows = []
        for c in range(0, len(doc_ids), 500):
            part = list(doc_ids[c : c + 500])
            rows += self.conn.execute(
                f"SELECT seq, id, outlet, text, layers FROM documents WHERE id IN ({','.join('?' * len(part))})",
                part).fetchall()
        rows.sort(key=lambda r: r[0])
        docs = [_doc(self.conn, *r) for r in rows]
        for d in docs:
            self.cache[d.seq] = d
        canonical_of = self._stored_canonical({d.exact for d in docs})
        new = []
        for d in docs:
            if d.exact not in canonical_of or not d.st.stems:
                canonical_of.setdefault(d.exact, d.id)
                if canonical_of[d.exact] == d.id:
                    new.append(d)
        windows = [window_shingles(d.st, params.DOC_WINDOW, params.DOC_STRIDE) for d in new]
        flat = [w for ws in windows for w in ws]
        keys = (band_keys(signatures(flat), params.DOC_BANDS, params.DOC_ROWS) if flat
                else np.empty((0, params.DOC_BANDS), dtype=np.int64))
        self.buckets.load(keys)
        keys_of, pos = {}, 0
        for d, ws in zip(new, windows):
            keys_of[d.id] = keys[pos : pos + len(ws)].ravel().tolist()
            pos += len(ws)
        pairs, doc_rows = [], []
        same: dict[tuple, tuple] = {}  # copies whose kept words (and offsets) agree align alike
        for d in docs:
            canonical = canonical_of[d.exact]
            doc_rows.append((d.id, d.exact, canonical))
            memo = None
            if d.id in keys_of:
                others = [o for o in self.buckets.candidates(keys_of[d.id]) if o != d.seq]
                self.buckets.add(d.seq, keys_of[d.id])
            elif canonical != d.id:
                cseq = self._seq(canonical)
                canon = self._stored(cseq) if cseq is not None else None
                memo = (canonical, canon is not None and d.outlet == canon.outlet, tuple(d.st.stems),
                        tuple(d.st.starts), tuple(d.st.ends), tuple(k for _, _, k in d.lines))
                if memo in same:
                    pairs.append((d.id, *same[memo][1:]))
                    continue
                others = [cseq] if cseq is not None else []
            else:
                others = []
            for o in others:
                other = self._stored(o)
                if other is not None and other.id != d.id:
                    row = compare_docs(d, other)
                    if row:
                        pairs.append(row)
                        if memo is not None:
                            same[memo] = row
        self.conn.executemany("INSERT OR REPLACE INTO reuse_docs(doc_id, exact, canonical) VALUES (?, ?, ?)", doc_rows)
        self.conn.executemany(
            "INSERT OR REPLACE INTO reuse_pairs(doc_a, doc_b, share_a, share_b, tokens, spans) VALUES (?, ?, ?, ?, ?, ?)",
            pairs)
        self.buckets.flush()
        return len(pairs)
