"""Search results of a fixed list of queries, dumped to compare two versions of the search code.

    python bench/search_golden.py --db STORE dump OUT.json
    python bench/search_golden.py compare BEFORE.json AFTER.json

For each query: the speakers, the first two pages of ranked statements and the first page of
articles that ``search()`` answers, ``/api/statements?q=``'s total and first page, and EVERY
statement and article the query matches (unranked, no window): ranking may change on purpose,
but a match lost must be explained. Not a test: the queries run against a large store.
"""
from __future__ import annotations

import argparse
import json
import sys

import qawl.search as fts
from qawl.api.reads import StatementFilter, list_statements
from qawl.store.db import READ_MMAP_BYTES, connect

# Names in several spellings, common words, phrases, clitic and partial words, FTS syntax.
QUERIES = [
    "البرادعي", "البرادعى", "محمد البرادعي", "أوباما", "اوباما", "باراك أوباما", "كيري", "كيرى", "جون كيري",
    "مرسي", "مرسى", "محمد مرسي", "قنديل", "هشام قنديل", "العريان", "شفيق", "نتنياهو", "نتانياهو", "بوتين",
    "أردوغان", "اردوغان", "صباحي", "حمدين صباحي", "موسى", "عمرو موسى", "بديع",
    "الرئيس", "وزير", "قال", "الحكومة", "الحكومه", "مصر", "الشعب", "الثورة", "مسؤول", "مسئول",
    "وزير الخارجية", "رئيس الوزراء", "الأمم المتحدة", "صندوق النقد الدولي", "مجلس الشعب",
    "الاقتصاد المصري", "الانتخابات البرلمانية", "قال المتحدث",
    "وقود", "استثمار", "بالحكومة", "للرئيس", "والرئيس", "رئيس", "اقتصاد",
    '"الرئيس"', "NEAR(مرسي", "-الحكومة", "مرس*", "((الشعب", "لا", "في",
]


def _all_matches(conn, query) -> dict[str, list[str]]:
    out = {}
    for kind, table, match in (("s", getattr(fts, "STATEMENTS_TABLE", "search_statements_fts"), query.statements_match()),
                               ("d", "search_documents_fts", query.documents_match())):
        out[kind] = [] if match is None else sorted(r[0] for r in conn.execute(
            f"SELECT r.ref FROM {table} f JOIN search_refs r ON r.rowid = f.rowid WHERE {table} MATCH ?", (match,)))
    return out


def dump(db: str, out: str) -> None:
    conn = connect(db, readonly=True)
    conn.execute(f"PRAGMA mmap_size = {READ_MMAP_BYTES}")
    result = {}
    for q in QUERIES:
        r = fts.search(conn, q)
        page2 = fts.search(conn, q, 20, 20)
        items, total = list_statements(conn, StatementFilter(q=q), 20, 0)
        result[q] = {
            "terms": r["terms"],
            "speakers": [s["id"] for s in r["speakers"]],
            "statements": [s["id"] for s in r["statements"]] + [s["id"] for s in page2["statements"]],
            "documents": [d["id"] for d in r["documents"]],
            "list_total": total, "list": [s["id"] for s in items],
            "all": _all_matches(conn, fts.parse_query(conn, q)),
        }
        print(q, len(result[q]["all"]["s"]), len(result[q]["all"]["d"]), file=sys.stderr)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=0)


def compare(before_path: str, after_path: str) -> None:
    before, after = (json.load(open(p, encoding="utf-8")) for p in (before_path, after_path))
    for q in QUERIES:
        b, a = before[q], after[q]
        lines = []
        for kind in ("s", "d"):
            lost, new = set(b["all"][kind]) - set(a["all"][kind]), set(a["all"][kind]) - set(b["all"][kind])
            if lost or new:
                lines.append(f"  all {kind}: {len(b['all'][kind])} -> {len(a['all'][kind])}, lost {len(lost)} {sorted(lost)[:5]}, new {len(new)}")
        for part in ("speakers", "statements", "documents", "list"):
            if b[part] != a[part]:
                same = len(set(b[part]) & set(a[part]))
                lines.append(f"  {part}: {len(b[part])} -> {len(a[part])} ids, {same} in both")
        if b["terms"] != a["terms"]:
            lines.append(f"  terms {b['terms']} -> {a['terms']}")
        if b["list_total"] != a["list_total"]:
            lines.append(f"  list total {b['list_total']} -> {a['list_total']}")
        print(q + (" : same" if not lines else ""))
        for line in lines:
            print(line)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", default="bench/search-corpus.db")
    ap.add_argument("action", choices=["dump", "compare"])
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    if args.action == "dump":
        dump(args.db, args.files[0])
    else:
        compare(*args.files[:2])


if __name__ == "__main__":
    main()
