"""Statements and their speakers.

Layer ``statements``: spans labelled ``direct`` (quoted, or after "قال:"), ``indirect`` (cue verb +
أن/إن/بأن/إلى أن …), ``interview`` (answers under numbered questions or labelled turns) and
``headline`` ("المتحدث باسم …: …"). attrs: ``cue`` (the cue word as written), ``speaker`` (document
entity id or None), ``speaker_mention`` (Span of the speaker's name or role, when the statement names
it) and ``field`` ("title" for statements inside a separate title).

Speakers come from the cue's subject: a name, title + name, role phrase, organization, "الأول"/
"الثاني"/"الأخير" (the pair just named), or nothing (a pronoun subject: the current speaker goes on).
Questions, bylines and boilerplate never become statements, and a name inside a quote is never that
quote's speaker.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from itertools import accumulate

from qawl import lexicon as lx
from qawl.components import interview
from qawl.components.clauses import statement_parts
from qawl.components.mentions import (EntityBuilder, Found, ba_verbal_noun, complementizer_at, definite_verbal_noun, doc_tokens,
                                     listed_verbal_noun_at, name_run, object_after_subject, office_at, past_abbreviation,
                                     role_phrase, skip_adjectives, team_at, time_phrase_at, title_class, title_length,
                                     verbal_noun_at, verbal_noun_word, with_tanween)
from qawl.doc import Document, Span
from qawl.entities import country_nisba
from qawl.rules import cues
from qawl.rules import structure as structure_rules
from qawl.rules.words import DANGLING_END
from qawl.text.normalize import key
from qawl.text.tokens import Tokens, bare_forms
from qawl.text.wordcount import at_least, at_most

_QUOTE_MARKS = {*"«»“”\"„", "''"}  # ('' is one token: the two-apostrophe mark of some Egyptian copy)
_SENTENCE_END = set(".!?؟")
# Quotes this short are terms or names in quote marks («النور», "داعش"), not statements, unless a
# cue with a colon introduces them.
MIN_QUOTE_WORDS = 3
# A quote with no cue is the current speaker's when it is at least this long and near their last statement.
MIN_UNATTRIBUTED_WORDS = 6
MAX_SUBJECT_TOKENS = 25
# Words of a role's complement the role mention may leave out, between the commas of an apposition
# ("، مساعد وزير الصحة [للطب الوقائي]،").
ROLE_TAIL_WORDS = 4
# Words of a role's complement that the role reader left, before the comma opening its holder's name
# (``StatementFinder._appositive_holder``).
ROLE_COMPLEMENT_REACH = 8
_WHAT = frozenset({"ما"})
_AS = frozenset({"كما"})
# Words that open an aside between commas about the one just named ("، وهو ضابط سابق في القوة،").
_ASIDE = frozenset({"وهو", "وهي", "وهم", "وهما"})
# A cheap test on the original text before the token scan for "بحسب"/"وفقاً لـ" phrases.
_ACCORDING_WORDS = ("حسب", "وفق", "طبق", "نقلا", "نقلاً", "على حد")
_DANGLING_TAILS = tuple(sep + w for w in DANGLING_END for sep in (" ", "،", ","))  # ("للحكم،وقد": no space)
# Every word at which ``content_opener``'s walk can stop or turn (its other words are passed over).
_WALK_STOPS = frozenset({*_QUOTE_MARKS, ":", *_SENTENCE_END, "الي", "إلى", *lx.COMPLEMENTIZERS.starts,
                         *lx.VERB_FORMS, *lx.PARTICIPLE_FORMS, *lx.CLAUSE_PARTICIPLE_FORMS, *lx.CLAUSE_VERBS,
                         *lx.COORDINATED_COMPLEMENTIZERS, *lx.OBJECT_PRONOUN_VERB_FORMS})
_COMMAS = frozenset({"،", ","})
_SHADDA = "\u0651"
_THAT = key("أن")
_CLOSING_MARKS = frozenset("»”")
# A preposition glued to ال- (folded forms): "للرئاسة", "بالوزارة", "وللحكومة".
_PREPOSED_ARTICLE = ("لل", "بال", "كال", "وبال", "فبال", "ولل", "فلل")
_PLURAL_VERB_ENDING = "وا"


@dataclass(slots=True)
class Cue:
    i: int                 # token index of the cue word
    after: int             # first token after the cue (phrases span several)
    kind: str              # verb | participle | phrase | quoting ("… عن X قوله")
    base: str


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    kind: str
    cue: str | None
    speaker: str | None            # entity id, or None for "the current speaker"
    mention: Span | None
    priority: int
    explicit: bool = True          # False: speaker to be resolved from the discourse
    field: str = "text"


def find_cues(toks: Tokens, lo: int, hi: int, named: Callable[[int], bool] | None = None) -> list[Cue]:
    """The cues of tokens ``lo`` to ``hi``; ``named`` says whether a token is inside a person's
    mention (a clause verb's subject may begin with ب: "ورجح باتيستا أن …")."""
    cues = []
    i = lo  # the first token not yet read
    forms = toks.forms
    starts = toks.positions("cue_starts", lx.CUE_STARTS)
    for c in starts[bisect_left(starts, lo) : bisect_left(starts, hi)]:
        if c < i:
            continue
        f = forms[c]
        n = lx.CUE_PHRASES.match(toks, c)
        if n:
            cues.append(Cue(c, c + n, "phrase", f))
            i = c + n
            continue
        if f in lx.VERB_FORMS:  # (lx.is_verb_cue, lx.is_participle_cue inlined)
            if c == 0 or forms[c - 1] not in lx.NOUN_MAKERS:
                cues.append(Cue(c, c + 1, "verb", lx.VERB_FORMS[f]))
        elif f in lx.PARTICIPLE_FORMS:
            if participle_cue(toks, c):
                cues.append(Cue(c, c + 1, "participle", lx.PARTICIPLE_FORMS[f]))
        elif f in lx.CLAUSE_PARTICIPLE_FORMS:
            if clause_participle_cue(toks, c):
                cues.append(Cue(c, c + 1, "participle", lx.CLAUSE_PARTICIPLE_FORMS[f]))
        elif f in lx.OBJECT_PRONOUN_VERB_FORMS:
            if c + 1 < toks.n and complementizer_at(toks, c + 1):
                cues.append(Cue(c, c + 1, "verb", lx.OBJECT_PRONOUN_VERB_FORMS[f]))
        elif f in lx.QUOTING_FORMS:
            cues.append(Cue(c, c + 1, "quoting", f))
        elif f in lx.RELAY_FORMS:
            opener = _relayed_clause(toks, c, hi)
            if opener is not None:
                cues.append(Cue(c, opener, "relay", f))
        elif f in lx.SENTENCE_OPENING_VERBS and (c == lo or forms[c - 1] in _SENTENCE_END):
            cues.append(Cue(c, c + 1, "verb", lx.SENTENCE_OPENING_VERBS[f]))
        elif f in lx.CLAUSE_OPENING_VERBS and (c == lo or forms[c - 1] in _SENTENCE_END or forms[c - 1] in _COMMAS) \
                and _complementizer_follows(toks, c, hi):
            cues.append(Cue(c, c + 1, "verb", lx.CLAUSE_OPENING_VERBS[f]))
        elif f in lx.CLAUSE_VERBS and (c == 0 or forms[c - 1] not in lx.NOUN_MAKERS) \
                and (c + 1 >= hi or forms[c + 1] not in lx.CLAUSE_VERB_NOUNS.get(f, ())) \
                and _opens_clause(toks, c, lo) and _clause_follows(toks, c, hi, named):
            cues.append(Cue(c, c + 1, "verb", lx.CLAUSE_VERBS[f]))
        elif f in lx.OPENER_CLAUSE_VERBS and (c > lo and forms[c - 1] in lx.CLAUSE_VERB_OPENERS
                                              or _opens_sentence_before_office(toks, c, lo)) \
                and _clause_follows(toks, c, hi, named):
            cues.append(Cue(c, c + 1, "verb", lx.OPENER_CLAUSE_VERBS[f]))
        i = c + 1
    return cues


def _opens_sentence_before_office(toks: Tokens, c: int, lo: int) -> bool:
    """Whether a bare verb of ``cues.GLUED_ONLY_CLAUSE_VERBS`` opens a sentence with an office or a
    body right after it ("طالب رئيس الحزب، فلان، بإجراء …"): the student ("طالب جامعي …") and a
    name's word ("أبو طالب") stand before none."""
    return (c == lo or toks.forms[c - 1] in _SENTENCE_END) and c + 1 < toks.n and office_at(toks, c + 1)


def _past_indefinite_nisbas(toks: Tokens, k: int, end: int) -> int:
    """Past the indefinite nisba adjectives at ``k`` (two at most, before ``end``): "غربي", "اقتصادي",
    "أمريكية"."""
    stop = min(end, k + 2)
    while k < stop and len(f := toks.forms[k]) >= 4 and f.endswith(("ي", "يه")) and f.isalpha() \
            and not f.startswith("ال"):
        k += 1
    return k


def _relayed_clause(toks: Tokens, c: int, hi: int) -> int | None:
    """Where the complementizer of "ونقلت الوكالة عن وزير الخارجية أن …" is, for the relay verb at
    ``c`` (``cues.RELAY_VERBS``): عن within ``RELAY_REACH`` words before the sentence ends, then, after
    at least one word, a complementizer before any punctuation but the commas of an apposition or an
    aside ("عن المصدر الأمني، مساء الثلاثاء، أن"). None otherwise, and when a quoting word comes
    first ("عن المتحدث قوله": ``QUOTING_WORDS``)."""
    forms = toks.forms
    at = None
    for j in range(c + 1, min(hi, c + 1 + cues.RELAY_REACH)):
        if forms[j] in _SENTENCE_END:
            return None
        if forms[j] == "عن":
            at = j
            break
    if at is None or at + 1 >= hi or forms[at + 1] in lx.NOT_RELAY_SOURCES:
        return None
    commas = 0
    for k in range(at + 2, min(hi, at + 1 + MAX_SUBJECT_TOKENS)):
        f = forms[k]
        if f in lx.QUOTING_FORMS:
            return None
        if complementizer_at(toks, k):
            return k
        if f in _COMMAS:
            commas += 1
            if commas > 3:  # an apposition and an aside: "عن فلان، محامي الأسرة، مساء الثلاثاء، أن"
                return None
        elif not f[:1].isalnum() and f not in _QUOTE_MARKS:
            return None
    return None


def _opens_clause(toks: Tokens, c: int, lo: int) -> bool:
    """Whether a clause verb that is also a noun (``cues.NOUN_LIKE_CLAUSE_VERBS``) stands where a clause
    opens: glued to و/ف, first, after punctuation, or after a clause opener or a verb particle.
    Other clause verbs always may."""
    f = toks.forms[c]
    if f not in lx.NOUN_LIKE_CLAUSE_VERBS:
        return True  # (their glued forms are other keys of CLAUSE_VERBS)
    # (… or after a connective holding its subject: "لكنه رأى أن …", "غير أنه رأى أن …")
    return c == lo or not toks.forms[c - 1][:1].isalnum() or toks.forms[c - 1] in lx.CLAUSE_VERB_OPENERS \
        or _pronoun_subject_before(toks, c)


def _clause_follows(toks: Tokens, c: int, hi: int, named: Callable[[int], bool] | None = None) -> bool:
    """Whether what was said follows the verb at ``c`` as a clause (``cues.CLAUSE_VERBS``): a
    complementizer (or a colon, or the preposition the verb takes in ``NOUN_CONTENT_VERBS``, or a
    word with that preposition ب glued to it) within ``CLAUSE_VERB_REACH`` words, before any other
    punctuation or word with ب (but باسم, inside the subject: "ورأى المتحدث باسم التحالف أن …"). A
    complementizer after "كما", "إلا" … opens an adverbial, not the verb's clause
    (``cues.NOT_CLAUSE_OPENERS``)."""
    forms = toks.forms
    base = lx.CLAUSE_VERBS.get(forms[c]) or lx.OPENER_CLAUSE_VERBS[forms[c]]
    if base in lx.OBJECT_CLAUSE_GATES:
        return object_gate(toks, c, hi) is not None
    # (a present form takes no noun: "حتى يتعهد الرئيس باحترام الاتفاقية" is a condition)
    conditional = forms[c] in lx.PRESENT_CLAUSE_FORMS and tuple(forms[max(0, c - 2) : c]) not in lx.NARRATIVE_OPENERS
    takes = () if conditional else lx.NOUN_CONTENT_VERBS.get(base, ())
    for j in range(c + 1, min(hi, c + 1 + cues.CLAUSE_VERB_REACH)):
        if complementizer_at(toks, j, clitics=True) and not _time_clause_at(toks, j, c + 1):
            return forms[j - 1] not in lx.NOT_CLAUSE_OPENERS
        if base in lx.BA_VERBAL_NOUN_OBJECT_VERBS and _glued_object(forms[j]) and not ba_verbal_noun(forms[j]):
            continue  # "أوصت هيئة المفوضين [بالدائرة] الأولى …": more of the subject
        if forms[j] == ":" or forms[j] in takes or ("ب" in takes and _glued_object(forms[j])):
            return True
        if "" in takes and base in lx.VERBAL_NOUN_OBJECT_VERBS and (verbal_noun_at(toks, j) or _any_verbal_noun(toks, j)):
            return True  # "واستبعد المحافظ حدوث …", "… أي خفض …": the verbal noun it ruled out
        if "ب" in takes and _time_aside(toks, j, hi):
            continue  # "يتعهد الساعدي [بعد] استئنافها بوصول …": on to the word after the phrase
        if (after := occasion_aside(toks, j, hi, takes)) != j:  # "ودعا الوزير، خلال لقائه …، إلى …"
            return _said_opens_at(toks, after, hi, takes)
        if "ب" in takes and _ba_object_after_comma(toks, j, hi, named):
            return True  # "وطالب فلان، [بفتح] تحقيق …"
        if forms[j] in _COMMAS and (close := _apposition_close(toks, j, hi)) is not None:
            # "تعهدت الوزيرة، فلانة، [بخفض] …", "تعهد فلان، وزير الصحة، أمام مجلس النواب [بأن] …"
            return _said_opens_at(toks, _past_audience(toks, close + 1, hi, takes), hi, takes)
        if forms[j].startswith("ب") and named is not None and named(j):
            continue  # a name ("ورأى بشار الأسد أن …", "ورجح بابكر أن …")
        if forms[j] in lx.TIME_CLAUSE_OPENERS:
            continue  # "ورأى الوزير [بعد] أن التقى الرئيس أن …"
        if not forms[j][:1].isalnum() or (forms[j].startswith("ب") and forms[j] not in lx.ROLE_LINKS
                                          and not lx.ORG_HEADS.match(toks, j, clitics=False)):
            return False  # (a ب of its own: "ورأى رئيس بلدية عين الصفصاف أن …")
    return False


def _time_clause_at(toks: Tokens, k: int, lo: int) -> bool:
    """Whether the complementizer at ``k`` opens a clause of time (``cues.TIME_CLAUSE_OPENERS``: "بعد
    أن", "قبل أن"), not "من قبل أن" after a passive ("أُعلن من قبل أن …": earlier, that …)."""
    return k > lo and toks.forms[k - 1] in lx.TIME_CLAUSE_OPENERS \
        and not (toks.forms[k - 1] == "قبل" and k - 2 >= lo and toks.forms[k - 2] == "من")


def _ba_object_after_comma(toks: Tokens, j: int, hi: int, named: Callable[[int], bool] | None) -> bool:
    """Whether the comma at ``j`` sets off a verb's ب-object: a word with ب glued right after it
    that is not in a person's name (``named``): "وطالب فلان، بفتح تحقيق …", not "، بشار …"."""
    return (j + 1 < hi and toks.forms[j] in _COMMAS and _glued_object(toks.forms[j + 1])
            and not (named is not None and named(j + 1)))


def _complementizer_follows(toks: Tokens, c: int, hi: int) -> bool:
    """Whether a complementizer comes within ``CLAUSE_VERB_REACH`` words after ``c``, with no
    punctuation before it (``cues.CLAUSE_OPENING_VERBS``); right after it only when the verb is
    written with its shadda ("…، بيّن أن …": he made clear that; "، بين أن" may be "between")."""
    forms = toks.forms
    for j in range(c + 1, min(hi, c + 1 + cues.CLAUSE_VERB_REACH)):
        if complementizer_at(toks, j, clitics=True):
            return (j > c + 1 or _SHADDA in toks.view.original[slice(*toks.orig(c, c + 1))]) \
                and forms[j - 1] not in lx.NOT_CLAUSE_OPENERS
        if not forms[j][:1].isalnum():
            return False
    return False


def _in_topic_phrase(toks: Tokens, at: int, reach: int = 6) -> bool:
    """Whether token ``at`` is inside a phrase that opens with a preposition, back to the comma or
    sentence end before it (at most ``reach`` words): what one spoke of, not who spoke ("وعن مصير
    [زعيم الجماعة]، قال: «…»")."""
    y = at - 1
    while y >= max(0, at - reach) and toks.forms[y] not in _COMMAS and toks.forms[y] not in _SENTENCE_END:
        y -= 1
    return y + 1 < at and (y < 0 or not toks.is_word(y)) and _object_preposition(toks.forms[y + 1])


def _object_preposition(form: str) -> bool:
    """Whether a word is one of ``words.OBJECT_PREPOSITIONS``, also after و or ف ("وعن", "ومع")."""
    return form in lx.OBJECT_PREPOSITIONS or (form[:1] in ("و", "ف") and form[1:] in lx.OBJECT_PREPOSITIONS)


# A preposition with the pronoun of "ما" after the verb of "وحسب ما أفاد [به] المتحدث".
_RESUMPTIVE_PREPOSITIONS = ("به", "بها", "عنه", "عنها", "له")


def _past_audience(toks: Tokens, k: int, hi: int, takes: tuple[str, ...]) -> int:
    """Where what was said opens after whom it was said before (``cues.AUDIENCE_PREPOSITIONS``,
    ``OCCASION_BARE_REACH`` words at most, no punctuation): "أمام مجلس النواب [بأن] …"; else ``k``."""
    if k >= hi or toks.forms[k] not in lx.AUDIENCE_PREPOSITIONS:
        return k
    for t in range(k + 1, min(hi, k + 2 + cues.OCCASION_BARE_REACH)):
        if not toks.is_word(t):
            return k
        if _said_opens_at(toks, t, hi, takes):
            return t
    return k


def _said_opens_at(toks: Tokens, k: int, hi: int, takes: tuple[str, ...]) -> bool:
    """Whether what was said opens at token ``k`` after an aside: a complementizer, one of the verb's
    prepositions ``takes``, or a word with its ب glued."""
    if k >= hi:
        return False
    f = toks.forms[k]
    return complementizer_at(toks, k) > 0 or f in takes or ("ب" in takes and _glued_object(f))


def _framing_aside(toks: Tokens, j: int, hi: int) -> int:
    """The words of a framing phrase at ``j`` (``cues.FRAMING_ASIDES``), commas around it included;
    0 when there is none."""
    k = j + (j < hi and toks.forms[j] in _COMMAS)
    n = lx.FRAMING_ASIDES.match(toks, k, clitics=False) if k < hi else 0
    if not n:
        return 0
    k += n
    return k + (k < hi and toks.forms[k] in _COMMAS) - j


def occasion_aside(toks: Tokens, j: int, hi: int, allowed: tuple[str, ...]) -> int:
    """Where the verb's object comes after an aside at ``j`` saying where or how one spoke
    (``cues.OCCASION_PREPOSITIONS``): past the comma that closes it ("وأعربت المجموعة، [في بيان لها
    اليوم الثلاثاء،] عن …", quote marks within it too), or, with no comma before it, at the first of
    the verb's prepositions (``allowed``, or a word with its ب glued on) in it ("وأعلن الرئيس [في
    كلمته] عن …"); ``j`` when there is no such aside."""
    forms = toks.forms
    opened = j < hi and forms[j] in _COMMAS
    k = j + opened
    if k + 1 >= hi or forms[k] not in lx.OCCASION_PREPOSITIONS or forms[k + 1] not in lx.OCCASION_NOUN_FORMS:
        return j
    reach = cues.OCCASION_ASIDE_REACH if opened else cues.OCCASION_BARE_REACH + 1
    for t in range(k + 2, min(hi - 1, k + 2 + reach)):
        f = forms[t]
        if f in _COMMAS:
            return t + 1 if opened else j
        if not opened and f in allowed and f and forms[t + 1] not in lx.OCCASION_GOES_ON:
            return t
        if not opened and "ب" in allowed and _glued_object(f) and f[1:] not in lx.OCCASION_NOUN_FORMS:
            # "وكان رئيس البلدية قد أشاد [في المؤتمر] بالمتطوعين …" (but "في مرافعته [بجلسة] اليوم
            # ببراءة …" is more of the aside)
            return t
        if opened and f in _QUOTE_MARKS:
            continue  # the marks around a paper's or a show's name: "، في حوار مع صحيفة "الصباح"، …"
        if not toks.is_word(t) or (not opened and lx.PERSON_TITLES.find(toks, t)[0]):
            return j
    return j


def _pronoun_subject_before(toks: Tokens, c: int) -> bool:
    """Whether the verb at ``c`` has its subject in a pronoun glued to the word before it
    (``cues.PRONOUN_SUBJECT_OPENERS``: "لكنها أبدت …") or in a connective's complementizer
    (``cues.CONNECTIVE_SUBJECTS``: "غير أنها أبدت قلقها من …")."""
    return (c >= 1 and toks.forms[c - 1] in lx.PRONOUN_SUBJECT_OPENERS) or (
        c >= 2 and tuple(toks.forms[c - 2 : c]) in lx.CONNECTIVE_SUBJECTS)


def _before_occasion_tail(toks: Tokens, start: int, end: int) -> int:
    """Where reported speech from ``start`` to ``end`` ends before a tail saying where it was said
    (``cues.OCCASION_TAIL_OPENERS``): "…، [وذلك في مؤتمر صحفي] عقده اليوم" ends at its comma."""
    forms = toks.forms
    for t in range(start + 1, end - 3):
        if forms[t] in _COMMAS and (n := lx.OCCASION_TAIL_OPENERS.match(toks, t + 1, clitics=False)) \
                and t + n + 2 < end and forms[t + n + 1] in lx.OCCASION_PREPOSITIONS \
                and forms[t + n + 2] in lx.OCCASION_NOUN_FORMS:
            return t
    return end


def _time_aside(toks: Tokens, j: int, hi: int) -> bool:
    """Whether a two-word time phrase at ``j`` (``cues.TIME_ASIDES``) comes right before a word with
    the ب a verb takes: "يتعهد الساعدي [بعد استئنافها] بوصول …"."""
    return toks.forms[j] in lx.TIME_ASIDES and j + 2 < hi and toks.is_word(j + 1) and _glued_object(toks.forms[j + 2])


def _apposition_close(toks: Tokens, j: int, hi: int) -> int | None:
    """The comma closing an apposition of at most ``ROLE_TAIL_WORDS`` words that opens at the comma
    ``j`` ("ورجحت مديرة المرصد[، الدكتورة نزهة العلوي،] أن …"), or a relative clause of at most
    ``RELATIVE_ASIDE_WORDS`` ("ورأى النائب فلان[، الذي شارك في الحلقة ذاتها،] أن …"); None when no
    such comma comes."""
    reach = RELATIVE_ASIDE_WORDS if j + 1 < hi and toks.forms[j + 1] in _RELATIVES else ROLE_TAIL_WORDS
    k, words = j + 1, 0
    while k < hi - 1 and words <= reach:
        if toks.forms[k] in _COMMAS:
            return k if k > j + 1 else None
        if toks.is_word(k):
            words += 1
        elif not (toks.forms[k] == "." and len(toks.forms[k - 1]) == 1):
            return None  # (but the point of an abbreviated title: "، د. فلان،")
        k += 1
    return None


def object_gate(toks: Tokens, c: int, hi: int) -> int | None:
    """Where the word a verb of ``cues.OBJECT_CLAUSE_VERBS`` needs comes after it ("وعزا الوزير
    الارتفاع [إلى] …", "وجدد الرئيس [دعوته] …"): within ``OBJECT_CLAUSE_REACH`` words, before any
    punctuation but the commas of an apposition or an occasion aside ("وأرجع الوزير[، د. فلان،][ في
    مؤتمر صحفي أمس،] تفشي المرض إلى …", not counted in the reach) and quote marks; None when it
    does not (the verb is then no cue)."""
    forms = toks.forms
    base = lx.CLAUSE_VERBS[forms[c]]
    gate = lx.OBJECT_CLAUSE_GATES[base]
    figure_only = base in lx.FIGURE_GATED_VERBS
    j, words = c + 1, 0
    while j < hi and words < cues.OBJECT_CLAUSE_REACH:
        if _opens_object_clause(forms[j], gate) and (not figure_only or _glued_figure(forms[j])):
            return j
        if forms[j] in _COMMAS:
            after = occasion_aside(toks, j, hi, ())
            if after == j and (close := _apposition_close(toks, j, hi)) is not None:
                after = close if occasion_aside(toks, close, hi, ()) != close else close + 1
            if after == j:
                return None
            j = after
            continue
        if forms[j] in _QUOTE_MARKS:
            j += 1  # a name in quote marks in the object: "احتياطيات حقل «نجمة البحر» بنحو …"
            continue
        if not forms[j][:1].isalnum():
            return None
        j, words = j + 1, words + 1
    return None


def _glued_figure(form: str) -> bool:
    """Whether a word with its ب glued carries a figure: "بـ4950", "بنحو" (``cues.FIGURE_GATE_WORDS``)."""
    rest = form[1:].lstrip("ـ")
    return rest[:1].isdigit() or rest in lx.FIGURE_GATE_WORDS


def _opens_object_clause(form: str, gate: tuple[frozenset[str], tuple[str, ...]]) -> bool:
    """Whether ``form`` is a word that makes a verb of ``cues.OBJECT_CLAUSE_VERBS`` a cue ("إلى",
    "دعوته"), or a word with one of its prepositions glued ("لسوء", "بنحو", "بـ80", and "بما" of an
    estimate: "وقدر المسؤول عددهم بما بين 300 و400"; not "لما", when)."""
    words, glued = gate
    if form in words:
        return True
    for g in glued:
        rest = form[1:].lstrip("ـ") if form.startswith(g) else ""
        if (len(rest) >= 3 or rest[:1].isdigit()) and form not in lx.FUNCTION_WORDS:
            return True
        if g == "ب" and rest == "ما":
            return True
    return False


def _content_start(toks: Tokens, k: int, n: int) -> int:
    """The first token of what a complementizer of ``n`` tokens at ``k`` opens: the token after it,
    or its last token when that is the negation ألا, which the content keeps
    (``cues.NEGATED_COMPLEMENTIZER``)."""
    return k + n - 1 if toks.forms[k + n - 1] == lx.NEGATED_COMPLEMENTIZER else k + n


def _glued_object(form: str) -> bool:
    """Whether the word is a noun with the preposition ب glued to it ("بفتح", "بالإفراج", "بـإطلاقات")."""
    return form.startswith("ب") and len(form.lstrip("بـ")) >= 3 and form not in lx.NOT_BA_OBJECTS


def _glued_conjunction(form: str) -> bool:
    """Whether the cue form starts with a conjunction و/ف glued to it ("وأضاف", "فرد"), not with a
    root letter ("وعد", "وصف", "واصل": "وقال إن الرئيس وعد بإجراء انتخابات …" goes on)."""
    rest = form[1:]
    return form[0] in "وف" and (rest in lx.VERB_FORMS or rest in lx.CLAUSE_VERBS or rest in lx.PARTICIPLE_FORMS)


def _verb_base(form: str) -> str | None:
    """The cue verb ``form`` is, maybe with an object pronoun of one or two letters ("كشفه", "صرحها")."""
    return next((lx.VERB_FORMS[v] for v in (form, form[:-1], form[:-2]) if v in lx.VERB_FORMS), None)


def participle_cue(toks: Tokens, c: int) -> bool:
    """Whether the participle form at token ``c`` introduces speech ("…، مؤكدة أن …", "أمس الثلاثاء
    منتقدين …") rather than qualifying the noun before it ("312 إصابة مؤكدة بالحصبة", "لقاءين مؤكدين"):
    a feminine or plural form right after an indefinite word or a figure ("7.4% متوقعة للعام الجاري"),
    with no comma between and nothing after it that opens speech, is an adjective (one after a
    definite noun would be المؤكدة)."""
    forms = toks.forms
    f = forms[c]
    before = forms[c - 1] if c else "."
    after = forms[c + 1] if c + 1 < toks.n else "."
    figure = before[0].isdigit() or before in ("%", "٪") or before in lx.NUMBER_WORDS
    if lx.PARTICIPLE_FORMS[f] in lx.NOUN_LIKE_PARTICIPLES and _participle_as_noun(toks, c, figure):
        return False
    if before in lx.PREDICATE_VERBS or (before[:1] in ("و", "ف") and before[1:] in lx.PREDICATE_VERBS):
        # "الاتفاق كان متوقعا منذ أسابيع", "وكان مقدرا أن يفتتح …": the predicate of كان
        # (``cues.PREDICATE_VERBS``)
        return False
    if lx.PARTICIPLE_FORMS[f] in lx.PASSIVE_LIKE_PARTICIPLES and f.endswith("ه") and before.startswith("ال"):
        # "الموانئ مطالبة بالتكامل": required to (the passive participle), the noun's predicate (not the
        # plural "…، مطالبين برحيل الحكومة": demanding)
        return False
    if f[0] == "و" or not f.endswith(("ه", "ين")) or not (before[0].isalpha() or figure) or before.startswith("ال"):
        return True
    # a preposition after it opens speech when it is the participle's own ("معربة عن", "مشيرة إلى";
    # not "معلومات مؤكدة عن وصول تعزيزات": أكد takes على)
    own = lx.NOUN_CONTENT_VERBS.get(lx.PARTICIPLE_FORMS[f])
    prepositions = [p for p in own if p] if own else ("الي", "علي", "عن", "ب")
    # (a closing mark ends a quoted phrase the adjective is in: "إن لدى الجيش «معلومات مؤكدة» بأن …")
    return ((not after[0].isalnum() and after not in _SENTENCE_END and after not in _COMMAS
             and after not in _CLOSING_MARKS) or after in prepositions
            or complementizer_at(toks, c + 1) > 0)


def _participle_as_noun(toks: Tokens, c: int, after_figure: bool) -> bool:
    """Whether a participle of ``cues.NOUN_LIKE_PARTICIPLES`` at token ``c`` is the noun: after a figure
    or a complementizer ("37 متهما", "أحد عشر متهما", "إن مهاجما"), or before an indefinite adjective
    in the accusative ("مهاجمًا صريحًا", "مهاجما ثانيا"; not "إياها", a pronoun object)."""
    if after_figure or (c and toks.forms[c - 1] in ("ان", "بان", "لان")):
        return True
    if c + 1 >= toks.n:
        return False
    after = toks.forms[c + 1]
    return with_tanween(toks, c + 1) or (
        len(after) >= 4 and after.endswith("ا") and not after.startswith(("ال", "ايا")))


def clause_participle_cue(toks: Tokens, c: int) -> bool:
    """Whether the form of ``cues.CLAUSE_PARTICIPLES`` at token ``c`` introduces speech: a
    complementizer or a colon right after it ("…، متعهدا بأن …", "مستطردا: …"), or, after one of
    ``cues.BA_NOUN_CLAUSE_PARTICIPLES``, a verbal noun with ب glued to it ("…، متعهدا بصرف …")."""
    if c + 1 >= toks.n:
        return False
    after = toks.forms[c + 1]
    if after == ":" or complementizer_at(toks, c + 1) > 0:
        return True
    return lx.CLAUSE_PARTICIPLE_FORMS[toks.forms[c]] in lx.BA_NOUN_CLAUSE_PARTICIPLES \
        and _glued_object(after) and verbal_noun_at(toks, c + 1)


def _own_verbal_noun(word: str) -> bool:
    """Whether a word is a verbal noun with a possessive pronoun (``words.OWN_VERBAL_NOUN_SUFFIXES``):
    "وجوده", "تعرضه", "مشاركتها" (folded: its ة written ت is ه again)."""
    for suffix in lx.OWN_VERBAL_NOUN_SUFFIXES:
        stem = word.removesuffix(suffix)
        if stem != word and len(stem) >= 3:
            if stem.endswith("ت"):
                stem = stem[:-1] + "ه"
            return (verbal_noun_word(stem) or stem in lx.WAW_VERBAL_NOUNS
                    or lx.OWN_VERBAL_NOUN_SHAPES.fullmatch(stem) is not None)
    return False


def _any_verbal_noun(toks: Tokens, j: int) -> bool:
    """Whether "أي" and a noun start at token ``j`` (``cues.ANY_BEFORE_VERBAL_NOUN``), not after a comma."""
    return toks.forms[j] in lx.ANY_BEFORE_VERBAL_NOUN and j + 1 < toks.n and toks.is_word(j + 1) \
        and toks.forms[j + 1] not in lx.FUNCTION_WORDS and toks.forms[j - 1] not in _COMMAS


def _denied_hearsay(toks: Tokens, j: int) -> bool:
    """Whether what others said starts at token ``j``: "ما" and a verb of spreading word
    (``cues.DENIED_HEARSAY``), or a noun of reports and what they said (``cues.DENIED_REPORTS``)."""
    f = toks.forms[j]
    if f in lx.DENIED_TRUTH and j + 1 < toks.n:
        j, f = j + 1, toks.forms[j + 1]  # "صحة ما يتداول …": the truth of what others said
    if f == "ما":
        return j + 1 < toks.n and toks.forms[j + 1] in lx.DENIED_HEARSAY
    if f not in lx.DENIED_REPORTS:
        return False
    for k in range(j + 1, min(toks.n, j + 2 + cues.DENIED_REPORT_REACH)):
        if toks.forms[k] in lx.DENIED_REPORT_TOPICS:
            return True
        if not toks.is_word(k):
            return False
    return False


# "فإن" right after an opening source, its comma left out (folded, with the pronouns glued).
_THEN_THAT = ("فان", "فانه", "فانها", "فانهم")


def _feminine_definite(form: str) -> bool:
    """Whether a folded word is a definite noun with a feminine ending (``cues.FEMININE_ENDINGS``) and
    no man's title of that form (``cues.FEMININE_FORM_MEN``)."""
    return (form.startswith("ال") and len(form) > 4 and form.endswith(lx.FEMININE_ENDINGS)
            and form not in lx.FEMININE_FORM_MEN)


class StatementFinder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.toks = doc_tokens(doc)
        self.builder: EntityBuilder = doc.cache["entity_builder"]
        self.mentions = [m for m in doc.layer("mentions") if m.attrs.get("field", "text") == "text"]
        self.quotes = doc.layer("quotes")
        # Quotations with an opening mark, by start, and the furthest end among the first i of them:
        # an offset is inside one when the last of those starting at or before it ends after it.
        opened = sorted((q.start, q.end) for q in self.quotes if q.attrs.get("open") is not None)
        self.opened_starts = [s for s, _ in opened]
        self.opened_reach = list(accumulate((e for _, e in opened), max))
        self.candidates: list[Candidate] = []
        # (offset, entity, where its mention starts or -1): a cue named this speaker
        self.speaker_events: list[tuple[int, str, int]] = []
        # "بحسب"/"وفقاً لـ" phrases are rare: one search of the whole text spares a search per sentence.
        self.according_words = [w for w in _ACCORDING_WORDS if w in doc.text]
        self.may_attribute_by_source = bool(self.according_words)
        self.sentence_starts: list[int] | None = None  # (made on first use: only those phrases use it)
        self.ranges: dict[tuple[int, int], tuple[int, int]] = {}  # tok_range's answers

    # -- offsets ------------------------------------------------------------------------------
    def tok_range(self, start: int, end: int) -> tuple[int, int]:
        """Token indexes covering original offsets [start, end) (memoized: a paragraph's range is
        asked for again by each of its cues)."""
        got = self.ranges.get((start, end))
        if got is None:
            # (``_view_index`` and ``Tokens.index_at`` inlined; the end is searched for after the start)
            offsets, token_starts = self.toks.view.offsets, self.toks.starts
            ordered = start <= end
            vs = start if offsets is None else bisect_left(offsets, start)
            ve = end if offsets is None else bisect_left(offsets, end, vs if ordered else 0)
            i = bisect_left(token_starts, vs)
            got = self.ranges[start, end] = i, bisect_left(token_starts, ve, i if ordered else 0)
        return got

    def sentence_start(self, i: int, i0: int) -> int:
        """Where walking back from token ``i - 1`` stops: after the last sentence end before it, or
        at ``i0`` (the paragraph's first token); ``i - 1`` itself when that is not after ``i0``."""
        k = i - 1
        if k <= i0:
            return k
        forms, stops = self.toks.forms, self.clause_stops()
        for stop in reversed(stops[bisect_left(stops, i0) : bisect_left(stops, k)]):
            if forms[stop] in _SENTENCE_END:
                return stop + 1
        return i0

    def clause_stops(self) -> list[int]:
        """Indexes of tokens among which are all that can end reported speech (``indirect``) or a
        walk back to a sentence's start: sentence ends and the words that may be cue verbs or
        participles. They are ``content_opener``'s stops (a few more words: the callers test each)."""
        return self.toks.positions("content_walk", _WALK_STOPS)

    def in_quote(self, offset: int) -> bool:
        """Inside a quotation that has an opening mark (where a quote with only a closing mark
        starts is a guess, so it hides nothing)."""
        i = bisect_right(self.opened_starts, offset)
        return i > 0 and self.opened_reach[i - 1] > offset

    # -- speakers -----------------------------------------------------------------------------
    def mention_near(self, start: int) -> Span | None:
        """``mention_at(start) or mention_at(start + 1)``, in one pass over the mentions."""
        after = None
        for m in self.mentions:
            if m.label in ("person", "role", "org"):
                if m.start <= start < m.end:
                    return m
                if after is None and m.start <= start + 1 < m.end:
                    after = m
        return after

    def subject_dropped_after(self, c: int) -> bool:
        """Whether the verb at ``c`` reports only with a subject named after it
        (``cues.NAMED_OBJECT_CLAUSE_VERBS``) and none is."""
        toks = self.toks
        return (lx.CLAUSE_VERBS[toks.forms[c]] in lx.NAMED_OBJECT_CLAUSE_VERBS
                and (c + 1 >= toks.n or self.mention_at(toks.orig(c + 1, c + 2)[0]) is None))

    def named_at(self, j: int) -> bool:
        """Whether token ``j`` is inside a person's mention."""
        return self.mention_at(self.toks.orig(j, j + 1)[0], ("person",)) is not None

    def mention_at(self, start: int, kinds: tuple[str, ...] = ("person", "role", "org")) -> Span | None:
        for m in self.mentions:
            if m.start <= start < m.end and m.label in kinds:
                return m
        return None

    def people_called_on(self, cue: Cue, j: int, end: int) -> bool:
        """Whether token ``j`` (before ``end``), right after a verb of ``cues.ADDRESSEE_VERBS``, is a group
        of people it calls on (``words.PEOPLE_ADDRESSED``): "ودعا المواطنين إلى …", "وحث المزارعين على …",
        the verb's subject dropped; or a feminine definite noun after its masculine form, which cannot be
        its subject (``cues.MASCULINE_ADDRESSEE_FORMS``): "ودعا السلطات إلى …"."""
        if cue.base not in lx.ADDRESSEE_VERBS or j >= end:
            return False
        f, after = self.toks.forms[j], self.toks.forms[j + 1] if j + 1 < end else ""
        if after.startswith("ال") and after.endswith(lx.NOMINATIVE_PLURAL_ENDING):
            return False  # "وطالب الطلاب المتظاهرون بـ…": its adjective in the nominative, the subject
        if f in lx.GROUPS_OF_FEMININE_VERBS and self.toks.forms[cue.i].endswith("ت"):
            return False  # "ودعت القوى السياسية إلى …": the forces called
        return f in lx.PEOPLE_ADDRESSED or (self.masculine_form(cue) and self.opens_clause(cue) and _feminine_definite(f)) \
            or self.sole_name_before_ba(cue, j, end) \
            or (f in lx.RESIDENTS and self.preposition_past_place(cue, j + 1, end))

    def preposition_past_place(self, cue: Cue, j: int, end: int) -> bool:
        """Whether the verb's preposition comes right after the definite words of a place from token
        ``j`` ("أهالي [القرى الحدودية] إلى …")."""
        forms, prepositions = self.toks.forms, lx.NOUN_CONTENT_VERBS.get(cue.base, ())
        k = j
        while k < end and k - j < 3 and forms[k].startswith("ال") and forms[k] not in prepositions:
            k += 1  # (folded, إلى is الي)
        return j < k < end and forms[k] in prepositions

    def sole_name_before_ba(self, cue: Cue, j: int, end: int) -> bool:
        """Whether a verb that always names whom it addresses (``cues.ADDRESSEE_REQUIRED_VERBS``) has a
        single name at ``j`` and its ب right after it, or is plural: the one addressed is at ``j``
        ("واتهمت [الحكومة] برفض …")."""
        if cue.base not in lx.ADDRESSEE_REQUIRED_VERBS:
            return False
        if self.toks.forms[cue.i].endswith("وا"):
            return True  # "واتهموا المشير فلان بـ…": a verb before its subject is singular; theirs was dropped
        m = self.mention_at(self.toks.orig(j, j + 1)[0])
        after = self.tok_range(m.start, m.end)[1] if m is not None else j + 1
        return after < end and _glued_object(self.toks.forms[after])

    def opens_clause(self, cue: Cue) -> bool:
        """``starts_clause`` of the cue verb, or a verb of ``GLUED_ONLY_CLAUSE_VERBS`` with its
        conjunction ("وطالب"), which opens one as "وأعرب" does ("الأمر الذي دعا المحكمة إلى …" opens
        none: it prompted the court)."""
        f = self.toks.forms[cue.i]
        return self.starts_clause(cue.i) or lx.CLAUSE_VERBS.get(f) == f[1:]

    def masculine_form(self, cue: Cue) -> bool:
        """Whether the cue verb is written in a masculine past form of ``cues.MASCULINE_ADDRESSEE_FORMS``
        (with و or ف glued or not)."""
        f = self.toks.forms[cue.i]
        return f in lx.MASCULINE_ADDRESSEE_FORMS or (f[:1] in ("و", "ف") and f[1:] in lx.MASCULINE_ADDRESSEE_FORMS)

    def nationality_before_name(self, j: int, limit: int) -> bool:
        """Whether token ``j``, where a cue's subject starts, is a country's nisba with ال- that stands
        for the person named right after it ("قال الفرنسي هيرفي رونار إن …"): a name word, no ال-
        word, follows before ``limit``."""
        toks = self.toks
        f = toks.forms[j]
        return (f.startswith("ال") and country_nisba(f[2:]) and j + 1 < limit and toks.is_word(j + 1)
                and not toks.forms[j + 1].startswith("ال") and toks.forms[j + 1] not in lx.NOT_NAME
                and not complementizer_at(toks, j + 1))

    def subject(self, cue: Cue, limit: int) -> tuple[str | None, Span | None, int, bool]:
        """(entity, mention, index after the subject, explicit) for the cue's subject."""
        entity, mention, j, explicit = self._subject(cue, limit)
        toks = self.toks
        if explicit and j < limit and toks.forms[j] in _QUOTE_MARKS \
                and any(toks.forms[x] in _QUOTE_MARKS for x in range(cue.after, min(j, limit))):
            j += 1  # the closing mark of a name in quotes: وأضاف «فريد» / وأشار "حرب"
        return entity, mention, j, explicit

    def _subject(self, cue: Cue, limit: int) -> tuple[str | None, Span | None, int, bool]:
        toks = self.toks
        j = cue.after
        # (a word with tanween there is an adverb, "وقال ساخرًا: …", "وأكد مراراً أن …", unless it is a
        # participle cue: "وتابع محذرًا: …")
        while j < limit and (toks.forms[j] in _QUOTE_MARKS or toks.forms[j] in lx.SUBJECT_FILLERS or toks.forms[j] in "،,"
                             or (with_tanween(toks, j) and toks.forms[j] not in lx.PARTICIPLE_FORMS)):
            if toks.forms[j] in _QUOTE_MARKS and (self.opens_long_quote(j) or self.opens_quoted_sentence(j)):
                return None, None, j, False  # واضاف "اعتقد اننا …": what was said, not who said it
            j += 1
        if j >= limit or not toks.is_word(j):
            return None, None, j, False
        f = toks.forms[j]
        if f in lx.IN_WHICH:
            if j + 1 < limit and (title_length(toks, j + 1) or lx.ROLE_HEADS.match(toks, j + 1)
                                  or self.mention_near(toks.orig(j + 1, j + 2)[0]) is not None):
                j += 1  # "أكد فيها الرئيس أن …": the subject after "in which"
                f = toks.forms[j]
            else:
                maker = self.speech_maker(cue)  # "وأصدرت الوزارة بيانا أكدت فيه أن …"
                if maker is not None:
                    return maker.attrs["entity"], maker, j + 1, True
                return None, None, j + 1, False
        if f in lx.ORDINAL_ANAPHORA:
            return self.ordinal(lx.ORDINAL_ANAPHORA[f], j), None, j + 1, True
        if f in lx.HONORIFIC_PRONOUNS:
            return None, None, j + 1, False  # "وأضاف سعادته أن …": he, the current speaker
        if f in lx.SPEAKER_STOPS or complementizer_at(toks, j) or lx.is_verb_cue(f):
            return None, None, j, False
        if time_phrase_at(toks, j):
            return None, None, j, False  # "صرح مطلع الموسم بأنه …": when, not who
        if self.people_called_on(cue, j, limit):
            return None, None, j, False  # "وحث المزارعين على …": who was urged, the subject dropped
        if f in lx.SPEECH_MANNERS:
            return None, None, j, False  # "وختم بالإشارة إلى أن …": how he went on, the subject dropped
        if "ب" in lx.NOUN_CONTENT_VERBS.get(cue.base, ()) and _glued_object(f) \
                and self.mention_at(toks.orig(j, j + 1)[0], ("person",)) is None:
            # "وطالبوا بتغيير الوزير": what was asked for, the subject dropped (not a name in ب:
            # "وأقر بلقاضي بأن …")
            return None, None, j, False
        if self.verbal_noun_after_verb(cue, j):
            return None, None, j, False  # "وأعلن إزالة 14 ألف توصيلة": the object, the subject dropped
        if self.after_pronoun_subject(cue) and verbal_noun_at(toks, j):
            return None, None, j, False  # "لكنه أكد استعداد بلاده …": the pronoun was the subject
        if self.nationality_before_name(j, limit):
            j += 1  # "وقال الصربي دراغان ميلوفيتش، مدرب الشعلة، إن …": the name after his nationality
            f = toks.forms[j]
        t = title_length(toks, j)
        if t and self.surname_as_title(j, t):
            t = 0  # "قال القاضي" after "قائد الفريق يوسف القاضي": his surname, no judge
        title_at = j
        if t and j + t < limit:
            # the mention is the name after the title, past its adjectives, unless a known person's
            # surname comes right after it ("وأشار السيد الحمداوي إلى …": no nisba adjective)
            named = self.mention_at(toks.orig(j + t, j + t + 1)[0], ("person",)) is not None
            j = j + t if named else min(skip_adjectives(toks, j + t), limit - 1)
            f = toks.forms[j]
        start, _ = toks.orig(j, j + 1)
        m = self.mention_near(start)
        if t and m is not None and m.label == "org":
            m = None  # "ودعا الوزير الحكومة إلى …": a body after a title is who was addressed, not a name
        if m is None and not t and f in lx.AMBIGUOUS_GIVEN_NAMES and j + 1 < limit:
            # "وأرجع عادل العلوي الهزيمة إلى …": a given name the scan does not open a name with,
            # before the surname the document gave a person of that given name (not "بسمة بلعيد"
            # after "شكري بلعيد": another of the family)
            m = self.mention_at(toks.orig(j + 1, j + 2)[0], ("person",))
            if m is not None and key(self.doc.entities[m.attrs["entity"]]["name"]).split()[0] != f:
                m = None
        if t and m is None and (not self.name_follows(j, limit) or self.addressed(cue, j, limit)
                                or object_after_subject(toks, title_at, j)):
            # A title with no name is the role itself: "وأضاف القاضي الذي نظر في القضية أن …", "ووصف
            # المبعوث الأممي نتائج الجولة بأنها …".
            found = self.mention_at(toks.orig(title_at, title_at + 1)[0], ("role",))
            holder = self._appositive_holder(self.tok_range(found.start, found.end)[1] if found else title_at + t, limit)
            if holder is not None:  # "وقال الرئيس التنفيذي لـ«…»، المهندس فلان، إن …"
                return holder.attrs["entity"], holder, self.tok_range(holder.start, holder.end)[1], True
            if found is not None:  # the mention scan found that role ("وأكد الوزير أن …"): one mention
                return found.attrs["entity"], found, title_at + t, True
            span = self.title_as_role(title_at, t)
            return span.attrs["entity"], span, title_at + t, True
        if m is not None and m.label == "org" and cue_gender(toks.forms[cue.i]) == "m" \
                and key(self.doc.text[m.start : m.end]).split()[0].endswith("ه"):
            # "وطالب الحكومة اللبنانية بأن …": a feminine body after a masculine verb is its object,
            # the subject dropped (it would say "وطالبت الحكومة")
            return None, None, j, False
        if m is not None:
            end_tok = self.tok_range(m.start, m.end)[1]
            holder = self._holder_after(m, end_tok, limit)
            if holder is None and m.label == "role":
                holder = self._appositive_holder(end_tok, limit)
            if holder is not None:
                return holder.attrs["entity"], holder, self.tok_range(holder.start, holder.end)[1], True
            return m.attrs["entity"], m, end_tok, True
        if (f in lx.ISSUED_DOCUMENTS or f in lx.DATA_NOUNS) and not f.startswith("ال"):
            # "وأكد بيان صادر عن الوزارة أن …", "وتشير أرقام أولية للجهاز إلى …": the body that issued it
            # (a definite one speaks itself, DOCUMENT_SPEAKERS: "ونصح التقرير الحكومة بـ…")
            issuer = self._issuer(self._past_indefinite_adjectives(j + 1, limit), limit, construct=("org", "role"))
            if issuer is not None:
                return issuer.attrs["entity"], issuer, self.tok_range(issuer.start, issuer.end)[1], True
        if f in lx.DOCUMENT_SPEAKERS:
            # "وقالت الدعوى: …", "وأضاف التقرير أن …": the document speaks (an organization-like source).
            span = self.builder.add(Found("org", j, j + 1, f))
            self.mentions.append(span)
            return span.attrs["entity"], span, j + 1, True
        known = self.builder.known_name(f)
        if known is not None:
            # A name this document already gave a person (in a clause the mention scan did not read).
            span = self.builder.add(Found("person", j, j + 1, f))
            self.mentions.append(span)
            return span.attrs["entity"], span, j + 1, True
        bare = self._bare_head(j, limit)
        if bare is not None:
            return bare
        k = name_run(toks, j, limit=3)
        if toks.forms[j].startswith("ال") and not (k < limit and (toks.forms[k] == ":" or toks.forms[k] in _QUOTE_MARKS)) \
                and not (k == j + 1 and self.family_name_before_clause(j)):
            # an unknown definite noun is a surname only right before ":" or a quote ("وأضاف الحداد: «…»"),
            # or a family name in ي before what was said ("وأوضحت الإدريسي أن …")
            k = j
        pointing = cue.base in lx.POINTING_VERBS and k < limit and toks.forms[k] in ("الي", "علي")
        # "أعلن كارديني عن منحة …": the verb's own preposition after a name ends it (not after an
        # adverb in -ًا: "كشفت مؤخرا عن القرار")
        pointing = pointing or (k < limit and toks.forms[k] in lx.NOUN_CONTENT_VERBS.get(cue.base, ()) and toks.forms[k]
                                and not toks.forms[k - 1].endswith("ا"))
        apposition = k < limit and (lx.ROLE_HEADS.match(toks, k) or title_length(toks, k))
        if k > j and (k >= limit or not toks.is_word(k) or toks.forms[k] in lx.NAME_FOLLOWERS or pointing or apposition
                      or complementizer_at(toks, k) or toks.forms[k] in _QUOTE_MARKS):
            found = Found("person", j, k, " ".join(toks.forms[j:k]))
            span = self.builder.add(found)
            self.mentions.append(span)
            return span.attrs["entity"], span, k, True
        if f in lx.INDEFINITE_SUBJECTS:
            return None, None, j + 1, True  # "وقال أحدهم إن …": somebody, not the speaker before
        if f not in lx.FUNCTION_WORDS and not lx.is_verb_cue(f):
            # An unrecognized subject ("وأكد الائتلاف الوطني …", "ويقول كثيرون من السكان …"): somebody
            # is named, so this is not the current speaker going on; the speaker stays unknown.
            return None, None, j, True
        return None, None, j, False

    def _past_indefinite_adjectives(self, j: int, limit: int) -> int:
        """Past at most two indefinite adjectives of relation from token ``j`` ("أرقام [أولية رسمية]")."""
        forms = self.toks.forms
        k = j
        while k < limit and k - j < 2 and forms[k].endswith(("يه", "ي")) and not forms[k].startswith(("ال", "ل")):
            k += 1
        return k

    def family_name_before_clause(self, j: int) -> bool:
        """Whether the unknown ال- word at ``j``, a cue's subject, has the shape of a family name (a nisba
        written with ي: "الإدريسي", "الموسوي") and a complementizer or a comma follows it, and no table
        knows it (a role, a title, a body, a place or a description: "القيادي", "المحامي")."""
        toks = self.toks
        f = toks.forms[j]
        # (written with ي: a final ى is a noun's, "الدعاوى", "الفتوى", "النادى", as often as a name's)
        if not (f.endswith("ي") and len(f) >= 6) or j + 1 >= toks.n \
                or not self.doc.text[slice(*toks.orig(j, j + 1))].endswith("ي"):
            return False
        if not (toks.forms[j + 1] in _COMMAS or complementizer_at(toks, j + 1)):
            return False
        return not (f in lx.NOT_NAME or title_length(toks, j)
                    or lx.ROLE_HEADS.match(toks, j) or lx.ORG_HEADS.match(toks, j) or lx.KNOWN_ORGS.match(toks, j)
                    or lx.PLACES.match(toks, j))

    def after_pronoun_subject(self, cue: Cue) -> bool:
        """Whether the cue comes right after a connective holding its subject as a pronoun
        (``cues.PRONOUN_SUBJECT_OPENERS``: "لكنه أكد …")."""
        return cue.i > 0 and self.toks.forms[cue.i - 1] in lx.PRONOUN_SUBJECT_OPENERS

    def verb_before_in_sentence(self, cue: Cue, p: Span) -> bool:
        forms = self.toks.forms
        i0 = self.tok_range(p.start, p.end)[0]
        stops = self.clause_stops()  # (walking back, only these can end the walk)
        for k in reversed(stops[bisect_left(stops, i0) : bisect_left(stops, cue.i)]):
            if forms[k] in _SENTENCE_END:
                return False
            if forms[k] in lx.VERB_FORMS:
                return True
        return False

    def speech_maker(self, cue: Cue) -> Span | None:
        """Who made the speech or statement (``cues.SPEECH_NOUNS``) that the cue's "in which" points
        back to, the noun in the cue's sentence: the one named right after the noun, the noun at most
        ``cues.IN_WHICH_GENITIVE_REACH`` words back ("كلمة الوزير التي أكد فيها …"), else, the noun at
        most ``cues.IN_WHICH_REACH`` words back, the one named right before it and not after a
        preposition ("وأصدرت وزارة الداخلية بيانا أكدت فيه أن …"). None otherwise: further back, the
        subject of the sentence is often not who spoke."""
        toks = self.toks
        noun = cue.i - 1
        while noun >= 0 and cue.i - noun <= cues.IN_WHICH_GENITIVE_REACH and toks.forms[noun] not in _SENTENCE_END \
                and toks.forms[noun] not in lx.SPEECH_NOUN_FORMS:
            noun -= 1
        if noun < 1 or cue.i - noun > cues.IN_WHICH_GENITIVE_REACH or toks.forms[noun] not in lx.SPEECH_NOUN_FORMS:
            return None
        named = noun + 1 + title_length(toks, noun + 1)  # (a title before the name: "تصريحات الوزير جون كيري")
        after = self.mention_at(toks.orig(named, named + 1)[0]) if named < cue.i else None
        if after is not None and after.end <= toks.orig(cue.i, cue.i + 1)[0] and not self.in_quote(after.start):
            return after  # "تصريحات كيري السابقة لحضوره والتي دعا فيها إلى …"
        if cue.i - noun > cues.IN_WHICH_REACH:
            return None
        before = self.mention_at(toks.orig(noun - 1, noun)[0])
        if before is None or self.in_quote(before.start) or self._after_preposition(before):
            return None
        return before

    def _after_preposition(self, m: Span) -> bool:
        """Whether mention ``m`` follows a preposition (``cues.IN_WHICH_NOT_AFTER``) or has ب/ل glued
        to it."""
        text = self.doc.text
        if m.start > 0 and text[m.start - 1] in ("ب", "ل") and not text[m.start - 2 : m.start - 1].isalpha():
            return True  # (its token is not the mention's: a mention starts after a clitic)
        i = self.tok_range(m.start, m.end)[0]
        before = self.toks.forms[i - 1] if i > 0 else ""
        return before in lx.IN_WHICH_NOT_AFTER or (before[:1] == "و" and before[1:] in lx.IN_WHICH_NOT_AFTER)

    def relative_antecedent(self, cue: Cue) -> Span | None:
        """"وزير الدفاع الذي اعتبر أن …": the one named right before الذي/التي said it."""
        toks = self.toks
        k = cue.i - 1
        if k < 1 or toks.forms[k] not in ("الذي", "التي", "الذين"):
            return None
        before = toks.orig(k - 1, k)[1]
        for m in self.mentions:
            if m.end in (before, before - 1) and m.label in ("person", "role", "org") and not self.in_quote(m.start):
                return m
        return None

    def sentence_subject(self, cue: Cue, p: Span) -> Span | None:
        """The subject of the clause a participle hangs on: "رحب الدكتور X …، مؤكداً أن …" — the
        first person, role or organization named after the sentence's first verb, outside quotes."""
        toks = self.toks
        k = self.sentence_start(cue.i, self.tok_range(p.start, p.end)[0])
        start, end = toks.orig(k, k + 1)[0], toks.orig(cue.i, cue.i + 1)[0]
        # (the first in the text: a role read as a cue's subject is added to the mentions after the others)
        first = min((m for m in self.mentions if start <= m.start < end and m.label in ("person", "role", "org")
                     and not self.in_quote(m.start)), key=lambda m: m.start, default=None)
        if first is not None and first.start - start < 80:  # near the start of the sentence: its subject
            return first
        return None

    def quoted_source(self, cue: Cue, p: Span) -> Span | None:
        """"نقلت وكالة رويترز عن المتحدث باسم الجيش قوله": the one named right after the last عن
        before the word, in its sentence (a name the mention scan missed is read there)."""
        toks = self.toks
        k = self.sentence_start(cue.i, self.tok_range(p.start, p.end)[0])
        at = next((x for x in range(cue.i - 1, k - 1, -1) if toks.forms[x] == "عن"), None)
        return None if at is None else self.source_after(at, cue.i)

    def source_after(self, at: int, end: int, *, given_name: bool = False) -> Span | None:
        """The one named right after the عن at token ``at``, before token ``end`` (the quoting word or
        the complementizer): a mention, or else a name the mention scan missed that fills the words
        up to ``end`` or to an apposition's comma ("عن فلان الفلاني قوله", "عن فلان الفلاني، مساعد
        الرئيس، إن …"); with ``given_name``, only when it opens with a known given name (before a
        complementizer, "عن نشطاء مصريين أن" is no name)."""
        toks = self.toks
        j = at + 1
        if j >= end:
            return None
        m = self.mention_near(toks.orig(j, j + 1)[0]) or self.named_after_title(j, end) or self._role_source(j, end)
        if m is None:
            title = title_length(toks, j)
            j = skip_adjectives(toks, j + title) if title else j  # the name is read after a title
            run_end = name_run(toks, j, limit=3)
            if j < run_end and (run_end == end or toks.forms[run_end] in _COMMAS) and not toks.forms[j].startswith("ال") \
                    and (not given_name or toks.forms[j] in lx.NAME_STARTERS):
                m = self.builder.add(Found("person", j, run_end, " ".join(toks.forms[j:run_end])))
                self.mentions.append(m)
        return None if m is None or self.in_quote(m.start) else m

    def _role_source(self, j: int, end: int) -> Span | None:
        """A role no name follows, right after عن, up to ``end`` or a comma: "ونقلت الصحيفة عن
        [دبلوماسي غربي] أن …", "عن [مسؤول في الوزارة]، طلب عدم نشر اسمه، أن …" (the mention scan reads
        such a role only as a verb's subject)."""
        toks = self.toks
        role = role_phrase(toks, j)
        if role is None and toks.forms[j].isalpha() and not toks.forms[j].startswith("ال") \
                and (k := _past_indefinite_nisbas(toks, j + 1, end)) > j + 1:
            # a noun and its nisba adjectives: "عن [دبلوماسي غربي] أن …", "عن [خبير اقتصادي] أن …" (not
            # "عن نظيرتها أن …", another outlet)
            role = Found("role", j, k, " ".join(toks.forms[j:k]), role_key=f"{title_class(toks.forms[j])}|")
        if role is None or role.holder is not None or not (role.j == end or toks.forms[role.j] in _COMMAS):
            return None
        span = self.builder.add(role, "role", self.builder.role_entity(role))
        self.mentions.append(span)
        return span

    def clause_subject(self, cue: Cue, p: Span) -> Span | None:
        """The subject of the sentence's first verb, when it is named right after that verb (the
        sentence's first word, or the first after an opening "في المقابل،"): "انتقد النائب X …"."""
        toks = self.toks
        k = self.sentence_start(cue.i, self.tok_range(p.start, p.end)[0])
        opener = next((x for x in range(k, min(k + 4, cue.i)) if toks.forms[x] in ("،", ",")), None)
        if opener is not None and not any(b in lx.FUNCTION_WORDS or b in lx.SUBJECT_FILLERS for b in bare_forms(toks.forms[k])):
            opener = None  # "وطالب الموظفون، في بيان، …": a verb and its subject, not an opening phrase
        verb = opener + 1 if opener is not None else k
        if verb + 1 >= cue.i:
            return None
        m = self.mention_at(toks.orig(verb + 1, verb + 2)[0]) or self.named_after_title(verb + 1, cue.i)
        return None if m is None or self.in_quote(m.start) else m

    def named_after_title(self, j: int, limit: int) -> Span | None:
        """The mention right after a person title at token ``j`` and its adjectives, before ``limit``:
        "انتقد النائب حسن الدميري …" (None when no title is there)."""
        title = title_length(self.toks, j)
        if not title or j + title >= limit:
            return None
        # (a surname the document gave a person is no nisba adjective: "وبحسب العميد الحديدي، …")
        named = self.mention_at(self.toks.orig(j + title, j + title + 1)[0], ("person",))
        if named is not None:
            return named
        k = skip_adjectives(self.toks, j + title)
        return self.mention_at(self.toks.orig(k, k + 1)[0]) if k < limit else None

    def title_as_role(self, j: int, t: int) -> Span:
        """A mention of the role the title of ``t`` tokens at ``j`` names, with no name after it (the
        mention scan reads a title only before a name): "وأضاف [القاضي] أن …", "وبحسب [المحافظ]، …"."""
        title = " ".join(self.toks.forms[j : j + t])
        role = Found("role", j, j + t, title, role_key=f"{title_class(title)}|")
        span = self.builder.add(role, "role", self.builder.role_entity(role))
        self.mentions.append(span)
        return span

    def name_follows(self, j: int, limit: int) -> bool:
        # ("ونفى الوزير الأنباء عن …": the reports he denied, after the title, are no name)
        return not team_at(self.toks, j) and self.toks.forms[j] not in lx.DENIED_REPORTS \
            and name_run(self.toks, j, limit=3) > j

    def addressed(self, cue: Cue, j: int, limit: int) -> bool:
        """Whether the words at ``j`` are the one a verb of ``ADDRESSEE_VERBS`` addresses, its
        preposition after them: "ودعا الرئيس [المواطنين] إلى الهدوء" (no name after the title), or the
        one a verb of ``TOLD_VERBS`` tells, a complementizer after them: "ووعد الوزير [المواطنين] بأن …"."""
        allowed = lx.NOUN_CONTENT_VERBS[cue.base] if cue.base in lx.ADDRESSEE_VERBS else ()
        told = cue.base in lx.TOLD_VERBS
        return (told or bool(allowed)) and self.past_addressee(j, limit, allowed, clause=told) > j

    def adjacent_subject(self, cue: Cue) -> Span | None:
        """A name right before the verb: "… أن مصدر دبلوماسي عراقي، أكد أن …"."""
        toks = self.toks
        k = cue.i - 1
        while k >= 0 and toks.forms[k] in ("،", ",", "قد"):
            k -= 1
        if k < 0 or not toks.is_word(k):
            return None
        x = k
        while x > 0 and toks.forms[x] not in ("،", ","):
            if toks.forms[x] in _ASIDE:
                return None  # "وكان كيغينز، وهو ضابط سابق في القوة، قد قال": the name ends an aside
            x -= 1
        end = toks.orig(k, k + 1)[1]
        for m in self.mentions:
            if m.end == end and m.label in ("person", "role", "org") and not self.in_quote(m.start):
                at = self.tok_range(m.start, m.end)[0]
                # "مرشحاً للرئاسة وعد بعودة …": a name with a preposition glued is no subject, nor one
                # after a preposition ("وعن العلاقة مع الجيش، قال: …")
                if toks.forms[at].startswith(_PREPOSED_ARTICLE) or (at and _object_preposition(toks.forms[at - 1])) \
                        or _in_topic_phrase(toks, at):
                    return None
                return m
        return None

    def preceding_subject(self, cue: Cue, p: Span) -> Span | None:
        """Subject-first clauses: "وكان كيغينز … قد قال", "المتحدث باسم التحالف أكد …"."""
        if self.toks.forms[cue.i][0] == "و" and cue.i and (self.toks.forms[cue.i - 1] in ("،", ",")
                                                          or self.toks.forms[cue.i] in lx.OBJECT_PRONOUN_VERB_FORMS):
            # "انتقد النائب X تصريحات الوزير، وقال إن …": a verb joined by و after a comma goes on with
            # the sentence's subject; the name right before it is an object, not who spoke. (Not ف:
            # "وسأل كيري رئيس المخابرات …، فأكد له أن …" is the answer of the one asked.) So does
            # one with its object pronoun, comma or none: "رفض هيغل الانتقادات ووصفها بأنها …".
            return None if self.verb_before_in_sentence(cue, p) else self.clause_subject(cue, p)
        adjacent = self.adjacent_subject(cue)
        if adjacent is not None:
            return adjacent
        toks = self.toks
        k = self.sentence_start(cue.i, self.tok_range(p.start, p.end)[0])
        while k < cue.i and bare_forms(toks.forms[k])[-1] in lx.SUBJECT_FIRST_OPENERS:
            k += 1
        stops = self.clause_stops()  # (every verb cue is one of these)
        between = stops[bisect_left(stops, k) : bisect_left(stops, cue.i)]
        if k >= cue.i or any(toks.forms[x] in lx.VERB_FORMS for x in between):
            return None
        t = title_length(toks, k)
        m = self.mention_at(toks.orig(k + t, k + t + 1)[0] if k + t < cue.i else -1)
        if m is None:
            end = name_run(toks, k + t, limit=3)
            if end == k + t or end >= cue.i or toks.forms[k + t].startswith("ال") or toks.forms[end] not in ("،", ",", "قد") \
                    or toks.forms[k + t] in lx.NOT_NAME \
                    or (toks.forms[k + t][0] in "وف" and toks.forms[k + t][1:] in lx.FUNCTION_WORDS) \
                    or (toks.forms[k + t][0] == "و" and toks.forms[k + t] not in lx.ANY_GIVEN_NAMES
                        and toks.forms[k + t][1:] not in lx.ANY_GIVEN_NAMES):
                # (not "ولم يحدد موعدا، لكنه أكد …": a particle opens a clause, not a name; nor "وحسم
                # الحسيني، في مقابلة …، الجدل": a word after و that is no given name is a verb; "وصالح
                # شلان، هو …" is a name after و)
                return None
            m = self.builder.add(Found("person", k + t, end, " ".join(toks.forms[k + t : end])))
            self.mentions.append(m)
        if self.in_quote(m.start):
            return None
        return m

    def _holder_after(self, m: Span, end_tok: int, limit: int) -> Span | None:
        """A role followed by its holder's name: the name is the better speaker mention."""
        if m.label != "role":
            return None
        j = end_tok
        while j < limit and (self.toks.forms[j] in "،," or self.toks.forms[j] in _QUOTE_MARKS or title_length(self.toks, j)):
            j += title_length(self.toks, j) or 1
        j = past_abbreviation(self.toks, j)  # "رئيس إدارة الكوارث (آفاد) أورهان قره جام"
        if j >= limit:
            return None
        nxt = self.mention_at(self.toks.orig(j, j + 1)[0], ("person",))
        if nxt is not None and nxt.attrs["entity"] == m.attrs["entity"]:
            return nxt
        return self._holder_past_body_name(m, j, limit)

    def _holder_past_body_name(self, m: Span, j: int, limit: int) -> Span | None:
        """The holder the mention scan found past the words of a body's own name the role's complement
        left out ("الرئيس التنفيذي لشركة [نجمة للاتصالات] طارق المصري", ``mentions._holder_past_words``):
        a mention of the role's entity within ``HOLDER_GAP_WORDS`` words, none of them punctuation."""
        toks = self.toks
        for k in range(j, min(limit, j + lx.HOLDER_GAP_WORDS + 1)):
            if not toks.is_word(k):
                return None
            nxt = self.mention_at(toks.orig(k, k + 1)[0], ("person",))
            if nxt is not None:
                return nxt if nxt.attrs["entity"] == m.attrs["entity"] else None
        return None

    def _appositive_holder(self, end_tok: int, limit: int) -> Span | None:
        """The name set off by commas after the subject's role and the rest of its complement, right
        before what was said: "قالت عضوة لجنة الأمن والدفاع النيابية، سهى العبيدي، إن …", "وقال الرئيس
        التنفيذي لـ«نخيل»، المهندس فهد العتيبي، إن …". The complement holds at most
        ``ROLE_COMPLEMENT_REACH`` words, no verb and no "مع" (not "مع نظيره، فلان،": the other one).
        ``end_tok``: where the role's mention ends."""
        toks = self.toks
        k = end_tok
        while k < min(limit, end_tok + ROLE_COMPLEMENT_REACH) and toks.forms[k] not in _COMMAS:
            f = toks.forms[k]
            if f in _SENTENCE_END or f in lx.WITH_WORDS or lx.is_verb_cue(f) or complementizer_at(toks, k):
                return None
            k += 1
        if k + 1 >= limit or toks.forms[k] not in _COMMAS:
            return None
        k += 1
        k += title_length(toks, k)
        f = toks.forms[k] if k < limit else ""
        if f.startswith("ال") and (country_nisba(f[2:]) or (f.endswith("يه") and country_nisba(f[2:-1]))):
            k += 1  # "الألمانية كلاوديا هوفمان"
        holder = self.mention_at(toks.orig(k, k + 1)[0], ("person",)) if k < limit else None
        if holder is None:
            return None
        after = self.tok_range(holder.start, holder.end)[1]
        return holder if after < limit and (toks.forms[after] in _COMMAS or complementizer_at(toks, after)) else None

    def surname_as_title(self, j: int, t: int) -> bool:
        """Whether the title at token ``j`` (``t`` tokens) is the whole of a mention of a person the
        document named in full: that person's surname."""
        m = self.mention_at(self.toks.orig(j, j + 1)[0], ("person",))
        return m is not None and self.tok_range(m.start, m.end) == (j, j + t) \
            and " " in self.doc.entities.get(m.attrs["entity"], {}).get("name", "")

    def _bare_head(self, j: int, limit: int) -> tuple[str, Span, int, bool] | None:
        """A role head with ال- as the whole subject, right before what was said ("وأضاف الحاكم:
        «…»", "وقال النقيب إن …"): the role, so the person the article named in it, not a person
        named "الحاكم" (a name the article gave is looked up before this). Not an anonymous source."""
        toks, f = self.toks, self.toks.forms[j]
        if not f.startswith("ال") or f[2:] not in lx.ONE_WORD_ROLE_HEADS or f[2:] in lx.ANONYMOUS_HEADS or j + 1 >= limit:
            return None  # ("يرى المسؤولون أن …": officials, nobody the article named)
        nxt = toks.forms[j + 1]
        if not (nxt == ":" or nxt in _QUOTE_MARKS or complementizer_at(toks, j + 1)):
            return None
        role = Found("role", j, j + 1, f, role_key=f"{title_class(f)}|")
        eid = self.builder.role_entity(role)
        span = self.builder.add(role, "role", eid)
        self.mentions.append(span)
        return eid, span, j + 1, True

    def ordinal_topic(self, cue: Cue) -> str | None:
        """The subject "الأول" or "الثاني" set before the verb as the topic of "أما" ("أما الأول فقد
        أشاد …", "وأما الثاني فأكد …"): one of the two people last named (``ordinal``)."""
        forms, k = self.toks.forms, cue.i - 1
        if k >= 0 and forms[k] in lx.TOPIC_PARTICLES:
            k -= 1
        if k < 1 or forms[k] not in lx.ORDINAL_ANAPHORA or forms[k - 1] not in lx.TOPIC_OPENERS:
            return None
        return self.ordinal(lx.ORDINAL_ANAPHORA[forms[k]], k)

    def ordinal(self, which: int, before_tok: int) -> str | None:
        """"الأول"/"الثاني": the first or second of the last two people named before this point, in
        the order the last sentence naming both gives them ("التقى X بـ Y … وقال الأول": X), however
        the paragraphs since have named them ("… أكد Y … قال X …")."""
        limit = self.toks.orig(before_tok, before_tok + 1)[0]
        seen: list[str] = []
        named: list[tuple[int, str]] = []  # (offset, person) of each mention before this point
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.start >= limit or m.label not in ("person", "role"):
                continue
            eid = m.attrs["entity"]
            if self.doc.entities[eid]["type"] != "person":
                continue
            named.append((m.start, eid))
            if eid in seen:
                seen.remove(eid)
            seen.append(eid)
        pair = seen[-2:]
        if len(pair) < 2:
            return pair[0] if pair else None
        if which == 0 and (first := self._first_named_in_sentence(limit, named)) is not None:
            return first
        return self._in_sentence_order(pair, named)[which]

    def _first_named_in_sentence(self, limit: int, named: list[tuple[int, str]]) -> str | None:
        """The first person named in the sentence of ``limit``, before it: "الأول" of "وجلس بنعيسى إلى
        جانب الحمداوي طيلة الندوة، وقال الأول إن …" is the first of the two this sentence brings
        together, even when the second is a name the document gives nowhere else (no mention)."""
        sentences = self.doc.layer("sentences")
        starts = [x.start for x in sentences]
        at = bisect_right(starts, limit) - 1
        if at < 0:
            return None
        start = sentences[at].start
        inside = [(pos, eid) for pos, eid in named if start <= pos < limit] + self._surnames_between(start, limit)
        return min(inside)[1] if inside else None

    def _surnames_between(self, start: int, end: int) -> list[tuple[int, str]]:
        """(offset, person) of each word in ``[start, end)`` that is the name or surname of a person
        the document gave (``EntityBuilder.known_name``; a name found after the mentions stage, at a
        cue, has no mention elsewhere: "قال بنعيسى إن …" then "وجلس بنعيسى إلى جانب …")."""
        i0, i1 = self.tok_range(start, end)
        found = []
        for i in range(i0, i1):
            f = self.toks.forms[i]
            eid = self.builder.known_name(f) or (f[:1] == "و" and self.builder.known_name(f[1:]))
            if eid:
                found.append((self.toks.orig(i, i + 1)[0], eid))
        return found

    def _in_sentence_order(self, pair: list[str], named: list[tuple[int, str]]) -> list[str]:
        """``pair`` in the order of their first mentions in the last sentence that names both (as
        given when no sentence does)."""
        for sent in reversed(self.doc.layer("sentences")):
            inside = [eid for pos, eid in named if sent.start <= pos < sent.end and eid in pair]
            if set(inside) == set(pair):
                return list(dict.fromkeys(inside))
        return pair

    # -- statements from cues -------------------------------------------------------------------
    def from_paragraph(self, p: Span, skip: list[tuple[int, int]]) -> None:
        i0, i1 = self.tok_range(p.start, p.end)
        for cue in find_cues(self.toks, i0, i1, self.named_at):
            start = self.toks.orig(cue.i, cue.i + 1)[0]
            if self.in_quote(start) or any(a <= start < b for a, b in skip):
                continue
            self.from_cue(cue, p, i1)
        self.reverse_attribution(p, i0, i1)
        if self.may_attribute_by_source:
            sentences = self.doc.layer("sentences")  # in text order: the paragraph's are a slice
            starts = self.sentence_starts
            if starts is None:
                starts = self.sentence_starts = [s.start for s in sentences]
            lo = bisect_left(starts, p.start)
            for sent in sentences[lo : bisect_left(starts, p.end, lo)]:
                self.according_to(sent)

    def from_cue(self, cue: Cue, p: Span, para_end_tok: int) -> None:
        toks = self.toks
        relative = False  # the subject is the one a relative pronoun before the cue stands for
        limit = min(para_end_tok, cue.after + MAX_SUBJECT_TOKENS)
        if cue.kind == "participle":
            entity, mention, j, explicit = None, None, cue.after, False
            main = None if self.verb_before_in_sentence(cue, p) else self.sentence_subject(cue, p)
            if main is not None:
                entity, explicit = main.attrs["entity"], True
        elif cue.kind == "phrase":
            entity, mention, j, explicit = None, None, cue.after, False
        elif cue.kind == "quoting":
            mention = self.quoted_source(cue, p)
            entity, j, explicit = (mention.attrs["entity"] if mention else None), cue.after, True
        elif cue.kind == "relay":
            at = toks.forms.index("عن", cue.i + 1, cue.after)
            mention = self.source_after(at, cue.after, given_name=True)
            if mention is None:
                return  # "نقلت الصحيفة عن نظيرتها أن …": another outlet's report, or no one named
            entity, j, explicit = mention.attrs["entity"], cue.after, True
        elif (antecedent := self.relative_antecedent(cue)) is not None:
            entity, mention, j, explicit = antecedent.attrs["entity"], antecedent, cue.after, True
            relative = True
        else:
            entity, mention, j, explicit = self.subject(cue, limit)
        # Who is addressed comes after a subject the parse named, or right after a participle: after
        # an unread subject ("ودعت المعارضة إلى …") the words skipped would be the subject itself.
        addressee_next = cue.base in lx.ADDRESSEE_VERBS and (
            entity is not None or cue.kind == "participle" or (not explicit and self.people_called_on(cue, j, para_end_tok)))
        if explicit and entity is None and cue.base in lx.NOUN_CONTENT_VERBS:
            # "المتحدث … أكد حرصهم …": the word after the verb may be its object, the subject before it
            before = self.preceding_subject(cue, p)
            if before is not None:
                entity, mention = before.attrs["entity"], before
        if not explicit and cue.kind != "participle" and (topic := self.ordinal_topic(cue)) is not None:
            entity, explicit = topic, True  # "أما الأول فقد أشاد …"
        if not explicit and cue.kind != "participle":
            before = self.preceding_subject(cue, p)
            if before is None and self.after_pronoun_subject(cue) and not self.verb_before_in_sentence(cue, p):
                # "ولم يشأ الوزير …، لكنه أكد …": he, the subject of a sentence that reports nothing
                # before (after "وأضاف فلان …، ولكنه أوضح" the speaker goes on anyway)
                before = self.sentence_subject(cue, p)
            if before is not None:
                entity, mention, explicit = before.attrs["entity"], before, True
        cue_text = self.doc.text[slice(*toks.orig(cue.i, cue.after))]
        # The walk to the content is bounded from the subject's end, not the cue's: a long subject
        # and an aside ("وقال المتحدث باسم …، في مؤتمر صحفي عقده مع …، إن …") both come between.
        limit = min(para_end_tok, max(limit, j + MAX_SUBJECT_TOKENS))
        if addressee_next:  # "ودعت المنظمة [السلطات التونسية] إلى …": on to the preposition
            j = self.past_addressee(j, limit, lx.NOUN_CONTENT_VERBS[cue.base])
        if cue.base in lx.OBJECT_CLAUSE_GATES:
            if cue.kind == "verb" and not relative and self.inside_statement(cue):
                return  # part of what was said ("وأضاف أن الحكومة حددت …"): no speaker of the sentences after it
            self.note_speaker(cue, entity, mention, explicit)
            self.object_clause(cue, j, p, para_end_tok, cue_text, entity, mention, explicit)
            return
        allowed = lx.NOUN_CONTENT_VERBS.get(cue.base, ())
        if "ب" in allowed and explicit and _ba_object_after_comma(toks, j, para_end_tok, self.named_at):
            j += 1  # "وطالب عمرو موسى، بتأجيل الانتخابات …"
        # (an aside opens at the comma the subject's parse went past: "وكان فلان قد طالب، [في مؤتمر …،] بـ…")
        aside = j - 1 if j > cue.after and toks.forms[j - 1] in _COMMAS else j
        if "ب" in allowed and (after := occasion_aside(toks, aside, para_end_tok, allowed)) != aside \
                and after < para_end_tok and _glued_object(toks.forms[after]):
            j = after  # past where he spoke: "وكان رئيس البلدية قد أشاد [في المؤتمر] بالمتطوعين …"
        if "ب" in allowed and j < para_end_tok and _glued_object(toks.forms[j]) \
                and not complementizer_at(toks, j) and not self.named_at(j):
            k = None  # "وتعهد بعدم الخوض في …، مبررا ذلك بأن …": what was said is the noun after ب
        elif "" in allowed and j < para_end_tok and self.verbal_noun_object(cue, j, mention, para_end_tok):
            k = None  # "وأعلن المبعوث فتح 3 ممرات …، على أن تعمل …": the verbal noun, not a later أن
        elif cue.kind == "participle" and cue.i and toks.forms[cue.i - 1] in _COMMAS \
                and self.prepositional_verbal_noun(j, allowed, para_end_tok):
            k = None  # "…، مشيرة إلى رصد 100 مليون دينار …، على أن تستكمل …": so too after its preposition
        else:
            k = self.content_opener(cue, j, limit)
        if (k is None or k >= limit or toks.forms[k] in _SENTENCE_END) and cue.kind == "verb" and not relative \
                and self.inside_statement(cue):
            # "…، لافتاً إلى أن الحكومة وعدت ببناء 64 برجاً", "… أن وزير السياحة وعد مجلس الإدارة
            # بالجلوس …": part of what he said, and no speaker of the sentences after it (but "…
            # بأحمد خضر، الذي أكد له عدم ظهور أي حالة": a statement of the one just named)
            return
        self.note_speaker(cue, entity, mention, explicit)
        if k is None or k >= limit or toks.forms[k] in _SENTENCE_END:
            # (a participle goes on with the sentence's speaker, named or not)
            # (an unnamed subject before the people called on is asked from the verb: "ودعا المواطنين إلى")
            unnamed_from = cue.after if addressee_next and not explicit else j
            obj = (self.noun_object(cue, j, para_end_tok, mention)
                   if (explicit and entity) or cue.kind == "participle" or self.unnamed_before_preposition(cue, unnamed_from)
                   else None)
            if obj is not None:
                denied = cue.base in lx.VERBAL_NOUN_OBJECT_VERBS and _denied_hearsay(toks, obj[0])
                self.indirect(obj[0], p, para_end_tok, cue_text, entity, mention, explicit, skip_ba=obj[1],
                              one_clause=denied)
            return
        f = toks.forms[k]
        if f == ":" or f in _QUOTE_MARKS:
            # After a colon the content may be unmarked; after a mark it must be that quotation.
            self.direct_after(k, p, cue_text, entity, mention, explicit, unmarked=f == ":")
            return
        content = _content_start(toks, k, complementizer_at(toks, k) or 1)
        if content < para_end_tok and toks.forms[content] in _QUOTE_MARKS:
            if self.direct_after(content, p, cue_text, entity, mention, explicit, unmarked=False):
                return
        self.indirect(content, p, para_end_tok, cue_text, entity, mention, explicit)

    def object_clause(self, cue: Cue, j: int, p: Span, para_end_tok: int, cue_text: str, entity, mention,
                      explicit: bool) -> None:
        """What a verb of ``cues.OBJECT_CLAUSE_VERBS`` reports: after a complementizer at or just past
        the word it needs ("وأرجع ذلك إلى أن …", "وجدد تأكيده أن …"), or else its object with what
        follows, when a subject was named right after the verb ("وعزا الوزير ارتفاع الأسعار إلى …") or
        is a pronoun right before it ("غير أنها أبدت قلقها من …"); not "قدرت قيمتها بنحو …", a passive,
        nor a subject named before it."""
        toks = self.toks
        gate = object_gate(toks, cue.i, para_end_tok)
        if gate is None:
            return
        for k in range(j, min(gate + 3, para_end_tok)):
            n = complementizer_at(toks, k)
            if n:
                self.indirect(_content_start(toks, k, n), p, para_end_tok, cue_text, entity, mention, explicit)
                return
        pronoun = entity is None and _pronoun_subject_before(toks, cue.i)
        if (explicit and entity and (self.named_after(cue, mention) or self.named_before_qad(cue, mention))) or pronoun:
            obj = self.noun_object(cue, j, para_end_tok, mention)
            if obj is not None:  # (a pronoun subject is the speaker before, found as for a dropped one)
                self.indirect(obj[0], p, para_end_tok, cue_text, entity, mention, explicit and not pronoun)

    def named_before_qad(self, cue: Cue, mention: Span | None) -> bool:
        """Whether the subject is named before "قد" and the verb ("وكان المتحدث قد أرجع …"): a role, an
        organization, or a person whose name opens with a given name ("وكان الكيلاني قد أرجع …" after
        "عمر الكيلاني"; "وكانت خسائر القطاع قد قدرت بنحو …" is a passive, its subject no one)."""
        toks = self.toks
        if mention is None or cue.i == 0 or toks.forms[cue.i - 1] != "قد" or mention.end > toks.orig(cue.i, cue.i + 1)[0]:
            return False
        if mention.label != "person":
            return mention.label in ("role", "org")
        name = key(self.doc.entities[mention.attrs["entity"]]["name"]).split()
        return len(name) > 1 and name[0] in lx.ANY_GIVEN_NAMES

    def verbal_noun_object(self, cue: Cue, j: int, mention: Span | None, end: int) -> bool:
        """Whether token ``j``, right after the cue's subject, is a verbal noun that is the verb's
        object: after a name or a definite word (an indefinite one takes it as its complement: "رئيس
        هيئة أركان …", "مسؤول مكتب متابعة …"), or a listed one right after the verb ("كما أعلن انطلاق
        رحلات …"), with no complementizer before the next comma ("أعلن ديبي أثناء تدشين محطة أن …")."""
        toks = self.toks
        if cue.base in lx.VERBAL_NOUN_OBJECT_VERBS and j < end and _denied_hearsay(toks, j + (toks.forms[j] in _COMMAS)):
            return True  # "ونفى الوزير ما تردد عن …" (also after a comma: "ونفى المصدر، ما تردد …")
        if cue.base in lx.VERBAL_NOUN_OBJECT_VERBS and _any_verbal_noun(toks, j) and j + 1 < end:
            return self.no_clause_before_comma(j + 2, end)  # "واستبعد المحافظ أي خفض جديد …"
        if j == cue.after:
            if not self.verbal_noun_after_verb(cue, j):
                return False
        elif not (verbal_noun_at(toks, j) or listed_verbal_noun_at(toks, j) or definite_verbal_noun(toks.forms[j])) or not (
                (mention is not None and mention.label == "person") or toks.forms[j - 1].startswith("ال")):
            return False
        return self.no_clause_before_comma(j + 1, end)

    def prepositional_verbal_noun(self, j: int, allowed: tuple[str, ...], end: int) -> bool:
        """Whether the participle's own preposition at ``j`` is followed by a verbal noun with no
        complementizer before the next comma ("…، مشيرة إلى رصد …،"): that noun is what was said. (Asked
        after a comma only: "معلومات مؤكدة على وجود …" is an adjective.)"""
        toks = self.toks
        return (j + 1 < end and toks.forms[j] in allowed and verbal_noun_at(toks, j + 1)
                and self.no_clause_before_comma(j + 2, end))

    def no_clause_before_comma(self, k: int, end: int) -> bool:
        """Whether no complementizer comes from token ``k`` to the next comma or sentence end: a verbal
        noun before it is what was said, not a later أن clause ("أعلن ديبي أثناء تدشين محطة أن …").
        A reason's "لأن" opens no such clause (``cues.REASON_COMPLEMENTIZERS``)."""
        toks = self.toks
        for k in range(k, end):
            if toks.forms[k] in _COMMAS or toks.forms[k] in _SENTENCE_END:
                return True
            if complementizer_at(toks, k) and toks.forms[k] not in lx.REASON_COMPLEMENTIZERS:
                return False
        return True

    def verbal_noun_after_verb(self, cue: Cue, j: int) -> bool:
        """Whether token ``j``, where the verb's subject would be, is a listed verbal noun the verb takes
        as its plain object (``mentions.listed_verbal_noun_at``): the subject was dropped."""
        return "" in lx.NOUN_CONTENT_VERBS.get(cue.base, ()) and listed_verbal_noun_at(self.toks, j)

    def unresolved_epithets(self) -> dict[int, frozenset[str]]:
        """Where each epithet the mention scan left unresolved starts, with the people it may stand
        for: "المسؤول العسكري" (``EntityBuilder.is_epithet``) any person named with a role or a title,
        or known only by a role; a bare "المتحدث" (``titles.SPEAKING_WORDS``, "the one speaking") any
        person. None in an article with an unnamed official (or spokesman) the epithet may mean."""
        entities = self.doc.entities
        # (an article with an unnamed official or spokesman may mean him instead: "وقال مسؤول عسكري
        # إن …، وأكد الوزير فلان …، وأضاف المسؤول العسكري"; ``EntityBuilder.is_epithet`` asks that too)
        may_speak = not lx.UNNAMED_SPEAKER_FORMS & self.toks.distinct
        shaped, speaking = [], []
        for m in self.mentions:
            eid = m.attrs["entity"]
            if m.label != "role" or not entities[eid].get("role_only"):
                continue
            if self.builder.is_epithet(m.attrs.get("role_key") or ""):
                shaped.append(m)
            elif may_speak and key(m.attrs.get("role", "")) in lx.SPEAKING_FORMS:
                speaking.append(m)
        if not shaped and not speaking:
            return {}
        people = frozenset(eid for eid, e in entities.items() if e["type"] == "person") \
            - {m.attrs["entity"] for m in (*shaped, *speaking)}
        officials = self.builder.officials()
        officials.update(m.attrs["entity"] for m in self.mentions  # known by a role, not an anonymous source
                         if m.label == "role" and entities[m.attrs["entity"]].get("role_only")
                         and (m.attrs.get("role_key") or "").split("|")[0] not in lx.ANONYMOUS_HEADS)
        officials = frozenset(officials & people)
        return {**{m.start: officials for m in shaped}, **{m.start: people for m in speaking}}

    def note_speaker(self, cue: Cue, entity: str | None, mention: Span | None, explicit: bool) -> None:
        """Remember that the cue named its speaker (who the statements after it go on with); not in a
        clause of time, which tells when something else happened ("…، قبل أن يعلن الجيش الحصيلة
        النهائية. وأضاف أن …" goes on with the one quoted before)."""
        if explicit and entity and not (cue.i >= 2 and self.toks.forms[cue.i - 1] == _THAT
                                        and _time_clause_at(self.toks, cue.i - 1, 0)):
            self.speaker_events.append((self.toks.orig(cue.i, cue.i + 1)[0], entity, -1 if mention is None else mention.start))

    def inside_statement(self, cue: Cue) -> bool:
        """Whether the cue lies inside reported speech already found (the last statements of its
        paragraph come first in ``candidates``)."""
        at = self.toks.orig(cue.i, cue.i + 1)[0]
        return any(c.start <= at < c.end for c in self.candidates[-3:])

    def right_after_statement(self, cue: Cue) -> bool:
        """Whether the cue opens the sentence right after a statement of a named speaker, in the same
        paragraph: "وقال حمداني إن «…». وأقر بوجود فجوة …" (he goes on; not a suspect's confession in a
        crime report, which follows no statement)."""
        if not self.candidates:
            return False
        last = self.candidates[-1]
        gap = self.doc.text[last.end : self.toks.orig(cue.i, cue.i + 1)[0]]
        return last.speaker is not None and 0 <= len(gap) <= 6 and "\n" not in gap \
            and not any(c.isalnum() for c in gap) and any(c in ".!؟?" for c in gap)

    def named_after(self, cue: Cue, mention: Span | None) -> bool:
        """Whether the cue's subject was named after it (not before it, nor carried over). Not when
        one is named right before its "قد": the name after it is then the verb's object ("وكان فلان قد
        حمّل [الرئيس محمود عباس] مسؤولية …")."""
        if mention is None or mention.start < self.toks.orig(cue.i, cue.after)[1]:
            return False
        return not (cue.i and self.toks.forms[cue.i - 1] == "قد" and self.adjacent_subject(cue) is not None)

    def noun_object(self, cue: Cue, j: int, end: int, mention: Span | None) -> tuple[int, bool] | None:
        """Where the noun object of a ``NOUN_CONTENT_VERBS`` verb starts, right after its subject
        (token ``j``; after the verb's preposition when it takes one): a word that is no function or
        time word, number or named mention ("إحالة", "الاتفاق", "حرصهم"), and whether it starts with
        the verb's ب glued to it ("بفتح"); None otherwise."""
        toks = self.toks
        if cue.base not in lx.NOUN_CONTENT_VERBS or j >= end:
            return None
        if cue.base in lx.NAMED_SUBJECT_VERBS and not self.named_after(cue, mention) \
                and not _pronoun_subject_before(self.toks, cue.i) \
                and not self.right_after_statement(cue):
            # (a pronoun subject in "لكنه" or in "غير أنه" is named too: "غير أنه اعترف بتأجيل …")
            return None
        if cue.kind == "participle" and toks.forms[cue.i].endswith("ه") and cue.i and toks.is_word(cue.i - 1):
            return None  # "إجراءات مشددة على الحدود", "مفاجآت غير متوقعة، …": an adjective
        allowed = lx.NOUN_CONTENT_VERBS[cue.base]
        j = self.past_apposition(j, end, allowed)
        j += _framing_aside(toks, j, end)  # "وأعلنت في هذا الإطار عن برنامج …"
        if j < end and not self.takes_at(j, allowed):
            # "وأعربت وزارة الخارجية [التركية] عن …": an adjective of the subject its mention left out
            past = skip_adjectives(toks, j)
            if past < end and (self.takes_at(past, allowed) or occasion_aside(toks, past, end, allowed) != past):
                j = past
        j = occasion_aside(toks, j, end, allowed)  # "وأعلن الرئيس في كلمته عن قراره …"
        if "ب" in allowed and _time_aside(toks, j, end):
            j += 2  # "يتعهد الساعدي بعد استئنافها بوصول …"
        if cue.base in lx.BA_VERBAL_NOUN_OBJECT_VERBS:
            j = self.past_ba_complement(j, end)
        glued = "ب" in allowed and _glued_object(toks.forms[j]) and not self.named_at(j)  # (not "بان كي مون")
        if toks.forms[j] in allowed or glued:
            if glued:
                return j, True
            j += 1
        elif "" not in allowed:
            return None
        j = skip_adjectives(toks, j)  # "أعلنت الحكومة الفنزويلية الحداد": the subject's adjective
        while j < end and (toks.forms[j] in lx.SUBJECT_FILLERS or toks.forms[j] in _COMMAS
                           or toks.forms[j] in lx.WEEKDAYS):
            j += 1  # (when: "أكد الجيش مجدداً السبت، عدم وجود …")
        if j >= end or not toks.is_word(j):
            return None
        f = toks.forms[j]
        if cue.base in lx.VERBAL_NOUN_OBJECT_VERBS and (_denied_hearsay(toks, j) or _any_verbal_noun(toks, j)):
            return j, False  # "ونفى الوزير ما تردد عن …": what others said, denied; "استبعد أي خفض"
        if f in lx.DEMONSTRATIVE_OBJECTS and (cue.base in lx.OBJECT_CLAUSE_GATES or cue.base in lx.DEMONSTRATIVE_OBJECT_PARTICIPLES):
            return j, False  # "وأرجع الوزير ذلك إلى …"
        if f in lx.FUNCTION_WORDS or f in lx.SPEAKER_STOPS or f in lx.SUBJECT_FILLERS or f[0].isdigit() \
                or lx.is_verb_cue(f) or lx.is_participle_cue(f):
            return None
        if f in lx.WAW_VERBAL_NOUNS:
            return j, False  # "كشف الوزير عن وجود 11 مشروعا": its و is no conjunction
        if cue.base in lx.VERBAL_NOUN_OBJECT_VERBS and _own_verbal_noun(f):
            return j, False  # "ونفى المدرب تعرضه لأي ضغوط", "ونفى وجوده في …"
        if cue.base in lx.VERBAL_NOUN_OBJECT_VERBS and not verbal_noun_at(toks, j):
            return None  # "نفى الأنباء المتداولة"
        if f[0] == "و" and (f[1:] in lx.FUNCTION_WORDS or f[1:] in lx.SPEAKER_STOPS or (f[1] in "يتن" and len(f) > 4)):
            return None  # a new clause: "ولم يتم …", "وأنهم …", "ويحرص …"
        if cue.kind != "participle" and (
                f[0] == "و" or f in lx.NAME_STARTERS or f in lx.GIVEN_NAMES or f in ("ابو", "عبد") or f in lx.PATRONYMIC_LINKS
                or title_length(toks, j) or lx.ROLE_HEADS.match(toks, j)):
            return None  # more of the subject than its parse took ("وزير التربية والتعليم", "أبو الفتوح")
        if cue.kind == "participle":
            return j, False  # (its subject is the sentence's: a person named in the object is no more of it)
        near_start, near_end = toks.orig(j, min(j + 3, end))  # its first three words
        if any(near_start <= m.start < near_end for m in self.mentions if m.label in ("person", "role")):
            return None  # a person named there: more of the subject ("الدكتور السيد البدوي")
        return j, False

    def past_ba_complement(self, j: int, end: int) -> int:
        """Past the ب-words of a subject's complement to the verbal noun with ب that is the object
        (``cues.BA_VERBAL_NOUN_OBJECT_VERBS``), within ``CLAUSE_VERB_REACH`` words with no punctuation;
        ``j`` when none comes."""
        forms = self.toks.forms
        if j >= end or not _glued_object(forms[j]) or ba_verbal_noun(forms[j]):
            return j
        for k in range(j + 1, min(end, j + cues.CLAUSE_VERB_REACH)):
            if not self.toks.is_word(k):
                return j
            if _glued_object(forms[k]) and ba_verbal_noun(forms[k]):
                return k
        return j

    def past_apposition(self, j: int, end: int, allowed: tuple[str, ...]) -> int:
        """Where the verb's preposition (or its plain object) comes after the place of a role and its
        holder's name between commas ("كشف المبعوث الأممي الخاص [إلى بوراليا، ماركوس ليندكرين،] عن
        موافقة …"), or after the holder's role between commas ("أعلن الدكتور حازم الشناوي[، مساعد وزير
        الصحة للطب الوقائي،] تسجيل …"); ``j`` when it does not come right after them."""
        toks = self.toks
        if j + 1 < end and toks.forms[j] in _COMMAS and self.takes_at(j + 1, allowed):
            return j + 1  # "وشدد وزير الخارجية، سالم الدوسري، على …": the subject took the name
        if "" in allowed and (after_when := self.past_when(j, end)) is not None:
            return after_when
        if (after_role := self.past_role_apposition(j, end)) is not None \
                and (self.takes_at(after_role, allowed) or "" in allowed):
            return after_role
        k = j
        if k < end and (toks.forms[k] in lx.ROLE_PLACE_PREPOSITIONS or toks.forms[k] in lx.ROLE_DESTINATION_PREPOSITIONS):
            k += 1
            while k < min(end, j + 4) and toks.is_word(k):
                k += 1  # the place, of a word or a few
        if k >= end or toks.forms[k] not in _COMMAS or k + 1 >= end:
            return j
        holder = self.mention_at(toks.orig(k + 1, k + 2)[0], ("person",))
        if holder is None:
            return j
        k = self.tok_range(holder.start, holder.end)[1]
        if k + 1 < end and toks.forms[k] in _COMMAS and self.takes_at(k + 1, allowed):
            return k + 1
        if occasion_aside(toks, k, end, allowed) != k:
            return k  # "وأرجع الوزير، د. فلان، في مؤتمر صحفي أمس، تفشي …": the aside is skipped next
        if "" in allowed and (after_when := self.past_when(k, end)) is not None:
            return after_when
        return j

    def past_when(self, comma: int, end: int) -> int | None:
        """Past a time set off by commas after the subject ("، اليوم الثلاثاء،"), before a plain object
        ("أعلن رئيس الهيئة، طارق البزري، اليوم الثلاثاء، حزمة …"); None when none is there."""
        toks = self.toks
        if comma + 1 >= end or toks.forms[comma] not in _COMMAS:
            return None
        when = comma + 1
        while when < end and (toks.forms[when] in lx.SUBJECT_FILLERS or toks.forms[when] in lx.WEEKDAYS):
            when += 1
        return when + 1 if when > comma + 1 and when + 1 < end and toks.forms[when] in _COMMAS else None

    def past_role_apposition(self, j: int, end: int) -> int | None:
        """The token after a role set off by commas at ``j`` (", مساعد وزير الصحة للطب الوقائي، "),
        its complement of at most ``ROLE_TAIL_WORDS`` words included; None when there is none."""
        toks = self.toks
        if j + 1 >= end or toks.forms[j] not in _COMMAS:
            return None
        role = self.mention_at(toks.orig(j + 1, j + 2)[0], ("role",))
        if role is None:
            return None
        k = self.tok_range(role.start, role.end)[1]
        stop = min(end, k + ROLE_TAIL_WORDS)
        while k < stop and toks.is_word(k):
            k += 1
        return k + 1 if k + 1 < end and toks.forms[k] in _COMMAS else None

    def takes_at(self, k: int, allowed: tuple[str, ...]) -> bool:
        """Whether token ``k`` is one of the verb's prepositions (not "", no preposition) or a word
        with its ب glued."""
        f = self.toks.forms[k]
        return (f in allowed and f != "") or ("ب" in allowed and _glued_object(f))

    def unnamed_before_preposition(self, cue: Cue, j: int) -> bool:
        """Whether a clause-opening verb of ``NOUN_CONTENT_VERBS`` has its preposition or a listed
        verbal noun right after it, with no subject between: "…. وأعرب عن أمله في …", "كما كشف عن
        الاتفاق على …", "وطالبت بإطلاقات …", "وأعلن إزالة …". The speaker is the one the text is about
        (no word was read as the subject, and a subject would stand between the verb and its object)."""
        if cue.kind != "verb" or j != cue.after or j >= self.toks.n:
            return False
        if not self.opens_clause(cue):
            return False
        if not self.starts_clause(cue.i) and self.toks.forms[j] in lx.PEOPLE_ADDRESSED:
            return False  # "وطالب النواب بمعرفة …": the group after "وطالب" is as often its subject
        if self.toks.forms[cue.i].endswith(_PLURAL_VERB_ENDING):
            return False  # "وطالبوا بـ …": a group (the protesters), seldom the one the text is about
        j += _framing_aside(self.toks, j, self.toks.n)  # "وأعلنت في هذا الإطار عن برنامج …"
        if self.verbal_noun_after_verb(cue, j):
            return True  # "وأعلن إزالة 14 ألف توصيلة": a verbal noun is its object, never its subject
        allowed = [p for p in lx.NOUN_CONTENT_VERBS.get(cue.base, ()) if p]
        if self.people_called_on(cue, j, self.toks.n):
            j = self.past_addressee(j, self.toks.n, tuple(allowed))  # "ودعا المواطنين إلى …": who was called on
        f = self.toks.forms[j] if j < self.toks.n else ""
        return f in allowed or ("ب" in allowed and _glued_object(f))

    def past_addressee(self, j: int, end: int, allowed: tuple[str, ...], *, clause: bool = False) -> int:
        """Where the verb's preposition (or a word with its ب glued) comes after the one addressed
        ("دعت المنظمة [السلطات التونسية] إلى …"), or with ``clause`` a complementizer ("أبلغ الوزير
        [الصحفيين] أن …"): at most ``ADDRESSEE_REACH`` words from ``j``, none of them punctuation, a
        function word or a verb; ``j`` itself when there is none."""
        toks = self.toks
        for k in range(j, min(end, j + cues.ADDRESSEE_REACH + 1)):
            f = toks.forms[k]
            if f in allowed or ("ب" in allowed and _glued_object(f)):
                return k  # (at ``j`` itself: nobody addressed)
            if clause and complementizer_at(toks, k):
                return k
            if k == j and f in lx.ADDRESSEE_QUANTIFIERS:
                continue  # "ودعا الوزير [جميع] الأطراف إلى …"
            if not toks.is_word(k) or f in lx.FUNCTION_WORDS or f in lx.SPEAKER_STOPS or lx.is_verb_cue(f) \
                    or lx.is_participle_cue(f) or complementizer_at(toks, k):
                return j
        return j

    def content_opener(self, cue: Cue, j: int, limit: int) -> int | None:
        """Walk from the subject (token ``j``) to what opens the content: the index of a colon, a
        quote mark, a sentence end or a complementizer; ``limit`` or past it when none comes first,
        None when a cue verb does (the next clause). Only the tokens that can stop the walk or
        turn it are looked at (``_WALK_STOPS``, and ``j``), the others are stepped over at once."""
        toks = self.toks
        stops = toks.positions("content_walk", _WALK_STOPS)
        k = j
        timed = False  # past a clause of time, whose own verb may take a ب-clause ("بعد أن شعرت بأنها …")
        while k < limit:
            f = toks.forms[k]
            if f in _QUOTE_MARKS:
                after = self.skip_short_quote(k, 4 if k > j else 2)
                if after is not None:
                    k = after  # a name in quotes before the content: "لـ«الشروق»", "حزب «النور»"
                    continue
            if f == ":" or f in _QUOTE_MARKS or f in _SENTENCE_END:
                break
            if f in lx.COMPLEMENTIZERS.starts and complementizer_at(toks, k):
                if k > j and (toks.forms[k - 1], f) in lx.CONNECTIVE_SUBJECTS:
                    return None  # "…، غير أنه أوضح …": a connective opens the next clause, not what was said
                if _time_clause_at(toks, k, j):
                    timed = True  # "وقال الوزير بعد أن التقى الرئيس إن …": on to the clause of what was said
                elif not (timed and f.startswith("ب")):
                    break
            if cue.base in lx.POINTING_VERBS and f in ("الي", "إلى") and k == j:
                break
            if (f in lx.VERB_FORMS or f in lx.PARTICIPLE_FORMS) and k > j and toks.forms[k - 1] not in lx.NOUN_MAKERS:
                return None
            at = bisect_right(stops, k)
            k = stops[at] if at < len(stops) and stops[at] < limit else limit
        return k

    def direct_after(self, k: int, p: Span, cue_text: str, entity, mention, explicit, *, unmarked: bool = True) -> bool:
        """Content after a colon or opening mark: the quote that opens here, or (``unmarked``) the
        rest of the paragraph. Returns whether a statement was added."""
        text = self.doc.text
        start = self.toks.orig(k, k + 1)[0]
        for q in self.quotes:
            anchor = q.attrs["open"] if q.attrs.get("open") is not None else q.start
            if anchor < start:
                continue
            between = text[start:anchor].strip(" :\u00a0،,-–" + "".join(_QUOTE_MARKS))
            if between in ("", "ان", "إن", "إنّ", "أن") and q.attrs["words"] >= 2:
                if not unmarked and self.sentence_goes_on(q):
                    return False  # «…» is the subject of a longer reported clause: أن "…"، هاجمت …
                for listed in self.listed_after(q):
                    self.add(listed.start, listed.end, "direct", cue_text, entity, mention, explicit, priority=3)
                return True
            break
        if not unmarked:
            return False
        s, e = _trim(text, start, p.end)
        if at_least(text[s:e], 2):
            self.add(s, e, "direct", cue_text, entity, mention, explicit, priority=3)
            return True
        return False

    def listed_after(self, q: Span) -> list[Span]:
        """The quotation ``q`` and those listed after it, each joined to the one before by a comma
        or و alone: "ومن أبرز ما جاء في كلمته: «…»، و«…»، و«…»." (one speaker's sayings in a row)."""
        listed = [q]
        for nxt in self.quotes:
            last = listed[-1]
            if nxt.start <= last.start or last.attrs.get("close") is None or nxt.attrs.get("open") is None:
                continue
            between = self.doc.text[last.attrs["close"] + 1 : nxt.attrs["open"]]
            if between.strip(" \u00a0،,و") or not between.strip(" \u00a0") or nxt.attrs["words"] < 2:
                break
            listed.append(nxt)
        return listed

    def sentence_goes_on(self, q: Span) -> bool:
        """Whether the sentence continues with more words after the quotation's closing mark."""
        close = q.attrs.get("close")
        if close is None:
            return False
        rest = self.doc.text[close + 1 : close + 80]
        stop = min((rest.find(c) for c in ".؟?!\n" if c in rest), default=len(rest))
        words = rest[:stop].replace("،", " ").replace(",", " ").split()
        if words and lx.is_participle_cue(key(words[0])):
            return False  # "…"، مؤكدا أن "…": the next statement starts; the quotation was all
        opening = key(" ".join(words[:2])) + " "
        if any(opening.startswith(w + " ") for w in lx.AFTER_QUOTE_OPENERS):
            return False  # "…"، رغم تأكيده …: a clause about the whole sentence
        return len(words) >= 2

    def indirect(self, content: int, p: Span, para_end_tok: int, cue_text: str, entity, mention, explicit,
                 skip_ba: bool = False, *, one_clause: bool = False) -> None:
        """Reported speech from token ``content`` to the next statement or the sentence end, cut where a
        second reported clause opens ("…، وأن الفائض …") unless ``one_clause`` (all of it is what a
        denial denies: "نفى ما تردد عن أن …، وأن …")."""
        toks = self.toks
        k = para_end_tok
        cuts: list[int] = []  # where a second reported clause opens
        stops = self.clause_stops()  # (no other token ends it: only these are looked at)
        for stop in stops[bisect_left(stops, content):]:
            if stop >= para_end_tok:
                break
            f = toks.forms[stop]
            if f in _SENTENCE_END:
                k = stop
                break
            if stop > content and ((f in lx.PARTICIPLE_FORMS and participle_cue(toks, stop))
                                   or (f in lx.CLAUSE_PARTICIPLE_FORMS and clause_participle_cue(toks, stop))
                                   or (f in lx.VERB_FORMS and self.starts_clause(stop))
                                   or (f in lx.CLAUSE_VERBS and self.starts_clause(stop)
                                       and _clause_follows(toks, stop, para_end_tok, self.named_at)
                                       and not self.subject_dropped_after(stop))):
                k = stop  # "…، مضيفاً أن …" / "…، وأضاف" / "بينما أكد" / "فيما رد … بأن" starts the next statement
                break
            if f in lx.OBJECT_PRONOUN_VERB_FORMS and toks.forms[stop - 1] in _COMMAS \
                    and complementizer_at(toks, stop + 1):
                k = stop - 1  # "نفى صحة الأنباء عن …، ووصفها بأنها «…»": what he called them, another statement
                break
            if f in lx.VERB_FORMS and self.relative_after_quote(stop, content):
                k = stop - 2  # "إلى «عدم الاقتراب …»، التي قال إنها «…»": what he said of it, another statement
                break
            if not one_clause and stop > content + 1 and f in lx.COORDINATED_COMPLEMENTIZERS \
                    and self.second_clause(stop, para_end_tok, parallel=self.opened_by_that(content)):
                cuts.append(stop)  # "…، وأن الفائض الأولي سيبلغ …": the clause so far is one statement, the next another
        k = _before_occasion_tail(toks, content, k)
        cuts = [c for c in cuts if c < k]
        for end in (*self.long_clause_ends(content, cuts, k), k):
            if end > content:
                self.add_indirect(content, end, cue_text, entity, mention, explicit, skip_ba)
            content, skip_ba = end + 1, False

    def relative_after_quote(self, c: int, content: int) -> bool:
        """Whether the cue verb at ``c`` opens a relative clause set off by a comma right after the
        closing mark of a quotation that is all of what was said from ``content`` ("إلى «…»، التي قال
        إنها …"; not "نفى صحة انفراد «الوطن»، الذي كشف …", a paper's name in the denied words)."""
        forms = self.toks.forms
        return c - 3 > content and forms[content] in _QUOTE_MARKS and forms[c - 1] in _RELATIVES \
            and forms[c - 2] in _COMMAS and forms[c - 3] in _CLOSING_MARKS

    def long_clause_ends(self, content: int, cuts: list[int], k: int) -> list[int]:
        """Of the complementizers at ``cuts`` (in reported speech from token ``content`` to ``k``),
        those that end a clause of at least ``cues.MIN_CLAUSE_WORDS`` words and open another: a
        short one stays with the clause before it ("…، وأنه أبلغه بالقرار شخصيا")."""
        words = self.toks.is_word
        kept: list[int] = []
        start = content
        for i, cut in enumerate(cuts):
            nxt = cuts[i + 1] if i + 1 < len(cuts) else k
            before = sum(1 for t in range(start, cut) if words(t))
            after = sum(1 for t in range(cut + 1, nxt) if words(t))
            if before >= cues.MIN_CLAUSE_WORDS and after >= cues.MIN_CLAUSE_WORDS:
                kept.append(cut)
                start = cut + 1
        return kept

    def add_indirect(self, content: int, k: int, cue_text: str, entity, mention, explicit, skip_ba: bool) -> None:
        """Reported speech from token ``content`` up to token ``k``."""
        toks = self.toks
        start = toks.orig(content, content + 1)[0]
        if skip_ba:  # "طالبت بفتح تحقيق", "بـإطلاقات": what was asked for starts after the ب
            start += 1
            while self.doc.text[start : start + 1] == "ـ":
                start += 1
        s, e = _trim(self.doc.text, start, toks.orig(k - 1, k)[1])
        if at_least(self.doc.text[s:e], 2):
            self.add(s, e, "indirect", cue_text, entity, mention, explicit, priority=2)

    def second_clause(self, k: int, end: int, *, parallel: bool = False) -> bool:
        """Whether the و-complementizer at token ``k`` opens a second reported clause: right after a
        comma (or, when ``parallel``, the reported speech having opened with a complementizer too:
        "مؤكدا أنهم ملتزمون بإعادة التضخم إلى النطاق المستهدف وأنهم لن يسمحوا …"), outside quotation
        marks, not concessive ("وإن كان …"), with words of its own."""
        forms = self.toks.forms
        if forms[k - 1] not in _COMMAS and (not parallel or _verb_after_bare_that(forms[k], forms[k + 1])):
            return False  # (no comma: "وأن يكون …" is "and to be", coordinated with a noun before it)
        return (k + 2 < end and forms[k + 1] not in lx.CONCESSIVE_AFTER
                and forms[k - 1] not in lx.NOT_SECOND_CLAUSE_AFTER and not self.in_quote(self.toks.orig(k, k + 1)[0]))

    def opened_by_that(self, content: int) -> bool:
        """Whether the reported speech at token ``content`` follows a complementizer of the kind a
        second clause repeats with و ("أن", "أنهم", "بأن"; ``cues.COORDINATED_COMPLEMENTIZERS``)."""
        return content > 0 and "و" + self.toks.forms[content - 1] in lx.COORDINATED_COMPLEMENTIZERS

    def starts_clause(self, k: int) -> bool:
        """Whether the cue verb at token ``k`` opens a new clause (و/ف, after a comma, بينما or "غير أنه")."""
        forms = self.toks.forms
        f, prev = forms[k], forms[k - 1] if k else ""
        return (_glued_conjunction(f) or prev in ("،", ",", "؛") or prev in lx.CLAUSE_OPENERS
                or _pronoun_subject_before(self.toks, k))

    def opens_long_quote(self, k: int) -> bool:
        """Whether the mark at token ``k`` opens a quotation longer than a quoted name or term."""
        start = self.toks.orig(k, k + 1)[0]
        return any(q.attrs.get("open") == start and q.attrs["words"] > MIN_QUOTE_WORDS for q in self.quotes)

    def opens_quoted_sentence(self, k: int) -> bool:
        """Whether the mark at token ``k`` opens a quotation of ``MIN_QUOTE_WORDS`` words that ends
        its sentence (واضاف "يجب ايقاف المأساة".): what was said, where a quoted name would go on to
        the clause it opens (وقالت "هيومن رايتس ووتش" إن …)."""
        start = self.toks.orig(k, k + 1)[0]
        text = self.doc.text
        for q in self.quotes:
            close = q.attrs.get("close")
            if q.attrs.get("open") == start and q.attrs["words"] >= MIN_QUOTE_WORDS and close is not None:
                rest = text[close + 1 : close + 3].lstrip(" \u00a0")
                return not rest or rest[0] in ".!؟?\n"
        return False

    def skip_short_quote(self, k: int, max_words: int) -> int | None:
        """Token index after a short quotation (a name or term) opening at token ``k``."""
        start = self.toks.orig(k, k + 1)[0]
        for q in self.quotes:
            if q.attrs.get("open") == start and q.attrs["words"] <= max_words and q.attrs.get("close") is not None:
                return self.tok_range(q.attrs["close"], q.attrs["close"] + 1)[0] + 1
        return None

    def reverse_attribution(self, p: Span, i0: int, i1: int) -> None:
        """"…، هذا ما كشفه المتحدث …": the text before "هذا ما" is the statement; "…، كما قال الوزير"
        and "…، بحسب ما صرح به الوزير": the sentence before the comma is."""
        toks = self.toks
        self.attributed_after(p, i0, i1)
        whats = toks.positions("ما", _WHAT)  # few tokens are "ما": look only before those
        for m in whats[bisect_left(whats, i0 + 1) : bisect_left(whats, i1 - 1)]:
            k = m - 1
            if toks.forms[k] in lx.AFTER_ATTRIBUTION and k > i0 and toks.forms[k - 1] in ("،", ","):
                self.sentence_before(p, i0, k, m + 1, i1)  # "…، بحسب ما صرح به الوزير"
                continue
            if bare_forms(toks.forms[k])[-1] == "هذا" and toks.forms[k + 1] == "ما":
                base = _verb_base(toks.forms[k + 2])
                if base is None:
                    continue
                cue = Cue(k + 2, k + 3, "verb", base)
                entity, mention, _, explicit = self.subject(cue, min(i1, k + 3 + MAX_SUBJECT_TOKENS))
                s, e = _trim(self.doc.text, p.start, toks.orig(k, k + 1)[0])
                if entity and at_least(self.doc.text[s:e], 3):
                    cue_text = self.doc.text[slice(*toks.orig(k, k + 3))]
                    self.add(s, e, "indirect", cue_text, entity, mention, explicit, priority=2)

    def attributed_after(self, p: Span, i0: int, i1: int) -> None:
        """"الحكومة ستطرح المشروع خلال الدورة المقبلة، كما قال الوزير.": كما and a cue verb after a comma."""
        toks = self.toks
        ases = toks.positions("كما", _AS)  # few tokens are "كما": look only at those
        for k in ases[bisect_left(ases, i0 + 1) : bisect_left(ases, i1 - 1)]:
            if toks.forms[k - 1] in ("،", ",") and toks.forms[k + 1] in lx.VERB_FORMS:
                self.sentence_before(p, i0, k, k + 1, i1)

    def sentence_before(self, p: Span, i0: int, phrase: int, verb: int, i1: int) -> None:
        """The sentence before the comma at ``phrase - 1``, said by the subject of the cue verb at token
        ``verb`` (after it, past "به"/"لها": "صرح به الوزير"), when that subject is named; the verb
        may carry an object pronoun ("صرحه")."""
        toks = self.toks
        base = _verb_base(toks.forms[verb])
        if base is None:
            return
        after = verb + 1
        while after < i1 and toks.forms[after] in ("به", "بها", "له", "لها"):
            after += 1
        cue = Cue(verb, after, "verb", base)
        entity, mention, _, explicit = self.subject(cue, min(i1, after + MAX_SUBJECT_TOKENS))
        if not entity:
            return
        start = self.sentence_start(phrase, i0)
        if self.has_cue(start, phrase):
            return  # the sentence has a cue of its own ("وذكر الإليزيه أن …، بحسب ما …"): its statement stands
        s, e = _trim(self.doc.text, toks.orig(start, start + 1)[0], toks.orig(phrase - 2, phrase - 1)[1])
        if at_least(self.doc.text[s:e], 3):
            cue_text = self.doc.text[slice(*toks.orig(phrase, after))]
            self.add(s, e, "indirect", cue_text, entity, mention, explicit, priority=2)

    def _issuer(self, j: int, end: int, construct: tuple[str, ...] = ("org", "person", "role")) -> Span | None:
        """The body (or person) that issued a document, named at token ``j`` right after it, with a
        glued ل ("بلاغ للمكتب الوطني") or after "صادر عن"/"عن"/"من" ("بيان صادر عن الوزارة"); of the
        ``construct`` kinds when in construct with it, with no ل ("بيانات البنك المركزي")."""
        toks = self.toks
        for skip in ((), ("صادر", "عن"), ("الصادر", "عن"), ("عن",), ("من",)):
            if tuple(toks.forms[j : j + len(skip)]) == skip and j + len(skip) < end:
                m = self.mention_near(toks.orig(j + len(skip), j + len(skip) + 1)[0])  # (past a glued ل)
                if m is not None and (skip or m.label in construct or toks.forms[j][0] == "ل"):
                    return m
        return None

    def _quoted_through(self, j: int, end: int) -> Span | None:
        """The person (or role) named after "عن" at token ``j``, right after the medium that carried
        what they said ("ما نقلته صحيفة «البلد الجديد» [عن الحوراني]")."""
        toks = self.toks
        if j + 1 >= end or toks.forms[j] != "عن":
            return None
        return self.mention_at(toks.orig(j + 1, j + 2)[0], ("person", "role"))

    def according_to(self, sent: Span) -> None:
        """"وبحسب X، فإن …" / "…، وفقاً لـ X.": the sentence is what X says."""
        toks = self.toks
        # (a str.find per word the text holds: a regex search of the alternation tests every character)
        if not any(self.doc.text.find(w, sent.start, sent.end) >= 0 for w in self.according_words):
            return
        i0, i1 = self.tok_range(sent.start, sent.end)
        # (only where an entry can start: the first match found decides)
        starts = toks.positions("according_to", lx.ACCORDING_TO.by_first)
        for k in starts[bisect_left(starts, i0) : bisect_left(starts, i1)]:
            n = lx.ACCORDING_TO.match(toks, k)
            if not n:
                continue
            if k <= i0 + 1 and k + n + 2 < i1 and toks.forms[k + n] == "ما" and toks.is_word(k + n + 1):
                # "ووفق ما نقلته صحيفة … عن الحوراني، …", "وحسب ما أفاد به المتحدث، …": the relative
                # clause's verb (and its preposition), then its subject (opening the sentence only: at
                # its end, "…، بحسب ما أفاد به مسؤول", the sentence has a speaker of its own)
                n += 2 + (k + n + 3 < i1 and toks.forms[k + n + 2] in _RESUMPTIVE_PREPOSITIONS)
            start = toks.orig(k + n, k + n + 1)[0] if k + n < i1 else sent.end
            if self.in_quote(toks.orig(k, k + 1)[0]):
                return
            if k <= i0 + 1 and (comma := self._unnamed_source_in_relative(k + n, i1)) is not None:
                # "وبحسب الأرقام التي عرضتها، …": the one just quoted gave them
                m, end_tok, speaker = None, comma, (None, None, False)
                cue_text = self.doc.text[slice(*toks.orig(k, k + n))]
            elif k + n < i1 and toks.forms[k + n] in lx.HIS_SAYING:
                # "…، على حد قوله": the speaker just quoted, in a sentence that names nobody else and has
                # no cue verb before it (its subject would be the one it means: "وأعلن الوزير فلان طرد الدبلوماسي
                # "…"، على حد تعبيره", "واتهم الشاعر …، على حد تعبيره")
                if self.names_somebody(sent) or next(iter(find_cues(toks, i0, k)), None) is not None:
                    return
                m, end_tok, speaker = None, k + n + 1, (None, None, False)
                cue_text = self.doc.text[slice(*toks.orig(k, k + n + 1))]
            else:
                m = self.mention_near(start)
                if m is None and k + n + 1 < i1 and toks.forms[k + n] in lx.PATRONYMIC_LINKS:
                    # "وبحسب بن سالم، …": a family name opening with بن, whose mention is the name after it
                    m = self.mention_at(toks.orig(k + n + 1, k + n + 2)[0], ("person",))
                if m is None and k + n < i1:
                    m = self._named_after_role(k + n, i1)
                if m is None and k + n < i1:
                    m = self.named_after_title(k + n, i1)  # "وحسب المهندس طارق البيطار، …"
                if m is None and k + n + 1 < i1 and toks.forms[k + n] in lx.ISSUED_DOCUMENTS:
                    m = self._issuer(k + n + 1, i1)  # "وبحسب بلاغ للمكتب الوطني للنقابة، …": the body
                if m is None and k <= i0 + 1:
                    m = self._source_in_relative(k + n, i1)
                if m is None and k + n < i1 and (t := title_length(toks, k + n)) and k + n + t < i1 \
                        and self._title_alone_as_source(k, i0, k + n + t):
                    # "وبحسب المحافظ، …", "…، بحسب الجنرال، …" (a scanned role: mention_near)
                    m = self.title_as_role(k + n, t)
                if m is None or m.label == "place":
                    continue  # "وفق تطورات سعر النفط، بحسب المصدر": a later one may name a source
                cue_text = self.doc.text[slice(*toks.orig(k, k + n))]
                end_tok = self._past_name(self.tok_range(m.start, m.end)[1], i1)
                quoted = self._quoted_through(end_tok, i1)
                if quoted is not None:  # "ووفق ما نقلته صحيفة "البلد" عن الحوراني، …": the one quoted
                    m, end_tok = quoted, self._past_name(self.tok_range(quoted.start, quoted.end)[1], i1)
                speaker = (m.attrs["entity"], m, True)
                if end_tok < i1 and toks.forms[end_tok] in lx.SAME_WORDS:  # "المسؤول ذاته": one met before
                    end_tok += 1
                    if not self.named_before(m):  # … but not as this role: the speaker just quoted
                        speaker = (None, None, False)
                if k <= i0 + 1 and m.label == "role":
                    end_tok = self._past_role_complement(end_tok, i1)
                elif k <= i0 + 1 and m.label == "person":
                    end_tok = self._past_role_aside(end_tok, i1)
                if k <= i0 + 1:
                    end_tok = self._past_source_clause(end_tok, i1)
            if k <= i0 + 1 and end_tok < i1 and (toks.forms[end_tok] in "،," or toks.forms[end_tok] in _THEN_THAT):
                content = end_tok + (toks.forms[end_tok] in "،,")  # ("وحسب فلان فإن …": no comma)
                if content < i1 and bare_forms(toks.forms[content])[-1] in ("فان", "ان", "انه", "انها", "فقد"):
                    content += 1
                s, e = _trim(self.doc.text, toks.orig(content, content + 1)[0], self._before_next_cue(content, i1, sent.end))
            elif end_tok >= i1 - 1 or (m is not None and m.label in ("person", "role") and self._relative_after(end_tok, i1)):
                # "…، بحسب المبعوث." / "…، بحسب المبعوث الذي أكد أن …" / "… بلغ 17800 ميغاواط بحسب الوزير،
                # الذي أوضح أن …": what comes before is his
                s, e = _trim(self.doc.text, sent.start, toks.orig(k, k + 1)[0])
            elif k > i0 + 1 and toks.forms[k - 1] in "،," and toks.forms[end_tok] in "،," and self.plain_sentence(sent, k):
                s, e = _trim(self.doc.text, sent.start, sent.end)  # "…، وفق الوزيرة، …": an aside in it
            else:
                return
            if at_least(self.doc.text[s:e], 3):
                # (his saying marks words in a sentence that may hold a cue of its own: that one wins)
                self.add(s, e, "indirect", cue_text, *speaker, priority=1 if m is None else 2)
            return

    def _past_source_clause(self, end_tok: int, i1: int) -> int:
        """The comma before the first "فإن" within ``SOURCE_CLAUSE_REACH`` words after an opening
        source, past the clause that describes it ("وبحسب مصدر دبلوماسي [حضر جلسات القمة]، فإن …",
        "ووفقا لمصدر في سلطة المياه [تحدث لـ«البلد» شريطة عدم الكشف عن هويته]، فإن …"); ``end_tok``
        when the source's own comma is followed by it, or none is near. A clause after the source's
        comma describes it only when it opens with a cue verb or one of ``SOURCE_CLAUSE_VERBS`` ("،
        تحدث لـ…"): "وبحسب الوزير، ارتفعت الصادرات …" is what he says."""
        toks = self.toks
        if end_tok + 1 < i1 and toks.forms[end_tok] in _COMMAS:
            after = toks.forms[end_tok + 1]
            if not (lx.is_verb_cue(after) or after in lx.SOURCE_CLAUSE_VERBS):
                return end_tok
        for j in range(end_tok, min(i1 - 1, end_tok + lx.SOURCE_CLAUSE_REACH)):
            if toks.forms[j] in _COMMAS and bare_forms(toks.forms[j + 1])[-1] in _THEN_THAT:
                return j
            if toks.forms[j] in _SENTENCE_END:
                break
        return end_tok

    def _title_alone_as_source(self, k: int, i0: int, after: int) -> bool:
        """Whether the title after the source word at token ``k`` stands alone for who said it: it
        opens the sentence and a comma follows ("وبحسب المحافظ، …"), or it is an aside between commas
        or before the sentence's end ("كما فككت الفرق، بحسب الجنرال، …")."""
        forms = self.toks.forms
        if k <= i0 + 1:
            return forms[after] in _COMMAS
        return forms[k - 1] in _COMMAS and (forms[after] in _COMMAS or forms[after] in _SENTENCE_END)

    def _source_in_relative(self, j: int, i1: int) -> Span | None:
        """The person or body who gave the figures or estimates an opening "وبحسب"/"ووفق" cites, named
        in a relative clause right before the comma ("ووفق الأرقام التي قدمها العمراني، بلغت …",
        "وبحسب تقديرات الشرطة التي أعلنها الزعبي، …", "… التي عرضها الجهاز، …"); None otherwise."""
        t = self._relative_in_source(j, i1)
        if t is None:
            return None
        m = self.mention_at(self.toks.orig(t + 2, t + 3)[0], ("person", "role", "org"))
        if m is None:
            return None
        after = self.tok_range(m.start, m.end)[1]
        return m if after < i1 and self.toks.forms[after] in _COMMAS else None

    def _unnamed_source_in_relative(self, j: int, i1: int) -> int | None:
        """The comma after a relative clause whose verb, with the pronoun of what it gave and no
        subject named, ends the source an opening "وبحسب" cites ("وبحسب الأرقام التي عرضتها، …",
        "ووفق البيانات التي قدمها، …"): its subject is the one speaking. None otherwise."""
        t = self._relative_in_source(j, i1)
        if t is None:
            return None
        forms, verb = self.toks.forms, self.toks.forms[t + 1]
        return t + 2 if forms[t + 2] in _COMMAS and len(verb) >= 4 and verb.endswith(("ه", "ها")) else None

    def _relative_in_source(self, j: int, i1: int) -> int | None:
        """The relative pronoun within ``SOURCE_RELATIVE_REACH`` words of the source an opening
        "وبحسب" cites at ``j``, only words before it ("الأرقام [التي] …"); None otherwise."""
        for t in range(j + 1, min(i1 - 2, j + SOURCE_RELATIVE_REACH)):
            if not self.toks.is_word(t):
                return None
            if self.toks.forms[t] in _RELATIVES:
                return t
        return None

    def _past_role_complement(self, j: int, i1: int) -> int:
        """Past the complement of a role that opens a sentence's source, up to its comma ("وبحسب
        المسؤول الأول عن الكرة في البلاد، فرضت …"): ``cues.ROLE_COMPLEMENT_OPENERS`` at ``j``, then
        definite nouns, constructs before one, and more openers, the comma within
        ``ROLE_COMPLEMENT_REACH`` tokens; else ``j`` (a verb there means the source had no comma)."""
        forms = self.toks.forms
        if j >= i1 or forms[j] not in lx.ROLE_COMPLEMENT_OPENERS:
            return j
        for k in range(j + 1, min(i1, j + ROLE_COMPLEMENT_REACH + 1)):
            if forms[k] in "،,":
                return self._past_holder_aside(k, i1)
            definite = forms[k].startswith(("ال", "لل")) or forms[k] in lx.ROLE_COMPLEMENT_OPENERS
            if not (definite or (k + 1 < i1 and forms[k + 1].startswith("ال"))):
                return j
        return j

    def _past_holder_aside(self, comma: int, i1: int) -> int:
        """The comma after the holder's name set off between commas after a role ("مسؤول الشرطة في
        البلدة، إف سي فان ويك، فإن …"): a person's mention, or a few words before "، فإن"; else
        ``comma``."""
        forms = self.toks.forms
        if comma + 1 >= i1:
            return comma
        m = self.mention_at(self.toks.orig(comma + 1, comma + 2)[0], ("person",))
        if m is not None:
            after = self.tok_range(m.start, m.end)[1]
            return after if after < i1 and forms[after] in "،," else comma
        for k in range(comma + 2, min(i1 - 1, comma + ROLE_NAME_REACH + 2)):
            if not self.toks.is_word(k):
                thus = forms[k] in "،," and bare_forms(forms[k + 1])[-1] in ("فان", "فانه", "فانها")
                return k if thus else comma
        return comma

    def _relative_after(self, k: int, i1: int) -> bool:
        """Whether a relative pronoun opens at token ``k``, maybe after a comma ("الوزير، الذي …")."""
        forms = self.toks.forms
        if k < i1 and forms[k] in "،,":
            k += 1
        return k < i1 and forms[k] in _RELATIVES

    def _before_next_cue(self, content: int, i1: int, end: int) -> int:
        """Where what "وبحسب X، فإن …" attributes ends: before a cue verb that opens a clause of its
        own after a comma ("…، وقال إنهم سيبدؤون …": that one is a statement of its own), else ``end``."""
        toks = self.toks
        for cue in find_cues(toks, content + 1, i1):
            if cue.kind == "verb" and toks.forms[cue.i - 1] in "،," and toks.forms[cue.i][0] == "و":
                return toks.orig(cue.i - 1, cue.i)[0]
            if cue.kind == "verb" and toks.forms[cue.i - 1] in _WHILE and toks.forms[cue.i - 2] in "،,":
                return toks.orig(cue.i - 2, cue.i - 1)[0]  # "…، بينما قالت عمتها إن …": another's words
        return end

    def names_somebody(self, sent: Span) -> bool:
        """Whether the sentence names a person, role or organization outside quotation marks."""
        return any(sent.start <= m.start < sent.end and m.label in ("person", "role", "org") and not self.in_quote(m.start)
                   for m in self.mentions)

    def _named_after_role(self, j: int, end: int) -> Span | None:
        """The person named after a role phrase that opens at token ``j`` ("بحسب المبعوث الأممي هنريك
        ستالبيري": the role's words are no mention of their own when a name follows them)."""
        toks = self.toks
        if not lx.ROLE_HEADS.match(toks, j):
            return None
        for k in range(j + 1, min(end, j + ROLE_NAME_REACH + 1)):
            if not toks.is_word(k):
                return None
            m = self.mention_at(toks.orig(k, k + 1)[0], ("person",))
            if m is not None:
                return m
        return None

    def _past_role_aside(self, comma: int, i1: int) -> int:
        """Past the role set off by commas after a person who opens a sentence as its source ("وحسب
        طارق البيطار، الناطق باسم الهيئة العامة للموارد المائية، فإن …"): the comma after the role,
        when a role's mention fills the words between; else ``comma``."""
        forms = self.toks.forms
        if comma + 2 >= i1 or forms[comma] not in _COMMAS:
            return comma
        role = self.mention_at(self.toks.orig(comma + 1, comma + 2)[0], ("role",))
        if role is None:
            return comma
        after = self._past_role_complement(self.tok_range(role.start, role.end)[1], i1)
        return after if after < i1 and forms[after] in _COMMAS else comma

    def _past_name(self, j: int, end: int) -> int:
        """Past the name of a role's holder that starts at token ``j`` ("بحسب المبعوث الأممي هنريك
        ستالبيري"), else ``j``."""
        if j >= end:
            return j
        start = self.toks.orig(j, j + 1)[0]
        m = self.mention_at(start, ("person",))
        return self.tok_range(m.start, m.end)[1] if m is not None else j

    def plain_sentence(self, sent: Span, aside: int) -> bool:
        """Whether a sentence with an attribution aside at token ``aside`` is all what the source
        said: it has no cue of its own ("كما أشاد مرسي، بحسب البيان، …، مؤكدا …") and names nobody
        before the aside ("إلا أن بايدن، وبحسب الصحيفة، عاد ليؤكد …": Biden's words, by the paper)."""
        if self.has_cue(*self.tok_range(sent.start, sent.end)):
            return False
        before = self.toks.orig(aside, aside + 1)[0]
        return not any(sent.start <= m.start < before and m.label in ("person", "role") for m in self.mentions)

    def has_cue(self, i: int, j: int) -> bool:
        """Whether a cue verb or participle form is among tokens ``i`` … ``j - 1``."""
        forms, stops = self.toks.forms, self.clause_stops()
        return any(forms[x] in lx.VERB_FORMS or forms[x] in lx.PARTICIPLE_FORMS
                   for x in stops[bisect_left(stops, i) : bisect_left(stops, j)])

    def named_before(self, m: Span) -> bool:
        """Whether the entity of mention ``m`` has a mention before it."""
        entity = m.attrs.get("entity")
        return any(x.attrs.get("entity") == entity for x in self.mentions if x.start < m.start)

    # -- quotes without a cue before them -------------------------------------------------------
    def from_quotes(self, skip: list[tuple[int, int]]) -> None:
        for q in self.quotes:
            if any(a <= q.start < b for a, b in skip) or q.attrs["words"] < MIN_QUOTE_WORDS:
                continue
            close = q.attrs.get("close")
            after = self.cue_after(close, q.attrs.get("open")) if close is not None else None
            if after is not None:
                entity, mention, explicit, cue_text = after
                orphan = q.attrs.get("open") is None  # its start is a guess: reported speech before it wins
                self.add(q.start, q.end, "direct", cue_text, entity, mention, explicit, priority=1 if orphan else 3)
            elif q.attrs["words"] >= MIN_UNATTRIBUTED_WORDS and self.opens_paragraph(q):
                # A quote that opens its paragraph with no cue continues the previous speaker.
                self.add(q.start, q.end, "direct", None, None, None, False, priority=1)

    def opens_paragraph(self, q: Span) -> bool:
        opener = q.attrs.get("open")
        for p in self.doc.layer("paragraphs"):
            if p.start <= q.start < p.end:
                head = self.doc.text[p.start : opener if opener is not None else q.start]
                return not head.strip(" \u00a0-–")
        return False

    def cue_after(self, close: int, opened: int | None = None) -> tuple[str | None, Span | None, bool, str] | None:
        """"«…»، قال الوزير" — a cue right after the closing mark (``opened``: the opening mark's offset)."""
        toks = self.toks
        k = toks.index_at(_view_index(toks.view, close + 1))
        while k < toks.n and toks.forms[k] in "،,.-–":
            k += 1
        back = _back_reference(toks, k)  # "«…»، هكذا علق الوزير"
        if back:
            k += back
            while k < toks.n and toks.forms[k] in "،,":
                k += 1
        if k < toks.n and not back and not lx.is_verb_cue(toks.forms[k]):
            return self.source_after_quote(close, k) if opened is not None and self.opens_sentence(opened) else None
        if k >= toks.n or not (lx.is_verb_cue(toks.forms[k]) or (back and toks.forms[k] in lx.QUOTE_BACK_VERBS)):
            return None
        between = self.doc.text[close : toks.orig(k, k + 1)[0]]
        if "\n" in between:
            return None  # the cue of the next paragraph introduces its own statement
        if _opens_next_sentence(between, toks.forms[k]):
            return None
        cue = Cue(k, k + 1, "verb", lx.VERB_FORMS.get(toks.forms[k], toks.forms[k]))
        entity, mention, _, explicit = self.subject(cue, min(toks.n, k + MAX_SUBJECT_TOKENS))
        return entity, mention, explicit, self.doc.text[slice(*toks.orig(k, k + 1))]

    def opens_sentence(self, offset: int) -> bool:
        """Whether nothing but spaces comes between the sentence's start and ``offset``."""
        head = self.doc.text[max(0, offset - 200) : offset]
        cut = max(head.rfind(c) for c in ".!?؟:\n")
        return not head[cut + 1 :].strip(" \u00a0")

    def source_after_quote(self, close: int, k: int) -> tuple[str | None, Span | None, bool, str] | None:
        """"«…»، بحسب الموسوي." — the source a quote that is a whole sentence is attributed to
        (``cues.ACCORDING_TO``), named right after it, with nothing but the sentence's end or a
        relative clause after the name. Read as a cue after the quote, the quote's earlier paragraphs
        (each reopened with a mark) are his too. (A quoted phrase inside a sentence, "وبحث الرئيسان
        سبل "مواصلة التعاون" بحسب الكرملين", is the source's report, not the quote's words.)"""
        toks = self.toks
        n = lx.ACCORDING_TO.match(toks, k)
        if not n or k + n >= toks.n or "\n" in self.doc.text[close : toks.orig(k, k + 1)[0]]:
            return None
        m = self.mention_near(toks.orig(k + n, k + n + 1)[0])
        if m is None:
            return None
        end = self._past_name(self.tok_range(m.start, m.end)[1], toks.n)
        rest = self.doc.text[toks.orig(end - 1, end)[1] :].lstrip(" \u00a0")
        if rest and rest[0] not in _SENTENCE_END and rest[0] != "\n" and not self._relative_after(end, toks.n):
            return None  # "»، وفق المصدر، فإن …": the sentence goes on ("»، بحسب الوزير الذي أكد …" is his)
        return m.attrs["entity"], m, True, self.doc.text[slice(*toks.orig(k, k + n))]

    # -- bookkeeping ---------------------------------------------------------------------------------
    def add(self, start, end, kind, cue, entity, mention, explicit, priority, field="text") -> None:
        if start >= end:
            return
        self.candidates.append(Candidate(start, end, kind, cue, entity, mention, priority, explicit, field))


# How many words of a role phrase may come before its holder's name after "بحسب" ("بحسب المبعوث الأممي
# الخاص إلى البلاد هنريك …" is past it; the role phrases of a source are short).
ROLE_NAME_REACH = 4
# Tokens from a role's complement to the comma that ends a source ("المسؤول الأول عن الكرة في البلاد،")
ROLE_COMPLEMENT_REACH = 6

# "while" before a cue verb of another speaker after a comma ("…، بينما قالت عمتها إن …")
_WHILE = ("بينما", "فيما")

# Words from "وبحسب" to the relative pronoun of the clause that names who gave the cited figures
# ("ووفق الأرقام التي قدمها العمراني، …").
SOURCE_RELATIVE_REACH = 5

# Relative pronouns after a source named at the end of a sentence ("…، بحسب المبعوث الذي أكد …").
_RELATIVES = ("الذي", "التي", "الذين")
# Words of a relative clause between commas after a clause verb's subject, before its أن.
RELATIVE_ASIDE_WORDS = 10


def _verb_after_bare_that(that: str, word: str) -> bool:
    """Whether a bare "وأن" (no pronoun glued) comes before what may be an imperfect verb: "أن"
    and a verb is "to do", not "that …"."""
    return that in ("وان", "وبان") and word[:1] in ("ي", "ت", "ن")


def _opens_next_sentence(between: str, cue_form: str) -> bool:
    """Whether a cue verb after a quotation's closing mark opens a sentence of its own: a full stop
    before it and a conjunction on it ("… "حوارا جادا". وحذرت من أن …"). Its statement follows it;
    the quotation belongs to the sentence before ("«…». قال الوزير" keeps its cue)."""
    return any(stop in between for stop in ".!?؟") and cue_form[:1] in ("و", "ف") \
        and lx.VERB_FORMS.get(cue_form, cue_form) != cue_form


def _back_reference(toks: Tokens, k: int) -> int:
    """How many tokens from ``k`` point back at the quotation before them ("هكذا", "بهذه الكلمات";
    ``cues.QUOTE_BACK_REFERENCES``), 0 when none does."""
    for words in lx.QUOTE_BACK_REFERENCES:
        if tuple(toks.forms[k : k + len(words)]) == words:
            return len(words)
    return 0


def _view_index(view, offset: int) -> int:
    if view.offsets is None:
        return offset
    return bisect_left(view.offsets, offset)


def _marks(s: str) -> int:
    return sum(s.count(m) for m in "\"“”«»")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop edge spaces and punctuation, a stray closing mark at the start, an opening mark at the
    end, and a dangling conjunction."""
    strip = " \t\n\u00a0.،,؛;:-–—\u200f\u200e"
    while True:
        while start < end and (text[start] in strip or text[start] in "»”"):
            start += 1
        while end > start and (text[end - 1] in strip or text[end - 1] in "«“"):
            end -= 1
        if end > start and text[end - 1] in "\"”»'" and _marks(text[start:end]) % 2 == 1:
            end -= 1  # the closing mark of a quote that opened before this statement
            continue
        if not text.endswith(_DANGLING_TAILS, start, end):
            return start, end
        tail = next(t for t in _DANGLING_TAILS if text.endswith(t, start, end))
        end -= len(tail) - 1


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping statements, preferring interview answers, then cue-attached quotes,
    then reported speech, then quotes without a cue."""
    chosen: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (-c.priority, c.start)):
        if c.field == "text" and any(o.field == "text" and o.start < c.end and c.start < o.end for o in chosen):
            continue
        chosen.append(c)
    return sorted(chosen, key=lambda c: (c.field != "title", c.start))


def _lede_subjects(finder: "StatementFinder") -> list[tuple[int, str]]:
    """People named at the start of a sentence ("انتقد الأمين العام …، محسن مرزوق …"): who a
    later pronoun subject most likely means when no cue has named anyone yet."""
    out = []
    starts = [s.start for s in finder.doc.layer("sentences")]

    for m in sorted(finder.mentions, key=lambda m: m.start):
        if m.label not in ("person", "role") or finder.in_quote(m.start):
            continue
        if finder.doc.entities[m.attrs["entity"]]["type"] != "person":
            continue
        i = bisect_right(starts, m.start) - 1
        if i >= 0 and at_most(finder.doc.text[starts[i] : m.start], 6):
            out.append((m.start, m.attrs["entity"]))
    return out


def cue_gender(cue: str | None) -> str | None:
    """"f" or "m" for a cue in the third person singular that shows its speaker's gender ("وأضافت",
    "تقول", "مضيفة" / "وأضاف", "يقول", "مضيفا"); None for others (plurals, phrases, a past verb whose
    base ends in ت: "لفت")."""
    if not cue:
        return None
    form = key(cue.split()[0])
    if form in lx.PARTICIPLE_FORMS or form[1:] in lx.PARTICIPLE_FORMS:
        form = form[1:] if form[1:] in lx.PARTICIPLE_FORMS else form
        if form.endswith("ين"):
            return None
        return "f" if form.endswith("ه") else "m" if form == lx.PARTICIPLE_FORMS[form] else None
    base = lx.VERB_FORMS.get(form) or lx.CLAUSE_VERBS.get(form)
    if base is None:
        return None
    if form[:1] in "وف" and not base.startswith(form[0]):
        form = form[1:]  # (glued و/ف: "وأضافت"; not the root's: "وعد")
    if form in lx.PRESENT_VERB_FORMS:
        return {"ي": "m", "ت": "f"}.get(form[:1]) if len(form) >= 3 else None
    if form == base + "ت":
        return "f"
    return "m" if form == base and not base.endswith("ت") else None


def _through_document(doc: Document, m: Span | None) -> bool:
    """Whether a speaker's mention comes after a document or figures it issued ("وأشار تقرير
    اليونيسيف إلى …", "بيان صادر عن الوزارة"): the verb agrees with the document, not the speaker."""
    if m is None:
        return False
    before = [key(w) for w in doc.text[max(0, m.start - 40) : m.start].split()[-3:]]
    return any(w in lx.ISSUED_DOCUMENTS or w in lx.DATA_NOUNS for w in before)


def _genders(doc: Document, chosen: list[Candidate]) -> dict[str, str]:
    """The grammatical gender each speaker shows in the document: the cues that named them ("وقالت
    فلانة", "وأفادت الوكالة"), else, for a person, a feminine role ("وزيرة الصحة"). Speakers shown
    with both are left out."""
    seen: dict[str, set[str]] = {}
    for c in chosen:
        g = cue_gender(c.cue) if c.explicit and c.speaker and not _through_document(doc, c.mention) else None
        if g:
            seen.setdefault(c.speaker, set()).add(g)
    for eid, e in doc.entities.items():
        if e["type"] == "person" and eid not in seen and any(key(r.split()[0]).endswith("ه") for r in e.get("roles", ())):
            seen[eid] = {"f"}
    return {eid: g.pop() for eid, g in seen.items() if len(g) == 1}


def _resolve_discourse(doc: Document, chosen: list[Candidate], interviewee: str | None,
                       events: list[tuple[int, str, int]],
                       ledes: Callable[[], list[tuple[int, str]]] = list,
                       epithets: dict[int, frozenset[str]] | None = None) -> None:
    """Pronoun subjects continue the current speaker (the last one a cue named, even in a clause
    that carried no statement); the first falls back to the interviewee. ``ledes`` gives the
    people named at sentence starts (``_lede_subjects``), asked for only when needed: rarely.
    An epithet the document did not resolve ("وتابع المسؤول الأول عن الكرة الوطنية", "وأضاف
    المتحدث") is the current speaker when that speaker is one it may stand for (``epithets``: where
    its mention starts → those people): the reporter's other word for the one just quoted."""
    epithets = epithets or {}
    genders = _genders(doc, chosen)
    current = interviewee
    earlier: list[str] = []   # the speakers before the current one, the latest last
    lede_subjects = None
    last_end = -1
    pending = sorted(events)

    def become(speaker: str | None) -> None:
        nonlocal current
        if speaker != current and current is not None:
            earlier.append(current)
        current = speaker

    for c in chosen:
        if c.field != "text":
            continue
        while pending and pending[0][0] < c.start:
            _, named, at = pending.pop(0)
            if current not in epithets.get(at, ()):
                become(named)
            last_end = max(last_end, c.start - 1)
        if c.explicit and c.mention is not None and current in epithets.get(c.mention.start, ()):
            c.speaker = current
        elif c.explicit and c.speaker:
            become(c.speaker)
        elif not c.explicit:
            g = cue_gender(c.cue)
            if g and current is not None and genders.get(current, g) != g:
                # "وقال الوزير …. وتابعت أن …": she is the woman who spoke before him, when one did
                other = next((e for e in reversed(earlier) if genders.get(e) == g), None)
                if other is not None:
                    become(other)
            if c.cue is None and (last_end < 0 or c.start - last_end > 400):
                c.speaker = None  # an unattributed quote far from any speaker stays unattributed
            elif current is None and c.cue is not None:
                if lede_subjects is None:
                    lede_subjects = ledes()
                named_before = [eid for pos, eid in lede_subjects if pos < c.start]
                c.speaker = named_before[0] if named_before else None
            else:
                c.speaker = current
        last_end = c.end


def annotate(doc: Document) -> None:
    finder = StatementFinder(doc)
    # Statements are the builder's last user, and it refers to the document: left in the cache it
    # would make every analysed document a reference cycle, freed only by the garbage collector.
    del doc.cache["entity_builder"]
    excluded = [(s.start, s.end) for s in (*doc.layer("boilerplate"), *doc.layer("byline"))]
    turns = interview.annotate(doc, finder)
    questions = [(s.start, s.end) for s in doc.layer("interview") if s.label == "question"]
    answers = [(s.start, s.end) for s in doc.layer("interview") if s.label == "answer"]
    skip = excluded + questions + answers
    turns_at = questions + answers
    for p in doc.layer("paragraphs"):
        if turns_at and any(a <= p.start < b for a, b in turns_at):
            continue
        finder.from_paragraph(p, skip)
    finder.from_quotes(skip)
    interview.headline(doc, finder)
    chosen = _select(finder.candidates + turns)
    _resolve_discourse(doc, chosen, doc.cache.get("interviewee"), finder.speaker_events, partial(_lede_subjects, finder),
                       finder.unresolved_epithets())
    for c in chosen:
        if c.kind != "interview" and c.speaker is None and c.cue is None:
            continue
        attrs = {"cue": c.cue, "speaker": c.speaker, "speaker_mention": c.mention if c.explicit else None}
        if c.field != "text":
            attrs["field"] = c.field
            doc.layer("statements").append(Span(c.start, c.end, c.kind, attrs))  # offsets into doc.title
        else:
            cut_sentences = c.kind in structure_rules.SENTENCE_CUT_KINDS
            for start, end in statement_parts(doc, c.start, c.end, sentences=cut_sentences):
                doc.add("statements", Span(start, end, c.kind, dict(attrs)))
