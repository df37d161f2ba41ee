"""Cross-document entities: one entity per real person, organization or place across documents
and spellings (كاغينز، كيغينز، كيغنيز، كاغينس، كیغینز are one person).

Resolution is incremental: each newly stored document's own entities are matched against stored
entities through blocking keys (the sound key of a person's surname, the exact key otherwise), then
verified with rapidfuzz on the normalized names. Native Arabic given names must match exactly;
foreign names match by sound key, since transliterations vary their vowels and sibilants.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from qawl.rules.names import ARABIC_GIVEN_NAMES, SOUND_CLASSES, VOWEL_LETTERS
from qawl.text.normalize import key

_GIVEN = {key(n) for n in ARABIC_GIVEN_NAMES}
_SOUND = str.maketrans({c: cls[0] for cls in SOUND_CLASSES for c in key(cls)})
_VOWELS = set(key(VOWEL_LETTERS))

# Two foreign-name tokens with equal sound keys must also be this similar (rapidfuzz ratio, 0–100).
TOKEN_SIMILARITY = 60
# Two organization or place names are one entity at this similarity of their keys.
NAME_SIMILARITY = 92


def name_tokens(name: str) -> list[str]:
    toks = [t for t in key(name).replace("«", " ").replace("»", " ").replace('"', " ").replace(".", " ").split() if len(t) > 1]
    return [t for t in toks if t not in {"بن", "ابن", "بنت", "ابو", "ال"}] or toks


@lru_cache(maxsize=200_000)
def sound_key(token: str) -> str:
    """Consonant skeleton of a transliterated token: vowel letters dropped inside, classes folded."""
    t = token.translate(_SOUND)
    if len(t) <= 2:
        return t
    return t[0] + "".join(c for c in t[1:-1] if c not in _VOWELS) + t[-1].translate(_SOUND)


def _is_native(token: str) -> bool:
    return token in _GIVEN or token.startswith("ال") or token.startswith("عبد")


@lru_cache(maxsize=200_000)
def same_token(a: str, b: str) -> bool:
    if a == b:
        return True
    if _is_native(a) or _is_native(b) or min(len(a), len(b)) < 4:
        return False
    return sound_key(a) == sound_key(b) and fuzz.ratio(a, b) >= TOKEN_SIMILARITY


def same_person(a: str, b: str) -> bool:
    """Whether two person names (full or surname-only) can be the same person."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if not same_token(ta[-1], tb[-1]):
        return False
    if len(ta) == 1 or len(tb) == 1:
        return True
    # Both have given names: the first tokens must agree too (مايلز / مايلس).
    return same_token(ta[0], tb[0])


def block_keys(entity_type: str, name: str) -> list[str]:
    if entity_type == "person":
        toks = name_tokens(name)
        return [f"p:{sound_key(toks[-1])}"] if toks else []
    return [f"{entity_type[0]}:{key(name)}"]


def _matches(entity_type: str, a: str, b: str) -> bool:
    if entity_type == "person":
        return same_person(a, b)
    return fuzz.ratio(key(a), key(b)) >= NAME_SIMILARITY


def _find_entity(conn: sqlite3.Connection, entity_type: str, name: str) -> int | None:
    candidates: dict[int, str] = {}
    for block in block_keys(entity_type, name):
        for row in conn.execute(
            "SELECT e.id, e.name FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.block = ? AND e.type = ?",
            (block, entity_type),
        ):
            candidates[row[0]] = row[1]
    hits = [eid for eid, ename in candidates.items() if _matches(entity_type, name, ename)]
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        # A surname alone that fits several people is ambiguous; a full name picks the exact one.
        exact = [eid for eid in hits if key(candidates[eid]) == key(name)]
        return exact[0] if len(exact) == 1 else (None if len(name_tokens(name)) == 1 else hits[0])
    return None


def _document_only(entity_type: str, name: str) -> bool:
    """Generic organizations ("الحكومة", "الوزارة") and anonymous sources ("مصدر أمني") are entities of
    their own document only: the government of one article is not that of another."""
    from qawl.components.mentions import is_generic_org
    from qawl.lexicon import ANONYMOUS_HEADS

    if entity_type == "org":
        return is_generic_org(key(name))
    first = key(name).split()[:1]
    return bool(first) and first[0] in ANONYMOUS_HEADS


def _create_entity(conn: sqlite3.Connection, entity_type: str, name: str) -> int:
    cur = conn.execute("INSERT INTO entities(type, name, key) VALUES (?, ?, ?)", (entity_type, name, key(name)))
    eid = int(cur.lastrowid)
    for block in block_keys(entity_type, name):
        conn.execute("INSERT OR IGNORE INTO entity_keys(block, entity_id) VALUES (?, ?)", (block, eid))
    return eid


def _prefer_name(conn: sqlite3.Connection, eid: int, name: str) -> None:
    """Keep the fullest spelling as the display name (a surname-only entity grows a given name)."""
    row = conn.execute("SELECT name FROM entities WHERE id = ?", (eid,)).fetchone()
    if row and len(name_tokens(name)) > len(name_tokens(row[0])):
        conn.execute("UPDATE entities SET name = ?, key = ? WHERE id = ?", (name, key(name), eid))


# Words dropped from a role phrase before roles are compared ("الناطق الرسمي باسم …" = "المتحدث باسم …").
_ROLE_NOISE = {"الرسمي", "الرسميه", "باسم"}
_ROLE_SYNONYMS = {"الناطق": "المتحدث", "الناطقه": "المتحدث", "المتحدثه": "المتحدث", "ناطق": "المتحدث", "متحدث": "المتحدث"}
# A role-only speaker goes to the person who holds the role in other documents when that person has
# been seen in it at least this many times and holds this share of its sightings.
ROLE_MIN_DOCS = 1
ROLE_MIN_SHARE = 0.8


def role_key(role: str) -> str:
    words = [_ROLE_SYNONYMS.get(w, w) for w in key(role).split() if w not in _ROLE_NOISE]
    return " ".join(words[:4])


def _record_roles(conn: sqlite3.Connection, eid: int, doc_id: str, roles_json: str) -> None:
    """Idempotent per document: a re-run of this step for a document counts it once."""
    conn.executemany("INSERT OR IGNORE INTO role_holders(role, entity_id, doc_id) VALUES (?, ?, ?)",
                     [(role, eid, doc_id) for role in {role_key(r) for r in json.loads(roles_json)}])


def _holder_of(conn: sqlite3.Connection, role: str) -> int | None:
    rows = conn.execute("SELECT entity_id, COUNT(*) AS docs FROM role_holders WHERE role = ?"
                        " GROUP BY entity_id ORDER BY docs DESC", (role_key(role),)).fetchall()
    if not rows:
        return None
    total = sum(r[1] for r in rows)
    eid, docs = rows[0]
    return eid if docs >= ROLE_MIN_DOCS and docs / total >= ROLE_MIN_SHARE else None


def resolve_documents(conn: sqlite3.Connection, doc_ids: Iterable[str]) -> None:
    """Attach every entity of these stored documents to a cross-document entity."""
    with conn:
        for doc_id in doc_ids:
            rows = conn.execute(
                "SELECT local_id, type, name, roles, role_only FROM doc_entities WHERE doc_id = ?"
                " ORDER BY role_only, length(name) DESC", (doc_id,)
            ).fetchall()
            for local_id, entity_type, name, roles, role_only in rows:
                if role_only:
                    eid = _holder_of(conn, name) or _find_entity(conn, entity_type, name)
                else:
                    eid = None if _document_only(entity_type, name) else _find_entity(conn, entity_type, name)
                if eid is None:
                    eid = _create_entity(conn, entity_type, name)
                elif not role_only:
                    _prefer_name(conn, eid, name)
                if entity_type == "person" and not role_only:
                    _record_roles(conn, eid, doc_id, roles)
                conn.execute("UPDATE doc_entities SET entity_id = ? WHERE doc_id = ? AND local_id = ?", (eid, doc_id, local_id))
                conn.execute("UPDATE mentions SET entity_id = ? WHERE doc_id = ? AND local_id = ?", (eid, doc_id, local_id))
                conn.execute("UPDATE statements SET entity_id = ? WHERE doc_id = ? AND speaker_local = ?", (eid, doc_id, local_id))


def entity_roles(conn: sqlite3.Connection, eid: int) -> list[str]:
    roles: dict[str, int] = {}
    for (r,) in conn.execute("SELECT roles FROM doc_entities WHERE entity_id = ?", (eid,)):
        for role in json.loads(r):
            roles[role] = roles.get(role, 0) + 1
    return sorted(roles, key=lambda x: -roles[x])
