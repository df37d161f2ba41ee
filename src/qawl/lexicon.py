"""The rule tables compiled for matching: folded word sets and phrase tables built once at import.

Components import from here rather than folding rule entries themselves.
"""
from __future__ import annotations

import re

from qawl.rules import cues, dates, names, numbers, places, structure, titles, words
from qawl.text.normalize import key
from qawl.text.tokens import PhraseTable


def _fold(entries) -> set[str]:
    return {key(e) for e in entries}


def _verb_forms() -> dict[str, str]:
    """Every folded surface form of a reporting verb (with و/ف) → its base form."""
    forms: dict[str, str] = {}
    for base, others in cues.PAST_VERBS.items():
        for f in (base, *others):
            forms[key(f)] = key(base)
    for f in cues.PRESENT_VERBS:
        forms[key(f)] = key(f)
    for f in list(forms):
        for pre in ("و", "ف"):
            forms.setdefault(pre + f, forms[f])
    return forms


def _participle_forms(participles: tuple[str, ...]) -> dict[str, str]:
    """Participle cues in the accusative (مضيفاً), feminine (مضيفة) and plural (مضيفين) forms; not the
    bare stem, which is a noun ("ومطالب" = "and demands")."""
    forms: dict[str, str] = {}
    for p in participles:
        base = key(p)
        stem = base[:-1] if base.endswith("ا") else base
        for f in (base, stem + "ه", stem + "ين"):
            forms[f] = base
            forms["و" + f] = base
    return forms


VERB_FORMS = _verb_forms()
PRESENT_VERB_FORMS = {pre + key(f) for f in cues.PRESENT_VERBS for pre in ("", "و", "ف")}
PARTICIPLE_FORMS = _participle_forms(cues.PARTICIPLES)
CLAUSE_PARTICIPLE_FORMS = _participle_forms(cues.CLAUSE_PARTICIPLES)
BA_NOUN_CLAUSE_PARTICIPLES = _fold(cues.BA_NOUN_CLAUSE_PARTICIPLES)
NOUN_LIKE_PARTICIPLES = _fold(cues.NOUN_LIKE_PARTICIPLES)
PASSIVE_LIKE_PARTICIPLES = _fold(cues.PASSIVE_LIKE_PARTICIPLES)
PREDICATE_VERBS = _fold(cues.PREDICATE_VERBS)
SOURCE_CLAUSE_REACH = cues.SOURCE_CLAUSE_REACH
SOURCE_CLAUSE_VERBS = _fold(cues.SOURCE_CLAUSE_VERBS)
CUE_PHRASES = PhraseTable(cues.PHRASES)
# Cue phrases of one word ("بالقول"): never part of a role's complement ("اكتفى المتحدث بالقول إن …").
ONE_WORD_CUE_PHRASES = frozenset(key(p) for p in cues.PHRASES if " " not in p)
SENTENCE_OPENING_VERBS = {key(f): key(base) for f, base in cues.SENTENCE_OPENING_VERBS.items()}
CLAUSE_OPENING_VERBS = {key(f): key(base) for f, base in cues.CLAUSE_OPENING_VERBS.items()}
CLAUSE_VERBS = {pre + key(f): key(base) for base, others in cues.CLAUSE_VERBS.items() for f in (base, *others)
                for pre in ("", "و", "ف") if pre or f not in cues.GLUED_ONLY_CLAUSE_VERBS}
# … and the bare forms those leave out, cues only right after a word that opens a clause ("فيما طالب
# النائب فلان الحكومة بوضع …", "كما طالب …"): never where a name's word or the noun stands.
OPENER_CLAUSE_VERBS = {key(f): key(base) for base, others in cues.CLAUSE_VERBS.items() for f in (base, *others)
                       if f in cues.GLUED_ONLY_CLAUSE_VERBS}
CLAUSE_VERB_NOUNS = {key(f): _fold(after) for f, after in cues.CLAUSE_VERB_NOUNS.items()}
PRESENT_CLAUSE_FORMS = {pre + key(f) for f in cues.PRESENT_CLAUSE_FORMS for pre in ("", "و", "ف")}
CLAUSE_CUT_OPENERS = {tuple(key(w) for w in phrase.split()) for phrase in structure.CLAUSE_CUT_OPENERS}
NOT_CLAUSE_CUTS = {tuple(key(w) for w in phrase.split()) for phrase in structure.NOT_CLAUSE_CUTS}
FIGURE_CLAUSE_OPENERS = {tuple(key(w) for w in phrase.split()) for phrase in structure.FIGURE_CLAUSE_OPENERS}
AND_CLAUSE_OPENERS = _fold(structure.AND_CLAUSE_OPENERS) | {
    tense + key(v) for v in structure.AND_CLAUSE_VERBS for tense in ("", "س")}
NOT_WE_WORDS = _fold(structure.NOT_WE_WORDS)
AND_FIGURE_VERBS = _fold(structure.AND_FIGURE_VERBS)
NOT_FIGURE_SUBJECTS = _fold(structure.NOT_FIGURE_SUBJECTS)
NARRATIVE_OPENERS = {tuple(key(w) for w in phrase.split()) for phrase in cues.NARRATIVE_OPENERS}
QUOTING_FORMS = _fold(cues.QUOTING_WORDS)
RELAY_FORMS = {pre + key(f) for f in cues.RELAY_VERBS for pre in ("", "و", "ف")}
NOT_RELAY_SOURCES = _fold(cues.NOT_RELAY_SOURCES)
COMPLEMENTIZERS = PhraseTable(cues.COMPLEMENTIZERS)
NEGATED_COMPLEMENTIZER = key(cues.NEGATED_COMPLEMENTIZER)
COORDINATED_COMPLEMENTIZERS = _fold(cues.COORDINATED_COMPLEMENTIZERS)
REASON_COMPLEMENTIZERS = _fold(cues.REASON_COMPLEMENTIZERS)
CONCESSIVE_AFTER = _fold(cues.CONCESSIVE_AFTER)
NOT_CLAUSE_OPENERS = _fold(cues.NOT_CLAUSE_OPENERS)
TIME_CLAUSE_OPENERS = _fold(cues.TIME_CLAUSE_OPENERS)
NOUN_LIKE_CLAUSE_VERBS = _fold(cues.NOUN_LIKE_CLAUSE_VERBS)


def _noun_forms(noun: str, pronouns: tuple[str, ...] = ("ه", "ها", "هم", "هما", "نا")) -> set[str]:
    """A folded noun as read before its object or after a preposition: itself, with ال, and with a
    possessive pronoun ("دعوه" → "الدعوه", "دعوته", "دعوتها")."""
    stem = noun[:-1] + "ت" if noun.endswith("ه") else noun
    return {noun, "ال" + noun, *(stem + p for p in pronouns)}


def _object_gates() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """Per folded base of ``cues.OBJECT_CLAUSE_VERBS``: the words that make it a cue (a noun also
    with ال and a possessive pronoun: "دعوة" → "الدعوه", "دعوته", "دعوتها") and the one-letter
    prepositions that count when glued to a word ("لـ" → "ل")."""
    prepositions = _fold(words.FUNCTION_WORDS)  # ("إلى": taken as it is)
    gates = {}
    for base, entries in cues.OBJECT_CLAUSE_VERBS.items():
        whole, glued = set(), []
        for e in map(key, entries):
            if len(e) == 1:
                glued.append(e)
            elif e in prepositions:
                whole.add(e)
            else:
                whole |= _noun_forms(e)
        gates[key(base)] = (frozenset(whole), tuple(glued))
    return gates


OBJECT_CLAUSE_GATES = _object_gates()
# Every word of a cardinal number word ("ثلاثة", the "عشر" of "أحد عشر", "عشرين", "مئة"): a count
# stands before it, as a digit does ("أحد عشر متهما": the defendants, no participle).
NUMBER_WORDS = frozenset(key(w) for table in (numbers.UNIT_WORDS, numbers.TEEN_WORDS, numbers.TENS_WORDS,
                                              numbers.HUNDREDS_WORDS)
                         for forms in table.values() for form in forms for w in form.split())
FIGURE_GATED_VERBS = _fold(cues.FIGURE_GATED_VERBS)
FIGURE_GATE_WORDS = _fold(cues.FIGURE_GATE_WORDS)
DEMONSTRATIVE_OBJECTS = _fold(cues.DEMONSTRATIVE_OBJECTS)
DEMONSTRATIVE_OBJECT_PARTICIPLES = _fold(cues.DEMONSTRATIVE_OBJECT_PARTICIPLES)
CLAUSE_VERB_OPENERS = _fold(words.CLAUSE_OPENERS) | _fold(cues.VERB_PARTICLES)
POINTING_VERBS = _fold(cues.POINTING_VERBS)
NOUN_CONTENT_VERBS = {key(v): tuple(key(p) if p else "" for p in ps) for v, ps in cues.NOUN_CONTENT_VERBS.items()}
ADDRESSEE_VERBS = _fold(cues.ADDRESSEE_VERBS)
ADDRESSEE_REQUIRED_VERBS = _fold(cues.ADDRESSEE_REQUIRED_VERBS)
MASCULINE_ADDRESSEE_FORMS = _fold(cues.MASCULINE_ADDRESSEE_FORMS)
FEMININE_ENDINGS = tuple(key(e) for e in cues.FEMININE_ENDINGS)
FEMININE_FORM_MEN = _fold(cues.FEMININE_FORM_MEN)
NOMINATIVE_PLURAL_ENDING = key(cues.NOMINATIVE_PLURAL_ENDING)
TOLD_VERBS = _fold(cues.TOLD_VERBS)
OBJECT_FIRST_VERBS = _fold(cues.OBJECT_FIRST_VERBS)
OBJECT_FIRST_VERB_FORMS = frozenset(f for f, base in VERB_FORMS.items() if base in OBJECT_FIRST_VERBS)
TIME_ASIDES = _fold(cues.TIME_ASIDES)
FRAMING_ASIDES = PhraseTable(cues.FRAMING_ASIDES)
OCCASION_TAIL_OPENERS = PhraseTable(cues.OCCASION_TAIL_OPENERS)
TITLE_WORD_SURNAMES = PhraseTable(names.TITLE_WORD_SURNAMES)
NAMED_SUBJECT_VERBS = _fold(cues.NAMED_SUBJECT_VERBS)
VERBAL_NOUN_OBJECT_VERBS = _fold(cues.VERBAL_NOUN_OBJECT_VERBS)
BA_VERBAL_NOUN_OBJECT_VERBS = _fold(cues.BA_VERBAL_NOUN_OBJECT_VERBS)
AUDIENCE_PREPOSITIONS = _fold(cues.AUDIENCE_PREPOSITIONS)
FIGURE_PAIR_OPENERS = frozenset(tuple(key(w) for w in o.split()) for o in structure.FIGURE_PAIR_OPENERS)
DENIED_HEARSAY = _fold(cues.DENIED_HEARSAY)
ANY_BEFORE_VERBAL_NOUN = _fold(cues.ANY_BEFORE_VERBAL_NOUN)
DENIED_REPORTS = _fold(cues.DENIED_REPORTS)
DENIED_REPORT_TOPICS = _fold(cues.DENIED_REPORT_TOPICS)
DENIED_TRUTH = _fold(cues.DENIED_TRUTH)
PRONOUN_SUBJECT_OPENERS = _fold(cues.PRONOUN_SUBJECT_OPENERS)
CONNECTIVE_SUBJECTS = {tuple(key(w) for w in c.split()) for c in cues.CONNECTIVE_SUBJECTS}
IN_WHICH = _fold(cues.IN_WHICH)
IN_WHICH_NOT_AFTER = _fold(cues.IN_WHICH_NOT_AFTER)
SPEECH_NOUN_FORMS = _fold(clitic + article + noun + ending for noun in cues.SPEECH_NOUNS
                          for clitic in ("", "و", "ب", "وب", "ل", "ول") for article in ("", "ال")
                          for ending in ("", "ا") if not (ending and noun.endswith(("ة", "ات"))))
SPEECH_NOUN_FORMS |= _fold(prefix + noun for noun in cues.SPEECH_NOUNS for prefix in ("لل", "ولل"))
OCCASION_PREPOSITIONS = _fold(cues.OCCASION_PREPOSITIONS)
OCCASION_GOES_ON = _fold(cues.OCCASION_GOES_ON)
# The nouns of an occasion aside after its preposition: "بيان", "البيان", "كلمته", "لقائها", "تصريحاته".
OCCASION_NOUN_FORMS = set().union(*(_noun_forms(noun, ("ه", "ها", "هم", "هما", "ي", "نا"))
                                     for noun in _fold((*cues.SPEECH_NOUNS, *cues.OCCASION_NOUNS))))
OCCASION_NOUN_FORMS |= _fold(cues.OCCASION_TIME_NOUNS)
NOUN_MAKERS = _fold(cues.NOUN_MAKERS)
NOT_BA_OBJECTS = _fold(cues.NOT_BA_OBJECTS)
ACCORDING_TO = PhraseTable(cues.ACCORDING_TO)
HIS_SAYING = _fold(cues.HIS_SAYING)
AFTER_ATTRIBUTION = _fold(cues.AFTER_ATTRIBUTION)
AFTER_QUOTE_OPENERS = tuple(key(w) for w in cues.AFTER_QUOTE_OPENERS)
# (word tuples: "بهذه الكلمات" is two tokens)
QUOTE_BACK_REFERENCES = tuple(tuple(key(w).split()) for w in cues.QUOTE_BACK_REFERENCES)
QUOTE_BACK_VERBS = _fold(cues.QUOTE_BACK_VERBS)

PERSON_TITLES = PhraseTable(titles.PERSON_TITLES)
NOUN_TITLES = _fold(titles.NOUN_TITLES)
ROLE_HEADS = PhraseTable(titles.ROLE_HEADS)
ROLE_LINKS = _fold(titles.ROLE_LINKS)
PRONOUN_ROLE_LINKS = _fold(titles.PRONOUN_ROLE_LINKS)
ROLE_PLACE_PREPOSITIONS = _fold(titles.ROLE_PLACE_PREPOSITIONS)
ROLE_DESTINATION_PREPOSITIONS = _fold(titles.ROLE_DESTINATION_PREPOSITIONS)
NISBA_NOUN_ENDINGS = tuple(key(e) for e in titles.NISBA_NOUN_ENDINGS)
HOLDER_GAP_WORDS = titles.HOLDER_GAP_WORDS
HOLDER_GAP_ADVERBS = _fold(titles.HOLDER_GAP_ADVERBS)
RANK_ORDINALS = _fold(titles.RANK_ORDINALS)
ANONYMOUS_HEADS = _fold(titles.ANONYMOUS_HEADS)
BARE_ROLE_HEADS = _fold(titles.BARE_ROLE_HEADS)
CONSTRUCT_ROLE_HEADS = _fold(titles.CONSTRUCT_ROLE_HEADS)
HELD_OFFICE_TITLES = _fold(titles.HELD_OFFICE_TITLES)
TITLE_SYNONYMS = {key(t): key(other) for t, other in titles.TITLE_SYNONYMS.items()}
STATE_NOUNS = _fold(titles.STATE_NOUNS)
OFFICE_TITLES = _fold(titles.OFFICE_TITLES)
HEADS_OF_A_TITLE = _fold(titles.HEADS_OF_A_TITLE)
DEFINITE_HEAD_ADJECTIVES = _fold(titles.DEFINITE_HEAD_ADJECTIVES)
LEADER_HEADS = _fold(titles.LEADER_HEADS)
PARTY_LEADER_HEADS = _fold(titles.PARTY_LEADER_HEADS)
SHARED_ROLE_HEADS = _fold(titles.SHARED_ROLE_HEADS)
# One-word indefinite role heads with a possessive pronoun ("مديرها", "رئيسهم"): not the anonymous
# ones ("مصدرها" is its source). POSSESSED_HEAD_OF: each one's head ("مديرها" → "مدير").
def _possessed_heads(suffixes: tuple[str, ...]) -> dict[str, str]:
    return {key(head + suffix): key(head) for head in titles.ROLE_HEADS
            if " " not in head and not head.startswith("ال") and head not in titles.ANONYMOUS_HEADS
            for suffix in suffixes}


POSSESSED_HEAD_OF = _possessed_heads(titles.POSSESSIVE_SUFFIXES)
POSSESSED_ROLE_HEADS = PhraseTable(POSSESSED_HEAD_OF)
# … with ه, which reads as a possessive only before a name ("محافظه يوسف الكعبي").
NAMED_POSSESSED_HEAD_OF = _possessed_heads(titles.NAMED_POSSESSIVE_SUFFIXES)
NAMED_POSSESSED_ROLE_HEADS = PhraseTable(NAMED_POSSESSED_HEAD_OF)
# Organization heads in both forms: "وزارة الصحة" and, later, "الوزارة".
ORG_HEADS = PhraseTable({*titles.ORG_HEADS, *("ال" + h for h in titles.ORG_HEADS if not h.startswith("ال"))})
KNOWN_ORGS = PhraseTable(titles.KNOWN_ORGS)
# One-word role heads without ال- ("حاكم", "وزير"): with it, right before what a cue's subject said
# ("وأضاف الحاكم: …"), the bare role, even where the table leaves the definite form out.
ONE_WORD_ROLE_HEADS = {key(h) for h in titles.ROLE_HEADS if " " not in h and not h.startswith("ال")}
# One-word definite titles and role heads ("الرئيس", "المحافظ", "المتحدث"): after a two-word name
# they are the person's title in apposition, not a surname.
TITLE_WORDS = {key(t) for t in (*titles.PERSON_TITLES, *titles.ROLE_HEADS) if t.startswith("ال") and " " not in t}
# Bare role heads that refer back only to a person given that very title (see titles.TITLE_ONLY_HEADS).
TITLE_ONLY_CLASSES = {key(t).removeprefix("ال") for t in titles.TITLE_ONLY_HEADS}
EPITHET_ROLE_CLASSES = {key(t).removeprefix("ال") for t in titles.EPITHET_ROLE_HEADS}
EPITHET_ORDINAL_WORDS = {key(t).removeprefix("ال") for t in titles.EPITHET_ORDINALS}
SPEAKING_FORMS = {key(t) for t in titles.SPEAKING_WORDS}
UNNAMED_SPEAKER_FORMS = {p + w for w in _fold(titles.UNNAMED_SPEAKER_WORDS) for p in ("", "و", "ف")}
UNNAMED_OFFICIAL_FORMS = {p + w for w in _fold(titles.UNNAMED_OFFICIAL_WORDS) for p in ("", "و", "ف")}
DOCUMENT_SPEAKERS = _fold(titles.DOCUMENT_SPEAKERS)
ISSUED_DOCUMENTS = _fold(titles.ISSUED_DOCUMENTS)
DATA_NOUNS = _fold(titles.DATA_NOUNS)
PLACES = PhraseTable((*places.COUNTRIES, *places.CITIES_AND_REGIONS))

GIVEN_NAMES = _fold(names.ARABIC_GIVEN_NAMES) | _fold(names.DEFINITE_GIVEN_NAMES)
DEFINITE_GIVEN_NAMES = _fold(names.DEFINITE_GIVEN_NAMES)
COMPOUND_NAME_PARTS = _fold(names.COMPOUND_NAME_PARTS)
PATRONYMIC_LINKS = _fold(names.PATRONYMIC_LINKS)
NATIONALITY_SURNAMES = _fold(names.NATIONALITY_SURNAMES)
ROLE_COMPLEMENT_OPENERS = _fold(cues.ROLE_COMPLEMENT_OPENERS)
WEEKDAYS = _fold(day for days in dates.WEEKDAYS.values() for day in days)
AMBIGUOUS_GIVEN_NAMES = _fold(names.AMBIGUOUS_GIVEN_NAMES)
NAME_OPENING_AMBIGUOUS = _fold(names.NAME_OPENING_AMBIGUOUS)
FOREIGN_GIVEN_NAMES = _fold(names.FOREIGN_GIVEN_NAMES) - GIVEN_NAMES
ANY_GIVEN_NAMES = GIVEN_NAMES | FOREIGN_GIVEN_NAMES  # a given name, Arabic or foreign
# One-word country names that are no given name: never a word of a person's name after its first ("وبحسب
# نائب الوزير، عرضت روسيا …" names nobody "عرضت روسيا"); alone, a country may speak ("وقالت سوريا إن …").
COUNTRY_WORDS = {key(c) for c in places.COUNTRIES if " " not in c} - ANY_GIVEN_NAMES
NAME_STARTERS = (GIVEN_NAMES - AMBIGUOUS_GIVEN_NAMES) | FOREIGN_GIVEN_NAMES
NAME_HYPHENS = frozenset(names.NAME_HYPHENS)
NAME_PARTICLES = _fold(names.NAME_PARTICLES)
FAMILY_OF = key(names.FAMILY_OF)
FOREIGN_NAME_ENDINGS = tuple(key(e) for e in names.FOREIGN_NAME_ENDINGS)
HEH_NAME_WORDS = _fold(names.HEH_NAME_WORDS)
FUNCTION_WORDS = _fold(words.FUNCTION_WORDS)
# A one-word complementizer ("أنهم", "بأنها", "إننا") opens what was said: it ends a speaker phrase and
# is never part of a name ("وكشف المتحدث أنهم …" is a role and its statement, not a person "أنهم …").
ONE_WORD_COMPLEMENTIZERS = _fold(c for c in cues.COMPLEMENTIZERS if " " not in c)
SPEAKER_STOPS = _fold(words.SPEAKER_STOPS) | ONE_WORD_COMPLEMENTIZERS
NAME_FOLLOWERS = _fold(words.NAME_FOLLOWERS)
SUBJECT_FILLERS = _fold(words.SUBJECT_FILLERS)
HONORIFIC_PRONOUNS = _fold(words.HONORIFIC_PRONOUNS)
WITH_WORDS = _fold(words.WITH_WORDS)
ORGANIZING = _fold(titles.ORGANIZING)
MP_HEADS = _fold(titles.MP_HEADS)
SOURCE_ADJECTIVES = {key(adjective) + ending: key(preposition) for adjective, preposition in titles.SOURCE_ADJECTIVES.items()
                     for ending in ("", "ه", "ون", "ين")}
# (glued to ب: how one spoke, ``cues.SPEECH_MANNER_NOUNS``)
SPEECH_MANNERS = {"ب" + w for w in _fold(cues.SPEECH_MANNER_NOUNS)}
SUBJECT_FIRST_OPENERS = _fold(words.SUBJECT_FIRST_OPENERS)
INDEFINITE_SUBJECTS = _fold(words.INDEFINITE_SUBJECTS)
CLAUSE_OPENERS = _fold(words.CLAUSE_OPENERS)
ORDINAL_ANAPHORA = {key(k): v for k, v in words.ORDINAL_ANAPHORA.items()}
TOPIC_OPENERS = _fold(words.TOPIC_OPENERS)
TOPIC_PARTICLES = _fold(words.TOPIC_PARTICLES)
SAME_WORDS = _fold(words.SAME_WORDS)
QUESTION_LABELS = _fold(structure.QUESTION_LABELS)
ANSWER_LABELS = _fold(structure.ANSWER_LABELS)
INTERVIEW_WORDS = tuple(dict.fromkeys(key(w) for w in structure.INTERVIEW_WORDS))


def _by_first_word(phrases) -> dict[str, list[tuple[str, ...]]]:
    """Folded phrases by their first word: the words after it, for each phrase opening with it."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        first, *rest = key(phrase).split()
        out.setdefault(first, []).append(tuple(rest))
    return out


# The interview words and the meeting verbs, by first word (``interview.interviewee_from_intro``).
INTERVIEWEE_OPENERS = _by_first_word((*structure.INTERVIEW_WORDS, *structure.INTERVIEW_MEETING_WORDS))
NON_SPEAKER_LABELS = _fold(structure.NON_SPEAKER_LABELS)
HEADLINE_VERBS = _fold(structure.HEADLINE_VERBS)

# Words that can never be part of a personal name (clause verbs too: "أما وزير المالية بسام عيتاني
# فتعهد بأن …").
NOT_NAME = FUNCTION_WORDS | set(VERB_FORMS) | set(PARTICIPLE_FORMS) | SPEAKER_STOPS | QUOTING_FORMS | _fold(
    ("قوات", "تنظيم", "حزب", "وزارة", "الدولي", "الدولية", "الأمن", "الوطني", "العام", "الرسمي", "الرسمية",
     "المنطقة", "الحكومة", "الجيش", "الشعب", "الدولة", "البلاد", "الأمريكي", "الأمريكية", "المصري", "المصرية",
     "السوري", "العراقي", "أكثر", "أقل", "نحو", "حوالي", "عدد", "عدة", "الذي", "التي", "جديد", "جديدة",
     "وجود", "عدم")  # ("أكد وجود …": a noun, and what was said; not a function word, see NOUN_CONTENT_VERBS)
) | _fold(names.NOT_NAME_WORDS) | _fold(words.GROUPS_ADDRESSED) | _fold(words.GREETINGS) | _fold(cues.ACCORDING_TO_NOT_NAME) | (set(CLAUSE_VERBS) - GIVEN_NAMES) \
    | _fold(cues.VERB_PARTICLES) \
    | HEADLINE_VERBS  # ("حاكم غاو، وقد توفي، …": a clause set off by commas, no name; "عضو بالتيار يطالب …")


def _shape(shape: str, root_letter: str) -> str:
    """A shape written with ف ع ل (``words.VERBAL_NOUN_SHAPES``) as a pattern over folded words."""
    return "".join(root_letter if c in "فعل" else c for c in key(shape))


# Verbal nouns (by shape, and the plain ones): they open no name.
OWN_VERBAL_NOUN_SUFFIXES = words.OWN_VERBAL_NOUN_SUFFIXES
OWN_VERBAL_NOUN_SHAPES = re.compile("|".join(_shape(s, "[^اوي]") for s in words.OWN_VERBAL_NOUN_SHAPES))
VERBAL_NOUN_SHAPES = re.compile("|".join(  # (fullmatch)
    [_shape(s, ".") for s in words.VERBAL_NOUN_SHAPES]
    + [_shape(s, "[^اوي]") for s in words.CONSONANT_VERBAL_NOUN_SHAPES]))
PLAIN_VERBAL_NOUNS = _fold(words.PLAIN_VERBAL_NOUNS)
PRESENT_VERB_SHAPES = re.compile("|".join(_shape(s, "[^اوي]") for s in words.PRESENT_VERB_SHAPES))  # (fullmatch)
WEAK_PRESENT_VERBS = _fold(words.WEAK_PRESENT_VERBS)
VERB_SHAPED_NAMES = _fold(names.VERB_SHAPED_NAMES)
# Family names in ة (``names.FAMILY_PLURAL_SHAPES``), after their ال-; the first root letter is no ا.
FAMILY_PLURAL_SHAPES = re.compile("|".join("ال[^ا]" + _shape(s, ".")[1:] for s in names.FAMILY_PLURAL_SHAPES))
NAME_OPENING_VERBAL_NOUNS = _fold(words.NAME_OPENING_VERBAL_NOUNS)
SURNAME_VERBAL_NOUNS = _fold(words.SURNAME_VERBAL_NOUNS)
WAW_VERBAL_NOUNS = _fold(words.WAW_VERBAL_NOUNS)
PEOPLE_ADDRESSED = _fold(words.PEOPLE_ADDRESSED)
GROUPS_OF_FEMININE_VERBS = _fold(words.GROUPS_OF_FEMININE_VERBS)
RESIDENTS = _fold(words.RESIDENTS)
ADDRESSEE_QUANTIFIERS = _fold(cues.ADDRESSEE_QUANTIFIERS)
# (with their ل: "للصحفيين", "لوكالة")
SPOKEN_TO_AUDIENCES = {"ل" + key(w)[1:] for w in words.SPOKEN_TO_AUDIENCES}
SPOKEN_TO_OUTLETS = {"ل" + key(w) for w in words.SPOKEN_TO_OUTLETS}
OUTLET_STAFF_HEADS = _fold(words.OUTLET_STAFF_HEADS)
OUTLET_STAFF_ADJECTIVES = _fold(words.OUTLET_STAFF_ADJECTIVES)
NOT_OUTLET_NAMES = _fold(words.NOT_OUTLET_NAMES)
TIME_PHRASE_HEAD = key(words.TIME_PHRASE_HEAD)
# The words after which "مطلع" opens a time phrase: time nouns and every month name.
TIME_PHRASE_NOUNS = _fold(words.TIME_NOUNS) | _fold(
    m for table in (dates.LEVANTINE_MONTHS, dates.EGYPTIAN_MONTHS, dates.MAGHREBI_MONTHS) for ms in table.values() for m in ms)
VERBAL_NOUN_SHAPED_PREPOSITIONS = _fold(words.VERBAL_NOUN_SHAPED_PREPOSITIONS)
OBJECT_PREPOSITIONS = _fold(words.OBJECT_PREPOSITIONS)
TEAM_NOUNS = _fold(words.TEAM_NOUNS)
NEVER_NAMED_HEADS = _fold(titles.NEVER_NAMED_HEADS)
BODY_ROLE_HEADS = _fold(titles.BODY_ROLE_HEADS)
CHARGE_PARTICIPLES = _fold(titles.CHARGE_PARTICIPLES)
ROLE_HEAD_PHRASES = {tuple(key(p).split()): key(h) for p, h in titles.ROLE_HEAD_PHRASES.items()}
VERBAL_NOUN_SHAPED_NAMES = _fold(names.VERBAL_NOUN_SHAPED_NAMES)
NAMED_AFTER_HEADS = _fold(names.NAMED_AFTER_HEADS)
# Nouns of speech that make جدد a cue (``cues.OBJECT_CLAUSE_VERBS``): never part of a personal name
# ("وجدد عادل منصور التزام الحكومة …" ends the name before التزام), though they may be part of an
# organization's ("مركز معلومات ودعم اتخاذ القرار").
# (Not the given names among them: "رضا", a feeling and a name.)
SPEECH_OBJECT_NOUNS = frozenset().union(*(words for words, _ in OBJECT_CLAUSE_GATES.values())) - ANY_GIVEN_NAMES
NAMED_OBJECT_CLAUSE_VERBS = _fold(cues.NAMED_OBJECT_CLAUSE_VERBS)


def is_verb_cue(form: str) -> bool:
    return form in VERB_FORMS


def is_participle_cue(form: str) -> bool:
    return form in PARTICIPLE_FORMS


# First words of every entry that can start a mention: a token none of whose clitic-stripped forms is
# here cannot start one, so the mention scanner skips it with one set lookup.
MENTION_STARTS = NAME_STARTERS.union(NAME_OPENING_AMBIGUOUS,
    *(t.by_first.keys() for t in (PERSON_TITLES, ROLE_HEADS, POSSESSED_ROLE_HEADS, NAMED_POSSESSED_ROLE_HEADS,
                                  ORG_HEADS, KNOWN_ORGS, PLACES))
)

NOT_SECOND_CLAUSE_AFTER = _fold(cues.NOT_SECOND_CLAUSE_AFTER)
# Folded "ووصفها"-like forms → their verb's base (``cues.OBJECT_PRONOUN_VERB_FORMS``).
OBJECT_PRONOUN_VERB_FORMS = {key(f): key(base) for base, fs in cues.OBJECT_PRONOUN_VERB_FORMS.items() for f in fs}

# First words of every cue (verbs, participles, multi-word phrases): the cue scanner skips others.
CUE_STARTS = (set(VERB_FORMS) | set(PARTICIPLE_FORMS) | set(CLAUSE_PARTICIPLE_FORMS) | set(CUE_PHRASES.by_first) | QUOTING_FORMS
              | set(OBJECT_PRONOUN_VERB_FORMS)
              | RELAY_FORMS
              | set(SENTENCE_OPENING_VERBS) | set(CLAUSE_OPENING_VERBS) | set(CLAUSE_VERBS) | set(OPENER_CLAUSE_VERBS))

# First words of titles, role heads and organization heads: a name token is none of these.
HEAD_STARTS = set(PERSON_TITLES.by_first) | set(ROLE_HEADS.by_first) | set(ORG_HEADS.by_first)
