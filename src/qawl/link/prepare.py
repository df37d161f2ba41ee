"""The per-document part of linking, which needs nothing from the store: reading a document's words
into stems, each statement's stems, exact-copy key and LSH band keys, and the document's own stems,
anchors and band keys (with its ``boilerplate`` layer left out).

``prepare_document(doc)`` runs in the ingest workers right after analysis (see
``STEP_PREPARATION`` in ``qawl.ingest_run``); ``prepare_stored(conn, doc_ids)`` makes the same
payload from the store for documents that come without one (a resumed run, ``load-parquet``, the
API). Payloads are compact (joined strings and packed arrays), so they cross processes cheaply.
"""
from __future__ import annotations

import json
import sqlite3
from sys import intern
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress
from operator import not_
from typing import NamedTuple

import numpy as np

from qawl.doc import Document
from qawl.link import params
from qawl.link.minhash import grouped_band_keys_of
from qawl.link.shingles import Stems, anchor_hashes_of, exact_key_of, mask_stock
from qawl.link.stem import Read, read_ids
from qawl.store.db import rows_in
from qawl.text.normalize import _DROPPED_RE, _fold


@dataclass(slots=True)
class StatementPrep:
    stems: str  # space-joined stems
    info: str  # '1'/'0' per stem: informative
    exact: str | None  # exact-copy key; None: too short to link
    keys: bytes  # its windows' band keys (int64), empty when not linkable


@dataclass(slots=True)
class DocPrep:
    """What linking needs about one document, independent of the store."""

    exact: str  # exact-copy key of the whole text (boilerplate included)
    stems: str  # space-joined stems of every word of the text
    function: bytes  # 1 per word: a function word
    starts: bytes  # int32 offsets of each word
    ends: bytes
    lines: list[tuple[int, int, str]]  # short lines: offsets and normalized key
    layer: list[tuple[int, int]]  # ``boilerplate`` layer spans
    kept: int  # words left once the layer spans are left out
    anchors: bytes  # sorted distinct anchor hashes (uint64) of those words
    keys: bytes  # band keys (int64) of those words' windows
    statements: dict[str, StatementPrep]


# How a document's payload is kept in ``reuse_texts`` (what later documents compare against; its
# statements live in ``link_statements``). ``kept`` and ``anchors`` there are those of the words the
# writer kept (its layer spans and its outlet's boilerplate lines as known when it was stored left
# out), so a later read reuses them as long as no more of its lines became boilerplate.
STORED_COLUMNS = "t.exact, t.stems, t.function, t.starts, t.ends, t.lines, t.layer, t.kept, t.anchors"
STORED_COUNT = 9


def pack(p: DocPrep, kept: int | None = None, anchors: bytes | None = None) -> tuple:
    """The ``reuse_texts`` columns of ``p`` (with the writer's ``kept`` and ``anchors`` when given)."""
    return (p.exact, p.stems, p.function, p.starts, p.ends, pack_lines(p.lines),
            array("i", [x for span in p.layer for x in span]).tobytes(),
            p.kept if kept is None else kept, p.anchors if anchors is None else anchors)


def unpack(row: Sequence) -> DocPrep:
    exact, stems, function, starts, ends, lines, layer, kept, anchors = row
    return DocPrep(exact, stems, function, starts, ends, unpack_lines(lines), _unpack_spans(layer), kept, anchors, b"", {})


def pack_lines(lines: list[tuple[int, int, str]]) -> bytes:
    """Short lines as one blob: their count, their (start, end) offsets (int32), then their keys
    (UTF-8, one per line: a key never holds a line break). Read back without a JSON parse."""
    spans = array("i", [len(lines)])
    for s, e, _ in lines:
        spans.extend((s, e))
    return spans.tobytes() + "\n".join(k for _, _, k in lines).encode("utf-8")


def unpack_lines(blob: bytes | str) -> list[tuple[int, int, str]]:
    """``pack_lines`` undone; also reads the JSON text that stores made before 2026-11 hold."""
    if isinstance(blob, str):
        return [tuple(x) for x in json.loads(blob)]
    n = int.from_bytes(blob[:4], "little", signed=True)
    if not n:
        return []
    offsets = array("i", blob[4 : 4 + 8 * n]).tolist()
    keys = blob[4 + 8 * n :].decode("utf-8").split("\n")
    return list(zip(offsets[0::2], offsets[1::2], keys))


def _unpack_spans(blob: bytes | str) -> list[tuple[int, int]]:
    """Layer spans: packed (start, end) int32 pairs, or JSON in stores made before 2026-11."""
    if isinstance(blob, str):
        return [tuple(x) for x in json.loads(blob)]
    flat = array("i", blob).tolist()
    return list(zip(flat[0::2], flat[1::2]))


def encode(st: Stems) -> tuple[str, str]:
    return " ".join(st.stems), "".join(map("01".__getitem__, st.info))


def decode(stems: str, info: str) -> Stems:
    s = list(map(intern, stems.split(" "))) if stems else []  # one string per distinct stem: remembered
    # statements (``clusters.MEMO_STATEMENTS``) then cost a pointer per stem
    return Stems(s, [c == "1" for c in info], [], [])


def short_lines(text: str) -> list[tuple[int, int, str]]:
    """Short lines of ``text`` with their offsets and normalized key (an outlet's boilerplate when
    repeated across its documents). Only lines that can be short are folded: folding maps a
    character to one character (never a space to a non-space or back) or drops it, so a line has
    at most as many folded words as words, and more than ``BOILERPLATE_MAX_WORDS`` of them stay
    too many unless dropped characters make up whole words."""
    out, pos = [], 0
    dropped = _DROPPED_RE.search(text) is not None
    for raw in text.split("\n"):
        n = len(raw.split())
        if n and (n <= params.BOILERPLATE_MAX_WORDS or (dropped and _DROPPED_RE.search(raw))):
            words = _fold(raw).split()
            if words and len(words) <= params.BOILERPLATE_MAX_WORDS:
                out.append((pos, pos + len(raw), " ".join(words)))
        pos += len(raw) + 1
    return out


def keep_mask(starts: Sequence[int], excluded: Sequence[tuple[int, int]]) -> np.ndarray:
    """Which words (by start offset, ascending) lie outside every ``[start, end)`` of ``excluded``."""
    n = len(starts)
    if not excluded or not n:
        return np.ones(n, dtype=bool)
    at = np.asarray(starts)
    spans = np.asarray(excluded, dtype=np.int64).reshape(-1, 2)
    lo = np.searchsorted(at, spans[:, 0])
    hi = np.maximum(np.searchsorted(at, spans[:, 1]), lo)
    # How many spans cover each word (+1 where a span's words begin, -1 after them), in one pass.
    depth = np.cumsum(np.bincount(lo, minlength=n + 1) - np.bincount(hi, minlength=n + 1))
    return depth[:n] == 0


class _Words(NamedTuple):
    """Words of a text with what its payload needs: stems, informative flags, stem ids (uint64)."""

    stems: list[str]
    info: list[bool]
    ids: np.ndarray


def _words(stems: list[str], function: list[bool], ids: np.ndarray) -> _Words:
    """Informative = not a function word, then stock phrases masked (as ``from_read``)."""
    info = list(map(not_, function))
    mask_stock(stems, info)
    return _Words(stems, info, ids)


def _read_words(text: str) -> tuple[Read, np.ndarray]:
    r, ids = read_ids(text)
    return r, np.frombuffer(array("I", ids), dtype=np.uint32).astype(np.uint64)


def _statement_words(r: Read, ids: np.ndarray, title: str | None, field: str, start: int, end: int) -> _Words:
    if field == "text":
        i = bisect_left(r.starts, start)
        j = bisect_right(r.ends, end, lo=i)  # the words inside [start, end)
        # Stock phrases are masked within the statement's own words (as when read alone).
        return _words(r.stems[i:j], r.function[i:j], ids[i:j])
    tr, tids = _read_words((title or "")[start:end])
    return _words(tr.stems, tr.function, tids)


def _kept_words(r: Read, ids: np.ndarray, whole: _Words, layer: list[tuple[int, int]]) -> _Words:
    """The words outside the ``layer`` spans (stock phrases masked among them alone)."""
    keep = keep_mask(r.starts, layer)
    if keep.all():
        return whole
    kept = keep.tolist()
    return _words(list(compress(r.stems, kept)), list(compress(r.function, kept)), ids[keep])


def _band_keys(statements: list[_Words], kept: _Words) -> tuple[list[np.ndarray], np.ndarray]:
    """Band keys of the linkable statements' windows and of the kept words' windows."""
    texts = [*statements, kept]
    ids = np.concatenate([t.ids for t in texts]) if statements else kept.ids
    info = np.frombuffer(b"".join([bytes(t.info) for t in texts]), dtype=bool)
    statement_keys, (keys,) = grouped_band_keys_of(ids, info, [
        (len(statements), params.WINDOW, params.STRIDE, params.BANDS, params.ROWS),
        (1, params.DOC_WINDOW, params.DOC_STRIDE, params.DOC_BANDS, params.DOC_ROWS)], [len(t.ids) for t in texts])
    return statement_keys, keys


def prepare_parts(text: str, title: str | None, statements: Sequence[tuple[str, str, int, int]],
                  layer: list[tuple[int, int]]) -> DocPrep:
    """The payload of a document from its parts; ``statements``: (id, field, start, end)."""
    r, ids = _read_words(text)
    whole = _words(r.stems, r.function, ids)
    out: dict[str, StatementPrep] = {}
    linkable: list[tuple[str, _Words]] = []
    for sid, field, start, end in statements:
        st = _statement_words(r, ids, title, field, start, end)
        exact = exact_key_of(st.stems, st.info) if sum(st.info) >= params.MIN_STATEMENT_INFO else None
        out[sid] = StatementPrep(" ".join(st.stems), "".join(map("01".__getitem__, st.info)), exact, b"")
        if exact is not None:
            linkable.append((sid, st))
    kept = _kept_words(r, ids, whole, layer)
    statement_keys, keys = _band_keys([st for _, st in linkable], kept)
    for (sid, _), k in zip(linkable, statement_keys):
        out[sid].keys = k.tobytes()
    return DocPrep(
        exact=exact_key_of(r.stems, whole.info), stems=" ".join(r.stems), function=bytes(r.function),
        starts=array("i", r.starts).tobytes(), ends=array("i", r.ends).tobytes(), lines=short_lines(text),
        layer=layer, kept=len(kept.stems), anchors=anchor_hashes_of(kept.ids, params.REUSE_ANCHOR).tobytes(),
        keys=keys.tobytes(), statements=out)


def prepare_document(doc: Document) -> DocPrep:
    """Worker side (``STEP_PREPARATION``): the payload of an analysed document."""
    statements = [(f"{doc.id}:{n}", s.attrs.get("field", "text"), s.start, s.end)
                  for n, s in enumerate(doc.layer("statements"))]
    layer = [(b.start, b.end) for b in doc.layer("boilerplate")]
    return prepare_parts(doc.text, doc.title, statements, layer)


def prepare_stored(conn: sqlite3.Connection, doc_ids: Sequence[str]) -> dict[str, DocPrep]:
    """The payloads of stored documents, made from the store (same result as in the workers)."""
    statements: dict[str, list] = {}
    for sid, doc_id, field, start, end in rows_in(
            conn, 'SELECT id, doc_id, field, start, "end" FROM statements WHERE doc_id IN ({marks}) ORDER BY doc_id, n',
            doc_ids):
        statements.setdefault(doc_id, []).append((sid, field, start, end))
    out = {}
    for doc_id, text, title, layers in rows_in(
            conn, "SELECT id, text, title, layers FROM documents WHERE id IN ({marks})", doc_ids):
        layer = [(b["start"], b["end"]) for b in json.loads(layers or "{}").get("boilerplate", [])]
        out[doc_id] = prepare_parts(text, title, statements.get(doc_id, []), layer)
    return out
