"""Reading dates in the normalized view: day + month (+ year) in every month-name system, doubled
names ("شباط/فبراير"), ordinal days ("الحادي عشر من تشرين الثاني"), numeric dates (4/3/2020), years
after a cue ("عام 2014"), Hijri dates (with هـ), and relative dates (أمس، الشهر الماضي، الخميس المقبل)
resolved against the article date.

``date_at(view, p, flags, anchor)`` reads the date starting at a trigger position (see
:mod:`qawl.claims.scan`) as a :class:`DateMatch` with an ISO value at the precision the text gives: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` (and ``YYYY-Www`` for a relative week). A date
whose year (or, for relative words, whose anchor) is unknown gets value None and a ``partial`` form.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from qawl import lexicon as lx
from qawl.claims.patterns import LETTER, WORD_END, WORD_START, folded, trie_pattern
from qawl.rules import dates as R
from qawl.text.normalize import key

YEAR_MIN, YEAR_MAX = 1900, 2099          # Gregorian years read from a bare 4-digit number
HIJRI_MIN, HIJRI_MAX = 1300, 1500


def _month_table() -> tuple[dict[str, int], dict[str, int], set[str]]:
    greg: dict[str, int] = {}
    for table in (R.LEVANTINE_MONTHS, R.EGYPTIAN_MONTHS, R.MAGHREBI_MONTHS):
        for m, forms in table.items():
            greg.update({key(f): m for f in forms})
    hijri = {key(f): m for m, forms in R.HIJRI_MONTHS.items() for f in forms}
    return greg, hijri, {key(f) for f in R.AMBIGUOUS_MONTHS}


MONTHS, HIJRI_MONTHS, AMBIGUOUS = _month_table()


def _ordinals() -> dict[str, int]:
    units = {n: forms for n, forms in R.ORDINAL_UNITS.items()}
    out: dict[str, int] = {}
    for n, forms in units.items():
        out.update({key(f): n for f in forms})
    for n in range(1, 10):
        lead = R.ORDINAL_ELEVEN if n == 1 else units[n]
        for f in lead:
            for t in R.ORDINAL_TENS[10]:
                out[key(f"{f} {t}")] = 10 + n
            for tens in (20, 30):
                if tens + n <= 31:
                    for t in R.ORDINAL_TENS[tens]:
                        out[key(f"{f} و{t}")] = tens + n
    for tens in (20, 30):
        out.update({key(t): tens for t in R.ORDINAL_TENS[tens]})
    return out


ORDINALS = _ordinals()
RELATIVE = {key(k): v for k, v in R.RELATIVE_DATES.items()}
REL_SUFFIX = {key(k): v for k, v in R.RELATIVE_SUFFIXES.items()}
WEEKDAYS = {key(f): d for d, forms in R.WEEKDAYS.items() for f in forms}

_P = r"[وبلف]?"  # one-letter prefix on a word (وفي، بشهر، لعام)
_MONTH = trie_pattern(folded(MONTHS))
_HMONTH = trie_pattern(folded(HIJRI_MONTHS))
_REL = trie_pattern(folded(REL_SUFFIX))
_HIJRI_MARK = trie_pattern(folded(R.HIJRI_MARKERS))
_GREG_MARK = trie_pattern(folded(R.GREGORIAN_MARKERS))
_YEAR = (
    rf"(?:\s*(?:من\s+|,\s*|،\s*)?(?:{_P}(?:عام|العام|سنه)\s+)?(?P<year>\d{{4}})(?!\d)"
    rf"(?:\s*(?:(?P<hmark>{_HIJRI_MARK})|{_GREG_MARK}){WORD_END})?)?"
)
_DAY = rf"(?:(?:{WORD_START}|(?<=(?<!{LETTER})[وبلف]))(?:ال\s*)?(?P<day>\d{{1,2}})(?!\d|[.,:/]\d)|{WORD_START}{_P}(?P<ord>{trie_pattern(folded(ORDINALS))}){WORD_END}\s*(?=من))"

DATE_RE = re.compile(
    rf"(?:{_DAY}\s*(?:من\s+)?)?"
    rf"(?:(?<![^\s(]){_P}شهر\s+|{WORD_START}{_P})"
    rf"(?:(?P<month>{_MONTH})|(?P<hmonth>{_HMONTH})){WORD_END}"
    rf"(?:\s*[/(]?\s*(?P<month2>{_MONTH}){WORD_END}(?:\s*\))?)?"  # "شباط/فبراير", "فبراير (شباط)", "5 مارس آذار"
    + _YEAR
    + rf"(?:\s+(?P<rel>{_REL}){WORD_END})?"
)
# "التاسع من الشهر الماضي", "15 من الشهر الجاري", "العاشر من هذا الشهر"
DAY_OF_RELATIVE_MONTH_RE = re.compile(
    rf"{_DAY}\s*من\s+(?:الشهر\s+(?P<rel>{_REL})|(?P<this>هذا\s+الشهر|الشهر\s+نفسه)){WORD_END}"
)
NUMERIC_DATE_RE = re.compile(
    r"(?<![\d./-])(?:(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})"
    r"|(?P<y2>\d{4})(?P<sep2>[/-])(?P<m2>\d{1,2})(?P=sep2)(?P<d2>\d{1,2}))(?![\d./-]?\d)"
)
RELATIVE_RE = re.compile(rf"{WORD_START}{_P}(?P<rel>{trie_pattern(folded(RELATIVE))}){WORD_END}")
_WEEKDAY = trie_pattern(folded(WEEKDAYS))
WEEKDAY_RE = re.compile(
    rf"{WORD_START}(?:{_P}(?:{trie_pattern(folded(R.WEEKDAY_CUES))})\s+(?P<wd>{_WEEKDAY}){WORD_END}(?:\s+(?P<rel>{_REL}){WORD_END})?"
    rf"|(?P<wd2>{_WEEKDAY})\s+(?P<rel2>{_REL}){WORD_END}"
    rf"|(?P<wd3>{_WEEKDAY})(?=\s*[،,)])"  # between commas: "أعلنت الوزارة، الأحد، خطة"
    ")"
)
_PLACE_BEFORE_RE = re.compile(rf"{WORD_START}(?:{trie_pattern(folded(R.PLACE_CUES))})\s*$")
_NAMED_BEFORE_RE = re.compile(rf"{WORD_START}(?:{trie_pattern(folded(R.NAMED_DATE_CUES))})\s*$")
_TODAY_BEFORE_RE = re.compile(rf"{WORD_START}(?:{trie_pattern(folded(R.TODAY_BLOCKERS_BEFORE))})\s*$")
_GENERAL_BEFORE_RE = re.compile(rf"{WORD_START}[وبلف]?(?:{trie_pattern(folded(R.GENERAL_BEFORE))})\s+$")
_TODAY_AFTER_RE = re.compile(rf"\s*(?:{trie_pattern(folded(R.TODAY_BLOCKERS_AFTER))}){WORD_END}")


@dataclass(slots=True)
class DateMatch:
    """A date of the view ``[start, end)``; ``value`` is ISO at ``precision`` or None when unresolved."""

    start: int
    end: int
    value: str | None
    precision: str                       # year | month | week | day
    attrs: dict[str, Any] = field(default_factory=dict)


def parse_doc_date(s: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def _days_in(year: int, month: int) -> int:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _days_in(year, month)


def nearest_year(month: int, day: int, anchor: dt.date) -> int:
    """The year that puts day/month closest to the article date (news speaks of the recent past and
    the near future: "5 يناير" in a December article is next January)."""
    best = anchor.year
    best_gap = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if not _valid(y, month, min(day, 28) if not _valid(y, month, day) else day):
            continue
        gap = abs((dt.date(y, month, min(day, _days_in(y, month))) - anchor).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def relative_month(month: int, rel: int, anchor: dt.date) -> int:
    """The year of "<month> الماضي/المقبل/الجاري" said on ``anchor``."""
    if rel < 0:
        return anchor.year if month < anchor.month else anchor.year - 1
    if rel > 0:
        return anchor.year if month > anchor.month else anchor.year + 1
    return anchor.year


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The tabular (arithmetic) Islamic calendar; off by a day or so from sighted months."""
    jd = (11 * year + 3) // 30 + 354 * year + 30 * month - (month - 1) // 2 + day + 1948440 - 385
    return dt.date.fromordinal(jd - 1721425)


def _iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _day_of(m: re.Match) -> int | None:
    if m.group("day"):
        return int(m.group("day"))
    if m.group("ord"):
        return ORDINALS.get(" ".join(m.group("ord").split()))
    return None


def _month_date(view: str, m: re.Match, anchor: dt.date | None) -> DateMatch | None:
    day = _day_of(m)
    year = int(m.group("year")) if m.group("year") else None
    rel = REL_SUFFIX.get(m.group("rel")) if m.group("rel") else None
    before = view[max(0, m.start() - 20) : m.start()]
    if m.group("hmonth"):
        return _hijri_date(m, day, year)
    month = MONTHS[" ".join(m.group("month").split())]
    if m.group("month2") and MONTHS[" ".join(m.group("month2").split())] != month:
        return None  # "آذار/مايو" is no doubled name
    if _PLACE_BEFORE_RE.search(before) and year is None:
        return DateMatch(m.start(), m.end(), None, "skip")
    if year is not None and not YEAR_MIN <= year <= YEAR_MAX:
        year = None if day is None else year
        if year is not None:
            return None
    span_end = m.end()
    attrs: dict[str, Any] = {}
    if year is None:
        has_month_word = "شهر" in view[m.start() : m.start("month")]
        ambiguous = " ".join(m.group("month").split()) in AMBIGUOUS and not has_month_word
        has_cue = has_month_word or bool(re.search(r"(?:في|خلال|منذ|مطلع|بدايه|نهايه|اواخر|اوائل|منتصف|حتي)\s*$", before))
        if day is None and rel is None and (ambiguous or not has_cue):
            return None
        if day is not None and _NAMED_BEFORE_RE.search(before) and (day, month) in R.NAMED_DATES:
            return DateMatch(m.start(), span_end, R.NAMED_DATES[(day, month)], "day", {"named": True})
        if anchor is None or (day is not None and _NAMED_BEFORE_RE.search(before)):
            partial = f"--{month:02d}" + (f"-{day:02d}" if day else "")
            return DateMatch(m.start(), span_end, None, "day" if day else "month", {"partial": partial})
        if rel is not None:
            year = relative_month(month, rel, anchor)
            attrs["relative"] = True
        else:
            year = nearest_year(month, day or 1, anchor)
            attrs["year_from"] = "article"
    if day is not None and not _valid(year, month, day):
        return None
    return DateMatch(m.start(), span_end, _iso(year, month, day), "day" if day else "month", attrs)


def _hijri_date(m: re.Match, day: int | None, year: int | None) -> DateMatch | None:
    if year is None or not HIJRI_MIN <= year <= HIJRI_MAX:
        return None
    month = HIJRI_MONTHS[" ".join(m.group("hmonth").split())]
    if day is not None and not 1 <= day <= 30:
        return None
    attrs: dict[str, Any] = {"calendar": "hijri"}
    greg = hijri_to_gregorian(year, month, day or 1)
    attrs["gregorian"] = greg.isoformat() if day else greg.isoformat()[:7]
    return DateMatch(m.start(), m.end(), _iso(year, month, day), "day" if day else "month", attrs)


def _numeric(m: re.Match) -> DateMatch | None:
    if m.group("y"):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    else:
        y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
    if not YEAR_MIN <= y <= YEAR_MAX or not _valid(y, mo, d):
        return None
    return DateMatch(m.start(), m.end(), _iso(y, mo, d), "day")


def _shift(anchor: dt.date, unit: str, offset: int) -> tuple[str, str]:
    if unit == "day":
        return (anchor + dt.timedelta(days=offset)).isoformat(), "day"
    if unit == "week":
        y, w, _ = (anchor + dt.timedelta(weeks=offset)).isocalendar()
        return f"{y:04d}-W{w:02d}", "week"
    if unit == "month":
        idx = anchor.year * 12 + anchor.month - 1 + offset
        return _iso(idx // 12, idx % 12 + 1), "month"
    return _iso(anchor.year + offset), "year"


def _relative(view: str, m: re.Match, anchor: dt.date | None) -> DateMatch | None:
    word = " ".join(m.group("rel").split())
    if word == "اليوم" and (
        _TODAY_BEFORE_RE.search(view, max(0, m.start() - 12), m.start())
        or _TODAY_AFTER_RE.match(view, m.end())
    ):
        return None
    if word.startswith("العام") and _GENERAL_BEFORE_RE.search(view, max(0, m.start() - 14), m.start()):
        return None
    unit, offset = RELATIVE[word]
    if anchor is None:
        return DateMatch(m.start("rel"), m.end(), None, unit, {"relative": word})
    value, precision = _shift(anchor, unit, offset)
    return DateMatch(m.start("rel"), m.end(), value, precision, {"relative": True})


_FUTURE_PREFIXES = tuple(key(p) for p in R.FUTURE_VERB_PREFIXES)
_FUTURE_PARTICLES = frozenset(key(p) for p in R.FUTURE_PARTICLES)


def _to_come(before: str) -> bool:
    """Whether one of the three words before a weekday, in its clause, tells of what is to come
    (``rules.dates.FUTURE_VERB_PREFIXES``): سوف, a verb with the future's س, or a present verb of
    the يفعل shape ("سيصل الوفد يوم الخميس", "يفتح الباب صباح الأحد")."""
    clause = re.split(r"[،,.:؛;!?؟()«»\"]", before)[-1]
    for word in clause.split()[-3:]:
        bare = word[1:] if word[:1] in "وف" and len(word) > 4 else word
        if word in _FUTURE_PARTICLES or _future_verb(bare) or _present_verb(word):
            return True
    return False


def _present_verb(word: str) -> bool:
    """Whether a word, maybe behind و/ف, is a present verb of ``words.PRESENT_VERB_SHAPES`` (يفعل)."""
    return any(lx.PRESENT_VERB_SHAPES.fullmatch(w) is not None for w in (word, word[1:] if word[:1] in "وف" else ""))


def _future_verb(word: str) -> bool:
    """Whether a word is a verb with the future's س: five letters at least (not the name "سيرج"); a
    long vowel after the prefix, or a feminine or plural ending, marks a noun ("سيارة", "سيادة",
    "سنوات", "ستين", "سيطرته")."""
    return word.startswith(_FUTURE_PREFIXES) and len(word) >= 5 and word[2] not in "اوي" \
        and not word.endswith(("ه", "ات"))


def _weekday(view: str, m: re.Match, anchor: dt.date | None) -> DateMatch | None:
    if m.group("wd3") and view[: m.start()].rstrip()[-1:] not in ("،", ",", "("):
        return None  # a bare weekday is a date only set off by commas or brackets
    wd = WEEKDAYS[m.group("wd") or m.group("wd2") or m.group("wd3")]
    rel_word = m.group("rel") or m.group("rel2")
    rel = REL_SUFFIX.get(rel_word) if rel_word else None
    start = m.start("wd") if m.group("wd") else m.start("wd2") if m.group("wd2") else m.start("wd3")
    today = "اليوم" in m.group()[: start - m.start()]
    if today:
        start = m.start()  # "اليوم الثلاثاء" is one date
    if anchor is None:
        return DateMatch(start, m.end(), None, "day", {"relative": "weekday"})
    back = (anchor.weekday() - wd) % 7
    if rel is not None and rel > 0:
        day = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7 or 7)
    elif rel is not None and rel < 0:
        day = anchor - dt.timedelta(days=back or 7)
    elif not today and _to_come(view[: m.start()]):
        day = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7)  # "سيفتح صباح الأحد"
    else:
        day = anchor - dt.timedelta(days=back)  # news reports the latest such day
    return DateMatch(start, m.end(), day.isoformat(), "day", {"relative": True})


def _day_of_relative_month(m: re.Match, anchor: dt.date | None) -> DateMatch | None:
    day = _day_of(m)
    if day is None:
        return None
    offset = REL_SUFFIX.get(m.group("rel"), 0) if m.group("rel") else 0
    if anchor is None:
        return DateMatch(m.start(), m.end(), None, "day", {"relative": "month", "partial": f"---{day:02d}"})
    idx = anchor.year * 12 + anchor.month - 1 + offset
    y, mo = idx // 12, idx % 12 + 1
    if not _valid(y, mo, day):
        return None
    return DateMatch(m.start(), m.end(), _iso(y, mo, day), "day", {"relative": True})


# What a trigger word can start (see qawl.claims.scan): bit flags.
MONTH_WORD, ORDINAL_WORD, RELATIVE_WORD, WEEKDAY_WORD, DIGIT = 1, 2, 4, 8, 16


def date_at(view: str, p: int, flags: int, anchor: dt.date | None) -> DateMatch | None:
    """The date starting at view position ``p`` (a trigger of kind ``flags``), or None.
    A match with precision "skip" is a place named by a date ("مدينة 6 أكتوبر"): no claim, no number."""
    if flags & (MONTH_WORD | ORDINAL_WORD | DIGIT):
        m = DATE_RE.match(view, p)
        if m:
            d = _month_date(view, m, anchor)
            if d is not None:
                return d
    if flags & DIGIT:
        m = NUMERIC_DATE_RE.match(view, p)
        if m and (d := _numeric(m)):
            return d
    if flags & (ORDINAL_WORD | DIGIT):
        m = DAY_OF_RELATIVE_MONTH_RE.match(view, p)
        if m and (d := _day_of_relative_month(m, anchor)):
            return d
    if flags & WEEKDAY_WORD:
        m = WEEKDAY_RE.match(view, p)
        if m and (d := _weekday(view, m, anchor)):
            return d
    if flags & RELATIVE_WORD:
        m = RELATIVE_RE.match(view, p)
        if m:
            return _relative(view, m, anchor)
    return None


def year_at(view: str, start: int, end: int, *, counted_after: bool) -> DateMatch | None:
    """A bare 4-digit number ``view[start:end]`` read as a year: Gregorian after a year cue ("عام 2014",
    "منذ 2011") or when no counted noun follows it; Hijri when هـ follows it ("1434 هـ")."""
    text = view[start:end]
    if len(text) != 4 or not text.isdigit():
        return None
    y = int(text)
    mark = _MARK_AFTER_RE.match(view, end)
    if mark and mark.group("hmark"):
        return DateMatch(start, mark.end(), _iso(y), "year", {"calendar": "hijri"}) if HIJRI_MIN <= y <= HIJRI_MAX else None
    if not YEAR_MIN <= y <= YEAR_MAX:
        return None
    if counted_after and not _YEAR_CUE_BEFORE_RE.search(view, max(0, start - 12), start):
        return None
    return DateMatch(start, mark.end() if mark else end, _iso(y), "year")


_MARK_AFTER_RE = re.compile(rf"\s*(?:(?P<hmark>{_HIJRI_MARK})|{_GREG_MARK}){WORD_END}")
_YEAR_CUE_BEFORE_RE = re.compile(rf"{WORD_START}{_P}(?:{trie_pattern(folded(R.YEAR_CUES))})\s+(?:ال\s*)?$")


def parse_date(text: str, doc_date: str | None = None) -> str | None:
    """The ISO value of the first date in ``text`` (ordinary spelling), or None."""
    from qawl.claims.extract import find_claims
    from qawl.text.normalize import normalize

    for c in find_claims(normalize(text).text, doc_date):
        if c.label == "date":
            return c.attrs["value"]
    return None
