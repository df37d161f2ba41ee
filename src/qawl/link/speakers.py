"""Whether the speakers of two statements in related documents can be one person though their
entities differ. An article that calls the speaker only by a role ("رئيس اللجنة التقنية", "حاكم
المصرف", "المبعوث الأممي") speaks of the person another article of the same story names holding
that role ("رئيس اللجنة التقنية مصطفى الحمداوي", "حاكم مصرف البلاد المركزي كميل الراسي"); two
articles that both call him by one role speak of one person too; and a body ("أعلنت وزارة الصحة")
speaks through its spokesman or its head ("المتحدث باسم وزارة الصحة فلان"). Entity resolution does not join
such entities across the whole store (``entities._holder_of`` needs a role seen held in several
documents): this verdict is only taken for documents that already share clusters or text
(``link.link_sibling_speakers``), where it lets one speaker's lower verification bar apply.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import NamedTuple

from qawl import lexicon as lx
from qawl.components.mentions import role_anchor, said_before
from qawl.entities import _ROLE_NOISE, _ROLE_SYNONYMS, country_adjective, sound_key
from qawl.rules.linking import BODY_OF_HEAD, SPEAKS_FOR_BODY
from qawl.text.normalize import key


class Role(NamedTuple):
    head: str  # the head without ال- ("رءيس"), a spokesperson's synonyms as one
    words: frozenset[str]  # its other words as ``mentions.role_anchor`` holds them ("جامعه", "وطنيه")
    anchor: str  # the first of them that is no adjective: what the role is of ("جامعه"), or ""


class Speaker(NamedTuple):
    entity: int
    role_only: bool
    roles: tuple[Role, ...]  # a role-only speaker's own role; the roles a named one was given there
    surname: str = ""  # a named speaker's last name word, as ``mentions.role_anchor`` holds it ("دباغ")
    body: tuple[str, ...] = ()  # an organization's name words, as ``role_of`` holds them ("وزاره", "صحه"); () for a person
    given: str = ""  # a named speaker's first name word, when the name has more than one ("حمدان")


# Words that tie a role to its organization ("المتحدث باسم …", "مدير عام …") and say nothing of it.
_LINK_WORDS = {role_anchor(key(w)) for phrase in lx.ROLE_LINKS for w in phrase.split()} | {"عام", "عامه"}
_TEAM_NOUNS = {role_anchor(w) for w in lx.TEAM_NOUNS}


@lru_cache(maxsize=50_000)
def role_of(text: str) -> Role | None:
    """The head and words of a role phrase; None when it has no words."""
    words = [_ROLE_SYNONYMS.get(w, w) for w in key(text).split() if w not in _ROLE_NOISE]
    if (one := lx.ROLE_HEAD_PHRASES.get(tuple(words[:2]))) is not None:
        words[:2] = [one]  # "المدير الفني": المدرب
    words = [role_anchor(w) for w in words]
    if not words:
        return None
    rest = [w for w in words[1:] if w not in _LINK_WORDS]
    # "فريق", "نادي", "منتخب" before the team's name add nothing to it: "مدرب فريق النسور" is "مدرب النسور"
    rest = [w for i, w in enumerate(rest) if not (w in _TEAM_NOUNS and i + 1 < len(rest))]
    return Role(words[0], frozenset(rest), next((w for w in rest if not _adjective(w)), ""))


def _adjective(word: str) -> bool:
    """An adjective of a role ("الأممي", "الخاص", "الوطنية"), not the body it is of."""
    return word.endswith(("ي", "يه")) or word in _ROLE_ADJECTIVES


# Adjectives of roles that are no adjectives of relation: "المبعوث الخاص", "المدير التنفيذي".
_ROLE_ADJECTIVES = {"خاص", "خاصه", "اول", "اولي", "اعلي"}


@lru_cache(maxsize=20_000)  # (a document's speaker says most of its statements)
def speaker(entity: int, role_only: int, name: str, roles_json: str, etype: str = "person") -> Speaker:
    """A statement's speaker as stored (``doc_entities`` of its document)."""
    if etype == "org":
        return Speaker(entity, False, (), body=_body_words(name))
    texts = [name] if role_only else json.loads(roles_json or "[]")
    words = key(name).split() if not role_only else []
    return Speaker(entity, bool(role_only), tuple(r for r in map(role_of, texts) if r is not None),
                   role_anchor(words[-1]) if words else "", given=words[0] if len(words) > 1 else "")


def _within(small: Role, big: Role) -> bool:
    """Whether the role ``small`` names the role ``big`` with as many words or fewer: the same head,
    of the same body when it names one ("رئيس الجامعة" is not "رئيس اللجنة التقنية للجامعة"), each
    word among the other's, itself or as the noun its adjective of relation comes from (الأممي:
    الأمم)."""
    return small.head == big.head and small.anchor in ("", big.anchor) and all(
        said_before(w, big.words) for w in small.words)


def _body_words(name: str) -> tuple[str, ...]:
    """The words of an organization's name as ``role_of`` holds a role's, without the nationality
    that closes it ("وزارة الصحة العراقية": وزاره صحه): a role names its body without it."""
    words = [role_anchor(w) for w in key(name).split() if w not in _ROLE_NOISE]
    words = words[:1] + [w for w in words[1:] if w not in _LINK_WORDS]  # ("الهيئة العامة": a role drops العامة too)
    while len(words) > 1 and country_adjective(words[-1]):
        words.pop()
    return tuple(words)


def _one_body(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether a body's name ``short`` is ``long`` said with fewer words: its first word opens
    ``long`` (or follows the head of ``long``: "الخارجية", "وزارة الخارجية") and each of its words is
    among those of ``long`` ("وزارة الفلاحة", "وزارة الفلاحة والموارد المائية"; "الهيئة")."""
    return short[0] in long[:2] and all(said_before(w, frozenset(long)) for w in short)


def speaks_for(person: Speaker, body: tuple[str, ...]) -> bool:
    """Whether ``person`` holds a role that speaks for the body ``body`` (``rules.linking.SPEAKS_FOR_BODY``):
    each of the body's words among the role's ("المتحدث باسم جهاز حرس السواحل" for "جهاز حرس
    السواحل الليبي"), or but the first when it is the head's office ("وزير الصحة" for "وزارة
    الصحة"); an adjective of the body may be left out where two of its nouns are said
    ("المتحدثة باسم مفوضية الأمم المتحدة لشؤون اللاجئين" for "المفوضية السامية للأمم المتحدة"; not
    "الشرطة المحلية" for "الشرطة الاتحادية", a body of one noun)."""
    for role in person.roles:
        if role.head not in _SPEAKS_FOR:
            continue
        words = body[1:] if _HEAD_OF_BODY.get(body[0]) == role.head else body
        nouns = [w for w in words if not _adjective(w)]
        if words and all(said_before(w, role.words) for w in (words if len(nouns) < 2 else nouns)):
            return True
    return False


def _head(word: str) -> str:
    """A table's head as ``role_of`` holds a role's ("والي" would lose its و as a conjunction)."""
    definite = key(word if word.startswith("ال") else "ال" + word)
    return role_anchor(_ROLE_SYNONYMS.get(definite, definite))


_SPEAKS_FOR = {_head(h) for h in SPEAKS_FOR_BODY}
_HEAD_OF_BODY = {_head(b): _head(h) for b, h in BODY_OF_HEAD.items()}


def may_be_one(a: Speaker, b: Speaker) -> bool:
    """Whether ``a`` and ``b`` can be one person: one entity; a role-only speaker and a named one
    given a role it names (its words among the role's), or called by its head and surname ("المحافظ
    الدباغ" for "محافظ البنك المركزي فؤاد الدباغ"); or two role-only speakers with one role, one
    maybe said more fully ("وزير النفط", "وزير النفط والثروة المعدنية"); a body and one who speaks
    for it (``speaks_for``), or two names of one body (``_one_body``); two named speakers of one
    given name and office whose surname is spelled two ways (``_surname_spelled_two_ways``).
    Anonymous sources ("مصدر", "مصادر") are nobody in particular."""
    if a.entity == b.entity:
        return True
    if a.body and b.body:
        short, long = sorted((a.body, b.body), key=len)
        return _one_body(short, long)
    if a.body or b.body:
        body, other = (a, b) if a.body else (b, a)
        return speaks_for(other, body.body)
    if a.role_only and b.role_only:
        # (a bare head, "السفير", may be anyone of that rank: only one role of its own words is within)
        return bool(a.roles) and bool(b.roles) and a.roles[0].head not in _ANONYMOUS and (
            a.roles == b.roles or any(_within(x, y) for x, y in ((a.roles[0], b.roles[0]), (b.roles[0], a.roles[0])) if x.anchor))
    if a.role_only or b.role_only:
        role, named = (a, b) if a.role_only else (b, a)
        return bool(role.roles) and role.roles[0].head not in _ANONYMOUS and any(
            _within(role.roles[0], r) or _head_and_surname(role.roles[0], r, named.surname) for r in named.roles)
    return _surname_spelled_two_ways(a, b)


def _surname_spelled_two_ways(a: Speaker, b: Speaker) -> bool:
    """Whether two named speakers are one person whose Arabic surname one article writes with a long
    vowel or an ال- the other leaves out ("حمدان الساعدي" / "حمدان السعدي", "نبيل الحداد" / "نبيل
    حداد"): the same given name, surnames of one consonant skeleton (``entities.sound_key``), and one
    role held in both, maybe said more fully in one (``_within``: "وزير النفط", "رئيس بلدية وادي
    الزيتون"). Entity resolution keeps such surnames apart across the store, where they are often two
    families; two reports of one story that give both one office speak of one man."""
    if not a.given or a.given != b.given or not a.surname:
        return False
    if sound_key(a.surname) != sound_key(b.surname):
        return False
    return any(x.words and y.words and (_within(x, y) or _within(y, x)) for x in a.roles for y in b.roles)


def _head_and_surname(role: Role, held: Role, surname: str) -> bool:
    """Whether ``role`` is a head and a surname ("المحافظ الدباغ": head محافظ, word دباغ) of the
    holder of ``held`` named with that surname."""
    return bool(surname) and role.words == {surname} and role.head == held.head


_ANONYMOUS = {role_anchor(h) for h in lx.ANONYMOUS_HEADS}
