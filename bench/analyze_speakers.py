"""Who the statements of two stores of the same articles go to: a before/after check of speaker and
entity changes (issue: one entity per real person).

    .venv/bin/python bench/analyze_speakers.py OLD.db NEW.db [--seed 1] [--samples 15]

Make the stores with ``qawl ingest`` of the same input under the two versions (e.g. the first 10,000
corpus articles). Prints, per store, the statements with a speaker, with a person speaker and with a
named person (an entity that some document names by a name, not only by a role or an anonymous-
source phrase); the top 100 person speakers side by side (statements, documents); how many
statements changed their in-document speaker or only their entity; and random samples of each kind
of change with the text before the statement, to be read and judged by hand.
"""
from __future__ import annotations

import argparse
import random
import sqlite3
from collections import Counter

from qawl.lexicon import ANONYMOUS_HEADS
from qawl.text.normalize import key

Key = tuple[str, int, int]  # (document, start, end) of a statement


class Store:
    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(path)
        c = self.conn
        self.entities = {i: (t, n) for i, t, n in c.execute("SELECT id, type, name FROM entities")}
        self.named: set[int] = set()
        local: dict[tuple[str, str], tuple[str, int]] = {}
        for doc, lid, eid, name, role_only in c.execute(
                "SELECT doc_id, local_id, entity_id, name, role_only FROM doc_entities WHERE type = 'person'"):
            local[(doc, lid)] = (name, role_only)
            words = key(name).split()
            if not role_only and words and words[0] not in ANONYMOUS_HEADS:
                self.named.add(eid)
        self.statements: dict[Key, tuple[tuple[str, int] | None, int | None]] = {
            (doc, start, end): (local.get((doc, sl)), eid)
            for doc, start, end, sl, eid in c.execute('SELECT doc_id, start, "end", speaker_local, entity_id FROM statements')}

    def name(self, eid: int | None) -> str | None:
        return self.entities[eid][1] if eid is not None else None

    def summary(self, label: str) -> str:
        st = self.statements.values()
        with_speaker = sum(1 for _, e in st if e is not None)
        person = sum(1 for _, e in st if e is not None and self.entities[e][0] == "person")
        named = sum(1 for _, e in st if e in self.named)
        return (f"{label}: statements {len(self.statements)}, with a speaker {with_speaker}, person speaker {person},"
                f" named person {named}, entities {len(self.entities)}")

    def top(self, n: int = 100) -> list[tuple[str, int, int]]:
        return self.conn.execute(
            "SELECT e.name, COUNT(*), COUNT(DISTINCT s.doc_id) FROM entities e JOIN statements s ON s.entity_id = e.id"
            " WHERE e.type = 'person' GROUP BY e.id ORDER BY 2 DESC, e.name LIMIT ?", (n,)).fetchall()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--samples", type=int, default=15)
    args = ap.parse_args()
    a, b = Store(args.old), Store(args.new)
    print(a.summary("old"))
    print(b.summary("new"))
    print("\n# top-100 person speakers (statements, documents): old | new")
    ta, tb = a.top(), b.top()
    for i in range(max(len(ta), len(tb))):
        x = ta[i] if i < len(ta) else ("", 0, 0)
        y = tb[i] if i < len(tb) else ("", 0, 0)
        print(f"{i + 1:3} {x[0][:28]:28} {x[1]:5} {x[2]:4} | {y[0][:28]:28} {y[1]:5} {y[2]:4}")
    common = sorted(set(a.statements) & set(b.statements))
    print(f"\nstatements in both: {len(common)}; only old {len(set(a.statements) - set(b.statements))};"
          f" only new {len(set(b.statements) - set(a.statements))}")
    local = [k for k in common if (a.statements[k][0] or ("",))[0] != (b.statements[k][0] or ("",))[0]]
    moved = set(local)
    entity = [k for k in common if k not in moved and a.name(a.statements[k][1]) != b.name(b.statements[k][1])]
    print(f"in-document speaker changed: {len(local)}; same in-document speaker, entity changed: {len(entity)}")
    lost = [k for k in common if a.statements[k][1] in a.named and b.statements[k][1] not in b.named]
    gained = [k for k in common if a.statements[k][1] not in a.named and b.statements[k][1] in b.named]
    print(f"named person: lost {len(lost)}, gained {len(gained)}")
    print("most frequent losses (old entity, old in-document speaker):",
          Counter((a.name(a.statements[k][1]), (a.statements[k][0] or ("",))[0]) for k in lost).most_common(20))
    print("most frequent gains (old in-document speaker, new entity):",
          Counter(((a.statements[k][0] or ("",))[0], b.name(b.statements[k][1])) for k in gained).most_common(20))
    texts = dict(a.conn.execute("SELECT id, text FROM documents"))
    rng = random.Random(args.seed)
    for label, pool in (("IN-DOCUMENT", local), ("ENTITY", entity)):
        for k in rng.sample(pool, min(args.samples, len(pool))):
            doc, s, e = k
            t = texts[doc]
            print(f"\n== {label} {doc} [{s}:{e}] old: {a.statements[k][0]} -> {a.name(a.statements[k][1])}"
                  f" | new: {b.statements[k][0]} -> {b.name(b.statements[k][1])}")
            print("   ", t[max(0, s - 220) : s].replace("\n", " / "), "<<", t[s : min(e, s + 120)].replace("\n", " / "), ">>")


if __name__ == "__main__":
    main()
