"""Cutting a statement into the claims it joins, before it is added to the ``statements`` layer.

A speaker's sentence often joins two claims: "…، أما إذا استمر الجفاف فنحن أمام صيف أصعب",
"…، ونستهدف الوصول إلى …". Another outlet carries one of them alone, and a statement holding both
would link that report to reports of the other. So every statement is cut after a comma that a
clause opener follows (``rules.structure.CLAUSE_CUT_OPENERS``, ``AND_CLAUSE_OPENERS``,
``AND_CLAUSE_VERBS``), and an interview answer or a direct quote also at each of its sentence ends
(``rules.structure.SENTENCE_CUT_KINDS``: both run over many sentences; reported speech ends with its
sentence). A comma before a verb or ``FIGURE_PAIR_OPENERS`` cuts between two figures ("يبلغ 38
بالمئة، وهو أفضل من العام الماضي حين لم يتجاوز 27 بالمئة": two claims another outlet may carry
apart). Each part keeps the statement's speaker.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from qawl import lexicon as lx
from qawl.doc import Document
from qawl.rules import structure as rules
from qawl.text.normalize import key
from qawl.text.wordcount import at_least

_CLAUSE_MARK = re.compile(f"[{re.escape(rules.CLAUSE_MARKS)}]")
_IMPERFECT_PREFIXES = ("ي", "ت")
_WE_VERB_PREFIXES = tuple(key(p) for p in rules.AND_CLAUSE_VERB_PREFIXES)


def statement_parts(doc: Document, start: int, end: int, *, sentences: bool = False) -> list[tuple[int, int]]:
    """The parts of the statement ``[start, end)``. A clause cut needs ``CLAUSE_CUT_MIN_WORDS`` words
    before it (since the last cut) and in the rest of its sentence; with ``sentences``, a sentence end
    is a cut where the words before it and all the words after it number ``ANSWER_PART_MIN_WORDS``."""
    ends = [s.end for s in doc.layer("sentences")] if sentences else []
    inside = ends[bisect_right(ends, start) : bisect_left(ends, end)]
    places = [(cut, end, _SENTENCE_END) for cut in inside]
    for cut, needs, clause_end in _clause_cuts(doc.text, start, end):
        after = bisect_right(inside, cut)
        sentence_end = inside[after] if after < len(inside) else end
        if needs == _BETWEEN_FIGURES:
            sentence_end = min(sentence_end, clause_end)  # (the clause up to the next comma holds the figure)
        if needs != _BEFORE_FIGURE or _has_figure(doc.text[cut:sentence_end]):
            places.append((cut, sentence_end, needs))
    cuts = [start]
    for cut, counted_to, needs in sorted(places):
        before, after = doc.text[cuts[-1] : cut], doc.text[cut:counted_to]
        least = _least_words(needs, before, after)
        if least is not None and at_least(before, least) and at_least(after, least):
            cuts.append(cut)
    cuts.append(end)
    return [_trimmed(doc.text, a, b) for a, b in zip(cuts, cuts[1:])]


# What a place to cut is, and so what it needs: a sentence end; a comma before a clause opener; a
# comma before "مع" (``FIGURE_CLAUSE_OPENERS``), only when a figure follows; any other comma, only
# between two figures.
_SENTENCE_END, _OPENER, _BEFORE_FIGURE, _BETWEEN_FIGURES = range(4)


def _least_words(needs: int, before: str, after: str) -> int | None:
    """How many words each side of a cut needs (None: no cut there)."""
    if needs == _SENTENCE_END:
        return rules.ANSWER_PART_MIN_WORDS
    figures = _has_figure(before) and _has_figure(after)
    if needs == _BETWEEN_FIGURES:
        return rules.FIGURE_CLAUSE_MIN_WORDS if figures else None
    if figures and not _opens_counterpart(after):
        return rules.FIGURE_CLAUSE_MIN_WORDS
    return rules.CLAUSE_CUT_MIN_WORDS


def _has_figure(text: str) -> bool:
    return any(c.isdigit() for c in text)


_COUNTERPARTS = tuple(key(o) + " " for o in rules.COUNTERPART_OPENERS)


def _opens_counterpart(text: str) -> bool:
    return (key(" ".join(text.split()[:3])) + " ").startswith(_COUNTERPARTS)


def _clause_cuts(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """Offsets just past each comma in ``[start, end)``, each with what cutting there needs: a clause
    opener follows (``_OPENER``), "مع" (``_BEFORE_FIGURE``), or a second figure's claim
    (``_BETWEEN_FIGURES``; not a comma inside a number, "4,200", which no space follows); and where the
    clause after it ends (the next comma, or ``end``)."""
    cuts = []
    marks = list(_CLAUSE_MARK.finditer(text, start, end))
    for n, mark in enumerate(marks):
        clause_end = marks[n + 1].start() if n + 1 < len(marks) else end
        words = tuple(key(w) for w in text[mark.end() : mark.end() + 40].split()[:3])
        if not words or words[:2] in lx.NOT_CLAUSE_CUTS:
            continue
        if any(words[:n] in lx.CLAUSE_CUT_OPENERS for n in (1, 2, 3)) or _opens_and_clause(words[0]) \
                or _opens_figure_clause(words):
            cuts.append((mark.end(), _OPENER, clause_end))
        elif words[:1] in lx.FIGURE_CLAUSE_OPENERS:
            cuts.append((mark.end(), _BEFORE_FIGURE, clause_end))
        elif text[mark.end() : mark.end() + 1].isspace() and _opens_figure_pair(words):
            cuts.append((mark.end(), _BETWEEN_FIGURES, clause_end))
    return cuts


def _opens_figure_pair(words: tuple[str, ...]) -> bool:
    """Whether folded words after a comma open a second claim with a figure of its own: one of
    ``FIGURE_PAIR_OPENERS`` ("، وهو أفضل من العام الماضي حين …", "، بعد نمو بنسبة …", "، وتم …") or a
    verb in the imperfect, also after و or, in its يـ form, after the ل of a result ("، ترتفع إلى …",
    "، وتملك حاليا …", "، ليبلغ إجمالي …")."""
    if any(words[:n] in lx.FIGURE_PAIR_OPENERS for n in (1, 2)):
        return True
    word = words[0].removeprefix("و")
    if word.startswith("لي") and len(word) >= 4 and word[1:] not in lx.FUNCTION_WORDS:
        # a result: "، ليصل إجمالي مساهمتنا إلى 70 مليون يورو", "، ليصبح الإجمالي …" (not لتـ: "، لتغطية
        # الواردات لمدة 3 أشهر" is the purpose of the figure before it, a verbal noun)
        return True
    return len(word) >= 4 and word[0] in _IMPERFECT_PREFIXES and word not in lx.FUNCTION_WORDS


def _opens_figure_clause(words: tuple[str, ...]) -> bool:
    """Whether folded words are "و" + a definite noun, then a verb of ``AND_FIGURE_VERBS`` ("والطلب
    ارتفع …"): a second figure, of a subject of its own."""
    return (len(words) >= 2 and words[0].startswith("وال") and words[1] in lx.AND_FIGURE_VERBS
            and words[0][1:] not in lx.NOT_FIGURE_SUBJECTS)


def _opens_and_clause(word: str) -> bool:
    """Whether a folded word is "و" and an opener of a claim of its own: one of
    ``AND_CLAUSE_OPENERS`` or ``AND_CLAUSE_VERBS``, or a first-person verb or noun by its shape
    (``AND_CLAUSE_VERB_PREFIXES``, the ending "نا")."""
    if not word.startswith("و"):
        return False
    rest = word[1:]
    if rest in lx.AND_CLAUSE_OPENERS:
        return True
    return len(rest) >= rules.AND_CLAUSE_WE_MIN_LETTERS and rest not in lx.NOT_WE_WORDS and (
        rest.endswith("نا") or rest.startswith(_WE_VERB_PREFIXES))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Past the spaces, and a full stop left alone on a line ("للمشكلة⏎.⏎وأؤكد"), that open a part;
    before the spaces and the comma that close it (a part cut at "…، لكن" ends at the word before)."""
    while start < end and (text[start].isspace() or text[start] in rules.SENTENCE_ENDS):
        start += 1
    if start < end and text[start] in _REOPENING_MARKS and not any(m in text[start + 1 : end] for m in _CLOSING_MARKS):
        start += 1  # the mark that reopens a quote at a continued paragraph ("«أما الحدود …»، بحسب …")
        while start < end and text[start].isspace():
            start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _PART_END_MARKS):
        end -= 1
    return start, end


# Opening quotation marks, and the marks that would close a quote they open within a part.
_REOPENING_MARKS = "«“\""
_CLOSING_MARKS = ("»", "”", "\"")
# Marks that close a clause, never part of what was said.
_PART_END_MARKS = "،,؛;"
