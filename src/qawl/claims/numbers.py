"""Reading Arabic numbers in the normalized view: digits of any script (already ASCII there) with
their separators, number words with case endings, tanween and duals, digit + scale word ("10 آلاف"),
and vague amounts ("عشرات", "آلاف", "بضعة") as ``[low, high]`` ranges.

``find_numbers(view)`` yields every number phrase of a normalized text with its value;
``parse_number(text)`` reads one phrase of ordinary text (for tests and callers with a lone string).
Values are ints when whole, floats otherwise.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from qawl.claims.patterns import LETTER, WORD_END, WORD_START, folded, trie_pattern
from qawl.rules import numbers as R
from qawl.text.normalize import key, normalize

# Token kinds: a plain value; the word مئة (multiplies 3-9 before it); a singular scale (ألف, مليون);
# its accusative form (ألفاً after a number, else the dual construct ألفا = 2000); a dual scale;
# a plural scale (multiplies, or alone is vague); بضعة (3-9); عدة (3-9, only before a scale);
# 1 and 2 (only inside a longer number); نصف after a scale; a fraction before a scale.
NUM, HUNDRED, SCALE, SCALE_ACC, DUAL, PLURAL, FEW, SEVERAL, INNER, HALF, FRACTION = range(11)


def _lexicon() -> dict[str, tuple[int, int]]:
    lex: dict[str, tuple[int, int]] = {}

    def add(kind: int, table: dict[int, tuple[str, ...]]) -> None:
        for value, forms in table.items():
            for f in forms:
                lex[key(f)] = (kind, value)

    add(NUM, R.UNIT_WORDS)
    add(NUM, R.TEEN_WORDS)
    add(NUM, R.TENS_WORDS)
    add(NUM, R.HUNDREDS_WORDS)
    add(INNER, R.INNER_UNIT_WORDS)
    add(HUNDRED, {100: R.HUNDRED_WORDS})
    add(SCALE, R.SCALE_SINGULAR)
    add(SCALE_ACC, R.SCALE_ACCUSATIVE)
    add(DUAL, R.SCALE_DUAL)
    add(PLURAL, R.SCALE_PLURAL)
    add(FEW, {0: R.FEW_WORDS})
    add(SEVERAL, {0: R.SEVERAL_WORDS})
    add(FRACTION, R.FRACTION_WORDS)
    return lex


LEXICON = _lexicon()
HALF_FORMS = frozenset(folded(R.HALF_WORDS))
# Three-letter words that are also ordinary words (ست "lady", سبع "lion", تسع "it holds", عشر): only
# the conjunction و is read on them ("سنة وسبع شهور"), so "لست" ("I am not") is not ل + 6.
_SHORT = {w for w, (kind, _) in LEXICON.items() if len(w) <= 3 and kind == NUM}
_PLURALS = [w for w, (kind, _) in LEXICON.items() if kind == PLURAL]
_LONG = [w for w, (kind, _) in LEXICON.items() if w not in _SHORT and kind not in (HALF,)]

# Digits with thousands or decimal separators ("10,000", "99.9", "2,5"); the reader checks the shape.
# Egyptian agency copy writes decimals with ر, fraction first (RTL habit): "5ر2 مليون" is 2.5 million.
DIGITS = r"(?:\d+ر\d+|\d+(?:[.,]\d+)*)"
# Digits may carry a glued prefix (ب99.9%, الـ10 → ال10) but not sit inside a code (M4, ديرالزور24,
# F-16) or a time, ratio or date (10:30, 3/4); a year may carry م or هـ glued after it (2014م).
_DIGIT_START = (
    rf"(?<![\d.,/:+])(?<!{LETTER}-)"
    rf"(?:{WORD_START}|(?<=(?<!{LETTER})[وفبلك])|(?<=(?<!{LETTER})(?:ال|لل|وب|ول))|(?<=(?<!{LETTER})(?:بال|وال)))"
)
def _glue_words() -> list[str]:
    """Words that may be written glued to digits ("250كجم", "30سنة", "45مليون", "9مقاعد")."""
    words = [f for forms in R.UNITS.values() for f in forms]
    words += [f for table in (R.SCALE_SINGULAR, R.SCALE_ACCUSATIVE, R.SCALE_PLURAL) for forms in table.values() for f in forms]
    words += [f for lemmas in R.COUNTED_NOUNS.values() for forms in lemmas.values() for f in forms]
    return folded(words)


# After digits: no more digits, no clock time or ratio, and no letter unless it is a year's م/هـ
# ("2014م"), the و of a list ("14و15") or a unit, scale or counted noun glued on.
_DIGIT_END = (
    rf"(?![.,]?\d)(?![:/]\d)"
    rf"(?:(?!{LETTER})|(?=[مه]{WORD_END})|(?=و\d)|(?=(?:{trie_pattern(_glue_words())}){WORD_END}))"
)
_DIGIT_TOKEN = _DIGIT_START + DIGITS + _DIGIT_END

_PREFIX = r"[وفبلك]?"
_PLURAL_PREFIX = r"(?:[وفبلك]?ال|لل)?"
_DEFINITE_PREFIX = r"(?:[وفبلك]?ال|لل)"
_WORD_TOKEN = (
    WORD_START
    + "(?:"
    + _PLURAL_PREFIX + "(?:" + trie_pattern(folded(_PLURALS)) + ")"
    + "|" + _PREFIX + "(?:" + trie_pattern(folded(_LONG)) + ")"
    + "|" + _DEFINITE_PREFIX + "(?:" + trie_pattern(folded(R.SCALE_DEFINITE)) + ")"
    + "|و?(?:" + trie_pattern(folded(_SHORT)) + ")"
    + ")"
    + WORD_END
)
# "ونصف" after a scale, with the scale repeated after it or not: "مليون ونصف المليون" is 1.5 million.
_HALF = (r"و\s*" + trie_pattern(folded(R.HALF_WORDS)) + WORD_END
         + r"(?:\s+ال(?:" + trie_pattern(folded([f for forms in R.SCALE_SINGULAR.values() for f in forms])) + ")" + WORD_END + ")?")
_TOKEN = f"(?:{_DIGIT_TOKEN}|{_WORD_TOKEN})"
_SEP = r"(?:\s*و\s*|\s+|(?<=\d)(?=[^\W\d_]))"  # a scale word may be glued to digits: "45مليون"
# "ونصف المليون" is tried before "نصف" as a word of its own (a fraction: "نصف مليون").
PHRASE_RE = re.compile(f"{_TOKEN}(?:(?:\\s*{_HALF})|(?:{_SEP}{_TOKEN}))*")
TOKEN_RE = re.compile(f"{_HALF}|{_DIGIT_TOKEN}|{_WORD_TOKEN}")

MAX_DIGITS = 12  # longer digit strings are ids, phone numbers or noise, not figures


@dataclass(slots=True)
class Number:
    """A number phrase of the view: ``[start, end)``, its value range, and how it was written."""

    start: int
    end: int
    low: float
    high: float
    vague: bool          # a vague amount (عشرات، آلاف، بضعة) rather than a stated figure
    digits: bool         # written with digits only, no words (years and codes are told apart by this)
    scaled: int          # the largest scale word in it (1 when none): "10 آلاف" → 1000

    @property
    def value(self) -> int | float | list[int | float]:
        lo, hi = as_number(self.low), as_number(self.high)
        return lo if lo == hi else [lo, hi]


def as_number(x: float) -> int | float:
    return int(x) if float(x).is_integer() else round(x, 6)


def digit_value(s: str) -> float | None:
    """The value of a digit string of the view, or None when its shape is not a number
    (leading zeros of codes and phone numbers, version strings, too many digits)."""
    if "ر" in s:
        fraction, whole = s.split("ر")
        return float(f"{whole}.{fraction}") if len(s) <= MAX_DIGITS + 1 else None
    if s.count(".") + s.count(",") == 0:
        if len(s) > MAX_DIGITS or (len(s) > 1 and s[0] == "0"):
            return None
        return float(s)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", s):               # 10,000
        return float(s.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", s):           # 1.000.000
        return float(s.replace(".", ""))
    if re.fullmatch(r"\d+\.\d+", s) and len(s) <= MAX_DIGITS + 1:  # 99.9
        if len(s.split(".")[0]) > 1 and s[0] == "0":
            return None
        return float(s)
    if re.fullmatch(r"\d{1,3},\d{1,2}", s):                  # 2,5 (decimal comma)
        return float(s.replace(",", "."))
    return None


@dataclass(slots=True)
class _State:
    total_lo: float = 0.0
    total_hi: float = 0.0
    cur: tuple[float, float] | None = None
    cur_digits: bool = False
    last_scale: float = 0.0
    scaled: int = 1
    vague: bool = False
    words: bool = False
    start: int = -1
    end: int = -1
    pending_several: bool = False

    def empty(self) -> bool:
        return self.start < 0

    def result(self) -> Number | None:
        if self.empty():
            return None
        lo, hi = self.total_lo, self.total_hi
        if self.cur is not None:
            lo, hi = lo + self.cur[0], hi + self.cur[1]
        if hi <= 0:
            return None
        return Number(self.start, self.end, lo, hi, self.vague, not self.words, self.scaled)


def _tokens(view: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(view, start, end)]


@lru_cache(maxsize=1 << 12)
def _kind(tok: str) -> tuple[int, float, bool]:
    """Kind and value of one token (a digit string or a folded word with an optional prefix), and
    whether the token carries the conjunction و ("وعشرون"). Memoized: every token is read twice
    (as itself and as the one after), and number words recur."""
    if tok[0].isdigit():
        v = digit_value(tok)
        return (NUM, v, False) if v is not None else (-1, 0.0, False)
    w = " ".join(tok.split())
    first = w.split(" ")[0]
    if first.startswith("و") and first[1:] in HALF_FORMS:  # "ونصف" or "ونصف المليون" (``_HALF``)
        return (HALF, 0, True)
    if w in LEXICON:
        return (*LEXICON[w], False)
    for p in ("وبال", "بال", "وال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"):
        rest = w[len(p):].strip()
        if w.startswith(p) and rest in LEXICON:
            return (*LEXICON[rest], p[0] == "و")
    return (-1, 0.0, False)


def evaluate(view: str, start: int, end: int) -> list[Number]:
    """Read the phrase ``view[start:end]`` (one PHRASE_RE match) into one or more numbers.

    A phrase that is not one number ("بين 10 و20" gives the phrase "10 و20") is split where the next
    token cannot continue the number. Two digit groups separated by spaces only are a phone number or a
    code: the whole phrase is dropped."""
    toks = _tokens(view, start, end)
    for (_, a1, a), (b0, _, b) in zip(toks, toks[1:]):
        if a[-1].isdigit() and b[:1].isdigit() and not view[a1:b0].strip():
            return []
    out: list[Number] = []
    st = _State()
    i = 0
    while i < len(toks):
        t0, t1, tok = toks[i]
        gap = view[st.end:t0] if not st.empty() else ""
        kind, value, conj = _kind(tok)
        if kind == SCALE_ACC and st.empty() and _accusative_alone(view, toks, i):
            kind = SCALE
        if kind == INNER and st.empty() and (_DECIMAL_POINT_BEFORE_RE.search(view, max(0, t0 - 16), t0)
                                             or _DECIMAL_POINT_RE.match(view, t1)):
            kind = NUM  # "ثلاثة فاصل اثنين", "اثنين فاصل ستة": 1 and 2 are digits of a decimal (join_decimals)
        if conj:
            gap += "و"
        next_and = i + 1 < len(toks) and "و" in view[t1 : toks[i + 1][0]]
        if _apply(st, kind, value, tok, gap, toks, i, next_and):
            if st.start < 0:
                st.start = t0
            st.end = t1
            i += 1
            continue
        # the token cannot continue: close this number and start again at the token
        n = st.result()
        if n is not None:
            out.append(n)
        if st.empty():
            i += 1  # a token that cannot start a number either
        st = _State()
    n = st.result()
    if n is not None:
        out.append(n)
    return out


_NEXT_WORD_RE = re.compile(rf"\s*({LETTER}+)")
_AFTER_ACCUSATIVE = frozenset(folded(R.AFTER_ACCUSATIVE_SCALE))


def _accusative_alone(view: str, toks: list, i: int) -> bool:
    """Whether the accusative scale ``toks[i]``, which opens a number, counts once: a fraction after
    it ("يمثل ملياراً ونصفاً", 1.5 billion), or no noun after the phrase ("تجاوز مليوناً من الزوار").
    (A smaller number after و is ``_starts_sum``'s.)"""
    if i + 1 < len(toks):
        return _kind(toks[i + 1][2])[0] in (HALF, FRACTION)
    m = _NEXT_WORD_RE.match(view, toks[i][1])
    return m is None or m.group(1) in _AFTER_ACCUSATIVE


def _apply(st: _State, kind: int, value: float, tok: str, gap: str, toks: list, i: int, next_and: bool = False) -> bool:
    """Fold one token into the state; False when it cannot continue the number."""
    is_digit = tok[-1].isdigit()
    has_and = "و" in gap
    nxt, nxt_value, _ = _kind(toks[i + 1][2]) if i + 1 < len(toks) else (None, 0.0, False)
    if kind < 0:
        return False
    if st.empty() and kind in (INNER, HALF):
        # 1 and 2 only inside a longer number: "واحد وعشرون"; alone ("في آن واحد") they are no figure
        # … or before a fraction: "واحد ونصف في المئة" (1.5)
        return kind == INNER and (nxt == NUM and nxt_value >= 20 or nxt in (HALF, FRACTION)) and _start(st, value)
    if kind == FRACTION:
        return _apply_fraction(st, value, has_and, nxt)
    if kind == NUM:
        if st.cur is not None:
            if is_digit or st.cur_digits or value >= 100 or st.cur[1] >= 100 and value >= 100:
                return False
            if st.cur[1] % 100 >= 20 and value < 100:
                return False  # "عشرين ثلاثة": two numbers side by side
            if 0 < st.cur[1] % 100 < 20 and not _continues_unit(value, has_and):
                return False  # "ما بين ثلاثة وخمسة": a range, not 8
            st.cur = (st.cur[0] + value, st.cur[1] + value)
        else:
            if st.total_hi and value * 1 >= st.last_scale:
                return False
            if st.total_hi and not has_and:
                return False
            st.cur = (value, value)
            st.cur_digits = is_digit
        st.words |= not is_digit
        return True
    if kind == INNER:
        if st.cur is not None and st.cur[1] % 100 != 0:
            return False
        st.cur = (value, value) if st.cur is None else (st.cur[0] + value, st.cur[1] + value)
        st.words = True
        return True
    if kind == HUNDRED:
        st.words = True
        if st.cur is None:
            st.cur = (100, 100)
            return True
        if 1 <= st.cur[1] < 10 and not has_and and not st.cur_digits:
            st.cur = (st.cur[0] * 100, st.cur[1] * 100)
            return True
        return False
    if kind == SCALE_ACC and _starts_sum(st, toks, i, nxt, nxt_value, value, next_and):
        kind = SCALE  # "ألفاً وثلاثمائة": 1,300 (the dual construct "ألفا دولار" is 2,000)
    if kind in (SCALE, SCALE_ACC, DUAL, PLURAL):
        return _apply_scale(st, kind, value, has_and)
    if kind == FEW:
        if st.cur is not None or st.total_hi:
            return False
        st.cur = R.FEW_RANGE
        st.vague = st.words = True
        return True
    if kind == SEVERAL:
        if st.cur is not None or st.total_hi or nxt not in (PLURAL, SCALE):
            return False
        st.cur = R.FEW_RANGE
        st.vague = st.words = True
        return True
    if kind == HALF:
        if _unit_and_fraction(st, 1 / 2, has_and):
            return True
        if st.cur is not None or not st.last_scale:
            return False
        st.total_lo += st.last_scale / 2
        st.total_hi += st.last_scale / 2
        return True
    return False


def _continues_unit(value: float, has_and: bool) -> bool:
    """Whether ``value`` continues a number whose last part is a unit or a teen: after و only tens do
    ("خمسة وعشرون"), another unit begins another number. Without و anything does, as before: عشر
    ("ثلاثة عشر"), and the tens of a و left out ("أربعة تسعون")."""
    return not has_and or (20 <= value < 100 and value % 10 == 0)


def _unit_and_fraction(st: _State, fraction: float, has_and: bool) -> bool:
    """"خمسة وربع", "ثلاثة ونصف": a number below a hundred, of no scale yet, and a fraction after و
    make one number (5.25, 3.5), as speakers give rates ("خمسة وربع بالمئة")."""
    if not has_and or st.cur is None or st.total_hi or st.last_scale or st.vague or st.cur[1] >= 100 \
            or st.cur[0] != st.cur[1] or st.cur[0] % 1:
        return False
    st.cur = (st.cur[0] + fraction, st.cur[1] + fraction)
    return True


def _apply_fraction(st: _State, fraction: float, has_and: bool, nxt: int | None) -> bool:
    """"نصف مليون" (a fraction that a scale multiplies) or "مليون وربع" (a fraction of the scale before)."""
    if st.empty():
        return nxt in (SCALE, SCALE_ACC) and _start(st, fraction)
    if _unit_and_fraction(st, fraction, has_and):
        return True
    if st.cur is not None or not st.last_scale or not has_and:
        return False
    st.total_lo += st.last_scale * fraction
    st.total_hi += st.last_scale * fraction
    return True


def _starts_sum(st: _State, toks: list, i: int, nxt: int | None, nxt_value: float, scale: float, next_and: bool) -> bool:
    """Whether the scale word ``toks[i]`` begins a number and a smaller one follows it after و: it
    then counts once, the accusative of "ألفاً وثلاثمائة", not the dual construct "ألفا"."""
    if not st.empty() or i + 1 >= len(toks) or nxt not in (NUM, HUNDRED, INNER) or not 0 < nxt_value < scale:
        return False
    return next_and or toks[i + 1][2].startswith("و")


def _start(st: _State, value: float) -> bool:
    st.cur = (value, value)
    st.words = True
    return True


def _apply_scale(st: _State, kind: int, s: float, has_and: bool) -> bool:
    if st.total_hi and s > st.last_scale and st.cur is not None and kind == SCALE and not has_and:
        # "ألف وخمسمئة مليون": the number before counts millions (1,500 million)
        st.total_lo, st.total_hi = (st.total_lo + st.cur[0]) * s, (st.total_hi + st.cur[1]) * s
        st.cur, st.cur_digits, st.last_scale, st.scaled = None, False, s, max(st.scaled, int(s))
        return True
    if st.cur is None and kind == SCALE and not has_and and st.last_scale == THOUSAND and s > THOUSAND \
            and st.total_hi < s:
        # "18 ألف مليون دولار", "ألف مليار": thousands of the scale after (18 billion)
        st.total_lo, st.total_hi, st.last_scale, st.scaled = st.total_lo * s, st.total_hi * s, s, max(st.scaled, int(s))
        return True
    if st.total_hi and s >= st.last_scale:
        return False  # "مليون ألف": not one number
    st.words = True
    if st.cur is not None:
        if kind == DUAL or has_and:
            return False
        lo, hi = st.cur[0] * s, st.cur[1] * s
    elif kind == PLURAL:
        if st.total_hi:
            return False
        # alone, a plural scale is a vague amount: "عشرات" 20-99, "آلاف" 2,000-9,999; a scale word
        # after it multiplies it ("عشرات الآلاف" 20,000-99,000), so it stays the current value.
        st.cur = (2 * s, 10 * s - 1)
        st.vague = True
        st.scaled = max(st.scaled, int(s))
        return True
    elif kind in (DUAL, SCALE_ACC):
        if st.total_hi and not has_and:
            return False
        lo = hi = 2 * s
    else:
        if st.total_hi and not has_and:
            return False
        lo = hi = s
    st.total_lo += lo
    st.total_hi += hi
    st.cur = None
    st.cur_digits = False
    st.last_scale = s
    st.scaled = max(st.scaled, int(s))
    return True


THOUSAND = 1000


_DECIMAL_POINT_BEFORE_RE = re.compile(rf"(?:{trie_pattern(folded(R.DECIMAL_POINT_WORDS))})\s+$")
_DECIMAL_POINT_RE = re.compile(rf"\s+(?:{trie_pattern(folded(R.DECIMAL_POINT_WORDS))})\s+")


def find_numbers(view: str) -> Iterator[Number]:
    """Every number phrase of a normalized text, in order (decimals said as a word joined)."""
    yield from join_decimals(view, [n for m in PHRASE_RE.finditer(view) for n in evaluate(view, m.start(), m.end())])


def join_decimals(view: str, numbers: list[Number]) -> list[Number]:
    """``numbers`` (in order) with each whole number, a decimal point word and the number after it
    made one ("خمسة فاصل ثمانية" = 5.8)."""
    out: list[Number] = []
    for n in numbers:
        if out and (joined := _with_decimals(view, out[-1], n)) is not None:
            out[-1] = joined
        else:
            out.append(n)
    return out


def _with_decimals(view: str, whole: Number, after: Number) -> Number | None:
    """``whole`` "فاصل" ``after`` as one number, or None when they are not: the first must be a
    whole number of no scale, the second whole too (its scale, if any, scales both: "ثلاثة فاصل
    خمسة مليار" = 3.5 billion)."""
    if (not _DECIMAL_POINT_RE.fullmatch(view, whole.end, after.start) or whole.vague or after.vague
            or whole.low != whole.high or after.low != after.high or whole.scaled != 1 or whole.low % 1):
        return None
    fraction = after.low / after.scaled
    if fraction % 1 or fraction <= 0:
        return None
    value = (whole.low + fraction / 10 ** len(str(int(fraction)))) * after.scaled
    return Number(whole.start, after.end, value, value, False, whole.digits and after.digits, after.scaled)


def parse_number(text: str) -> int | float | list[int | float] | None:
    """The value of the first number in ``text`` (ordinary spelling), or None."""
    for n in find_numbers(normalize(text).text):
        return n.value
    return None
