"""Golden comparison of two stores for speed work on the writer: same rows in every table?

    PYTHONHASHSEED=0 .venv/bin/qawl ingest CORPUS --db /tmp/old.db      # before the change
    PYTHONHASHSEED=0 .venv/bin/qawl ingest CORPUS --db /tmp/new.db      # after it
    .venv/bin/python bench/store_golden.py /tmp/old.db /tmp/new.db

Every ordinary table is read whole, rows sorted, and hashed; an FTS5 table is compared by what it
answers (its rows through the virtual table, and the rowids each of a sample of its indexed words
matches), not by its shadow tables, whose segment layout may change while the answers stay the same.
``meta`` rows that record timings or versions are left out. Prints one line per table that differs
(row counts and a few differing rows) and exits 1 when any does.
"""
from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys

# meta keys that differ between two runs of the same code (random tokens of the writer)
VOLATILE_META = ("entity_blocks",)
# columns holding a random token of the writer that made the row
TOKEN_COLUMN = {"link_bands_log": 1, "reuse_bands_log": 1}
FTS_SAMPLE_WORDS = 300


def tables(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    fts = [n for n, sql in rows if sql and "USING fts5" in sql.replace("using", "USING")]
    shadow = {n for n, _ in rows if any(n.startswith(f + "_") for f in fts)}
    plain = [n for n, _ in rows if n not in shadow and n not in fts and not n.startswith("sqlite_")]
    return plain, fts


def plain_rows(conn: sqlite3.Connection, table: str) -> list[tuple]:
    rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
    if table == "meta":
        rows = [r for r in rows if not any(v in str(r[0]) for v in VOLATILE_META)]
    if table in TOKEN_COLUMN:
        rows = [r[: TOKEN_COLUMN[table]] + r[TOKEN_COLUMN[table] + 1 :] for r in rows]
    return sorted(rows, key=repr)


def fts_rows(conn: sqlite3.Connection, table: str) -> list[tuple]:
    rows = sorted(conn.execute(f'SELECT rowid, * FROM "{table}"').fetchall(), key=repr)
    words = sorted({w for r in rows[:2000] for v in r[1:] if isinstance(v, str) for w in v.split()
                    if w.isalpha()})[:FTS_SAMPLE_WORDS]
    answers = []
    for w in words:
        try:
            hits = [r[0] for r in conn.execute(f'SELECT rowid FROM "{table}" WHERE "{table}" MATCH ? ORDER BY rowid',
                                               ('"' + w.replace('"', "") + '"',))]
        except sqlite3.OperationalError as exc:  # a word the tokenizer rejects
            hits = [str(exc)]
        answers.append((w, tuple(hits)))
    return rows + answers


def digest(rows: list[tuple]) -> str:
    h = hashlib.sha256()
    for r in rows:
        h.update(repr(r).encode())
    return h.hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("old")
    ap.add_argument("new")
    args = ap.parse_args()
    a, b = sqlite3.connect(args.old), sqlite3.connect(args.new)
    plain_a, fts_a = tables(a)
    plain_b, fts_b = tables(b)
    differ = 0
    for name in sorted(set(plain_a + fts_a) | set(plain_b + fts_b)):
        if name not in plain_a + fts_a or name not in plain_b + fts_b:
            print(f"{name}: only in {'old' if name in plain_a + fts_a else 'new'}")
            differ += 1
            continue
        read = fts_rows if name in fts_a else plain_rows
        ra, rb = read(a, name), read(b, name)
        if digest(ra) == digest(rb):
            print(f"{name}: same ({len(ra)} rows)")
            continue
        differ += 1
        sa, sb = set(ra), set(rb)
        print(f"{name}: DIFFERS ({len(ra)} rows old, {len(rb)} new; {len(sa - sb)} only old, {len(sb - sa)} only new)")
        for r in sorted(sa - sb, key=repr)[:3]:
            print("   old:", repr(r)[:200])
        for r in sorted(sb - sa, key=repr)[:3]:
            print("   new:", repr(r)[:200])
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
