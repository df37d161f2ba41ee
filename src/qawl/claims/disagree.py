"""Sources that disagree on a figure: quantity claims of different documents about the same thing,
whose values differ beyond what their qualifiers allow.

Two claims are about the same thing when they count the same concept (the counted noun folded to a
lemma and a concept: "معتقلي داعش", "المعتقلين" and "سجناء" all count detainees), carry the same unit,
and share enough context (words of the sentence around them and of the counted phrase, e.g. داعش،
سوريا). Each claim reads as an interval: "حوالي 10 آلاف" is 8,500-11,500, "أكثر من 12 ألف" is above
12,000, "الآلاف" (vague) 2,000-19,998; two claims disagree when their intervals do not meet.
"""
from __future__ import annotations

import json
import math
import re
import sqlite3
from collections import Counter, defaultdict
from typing import Any

from qawl.claims.extract import COUNTED, STOPWORDS
from qawl.claims.numbers import LEXICON
from qawl.rules import numbers as R
from qawl.text.normalize import key

# How far a qualified figure reaches: "حوالي 10 آلاف" is 10,000 ± 15 %.
APPROX_TOLERANCE = 0.15
# A vague amount ("الآلاف") is read loosely: up to twice its strict upper bound.
VAGUE_STRETCH = 2.0
# Context: characters of document text on each side of a claim, and how many rare words two claims
# must share to be about the same thing.
CONTEXT_CHARS = 160
MIN_SHARED_TERMS = 3
# Words found near more than this share of a large bucket's claims say nothing about which thing is
# counted (and would make the pair count quadratic); in small buckets every word counts.
COMMON_TERM_SHARE = 0.05
COMMON_TERM_FLOOR = 8
# Claims of documents dated further apart than this are about different moments of a count.
MAX_DAYS_APART = 45

_CONCEPT_ORDER = {c: i for i, c in enumerate(R.COUNTED_NOUNS)}
_WORD_RE = re.compile(r"[^\W\d_]{3,}")


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
    """The concept a counted phrase counts: the most specific known one in it ("مقاتلي التنظيم
    المعتقلين" → detainees), else the stem of its first word; None without a phrase."""
    if not obj:
        return None
    words = [w for w in _WORD_RE.findall(key(obj)) if w != "من"]
    found = []
    for w in words:
        hit = COUNTED.get(w) or COUNTED.get(_strip(w))
        if hit:
            found.append(hit[0])
    if found:
        return min(found, key=lambda c: _CONCEPT_ORDER[c])
    return _stem(words[0]) if words else None


def _strip(w: str) -> str:
    for p in ("وال", "بال", "لل", "ال", "و"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


def _terms(text: str) -> set[str]:
    return {_stem(w) for w in _WORD_RE.findall(key(text)) if w not in STOPWORDS and w not in LEXICON}


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
    for r in conn.execute(_SELECT, {"ctx": CONTEXT_CHARS}):
        attrs = json.loads(r["attrs"] or "{}")
        value = json.loads(r["value"]) if r["value"] is not None else None
        iv = interval(value, r["qualifier"], bool(attrs.get("vague")))
        concept = concept_of(r["object"])
        if iv is None or concept is None:
            continue  # a sum or share with no counted noun ("43 مليار دولار") names no thing to compare
        rows.append({
            "claim_id": r["id"], "doc_id": r["doc_id"], "outlet": r["outlet"], "date": r["date"],
            "seq": r["seq"], "text": r["text"], "value": value, "qualifier": r["qualifier"],
            "unit": r["unit"], "object": r["object"], "statement_id": r["statement_id"],
            "speaker": r["speaker"], "interval": iv, "concept": concept,
            "terms": _terms(r["context"] or "") | _terms(r["object"] or ""),
        })
    return rows


def _days_apart(a: str | None, b: str | None) -> int:
    import datetime as dt

    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)  # type: ignore[index]
    except (TypeError, ValueError):
        return 0  # unknown dates do not keep claims apart


def _groups(bucket: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Claims of one (concept, unit) bucket joined when they share enough rare context words."""
    df = Counter(t for c in bucket for t in c["terms"])
    cap = max(COMMON_TERM_FLOOR, int(len(bucket) * COMMON_TERM_SHARE))
    postings: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(bucket):
        for t in c["terms"]:
            if df[t] <= cap:
                postings[t].append(i)
    shared: Counter = Counter()
    for ids in postings.values():
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                shared[(ids[x], ids[y])] += 1
    parent = list(range(len(bucket)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (a, b), n in shared.items():
        if n >= MIN_SHARED_TERMS and _days_apart(bucket[a]["date"], bucket[b]["date"]) <= MAX_DAYS_APART:
            parent[find(a)] = find(b)
    groups: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for i, c in enumerate(bucket):
        groups[find(i)].append(c)
    return list(groups.values())


def figure_disagreements(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Groups of quantity claims about the same thing whose sources disagree.

    Returns a list (largest spread first) of dicts::

        {
          "group": "g1",                      # stable within one call only
          "concept": "detainees",             # what is counted: a concept of rules.numbers.COUNTED_NOUNS or a stem
          "unit": None,                       # shared unit ("USD", "%", "year", …) or None
          "object": "معتقلي داعش",            # the most frequent counted phrase as written
          "documents": 2,                     # distinct documents in the group
          "conflicts": [["d1:c3", "d2:c0"]],  # claim id pairs of different documents that disagree
          "claims": [                         # every claim of the group, by document date then ingest order
            {"claim_id", "doc_id", "outlet", "date", "text", "value", "qualifier", "unit", "object",
             "statement_id", "speaker",        # speaker: entity name, else the speaker text, else None
             "interval": [low, high]}          # what the claim allows; high is None when unbounded
          ]
        }

    Only groups with claims from at least two documents and at least one conflict are returned.
    """
    buckets: dict[tuple[Any, Any], list[dict[str, Any]]] = defaultdict(list)
    for row in _load(conn):
        buckets[(row["concept"], row["unit"])].append(row)
    out = []
    for (concept, unit), bucket in buckets.items():
        if len({c["doc_id"] for c in bucket}) < 2:
            continue
        for group in _groups(bucket):
            conflicts = [
                [a["claim_id"], b["claim_id"]]
                for i, a in enumerate(group) for b in group[i + 1:]
                if a["doc_id"] != b["doc_id"] and _disjoint(a["interval"], b["interval"])
            ]
            if not conflicts:
                continue
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
