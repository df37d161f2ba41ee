"""Structure of an article: boilerplate, bylines and datelines, headline, paragraphs, sentences.

Layers written: ``boilerplate`` (furniture lines and trailing link blocks), ``byline`` (reporter and
agency lines, dateline prefixes), ``headline`` (the title line of a plain-text article, or a
sub-headline), ``paragraphs`` (content paragraphs; lines broken by link text are joined) and
``sentences`` (inside paragraphs; not split inside 99.9, initials "ب.", abbreviations "د.").
"""
from __future__ import annotations

import re
from itertools import islice

from qawl.doc import Document, Span
from qawl.lexicon import SENTENCE_OPENING_VERBS, VERB_FORMS
from qawl.rules import boilerplate as bp
from qawl.rules import structure as rules
from qawl.text.find import occurrences
from qawl.text.normalize import document_view, key
from qawl.text.wordcount import at_most

def _alternation(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled pattern for a whole table (each entry wrapped as a group)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_LINE = _alternation(bp.LINE_PATTERNS)
_BLOCK = _alternation(bp.BLOCK_STARTERS)
_BYLINE = _alternation(bp.BYLINE_LINES)
_DATELINE = [re.compile(p) for p in bp.DATELINE_PREFIXES]
_DANGLING = {key(w) for w in rules.DANGLING_WORDS}
_ABBREV = {key(a) for a in rules.ABBREVIATIONS}
_EDGE_SPACE = " \t\r\u00a0\u200e\u200f\u202f\ufeff"
_SENT_END_MARKS = ".!?؟…"
_SENT_END = re.compile(f"[{_SENT_END_MARKS}]+[\"”»’']*")


def lines(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as (start, end), trimmed of edge spaces, NBSP and bidi marks."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        while start < end and text[start] in _EDGE_SPACE:
            start += 1
        while end > start and text[end - 1] in _EDGE_SPACE:
            end -= 1
        if start < end:
            out.append((start, end))
    return out


def _full(pattern: re.Pattern[str], line: str) -> bool:
    return pattern.fullmatch(line) is not None


def is_boilerplate_line(line: str) -> bool:
    return _full(_LINE, key(line))


def _continues(text: str, line: tuple[int, int]) -> bool:
    """A line opening with "،", "." or a closing mark continues the line before it."""
    return text[line[0]] in rules.CONTINUATION_STARTS


def _joins(text: str, prev: tuple[int, int], nxt: tuple[int, int], *, prev_alone: bool = False) -> bool:
    """Whether line ``nxt`` continues line ``prev`` (a sentence cut by link text); ``prev_alone``:
    ``prev`` is one line that opens its paragraph."""
    last = text[prev[1] - 1]
    if last not in rules.SENTENCE_ENDS:  # (the usual line ends a sentence: no word to fold then)
        last_word = key(text[max(prev[0], prev[1] - 24) : prev[1]]).split()[-1:]
        if last_word and last_word[0] in _DANGLING:
            return True
    # Link text cut onto lines of its own (CNN Arabic, Al-Masry Al-Youm): the line before has no
    # closing punctuation, only a newline (no blank line) separates them, and one side is a fragment.
    if last in rules.SENTENCE_ENDS + ":\"”»" or "\n\n" in text[prev[1] : nxt[0]].replace(" ", "").replace("\u00a0", ""):
        return False
    short = at_most(text[nxt[0] : nxt[1]], rules.LINK_FRAGMENT_WORDS)
    if short:
        return True
    heading = prev_alone and last not in "،," and _opens_with_reporting_verb(text, nxt)
    return at_most(text[prev[0] : prev[1]], rules.LINK_FRAGMENT_WORDS) and not heading


def _opens_with_reporting_verb(text: str, line: tuple[int, int]) -> bool:
    """Whether ``line`` opens with a reporting verb ("وبيّن الرئيس التنفيذي أن …"): a sentence of its
    own, so a short line alone before it is a sub-heading or a photo caption ("تحديث الأسطول"),
    not link text cut out of the middle of a sentence."""
    first = key(text[line[0] : min(line[1], line[0] + 24)]).split()[:1]
    return bool(first) and (first[0] in VERB_FORMS or first[0] in SENTENCE_OPENING_VERBS)


def _uncovered(all_lines: list[tuple[int, int]], skip: list[Span]):
    """The lines no span of ``skip`` covers, in order."""
    if not skip:
        return iter(all_lines)
    return (ln for ln in all_lines if not any(s.start <= ln[0] and ln[1] <= s.end for s in skip))


def paragraphs(text: str, skip: list[Span], all_lines: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Content paragraphs: lines not covered by ``skip``, with link-broken lines joined
    (``all_lines``: ``lines(text)`` when the caller has them)."""
    content = _uncovered(lines(text) if all_lines is None else all_lines, skip)
    out: list[tuple[int, int]] = []
    last_alone = False  # out[-1] is one line, not lines joined
    for ln in content:
        # A short first line may be a headline: only a line opening with "،" continues it.
        first_may_be_headline = len(out) == 1 and at_most(text[out[0][0] : out[0][1]], 30)
        if out and (_continues(text, ln) or (
                not first_may_be_headline and _joins(text, out[-1], ln, prev_alone=last_alone))):
            out[-1] = (out[-1][0], ln[1])
            last_alone = False
        else:
            out.append(ln)
            last_alone = True
    return out


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]``; a dot between digits, after an initial or an abbreviation,
    or before a lower-case continuation does not end a sentence."""
    out = []
    s = start
    read_to = start  # (where _SENT_END.finditer would search on: past the last stop read)
    for i in occurrences(text, _SENT_END_MARKS, start, end):  # most paragraphs hold only dots
        if i < read_to:
            continue
        e = read_to = _SENT_END.match(text, i, end).end()  # (it matches: text[i] opens it)
        if text[i] == "." and _not_a_stop(text, i, end):
            continue
        out.append((s, e))  # never blank: it holds the stop at i, and s (past spaces) is not after i
        s = e
        while s < end and text[s].isspace():
            s += 1
    if s < end and text[s:end].strip():
        out.append((s, end))
    return out


def _not_a_stop(text: str, i: int, end: int) -> bool:
    before = text[max(0, i - 12) : i]
    after = text[i + 1 : i + 2]
    if before[-1:].isdigit() and after.isdigit():
        return True  # 99.9
    words = before.split()
    word = words[-1] if words else ""
    if word and (len(word) == 1 or key(word) in _ABBREV):
        return True  # initials "ب." and abbreviations "د."
    return bool(after and after not in " \n\t\u00a0\"”»'’)")  # no space after: a decimal, URL or code


def _mark_boilerplate(doc: Document, all_lines: list[tuple[int, int]]) -> None:
    in_block = False
    view = document_view(doc)
    for start, end in all_lines:
        folded = view.key(start, end)
        if in_block and _article_text(doc.text[start:end]):
            in_block = False  # a paragraph of text: the links were set between the article's paragraphs
        elif not in_block and start > len(doc.text) * 0.3 and _full(_BLOCK, folded):
            in_block = True
        if in_block or _full(_LINE, folded):
            doc.add("boilerplate", Span(start, end, "block" if in_block else "line"))


def _article_text(line: str) -> bool:
    """Whether a line inside a block of links is the article going on: longer than a headline, or a
    sentence closed by a stop (a related headline has none)."""
    if not at_most(line, bp.BLOCK_LINE_MAX_WORDS):
        return True
    return line.rstrip(" \"”»’'")[-1:] in ".!" and not at_most(line, bp.BLOCK_SENTENCE_MIN_WORDS)


def _mark_bylines(doc: Document, all_lines: list[tuple[int, int]]) -> None:
    head = list(islice(_uncovered(all_lines, doc.layer("boilerplate")), 4))
    view = document_view(doc)
    headline_passed = False
    for n, (start, end) in enumerate(head):
        line = doc.text[start:end]
        folded = view.key(start, end)
        if at_most(line, 12) and (_full(_BYLINE, folded) or (n == 0 and _masthead(folded, doc.outlet))):
            doc.add("byline", Span(start, end, "line"))
            continue
        prefix = _dateline_prefix(line, folded)
        if prefix:
            doc.add("byline", Span(start, start + prefix, "dateline"))
        elif not headline_passed and _may_be_headline(line):
            headline_passed = True
            continue  # the byline of a plain-text article comes under its headline ("حوار: فلان"), which
            # may come under the outlet's masthead
        break


# What may follow the outlet's name on its masthead line: a section after a separator ("المدار نت –
# اقتصاد", "نبض السوق / طاقة").
_MASTHEAD_SECTION = re.compile(r"\s*([-–—|/:]\s*\S+(\s+\S+){0,2})?\s*")


def _masthead(folded: str, outlet: str | None) -> bool:
    """Whether a folded first line is the outlet's own name, alone or with a section: the masthead of
    a page saved as text, not its headline (the headline is the line after it)."""
    name = key(outlet).strip() if outlet else ""
    return len(name) >= 3 and folded.strip().startswith(name) \
        and _MASTHEAD_SECTION.fullmatch(folded.strip()[len(name):]) is not None


def _may_be_headline(line: str) -> bool:
    """Whether a first line can be a headline (``_mark_headline`` decides): short, and not ended by
    a stop or a colon."""
    return at_most(line, 30) and line.rstrip()[-1:] not in ".:"


def _dateline_prefix(line: str, folded: str) -> int:
    """Length of a dateline prefix at the start of ``line`` (0 when none); ``folded`` is its ``key``."""
    for pattern in _DATELINE:
        m = pattern.match(folded)
        if m:
            # The folded view may differ in length; find the same closing mark in the original.
            marker = folded[m.end() - 1] if m.end() else ""
            cut = _nth_index(line, marker, folded[: m.end()].count(marker)) if marker else -1
            if cut >= 0:
                cut += 1
                while cut < len(line) and line[cut] in " \u00a0":
                    cut += 1
                return cut
    return 0


def _nth_index(s: str, ch: str, n: int) -> int:
    i = -1
    for _ in range(n):
        i = s.find(ch, i + 1)
        if i < 0:
            return -1
    return i


def _mark_headline(doc: Document, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Take the first paragraph as headline (plain-text articles) or sub-headline when it looks like one."""
    if len(paras) < 2:
        return paras
    start, end = paras[0]
    if not _may_be_headline(doc.text[start:end]):
        return paras
    if any(b.start <= start < b.end for b in doc.layer("byline")):
        return paras
    doc.add("headline", Span(start, end, "subtitle" if doc.title else "title"))
    return paras[1:]


def annotate(doc: Document) -> None:
    all_lines = lines(doc.text)
    _mark_boilerplate(doc, all_lines)
    _mark_bylines(doc, all_lines)
    skip = [*doc.layer("boilerplate"), *(b for b in doc.layer("byline") if b.label == "line")]
    paras = paragraphs(doc.text, skip, all_lines)
    datelines = [b for b in doc.layer("byline") if b.label == "dateline"]
    if datelines:
        paras = [(max([s, *(d.end for d in datelines if s <= d.start < e)]), e) for s, e in paras]
    paras = _mark_headline(doc, paras)
    for n, (start, end) in enumerate(paras):
        doc.add("paragraphs", Span(start, end, "p", {"n": n}))
        for s, e in sentences(doc.text, start, end):
            doc.add("sentences", Span(s, e, "s", {"p": n}))
