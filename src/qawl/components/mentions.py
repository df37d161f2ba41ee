"""Mentions of people, roles, organizations and places, grouped into the document's entities.

Layer ``mentions``: spans labelled ``person`` (a name, without its title), ``role`` (a role phrase
such as "المتحدث باسم التحالف الدولي"), ``org`` and ``place``; ``attrs["entity"]`` names the
document entity ("E1") in ``doc.entities``. There is no statistical NER here: names are found after
titles, inside role appositions, after known given names, and (by the statements stage) as the
subjects of speech verbs; every later occurrence of a known name or surname is then a mention too.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, islice, repeat, takewhile

from qawl import lexicon as lx
from qawl.doc import Document, Span
from qawl.rules import cues
from qawl.rules.names import SOUND_CLASSES
from qawl.entities import person_tokens, same_person_tokens, same_token, skeleton, sound_key
from qawl.text.normalize import document_view, key
from qawl.text.tokens import Tokens, bare_forms, clitic_forms, clitic_forms_present, tokenize

_QUOTE_MARKS = set("«»“”\"„")
# The marks around a quoted organization name (حزب «النور», ''النور'' is one token).
_NAME_OPENERS = ("«", "\"", "“", "''")
_NAME_CLOSERS = ("»", "\"", "”", "''")
SPOKESPERSON_HEADS = {"المتحدث", "المتحدثه", "الناطق", "الناطقه", "متحدث", "متحدثه", "ناطق", "ناطقه"}


@lru_cache(maxsize=1 << 14)
def _person_key(name: str) -> tuple[str, ...]:
    """The tokens ``entities.same_person`` matches a name on, memoized per name across documents:
    every pair of a document's persons is compared, and pairs rarely recur, but names do."""
    return tuple(person_tokens(key(name)))


def is_generic_org(name: str) -> bool:
    """A bare definite head ("الوزارة", "الحكومة", "البيان") names no organization by itself."""
    return " " not in name and name.startswith("ال") and (name in lx.ORG_HEADS.by_first or name in lx.DOCUMENT_SPEAKERS)


def doc_tokens(doc: Document) -> Tokens:
    if "tokens" not in doc.cache:
        doc.cache["tokens"] = tokenize(doc.text, document_view(doc))
    return doc.cache["tokens"]


@dataclass(slots=True)
class Found:
    """A mention found in the token stream (token indexes, not offsets)."""

    kind: str              # person | role | org | place
    i: int
    j: int
    name: str              # folded name used for grouping
    role_key: str | None = None
    holder: "Found | None" = None
    anonymous: bool = False
    clitic: int = 0        # letters of a clitic glued to the first token, not part of the mention
    title: str | None = None   # a person's title ("الوزير") when it was named after one …
    title_i: int | None = None  # … and the title's first token
    pronoun: bool = False  # a role whose complement is a possessive pronoun ("مديرها", "المتحدث باسمها"):
    # its key's anchor is the organization named before (``_anchor_pronouns``)


def _is_name_token(toks: Tokens, j: int) -> bool:
    f = toks.forms[j]
    word = _NAME_WORDS.get(f, _UNKNOWN)
    if word is _UNKNOWN:
        if len(_NAME_WORDS) >= MEMO_WORDS:
            _NAME_WORDS.clear()
        word = _NAME_WORDS[f] = _name_word(f)
    if word is not None:
        return word
    return not office_at(toks, j)


def office_at(toks: Tokens, j: int) -> bool:
    """Whether a person title, a role head or an organization head (no clitic before it) opens at
    token ``j``."""
    return bool(title_length(toks, j) or lx.ROLE_HEADS.match(toks, j, clitics=False)
                or lx.ORG_HEADS.match(toks, j, clitics=False))


def title_length(toks: Tokens, j: int) -> int:
    """The tokens of the person title opening at ``j`` (0: none). A title that is also an everyday
    word (``NOUN_TITLES``: "الفريق", "المواطن", "المخرج") is one only before a given name, maybe after
    nisba adjectives ("المواطن المصري محمد …"); elsewhere it is that word, or a family name ("سامي الرائد")."""
    t, title = lx.PERSON_TITLES.find(toks, j)
    if not t or title not in lx.NOUN_TITLES:
        return t
    k = _skip_marks(toks, skip_adjectives(toks, j + t))
    return t if k < toks.n and toks.forms[k] in lx.ANY_GIVEN_NAMES else 0


def _name_word(f: str) -> bool | None:
    """Whether the word ``f`` can be part of a name, as far as the word alone tells (None: it opens
    a title, role or organization head, so that depends on the words after it)."""
    if not f[0].isalpha() or len(f) < 2 or f in lx.NOT_NAME or f in lx.SPEECH_OBJECT_NOUNS:
        return False
    if (f.endswith("ه") and f not in lx.ANY_GIVEN_NAMES and f not in lx.HEH_NAME_WORDS
            and not (len(f) >= 5 and f.endswith(lx.FOREIGN_NAME_ENDINGS))):
        return False  # feminine nouns and adjectives (منطقة، معينة) are not names ("كاوه", "موشيه", "بارنييه" are)
    bare = bare_forms(f)
    if any(b != f and b.startswith("ال") for b in bare):
        return False  # a preposition or conjunction + ال- word ("للصحفيين", "والحكومة")
    if len(f) >= 5 and f.endswith(_PRONOUN_ENDINGS) and f not in lx.GIVEN_NAMES:
        return False  # a noun with a possessive pronoun ("نتائجها", "أسمائهم", "قولها")
    if any(b != f and b in lx.NOT_NAME for b in bare):
        return False  # a clitic + a function word or another non-name ("بذلك", "فهو", "بعدم", "بوجود")
    if any(b != f and b in _ONE_WORD_HEADS for b in bare):
        return False  # a role or organization head behind a clitic: "رامي صبري بوزير الصناعة" ends at "صبري"
    if lx.HEAD_STARTS.isdisjoint(bare):
        return True
    return None


# Possessive pronouns glued to a noun ("her", "their"): a word this long ending in one is no name.
_PRONOUN_ENDINGS = ("ها", "هم", "هما", "هن")

# Role and organization heads that are whole entries by themselves ("وزير", "حزب").
_ONE_WORD_HEADS = frozenset(first for table in (lx.ROLE_HEADS, lx.ORG_HEADS)
                            for first, entries in table.by_first.items() if any(len(e) == 1 for e in entries))

# ``_name_word`` of the words seen, kept across documents (cleared past MEMO_WORDS words).
MEMO_WORDS = 100_000
_NAME_WORDS: dict[str, bool | None] = {}
_UNKNOWN = object()


def _surname_like_title(toks: Tokens, j: int, k: int) -> bool:
    """A word that is no name on its own but is a surname right after a given name when the name
    ends there: an ال- role word ("نبيل الأمين"), "علي" (folded like the preposition على), or a word
    in ة ("باسم عودة", "محمد جمعة"). A title word is a surname only right after a lone given name
    ("حمدي الوزير"); after two names it is the title of the person just named, in apposition
    ("سامي فؤاد المحافظ", "ليلى حسن الرئيس")."""
    f = toks.forms[k]
    if k > j and lx.FAMILY_PLURAL_SHAPES.fullmatch(f) is not None and _after_given_name(toks, k):
        return _ends_name(toks, k)  # "سليم عبد الهادي الرواشدة": a clan's name in ة
    if k == j or toks.forms[k - 1] not in lx.GIVEN_NAMES:
        return False
    if f in lx.TITLE_WORDS and (k - j >= 2 or (k >= 2 and toks.forms[k - 2] in lx.GIVEN_NAMES)):
        return False  # (the name may have started at the given name before j)
    ends_name = _ends_name(toks, k)
    if f == "علي" and k + 1 < toks.n and _nisba_surname(toks, k + 1):
        return True  # "محمد علي العروي": a middle name before an ال- surname in ي
    if f == "علي" or (f.endswith("ه") and f not in lx.NOT_NAME):
        return ends_name
    return f.startswith("ال") and f not in lx.NOT_NAME and ends_name


def _after_given_name(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` comes right after a given name, simple or compound ("سميح", "عبد الهادي",
    "حسام الدين"), not after a noun ("مقاتلو المعارضة" has the shape of a clan's name)."""
    before = toks.forms[k - 1]
    return before in lx.GIVEN_NAMES or before in lx.COMPOUND_NAME_PARTS or (k >= 2 and toks.forms[k - 2] == "عبد")


def _ends_name(toks: Tokens, k: int) -> bool:
    """Whether a name ends after token ``k``: punctuation, a stop, a cue verb or a complementizer
    follows, or a patronymic link ("محمد الأمين ولد سيدي": the father's name follows)."""
    nxt = toks.forms[k + 1] if k + 1 < toks.n else "."
    return (not nxt[0].isalnum() or nxt in lx.SPEAKER_STOPS or lx.is_verb_cue(nxt) or nxt in ("ان", "إن", "انه", "بان")
            or _patronymic_next(toks, k + 1))


def _initial(toks: Tokens, k: int) -> bool:
    """A one-letter token and its dot inside a name, followed by more of the name."""
    return (k < toks.n and len(toks.forms[k]) == 1 and toks.forms[k].isalpha() and k + 2 < toks.n
            and toks.forms[k + 1] == "." and _is_name_token(toks, k + 2))


def joins_second_name(form: str) -> bool:
    """A word that is و + a given name ("ومحمد", "وعبد"): it starts a second person's name ("محمد
    فلان ومحمد علان" are two people), unless the word is a given name itself ("وليد", "وائل")."""
    return form[0] == "و" and form not in lx.GIVEN_NAMES and form[1:] in lx.GIVEN_NAMES


def _given_part(toks: Tokens, j: int, m: int) -> bool:
    """Whether token ``m`` (inside the name starting at ``j``) ends a given name or a linking word,
    after which an ال- word is a surname: "أحمد", "أبو", the ال- half of "عبد الفتاح", "حسام الدين"."""
    f = toks.forms[m]
    return (f in lx.GIVEN_NAMES or f in ("عبد", "ابو") or f in lx.PATRONYMIC_LINKS or f in lx.COMPOUND_NAME_PARTS
            or (m > j and f.startswith("ال") and toks.forms[m - 1] == "عبد"))


def _second_al_part(toks: Tokens, k: int) -> bool:
    """Whether token ``k``, right after a given name's ال- surname, is one more part of the name: a
    given name with ال- ("الحسن", "المهدي" in "عثمان الطيب الحسن"), not a title ("الأمين العام")."""
    f = toks.forms[k]
    return (f.startswith("ال") and f[2:] in lx.GIVEN_NAMES and "\n" not in toks.view.text[toks.ends[k - 1] : toks.starts[k]]
            and not title_length(toks, k) and not lx.ROLE_HEADS.match(toks, k))


def _surname_after_definite_given(toks: Tokens, k: int) -> bool:
    """Whether token ``k``, right after a given name written with ال- (``names.DEFINITE_GIVEN_NAMES``)
    that followed a given name, is the surname on the same line: "محمد [الطاهر] بوشلاغم"."""
    return (k < toks.n and toks.forms[k - 1] in lx.DEFINITE_GIVEN_NAMES and not toks.forms[k].startswith("ال")
            and _is_name_token(toks, k) and toks.forms[k] not in lx.GIVEN_NAMES
            and "\n" not in toks.view.text[toks.ends[k - 1] : toks.starts[k]])


def _spelled_ala(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` is written "على" (alif maqsura) in the original text."""
    original = toks.view.original
    if not original:
        return True
    start, end = toks.orig(k, k + 1)
    return original[start:end].endswith("ى")


def complementizer_at(toks: Tokens, k: int, *, clitics: bool = False) -> int:
    """Number of tokens of the complementizer at token ``k`` (``cues.COMPLEMENTIZERS``; 0 when none).
    The negation ألا counts when written with its hamza, or bare before a present verb ("توقعوا الا
    يصل"): folded, it is إلا (except), which opens no reported clause ("…، إلا أن الحكومة …", "ولم
    يسمح إلا بعد …")."""
    n = lx.COMPLEMENTIZERS.match(toks, k, clitics=clitics)
    last = k + n - 1
    if n and toks.forms[last].endswith(lx.NEGATED_COMPLEMENTIZER) and toks.view.original:
        start, end = toks.orig(last, last + 1)
        hamza = toks.view.original[start:end].endswith(cues.NEGATED_COMPLEMENTIZER)
        bare = "إ" not in toks.view.original[start:end] and last + 1 < toks.n and _present_verb(toks.forms[last + 1])
        if not (hamza or bare):
            return 0
    return n


def name_run(toks: Tokens, j: int, limit: int = 4, before: int = 0) -> int:
    """End index of the personal name starting at token ``j`` (``j`` when there is none);
    ``before``: words of the name already read before ``j`` (its given name). A verbal noun opens no
    name: after a title or a role it is the verb's object ("وأعلن الوزير تشكيل لجنة")."""
    if not before and j < toks.n and (verbal_noun_at(toks, j) or definite_verbal_noun(toks.forms[j])
                                      or time_phrase_at(toks, j) or _present_verb(toks.forms[j])):
        return j  # (also one with ال-: "وأكد الوزير الاستمرار في …"; "وزير الإسكان يطلق …")
    if not before and j >= 2 and _hyphen_inside_name(toks, j - 1):
        return j  # "يورغن" of "هانس-يورغن": the second half of a name word opens no name
    if before and j + 1 < toks.n and verbal_noun_at(toks, j) and toks.forms[j + 1].startswith("ال"):
        return j  # "وتوقع منصور تراجع العجز": a verbal noun in construct is the verb's object
    compounds = 0
    k = j
    # (the second half of a compound given name is no word more: "حسام الدين عبد الحميد الشناوي" has
    # four; later compounds count, or a run would reach past "محمود عبد الله عاكف" into "يكتب")
    while k < toks.n and k - j < limit + compounds:
        if k > j and _initial(toks, k):
            k += 2  # a middle initial: "مايلز ب. كيغينز"
            continue
        if k > j and toks.forms[k] in lx.COMPOUND_NAME_PARTS:
            compounds += k == j + 1
            k += 1  # "عبد الله", "حسام الدين": the ال- part continues the name
            continue
        if k > j and joins_second_name(toks.forms[k]):
            break  # "محمد فلان ومحمد علان": a second person
        if k > j and _hyphen_inside_name(toks, k):
            compounds += 1
            k += 2  # "هانس-يورغن كلايبر": one name word written with a hyphen, whose mark is no word
            continue
        if k > j and _particle_inside_name(toks, k):
            compounds += 1
            k += 1  # "جان إيف لو دريان": the French article of the surname, no word more
            continue
        if k > j and _family_of(toks, k):
            k += 2  # "آل ثاني": the family name, whatever word it is, ends the name
            break
        if (k - j + before >= 2 and toks.forms[k] == "علي" and k + 1 < toks.n
                and toks.forms[k + 1] in lx.ONE_WORD_COMPLEMENTIZERS and _spelled_ala(toks, k)):
            # "وشددت بن عمار على أن …": after a whole name, the preposition of شدد على (spelled with ى);
            # "العقيد أحمد محمد علي أن" and, after a given name alone, "وقال محمد على إن" are the name علي
            break
        if (k > j or before) and (n := lx.TITLE_WORD_SURNAMES.match(toks, k, clitics=False)):
            k += n  # "الباجي [قائد السبسي]": a surname that opens with a title, whole
            break
        if not (_is_name_token(toks, k) or _surname_like_title(toks, j, k) or _part_before_patronymic(toks, j, k, before)
                or _foreign_surname_like_clitic(toks, k)
                or (k > j and _family_name_in_a(toks, k)) or _nationality_surname(toks, j, k, before)) \
                or with_tanween(toks, k):
            break
        if k - j + before >= 2 and (_indefinite_object(toks, k) or listed_verbal_noun_at(toks, k)
                                    or (toks.forms[k][0] == "ب" and _verbal_noun(toks.forms[k]))
                                    or toks.forms[k] in lx.TEAM_NOUNS):
            # the verb's object after a whole name: "أعلن … ماركوس ليندغرين فتح 3 ممرات", "وطالب
            # المحامي سيد أحمد بإنذار …", "قاد المدرب لوران ديبوا فريق الشروق …"
            break
        if k > j and "\n" in toks.view.text[toks.ends[k - 1] : toks.starts[k]]:
            break  # a name never runs across a line break
        if k > j and toks.forms[k] in lx.COUNTRY_WORDS:
            return j  # a country is no word of a person's name, nor what comes before it: "عرضت روسيا"
        f = toks.forms[k]
        if f.startswith("ال") and k > j:
            if toks.forms[k - 1] == "عبد":
                compounds += k == j + 1
                k += 1  # "عبد الفتاح": the second half of a compound given name, a surname follows
                continue
            if not _given_part(toks, j, k - 1) and k - j >= 2:
                break
            k += 1
            if k < toks.n and _second_al_part(toks, k):
                k += 1  # "عثمان الطيب الحسن": a given name with ال- as the third part
            elif (k + 1 < toks.n and toks.forms[k + 1] in ("،", ",") and toks.forms[j] in lx.GIVEN_NAMES
                  and _nisba_surname(toks, k)):
                k += 1  # "المهندس طارق المبروك الزوي، …": a family name in ي, the apposition closing after it
            if k - j < limit + compounds and _patronymic_next(toks, k):
                continue  # "محمد الأمين ولد سيدي": the father's name goes on after the ال- part
            if k - j < limit + compounds and _surname_after_definite_given(toks, k):
                continue  # "محمد الطاهر بوشلاغم": the ال- part was a second given name
            break  # an ال- surname ends the name ("أحمد البرعي")
        if (f.startswith("ال") and k == j and k + 1 < toks.n and _is_name_token(toks, k + 1)
                and not (before and _patronymic_next(toks, k + 1))
                and not (before and _surname_after_definite_given(toks, k + 1))):
            break  # a name does not start with ال- (it is an adjective or a noun phrase; "محمد [الطاهر]
            # بوشلاغم" goes on after its given name)
        k += 1
    while k > j and (toks.forms[k - 1] in ("عبد", "ابو") or toks.forms[k - 1] in lx.PATRONYMIC_LINKS):
        k -= 1  # "عبد", "أبو", "بن" never end a name: the rest of it was not found
    return k


def _hyphen_inside_name(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` is a hyphen glued to the name word before it and to a name word after it
    ("جان-إيف", "هانس-يورغن"): not a dash between a name and a role ("مرسي-رئيس الجمهورية"), whose
    role head is no name word, nor a dash with spaces."""
    return (toks.forms[k] in lx.NAME_HYPHENS and k + 1 < toks.n and toks.ends[k - 1] == toks.starts[k]
            and toks.ends[k] == toks.starts[k + 1] and toks.forms[k + 1].isalpha() and _is_name_token(toks, k + 1))


def _family_of(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` is "آل" (``names.FAMILY_OF``) before a word on the same line."""
    return (toks.forms[k] == lx.FAMILY_OF and k + 1 < toks.n and toks.forms[k + 1].isalpha()
            and "\n" not in toks.view.text[toks.ends[k] : toks.starts[k + 1]])


def _particle_inside_name(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` is a particle of a foreign name (``names.NAME_PARTICLES``) between a word
    that is no native given name and a name word on the same line: "إيف لو دريان", "فون دير لاين"
    (not "محمود لو استطاع")."""
    return (toks.forms[k] in lx.NAME_PARTICLES and k + 1 < toks.n and toks.forms[k - 1] not in lx.GIVEN_NAMES
            and toks.forms[k + 1].isalpha() and _is_name_token(toks, k + 1)
            and "\n" not in toks.view.text[toks.ends[k - 1] : toks.starts[k + 1]])


def _foreign_surname_like_clitic(toks: Tokens, k: int) -> bool:
    """Whether token ``k``, right after a foreign given name, is its surname though it reads as ف, ب
    or ك and an ال- word, which ``_name_word`` takes for a preposition before a noun: "مانويل فالس",
    "ماريو بالوتيلي", "رودريغو فالينتي" (not after "جان", which "لجان والحكم" holds)."""
    f = toks.forms[k]
    return (k > 0 and toks.forms[k - 1] in lx.FOREIGN_GIVEN_NAMES and len(f) >= 4 and f[0] in "فبك"
            and f[1:3] == "ال" and "\n" not in toks.view.text[toks.ends[k - 1] : toks.starts[k]])


def _nationality_surname(toks: Tokens, j: int, k: int, before: int) -> bool:
    """Whether token ``k`` is a nationality adjective that is the family name of the given name
    right before it ("وقال خالد المصري إن …"; ``names.NATIONALITY_SURNAMES``)."""
    return (toks.forms[k] in lx.NATIONALITY_SURNAMES and k >= 1 and toks.forms[k - 1] in lx.GIVEN_NAMES
            and (k == j + 1 or (k == j and before == 1))
            and "\n" not in toks.view.text[toks.ends[k - 1] : toks.starts[k]])


def _part_before_patronymic(toks: Tokens, j: int, k: int, before: int) -> bool:
    """Whether the ال- word at ``k``, right after a given name read before ``j``, is a part of the
    name because a patronymic link follows it ("محمد الأمين ولد سيدي": "الأمين" is also a role word)."""
    return k == j and before > 0 and toks.forms[k].startswith("ال") and _patronymic_next(toks, k + 1)


def _patronymic_next(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` links the name before it to a father's or family name on the same line
    (``names.PATRONYMIC_LINKS`` and a name word after it)."""
    return (0 < k < toks.n - 1 and toks.forms[k] in lx.PATRONYMIC_LINKS
            and (_is_name_token(toks, k + 1) or _family_name_in_a(toks, k + 1))
            and "\n" not in toks.view.text[toks.ends[k - 1] : toks.starts[k + 1]])


def _family_name_in_a(toks: Tokens, k: int) -> bool:
    """Whether token ``k``, right after a patronymic link, is a family name in ة, which ``_name_word``
    takes for a feminine noun elsewhere: "شكري بن حميدة", "محمد بن عطية"."""
    f = toks.forms[k]
    return (toks.forms[k - 1] in lx.PATRONYMIC_LINKS and f.endswith("ه") and len(f) >= 4 and f.isalpha()
            and not f.startswith("ال") and f not in lx.NOT_NAME)


def time_phrase_at(toks: Tokens, j: int) -> bool:
    """Whether "مطلع" (the start of) at ``j`` opens a time phrase, a time noun or a month after it
    ("مطلع الموسم", "مطلع آذار"): no name, whatever the verb before it."""
    return toks.forms[j] == lx.TIME_PHRASE_HEAD and j + 1 < toks.n and toks.forms[j + 1] in lx.TIME_PHRASE_NOUNS


def with_tanween(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` is written with the accusative tanween ("سابقاً", "ساخرًا", "مؤتمراً"): an
    adverb or an indefinite noun, never a word of a name."""
    start, end = toks.orig(k, k + 1)
    original = toks.view.original
    return bool(original) and "\u064b" in original[start:end]


def _indefinite_object(toks: Tokens, k: int) -> bool:
    """Whether token ``k``, after a whole name, is an indefinite object in the accusative: written
    with its tanween ("مؤتمراً"), or in ا with an adjective in ا after it ("عقد … بسام عيتاني
    مؤتمرا صحافيا"). A name's words are no nouns in the accusative."""
    f = toks.forms[k]
    if not f.endswith("ا") or len(f) < 4:
        return False
    if with_tanween(toks, k):
        return True
    nxt = toks.forms[k + 1] if k + 1 < toks.n else ""
    return len(nxt) >= 4 and nxt.endswith("ا")


def skip_adjectives(toks: Tokens, j: int) -> int:
    """Skip nisba adjectives after a title ("الرئيس الأمريكي …", "الوزير المصري …")."""
    for _ in range(2):
        f = toks.forms[j] if j < toks.n else ""
        if _nisba(f) and not definite_verbal_noun(f):  # (not "الوزير [المضي] قدما في …")
            j += 1
    return j


def _skip_marks(toks: Tokens, j: int) -> int:
    while j < toks.n and toks.forms[j] in _QUOTE_MARKS:
        j += 1
    return j


def title_name(toks: Tokens, i: int) -> Found | None:
    t, title = lx.PERSON_TITLES.find(toks, i)
    if not t:
        return None
    j = _skip_marks(toks, skip_adjectives(toks, i + t))
    if title in lx.NOUN_TITLES and not (j < toks.n and toks.forms[j] in lx.ANY_GIVEN_NAMES):
        return None  # "وقال إن الفريق قادر على المنافسة": the team
    if j < toks.n and plural_in_construct(toks, j):
        return None  # "وطمأن الوزير نقابات العاملين بأن …": whom he reassured
    if j < toks.n and toks.forms[j] in lx.RESIDENTS:
        return None  # "ودعا المحافظ أهالي القرى إلى …": whom he called on (``words.RESIDENTS``)
    if team_at(toks, j):
        # "المدرب البلجيكي [لفريق] شباب الساحل، فلان": the team he coaches; his name may follow it
        # with no comma ("المدرب الإيطالي لنادي الساحل ماركو فيلاردي")
        j = _holder_after_team(toks, j)
        if j is None:
            return None
    if object_after_subject(toks, i, j):
        return None  # "ووصف المبعوث الأممي نتائج الجولة بأنها …": the verb's object
    k = name_run(toks, j)
    if k == j:
        return None
    # A lone ال- word after a title is a role or adjective, not a name ("الرئيس التنفيذي").
    if k - j == 1 and toks.forms[j].startswith("ال"):
        return None
    if title in lx.OFFICE_TITLES and _purpose_after_title(toks, j):
        return None
    return Found("person", j, k, " ".join(toks.forms[j:k]), title=" ".join(toks.forms[i : i + t]), title_i=i)


def _holder_after_team(toks: Tokens, j: int) -> int | None:
    """Where the name of the one who coaches or plays for the team at ``j`` (``team_at``) starts, right
    after the team's name: a known given name within ``TEAM_NAME_REACH`` words, no punctuation
    before it, opening a name of two words at least; None otherwise."""
    for k in range(j + 1, min(toks.n, j + 1 + TEAM_NAME_REACH)):
        if not toks.is_word(k):
            return None
        if toks.forms[k] in lx.ANY_GIVEN_NAMES and name_run(toks, k) >= k + 2:
            return k
    return None


# Words a team's name may take after "لنادي"/"لفريق" before its coach's name ("لفريق شباب الساحل").
TEAM_NAME_REACH = 4


def _purpose_after_title(toks: Tokens, j: int) -> bool:
    """Whether the first word read as a name after a title is a noun with the ل of "for" glued, in
    construct with the ال- word after it: what the role is for ("المبعوث الأميركي [لأمن] الملاحة",
    "المنسق الأممي [لشؤون] اللاجئين"), not a name (a given name with ل, "لطفي", "ليلى", stays one)."""
    f = toks.forms[j]
    return (f.startswith("ل") and f not in lx.ANY_GIVEN_NAMES
            and j + 1 < toks.n and toks.forms[j + 1].startswith("ال"))


def team_at(toks: Tokens, j: int) -> bool:
    """Whether token ``j`` is a team with the ل or ب of "of" glued (``words.TEAM_NOUNS``: "لفريق"),
    after a title: whom its bearer coaches or plays for, not his name."""
    return j < toks.n and toks.forms[j][0] in "لب" and toks.forms[j][1:] in lx.TEAM_NOUNS


def listed_verbal_noun_at(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` is one of the verbal nouns listed by name (``words.PLAIN_VERBAL_NOUNS``,
    ``words.NAME_OPENING_VERBAL_NOUNS`` before no ال- word, ``words.SURNAME_VERBAL_NOUNS`` before
    one): sure enough to be a dropped subject's verb's object ("وأعلن إزالة …"), where a word of a
    verbal noun's shape may be the subject ("وأكد تقرير اللجنة", "وأعلن تحالف …")."""
    f = toks.forms[k]
    if f in lx.NAME_OPENING_VERBAL_NOUNS:
        return not (k + 1 < toks.n and toks.forms[k + 1].startswith("ال"))
    if f in lx.SURNAME_VERBAL_NOUNS:
        return k + 1 < toks.n and toks.forms[k + 1].startswith("ال")
    return f in lx.PLAIN_VERBAL_NOUNS or f in lx.WAW_VERBAL_NOUNS


def verbal_noun_at(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` is a verbal noun (``_verbal_noun``), or one that also opens names (فتح)
    with no ال- word after it, or is also a surname (عودة) with one."""
    f = toks.forms[k]
    if f in lx.NAME_OPENING_VERBAL_NOUNS or f in lx.SURNAME_VERBAL_NOUNS:
        return listed_verbal_noun_at(toks, k)
    return _verbal_noun(f)


def ba_verbal_noun(word: str) -> bool:
    """Whether a word with ب glued is a verbal noun, also a definite one ("بتوزيع", "بالإفراج")."""
    rest = word[1:].lstrip("ـ")
    return _verbal_noun(rest) or (rest.startswith("ال") and len(rest) > 4 and _verbal_noun(rest[2:]))


@lru_cache(maxsize=1 << 14)  # (asked at the start of every name run)
def _verbal_noun(word: str) -> bool:
    """Whether a word that would open a name is a verbal noun instead (``lexicon.VERBAL_NOUN_SHAPES``),
    also with the ب of the verb before glued on ("وطالبت الوزيرة بتحسين الخدمات")."""
    if word in lx.ANY_GIVEN_NAMES or word in lx.VERBAL_NOUN_SHAPED_NAMES \
            or word in lx.VERBAL_NOUN_SHAPED_PREPOSITIONS:
        return False
    if word in lx.PLAIN_VERBAL_NOUNS or lx.VERBAL_NOUN_SHAPES.fullmatch(word) is not None:
        return True
    if word[-1] == "ا" and word[:-1] in lx.PLAIN_VERBAL_NOUNS:
        return True  # a listed one in the accusative, its tanween unwritten: "وأعلن عفوا رئاسيا عن …"
    return word[0] == "ب" and len(word) > 3 and _ba_verbal_noun(word[1:])


# ``_verbal_noun`` for the statement finder: whether a folded word is a verbal noun by shape or listing.
verbal_noun_word = _verbal_noun


def _present_verb(word: str) -> bool:
    """Whether a word is a present verb: of its shape (``words.PRESENT_VERB_SHAPES``: "يطلق") and no
    given name, or a listed one with a weak root letter ("يعد")."""
    if word in lx.WEAK_PRESENT_VERBS:
        return True
    return lx.PRESENT_VERB_SHAPES.fullmatch(word) is not None and word not in lx.VERB_SHAPED_NAMES \
        and word not in lx.ANY_GIVEN_NAMES


def _present_prefixed(word: str) -> bool:
    """Whether a word of four letters or more opens with a present verb's prefix (ت، ي) and a
    consonant, and is no given name: after a body's one-word name, the verb it heads ("حكومة مرسي
    تستخدم …"; not the foreign name's word with a long vowel, "صحيفة نيويورك تايمز", "ذا تيلغراف")."""
    return len(word) >= 4 and word[0] in "تي" and word[1] not in "اي" and word not in lx.ANY_GIVEN_NAMES


def definite_verbal_noun(word: str) -> bool:
    """Whether a word is a verbal noun with ال- ("الاستمرار", "الإفراج"), no nisba adjective
    ("الانتقالي") unless listed."""
    if not word.startswith("ال") or len(word) < 5:
        return False
    return word[2:] in lx.PLAIN_VERBAL_NOUNS or (not _nisba(word) and _verbal_noun(word[2:]))  # ("المضي")


def _ba_verbal_noun(rest: str) -> bool:
    """``_verbal_noun`` of a word after its glued ب, which also takes the listed verbal nouns that
    begin with و or open names ("وطالب النائب فلان بوضع جدول زمني", "… بفتح تحقيق"): with the ب
    before it, neither is a conjunction nor a name."""
    return rest in lx.WAW_VERBAL_NOUNS or rest in lx.NAME_OPENING_VERBAL_NOUNS or _verbal_noun(rest)


# The words at which a known organization, a place or an organization head can start (one set test
# spares three table lookups for the other words of a complement).
_NAMED_STARTS = lx.KNOWN_ORGS.starts | lx.PLACES.starts | lx.ORG_HEADS.starts


def _complement(toks: Tokens, j: int, limit: int = 8, *, purpose_phrases: bool = True, outlet_staff: bool = False) -> int:
    """End of a role's or organization's complement ("باسم التحالف الدولي لمحاربة داعش").
    ``purpose_phrases`` admits لـ-phrases ("لمحاربة داعش"), which roles have and organizations rarely;
    ``outlet_staff``: the role is held at an outlet ("مراسل لقناة …"), so an outlet after ل is its body."""
    start = j
    forms = toks.forms
    admits = _C_ADMITS_PURPOSE if purpose_phrases else _C_ADMITS
    while j < toks.n and j - start < limit:
        f = forms[j]
        if f[0] == "ل" and spoken_to(toks, j, outlet_staff):
            break  # "وقال الوزير [للصحفيين] إن …", "المتحدث باسم الجيش [لوكالة] فرانس برس"
        code = _COMPLEMENT_WORDS.get(f)
        if code is None:
            code = _complement_code(f)
        if code & _C_PRONOUN_LINK:
            return j + 1  # "باسمها": the pronoun is the whole complement
        if j > start and f in _NAME_OPENERS and lx.ORG_HEADS.match(toks, j - 1) and (end := _quoted_name_end(toks, j)) \
                and (_holder_follows(toks, end) or (end + 1 < toks.n and forms[end] in ("،", ",")
                                                    and _holder_follows(toks, end + 1))):
            # "الرئيس التنفيذي لشركة «طيران الندى» فلان", "…لشركة «فيرنر داتا»، الألماني فلان، …": the
            # company's name in quotation marks
            j = end
            continue
        if code & _C_WAW and j > start and _joined_complement(toks, j):
            # one role or body over two fields ("وزير الاقتصاد والتخطيط", "حزب الحرية والعدالة"); the
            # field and its adjectives end it ("والثروة المعدنية", "والشؤون الاجتماعية"); after it come
            # appositions ("حزب البناء والتنمية الذراع السياسية لـ…"), or a field more ("وزير الفلاحة
            # والصيد البحري والتنمية القروية")
            while True:
                j += 1
                while j < toks.n and j - start < limit and _nisba(forms[j]):
                    j += 1
                if not (j < toks.n and j - start < limit and forms[j].startswith("و") and _joined_complement(toks, j)):
                    break
            if j + 1 < toks.n and forms[j] in lx.CHARGE_PARTICIPLES and forms[j + 1].startswith("ب"):
                # "… والمالية [المكلف بالميزانية]", "… والسكان [المكلف بملف السكان]": the charge is the role's
                j += 2
                construct = not _definite(forms[j - 1]) and j < toks.n and forms[j].startswith("ال")
                return j + 1 if construct else j
            return j
        if code & _C_WAW_LONG and j > start:
            end = _joined_construct(toks, j)
            if end is not None and end - start <= limit:
                return end
            break  # coordination: "قوات التحالف وقوات سوريا…" are two names
        if code & _C_NAMED and code & _C_TITLE and _title_before_name(toks, j):
            break  # "محافظة البصرة اللواء ماجد الحسني": a rank (اللواء, also a brigade) and its bearer
        if code & _C_NAMED:
            if j > start and f.startswith("ال") and _definite(forms[j - 1]) and not _nisba(f) \
                    and lx.ORG_HEADS.match(toks, j, clitics=False):
                break  # "وطالبت وزيرة المالية [الحكومة] بصرف …": a body after a definite word is the object
            n = lx.KNOWN_ORGS.match(toks, j) or lx.PLACES.match(toks, j)
            if n:
                j += n
                continue
            n = lx.ORG_HEADS.match(toks, j, clitics=False)
            if n and j > 0 and not f.startswith("ال") and _definite(forms[j - 1]):
                # a construct ends at its definite word: "وحمل رئيس البلدية [شركة المياه] …", the object;
                # a definite head takes none: "وفككت الشرطة [خلية] نائمة"
                break
            if n:
                # (a definite head is in construct with nothing: "وزير الداخلية بسرعة التدخل"; an
                # indefinite one may take a quoted name: "الرئيس التنفيذي لشركة «طيران الندى» فلان")
                j = j + n if f.startswith("ال") else (_quoted_name_end(toks, j + n) or _construct_noun(toks, j + n))
                continue
        if code & _C_LINK and j + 1 < toks.n and toks.is_word(j + 1):
            j += 1
            # After "باسم"/"لدى" comes a name, maybe an indefinite construct ("باسم قوة المهام"), unless
            # another link ("الإعلامي باسم").
            if f not in ("الرسمي", "الرسميه", "العام", "العامه") and j < toks.n and toks.is_word(j) \
                    and toks.forms[j] not in lx.ROLE_LINKS:
                h = lx.ORG_HEADS.match(toks, j) or lx.KNOWN_ORGS.match(toks, j) or lx.PLACES.match(toks, j)
                if h:
                    j += h
                elif forms[j] not in lx.NOT_NAME:
                    j += 1
                if not forms[j - 1].startswith("ال"):
                    j = _construct_noun(toks, j)  # "باسم غرفة عمليات المنطقة الجنوبية"
            continue
        if code & _C_STOP or (code & _C_TITLE and title_length(toks, j) and not (j == start and f[2:] in lx.TEAM_NOUNS)):
            break  # a title opens the holder's name (right after the head, "الفريق" is the team: "قائد الفريق فلان")
        if code & _C_WAW and j > start:
            break  # coordination: "قوات التحالف وقوات سوريا…" are two names
        if code & admits:
            if (f in lx.PEOPLE_ADDRESSED or (f[:1] == "ب" and f[1:] in lx.PEOPLE_ADDRESSED)) and forms[j - 1].startswith("ال"):
                # the verb's object, after a definite word: "وأبلغ وزير المالية [الصحفيين] أن …", "وأشاد
                # رئيس البلدية [بالمتطوعين] الذين …"
                break
            if f in lx.DENIED_REPORTS and forms[j - 1].startswith("ال"):
                break  # "ونفى الناطق [الأنباء] عن …" (but "وكالة الأنباء", "صحيفة الأخبار")
            if _addressee_before_colon(toks, j):
                break  # "رئيس الشعلة [للاعبين]: …": whom a headline's speaker spoke to
            j += 1
            if f.startswith("ل") and not _definite(f):
                j = _construct_noun(toks, j)  # "الهيئة العامة لتنظيم [قطاع] الاتصالات": the purpose's object
            continue
        break
    return j


def spoken_to(toks: Tokens, j: int, outlet_staff: bool = False) -> bool:
    """Whether the word at ``j``, right after a speaker's role, is whom he spoke to behind ل
    (``words.SPOKEN_TO_AUDIENCES``, ``words.SPOKEN_TO_OUTLETS``): no part of the role."""
    f = toks.forms[j]
    if f in lx.SPOKEN_TO_AUDIENCES:
        return True
    return (f in lx.SPOKEN_TO_OUTLETS and not outlet_staff and j > 0 and toks.forms[j - 1] not in lx.OUTLET_STAFF_ADJECTIVES
            and not (j + 1 < toks.n and toks.forms[j + 1] in lx.NOT_OUTLET_NAMES))


def _held_at_outlet(head: str) -> bool:
    """Whether a role head is one held at an outlet ("مراسل", "المدير"; ``words.OUTLET_STAFF_HEADS``),
    whose لـ-phrase of an outlet is where it is held, not whom its holder spoke to."""
    return head.split()[0].removeprefix("ال") in lx.OUTLET_STAFF_HEADS


def _addressee_before_colon(toks: Tokens, j: int) -> bool:
    """Whether the word at ``j``, right before a colon, is whom a speaker addresses
    (:func:`addressed_people`): no part of the role."""
    return j + 1 < toks.n and toks.forms[j + 1] == ":" and addressed_people(toks.forms[j])


def addressed_people(form: str) -> bool:
    """Whether a folded word is a people in the plural with لـ, whom a headline's speaker addresses
    before the colon ("السيسي للمصريين: …", "رئيس الشعلة للاعبين: …")."""
    return form.startswith("لل") and form.endswith(("ين", "ون")) and len(form) >= 6


def _clitic_object(toks: Tokens, j: int) -> bool:
    """A clitic on a word that is no name nor organization: the verb's object after an anonymous
    source ("مصادر رسمية بوزارة الصحة [بوجود] نقص"), not more of the source ("بوزارة الصحة")."""
    f = toks.forms[j]
    return any(b != f and b in lx.NOT_NAME for b in bare_forms(f)) and not lx.ORG_HEADS.match(toks, j)


def _ba_verbal_object(toks: Tokens, j: int) -> bool:
    """A verbal noun with ب glued, no organization's head: the verb's object after an anonymous
    source ("وأفادت مصادر عسكرية [بإصابة] خمسة جنود"), not the body it works at ("مصدر باتحاد الكرة")."""
    f = toks.forms[j]
    return f[0] == "ب" and ba_verbal_noun(f) and not lx.ORG_HEADS.match(toks, j)


def _title_before_name(toks: Tokens, j: int) -> bool:
    """Whether a person title at ``j`` is followed by a given name."""
    t = title_length(toks, j)
    return t > 0 and j + t < toks.n and toks.forms[j + t] in lx.GIVEN_NAMES


# What ``_complement`` asks of a word that the word alone answers, as bits, memoized per word across
# documents: the set tests and bare forms of a word cost more than one dict lookup, and complements
# are mostly made of the same few thousand words. Cleared past COMPLEMENT_MEMO_WORDS words (about
# 1 MB; a worker sees some 20,000 distinct complement words in 25,000 articles, most of them once).
COMPLEMENT_MEMO_WORDS = 8192
_C_WAW, _C_WAW_LONG, _C_NAMED, _C_LINK, _C_STOP, _C_TITLE, _C_ADMITS, _C_ADMITS_PURPOSE, _C_PRONOUN_LINK = (
    1 << b for b in range(9))
_COMPLEMENT_WORDS: dict[str, int] = {}


def _joined_complement(toks: Tokens, j: int) -> bool:
    """Whether the و-word at ``j`` adds a second field to a definite complement ("الاقتصاد
    والتخطيط", "للكهرباء والمياه"): و + ال- right after a definite word, not a title, role or
    organization of its own."""
    f, before = toks.forms[j], toks.forms[j - 1]
    return (f.startswith("وال") and (len(f) > 5 or _short_field(f)) and _definite(before)
            and not (title_length(toks, j) or lx.ROLE_HEADS.match(toks, j) or lx.ORG_HEADS.match(toks, j)))


def _joined_construct(toks: Tokens, j: int) -> int | None:
    """End of a second field of two words, و + an indefinite noun + an ال- word, after a definite
    complement word, when the holder's name comes right after it (past nisbas): "وزير الطرق وبناء
    المدن الإيراني، فرهاد نيكبور", "وزير الاتصالات وتكنولوجيا المعلومات عمرو …". None otherwise:
    without the name after it, و + a noun there is mostly the verb's object ("أكد وزير الخارجية وقوف
    الحكومة إلى جانب …", whose و is the noun's own letter)."""
    forms = toks.forms
    f = forms[j]
    if (f.startswith("وال") or len(f) < 4 or not _definite(forms[j - 1]) or j + 2 >= toks.n
            or not forms[j + 1].startswith("ال") or title_length(toks, j) or lx.ROLE_HEADS.match(toks, j)
            or lx.ORG_HEADS.match(toks, j)):
        return None
    k = j + 2
    while k < toks.n and _nisba(forms[k]):
        k += 1
    if k < toks.n and (forms[k] in ("،", ",") or title_length(toks, k) or forms[k] in lx.GIVEN_NAMES):
        return k
    return None


def _short_field(f: str) -> bool:
    """Whether a five-letter و + ال- word is a field of two letters ("وزير المياه والري", "الصيدلة
    والطب"), not a relative pronoun ("والذي", "والتي") nor والد (father)."""
    return len(f) == 5 and f[1:] not in lx.FUNCTION_WORDS and not f.startswith("والد")


def _complement_code(f: str) -> int:
    """``_complement``'s bits of the word ``f``, memoized: ``_C_STOP`` ends the complement (no word,
    a verb or participle form, a one-word cue phrase, a speaker stop or function word), ``_C_TITLE`` may open a person
    title, ``_C_PRONOUN_LINK`` ends it after the word ("باسمها"), ``_C_ADMITS``/``_C_ADMITS_PURPOSE``
    continue it (a clitic + ال- word; also an لـ-phrase with purpose phrases; a بال/وال/فال word
    only with them)."""
    bare = bare_forms(f)
    has_al = any(b.startswith("ال") for b in bare)
    code = ((f.startswith("و") and _C_WAW) | (f.startswith("و") and len(f) > 3 and _C_WAW_LONG)
            | (f in _NAMED_STARTS and _C_NAMED) | (f in lx.ROLE_LINKS and _C_LINK)
            | (f in lx.PRONOUN_ROLE_LINKS and _C_PRONOUN_LINK)
            | ((not f[0].isalnum() or f in lx.VERB_FORMS or f in lx.PARTICIPLE_FORMS or f in lx.ONE_WORD_CUE_PHRASES
                or f in lx.SPEAKER_STOPS or f in lx.FUNCTION_WORDS or f in lx.SPEECH_MANNERS
                or f in lx.NAME_STARTERS) and _C_STOP)  # (a given name: "وزير الداخلية لطفي بن جدو")
            | (f in lx.PERSON_TITLES.starts and _C_TITLE)
            | (has_al and not f.startswith(("بال", "وال", "فال")) and _C_ADMITS)
            | ((has_al or (f.startswith("ل") and len(f) > 3)) and _C_ADMITS_PURPOSE))
    if len(_COMPLEMENT_WORDS) >= COMPLEMENT_MEMO_WORDS:
        _COMPLEMENT_WORDS.clear()
    _COMPLEMENT_WORDS[f] = code
    return code


def role_anchor(word: str) -> str:
    """The first word of a role's complement as its key holds it, without ال- or a glued preposition:
    "الوزارة", "بالوزارة", "لوزارة" and "وزارة" are all وزاره. Its و is never taken for a conjunction
    (``bare_forms`` would make وزارة into زاره): no conjunction opens a role's complement."""
    definite = [b for b in bare_forms(word) if b.startswith("ال")]
    if definite:
        return definite[-1].removeprefix("ال")
    if word in lx.ORG_HEADS.by_first:
        return word  # its ل or ب is its own: "لجنة", "بلدية", "لواء"
    return word[1:] if word[0] in "لب" and len(word) > 3 else word


def role_phrase(toks: Tokens, i: int) -> Found | None:
    h, head = lx.ROLE_HEADS.find(toks, i)
    if not h:
        return None
    j = i + h
    holder = None
    if head in lx.HEADS_OF_A_TITLE and j < toks.n and toks.forms[j].startswith("ال") and not _title_before_name(toks, j):
        # "نائب الوزير", "مستشار الرئيس": of the title's bearer; a name after the title and its
        # adjectives, opening with a known given name, holds the whole role ("نائب الرئيس الفنزويلي
        # نيكولاس مادورو"; "ودعا مستشار الرئيس نخب مصر العلمية …" names nobody)
        bearer = title_name(toks, j)
        if bearer is None:
            j += title_length(toks, j)
        elif toks.forms[bearer.i] in lx.ANY_GIVEN_NAMES:
            j, holder = bearer.i, Found("person", bearer.i, bearer.j, bearer.name)
        else:
            return None  # an unknown name: the title reads it, as a name after any title
    if holder is None and j == i + h and not _definite_head(head) and head not in lx.ANONYMOUS_HEADS and j < toks.n and toks.is_word(j) \
            and toks.forms[j] not in lx.NOT_NAME and not toks.forms[j].startswith("ال") \
            and not (toks.forms[j] in _NAMED_STARTS and lx.KNOWN_ORGS.match(toks, j)) \
            and not spoken_to(toks, j, _held_at_outlet(head)):
        # a construct: "رئيس قسم التسويق", "مدير إدارة المرور" (a known name is the complement); a
        # listed construct head has its own ("شيخ الأزهر فلان": ``_definite_head``)
        j += 1
        if lx.ORG_HEADS.match(toks, j - 1, clitics=False) == 1:
            j = _construct_noun(toks, j)  # "رئيس بلدية [عين] الصفصاف": the body's name, a construct of its own
        elif toks.forms[j - 1] in lx.STATE_NOUNS and j < toks.n and toks.is_word(j) and toks.forms[j] not in lx.NOT_NAME:
            j += 1  # "سفير جمهورية [نوفاريا]": the state's name, no holder's
    if holder is None and j == i + h and _after_cue_or_start(toks, i) and _surname_after_definite_head(toks, head, j):
        # "المحافظ الدباغ": the bare role, held by the surname after it
        return Found("role", i, j, head, role_key=f"{_head_class(head)}|", clitic=len(toks.forms[i]) - len(head.split()[0]),
                     holder=Found("person", j, j + 1, toks.forms[j]))
    if holder is None and head in lx.MP_HEADS and j + 1 < toks.n and toks.forms[j] == "عن":
        seat = org_name(toks, j + 1) or place_name(toks, j + 1)
        if seat is not None and not seat.clitic:
            j = seat.j  # "النائب عن كتلة الإصلاح والتنمية": the bloc he sits for
    if holder is None and not _object_after_definite_head(toks, head, j):
        j = _past_adjectives_to_object(toks, head, j, _complement(toks, j, outlet_staff=_held_at_outlet(head)))
    anonymous = head in lx.ANONYMOUS_HEADS
    if anonymous:
        # "مصدر أمني", "مسؤول ليبي رفيع المستوى": indefinite adjectives follow; a definite head takes
        # definite ones only ("المصدر الأمني"; in "واستنكر المصدر زيادة الشائعات" the noun is an object),
        # and so does a head made definite by its complement, which may still go on with و ("مصادر
        # النيران حق مشروع": the fire's sources, then the predicate; "مسئول الشرق الأوسط وأفريقيا").
        definite = head.startswith("ال")
        while j < toks.n and j - i < 5 and toks.is_word(j) and toks.forms[j] not in lx.NOT_NAME \
                and not lx.is_verb_cue(toks.forms[j]) and not _clitic_object(toks, j) and not spoken_to(toks, j) \
                and not _ba_verbal_object(toks, j) \
                and (not definite or toks.forms[j].startswith("ال")) \
                and (j == i + h or not _definite(toks.forms[j - 1]) or _goes_on_after_definite(toks, j)):
            j += 1
        j = _where_the_source_works(toks, j)
    if j == i + h and not anonymous and head not in lx.BARE_ROLE_HEADS and not _held_in_named(toks, head, j) \
            and not (_definite_head(head) and _name_next(toks, j)):
        return None  # (a definite head right before a given name is that person's role: "المكلفة بالإعلام سنية …")
    if head in lx.BODY_ROLE_HEADS and all(f.endswith(("ي", "يه")) for f in toks.forms[i + h : j]):
        return None  # "من بينهم مدرب محلي": a local coach, no role of anyone
    pronoun = j > i + h and toks.forms[j - 1] in lx.PRONOUN_ROLE_LINKS  # "المتحدث الرسمي باسمها"
    words = [w for w in toks.forms[i + h : j] if w not in lx.ROLE_LINKS and w not in lx.PRONOUN_ROLE_LINKS
             and w not in lx.ROLE_PLACE_PREPOSITIONS]
    head_class = _head_class(head)
    if words and (one := lx.ROLE_HEAD_PHRASES.get((head, words[0]))):
        head_class, words = _head_class(one), words[1:]  # "المدير الفني لفريق النسور": the coach of النسور
    if len(words) > 1 and role_anchor(words[0]) in lx.TEAM_NOUNS:
        words = words[1:]  # "مدرب فريق النسور" holds the role "مدرب النسور" holds
    anchor = role_anchor(words[0]) if words else ""
    return Found("role", i, j, " ".join([head, *toks.forms[i + h : j]]), role_key=f"{head_class}|{anchor}",
                 anonymous=anonymous, clitic=len(toks.forms[i]) - len(head.split()[0]), pronoun=pronoun, holder=holder)


def _where_the_source_works(toks: Tokens, j: int) -> int:
    """Past the body an anonymous source works at, after في or لدى ("مصدر في مصلحة الأرصاد الجوية",
    "مسؤول في الاستخبارات العسكرية"): the body is part of who spoke, and what tells two sources apart."""
    if j + 1 < toks.n and toks.forms[j] in lx.ROLE_PLACE_PREPOSITIONS:
        body = org_name(toks, j + 1)
        if body is not None and not body.clitic:
            for k in range(j + 2, body.j):  # (not the outlet it spoke to: "مسؤول في السفارة لفرانس برس")
                f = toks.forms[k]
                if f[:1] == "ل" and f[:2] not in ("ال", "لل") and (lx.KNOWN_ORGS.match(toks, k) or lx.ORG_HEADS.match(toks, k)):
                    return k
            return body.j
    if j + 1 < toks.n and lx.SOURCE_ADJECTIVES.get(toks.forms[j - 1]) == toks.forms[j] and toks.forms[j + 1].startswith("ال"):
        return j + 2  # "مصدر مطلع على المفاوضات", "مصادر مقربة من الحكومة": what the source knows, or is close to
    return j


def _goes_on_after_definite(toks: Tokens, j: int) -> bool:
    """Whether the word at ``j``, after a definite word of an anonymous source, still belongs to it: an
    ال- or و- word, or the body it works at ("مصدر أمني رفيع المستوى [بوزارة] الداخلية"); not the
    verb's object ("مسؤول بوزارة التربية الوطنية [تشبث] الوزارة")."""
    f = toks.forms[j]
    return f.startswith(("ال", "و")) or (f[0] in "بل" and lx.ORG_HEADS.match(toks, j) > 0)


def _construct_noun(toks: Tokens, j: int) -> int:
    """Past the indefinite noun at ``j``, right after an indefinite organization head, when a
    definite word or another organization's head follows it: the organization is named by a
    construct of its own ("قائد قوات خفر السواحل", "رئيس هيئة أركان الجيش", "رئيس مجلس مفوضي هيئة
    تنظيم الاتصالات"). Read to "قوات" only, the role would share no word with the "قائد خفر السواحل"
    of the next paragraph."""
    if j + 1 < toks.n and toks.is_word(j) \
            and not toks.forms[j].startswith("ال") and toks.forms[j] not in lx.NOT_NAME \
            and toks.forms[j] not in lx.NAME_STARTERS and toks.forms[j] not in lx.HEAD_STARTS \
            and _complement_code(toks.forms[j]) & _C_STOP == 0 \
            and (toks.forms[j + 1].startswith("ال") or lx.ORG_HEADS.match(toks, j + 1, clitics=False)):
        return j + 1
    return j


def _definite(form: str) -> bool:
    """Whether a word has the article, after a glued preposition or conjunction or not ("النيران",
    "بالوزارة", "والداخلية")."""
    return any(b.startswith("ال") for b in bare_forms(form))


def _definite_head(head: str) -> bool:
    """Whether a role head is definite: with ال- ("الوزير", "المكلف بالإعلام") or a listed construct
    ending in an ال- word ("شيخ الأزهر"), which takes no construct noun after it."""
    return head.startswith("ال") or head in lx.CONSTRUCT_ROLE_HEADS


def _held_in_named(toks: Tokens, head: str, j: int) -> bool:
    """Whether a definite role head with no complement is held in an organization or place named
    right after it ("القيادي في حركة حماس فلان", "الخبير في البنك الدولي فلان"): a role all the same,
    whose holder ``_holder_past_place`` finds past them."""
    return (head.startswith("ال") and j + 1 < toks.n and toks.forms[j] in lx.ROLE_PLACE_PREPOSITIONS
            and (lx.ORG_HEADS.match(toks, j + 1, clitics=False) or lx.KNOWN_ORGS.match(toks, j + 1)
                 or lx.PLACES.match(toks, j + 1)) > 0)


def _name_next(toks: Tokens, j: int) -> bool:
    """Whether a given name starts at ``j``, or right after a comma or a title there ("رئيسه المهندس
    مجدي الشرقاوي"; not "باسم", a name that is also a role's link: "متحدثة باسم الشرطة")."""
    if j < toks.n and toks.forms[j] in ("،", ","):
        j += 1
    if j < toks.n:
        j += title_length(toks, j)
    return j < toks.n and toks.forms[j] in lx.NAME_STARTERS and toks.forms[j] not in lx.ROLE_LINKS


def _head_class(head: str) -> str:
    """What a role head names in a role key: "spokesperson" for every spokesperson head, else the
    head without ال- ("الوزير" → "وزير")."""
    return "spokesperson" if head in SPOKESPERSON_HEADS else head.removeprefix("ال")


def possessed_role(toks: Tokens, i: int) -> Found | None:
    """"وقال مديرها العام …", "رئيسها التنفيذي سامي الخطيب": a role head whose complement is a
    possessive pronoun, and up to two adjectives after it (ال- words in ي, or "العام", "الرسمي"); its
    key's anchor is the organization the pronoun stands for (``_anchor_pronouns``)."""
    h, word = lx.POSSESSED_ROLE_HEADS.find(toks, i)
    return _possessed(toks, i, h, word, lx.POSSESSED_HEAD_OF[word]) if h else None


def role_of_his_named(toks: Tokens, i: int) -> Found | None:
    """``possessed_role`` with ه ("his", "its") right before a name: "فيما طمأن محافظه، يوسف
    الكعبي، …", "وقال رئيسه ماجد العلي" (read before role phrases, which take "رئيسه" for the
    feminine head رئيسة and the name for its complement)."""
    h, word = lx.NAMED_POSSESSED_ROLE_HEADS.find(toks, i)
    if not h or not _name_next(toks, i + h):
        return None
    return _possessed(toks, i, h, word, lx.NAMED_POSSESSED_HEAD_OF[word])


def _possessed(toks: Tokens, i: int, h: int, word: str, head: str) -> Found:
    """The role of the head ``word`` (``h`` tokens from ``i``, its head without the pronoun ``head``)
    with its adjectives."""
    j = i + h
    while j < toks.n and j - i - h < 2 and (toks.forms[j] in lx.ROLE_LINKS or _nisba(toks.forms[j])):
        j += 1
    return Found("role", i, j, " ".join([word, *toks.forms[i + h : j]]), role_key=f"{_head_class(head)}|",
                 clitic=len(toks.forms[i]) - len(word), pronoun=True)


def _nisba(f: str) -> bool:
    """An ال- adjective in ي/ية ("التنفيذي", "الإقليمية"), not a function word or a given name."""
    return f.startswith("ال") and f.endswith(("ي", "يه")) and f not in lx.GIVEN_NAMES and f not in lx.FUNCTION_WORDS


# Endings of sound plurals ("السلطات", "المواطنين", "المسؤولون").
_PLURAL_ENDINGS = ("ات", "ين", "ون")


def _after_cue_or_start(toks: Tokens, i: int) -> bool:
    """Whether the phrase at ``i`` opens a sentence or clause or follows a reporting verb: its subject,
    so the ال- word after a head there is no object of another verb ("ووجه الوزير الشكر إلى …")."""
    return i == 0 or not toks.is_word(i - 1) or lx.is_verb_cue(toks.forms[i - 1])


def _end_before_described(toks: Tokens, found: list[Found]) -> None:
    """After a verb of ``cues.OBJECT_FIRST_VERBS``, the ال- word right before "بأن" is the object
    described, never the end of the subject's name or role: "ووصف وزير الخارجية أحمد باعبود [القرار]
    بأنه …", "ووصف المبعوث الأممي [الجولة] بأنها …" (a nisba, "الأممي", is the role's adjective)."""
    if not lx.OBJECT_FIRST_VERB_FORMS & toks.distinct:
        return
    for v in range(toks.n - 2):
        if toks.forms[v] not in lx.OBJECT_FIRST_VERB_FORMS:
            continue
        b = next((k for k in range(v + 2, min(v + 9, toks.n)) if toks.forms[k].startswith("بان")), None)
        if b is None or not toks.forms[b - 1].startswith("ال") or toks.forms[b - 1].endswith(("ي", "يه")):
            continue
        for f in (*found, *(f.holder for f in found if f.holder is not None)):
            if f.i < b - 1 and f.j == b and f.kind in ("person", "role"):
                f.j -= 1
                f.name = f.name.rsplit(" ", 1)[0]


def _accusative_participle(toks: Tokens, k: int) -> bool:
    """Whether the word at ``k`` has the shape فاعلًا, an active participle in the accusative written
    without its tanween, and its object follows (an ال- word or a function word): how the speaker went
    on ("رافضا الكشف عن …"), not a name ("رايلا أودينغا", "كارلا ديل بونتي")."""
    form = toks.forms[k]
    return (len(form) == 5 and form[1] == "ا" and form[-1] == "ا" and form not in lx.ANY_GIVEN_NAMES
            and k + 1 < toks.n and (toks.forms[k + 1].startswith("ال") or toks.forms[k + 1] in lx.FUNCTION_WORDS))


def _unnamed_source(toks: Tokens, f: Found) -> bool:
    """Whether a role is a source that is never named (``titles.NEVER_NAMED_HEADS``) with no comma after
    it: the words there are what it did or said, not its name ("مصدر بحرس المحكمة [رافق عز] …")."""
    return f.name.split(" ", 1)[0] in lx.NEVER_NAMED_HEADS and f.j < toks.n and toks.forms[f.j] not in ("،", ",")


def _subject_of_a_clause_verb(toks: Tokens, i: int) -> bool:
    """Whether the phrase at ``i`` opens a clause or follows a reporting verb whose object does not come
    next (``cues.OBJECT_FIRST_VERBS``): words right after it are its holder's name, not an object."""
    return _after_cue_or_start(toks, i) and not _after_object_first_verb(toks, i)


def _after_object_first_verb(toks: Tokens, i: int) -> bool:
    """Whether the phrase at ``i`` is the subject of a verb whose object comes right after its subject
    (``cues.OBJECT_FIRST_VERBS``: "ووصف المبعوث الأممي نتائج الجولة بأنها …")."""
    return i > 0 and lx.VERB_FORMS.get(toks.forms[i - 1]) in lx.OBJECT_FIRST_VERBS


def object_after_subject(toks: Tokens, i: int, j: int) -> bool:
    """Whether the words at ``j``, after the subject that starts at ``i``, are the object of a verb of
    ``cues.OBJECT_FIRST_VERBS`` rather than a name: an unknown word before an ال- noun."""
    return _after_object_first_verb(toks, i) and _unknown_construct(toks.forms[j : j + 2])


def _surname_after_definite_head(toks: Tokens, head: str, j: int) -> bool:
    """Whether the one ال- word at ``j``, right after a definite role head and before the end of a name,
    is the holder's surname ("المحافظ الدباغ"): no adjective (``titles.DEFINITE_HEAD_ADJECTIVES``, a
    nisba in ي, a participle in الم- or of the shape فاعل), no feminine or plural word, no verbal noun,
    and nothing any table names."""
    if not head.startswith("ال") or head in lx.ANONYMOUS_HEADS or j >= toks.n:
        return False
    f = toks.forms[j]
    if not f.startswith("ال") or len(f) < 5 or f.startswith("الم") or f.endswith(("ي", "ه", "ون", "ين", "ات")):
        return False
    if len(f) == 6 and f[3] == "ا":
        return False  # an active participle, فاعل: "الرئيس الحاكم", "الخبير البارز"
    if f in lx.DEFINITE_HEAD_ADJECTIVES or f in lx.NOT_NAME or _name_word(f) is not True or verbal_noun_at(toks, j):
        return False
    if definite_verbal_noun(f):
        return False  # the verb's object: "وأكد الوزير [الاستمرار] في الخطة"
    if f in lx.DENIED_REPORTS:
        return False  # "ونفى الوزير الأنباء عن …": the reports he denied, no surname
    if lx.PLACES.match(toks, j) or lx.KNOWN_ORGS.match(toks, j) or title_length(toks, j):
        return False
    return _ends_name(toks, j)


def _past_adjectives_to_object(toks: Tokens, head: str, j: int, end: int) -> int:
    """Where a definite head's phrase ``j:end`` ends: at a noun past its adjectives that is the
    verb's object ("وقدر المسؤول الأمني [القيمة المالية] بما يزيد على …"), else at ``end``. Only the
    ال- words right after the head are its adjectives: after a link ("المتحدث باسم الخارجية") the
    words are a complement."""
    for k in range(j + 1, end):
        if not toks.forms[k - 1].startswith("ال"):
            break
        if _object_after_definite_head(toks, head, k):
            return k
    return end


def _object_after_definite_head(toks: Tokens, head: str, j: int) -> bool:
    """Whether the word at ``j``, right after a definite singular head, starts a noun phrase of its
    own: a definite plural cannot be the adjective of a singular head, nor its complement (a definite
    head takes none), and neither can another definite organization head, nor a feminine word after
    a masculine head or a masculine one after a feminine head (no adjective of it), nor a verbal noun;
    so it is the verb's object: "ودعت المنظمة السلطات التونسية إلى …", "وطالبت النقابة الحكومة بصرف …",
    "وعزا الوزير الزيادة في القدرة إلى …", "قدرت الوزيرة العجز الحالي بنحو …", "وأكد الوزير الاستمرار
    في …"."""
    last = head.split()[-1]
    if j >= toks.n or not last.startswith("ال") or head.endswith(_PLURAL_ENDINGS) or head in lx.ANONYMOUS_HEADS:
        return False
    if last != head and toks.forms[j - 1] != last:
        return False  # (a head of two words ending definite, "رئيس الوزراء الحكومة بـ…", only right after it)
    f = toks.forms[j]
    if not f.startswith("ال"):
        return False
    if f.endswith(_PLURAL_ENDINGS) or (lx.ORG_HEADS.match(toks, j, clitics=False) > 0 and f not in lx.ORGANIZING):
        return True
    if definite_verbal_noun(f):
        return True  # no adjective: "وأكد الوزير [الاستمرار] في الخطة"
    if last != head:
        return False  # (the gender an adjective agrees with is the first word's: "رئيسة الوزراء البريطانية")
    # (a feminine head's adjective is feminine too, or an elative or ordinal in ى/ا: "الأولى", "الكبرى")
    return ((f.endswith("ه") and not head.endswith("ه") and f not in lx.COMPOUND_NAME_PARTS)
            or (head.endswith("ه") and not f.endswith(("ه", "ي", "ا"))))


_RANK_HEAD = key("مركز")


def org_name(toks: Tokens, i: int) -> Found | None:
    n, entry = lx.KNOWN_ORGS.find(toks, i)
    if n:
        return Found("org", i, i + n, entry, clitic=len(toks.forms[i]) - len(entry.split()[0]))
    h, head = lx.ORG_HEADS.find(toks, i)
    if not h:
        return None
    j = i + h
    if head.removeprefix("ال") == _RANK_HEAD and j < toks.n and toks.forms[j] in lx.RANK_ORDINALS:
        return None  # "المركز الثالث": a place in a ranking (``titles.RANK_ORDINALS``)
    clitic = len(toks.forms[i]) - len(head.split()[0])
    if j < toks.n and toks.forms[j] in _NAME_OPENERS and j + 2 < toks.n:  # حزب «النور», حزب ''النور''
        j = _quoted_name_end(toks, j) or j
    else:
        k = j
        if not head.startswith("ال"):
            # A construct head takes a proper-name complement: "قوات سوريا الديمقراطية", "حركة فتح".
            # (A given name after the first, with a name after it, ends it: "حركة حماس محمود الزهار" is
            # the movement, then a man; "جامعة عين شمس في …" is one name.)
            # (A present verb's prefix on the second word ends it too: "حكومة مرسي [تستخدم] …".)
            while k < toks.n and k - j < 2 and _is_name_token(toks, k) and not toks.forms[k].startswith(("ال", "و")) \
                    and not (k > j and toks.forms[k] in lx.ANY_GIVEN_NAMES and k + 1 < toks.n and _is_name_token(toks, k + 1)) \
                    and not (k > j and _present_prefixed(toks.forms[k])):
                k += 1
        if not _object_after_definite_head(toks, head, k):
            j = _complement(toks, k, limit=4, purpose_phrases=False)
            if head.startswith("ال"):
                j = _before_object_verbal_noun(toks, k, j)
        if j == i + h and not head.startswith("ال"):
            return None  # an indefinite head alone ("تنظيم", "قوات") is a common noun
    name = " ".join(w for w in [head.split()[0], *toks.forms[i + 1 : j]] if w not in _QUOTE_MARKS and w != "''")
    return Found("org", i, j, name, clitic=clitic)


def _before_object_verbal_noun(toks: Tokens, start: int, end: int) -> int:
    """Where a definite head's adjectives (``start``–``end``) give way to a definite verbal noun: the
    verb's object, as a definite head takes no complement ("وأعلنت الخارجية الإيرانية [الإفراج] عن
    …", "وقررت الهيئة الوطنية [الانسحاب] من …")."""
    for t in range(start + 1, end):
        f = toks.forms[t]
        if _nisba(toks.forms[t - 1]) and definite_verbal_noun(f):
            return t
    return end


def _quoted_name_end(toks: Tokens, j: int) -> int | None:
    """The token after a name in quotation marks opening at ``j`` (at most five words: "«النور»",
    "«طيران الندى»"), or None."""
    if j + 2 >= toks.n or toks.forms[j] not in _NAME_OPENERS:
        return None
    k = j + 1
    while k < toks.n and k - j < 6 and toks.forms[k] not in _NAME_CLOSERS:
        k += 1
    return k + 1 if k < toks.n and toks.forms[k] in _NAME_CLOSERS else None


def _holder_follows(toks: Tokens, k: int) -> bool:
    """Whether a person's name (or title) comes at ``k``, past two ال- adjectives at most: then a name
    in quotation marks before ``k`` was the body's ("لشركة «طيران الندى» سالم …", "حزب «ميرتس»
    الإسرائيلي المعارض زهافا …"), not the holder's own ("وزيرة الدولة للدفاع "فلانة"، أن …")."""
    for _ in range(2):
        if k < toks.n and toks.forms[k].startswith("ال") and not title_length(toks, k):
            k += 1
    return k < toks.n and (title_length(toks, k) > 0 or toks.forms[k] in lx.ANY_GIVEN_NAMES
                           or (toks.is_word(k) and not toks.forms[k].startswith("ال") and _is_name_token(toks, k)))


def place_name(toks: Tokens, i: int) -> Found | None:
    n, entry = lx.PLACES.find(toks, i)
    if not n:
        return None
    return Found("place", i, i + n, entry, clitic=len(toks.forms[i]) - len(entry.split()[0]))


def given_name(toks: Tokens, i: int) -> Found | None:
    if toks.forms[i] in lx.NOT_NAME:
        return None  # a word whose clitic hides a given name ("لدينا": ل + دينا)
    forms = bare_forms(toks.forms[i])
    if not any(f in lx.NAME_STARTERS for f in forms):
        return None
    given = next(f for f in forms if f in lx.NAME_STARTERS)
    if given == toks.forms[i] and given != "عبد" and _after_patronymic(toks, i):
        # "ودعا بن سالم السكان إلى …": after بن the name is the family's, "بن سالم", and the
        # definite noun after it the verb's object, not a surname
        return Found("person", i - 1, i + 1, " ".join(toks.forms[i - 1 : i + 1]))
    if given == "عبد" and i + 1 < toks.n and toks.forms[i + 1].startswith("ال"):
        # "عبد الفتاح …": the given name is two words; alone it is half a name, not a person,
        # unless a given name that opens no name by itself is before it ("علي عبد الرحمن").
        k = name_run(toks, i + 2, limit=2)
        if k == i + 2:
            if i > 0 and toks.forms[i - 1] in lx.AMBIGUOUS_GIVEN_NAMES and given == toks.forms[i]:
                return Found("person", i - 1, k, " ".join(toks.forms[i - 1 : k]))
            return None
        if given == toks.forms[i] and _ambiguous_given_before(toks, i):
            # "حسن عبد الستار الجمّال": a given name that opens no name by itself, before the father's
            # compound name, is the first word of the whole name
            return Found("person", i - 1, k, " ".join(toks.forms[i - 1 : k]))
    elif given in lx.FOREIGN_GIVEN_NAMES:
        # A foreign name is a given name and one more word ("فريدريك هاوسمن رفع أسعار …": the noun after
        # it is no part of it), or two before a stop ("جون إيف لودريان إن"), or a middle initial and a
        # surname (``name_run`` reads "مايلز ب. كيغينز").
        k = name_run(toks, i, limit=4 if _initial(toks, i + 1) else 3)
        if k == i + 3 and not _ends_speaker_phrase(toks, k):
            k = i + 2
        if k <= i + 1:
            return None
    else:
        k = name_run(toks, i + 1, limit=3, before=1)
        if k == i + 1:
            if not _nisba_surname(toks, i + 1):
                return None
            k = i + 2
        if given == toks.forms[i] and _ambiguous_given_before(toks, i):
            # "عادل منصور الحديثي": a given name that is also a common word opens no name by itself,
            # but right before a name it is the name's first word.
            return Found("person", i - 1, k, " ".join(toks.forms[i - 1 : k]))
    return Found("person", i, k, " ".join([given, *toks.forms[i + 1 : k]]), clitic=len(toks.forms[i]) - len(given))


def patronymic_name(toks: Tokens, i: int) -> Found | None:
    """A given name that is also a common word ("كريم", "عادل") opens a name before "بن"/"ابن" and a
    name: "حل مدرب الفريق، كريم بن سالم، ضيفا على …" (no word but a name stands before بن), or as the
    first half of a compound given name before a surname ("نور الدين بلحاج"). Not
    "على" (the preposition: "يترحم على بن لادن"), nor after a building or street named after
    somebody ("مسجد عمر بن عبد العزيز": ``names.NAMED_AFTER_HEADS``) or a quotation mark."""
    forms = bare_forms(toks.forms[i])
    given = next((f for f in forms if f in lx.NAME_OPENING_AMBIGUOUS), None)
    if given is None or i + 2 >= toks.n:
        return None
    if toks.forms[i + 1] in lx.COMPOUND_NAME_PARTS and toks.forms[i] == given:
        # "نور الدين بلحاج", "جمال الدين محمود": the compound is a given name, whatever "نور" alone is
        k = name_run(toks, i + 2, limit=2, before=2)
        return Found("person", i, k, " ".join(toks.forms[i:k])) if k > i + 2 else None
    if toks.forms[i + 1] not in _PATRONYMICS:
        return None
    if i > 0 and (toks.forms[i - 1] in _QUOTE_MARKS or not lx.NAMED_AFTER_HEADS.isdisjoint(bare_forms(toks.forms[i - 1]))):
        return None  # (a name in quotation marks is a place's or an institution's: 'خطيب "عمر بن عبد العزيز"')
    k = name_run(toks, i + 1, limit=3, before=1)
    if k < i + 3:
        return None
    return Found("person", i, k, " ".join([given, *toks.forms[i + 1 : k]]), clitic=len(toks.forms[i]) - len(given))


def _after_patronymic(toks: Tokens, i: int) -> bool:
    """Whether token ``i`` follows "بن"/"ابن"/"بنت" on the same line, with a definite word after it
    (the scan reads a name from its first word, so no name it read runs into this "بن")."""
    if i == 0 or toks.forms[i - 1] not in _PATRONYMICS or i + 1 >= toks.n:
        return False
    return toks.forms[i + 1].startswith("ال") and "\n" not in toks.view.text[toks.ends[i - 1] : toks.starts[i]]


_PATRONYMICS = ("بن", "ابن", "بنت")  # (not ولد: "بمديرية ولد ربيع التابعة" is a district)


def _ambiguous_given_before(toks: Tokens, i: int) -> bool:
    """Whether token ``i - 1``, on the same line, is a given name that is also a common word and that
    opens the name after it (``NAME_OPENING_AMBIGUOUS``: "عادل", not the preposition "على")."""
    if i == 0 or not toks.is_word(i - 1):
        return False
    return (toks.forms[i - 1] in lx.NAME_OPENING_AMBIGUOUS
            and "\n" not in toks.view.text[toks.ends[i - 1] : toks.starts[i]])


def _ends_speaker_phrase(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` can end a name: no word, a speaker stop ("إن", "في", "خلال"), a cue verb."""
    if k >= toks.n or not toks.is_word(k):
        return True
    f = toks.forms[k]
    return f in lx.SPEAKER_STOPS or lx.is_verb_cue(f) or lx.is_participle_cue(f)


def _nisba_surname(toks: Tokens, j: int) -> bool:
    """An ال- word in ي right after a given name is its surname even when a noun follows ("نفى سليمان
    الرواحي الأنباء", "استقبل الرئيس خالد العمري الوفد"), which ``name_run`` alone reads as a noun
    phrase starting at the ال- word; nationalities ("المصري") are not names (``NOT_NAME``)."""
    if j >= toks.n:
        return False
    f = toks.forms[j]
    return (f.startswith("ال") and f.endswith("ي") and len(f) >= 5 and f not in lx.TITLE_WORDS
            and _is_name_token(toks, j) and "\n" not in toks.view.text[toks.ends[j - 1] : toks.starts[j]])


def find_mentions(toks: Tokens) -> list[Found]:
    """Scan the tokens once; longer, more specific readings win at each position."""
    found: list[Found] = []
    i = 0  # the first token not yet read
    for c in toks.positions("mention_starts", lx.MENTION_STARTS):
        if c < i:
            continue
        form = toks.forms[c]
        readers = _READERS_AT.get(form)
        if readers is None:
            readers = _READERS_AT[form] = tuple(read for starts, read in _READERS if form in starts)
        hit = None
        for read in readers:  # the first reading found wins
            if (hit := read(toks, c)) is not None:
                break
        if hit is not None and found and hit.i < found[-1].j:
            hit = None  # (a name read from the word before its start, which the last mention holds)
        if hit is not None:
            found.append(hit)
            i = max(hit.j, c + 1)
    _anchor_pronouns(found)
    _link_appositions(toks, found)
    return found


# How far back (in tokens) the organization or country a role's possessive pronoun stands for is
# looked for: the sentence before at most ("افتتحت شركة النور خطا جديدا. وقال مديرها …").
PRONOUN_REACH = 60


def _anchor_pronouns(found: list[Found]) -> None:
    """Give each role with a possessive pronoun ("مديرها", "المتحدث باسمها") the anchor of the
    organization or place named last before it, so "مديرها" after "شركة النور" has the key of
    "مدير الشركة"; with none in reach it keeps a bare key, as "المدير" alone."""
    for n, f in enumerate(found):
        if not f.pronoun:
            continue
        for before in reversed(found[:n]):
            if f.i - before.j > PRONOUN_REACH:
                break
            if before.kind in ("org", "place"):
                f.role_key += role_anchor(before.name.split()[0])
                break


# The mention readers in order of preference, each with the words (clitics included) at which it
# can find something: it is not called elsewhere.
_READERS = (
    (lx.PERSON_TITLES.starts, title_name),
    (lx.NAMED_POSSESSED_ROLE_HEADS.starts, role_of_his_named),
    (lx.ROLE_HEADS.starts, role_phrase),
    (lx.POSSESSED_ROLE_HEADS.starts, possessed_role),
    (lx.KNOWN_ORGS.starts | lx.ORG_HEADS.starts, org_name),
    (lx.PLACES.starts, place_name),
    (clitic_forms(lx.NAME_STARTERS), given_name),
    (clitic_forms(lx.NAME_OPENING_AMBIGUOUS), patronymic_name),
)
# The readers that can find something at each start word met (the words of ``MENTION_STARTS`` and
# their clitic forms, a few thousand at most): one dict lookup instead of a set test per reader.
_READERS_AT: dict[str, tuple] = {}


def _link_appositions(toks: Tokens, found: list[Found]) -> None:
    """Role + name written side by side ("المتحدث باسم التحالف، الكولونيل مايلز كاغينز" or
    "مايلز كاغينز، المتحدث باسم …") make the person the holder of the role."""
    for a, b in zip(found, found[1:]):
        if (a.kind, b.kind) not in _APPOSED_KINDS:
            continue  # (asked first: most neighbours are no role beside a person)
        gap = _gap_words(toks, a.j, b.i if b.title_i is None else b.title_i)
        if len(gap) > 1 or (gap and gap[0] not in "،,"):
            continue
        if a.kind == "role" and b.kind == "person" and a.holder is None:
            a.holder = b
        elif a.kind == "person" and b.kind == "role" and b.holder is None and not b.clitic:
            b.holder = a  # (not "فلان بوزير …", "… لرئيس …": a preposition, no apposition)


_APPOSED_KINDS = frozenset({("role", "person"), ("person", "role")})



def _gap_words(toks: Tokens, i: int, j: int) -> list[str]:
    """The first two tokens from ``i`` to ``j`` that are not quote marks (two say it is no apposition)."""
    out: list[str] = []
    while i < j and len(out) < 2:
        if toks.forms[i] not in _QUOTE_MARKS:
            out.append(toks.forms[i])
        i += 1
    return out


def apposition_name(toks: Tokens, j: int, after_cue: bool = True) -> Found | None:
    """An unknown name in apposition after a role: "الناطق باسم التحالف، مايلز كاغينز، …"
    (``after_cue``: the role follows a reporting verb, or no verb at all)."""
    k = _skip_marks(toks, j + 1 if j < toks.n and toks.forms[j] in "،," else j)
    k = past_abbreviation(toks, k)  # "رئيس إدارة الكوارث (آفاد) أورهان قره جام"
    k += title_length(toks, k) if k < toks.n else 0  # "وزير الاقتصاد الدكتور خالد المنصوري"
    past = skip_adjectives(toks, k)  # "مدرب اتحاد الهضاب، [الفرنسي] لوران باتيستا، …": his nationality
    if past > k and past < toks.n and toks.forms[k].startswith("ال") and toks.forms[past] in lx.ANY_GIVEN_NAMES:
        k = past
    if k < toks.n and (lx.is_participle_cue(toks.forms[k]) or lx.is_verb_cue(toks.forms[k])
                       or _accusative_participle(toks, k)):
        return None  # "… مدرب محلي، رافضا الكشف عن …": what the speaker went on to do
    if k < toks.n and toks.forms[k] in lx.RESIDENTS:
        return None  # "ودعا وزير الداخلية سكان القرى إلى …": whom he called on (``words.RESIDENTS``)
    if k < toks.n and toks.forms[k][:1] in ("ل", "ب") and lx.KNOWN_ORGS.match(toks, k) > 0:
        return None  # "مسؤول في السفارة [لفرانس برس] إن …": whom he spoke to
    end = name_run(toks, k, limit=3)
    if k > j and toks.forms[k - 1] in _QUOTE_MARKS and end < toks.n and toks.forms[end] in _QUOTE_MARKS:
        # "المدير الإقليمي للشركة المشغلة "بلو هاربور" يانس أولسين": the quoted words name the body
        # when a name of two words follows them; else they are the holder's ("المدير العام للوكالة
        # "يوكيا أمانو" إن …", as some outlets quote names)
        after = name_run(toks, end + 1, limit=3)
        if after - (end + 1) >= 2:
            k, end = end + 1, after
    elif k > j and toks.forms[k - 1] in _QUOTE_MARKS and end - k < 2:
        return None  # 'قال الدبلوماسي الروسي "سجلنا منذ …': an opening mark and one word is what was said
    # A given name and an ال- surname end a name whatever follows ("وزير النقل كمال الشاذلي إحالة …"),
    # and so does a given name and a surname before a noun with a possessive pronoun, the verb's
    # object ("جدد رئيس الاتحادية رشيد بوزيان ثقته في …").
    # So does a compound given name and a surname before a verbal noun, the verb's object ("نفى وزير
    # المالية حسام الدين منصور وجود …").
    whole = end - k >= 2 and toks.forms[end - 2] in lx.GIVEN_NAMES and (
        toks.forms[end - 1].startswith("ال") or (end < toks.n and _possessed_noun(toks.forms[end])))
    whole = whole or (end - k == 3 and toks.forms[k] in lx.GIVEN_NAMES and toks.forms[k + 1] in lx.COMPOUND_NAME_PARTS
                      and end < toks.n and (verbal_noun_at(toks, end) or _possessed_noun(toks.forms[end])))
    # … and a given name and a surname before a listed verbal noun ("أعلن وزير الإسكان كمال دباغ خفض …").
    whole = whole or (end - k == 2 and toks.forms[k] in lx.GIVEN_NAMES and end < toks.n and listed_verbal_noun_at(toks, end))
    # … and so does a reporting verb after the name, the subject first ("وزير الدفاع جان إيف لودريان أفاد …").
    whole = whole or (end - k >= 2 and end < toks.n and lx.is_verb_cue(toks.forms[end]))
    if end == k or end >= toks.n or toks.is_word(end) and toks.forms[end] not in lx.SPEAKER_STOPS and not whole:
        return None
    if all(f.startswith("ال") for f in toks.forms[k:end]):
        return None
    if end - k == 1 and _present_verb_before_clause(toks, k):
        return None  # "التي كشفها الناطق، يرجح أن …": a verb, not his name
    if k == j and toks.forms[j - 1] in lx.ORG_HEADS.by_first and _unknown_construct(toks.forms[k:end]):
        return None  # the role ends in a body's head that its name completes: "عضو لجنة حقوق الإنسان"
    if k == j and _object_noun_phrase(toks, k, end, after_cue):
        return None  # "وانتقد رئيس النادي قرارات الحكم": the verb's object, not the holder's name
    return Found("person", k, end, " ".join(toks.forms[k:end]))


def past_abbreviation(toks: Tokens, k: int) -> int:
    """Past a short parenthesis at ``k`` (``ABBREVIATION_WORDS`` words at most), the body's abbreviation
    or a gloss between a role and its holder's name: "رئيس إدارة الكوارث (آفاد) أورهان قره جام"."""
    if k >= toks.n or toks.forms[k] != "(":
        return k
    for close in range(k + 2, min(toks.n, k + 2 + ABBREVIATION_WORDS)):
        if toks.forms[close] == ")":
            return close + 1
    return k


# The most words a parenthesis between a role and its holder's name holds.
ABBREVIATION_WORDS = 3


def _object_noun_phrase(toks: Tokens, k: int, end: int, after_cue: bool) -> bool:
    """Whether the words ``k:end`` right after a role (no comma, no title between) read as a noun
    phrase, the object of the verb before the role, rather than the holder's name: a first word that
    is no given name and is a verbal noun ("ونفى المتحدث وقوع ضحايا") or a plural in ات ("قرارات
    الحكم"), or, after a verb that is no reporting verb (``after_cue`` false: a reporting verb takes
    a clause, so the words after its subject's role are his name, "وقال الناطق باسم الحكومة طاهر
    النونو"), an unknown word before an ال- word that is no nisba ("وانتقد رئيس النادي مستوى التحكيم")."""
    first = toks.forms[k]
    if first in lx.ANY_GIVEN_NAMES:
        return False
    if plural_in_construct(toks, k) or verbal_noun_at(toks, k):
        return True
    return not after_cue and _unknown_construct(toks.forms[k:end])


def plural_in_construct(toks: Tokens, k: int) -> bool:
    """Whether token ``k`` is a plural in ات, no given name, before an ال- word or a word that is
    never a name ("نقابات العاملين", "قرارات الحكم", "مباحثات مع"): a noun phrase, the verb's object
    after a role or title, never a name."""
    f = toks.forms[k]
    return (f.endswith("ات") and len(f) >= 5 and f not in lx.ANY_GIVEN_NAMES and k + 1 < toks.n
            and (toks.forms[k + 1].startswith("ال") or toks.forms[k + 1] in lx.NOT_NAME))


def _possessed_noun(form: str) -> bool:
    """Whether a word is a noun with a possessive pronoun glued on ("ثقته", "دعمها", "موقفهم")."""
    return len(form) >= 4 and form.endswith(("ها", "هم", "ه")) and not form.startswith(("ال", "و")) \
        and form not in lx.ANY_GIVEN_NAMES and _name_word(form) is False


def _present_verb_before_clause(toks: Tokens, k: int) -> bool:
    """Whether the word at ``k``, after a comma, has a present verb's prefix and no given name's
    letters, and a complementizer follows it ("، يرجح أن …", "، تؤكد أن …"); a surname alone before
    "إن" is still one ("وزير المالية حجازي إن …")."""
    f = toks.forms[k]
    return (toks.forms[k - 1] in ("،", ",") and f[0] in "يتن" and f not in lx.ANY_GIVEN_NAMES
            and complementizer_at(toks, k + 1) > 0)


def _unknown_construct(words: list[str]) -> bool:
    """Whether words right after a role ending in an organization head (no comma, no title) read as
    more of its complement than as a name: an unknown first word before an ال- word that is no nisba surname nor the end of a compound
    name ("عضو لجنة [حقوق الإنسان] في البرلمان", not "… كريم الرفاعي" or "… إحسان عبد الله")."""
    first, last = words[0], words[-1]
    return (len(words) >= 2 and first not in lx.ANY_GIVEN_NAMES
            and last.startswith("ال") and not last.endswith("ي") and last not in lx.COMPOUND_NAME_PARTS)


def _holder_past_place(toks: Tokens, found: list[Found], n: int) -> Found | None:
    """The name after a role and the organization or place where it is held, which ``apposition_name``
    does not reach: "مدير الأمن في محافظة البصرة اللواء ماجد الحسني", "رئيس قطاع الأمن باتحاد الكرة
    عادل منصور". A title of office between them ("… في القاهرة الرئيس محمود عباس") names someone
    else, the object of the verb: only ranks and honorifics may stand there."""
    role = found[n]
    if n + 1 >= len(found) or found[n + 1].kind not in ("org", "place"):
        return None
    where = found[n + 1]
    gap = toks.forms[role.j : where.i]
    glued = where.clitic > 0 and toks.forms[where.i][0] in "بل"
    if not (gap == [] and glued or len(gap) == 1 and gap[0] in lx.ROLE_PLACE_PREPOSITIONS and not where.clitic):
        return None
    k = where.j
    t = title_length(toks, k) if k < toks.n else 0
    if t and lx.ROLE_HEADS.match(toks, k, clitics=False):
        return None
    person = found[n + 2] if n + 2 < len(found) else None
    if person is not None and person.kind == "person" and (person.i == k or person.title_i == k):
        return person
    # Unknown words there may still be the place's ("في حكومة إقليم خيبر باختون خوا، ميان افتخار
    # حسين"): they are a name when a rank or a given name opens them, when a comma sets them off
    # ("في واشنطن، مات ولز، إن"), or when what was said or a cue follows them ("… حغاي مردخاي أن").
    name = apposition_name(toks, k)
    if name is None:
        return None
    opened = t or toks.forms[name.i] in lx.ANY_GIVEN_NAMES
    set_off = toks.forms[k] in "،,"
    return name if opened or set_off or name.j >= toks.n or toks.forms[name.j] not in "،," else None


def _holder_past_words(toks: Tokens, found: list[Found], n: int) -> Found | None:
    """The name after a role and a few words the tables do not know, which the role's complement
    did not take (the rest of an organization's own name, or a preposition and an unknown place):
    then a rank and the name ("الرئيس التنفيذي لشركة نفط الواحة الوطنية المهندس سالم الكعبي"), a
    name set off by commas or opened by a given name ("المبعوث الخاص إلى بوراليا، ماركوس ليندغرين،"),
    or after the body's own name a name opened by a given name ("لشركة نجمة للاتصالات طارق المصري")."""
    k = found[n].j
    after_preposition = k < toks.n and toks.forms[k] in _PLACE_PREPOSITIONS
    # (the name of a body whose head ends the role, which no table knows, may open with و and stand
    # in quotation marks: "رئيس جامعة وادي النخيل، …", "مدير منظمة "الأيادي المتضامنة"، …")
    after_body = not after_preposition and k > 0 and lx.ORG_HEADS.match(toks, k - 1, clitics=False) > 0
    # (a body named after "لشركة", "لهيئة" …: its holder may follow its name with nothing between)
    of_body = not after_preposition and k > 0 and lx.ORG_HEADS.match(toks, k - 1) > 0
    # (found is in text order: only the few mentions within the gap's reach are read)
    near = takewhile(lambda f: f.i <= k + lx.HOLDER_GAP_WORDS, islice(found, n + 1, None)) if of_body else ()
    named_at = {f.i for f in near if f.kind == "person" and toks.forms[f.i] in lx.NAME_STARTERS}
    k += after_preposition
    start = k
    while k < toks.n and k - start < lx.HOLDER_GAP_WORDS and not (of_body and k > start and k in named_at) and (
            _gap_name_word(toks, k, clitic_ok=after_preposition or (after_body and k == start))
            or (after_body and toks.forms[k] in _QUOTE_MARKS)):
        k += 1
    if k == start or k >= toks.n:
        return None
    person = next((f for f in found[n + 1 :] if f.i >= k or f.title_i == k), None)
    if person is not None and person.kind != "person":
        person = None
    if toks.forms[k] in "،,":
        return _name_set_off(toks, k, person)
    if of_body and k in named_at and person is not None and person.i == k:
        return person  # "الرئيس التنفيذي لشركة [نجمة للاتصالات] طارق المصري": a given name opens him
    ranked = title_length(toks, k) and not lx.ROLE_HEADS.match(toks, k, clitics=False)
    return person if ranked and person is not None and person.title_i == k else None


def _name_set_off(toks: Tokens, comma: int, person: Found | None) -> Found | None:
    """The name right after ``comma``: the person found there, or unknown words that a given name
    opens or a second comma closes (not "إلى بنغازي، قادما من …")."""
    if person is not None and (person.title_i or person.i) == _skip_marks(toks, comma + 1):
        return person
    name = apposition_name(toks, comma)
    if name is None:
        return None
    opened = toks.forms[name.i] in lx.ANY_GIVEN_NAMES
    closed = name.j < toks.n and toks.forms[name.j] in "،,"
    return name if opened or closed else None


_PLACE_PREPOSITIONS = lx.ROLE_PLACE_PREPOSITIONS | lx.ROLE_DESTINATION_PREPOSITIONS


def _gap_name_word(toks: Tokens, k: int, clitic_ok: bool) -> bool:
    """A word that may belong to a name the tables do not know: a word, not a function word, verb or
    speaker stop, not a title or role head; unless ``clitic_ok``, with no ب/و/ف glued on ("بمكتبه" is
    where, "وأضاف" a new clause; a place after a preposition may start with one: "بوراليا")."""
    f = toks.forms[k]
    if f in lx.HOLDER_GAP_ADVERBS:
        return True
    if not toks.is_word(k) or f in lx.NOT_NAME:
        return False
    if not clitic_ok and f[0] in "وبف" and any(b != f for b in bare_forms(f)):
        return False
    return not (title_length(toks, k) or lx.ROLE_HEADS.match(toks, k, clitics=False) or lx.is_verb_cue(f))


def title_class(title: str) -> str:
    """What a title names, as role keys name it: "الوزير" → "وزير", "رئيس الوزراء" stays whole (it is
    not "الرئيس"), "العاهل" → "ملك" (``titles.TITLE_SYNONYMS``)."""
    return lx.TITLE_SYNONYMS.get(title, title).removeprefix("ال")


class EntityBuilder:
    """Groups found mentions into the document's entities and writes the ``mentions`` layer."""

    def __init__(self, doc: Document, toks: Tokens) -> None:
        self.doc, self.toks = doc, toks
        self.persons: list[tuple[str, str]] = []      # (entity id, folded name), fullest first
        # Beside each of ``persons``: its name's last word and, for a name of several words, its
        # ``_person_key`` (None for one word), so the names met are not split again per comparison.
        self.person_keys: list[tuple[str, tuple[str, ...] | None]] = []
        # And the sound keys of those two last words (None: no key): words ``same_token`` takes for
        # one have the same sound key, so a person whose key differs is passed over without a call.
        self.person_sounds: list[tuple[str, str | None]] = []
        self.role_holders: dict[str, str] = {}        # role key → person entity id
        # (head class, the role's words as ``_role_words`` holds them, person entity id) of each role
        # named with its holder
        self.held_roles: list[tuple[str, frozenset[str], str]] = []
        self.roles_only: dict[str, set[str]] = {}     # role head → entities known here by a role only
        self.titled: dict[str, set[str]] = {}         # title class ("وزير") → persons named with it
        self.by_name: dict[tuple[str, str], str] = {}  # (type, folded name) → entity id

    def _new(self, etype: str, display: str) -> str:
        eid = f"E{len(self.doc.entities) + 1}"
        self.doc.entities[eid] = {"type": etype, "name": display, "roles": []}
        return eid

    def person(self, name: str, display: str) -> str:
        tokens = name.split()
        last = tokens[-1]
        keys, sounds = self.person_keys, self.person_sounds
        last_sound = sound_key(last)
        if len(tokens) > 1:
            mine = _person_key(name)
            mine_sound = sound_key(mine[-1]) if mine else None
            for (eid, _), (_, known), (_, known_sound) in zip(self.persons, keys, sounds):
                if known_sound == mine_sound and known is not None and same_person_tokens(mine, known):
                    return eid
            if tokens[0] not in lx.ANY_GIVEN_NAMES:
                # "كاظمي بور" after "مهدي كاظمي بور": a surname of two words, the full name's tail
                tails = {eid for eid, known in self.persons if known.endswith(" " + name)}
                if len(tails) == 1:
                    return tails.pop()
        else:
            hits = [eid for (eid, _), (known_last, _), (known_sound, _) in zip(self.persons, keys, sounds)
                    if known_sound == last_sound and same_token(last, known_last)]
            if len(set(hits)) == 1:
                return hits[0]
        if len(tokens) > 1:
            # A full name after a surname-only mention: the earlier entity grows its given name.
            for i, (eid, known) in enumerate(self.persons):
                if keys[i][1] is None and sounds[i][0] == last_sound and same_token(last, known):
                    self.persons[i], keys[i], sounds[i] = (eid, name), (last, mine), (last_sound, mine_sound)
                    self.doc.entities[eid]["name"] = display
                    return eid
        eid = self._new("person", display)
        self.persons.append((eid, name))
        keys.append((last, mine if len(tokens) > 1 else None))
        sounds.append((last_sound, mine_sound if len(tokens) > 1 else None))
        return eid

    def known_name(self, form: str) -> str | None:
        """The person whose full name or surname is this token, if exactly one."""
        hits = {eid for (eid, name), (last, _) in zip(self.persons, self.person_keys) if form == name or form == last}
        return hits.pop() if len(hits) == 1 else None

    def named(self, etype: str, name: str, display: str) -> str:
        if etype == "org" and is_generic_org(name):
            # "الوزارة", "الحزب": the last organization named with that head ("وزارة الصحة").
            head = name.removeprefix("ال")
            for (t, known), eid in reversed(self.by_name.items()):
                if t == "org" and known.split()[0] == head:
                    return eid
        k = (etype, name)
        eid = self.by_name.get(k)
        if eid is None:
            eid = self.by_name[k] = self._new(etype, display)
        return eid

    def add(self, f: Found, label: str | None = None, eid: str | None = None) -> Span:
        start, end = self.toks.orig(f.i, f.j)
        start += f.clitic
        display = self.doc.text[start:end]
        if f.kind != "person" and display.startswith("لل") and f.name.startswith("ال"):
            display = "ال" + display[2:]  # "للأمم المتحدة": ل before ال, which loses its alif; named "الأمم المتحدة"
        if eid is None:
            if f.kind == "person":
                eid = self.person(f.name, display)
            else:
                eid = self.named(f.kind, f.name, display)
        span = Span(start, end, label or f.kind, {"entity": eid})
        if f.kind == "role":
            span.attrs["role"] = display
            span.attrs["role_key"] = f.role_key
        self.doc.add("mentions", span)
        return span

    def title(self, title: str, eid: str) -> None:
        """The person ``eid`` was named with ``title`` ("الوزير فلان")."""
        self.titled.setdefault(title_class(title), set()).add(eid)

    def _bare_role_holder(self, head: str) -> str | None:
        """Who a bare role ("الوزير", "السفير", "الدكتور") means here: the one person the document
        named with that title ("الوزير فلان") or, unless the head refers back to titles only, in a
        role with that head ("وزير الخارجية فلان"); None when nobody or several."""
        held = set(self.titled.get(head, ()))
        if head not in lx.TITLE_ONLY_CLASSES:
            held.update(v for k, v in self.role_holders.items() if k.split("|")[0] == head)
            if not held:  # "وقال وزير الصحة …" then "وأضاف الوزير …": the one role with that head
                held.update(self.roles_only.get(head, ()))
        return held.pop() if len(held) == 1 else None

    def _shorter_role_holder(self, f: Found) -> str | None:
        """Who a role named with fewer words than before means ("المبعوث الأممي" after "المبعوث الأممي
        الخاص إلى بوراليا فلان", a headline's "محافظ المركزي" after "محافظ البنك المركزي فلان"): the one
        person named holding a role with the same head and all of its words. (Even when the words it
        lacks say "former": a headline's "وزير الدفاع الأمريكي" is the "وزير الدفاع الأمريكي السابق
        فلان" of the article.)"""
        head = f.role_key.split("|")[0]
        return self._sole_holder(_role_words(self.toks, f), lambda h: h == head)

    def _party_leader(self, f: Found) -> str | None:
        """Who a leader named with the other head means ("زعيم النهضة" after "رئيس حزب النهضة المدنية
        فلان"; ``titles.PARTY_LEADER_HEADS``): the one person named so with all of its words."""
        head = f.role_key.split("|")[0]
        mine = _role_words(self.toks, f)
        if head not in lx.PARTY_LEADER_HEADS or not mine:
            return None
        return self._sole_holder(mine, lambda h: h in lx.PARTY_LEADER_HEADS and h != head
                                 and h.endswith("ه") == head.endswith("ه"))

    def _sole_holder(self, mine: frozenset[str], head_fits: Callable[[str], bool]) -> str | None:
        """The one person named holding a role whose head fits and who has all the words ``mine``."""
        held = {eid for h, words, eid in self.held_roles if head_fits(h) and all(said_before(w, words) for w in mine)}
        return held.pop() if len(held) == 1 else None

    def is_epithet(self, role_key: str) -> bool:
        """Whether a definite role is an epithet (:func:`epithet_shaped`) in a document that names no
        unnamed official (``UNNAMED_OFFICIAL_WORDS``: "مسؤول أمني")."""
        return epithet_shaped(role_key) and not lx.UNNAMED_OFFICIAL_FORMS & self.toks.distinct

    def officials(self) -> set[str]:
        """The people the document named with a role or a title."""
        return set(self.role_holders.values()).union(*self.titled.values())

    def _sole_official(self) -> str | None:
        """The one person the document named with a role or a title; None when none or several."""
        officials = self.officials()
        return officials.pop() if len(officials) == 1 else None

    def _sole_woman_official(self, f: Found) -> str | None:
        """Who a feminine epithet ("المسؤولة الحكومية") means: the one person the document named with
        a feminine role or title ("الوزيرة سلمى بنعمر"), when men are named beside her."""
        if not f.role_key.partition("|")[0].endswith("ه"):
            return None
        women = {eid for head, _, eid in self.held_roles if head.endswith("ه")}
        women.update(eid for title, eids in self.titled.items() if title.endswith("ه") for eid in eids)
        return women.pop() if len(women) == 1 else None

    def _first_official_of(self, f: Found) -> str | None:
        """Who "المسؤول الأول عن X" (the first official of X) is: the one person the document named
        leading a body (``titles.LEADER_HEADS``) whose role has X's word ("رئيس الاتحادية الجزائرية
        لكرة اليد فلان"), or the one leader when no body follows."""
        words = f.role_key.partition("|")[2].split()
        if not any(w in lx.EPITHET_ORDINAL_WORDS for w in words):
            return None
        forms = self.toks.forms
        body = role_anchor(forms[f.j + 1]) if f.j + 1 < self.toks.n and forms[f.j] in ("عن", "في") else None
        leaders = {eid for head, role_words, eid in self.held_roles
                   if head in lx.LEADER_HEADS and (body is None or body in role_words)}
        return leaders.pop() if len(leaders) == 1 else None

    def role_entity(self, f: Found, display: str | None = None) -> str:
        """The entity a role phrase stands for: its holder in this document, or the role itself."""
        if f.holder is not None:
            return self.add(f.holder).attrs["entity"]
        held = self.role_holders.get(f.role_key or "")
        if held is None and (f.role_key or "").startswith("spokesperson|"):
            spokes = {v for k, v in self.role_holders.items() if k.startswith("spokesperson|")}
            held = spokes.pop() if len(spokes) == 1 else None
        if held is None and not f.anonymous and (f.role_key or "").endswith("|"):
            held = self._bare_role_holder(f.role_key[:-1])
        if held is None and not f.anonymous and f.role_key and not f.role_key.endswith("|"):
            held = self._shorter_role_holder(f) or self._party_leader(f)
        if held is None and not f.anonymous and self.is_epithet(f.role_key or ""):
            # (not when an official known only by a role came before it: "قال مدير البلدية … وأضاف
            # المسؤول المحلي" means him, not the one colonel the article names further down)
            held = (None if self.roles_only else self._sole_official()) or self._first_official_of(f) \
                or self._sole_woman_official(f)
        if held:
            return held
        if display is None:
            start, end = self.toks.orig(f.i, f.j)
            display = self.doc.text[start + f.clitic : end]
        eid = self.named("person", "role:" + (f.role_key or f.name), display)
        self.doc.entities[eid]["role_only"] = True  # known here only by a role: resolved across documents
        if not f.anonymous and f.role_key and not f.role_key.endswith("|"):
            self.roles_only.setdefault(f.role_key.split("|")[0].split()[0], set()).add(eid)  # ("والي ولايه": والي)
        return eid


def epithet_shaped(role_key: str) -> bool:
    """Whether a role is shaped as an epithet: a generic head (``EPITHET_ROLE_HEADS``) alone ("وأضاف
    المسؤول أن …"), followed by adjectives only ("المسؤول العسكري") or by "الأول" ("المسؤول الأول عن
    الكرة الوطنية")."""
    head, _, words = role_key.partition("|")
    return (head in lx.EPITHET_ROLE_CLASSES
            and all(w.endswith(("ي", "يه")) or w in lx.EPITHET_ORDINAL_WORDS for w in words.split()))


def annotate(doc: Document) -> None:
    toks = doc_tokens(doc)
    found = find_mentions(toks)
    builder = EntityBuilder(doc, toks)
    doc.cache["entity_builder"] = builder
    for n, f in enumerate(found):
        if f.kind == "role" and f.holder is None and not _unnamed_source(toks, f):
            f.holder = apposition_name(toks, f.j, _subject_of_a_clause_verb(toks, f.i)) or _holder_past_place(toks, found, n) \
                or _holder_past_words(toks, found, n)
    _surnames_used_later(toks, found)
    _titled_surnames(toks, found)  # (after the holders: "وزير الكهرباء عادل كريم الساعدي" names one)
    _end_before_described(toks, found)
    found.extend(_headline_surnames(doc, toks, found))
    roles = [f for f in found if f.kind == "role"]
    # (fullest first: a name's words are its tokens joined by single spaces)
    for f in sorted((f for f in found if f.kind == "person"), key=lambda f: -f.name.count(" ")):
        span = builder.add(f)
        if f.title is not None and _sure_name(f.name):
            builder.title(f.title, span.attrs["entity"])
            if f.title in lx.HELD_OFFICE_TITLES:  # "رئيس الوزراء فلان": the office is his role too
                title_end = f.title_i + f.title.count(" ") + 1
                _add_role(doc, span.attrs["entity"], doc.text[slice(*toks.orig(f.title_i, title_end))])
    for f in roles:
        if f.holder is not None:
            eid = _entity_at(doc, toks, f.holder)
            if eid is None:
                eid = builder.add(f.holder).attrs["entity"]
            if f.role_key and f.role_key not in builder.role_holders:  # (the first holder named in a role)
                builder.held_roles.append((f.role_key.split("|")[0], _role_words(toks, f), eid))
            builder.role_holders.setdefault(f.role_key or "", eid)
            if f.pronoun and f.role_key and f.j > f.i + 1:
                # "رئيسها التنفيذي ياسر الضاوي" holds "الرئيس التنفيذي" too, ahead of a later holder of
                # another company's ("الرئيس التنفيذي لشركة الواحة، فلان")
                builder.role_holders.setdefault(_unpossessed_key(toks, f), eid)
    for f in roles:
        eid = builder.role_entity(f)
        span = builder.add(f, "role", eid)
        if f.pronoun:
            continue  # "مديرها العام" names no role without the organization before it
        _add_role(doc, eid, span.attrs["role"])
    for f in found:
        if f.kind in ("org", "place"):
            builder.add(f)
    propagate_names(doc, toks, builder)
    doc.layers["mentions"] = _dedupe(sorted(doc.layer("mentions"), key=lambda s: (s.start, -s.end)))


def _unpossessed_key(toks: Tokens, f: Found) -> str:
    """The key a possessed role with adjectives ("رئيسها التنفيذي") has written with ال- and no
    pronoun ("الرئيس التنفيذي")."""
    adjectives = " ".join(role_anchor(w) for w in toks.forms[f.i + 1 : f.j])
    return f"{f.role_key.split('|')[0]}|{adjectives}"


def _add_role(doc: Document, eid: str, role: str) -> None:
    """Give a person entity the role, written as the text has it, once (not as its own name)."""
    entity = doc.entities[eid]
    if role not in entity["roles"] and entity["type"] == "person" and entity["name"] != role:
        entity["roles"].append(role)


def said_before(word: str, words: frozenset[str]) -> bool:
    """Whether a word of a shorter role is among the words of the role first named, itself or as the
    noun its adjective of relation comes from (الأممي: الأمم; العراقي: العراق; الصحي: الصحة)."""
    if word in words:
        return True
    return len(word) > 3 and word.endswith("ي") and any(word[:-1] + e in words for e in lx.NISBA_NOUN_ENDINGS)


def _role_words(toks: Tokens, f: Found) -> frozenset[str]:
    """The words of a role phrase after its first, as its key's anchor holds a word (no ال-, no glued
    ل/ب), less the words that tie a role to its organization ("باسم", "لدى")."""
    return frozenset(role_anchor(w) for w in toks.forms[f.i + 1 : f.j]
                     if w not in lx.ROLE_LINKS and w not in _QUOTE_MARKS and w[0].isalpha())


def _surnames_used_later(toks: Tokens, found: list[Found]) -> None:
    """A word right after a person's name that the document also has alone as the subject right after
    a reporting verb is that name's last part: "الدكتور عمر الطيب بابكر، …" then "وأوضح بابكر أن …" (a
    Sudanese name of three parts; the run ends at an ال- part, and "بابكر" alone would be another
    person). Only when the word closes the name: punctuation after it ("استقبل محمد مرسي باسم يوسف"
    names two)."""
    persons = [*(f for f in found if f.kind == "person"), *(f.holder for f in found if f.holder is not None)]
    taken = {k for f in found for k in range(f.i, f.j)}
    after_cues: set[str] | None = None  # the words right after a reporting verb (read once, if asked)
    for f in persons:
        k = f.j
        if f.kind != "person" or " " not in f.name or k + 1 >= toks.n or k in taken \
                or toks.forms[k + 1][:1].isalnum() or not _is_name_token(toks, k) \
                or "\n" in toks.view.text[toks.ends[k - 1] : toks.starts[k]]:
            continue
        if after_cues is None:
            after_cues = {toks.forms[i] for i in range(1, toks.n) if lx.is_verb_cue(toks.forms[i - 1])}
        word = toks.forms[k]
        if word in after_cues:  # (never the word itself: the name's last word before it is no verb)
            f.j, f.name = k + 1, f"{f.name} {word}"
            taken.add(k)


def _titled_surnames(toks: Tokens, found: list[Found]) -> None:
    """A title or role head followed by one word that is the surname of a person the document names
    in full ("الوزير الحداد", "اللواء العسيري" after "سامي الحداد", "أحمد العسيري") is that person:
    not a role whose complement is the word, nor an organization (اللواء is also a brigade). The
    role keeps its bare head, with the person as its holder. Nationalities are no surnames here
    ("السفير المصري" is not "محمد المصري")."""
    persons = [*(f for f in found if f.kind == "person"), *(f.holder for f in found if f.holder is not None)]
    surnames = {f.name.rsplit(" ", 1)[1] for f in persons if f.kind == "person" and " " in f.name}
    surnames = {s for s in surnames if s not in lx.NOT_NAME and s not in lx.COMPOUND_NAME_PARTS}
    if not surnames:
        return
    for n, f in enumerate(found):
        if f.kind not in ("role", "org") or f.holder is not None or f.j - f.i < 2:
            continue
        last = toks.forms[f.j - 1]
        if last not in surnames:
            continue
        h, head = lx.ROLE_HEADS.find(toks, f.i)
        # (an indefinite head takes the name as its complement: "محامي الجندي" is his lawyer)
        if f.kind == "role" and f.i + h == f.j - 1 and head.startswith("ال"):
            f.j -= 1
            f.name, f.role_key = head, f"{_head_class(head)}|"
            f.holder = Found("person", f.j, f.j + 1, last)
        elif f.i + title_length(toks, f.i) == f.j - 1:
            found[n] = Found("person", f.j - 1, f.j, last, title=" ".join(toks.forms[f.i : f.j - 1]), title_i=f.i)


def _headline_surnames(doc: Document, toks: Tokens, found: list[Found]) -> list[Found]:
    """A headline's one-word ال- label ("البيطار: لا وعود …") that the text also has as the subject
    right after a reporting verb ("وأوضح البيطار، …", "وتعهد البيطار بخفض …") is a surname, of a person
    the article names no further: a person at each of those subjects (then the label too, as a known
    surname). Alone, neither says it: an ال- label is often a body or a dateline ("الداخلية: …"), and an
    unknown ال- word after a verb often a noun ("وأوضح البيان"). Words the tables know are never one,
    nor the surname of a person found named in full."""
    labels = {label for label in map(_one_word_label, _headline_texts(doc)) if label}
    # (the surname of a person named in full is theirs already: ``propagate_names``)
    labels -= {f.name.rsplit(" ", 1)[-1] for f in (*found, *(f.holder for f in found if f.holder)) if f.kind == "person"}
    if not labels:
        return []
    taken = {k for f in found for k in range(f.i, f.j)}
    return [Found("person", i, i + 1, toks.forms[i]) for i in range(1, toks.n)
            if toks.forms[i] in labels and i not in taken and lx.is_verb_cue(toks.forms[i - 1])]


def _headline_texts(doc: Document) -> list[str]:
    return [*([doc.title] if doc.title else []), *(doc.text[h.start : h.end] for h in doc.layer("headline"))]


def _one_word_label(headline: str) -> str | None:
    """The headline's label before its colon when it is one ال- word no table knows, folded."""
    label, colon, said = headline.partition(":")
    toks = tokenize(key(label).strip(" «»\"'"))
    if not colon or toks.n != 1 or len(said.split()) < 2:
        return None
    form = toks.forms[0]
    if not form.startswith("ال") or len(form) < 5 or form in lx.NOT_NAME or form in lx.NON_SPEAKER_LABELS \
            or form in lx.DOCUMENT_SPEAKERS or lx.ROLE_HEADS.match(toks, 0) or title_length(toks, 0) \
            or lx.ORG_HEADS.match(toks, 0) or lx.KNOWN_ORGS.match(toks, 0) or lx.PLACES.match(toks, 0):
        return None
    return form


def _sure_name(name: str) -> bool:
    """Whether a name read after a title is surely a name, so that the bare title may later stand
    for its bearer ("الرئيس فلان … وقال الرئيس"): it opens with a given name, or it does not open
    with what reads as a verb or a preposition ("السفيرة بشكل قاطع", "رئيس الوزراء أمر", "الرئيس
    يعطي" are no names) and is not one short word. A miss only leaves the bare title unresolved."""
    toks = name.split()
    first = toks[0]
    if first in lx.ANY_GIVEN_NAMES:
        return True
    if first in lx.NOT_NAME or first[0] in "يتبلكفو" or (len(toks) == 1 and len(first) <= 3):
        return False
    return True


def _entity_at(doc: Document, toks: Tokens, f: Found) -> str | None:
    start, end = toks.orig(f.i, f.j)
    for m in doc.layer("mentions"):
        if m.start == start and m.end == end and m.label == "person":
            return m.attrs["entity"]
    return None


def _dedupe(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s in spans:
        if out and out[-1].start == s.start and out[-1].end == s.end and out[-1].label == s.label:
            continue
        out.append(s)
    return out


def propagate_names(doc: Document, toks: Tokens, builder: EntityBuilder) -> None:
    """Every other occurrence of a known person's full name or surname is a mention of them."""
    if not builder.persons:
        return
    covered = {(m.start, m.end) for m in doc.layer("mentions")}
    # An offset is inside a mention found so far when the last of those starting at or before it
    # ends after it: their starts in order, and the furthest end among the first i of them.
    taken = sorted(covered)
    taken_starts = [a for a, _ in taken]
    taken_reach = list(accumulate((b for _, b in taken), max))
    surnames: dict[str, str] = {}
    by_sound: dict[str, list[tuple[str, str]]] = {}
    given_surnames: set[str] = set()   # surnames that are also given names ("عادل منصور")
    for eid, name in builder.persons:
        words = name.split()
        last = words[-1]
        if last in lx.COMPOUND_NAME_PARTS:
            continue  # "… علم الدين", "… عبد الله": "الدين", "الله" alone are common words
        if len(last) >= 3 and last not in lx.NOT_NAME and (len(words) > 1 or last not in lx.GIVEN_NAMES):
            surnames.setdefault(last, eid)
            by_sound.setdefault(sound_key(last), []).append((last, eid))
            if last in lx.GIVEN_NAMES:
                given_surnames.add(last)
    initials = {s[0] for s in surnames}
    readings = _surname_readings(toks, initials, surnames, by_sound)
    for i in compress(range(toks.n), map(readings.__contains__, toks.forms)):
        form = toks.forms[i]
        for bare, direct, by_sound_eid in readings[form]:
            eid = direct
            if bare in given_surnames and i + 1 < toks.n and _is_name_token(toks, i + 1):
                eid = None  # "منصور" followed by more of a name is somebody else's given name
            if eid is None:
                eid = by_sound_eid
            if eid is None:
                continue
            start, end = toks.orig(i, i + 1)
            start = end - len(bare) if bare != form else start
            if i and (toks.forms[i - 1] == lx.FAMILY_OF or toks.forms[i - 1] in lx.PATRONYMIC_LINKS):
                # "وقال آل محمود", "ونفى بن عمار …": the family name with its "آل" or "بن"
                start = toks.orig(i - 1, i)[0]
            at = bisect_right(taken_starts, start)
            if (start, end) in covered or (at and taken_reach[at - 1] > start):
                break
            doc.add("mentions", Span(start, end, "person", {"entity": eid}))
            break


def _sounding_like(distinct: set[str], keys: set[str], initials: tuple[str, ...]) -> set[str]:
    """The words of ``distinct`` with a bare form whose sound key is one of ``keys`` and that may
    sound alike, of those only the words that can have a reading (see ``_surname_readings``): the
    word and that bare form open with (or the word after one letter, with) a surname's initial.
    Computed per document, and a word is tested only when its last letter (every bare form's) is
    one a key can end with: a per-process index of the words seen cost more, in memory reads."""
    ends = _letters_ending(keys)
    words = list(distinct)
    out = set()
    # (the ending test, which most words fail, runs over every word in C: no Python step per word)
    for form in compress(words, map(str.endswith, words, repeat(ends))):
        if not (form.startswith(initials) or form.startswith(initials, 1)):
            continue
        if len(form) < 4 or form.startswith("ال"):
            continue  # its bare forms are itself or shorter: none may sound alike
        for bare, sound in _alike_forms(form):
            if sound in keys and bare.startswith(initials):
                out.add(form)
                break
    return out


@lru_cache(maxsize=1 << 14)
def _alike_forms(form: str) -> tuple[tuple[str, str], ...]:
    """The bare forms of ``form`` that may sound alike, each with its sound key, memoized per word:
    only words that passed ``_sounding_like``'s letter tests come here, and many recur."""
    return tuple((bare, skeleton(bare)) for bare in bare_forms(form) if may_sound_alike(bare))


def _letters_ending(keys: set[str]) -> tuple[str, ...]:
    """The letters a word may end with when its sound key (four letters or more) ends as one of
    ``keys`` does: a key's last letter is its word's last letter mapped by the sound classes."""
    return tuple({letter for key_ in keys for letter in _SOUND_ENDINGS.get(key_[-1], (key_[-1],))})


def _sound_endings() -> dict[str, tuple[str, ...]]:
    """For each letter a sound key can end with that some other letter maps to, every letter
    that ends a key with it. A letter of no sound class maps to itself, and only to itself."""
    classed = {ch for cls in SOUND_CLASSES for ch in (cls + key(cls))}
    last_of = {ch: skeleton("  " + ch)[-1] for ch in classed}
    endings: dict[str, set[str]] = {}
    for ch, last in last_of.items():
        endings.setdefault(last, set()).add(ch)
    return {last: tuple(chs) for last, chs in endings.items()}


_SOUND_ENDINGS = _sound_endings()


def may_sound_alike(bare: str) -> bool:
    """Whether a bare form may sound like another spelling of it (``entities.same_token``): native
    names and ال-/عبد- words are only ever the same word, and short words are too short to tell."""
    return len(bare) >= 4 and not (bare.startswith(("ال", "عبد")) or bare in lx.GIVEN_NAMES)


def _surname_readings(toks: Tokens, initials: set[str], surnames: dict[str, str],
                      by_sound: dict[str, list[tuple[str, str]]]) -> dict[str, list[tuple[str, str | None, str | None]]]:
    """For each distinct word that may name a known person: its bare forms that do, each with the
    entity its exact surname names and the entity a similar-sounding surname names (either None).
    Computed once per word, not per occurrence; words that name nobody are left out."""
    out = {}
    # The words with a bare form that is a surname or sounds like one (the only ones that can have
    # a reading), of those only the words opening with (or after one letter, with) a surname's
    # first letter.
    # Only a surname that may sound like another spelling needs the sound-key search: any other one
    # is only ever the same word (entities.same_token), so its words are its clitic forms.
    foreign: set[str] = set()
    native: list[str] = []
    for last in surnames:
        if may_sound_alike(last):
            foreign.add(sound_key(last))
        else:
            native.append(last)
    maybe = _sounding_like(toks.distinct, foreign, tuple(initials)) if foreign else set()
    for last in native:  # (_sounding_like found the words of the others)
        maybe.update(clitic_forms_present(last, toks.distinct))
    for form in [f for f in maybe if f[0] in initials or f[1:2] in initials]:
        readings = []
        for bare in bare_forms(form):
            direct = surnames.get(bare)
            by_sound_eid = None
            if len(bare) < 4 or bare[0] not in initials:
                pass
            elif bare.startswith(("ال", "عبد")) or bare in lx.GIVEN_NAMES:
                # A native name sounds like no other spelling (entities.same_token): only the same
                # surname matches, and surnames and by_sound list persons in the same order.
                by_sound_eid = direct
            elif alike := by_sound.get(sound_key(bare)):
                by_sound_eid = next((e for s, e in alike if same_token(bare, s)), None)
            if direct is not None or by_sound_eid is not None:
                readings.append((bare, direct, by_sound_eid))
        if readings:
            out[form] = readings
    return out
