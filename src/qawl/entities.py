"""Cross-document entities: one entity per real person, organization or place across documents
and spellings (كاغينز، كيغينز، كيغنيز، كاغينس، كیغینز are one person).

Resolution is incremental: each newly stored document's own entities are matched against stored
entities through blocking keys (the sound key of a person's surname, the exact key otherwise), then
verified with rapidfuzz on the normalized names. Native Arabic given names must match exactly;
foreign names match by sound key, since transliterations vary their vowels and sibilants.

A speaker a document knows only by a role ("وزير الري", "الوزير", "مصدر أمني") is never matched by
name: a specific role goes to the person seen holding it in other documents when one clearly does
(``_holder_of``), and anything else (a bare head, an anonymous source, a role many hold) stays an
entity of its own document.
"""
from __future__ import annotations

import json
import os
import sqlite3
import sys
import threading
from bisect import insort
from collections import OrderedDict
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from qawl.rules.names import (ARABIC_GIVEN_NAMES, COMPOUND_NAME_PARTS, DROPPABLE_NAME_PARTS, GERMAN_CH_ENDINGS,
                              GERMAN_CH_MIN, GERMAN_DT_ENDINGS, GERMAN_S_INITIALS, NAME_HYPHENS, NAME_PARTICLES,
                              NAME_SPELLINGS, PATRONYMIC_LINKS, PERSIAN_SURNAME_SUFFIXES, SOUND_CLASSES, SPANISH_B_LETTERS,
                              SPANISH_LL, V_INITIAL_MIN, V_INITIALS, V_LETTERS, VOWEL_LETTERS)
from qawl.rules.places import COUNTRIES
from qawl.store.db import rows_in
from qawl.text.normalize import key

_GIVEN = {key(n) for n in ARABIC_GIVEN_NAMES}
_SOUND = str.maketrans({c: cls[0] for cls in SOUND_CLASSES for c in key(cls)})
_VOWELS = set(key(VOWEL_LETTERS))

# Two foreign-name tokens with equal sound keys must also be this similar (rapidfuzz ratio, 0–100).
TOKEN_SIMILARITY = 60
# Two organization or place names are one entity at this similarity of their keys.
NAME_SIMILARITY = 92


def name_tokens(name: str) -> list[str]:
    return _key_tokens(key(name))


# Words a name is matched without: the patronymic links ("بن", "ولد": ``rules.names.PATRONYMIC_LINKS``),
# "أبو" (and a detached "ال" at a name's end).
_LINKS = {key(w) for w in PATRONYMIC_LINKS} | {"ابو", "ال"}


# Marks read as a space in a name: quotes, an initial's dot, and the hyphen of "جان-إيف" (written
# "جان إيف" elsewhere).
_NAME_SPACES = str.maketrans(dict.fromkeys(["«", "»", '"', ".", *NAME_HYPHENS], " "))
# Each native name written two ways, in the spelling it is matched by (``rules.names.NAME_SPELLINGS``).
_SPELLINGS = {key(written): key(matched) for written, matched in NAME_SPELLINGS.items()}


def _key_tokens(folded: str) -> list[str]:
    """:func:`name_tokens` of a name already folded by ``key``."""
    words = folded.translate(_NAME_SPACES).split()
    if "ال" in words:
        # a detached "ال" before a word is its article ("آل ضاوي" = "الضاوي": ``rules.names.FAMILY_OF``)
        words = [w + words[i + 1] if w == "ال" and i + 1 < len(words) else w for i, w in enumerate(words)
                 if not (i and words[i - 1] == "ال")]
    toks = [_SPELLINGS.get(t, t) for t in words if len(t) > 1]
    return [t for t in toks if t not in _LINKS] or toks


_COMPOUND_PARTS = tuple(sorted(key(p) for p in COMPOUND_NAME_PARTS))
_PARTICLES = tuple(key(p) for p in NAME_PARTICLES)
_PERSIAN_SUFFIXES = frozenset(key(p) for p in PERSIAN_SURNAME_SUFFIXES)
_DROPPABLE_PARTS = tuple(key(p) for p in DROPPABLE_NAME_PARTS)


def person_tokens(folded: str) -> list[str]:
    """The tokens persons are matched on: :func:`_key_tokens` with each compound name written as one
    word, as it often is ("عبد الرحمن" = "عبدالرحمن", "علم الدين"): a compound is one given name or
    one surname, so "علم الدين" alone is a surname, and "عبد الفتاح X" and "عبد الرحيم X" differ in
    their given names, not only in a middle one."""
    toks = _key_tokens(folded)
    for glued in ("بو", *_PARTICLES):  # "بو عزة" = "بوعزة", "لو دريان" = "لودريان": written glued as often
        if glued in toks[:-1]:
            at = toks.index(glued)
            toks[at : at + 2] = [toks[at] + toks[at + 1]]
    if len(toks) > 1 and not _PERSIAN_SUFFIXES.isdisjoint(toks[1:]):
        toks = _glued_suffixes(toks)
    if len(toks) > 1:
        toks[1:] = [_surname_spelling(t) for t in toks[1:]]
    elif toks:
        toks[0] = _lone_surname_spelling(toks[0])
    if "عبد" not in toks and not any(t in _COMPOUND_PARTS or t.startswith("ابوال") for t in toks):
        return toks
    out: list[str] = []
    for t in toks:
        if t.startswith("ابوال"):
            t = t[3:]  # "ابوالفتوح" = "ابو الفتوح", whose link word is dropped
        if out and (t in _COMPOUND_PARTS or (out[-1] == "عبد" and t.startswith("ال"))):
            out[-1] += t
        else:
            out.append(t)
    return out


def _glued_suffixes(toks: list[str]) -> list[str]:
    """The tokens with each Persian surname suffix glued to the one before ("كاظمي بور" = "كاظميبور")."""
    out = toks[:1]
    for t in toks[1:]:
        if t in _PERSIAN_SUFFIXES:
            out[-1] += t
        else:
            out.append(t)
    return out


def _surname_spelling(token: str) -> str:
    """One spelling of a surname written two ways: with "بن" glued on ("بنعمارة" = "بن عمارة", whose
    link word is dropped) and a nisba in -اوي or -اني with or without ال- ("منياوي" = "المنياوي",
    "حمداني" = "الحمداني"), unless it is a country's ("سوداني" is Sudanese; "السوداني" a surname)."""
    if token.startswith("بن") and len(token) >= 6 and token not in _GIVEN:
        return token[2:]
    if (token.endswith(("اوي", "اني")) and len(token) >= 5 and not token.startswith("ال") and token not in _GIVEN
            and not country_nisba(token)):
        return "ال" + token
    return token


def _lone_surname_spelling(token: str) -> str:
    """:func:`_surname_spelling` of a name of one word, a surname ("عيتاني" is another article's "بسام
    عيتاني"), with "بن" glued on only before a given name ("بنعيسى", "بنسليمان"): alone, a word in بن-
    is as often a foreign name ("بنديكت", "بنيامين")."""
    if token.startswith("بن") and token[2:] not in _GIVEN:
        return token
    return _surname_spelling(token)


# Countries without ال-, as a nisba adjective is made from them (لبنان: لبناني; أمريكا: أمريكي).
# (the article is taken off before folding: "ألمانيا" opens with أل, not with the article)
_COUNTRY_STEMS = {key(c.removeprefix("ال")) for c in COUNTRIES}


def country_nisba(token: str) -> bool:
    """Whether a word without ال- is the nisba of a country ("سوداني", "صربي", "فرنسي")."""
    stem = token[:-1]
    return stem in _COUNTRY_STEMS or stem + "ا" in _COUNTRY_STEMS or stem + "يا" in _COUNTRY_STEMS


def country_adjective(token: str) -> bool:
    """Whether a folded word without ال- says a body's country: a country's nisba, masculine or
    feminine ("ليبي", "عراقيه"), or a country named as one ("سعوديه")."""
    return token in _COUNTRY_STEMS or country_nisba(token) or (token.endswith("يه") and country_nisba(token[:-1]))


_V_INITIALS = set(key(V_INITIALS))
_NO_VOWELS = str.maketrans(dict.fromkeys(_VOWELS | set(key(V_LETTERS)) | set(key(SPANISH_B_LETTERS))))


_GERMAN_S_INITIALS = tuple(key(s) for s in GERMAN_S_INITIALS)
_SPANISH_LL = tuple((key(s), key(s).replace("ل", "")) for s in SPANISH_LL)
_GERMAN_DT = tuple(key(s) for s in GERMAN_DT_ENDINGS)
_GERMAN_CH = tuple((key(written), key(folded))  # (the longer ending first)
                   for written, folded in sorted(GERMAN_CH_ENDINGS.items(), key=lambda kv: -len(kv[0])))
_S_CLASS = key(SOUND_CLASSES[0])[0]


def skeleton(token: str) -> str:
    """Consonant skeleton of a transliterated token: vowel letters (and v's letters, also written
    with the vowel letter و, and a Spanish b) dropped inside, v's letters folded at the start of a long
    one, a German s written ش at the start folded with س, a Spanish ll written ل dropped, a German
    final dt folded to t and a final ch written ش folded to خ, classes folded.
    Not memoized: for words met once (``sound_key`` is the memoized form)."""
    if token.startswith(_GERMAN_S_INITIALS):
        token = _S_CLASS + token[1:]
    for ll, y in _SPANISH_LL:
        if ll in token[1:]:
            token = token[0] + token[1:].replace(ll, y)
    if token.endswith(_GERMAN_DT) and len(token) > 3:
        token = token[:-2] + token[-1]
    if len(token) >= GERMAN_CH_MIN:
        for written, folded in _GERMAN_CH:
            if token.endswith(written):
                token = token[: -len(written)] + folded
                break
    t = token.translate(_SOUND)
    if len(t) <= 2:
        return t
    first = "ف" if t[0] in _V_INITIALS and len(t) >= V_INITIAL_MIN else t[0]
    return first + t[1:-1].translate(_NO_VOWELS) + t[-1].translate(_SOUND)


sound_key = lru_cache(maxsize=200_000)(skeleton)


def is_coordination(toks: Iterable[str]) -> bool:
    """Whether name tokens hold a second name joined by و ("... ومحمد ..."): two people, not one name."""
    return any(t[0] == "و" and t not in _GIVEN and t[1:] in _GIVEN for t in list(toks)[1:])


def is_native(token: str) -> bool:
    return token in _GIVEN or token.startswith("ال") or token.startswith("عبد") or token.endswith(_COMPOUND_PARTS)


@lru_cache(maxsize=200_000)
def same_token(a: str, b: str) -> bool:
    if a == b:
        return True
    if is_native(a) or is_native(b) or min(len(a), len(b)) < 4:
        return False
    return sound_key(a) == sound_key(b) and fuzz.ratio(a, b) >= TOKEN_SIMILARITY


def same_person(a: str, b: str) -> bool:
    """Whether two person names (full or surname-only) can be the same person."""
    return same_person_tokens(person_tokens(key(a)), person_tokens(key(b)))


def same_person_tokens(ta: list[str] | tuple[str, ...], tb: list[str] | tuple[str, ...]) -> bool:
    if not ta or not tb:
        return False
    if not same_token(ta[-1], tb[-1]):
        return False
    if len(ta) == 1 or len(tb) == 1:
        return True
    # Both have given names: the first tokens must agree too (مايلز / مايلس), or one be the other
    # shortened ("عماد الدين" / "عماد").
    return same_token(ta[0], tb[0]) or tb[0] in given_name_forms(ta[0]) or _short_given_names(ta[0], tb[0])


def _short_given_names(a: str, b: str) -> bool:
    """Whether two foreign given names, one of three letters or fewer (``same_token`` never folds
    those), are one written with a vowel letter more, before a surname that already agrees: "ينس" /
    "يانس" (Jens). Not two vowels swapped: "بيل" / "بول" are Bill and Paul."""
    short, long_ = sorted((a, b), key=len)
    if len(short) > 3 or len(long_) != len(short) + 1 or is_native(a) or is_native(b):
        return False
    return any(long_[:i] + long_[i + 1:] == short and long_[i] in _VOWELS for i in range(1, len(long_) - 1))


@lru_cache(maxsize=50_000)
def given_name_forms(given: str) -> tuple[str, ...]:
    """The other forms a given name (one :func:`person_tokens` token) is written in: a compound
    without its droppable part ("عمادالدين" → "عماد"), or a name with each droppable part added."""
    for part in _DROPPABLE_PARTS:
        if given.endswith(part):
            short = given[: -len(part)]
            return (short,) if len(short) >= 2 and not short.endswith("عبد") else ()
    return tuple(given + part for part in _DROPPABLE_PARTS)


def block_keys(entity_type: str, name: str) -> list[str]:
    return _block_keys(entity_type, key(name), person_tokens(key(name)) if entity_type == "person" else [])


def _block_keys(entity_type: str, folded: str, toks: list[str]) -> list[str]:
    if entity_type == "person":
        if not toks:
            return []
        keys = [f"p:{sound_key(toks[-1])}"]
        first = toks[-1][:1].translate(_SOUND)
        if keys[0][2:3] != first:
            # (also its block before V_INITIALS folded a surname's first letter, where stores made
            # before session 39 keep such names)
            keys.append(f"p:{first}{keys[0][3:]}")
        written = _key_tokens(folded)[-1]
        if _surname_spelling(written) != written:
            # (also the block of the surname as written: stores made before ``_surname_spelling`` keep
            # such names there)
            keys.append(f"p:{sound_key(written)}")
        return keys
    return [f"{entity_type[0]}:{folded}"]


def _document_only(entity_type: str, folded: str) -> bool:
    """Generic organizations ("الحكومة", "الوزارة") and anonymous sources ("مصدر أمني") are entities of
    their own document only: the government of one article is not that of another. ``folded`` is the
    ``key`` of the name."""
    from qawl.components.mentions import is_generic_org
    from qawl.lexicon import ANONYMOUS_HEADS

    if entity_type == "org":
        return is_generic_org(folded)
    first = folded.split()[:1]
    return bool(first) and first[0] in ANONYMOUS_HEADS


# Words dropped from a role phrase before roles are compared ("الناطق الرسمي باسم …" = "المتحدث باسم …").
_ROLE_NOISE = {"الرسمي", "الرسميه", "باسم"}
_ROLE_SYNONYMS = {"الناطق": "المتحدث", "الناطقه": "المتحدث", "المتحدثه": "المتحدث", "ناطق": "المتحدث", "متحدث": "المتحدث"}
# A role-only speaker goes to the person who holds the role in other documents when that person has
# been seen in it in at least this many documents and holds this share of its sightings. One sighting
# was too thin: a single misread apposition ("محافظة X، بجرح …") claimed every later use of the role.
ROLE_MIN_DOCS = 2
ROLE_MIN_SHARE = 0.8


def role_key(role: str) -> str:
    return _folded_role_key(key(role))


def _folded_role_key(folded: str) -> str:
    words = [_ROLE_SYNONYMS.get(w, w) for w in folded.split() if w not in _ROLE_NOISE]
    return " ".join(words[:4])


# What resolution needs of one document entity, made by :func:`name_facts` (in the ingest workers
# for a fresh document): (key of the name, its tokens, blocking keys, document-only, role keys of
# its roles, role key of the name itself).
NameFacts = tuple[str, tuple[str, ...], tuple[str, ...], bool, tuple[str, ...], str]


def name_facts(entity_type: str, name: str, roles: Iterable[str], role_only: bool) -> NameFacts:
    """A role-only name is never matched by name (the "الوزير" of one article is not that of another):
    it has no blocks, and only a specific role (see :func:`_asked_role`) is looked up among holders."""
    folded = key(name)
    toks = person_tokens(folded) if entity_type == "person" else _key_tokens(folded)
    if role_only:
        return folded, tuple(toks), (), True, (), _asked_role(folded)
    return (folded, tuple(toks), tuple(_block_keys(entity_type, folded, toks)),
            _document_only(entity_type, folded),
            tuple(sorted({role_key(r) for r in roles})) if entity_type == "person" else (), "")


def _asked_role(folded: str) -> str:
    """The role key a role-only speaker is looked up under in other documents' holders: only a
    specific role ("وزير الخارجيه", "رئيس الوزراء"), never a bare head ("الوزير", "السفير", "الدكتور",
    whoever the article means), an anonymous source ("مصدر امني", "المصادر") or a role many hold at
    once ("مراسل الوكاله", "عضو المجلس")."""
    rk = _folded_role_key(folded)
    words = rk.split()
    if len(words) < 2 or words[0] in _unresolved_heads():
        return ""
    return rk


@lru_cache(maxsize=1)
def _unresolved_heads() -> frozenset[str]:
    """Heads of roles never resolved across documents: anonymous sources and roles many hold."""
    from qawl.lexicon import ANONYMOUS_HEADS, SHARED_ROLE_HEADS

    return frozenset(ANONYMOUS_HEADS | SHARED_ROLE_HEADS)


def prepare_names(doc: Any) -> dict[str, NameFacts]:
    """The step's per-document part: the facts of each of the document's own entities."""
    return {lid: name_facts(e["type"], e["name"], e.get("roles", []), bool(e.get("role_only")))
            for lid, e in doc.entities.items()}


# Documents resolved per round: the blocks their names search are loaded at once.
CHUNK = 500
# Roles whose holders are counted in memory (``_Cache.role_counts``) before all are forgotten.
CACHE_ROLES = 20_000
# Names whose match is remembered (``_Cache.found``) before all are forgotten: bounds its memory
# (~350 bytes a name; 50,000 raised the writer's peak RSS by ~15 MB).
FOUND_NAMES = 10_000
# Entities kept in memory across rounds and calls (blocks least recently searched are dropped first):
# a block of a common surname or of a generic name holds thousands, and reading it back from the
# store for every batch made each batch slower as the store grew.
CACHE_ENTITIES = 100_000


def resolve_documents(conn: sqlite3.Connection, doc_ids: Iterable[str],
                      prepared: dict[str, dict[str, NameFacts]] | None = None) -> None:
    """Attach every entity of these stored documents to a cross-document entity.

    Names are met document by document (in the order of ``doc_ids``), in a document the named
    entities first, longest name first. Each round loads what the matching may look at (the blocks
    its names search that are not in memory yet, the counts of the roles asked about) and then works
    in memory, so the store sees a few statements per round; the result is the one of matching name
    by name against the store. ``prepared`` holds :func:`prepare_names` of documents (made in the
    workers)."""
    _resolve(conn, list(dict.fromkeys(doc_ids)), prepared or {})


def resolve_rows(conn: sqlite3.Connection, docs: list[tuple[str, list[tuple]]],
                 prepared: dict[str, dict[str, NameFacts]] | None = None) -> dict[tuple[str, str], int]:
    """:func:`resolve_documents` of documents whose rows are not inserted yet (``qawl ingest``'s
    writer, called by ``save_batch``): ``docs`` holds, in store order, each document's id and its
    ``doc_entities`` rows as they will be inserted. Writes the entities and role holdings and returns
    ``{(doc_id, local_id): entity id}`` for the rows to carry, so they are not updated afterwards."""
    rows = {doc_id: [r[1:] for r in doc_rows] for doc_id, doc_rows in docs}
    return _resolve(conn, list(dict.fromkeys(doc_id for doc_id, _ in docs)), prepared or {}, rows)


def _resolve(conn: sqlite3.Connection, ids: list[str], prepared: dict[str, dict[str, NameFacts]],
             rows: dict[str, list[tuple]] | None = None) -> dict[tuple[str, str], int]:
    """Resolve ``ids`` in rounds of ``CHUNK`` documents, in one transaction. With ``rows`` (each
    document's ``doc_entities`` rows without the doc_id), those are matched instead of the stored
    ones, and the stored rows are left as they are. Returns ``{(doc_id, local_id): entity id}``."""
    assigned: dict[tuple[str, str], int] = {}
    with _CACHE_LOCK:
        try:
            with conn:
                cache = _cache_for(conn)
                for c in range(0, len(ids), CHUNK):
                    part = ids[c : c + CHUNK]
                    given = None if rows is None else {d: rows[d] for d in part}
                    assigned.update(_Round(conn, part, prepared, cache, given).run(update=rows is None))
                cache.seal(conn)
        except BaseException:
            _CACHE.clear()
            raise
    return assigned


# What matching needs of a stored entity: (type, key of its name, the name's tokens, its block).
Entry = tuple[str, str, tuple[str, ...], str]


def _entry(entity_type: str, folded: str, toks: Iterable[str], block: str) -> Entry:
    """Strings shared by many entities (types, tokens, blocks) are held once."""
    return sys.intern(entity_type), folded, tuple(sys.intern(t) for t in toks), sys.intern(block)


# A block holding more entities than this is indexed by name tokens; a smaller one is a list scanned
# whole (its members' ids, ascending: the order in which the store gives candidates).
SCAN_LIMIT = 32


class _Index:
    """The entities of a large block, indexed for matching: persons by their name's tokens (last
    token → sound key of the first token → first token → ids; a surname-only name has None for
    both), organizations and places in one list per type, every entity by (type, key of its name).
    Id lists are ascending."""

    __slots__ = ("persons", "others", "by_key")

    def __init__(self, members: Iterable[tuple[int, Entry]]) -> None:
        self.persons: dict[str, dict[str | None, dict[str | None, list[int]]]] = {}
        self.others: dict[str, list[int]] = {}
        self.by_key: dict[tuple[str, str], list[int]] = {}
        for eid, entry in members:
            self.add(eid, entry)

    def add(self, eid: int, entry: Entry) -> None:
        entity_type, folded, toks, _ = entry
        insort(self.by_key.setdefault((entity_type, folded), []), eid)
        if entity_type != "person":
            insort(self.others.setdefault(entity_type, []), eid)
            return
        if toks:  # a name without tokens matches nothing
            first = toks[0] if len(toks) > 1 else None
            slot = self.persons.setdefault(toks[-1], {}).setdefault(first and sound_key(first), {})
            insort(slot.setdefault(first, []), eid)

    def remove(self, eid: int, entry: Entry) -> None:
        entity_type, folded, toks, _ = entry
        _drop(self.by_key, (entity_type, folded), eid)
        if entity_type != "person":
            _drop(self.others, entity_type, eid)
            return
        if toks:
            first = toks[0] if len(toks) > 1 else None
            by_sound = self.persons[toks[-1]]
            _drop(by_sound[first and sound_key(first)], first, eid)
            if not by_sound[first and sound_key(first)]:
                del by_sound[first and sound_key(first)]
                if not by_sound:
                    del self.persons[toks[-1]]

    def members(self) -> list[int]:
        return [eid for ids in self.by_key.values() for eid in ids]

    def exact(self, entity_type: str, folded: str) -> list[int]:
        return self.by_key.get((entity_type, folded), [])

    def person_hits(self, toks: tuple[str, ...]) -> list[int]:
        """Ids of the persons :func:`same_person_tokens` accepts for ``toks``, ascending."""
        last, out = toks[-1], []
        if is_native(last) or len(last) < 4:  # such a token matches only itself
            lasts = [last] if last in self.persons else []
        else:
            lasts = [t for t in self.persons if same_token(last, t)]
        for t in lasts:
            by_sound = self.persons[t]
            if len(toks) == 1:
                for firsts in by_sound.values():
                    for ids in firsts.values():
                        out += ids
                continue
            out += by_sound.get(None, {}).get(None, ())
            first = toks[0]
            firsts = by_sound.get(sound_key(first))
            if firsts:  # two first tokens are the same token only with the same sound key
                for other, ids in firsts.items():
                    if same_token(first, other):
                        out += ids
            for form in given_name_forms(first):  # a compound and its short form
                out += by_sound.get(sound_key(form), {}).get(form, ())
        out.sort()
        return out


def _drop(index: dict, k: Any, eid: int) -> None:
    ids = index[k]
    ids.remove(eid)
    if not ids:
        del index[k]


Block = list[int] | _Index


class _Cache:
    """Blocks (and role counts) read from the store, kept across rounds and calls. They are valid
    while the store's entity tables are as the last call left them: that call wrote a fresh token into
    ``meta`` in its own transaction, so a rolled-back call, another process or connection resolving,
    a deletion of documents (:func:`forget_cached`) or a copy of a store at another state all show a
    different token (or next entity id), and the blocks are read again."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self.token: str | None = None
        self.next_id = 0
        self.last_holding: int | None = None
        self.blocks: OrderedDict[str, Block] = OrderedDict()
        self.entity: dict[int, Entry] = {}
        self.more_homes: dict[int, list[str]] = {}  # an entity under several blocks: the others
        # block → {(type, key, tokens) of a name: the entity it matched, or None}: what matching a
        # name with that one block gave while the block is unchanged (see ``_Round._find``)
        self.found: dict[str, dict[tuple[str, str, tuple[str, ...]], int | None]] = {}
        self.found_names = 0
        # role → {entity id: documents it is seen holding the role in}, of the roles asked about so
        # far: counted in the store once, then kept up to date as holdings are recorded (the count of
        # a common role's holders grew with the store, and was read again for every batch)
        self.role_counts: dict[str, dict[int, int]] = {}

    def load(self, conn: sqlite3.Connection, blocks: set[str]) -> None:
        """Read the ``blocks`` not in memory; mark all of them as just used."""
        missing = {sys.intern(b) for b in blocks if b not in self.blocks}
        for b in missing:
            self.blocks[b] = []
        for block, eid, entity_type, name in sorted(rows_in(
                conn, "SELECT k.block, e.id, e.type, e.name FROM entity_keys k JOIN entities e ON e.id = k.entity_id"
                " WHERE k.block IN ({marks})", missing), key=lambda r: r[1]):
            block = sys.intern(block)
            if eid in self.entity:
                self.more_homes.setdefault(eid, []).append(block)
            else:
                folded = key(name)
                self.entity[eid] = _entry(entity_type, folded, (person_tokens if entity_type == "person" else _key_tokens)(folded), block)
            self.add_to(block, eid)
        for b in blocks:
            self.blocks.move_to_end(b)

    def add_to(self, block: str, eid: int) -> None:
        self.changed(block)
        blk = self.blocks[block]
        if isinstance(blk, _Index):
            blk.add(eid, self.entity[eid])
            return
        insort(blk, eid)
        if len(blk) > SCAN_LIMIT:
            self.blocks[block] = _Index((e, self.entity[e]) for e in blk)

    def homes(self, eid: int) -> list[str]:
        return [self.entity[eid][3], *self.more_homes.get(eid, ())]

    def changed(self, block: str) -> None:
        """Forget what names matched in ``block``: its members or their names changed."""
        found = self.found.pop(block, None)
        if found:
            self.found_names -= len(found)

    def remember(self, block: str, name: tuple[str, str, tuple[str, ...]], eid: int | None) -> None:
        """Record what ``name`` matched in ``block`` as it is (all is forgotten past FOUND_NAMES)."""
        if self.found_names >= FOUND_NAMES:
            self.found.clear()
            self.found_names = 0
        self.found.setdefault(block, {})[name] = eid
        self.found_names += 1

    def rename(self, eid: int, folded: str, toks: tuple[str, ...]) -> None:
        old = self.entity[eid]
        new = self.entity[eid] = _entry(old[0], folded, toks, old[3])
        for b in self.homes(eid):
            self.changed(b)
            blk = self.blocks.get(b)
            if isinstance(blk, _Index):
                blk.remove(eid, old)
                blk.add(eid, new)

    def seal(self, conn: sqlite3.Connection) -> None:
        """Record the state the blocks describe (in the caller's transaction), then trim them."""
        self.token = os.urandom(12).hex()
        self.next_id = _next_id(conn)
        self.last_holding = _last_holding(conn)
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('entity_blocks', ?)", (self.token,))
        if len(self.role_counts) > CACHE_ROLES:
            self.role_counts = {}
        while len(self.entity) > CACHE_ENTITIES and self.blocks:
            name, blk = self.blocks.popitem(last=False)
            self.changed(name)
            for eid in blk if isinstance(blk, list) else blk.members():
                self._forget(eid, name)

    def _forget(self, eid: int, block: str) -> None:
        """``block`` no longer holds ``eid`` in memory."""
        more = self.more_homes.get(eid)
        if self.entity[eid][3] == block:
            if more:
                self.entity[eid] = self.entity[eid][:3] + (more.pop(),)
            else:
                del self.entity[eid]
        elif more:
            more.remove(block)
        if more is not None and not more:
            del self.more_homes[eid]


def _next_id(conn: sqlite3.Connection) -> int:
    return (conn.execute("SELECT MAX(id) FROM entities").fetchone()[0] or 0) + 1


_CACHE = _Cache()
_CACHE_LOCK = threading.Lock()


def forget_cached(conn: sqlite3.Connection) -> None:
    """Make every process's cache of this store's entities (:class:`_Cache`) read the store again:
    called when documents' role holdings are deleted, which the cached role counts include."""
    conn.execute("DELETE FROM meta WHERE key = 'entity_blocks'")


def _last_holding(conn: sqlite3.Connection) -> int | None:
    """The newest role holding's rowid: it moves when anything records a holding."""
    return conn.execute("SELECT MAX(rowid) FROM role_holders").fetchone()[0]


def _cache_for(conn: sqlite3.Connection) -> _Cache:
    """The blocks in memory when they describe this store as it is, else an emptied cache; the role
    counts too, and those also when holdings were recorded by anything else (another process
    loading a store's rows, say)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'entity_blocks'").fetchone()
    if row is None or row[0] != _CACHE.token or _next_id(conn) != _CACHE.next_id:
        _CACHE.clear()
    elif _last_holding(conn) != _CACHE.last_holding:
        _CACHE.role_counts = {}
    return _CACHE


class _Round:
    """Resolution of a group of documents against the store, written back at the end."""

    def __init__(self, conn: sqlite3.Connection, ids: list[str], prepared: dict[str, dict[str, NameFacts]],
                 cache: _Cache, rows: dict[str, list[tuple]] | None = None) -> None:
        """``rows``: the documents' ``doc_entities`` rows without their doc_id, when not to be read
        from the store."""
        self.conn, self.ids, self.cache = conn, ids, cache
        if rows is None:
            rows = {d: [] for d in ids}
            for doc_id, local_id, entity_type, name, roles, role_only in rows_in(
                    conn, "SELECT doc_id, local_id, type, name, roles, role_only FROM doc_entities"
                    " WHERE doc_id IN ({marks})", ids):
                rows[doc_id].append((local_id, entity_type, name, roles, role_only))
        self.names: list[tuple[str, str, str, str, int, NameFacts]] = []
        for doc_id in ids:
            facts = prepared.get(doc_id, {})
            for local_id, entity_type, name, roles, role_only in sorted(
                    rows[doc_id], key=lambda r: (r[4], -len(r[2]), r[0])):
                f = facts.get(local_id) or name_facts(entity_type, name, json.loads(roles), bool(role_only))
                self.names.append((doc_id, local_id, entity_type, name, role_only, f))
        self._load()

    def _load(self) -> None:
        conn = self.conn
        # Only names that are matched search their blocks (a document-only name always makes a new entity).
        self.cache.load(conn, {b for _, _, _, _, role_only, f in self.names if role_only or not f[3] for b in f[2]})
        self.next_id = _next_id(conn)
        # Role holdings of the roles role-only names ask about: role → {entity id: documents}, and
        # which (role, entity, document) are held, so a holding recorded twice counts once.
        asked = {f[5] for *_, f in self.names if f[5]}
        self.holders = self.cache.role_counts
        missing = asked.difference(self.holders)
        self.holders.update((r, {}) for r in missing)
        for role, eid, docs in rows_in(
                conn, "SELECT role, entity_id, COUNT(*) FROM role_holders WHERE role IN ({marks}) GROUP BY role, entity_id",
                missing):
            self.holders[role][eid] = docs
        # The round's own documents only (a common role has holders in thousands).
        self.held: set[tuple[str, int, str]] = {
            (role, e, d) for role, e, d in rows_in(
                conn, "SELECT role, entity_id, doc_id FROM role_holders WHERE doc_id IN ({marks})", self.ids)
            if role in self.holders}
        # id → (type, name, key of the name, blocks); a name's key is its facts' (f[0]): not folded again
        self.created: dict[int, tuple[str, str, str, tuple[str, ...]]] = {}
        self.renamed: dict[int, tuple[str, str]] = {}  # id → (name, key of the name)
        self.roles: list[tuple[str, int, str]] = []

    def run(self, *, update: bool = True) -> dict[tuple[str, str], int]:
        """Resolve the round's names and write what was found; ``update``: also set the entity ids
        of the stored rows. Returns ``{(doc_id, local_id): entity id}``."""
        assigned = []
        named: dict[int, tuple[str, ...]] = {}  # the document's people so far: entity id → its role keys here
        for n, (doc_id, local_id, entity_type, name, role_only, f) in enumerate(self.names):
            if n and doc_id != self.names[n - 1][0]:
                named = {}
            if role_only:
                eid = (self._holder_of(f[5]) or self._named_holder(f[5], named)) if f[5] else None
            else:
                eid = None if f[3] else self._find(entity_type, f)
            if eid is None:
                eid = self._create(entity_type, name, f)
            elif not role_only:
                self._prefer_name(eid, name, f)
            if entity_type == "person" and not role_only:
                self._record_roles(eid, doc_id, f[4])
                named[eid] = named.get(eid, ()) + f[4]
            assigned.append((eid, doc_id, local_id))
        self._write(assigned, update)
        return {(doc_id, local_id): eid for eid, doc_id, local_id in assigned}

    def _find(self, entity_type: str, f: NameFacts) -> int | None:
        """The entity the name is matched to: of the candidates under its blocks that match it, the
        only one; else the only one with the name's very key; else, for a full name, the first."""
        if len(f[2]) == 1:
            # A name is matched against its block only; while the block and its members' names stay
            # as they were, the same name matches the same entity (most names seen are names met before).
            block, name = f[2][0], (entity_type, f[0], f[1])
            found = self.cache.found.get(block)
            if found is not None and name in found:
                return found[name]
            blk = self.cache.blocks[block]
            eid = self._find_in_list(entity_type, f, blk) if type(blk) is list else self._find_in_blocks(entity_type, f)
            self.cache.remember(block, name, eid)
            return eid
        return self._find_in_blocks(entity_type, f)

    def _find_in_blocks(self, entity_type: str, f: NameFacts) -> int | None:
        """:meth:`_find` without memory of earlier names."""
        blocks = [self.cache.blocks[b] for b in f[2]]
        entity = self.cache.entity
        exact = [eid for blk in blocks for eid in (
            blk.exact(entity_type, f[0]) if isinstance(blk, _Index)
            else [e for e in blk if entity[e][1] == f[0] and entity[e][0] == entity_type])]
        if len(blocks) > 1:
            exact = list(dict.fromkeys(exact))
        if len(exact) == 1:  # a candidate with the very key matches, so it is the answer either way
            return exact[0]
        if exact and len(f[1]) == 1:
            # Candidates with the very key match, so a one-token name fits several: ambiguous (below),
            # without matching the rest of the block (a block of one ambiguous name grows by one
            # entity with each document that names it).
            return None
        hits = []
        for blk in blocks:
            if entity_type == "person" and isinstance(blk, _Index):
                hits += blk.person_hits(f[1])
            elif entity_type == "person":
                hits += [e for e in blk if entity[e][0] == "person" and same_person_tokens(f[1], entity[e][2])]
            else:
                hits += [e for e in (blk.others.get(entity_type, ()) if isinstance(blk, _Index) else blk)
                         if entity[e][0] == entity_type and fuzz.ratio(f[0], entity[e][1]) >= NAME_SIMILARITY]
        if len(blocks) > 1:
            hits = list(dict.fromkeys(hits))
        return _chosen(hits, f)

    def _find_in_list(self, entity_type: str, f: NameFacts, blk: list[int]) -> int | None:
        """:meth:`_find` of a name with one block, held as a list (most names): the same answer
        without the loops over several blocks and kinds of block."""
        if not blk:
            return None
        entity, folded = self.cache.entity, f[0]
        exact = [e for e in blk if entity[e][1] == folded and entity[e][0] == entity_type]
        if len(exact) == 1:
            return exact[0]
        if exact and len(f[1]) == 1:
            return None  # ambiguous, as in _find
        if entity_type == "person":
            toks = f[1]
            hits = [e for e in blk if entity[e][0] == "person" and same_person_tokens(toks, entity[e][2])]
        else:
            hits = [e for e in blk if entity[e][0] == entity_type and fuzz.ratio(folded, entity[e][1]) >= NAME_SIMILARITY]
        return _chosen(hits, f)

    def _create(self, entity_type: str, name: str, f: NameFacts) -> int:
        eid, self.next_id = self.next_id, self.next_id + 1
        self.created[eid] = (entity_type, name, f[0], f[2])
        cache = self.cache
        held = [b for b in f[2] if b in cache.blocks]
        if held:
            cache.entity[eid] = _entry(entity_type, f[0], f[1], held[0])
            if len(held) > 1:
                cache.more_homes[eid] = held[1:]
            for b in held:
                cache.add_to(b, eid)
        return eid

    def _prefer_name(self, eid: int, name: str, f: NameFacts) -> None:
        """Keep the fullest spelling as the display name (a surname-only entity grows a given name);
        a coordination of two names ("محمد فلان ومحمود علان") is never one."""
        if len(f[1]) > len(self.cache.entity[eid][2]) and not is_coordination(f[1]):
            self.cache.rename(eid, f[0], f[1])
            if eid in self.created:
                entity_type, _, _, blocks = self.created[eid]
                self.created[eid] = (entity_type, name, f[0], blocks)
            else:
                self.renamed[eid] = (name, f[0])

    def _record_roles(self, eid: int, doc_id: str, role_keys: tuple[str, ...]) -> None:
        for role in role_keys:
            self.roles.append((role, eid, doc_id))
            if role in self.holders and (role, eid, doc_id) not in self.held:
                self.held.add((role, eid, doc_id))
                self.holders[role][eid] = self.holders[role].get(eid, 0) + 1

    def _holder_of(self, role: str) -> int | None:
        counts = self.holders.get(role)
        if not counts:
            return None
        total = sum(counts.values())
        eid, docs = max(counts.items(), key=lambda kv: kv[1])
        return eid if docs >= ROLE_MIN_DOCS and docs / total >= ROLE_MIN_SHARE else None

    def _named_holder(self, role: str, named: dict[int, tuple[str, ...]]) -> int | None:
        """The one person named in this document (by name, without another role here) who holds
        ``role``, or a longer form of it, in another document: an article that calls its speaker
        "رئيس الجامعة" in one paragraph and "بنعيسى" in the next, when another article called him
        "رئيس الجامعة الوطنية لكرة القدم عبد الكريم بنعيسى". Being named in the same article is the
        evidence the holding counts (``ROLE_MIN_DOCS`` asks for more when nothing else ties them)."""
        fits = [eid for eid, here in named.items()
                if all(_is_form_of(r, role) for r in here) and self._holds(eid, role)]
        return fits[0] if len(fits) == 1 else None

    def _holds(self, eid: int, role: str) -> bool:
        """Whether ``eid`` holds ``role`` or a longer form of it ("رءيس الجامعه" of "رءيس الجامعه
        الوطنيه لكره") in a stored document or one of this round."""
        if self.holders.get(role, {}).get(eid):
            return True
        if any(e == eid and _is_form_of(r, role) for r, e, _ in self.roles):
            return True
        return self.conn.execute("SELECT 1 FROM role_holders WHERE role > ? AND role < ? AND entity_id = ? LIMIT 1",
                                 (role + " ", role + "!", eid)).fetchone() is not None

    def _write(self, assigned: list[tuple[int, str, str]], update: bool) -> None:
        conn = self.conn
        conn.executemany("INSERT INTO entities(id, type, name, key) VALUES (?, ?, ?, ?)",
                         [(eid, t, name, folded) for eid, (t, name, folded, _) in self.created.items()])
        conn.executemany("INSERT OR IGNORE INTO entity_keys(block, entity_id) VALUES (?, ?)",
                         [(b, eid) for eid, (_, _, _, blocks) in self.created.items() for b in blocks])
        conn.executemany("UPDATE entities SET name = ?, key = ? WHERE id = ?",
                         [(name, folded, eid) for eid, (name, folded) in self.renamed.items()])
        conn.executemany("INSERT OR IGNORE INTO role_holders(role, entity_id, doc_id) VALUES (?, ?, ?)", self.roles)
        if not update:
            return
        conn.executemany("UPDATE doc_entities SET entity_id = ? WHERE doc_id = ? AND local_id = ?", assigned)
        for _ in rows_in(conn, "UPDATE mentions SET entity_id = de.entity_id FROM doc_entities de"
                         " WHERE de.doc_id = mentions.doc_id AND de.local_id = mentions.local_id"
                         " AND mentions.doc_id IN ({marks})", self.ids):
            pass  # an UPDATE yields no rows; iterating runs it chunk by chunk
        for _ in rows_in(conn, "UPDATE statements SET entity_id = de.entity_id FROM doc_entities de"
                         " WHERE de.doc_id = statements.doc_id AND de.local_id = statements.speaker_local"
                         " AND statements.doc_id IN ({marks})", self.ids):
            pass


def _is_form_of(held: str, role: str) -> bool:
    """Whether the role key ``held`` is ``role`` or ``role`` said more fully (more words after it)."""
    return held == role or held.startswith(role + " ")


def _chosen(hits: list[int], f: NameFacts) -> int | None:
    """The entity a name matching ``hits`` (distinct, ascending by block) is: the only one; for a
    full name, the first; none when there is none, or when a surname alone fits several people."""
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        return None if len(f[1]) == 1 else hits[0]
    return None


def entity_roles(conn: sqlite3.Connection, eid: int) -> list[str]:
    roles: dict[str, int] = {}
    for (r,) in conn.execute("SELECT roles FROM doc_entities WHERE entity_id = ?", (eid,)):
        for role in json.loads(r):
            roles[role] = roles.get(role, 0) + 1
    return sorted(roles, key=lambda x: -roles[x])
