"""The per-document part of linking, which needs nothing from the store: reading a document's words
into stems, each statement's stems, exact-copy key and LSH band keys, and the document's own stems,
anchors and band keys (with its ``boilerplate`` layer left out).

``prepare_document(doc)`` runs in the ingest workers right after analysis (see
``STEP_PREPARATION`` in ``qawl.ingest_run``); ``prepare_documents(docs)`` makes the same payloads
for a worker's chunk at once (its words read and its band keys made in one pass each);
``prepare_stored(conn, doc_ids)`` makes the same payload from the store for documents that come
without one (a resumed run, ``load-parquet``, the API). Payloads are compact (joined strings and packed arrays), so they cross processes cheaply.
"""
from __future__ import annotations

import json
import sqlite3
from sys import intern
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, compress
from typing import NamedTuple

import numpy as np

from qawl import lexicon as lx
from qawl.doc import Document
from qawl.link import params
from qawl.link.minhash import grouped_band_keys_of
from qawl.link.shingles import (Stems, anchor_hashes_in_order, anchor_hashes_of, exact_key_of, mask_phrases,
                                sorted_distinct_anchors, stock_phrase_spans)
from qawl.link.stem import Columns, read_columns, read_many, with_figures
from qawl.store.db import rows_in
from qawl.text.normalize import _DROPPED_RE, Normalized, _fold, key


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


def short_lines(text: str, view: Normalized | None = None) -> list[tuple[int, int, str]]:
    """Short lines of ``text`` with their offsets and normalized key (an outlet's boilerplate when
    repeated across its documents). Only lines that can be short are folded: folding maps a
    character to one character (never a space to a non-space or back) or drops it, so a line has
    at most as many folded words as words, and more than ``BOILERPLATE_MAX_WORDS`` of them stay
    too many unless dropped characters make up whole words. ``view``: the normalized view of
    ``text`` when analysis made one; a line's fold is then read off it (the same string)."""
    out, pos = [], 0
    dropped = _DROPPED_RE.search(text) is not None if view is None else view.offsets is not None
    most = params.BOILERPLATE_MAX_WORDS
    for raw in text.split("\n"):
        n = len(raw.split(None, most))  # its words, or most + 1 when it has more (not all split)
        if n and (n <= most or (dropped and _DROPPED_RE.search(raw))):
            folded = _fold(raw) if view is None else view.folded(pos, pos + len(raw))
            # (a long line keeps too many words unless dropped characters made whole words:
            # counted up to one too many, without splitting the whole line)
            if n <= most or len(folded.split(None, most)) <= most:
                words = folded.split()
                if words and len(words) <= most:
                    out.append((pos, pos + len(raw), _as_substring(" ".join(words))))
        pos += len(raw) + 1
    return out


def _as_substring(key: str) -> str:
    """``key`` as the object a substring of the folded text would be: a one-character key is then
    Python's shared string of that character when it is Latin-1 (as ``key[0]`` is). A folded line
    may be a new string (``str.replace``) where a substring of the whole folded text was one
    before, and pickle writes a string twice or refers back to it by identity: payloads stay
    byte-identical only so."""
    return key[0] if len(key) == 1 else key


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
    info: np.ndarray
    ids: np.ndarray


def _words(stems: list[str], informative: np.ndarray, phrase_start: np.ndarray, ids: np.ndarray) -> _Words:
    """Informative = neither a function word nor in a stock phrase, the phrases found among these
    words alone (as ``from_read``)."""
    info = informative.copy()
    mask_phrases(stems, info, phrase_start)
    return _Words(stems, info, ids)


def _informative(informative: np.ndarray, phrases: list[tuple[int, int]], lo: int, hi: int) -> np.ndarray:
    """The informative flags of words ``lo`` to ``hi`` of a text read alone: those of ``informative``
    less the stock phrases (start, length) of the text that lie wholly among them. Reading those
    words alone finds exactly these phrases (a phrase is matched on its own words), so they need
    not be looked for again. A view of ``informative`` when no phrase lies there (never written)."""
    inside = [(p - lo, length) for p, length in phrases if p >= lo and p + length <= hi]
    if not inside:
        return informative[lo:hi]
    info = informative[lo:hi].copy()
    for p, length in inside:
        info[p : p + length] = False
    return info


def named_words(c: Columns, names: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The word ranges ``[lo, hi)`` of ``c`` that overlap one of the ``names`` spans (a mention may
    start after a word's proclitic, "بالرئيس"). Two binary searches a name (some 13 a document):
    6 µs a document, where a word mask made in NumPy cost 26–38 µs."""
    out = []
    for start, end in names:
        lo = bisect_right(c.ends, start)  # the first word ending after the start
        hi = bisect_left(c.starts, end, lo)
        if lo < hi:
            out.append((lo, hi))
    return out


def _statement_words(c: Columns, phrases: list[tuple[int, int]], named: list[tuple[int, int]], title: Columns | None,
                     field: str, start: int, end: int) -> _Words:
    """The words of a statement: of the text ``c`` within ``[start, end)`` (those of the ``named``
    word ranges not informative), or ``title``: the columns of its piece of the title, read alone."""
    if field == "text":
        i = bisect_left(c.starts, start)
        j = bisect_right(c.ends, end, lo=i)  # the words inside [start, end)
        info = _informative(c.informative, phrases, i, j)
        inside = [(max(lo, i) - i, min(hi, j) - i) for lo, hi in named if lo < j and hi > i]
        if inside:
            info = info.copy()  # (``_informative`` may give a view of the text's flags)
            for lo, hi in inside:
                info[lo:hi] = False
        return _Words(c.stems[i:j], info, c.ids[i:j])
    t = title
    return _Words(t.stems, _informative(t.informative, stock_phrase_spans(t.stems, t.phrase_start), 0, len(t.stems)),
                  t.ids)


def _kept_words(c: Columns, whole: _Words, layer: list[tuple[int, int]]) -> _Words:
    """The words outside the ``layer`` spans."""
    if not layer:
        return whole
    keep = keep_mask(c.starts, layer)
    if keep.all():
        return whole
    return _words(list(compress(c.stems, keep.tolist())), c.informative[keep], c.phrase_start[keep], c.ids[keep])


_ZERO_ONE = bytes.maketrans(b"\x00\x01", b"01")


def _statement(st: _Words) -> StatementPrep:
    flags = st.info.tobytes()  # 1/0 per stem
    info = flags.translate(_ZERO_ONE).decode("ascii")  # '1'/'0' per stem
    exact = exact_key_of(st.stems, flags) if info.count("1") >= params.MIN_STATEMENT_INFO else None
    return StatementPrep(" ".join(st.stems), info, exact, b"")


def _band_keys(statements: list[_Words], kept: list[_Words]) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Band keys of the linkable statements' windows and of the kept words' windows (of several
    documents at once: a window never crosses a text's end, so each text's keys are its own)."""
    texts = [*statements, *kept]
    ids = np.concatenate([t.ids for t in texts]) if len(texts) > 1 else texts[0].ids
    info = np.concatenate([t.info for t in texts]) if len(texts) > 1 else texts[0].info
    return grouped_band_keys_of(ids, info, [
        (len(statements), params.WINDOW, params.STRIDE, params.BANDS, params.ROWS),
        (len(kept), params.DOC_WINDOW, params.DOC_STRIDE, params.DOC_BANDS, params.DOC_ROWS)], [len(t.ids) for t in texts])


# A document's parts: text, title, statements (id, field, start, end), ``boilerplate`` layer spans,
# the normalized view of the text when there is one (see ``short_lines``), the spans of its
# mentions of ``params.WEAK_MENTIONS`` kinds (their words are not informative in statements), and
# its figures: (start, end, value stem, percent) of its quantity claims (see ``stem.with_figures``).
Parts = tuple[str, str | None, Sequence[tuple[str, str, int, int]], list[tuple[int, int]], Normalized | None,
              Sequence[tuple[int, int]], list[tuple[int, int, str, bool]]]


def prepare_parts(text: str, title: str | None, statements: Sequence[tuple[str, str, int, int]],
                  layer: list[tuple[int, int]], view: Normalized | None = None,
                  names: Sequence[tuple[int, int]] = (), figures: list[tuple[int, int, str, bool]] = ()) -> DocPrep:
    """The payload of a document from its parts; ``statements``: (id, field, start, end); ``view``:
    the normalized view of ``text`` when there is one (see ``short_lines``); ``names``: spans of
    its weak mentions; ``figures``: its quantity claims as ``stem.with_figures`` takes them."""
    return prepare_many([(text, title, statements, layer, view, names, figures)])[0]


def figure(start: int, end: int, value: int | float | list, unit: str | None) -> tuple[int, int, str, bool]:
    """A quantity claim as ``stem.with_figures`` takes it: its value as one stem ("3400000", "6.2",
    a range "4.5-5")."""
    stem = "-".join(map(str, value)) if isinstance(value, list) else str(value)
    return start, end, stem, unit == "%"


def prepare_many(documents: Sequence[Parts]) -> list[DocPrep]:
    """``prepare_parts`` of several documents, each step made for all of them at once (reading their
    words, the band keys of their windows) where NumPy's calls would otherwise be made per document."""
    if not documents:
        return []
    pieces = []  # every text to read, in the order one document after the other reads them
    for text, title, statements, *_ in documents:
        pieces.append(text)
        pieces.extend((title or "")[start:end] for _, field, start, end in statements if field != "text")
    read = iter(read_many(pieces) if len(documents) > 1 else map(read_columns, pieces))
    docs, linkable = [], []
    for text, _, statements, layer, view, names, figures in documents:
        c = with_figures(next(read), figures)
        whole, out = _read_statements(c, statements, named_words(c, names), read, linkable)
        docs.append((c, whole, _kept_words(c, whole, layer), text, layer, view, out))
    kept_texts = [kept for _, _, kept, *_ in docs]
    statement_keys, doc_keys = _band_keys([st for _, st in linkable], kept_texts)
    for (prep, _), k in zip(linkable, statement_keys):
        prep.keys = k.tobytes()
    return [DocPrep(
        exact=exact_key_of(c.stems, whole.info.tobytes()), stems=" ".join(c.stems), function=c.function.tobytes(),
        starts=_int32_bytes(c.bounds[0::2]), ends=_int32_bytes(c.bounds[1::2]), lines=short_lines(text, view),
        layer=layer, kept=len(kept.stems), anchors=anchors, keys=keys.tobytes(), statements=out)
        for (c, whole, kept, text, layer, view, out), keys, anchors in zip(docs, doc_keys, _anchors(kept_texts))]


def _read_statements(c: Columns, statements: Sequence[tuple[str, str, int, int]], named: list[tuple[int, int]],
                     titles: Iterator[Columns], linkable: list[tuple[StatementPrep, _Words]]
                     ) -> tuple[_Words, dict[str, StatementPrep]]:
    """The words of a document read as ``c``, and its statements' payloads (those in the title
    read as the next of ``titles``; ``named``: its word ranges inside weak mentions); the linkable ones,
    with their words, go to ``linkable``."""
    phrases = stock_phrase_spans(c.stems, c.phrase_start)
    whole = _Words(c.stems, _informative(c.informative, phrases, 0, len(c.stems)), c.ids)
    out: dict[str, StatementPrep] = {}
    for sid, field, start, end in statements:
        st = _statement_words(c, phrases, named, None if field == "text" else next(titles), field, start, end)
        prep = out[sid] = _statement(st)
        if prep.exact is not None:
            linkable.append((prep, st))
    return whole, out


def _anchors(texts: list[_Words]) -> list[bytes]:
    """``anchor_hashes_of`` each text's ids (packed), the anchors of all hashed at once."""
    k = params.REUSE_ANCHOR
    if len(texts) == 1:
        return [anchor_hashes_of(texts[0].ids, k).tobytes()]
    in_order = anchor_hashes_in_order(np.concatenate([t.ids for t in texts]), k)
    starts = accumulate((len(t.ids) for t in texts), initial=0)
    return [sorted_distinct_anchors(in_order[s : s + len(t.ids) - k + 1]).tobytes() if len(t.ids) >= k else
            _NO_ANCHORS for s, t in zip(starts, texts)]


_NO_ANCHORS = np.empty(0, dtype=np.uint64).tobytes()


def _int32_bytes(offsets: np.ndarray) -> bytes:
    """``array("i", offsets).tobytes()`` (which converts one Python int at a time)."""
    return offsets.astype(np.int32).tobytes()


def prepare_document(doc: Document) -> DocPrep:
    """Worker side (``STEP_PREPARATION``): the payload of an analysed document."""
    return prepare_documents([doc])[0]


def prepare_documents(docs: Sequence[Document]) -> list[DocPrep]:
    """``prepare_document`` of several analysed documents (a worker's chunk), made at once."""
    return prepare_many([_parts(doc) for doc in docs])


def _parts(doc: Document) -> Parts:
    statements = [(f"{doc.id}:{n}", s.attrs.get("field", "text"), s.start, s.end)
                  for n, s in enumerate(doc.layer("statements"))]
    layer = [(b.start, b.end) for b in doc.layer("boilerplate")]
    names = weak_spans(doc.text, [(m.start, m.end, m.label) for m in doc.layer("mentions")
                                  if m.label in params.WEAK_MENTIONS and m.attrs.get("field", "text") == "text"])
    figures = [figure(c.start, c.end, c.attrs["value"], c.attrs.get("unit")) for c in doc.layer("claims")
               if c.label == "quantity" and c.attrs.get("value") is not None and c.attrs.get("field", "text") == "text"]
    figures += [(c.start, c.end, day, False) for c in doc.layer("claims")
                if c.label == "date" and c.attrs.get("field", "text") == "text" and (day := _day_of(c.attrs))]
    return doc.text, doc.title, statements, layer, doc.cache.get("view"), names, figures


def _day_of(date: dict) -> str | None:
    """The day of the month a date claim names ("21" for "الحادي والعشرين من الشهر"), so that a day
    in ordinal words and one in digits are one stem (``stem.with_figures``); None when it names none."""
    told = date.get("value") or date.get("partial")
    if date.get("precision") != "day" or not told or not told[-2:].isdigit():
        return None
    return str(int(told[-2:]))


def weak_spans(text: str, mentions: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The spans of weak mentions (start, end, kind), a person's with up to two title words right
    before it ("الوزير خالد المنصوري", "اللواء الركن …"): a title is as weak evidence as the name."""
    out = []
    for start, end, kind in mentions:
        for _ in range(2 if kind == "person" else 0):
            before = _word_before(text, start)
            if before is None or key(before[0]).removeprefix("و") not in lx.HEAD_STARTS:
                break
            start = before[1]
        out.append((start, end))
    return sorted(out)


def _word_before(text: str, start: int) -> tuple[str, int] | None:
    """The word that whitespace separates from ``start`` (looked for within 40 characters before
    it, so maybe cut), and where it starts; None when there is none. (What the regex
    ``(\S+)\s+$`` finds in those characters, at a third of its cost: it tried a match at each.)"""
    lo = max(0, start - 40)
    before = text[lo:start]
    if not before[-1:].isspace():
        return None
    kept = before.rstrip()
    if not kept:
        return None
    word = kept.rsplit(None, 1)[-1]
    return word, lo + len(kept) - len(word)


def prepare_stored(conn: sqlite3.Connection, doc_ids: Sequence[str]) -> dict[str, DocPrep]:
    """The payloads of stored documents, made from the store (same result as in the workers)."""
    statements: dict[str, list] = {}
    for sid, doc_id, field, start, end in rows_in(
            conn, 'SELECT id, doc_id, field, start, "end" FROM statements WHERE doc_id IN ({marks}) ORDER BY doc_id, n',
            doc_ids):
        statements.setdefault(doc_id, []).append((sid, field, start, end))
    names: dict[str, list] = {}
    kinds = ",".join(f"'{k}'" for k in params.WEAK_MENTIONS)
    for doc_id, start, end, kind in rows_in(
            conn, f'SELECT doc_id, start, "end", type FROM mentions WHERE doc_id IN ({{marks}}) AND type IN ({kinds})',
            doc_ids):
        names.setdefault(doc_id, []).append((start, end, kind))
    figures: dict[str, list] = {}
    for doc_id, start, end, value, unit in rows_in(
            conn, "SELECT doc_id, start, \"end\", value, unit FROM claims WHERE doc_id IN ({marks}) AND kind = 'quantity'"
            " AND value IS NOT NULL ORDER BY doc_id, start", doc_ids):
        figures.setdefault(doc_id, []).append(figure(start, end, json.loads(value), unit))
    for doc_id, start, end, value, attrs in rows_in(
            conn, "SELECT doc_id, start, \"end\", value, attrs FROM claims WHERE doc_id IN ({marks}) AND kind = 'date'"
            " ORDER BY doc_id, start", doc_ids):
        date = {**json.loads(attrs or "{}"), "value": json.loads(value) if value else None}
        if date.get("field", "text") == "text" and (day := _day_of(date)):
            figures.setdefault(doc_id, []).append((start, end, day, False))
    ids, parts = [], []
    for doc_id, text, title, layers in rows_in(
            conn, "SELECT id, text, title, layers FROM documents WHERE id IN ({marks})", doc_ids):
        layer = [(b["start"], b["end"]) for b in json.loads(layers or "{}").get("boilerplate", [])]
        ids.append(doc_id)
        parts.append((text, title, statements.get(doc_id, []), layer, None, weak_spans(text, sorted(names.get(doc_id, []))),
                      figures.get(doc_id, [])))
    return dict(zip(ids, prepare_many(parts)))
