"""Sources that disagree on a figure: quantity claims of different documents about the same thing,
whose values differ beyond what their qualifiers allow.

Two claims of different outlets are matched when they count the same concept (the counted noun
folded to a lemma and a concept: "معتقلي الحرب", "المعتقلين" and "سجناء" all count detainees), carry the
same unit, share enough idf-weighted context words (the sentence around them and the counted phrase,
e.g. داعش، سوريا، سجون), come from articles a few days apart at most, and are each other's best match
in the other document; matched claims form groups. Each claim reads as an interval: "حوالي 10 آلاف"
is 8,500-11,500, "أكثر من 12 ألف" is above 12,000, "الآلاف" (vague) 2,000-19,998; two claims of a group
disagree when their intervals do not meet.

Measured on 5,000 corpus articles when this was written: 5 groups, of which 3 were outlets really
giving different figures for one thing (one Saturday's toll in Syria, the injured of one clash, of one
day of protests); the others joined counts of different events worded alike. The pipeline of session 11
finds 46 groups in the first 5,000 corpus articles, 45 once reporting-frame words left the context
(the 9 groups that changed were read, not all 45). Treat the report as leads to check.
"""
from __future__ import annotations

import copy
import json
import math
import re
import sqlite3
from collections import Counter, defaultdict
from typing import Any

from qawl.claims.extract import STOPWORDS, counted
from qawl.claims.numbers import LEXICON
from qawl import lexicon as lx
from qawl.rules import numbers as R
from qawl.text.normalize import key

# How far a qualified figure reaches: "حوالي 10 آلاف" is 10,000 ± 15 %.
APPROX_TOLERANCE = 0.15
# A round figure with no qualifier ("70 ألف", "90%": a multiple of 10 from 10 up) is read ± 5 %.
ROUND_FROM = 10
ROUND_TOLERANCE = 0.05
# A vague amount ("الآلاف") is read loosely: up to twice its strict upper bound.
VAGUE_STRETCH = 2.0
# Context: the words around a claim, within its sentence and at most WINDOW_CHARS on each side
# (CONTEXT_CHARS are read from the store to find the sentence).
CONTEXT_CHARS = 200
WINDOW_CHARS = 90
# Two claims are about the same thing when the words around them overlap enough: at least
# MIN_SHARED words, making up MIN_SIMILARITY of the smaller context's weight (idf-weighted, so names
# and places count more than the wording of a news template).
MIN_SIMILARITY = 0.5
MIN_SHARED = 3
# Words near more than this share of all claims (at least INDEX_DF_FLOOR) find no candidates: they
# still count in the similarity, but pairs must share a less common word to be compared at all.
INDEX_DF_SHARE = 0.02
INDEX_DF_FLOOR = 50
# A sentence with this many numbers or more is a list of statistics (daily police tallies, market
# reports): its figures change from one day's list to the next without sources disagreeing.
LIST_NUMBERS = 4
# Claims of documents dated further apart than this are about different moments of a count (daily
# tallies, running tolls); callers widen it for slow-moving figures (detainees held for years).
MAX_DAYS_APART = 3
# Figures further apart than this factor count different things (a town's dead and a country's),
# not one thing two sources disagree on.
MAX_RATIO = 3.0

_CONCEPT_ORDER = {c: i for i, c in enumerate(R.COUNTED_NOUNS)}
_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_SENTENCE_END_RE = re.compile(r"[.!?؟\n]")
# "300 مقعد بدلا من 250": the figure after بدلا من is the former value, not a rival one.
_FORMER_RE = re.compile(r"بدلا\S*\s+من\s*$|بدلاً\s+من\s*$")
_NUMBER_RE = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+")


def _stem(word: str) -> str:
    """A light stem for context matching: no article or one-letter prefix, no plural/case ending."""
    for p in ("وال", "بال", "فال", "لل", "ال"):
        if word.startswith(p) and len(word) - len(p) >= 3:
            word = word[len(p):]
            break
    for s in ("يين", "ين", "ون", "ات", "ها", "هم", "يه", "ي", "ه", "ا"):
        if word.endswith(s) and len(word) - len(s) >= 3:
            return word[: -len(s)]
    return word


def concept_of(obj: str | None) -> str | None:
    """The concept a counted phrase counts: the most specific known one in it ("مقاتلي الجماعة
    المعتقلين" → detainees), else the stem of its first word; None without a phrase."""
    if not obj:
        return None
    words = [w for w in _WORD_RE.findall(key(obj)) if w != "من"]
    found = []
    for w in words:
        hit = counted(w)
        if hit:
            found.append(hit[0])
    if found:
        return min(found, key=lambda c: _CONCEPT_ORDER[c])
    return _stem(words[0]) if words else None


def _terms(text: str) -> set[str]:
    return {_stem(w) for w in _WORD_RE.findall(key(text))
            if w not in STOPWORDS and w not in LEXICON and w not in _REPORTING}


# The words of a reporting frame ("وختم بالقول إن …، على حد تعبيره", "وبحسب الناطق، فإن …"): outlets
# frame one figure differently, so these say nothing about what is counted.
_REPORTING = frozenset({*lx.VERB_FORMS, *lx.PARTICIPLE_FORMS, *lx.ACCORDING_TO.by_first,
                        *(key(w) for w in R.REPORTING_FRAME_WORDS)})


def interval(value: Any, qualifier: str | None, vague: bool = False) -> tuple[float, float] | None:
    """The values a claim allows, as a closed interval (open ends nudged inwards)."""
    if isinstance(value, (int, float)):
        lo = hi = float(value)
    elif isinstance(value, list) and len(value) == 2 and all(isinstance(v, (int, float)) for v in value):
        lo, hi = float(value[0]), float(value[1])
    else:
        return None
    if vague:
        hi *= VAGUE_STRETCH
    q = qualifier or "exact"
    if q == "exact" and lo == hi and lo >= ROUND_FROM and lo % 10 == 0:
        # "70 ألف", "90%" with no qualifier are round figures, not counts to the unit
        return lo * (1 - ROUND_TOLERANCE), hi * (1 + ROUND_TOLERANCE)
    if q == "approx":
        return lo * (1 - APPROX_TOLERANCE), hi * (1 + APPROX_TOLERANCE)
    if q == "more_than":
        return math.nextafter(lo, math.inf), math.inf
    if q == "at_least":
        return lo, math.inf
    if q == "less_than":
        return 0.0, math.nextafter(hi, -math.inf)
    if q == "at_most":
        return 0.0, hi
    return lo, hi


def _disjoint(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[1] < b[0] or b[1] < a[0]


_SELECT = """
SELECT c.id, c.doc_id, c.statement_id, c.text, c.value, c.unit, c.qualifier, c.object, c.attrs,
       d.outlet, d.date, d.seq,
       substr(d.text, max(1, c.start + 1 - :ctx), c."end" - c.start + 2 * :ctx) AS context,
       COALESCE(e.name, s.speaker_text) AS speaker
FROM claims c
JOIN documents d ON d.id = c.doc_id
LEFT JOIN statements s ON s.id = c.statement_id
LEFT JOIN entities e ON e.id = s.entity_id
WHERE c.kind = 'quantity'
"""


def _load(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = []
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row  # whatever factory the caller's connection has
    for r in cur.execute(_SELECT, {"ctx": CONTEXT_CHARS}):
        attrs = json.loads(r["attrs"] or "{}")
        value = json.loads(r["value"]) if r["value"] is not None else None
        iv = interval(value, r["qualifier"], bool(attrs.get("vague")))
        concept = concept_of(r["object"])
        if iv is None or concept is None:
            continue  # a sum or share with no counted noun ("43 مليار دولار") names no thing to compare
        context = _sentence(r["context"] or "", r["text"])
        if len(_NUMBER_RE.findall(context)) >= LIST_NUMBERS or _FORMER_RE.search(context.split(r["text"])[0][-16:]):
            continue
        rows.append({
            "claim_id": r["id"], "doc_id": r["doc_id"], "outlet": r["outlet"], "date": r["date"],
            "seq": r["seq"], "text": r["text"], "value": value, "qualifier": r["qualifier"],
            "unit": r["unit"], "object": r["object"], "statement_id": r["statement_id"],
            "speaker": r["speaker"], "interval": iv, "concept": concept,
            "terms": _terms(context) | _terms(r["object"] or ""),
        })
    return rows


def _sentence(context: str, claim_text: str) -> str:
    """The part of the claim's sentence within WINDOW_CHARS of it (``context`` is the claim text with
    up to CONTEXT_CHARS on each side)."""
    at = context.find(claim_text)
    if at < 0:
        return context
    ends = [m.start() for m in _SENTENCE_END_RE.finditer(context)]
    start = max([e + 1 for e in ends if e < at] + [at - WINDOW_CHARS], default=0)
    end = min([e for e in ends if e >= at + len(claim_text)] + [at + len(claim_text) + WINDOW_CHARS])
    return context[max(0, start):end]


def _days_apart(a: str | None, b: str | None) -> int:
    import datetime as dt

    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)  # type: ignore[index]
    except (TypeError, ValueError):
        return 0  # unknown dates do not keep claims apart


def _weights(rows: list[dict[str, Any]]) -> tuple[dict[str, float], int]:
    """Inverse document frequency of every context word over all claims, and the indexing cap."""
    df = Counter(t for r in rows for t in r["terms"])
    n = len(rows)
    return {t: math.log(1 + n / c) for t, c in df.items()}, max(INDEX_DF_FLOOR, int(n * INDEX_DF_SHARE))


def _similarities(bucket: list[dict[str, Any]], idf: dict[str, float], df_cap: int, df: Counter) -> dict[tuple[int, int], float]:
    """Context similarity of claim pairs of different documents that share a not-too-common word:
    the idf mass of all shared words over the mass of the smaller context (pairs sharing fewer than
    MIN_SHARED words are left out)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(bucket):
        for t in c["terms"]:
            if df[t] <= df_cap:
                postings[t].append(i)
    candidates = {
        (ids[x], ids[y])
        for ids in postings.values()
        for x in range(len(ids))
        for y in range(x + 1, len(ids))
        if bucket[ids[x]]["doc_id"] != bucket[ids[y]]["doc_id"]
    }
    mass = [sum(idf[t] for t in c["terms"]) or 1.0 for c in bucket]
    out = {}
    for a, b in candidates:
        shared = bucket[a]["terms"] & bucket[b]["terms"]
        if len(shared) >= MIN_SHARED:
            out[(a, b)] = sum(idf[t] for t in shared) / min(mass[a], mass[b])
    return out


def _other_source(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Different documents of different outlets (an outlet updating its own figure is no disagreement
    between sources); documents without an outlet count as sources of their own."""
    return a["doc_id"] != b["doc_id"] and (a["outlet"] is None or b["outlet"] is None or a["outlet"] != b["outlet"])


def _comparable(a: dict[str, Any], b: dict[str, Any], max_days: int) -> bool:
    """Figures within MAX_RATIO of each other, from other sources, ``max_days`` apart at most."""
    if not _other_source(a, b) or _days_apart(a["date"], b["date"]) > max_days:
        return False
    lo = max(a["interval"][0], b["interval"][0])
    hi = min(a["interval"][1], b["interval"][1])
    return lo <= hi * MAX_RATIO if lo > hi else True


def _edges(bucket: list[dict[str, Any]], sims: dict[tuple[int, int], float], max_days: int) -> list[tuple[int, int]]:
    """Pairs of claims that are each other's best match in the other document: one figure of a
    document answers one figure of another, so a list of figures in one sentence does not pair
    every figure with every other."""
    best: dict[tuple[int, str], tuple[float, int]] = {}
    for (a, b), sim in sims.items():
        if sim < MIN_SIMILARITY or not _comparable(bucket[a], bucket[b], max_days):
            continue
        for x, y in ((a, b), (b, a)):
            k = (x, bucket[y]["doc_id"])
            if k not in best or sim > best[k][0]:
                best[k] = (sim, y)
    return [(a, b) for (a, b) in sims if best.get((a, bucket[b]["doc_id"]), (0, -1))[1] == b
            and best.get((b, bucket[a]["doc_id"]), (0, -1))[1] == a]


def _groups(bucket: list[dict[str, Any]], edges: list[tuple[int, int]]) -> list[tuple[list[int], list[tuple[int, int]]]]:
    """Connected claims (by matching edges) with their edges."""
    parent = list(range(len(bucket)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in edges:
        parent[find(a)] = find(b)
    members: dict[int, list[int]] = defaultdict(list)
    links: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for i in range(len(bucket)):
        members[find(i)].append(i)
    for a, b in edges:
        links[find(a)].append((a, b))
    return [(members[r], links[r]) for r in links]


_CACHE: dict[tuple[Any, ...], list[dict[str, Any]]] = {}


def _store_state(conn: sqlite3.Connection, max_days: int) -> tuple[Any, ...]:
    """What the result depends on: the database file, its documents (count and newest ingest number:
    ingest re-inserts a changed document under a new one) and claims, the window. Edits to documents
    made outside ingest are not seen."""
    path = next((r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main"), "")
    docs, newest = conn.execute("SELECT COUNT(*), MAX(seq) FROM documents").fetchone()
    claims = conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
    return path, docs, newest, claims, max_days


def figure_disagreements(conn: sqlite3.Connection, *, max_days: int = MAX_DAYS_APART) -> list[dict[str, Any]]:
    """Groups of quantity claims about the same thing whose sources disagree.

    ``max_days``: how far apart (in article dates) two claims may be and still count the same thing.

    Returns a list (largest spread first) of dicts::

        {
          "group": "g1",                      # stable within one call only
          "concept": "detainees",             # what is counted: a concept of rules.numbers.COUNTED_NOUNS or a stem
          "unit": None,                       # shared unit ("USD", "%", "year", …) or None
          "object": "معتقلي الحرب",            # the most frequent counted phrase as written
          "documents": 2,                     # distinct documents in the group
          "conflicts": [["d1:c3", "d2:c0"]],  # claim pairs of the group (different outlets) that disagree
          "claims": [                         # every claim of the group, by document date then ingest order
            {"claim_id", "doc_id", "outlet", "date", "text", "value", "qualifier", "unit", "object",
             "statement_id", "speaker",        # speaker: entity name, else the speaker text, else None
             "interval": [low, high]}          # what the claim allows; high is None when unbounded
          ]
        }

    A group joins claims that match across documents (same concept and unit, similar sentences, each
    the other's best match in its document, dated within ``max_days``, within MAX_RATIO of each
    other; figures in lists of four numbers or more are left out); only groups with at least one
    conflicting pair are returned. The result is computed once per state of the store (it takes seconds
    on tens of thousands of claims) and handed out as a fresh copy.
    """
    state = _store_state(conn, max_days)
    if state[0] and state in _CACHE:
        return copy.deepcopy(_CACHE[state])
    result = _disagreements(conn, max_days)
    if state[0]:
        _CACHE.clear()
        _CACHE[state] = copy.deepcopy(result)
    return result


def _disagreements(conn: sqlite3.Connection, max_days: int) -> list[dict[str, Any]]:
    rows = _load(conn)
    idf, df_cap = _weights(rows)
    df = Counter(t for r in rows for t in r["terms"])
    buckets: dict[tuple[Any, Any], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        buckets[(row["concept"], row["unit"])].append(row)
    out = []
    for (concept, unit), bucket in buckets.items():
        if len({c["doc_id"] for c in bucket}) < 2:
            continue
        sims = _similarities(bucket, idf, df_cap, df)
        for member_ids, _ in _groups(bucket, _edges(bucket, sims, max_days)):
            conflicts = [[bucket[a]["claim_id"], bucket[b]["claim_id"]]
                         for i, a in enumerate(member_ids) for b in member_ids[i + 1:]
                         if _other_source(bucket[a], bucket[b])
                         and _disjoint(bucket[a]["interval"], bucket[b]["interval"])]
            if not conflicts:
                continue
            group = [bucket[i] for i in member_ids]
            group.sort(key=lambda c: (c["date"] or "", c["seq"]))
            objects = Counter(c["object"] for c in group if c["object"])
            out.append({
                "concept": concept,
                "unit": unit,
                "object": objects.most_common(1)[0][0] if objects else None,
                "documents": len({c["doc_id"] for c in group}),
                "conflicts": conflicts,
                "claims": [_public(c) for c in group],
            })
    out.sort(key=lambda g: (-len(g["conflicts"]), -g["documents"]))
    for n, g in enumerate(out, 1):
        g["group"] = f"g{n}"
    return [{"group": g.pop("group"), **g} for g in out]


def _public(c: dict[str, Any]) -> dict[str, Any]:
    lo, hi = c["interval"]
    return {
        **{k: c[k] for k in ("claim_id", "doc_id", "outlet", "date", "text", "value", "qualifier", "unit",
                             "object", "statement_id", "speaker")},
        "interval": [round(lo, 3), None if math.isinf(hi) else round(hi, 3)],
    }
