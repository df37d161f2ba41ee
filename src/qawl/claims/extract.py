"""Turning numbers and dates of a normalized text into claims: the qualifier around a number
("حوالي", "أكثر من", "على الأقل"), its unit (currency, area, percent, duration), ranges ("بين 10 و20"),
the counted noun after it ("عنصر من عناصر داعش", "خلية نائمة"), and what is not a figure at all
(list markers, article and phone numbers, numbers in links and codes, years next to counts).

``find_claims(view, doc_date)`` works on the normalized view and returns :class:`Claim` s in view
offsets; :func:`qawl.claims.annotate` maps them back to the document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from qawl.claims import dates as D
from qawl.claims.dates import DateMatch, date_at, parse_doc_date, year_at
from qawl.claims.numbers import LEXICON, PHRASE_RE, Number, as_number, evaluate, join_decimals
from qawl.claims.scan import DUAL_WORD, NUMBER_WORD, triggers
from qawl.claims.patterns import LETTER, WORD_END, WORD_START, folded, trie_pattern
from qawl.rules import dates as RD
from qawl.rules import numbers as R
from qawl.text.normalize import key
from qawl.text.tokens import Tokens


@dataclass(slots=True)
class Claim:
    start: int
    end: int
    label: str                              # quantity | date
    attrs: dict[str, Any] = field(default_factory=dict)
    object_span: tuple[int, int] | None = None


def _qualifier_regexes() -> tuple[re.Pattern, re.Pattern, dict[str, str], dict[str, str]]:
    before = {key(f): q for q, forms in R.QUALIFIERS_BEFORE.items() for f in forms}
    after = {key(f): q for q, forms in R.QUALIFIERS_AFTER.items() for f in forms}
    before_re = re.compile(rf"{WORD_START}[وبلف]?(?P<q>{trie_pattern(folded(before))})\s*(?:ال\s*)?$")
    after_re = re.compile(rf"\s*(?P<q>{trie_pattern(folded(after))}){WORD_END}")
    return before_re, after_re, before, after


QUAL_BEFORE_RE, QUAL_AFTER_RE, QUAL_BEFORE, QUAL_AFTER = _qualifier_regexes()
_PCT = folded(R.PERCENT_WORDS)
PERCENT_AFTER_RE = re.compile(rf"\s*(?:%|(?:{trie_pattern([w for w in _PCT if w != '%'])}){WORD_END})")
PERCENT_BEFORE_RE = re.compile(r"%\s*$")
UNIT_FORMS = {key(f): u for u, forms in R.UNITS.items() for f in forms}
UNIT_RE = re.compile(rf"\s*[وبل]?(?P<u>{trie_pattern(folded(UNIT_FORMS))}){WORD_END}")
CURRENCY_ADJ = {u: {key(a): code for a, code in adjs.items()} for u, adjs in R.CURRENCY_ADJECTIVES.items()}
_ADJ_RE = re.compile(rf"\s+(?:ال)?(?P<a>{trie_pattern(folded({a for d in CURRENCY_ADJ.values() for a in d}))})(?:ه|ا)?{WORD_END}")
DUAL_FORMS = {key(f): u for u, forms in R.DUAL_UNITS.items() for f in forms}
DUAL_RE = re.compile(rf"{WORD_START}[وبلف]?(?P<u>{trie_pattern(folded(DUAL_FORMS))}){WORD_END}")
LABEL_RE = re.compile(rf"{WORD_START}[وبل]?(?:{trie_pattern(folded(R.LABEL_CUES))})\s*[:.\-(]?\s*(?:ال\s*)?$")
_RANGE_OPEN_RE = re.compile(rf"{WORD_START}(?:{trie_pattern(folded(R.RANGE_OPENERS))})\s*$")
_RANGE_GAP_RE = re.compile(r"\s*(?:و|الي|حتي|-|–)\s*")
DATE_FLAGS = D.MONTH_WORD | D.ORDINAL_WORD | D.RELATIVE_WORD | D.WEEKDAY_WORD | D.DIGIT
URL_RE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\S+\.(?:com|net|org|gov|info|me|tv)(?:/\S*)?", re.I)
_ORDINAL_WORDS = [*RD.ORDINAL_ELEVEN, *(f for fs in RD.ORDINAL_UNITS.values() for f in fs)]
_ORDINAL_BEFORE_RE = re.compile(  # masculine and feminine ("القمة الثانية عشرة")
    rf"{WORD_START}(?:{trie_pattern(folded([*_ORDINAL_WORDS, *(w + 'ة' for w in _ORDINAL_WORDS), 'الأولى']))})\s+$"
)
_DAY_RANGE_GAP_RE = re.compile(r"\s*(?:الي|حتي|-|–|و)\s*")
LIST_MARKER_AFTER_RE = re.compile(r"\s*[-–.)](?!\d)")
_WORD_RE = re.compile(rf"[ \t]*({LETTER}+)")
STOPWORDS = frozenset(key(w) for w in R.OBJECT_STOPWORDS)
AMBIGUOUS_WORDS = frozenset(key(w) for w in R.AMBIGUOUS_NUMBER_WORDS)
COUNTED = {key(f): (concept, key(lemma)) for concept, lemmas in R.COUNTED_NOUNS.items()
           for lemma, forms in lemmas.items() for f in forms}
MAX_OBJECT_WORDS = 3
DURATIONS = {"year", "month", "week", "day", "hour", "minute"}


def _may_have_url(view: str) -> bool:
    return "http" in view or "www" in view or "@" in view or ".com" in view or ".net" in view or ".org" in view


def _in_spans(i: int, j: int, spans: list[tuple[int, int]]) -> bool:
    return any(i < e and s < j for s, e in spans)


def _is_list_marker(view: str, n: Number) -> bool:
    line_start = view.rfind("\n", 0, n.start) + 1
    return n.digits and not view[line_start : n.start].strip() and bool(LIST_MARKER_AFTER_RE.match(view, n.end))


def _strip_article(w: str) -> str:
    for p in ("وال", "بال", "لل", "ال", "و"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


def counted(word: str) -> tuple[str, str] | None:
    """(concept, lemma) of a counted noun of the view ("معتقلي" → ("detainees", "معتقل")), or None."""
    return COUNTED.get(word) or COUNTED.get(_strip_article(word))


def object_span(view: str, pos: int, *, via_link_only: bool = False) -> tuple[int, int] | None:
    """The counted noun phrase starting after ``pos``: up to three words, one "من" skipped before it
    and one "من" inside it between two counted nouns ("عنصر من عناصر داعش"); it ends at punctuation,
    a line end or a stopword. After a unit (``via_link_only``) only "من" + noun counts
    ("99.9% من عملياتها"), at most two words."""
    m = _WORD_RE.match(view, pos)
    linked = False
    if m and m.group(1) == "من":
        linked = True
        m = _WORD_RE.match(view, m.end())
    if via_link_only and not linked:
        return None
    start = end = None
    words = 0
    inner_link = False
    limit = 2 if via_link_only else MAX_OBJECT_WORDS
    first = ""
    while m and words < limit + (2 if inner_link else 0):
        w = m.group(1)
        if w == "من" and words and not inner_link:
            nxt = _WORD_RE.match(view, m.end())
            if via_link_only or not nxt or not counted(first) or not counted(nxt.group(1)):
                break
            inner_link = True
            m = nxt
            continue
        if w in STOPWORDS or w in LEXICON or _strip_article(w) in LEXICON:
            break
        if w.startswith("وال") or (w[0] == "و" and (words or counted(w[1:]))):
            break  # "جريحا وأوقف", "والباقي 64": a new clause, not part of the noun
        if words and w.endswith("ا") and not w.startswith("ال"):
            break  # an indefinite accusative after the noun is a predicate or adverb ("الحرب مصدرا")
        if start is None:
            start, first = m.start(1), w
        end = m.end(1)
        words += 1
        m = _WORD_RE.match(view, m.end())
    return None if start is None else (start, end)


def _unit_at(view: str, pos: int) -> tuple[str, int] | None:
    m = UNIT_RE.match(view, pos)
    if not m:
        return None
    unit, end = UNIT_FORMS[" ".join(m.group("u").split())], m.end()
    adj = _ADJ_RE.match(view, end)
    if unit in CURRENCY_ADJ and adj and adj.group("a") in CURRENCY_ADJ[unit]:
        unit, end = CURRENCY_ADJ[unit][adj.group("a")], adj.end()
    return unit, end


def _quantity(view: str, n: Number, low: float, high: float, q: str | None, q_start: int | None) -> Claim | None:
    """A quantity claim for the number ``n`` (its value possibly widened to a range)."""
    pos = n.end
    unit = None
    if PERCENT_BEFORE_RE.search(view, max(0, n.start - 3), n.start):
        unit = "%"
    pct = PERCENT_AFTER_RE.match(view, pos)
    if pct:
        unit, pos = "%", pct.end()
    elif unit is None:
        found = _unit_at(view, pos)
        if found:
            unit, pos = found
    if n.digits and not q and not unit:
        nxt = _WORD_RE.match(view, pos)
        y = year_at(view, n.start, n.end, counted_after=bool(nxt and counted(nxt.group(1))))
        if y is not None:
            return Claim(y.start, y.end, "date", {"value": y.value, "precision": "year", **y.attrs})
    after = QUAL_AFTER_RE.match(view, pos)
    if after:
        q = q or QUAL_AFTER[" ".join(after.group("q").split())]
        pos = after.end()
    obj = None
    if unit not in DURATIONS:
        obj = object_span(view, pos, via_link_only=unit is not None)
        if obj:
            after = QUAL_AFTER_RE.match(view, obj[1])
            if after and not q:
                q = QUAL_AFTER[" ".join(after.group("q").split())]
    if view[n.start : n.end] in AMBIGUOUS_WORDS and unit is None and obj is None:
        return None
    value: Any = as_number(low) if low == high else [as_number(low), as_number(high)]
    qualifier = q or ("range" if low != high else "exact")
    attrs: dict[str, Any] = {"value": value, "unit": unit, "qualifier": qualifier, "object": None}
    if n.vague:
        attrs["vague"] = True
    start = q_start if q_start is not None else n.start
    return Claim(start, pos, "quantity", attrs, obj)


def _qualifier_before(view: str, start: int) -> tuple[str | None, int | None]:
    m = QUAL_BEFORE_RE.search(view, max(0, start - 30), start)
    if not m:
        return None, None
    return QUAL_BEFORE[" ".join(m.group("q").split())], m.start()


def _range_with(view: str, a: Number, b: Number) -> tuple[float, float] | None:
    """``a`` and ``b`` as one range ("بين 10 و20", "من 5 إلى 7 آلاف", "10-15"), or None."""
    joiner = view[a.end : b.start].strip()
    if not joiner and view.startswith("و", b.start) and not b.digits:
        joiner = "و"  # "بين ثلاثمئة وأربعمئة": a number word holds its و
    elif not _RANGE_GAP_RE.fullmatch(view, a.end, b.start):
        return None
    if a.vague or b.vague:
        return None
    opener = _RANGE_OPEN_RE.search(view, max(0, a.start - 10), a.start)
    if joiner in ("-", "–"):
        if not (a.digits and b.digits) or view[a.start : a.end].isdigit() and len(view[a.start : a.end]) == 4:
            return None
    elif not opener or (joiner == "و" and opener.group().strip() == "من"):
        return None
    low = a.low * b.scaled if a.scaled == 1 and b.scaled > 1 and a.low < b.low / b.scaled * 10 else a.low
    if not low < b.low:
        return None
    return low, b.high


def find_claims(view: str, doc_date: str | None = None, tokens: Tokens | None = None) -> list[Claim]:
    """Every figure and date of the normalized text ``view``, in order (``tokens``: its tokens, when
    the caller has them; they only save work)."""
    anchor = parse_doc_date(doc_date)
    claims: list[Claim] = []
    numbers: list[Number] = []
    urls = [(m.start(), m.end()) for m in URL_RE.finditer(view)] if _may_have_url(view) else []
    done = 0  # end of the last thing read: triggers before it are inside it
    for p, flags in triggers(view, tokens):
        if p < done or (urls and _in_spans(p, p + 1, urls)):
            continue
        d = date_at(view, p, flags, anchor) if flags & DATE_FLAGS else None
        if d is not None:
            if d.precision != "skip":
                claims.append(_date_claim(d))
            done = d.end
        elif flags & NUMBER_WORD and (end := _read_phrase(view, p, flags, anchor, numbers, claims)):
            done = end
        elif flags & DUAL_WORD and (m := DUAL_RE.match(view, p)):
            claims.append(_dual_claim(view, m))
            done = m.end()
    numbers = _day_ranges(view, join_decimals(view, numbers), claims)
    claims.extend(_quantities(view, numbers))
    claims.sort(key=lambda c: c.start)
    return claims


def _date_claim(d: DateMatch) -> Claim:
    return Claim(d.start, d.end, "date", {"value": d.value, "precision": d.precision, **d.attrs})


def _dual_claim(view: str, m: re.Match) -> Claim:
    """"سنتين", "يومين": 2 of the unit."""
    q, q_start = _qualifier_before(view, m.start())
    return Claim(q_start if q_start is not None else m.start("u"), m.end(), "quantity",
                 {"value": 2, "unit": DUAL_FORMS[m.group("u")], "qualifier": q or "exact", "object": None})


def _read_phrase(view: str, p: int, flags: int, anchor: Any, numbers: list[Number], claims: list[Claim]) -> int:
    """Read the number phrase at trigger ``p`` into ``numbers`` (and a date that starts inside it, as
    in "5 و12 و19 مايو", into ``claims``); returns where reading ended, 0 when there is no phrase."""
    q = p
    while flags & D.DIGIT and q < len(view) and q - p < 4 and not view[q].isdigit():
        q += 1  # past a glued prefix: ب99، ال10
    m = PHRASE_RE.match(view, q)
    if not m:
        return 0
    found = _figures(view, evaluate(view, m.start(), m.end()))
    end = m.end()  # a dropped phrase (a phone number) is consumed whole
    for n in found[1:]:
        d = date_at(view, n.start, D.DIGIT, anchor) if n.digits else None
        if d is not None and d.precision != "skip":
            claims.append(_date_claim(d))
            found = [x for x in found if x.end <= n.start]
            end = max(end, d.end)
            break
    numbers.extend(found)
    return end


def _day_ranges(view: str, numbers: list[Number], claims: list[Claim]) -> list[Number]:
    """Read the first day of "من 8 إلى 11 فبراير" / "يومي 8 و9 مارس" as a date of the same month;
    returns the numbers left as figures."""
    days = {c.start: c for c in claims if c.label == "date" and c.attrs.get("precision") == "day" and c.attrs.get("value")}
    if not days:
        return numbers
    kept = []
    for n in numbers:
        gap = _DAY_RANGE_GAP_RE.match(view, n.end)
        d = days.get(gap.end()) if gap else None
        if d is not None and n.digits and n.low == n.high and 1 <= n.low < int(d.attrs["value"][8:10]):
            claims.append(Claim(n.start, n.end, "date", {**d.attrs, "value": d.attrs["value"][:8] + f"{int(n.low):02d}"}))
        else:
            kept.append(n)
    return kept


def _quantities(view: str, numbers: list[Number]) -> list[Claim]:
    """Quantity (or year) claims of the numbers read, joining "بين 10 و20" into one range."""
    out = []
    i = 0
    while i < len(numbers):
        n = numbers[i]
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        rng = _range_with(view, n, nxt) if nxt else None
        if rng:
            opener = _RANGE_OPEN_RE.search(view, max(0, n.start - 10), n.start)
            claim = _quantity(view, nxt, rng[0], rng[1], "range", opener.start() if opener else n.start)
            i += 2
        else:
            q, q_start = _qualifier_before(view, n.start)
            claim = _quantity(view, n, n.low, n.high, q, q_start)
            i += 1
        if claim:
            out.append(claim)
    return out


_LAW_YEAR_AFTER_RE = re.compile(r"\s*لسنه\s+\d{4}")
# (a word of its own: "هذه السنة 400 مليون" ends in the letters of لسنه too)
_JUDICIAL_YEAR_RE = re.compile(rf"{WORD_START}لسنه\s*$")
_LIST_JOIN_RE = re.compile(r"\s*[و،,]\s*")


def _figures(view: str, numbers: list[Number]) -> list[Number]:
    """The numbers of one phrase that are figures; a number joined by و to a label number is a label
    too ("المواد 132 و212")."""
    out = []
    prev_label: Number | None = None
    for n in numbers:
        if _skip(view, n) or (prev_label is not None and _LIST_JOIN_RE.fullmatch(view, prev_label.end, n.start)):
            prev_label = n
            continue
        prev_label = None
        out.append(n)
    return out


def _skip(view: str, n: Number) -> bool:
    """Numbers that are labels, not figures: list markers, numbers after a label word (unless a scale
    word follows them), and the عشر of an ordinal ("لويس الرابع عشر")."""
    if _is_list_marker(view, n):
        return True
    if _ORDINAL_BEFORE_RE.search(view, max(0, n.start - 10), n.start):
        return True
    if _LAW_YEAR_AFTER_RE.match(view, n.end) or _JUDICIAL_YEAR_RE.search(view, max(0, n.start - 8), n.start):
        return True  # "القانون 84 لسنة 2002", "الطعن رقم 1840 لسنة 59 قضائية"
    # a label is never counted in thousands: "الموسم 4" is a season, "الموسم 4.2 مليون دولار" an amount
    return n.scaled == 1 and bool(LABEL_RE.search(view, max(0, n.start - 25), n.start))
