"""Interviews and headlines: who owns the answers, and "المتحدث باسم …: …" headline statements.

Two interview forms are recognised. Numbered questions ("1- …؟") followed by unlabelled answer
paragraphs belong to the interviewee named in the opening ("مقابلة حصرية مع … العقيد مايلز
كاغينز"). Labelled turns ("رووداو: …؟" then "مايلز كاغينز: …") belong to their label; the label
that asks the questions is the interviewer. Layer ``interview`` marks questions and answers.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from qawl import lexicon as lx
from qawl.components.mentions import Found, addressed_people, find_mentions, name_run, title_length
from qawl.doc import Document, Span
from qawl.rules import structure as rules
from qawl.text.normalize import document_view, key
from qawl.text.tokens import bare_forms, tokenize

if TYPE_CHECKING:
    from qawl.components.statements import Candidate, StatementFinder

_NUMBERED = re.compile(rules.NUMBERED_QUESTION)
_QUESTION_NUMBER = re.compile(rules.QUESTION_NUMBER)
_LABEL_COLON = 60   # a turn label ends with a colon within this many characters
_QUESTION_MARKS = "؟?"
_LABEL_QUOTES = " «»\"“”„'"


def _para_text(doc: Document, p: Span) -> str:
    return doc.text[p.start : p.end]


def _asks(doc: Document, p: Span) -> bool:
    """Whether the paragraph has one of ``_QUESTION_MARKS`` (searched in place: no copy of it)."""
    return any(doc.text.find(m, p.start, p.end) >= 0 for m in _QUESTION_MARKS)


def _candidate(start: int, end: int, speaker: str | None, mention: Span | None) -> "Candidate":
    from qawl.components.statements import Candidate

    return Candidate(start, end, "interview", None, speaker, mention, priority=5, explicit=speaker is not None)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n\u00a0:–-":
        start += 1
    while end > start and text[end - 1] in " \t\n\u00a0":
        end -= 1
    return start, end


def interviewee_from_intro(doc: Document, finder: "StatementFinder", before: int) -> str | None:
    """The person the opening paragraphs say was interviewed, else the most mentioned person. The
    byline ("حوار: فلان") names the interviewer: its words and names are passed over."""
    bylines = doc.layer("byline")
    persons = [m for m in finder.mentions if m.label in ("person", "role") and doc.entities[m.attrs["entity"]]["type"] == "person"
               and not any(b.start <= m.start < b.end for b in bylines)]
    intro = [m for m in persons if m.start < before]
    named = _named_after_interview_word(finder, intro, before, bylines)
    if named is not None:
        return named
    if intro:
        return Counter(m.attrs["entity"] for m in intro).most_common(1)[0][0]
    if persons:
        return Counter(m.attrs["entity"] for m in persons).most_common(1)[0][0]
    return None


def _named_after_interview_word(finder: "StatementFinder", intro: list[Span], before: int,
                                bylines: list[Span]) -> str | None:
    """The person first named within ``rules.INTERVIEWEE_REACH`` words after an interview word or a
    meeting verb of the opening (not in a byline): "«المحروسة» التقت اللواء فلان" (an article's
    "ويأتي الحوار بعد تصريحات لمحافظ …" further on names someone else)."""
    toks = finder.toks
    for k in range(finder.tok_range(0, before)[1]):
        rests = next((lx.INTERVIEWEE_OPENERS[b] for b in bare_forms(toks.forms[k]) if b in lx.INTERVIEWEE_OPENERS), None)
        if rests is None:
            continue
        n = next((len(r) for r in rests if tuple(toks.forms[k + 1 : k + 1 + len(r)]) == r), None)
        start = toks.orig(k, k + 1)[0]
        if n is None or any(b.start <= start < b.end for b in bylines):
            continue
        lo = toks.orig(k, k + 1 + n)[1]
        hi = toks.orig(k, min(toks.n, k + 1 + n + rules.INTERVIEWEE_REACH))[1]
        near = [m for m in intro if lo <= m.start < hi]
        if near:
            return near[0].attrs["entity"]
    return None


def _questions_and_answers(doc: Document, finder: "StatementFinder", paras: list[Span], is_q: list[bool]) -> list["Candidate"]:
    first_q = is_q.index(True)
    speaker = interviewee_from_intro(doc, finder, paras[first_q].start)
    doc.cache["interviewee"] = speaker
    out = []
    answer: list[Span] = []

    def flush() -> None:
        if answer:
            s, e = _trimmed(doc.text, answer[0].start, answer[-1].end)
            doc.add("interview", Span(s, e, "answer", {"speaker": speaker}))
            out.append(_candidate(s, e, speaker, None))
            answer.clear()

    for p, q in zip(paras[first_q:], is_q[first_q:]):
        if q:
            flush()
            text = _para_text(doc, p)
            last_mark = max(text.rfind(m) for m in _QUESTION_MARKS)
            rest = text[last_mark + 1 :] if last_mark >= 0 else ""  # (a question known by its number only)
            if len(rest.split()) >= 5:  # the answer runs on in the question's paragraph
                doc.add("interview", Span(p.start, p.start + last_mark + 1, "question"))
                answer.append(Span(p.start + last_mark + 1, p.end))
            else:
                doc.add("interview", Span(p.start, p.end, "question"))
        else:
            answer.append(p)
    flush()
    return out


# A transcript's aside on how a turn was said, in brackets between the label and its colon: "(مبتسماً)",
# "(ضاحكا)", "[مقاطعاً]".
_STAGE_DIRECTION = re.compile(r"\s*[(\[][^()\[\]:]{1,25}[)\]]\s*$")


# The number after a question or answer marker ("س1", "س 2").
_LABEL_NUMBER = re.compile(r"\s*\d{1,2}$")


def _label(doc: Document, p: Span) -> tuple[str, int] | None:
    """(folded label, offset of its colon) when the paragraph opens with a short "label:"."""
    colon = doc.text.find(":", p.start, min(p.end, p.start + _LABEL_COLON)) - p.start
    if colon <= 0:
        return None
    text = doc.text[p.start : p.start + colon]  # the label: what comes before the colon
    text = _STAGE_DIRECTION.sub("", text)  # "الوزير فهد العنزي (مبتسماً):" is the minister's turn
    stripped = text.strip(_LABEL_QUOTES)  # "«شبوة اليوم»: …؟": an outlet asking under its quoted name
    quoted = stripped != text.strip()
    text = stripped
    words = text.split()
    if not words or len(words) > rules.MAX_LABEL_WORDS or not all(w[0].isalpha() for w in words):
        return None
    folded = key(text)
    numbered = _LABEL_NUMBER.sub("", folded)
    if numbered in lx.QUESTION_LABELS or numbered in lx.ANSWER_LABELS:
        return numbered, p.start + colon  # "س1:", "سؤال:", "ج3:": the questions' and the answers' label
    if folded in lx.NON_SPEAKER_LABELS:
        return None
    toks = folded.split()
    if not quoted and any(t in lx.VERB_FORMS or t in lx.PARTICIPLE_FORMS or t in lx.FUNCTION_WORDS for t in toks):
        return None  # (a quoted label is a name, whatever its words: "«شبوة اليوم»")
    return folded, p.start + colon


def labelled(doc: Document, finder: "StatementFinder") -> list["Candidate"]:
    paras = doc.layer("paragraphs")
    labels = [_label(doc, p) for p in paras]
    if not any(labels):
        return []  # (no turns: nobody asks)
    turns = Counter(lab[0] for lab in labels if lab)
    asks = Counter(lab[0] for lab, p in zip(labels, paras) if lab and _asks(doc, p))
    askers = {lab for lab, n in turns.items() if lab in lx.QUESTION_LABELS or (n >= 2 and asks[lab] >= n / 2)}
    answerers = {lab for lab, n in turns.items() if lab not in askers and (n >= 2 or lab in lx.ANSWER_LABELS) and asks[lab] < n / 2}
    if not askers or not answerers or sum(turns[a] for a in askers) < 2:
        return []
    # a guest who speaks once, labelled by a name the article gave ("البلوشي: …" after "سالم بن حمد
    # البلوشي"): his turn, not more of the answer before it
    answerers |= {lab[0] for lab, p in zip(labels, paras)
                  if lab and turns[lab[0]] == 1 and lab[0] not in askers and not _asks(doc, p)
                  and _names_a_person(finder, p.start, lab)}
    first = next(i for i, lab in enumerate(labels) if lab and lab[0] in askers | answerers)
    interviewee = interviewee_from_intro(doc, finder, paras[first].start)
    doc.cache["interviewee"] = interviewee
    out: list[Candidate] = []
    current: tuple[str | None, Span | None] | None = None
    answer: list[tuple[int, int]] = []

    def flush() -> None:
        if answer and current:
            s, e = _trimmed(doc.text, answer[0][0], answer[-1][1])
            if s < e:
                doc.add("interview", Span(s, e, "answer", {"speaker": current[0]}))
                out.append(_candidate(s, e, current[0], current[1]))
        answer.clear()

    for p, lab in zip(paras[first:], labels[first:]):
        if lab and lab[0] in askers:
            flush()
            current = None
            doc.add("interview", Span(p.start, p.end, "question"))
        elif lab and lab[0] in answerers:
            flush()
            current = label_speaker(doc, finder, p.start, lab[1]) if lab[0] not in lx.ANSWER_LABELS else (interviewee, None)
            if interviewee and len(answerers) == 1 and _office_label(finder, p.start, lab[1]):
                # "الأمين العام: …", the one guest labelled by his office: the person the opening
                # introduced ("حاورت الإذاعة أمينه العام نور الدين بلحاج")
                current = (interviewee, current[1])
            answer.append((lab[1] + 1, p.end))
        elif current is not None and _reported_by_another(finder, p, current[0]):
            flush()  # "على هامش الحوار، أفاد رئيس الجامعة …، فلان، بأن …": the report goes on, not the answer
            current = None
        elif current is not None:
            answer.append((p.start, p.end))
    flush()
    return out


def _office_label(finder: "StatementFinder", start: int, colon: int) -> bool:
    """Whether the label from ``start`` to its colon is an office and no more: a title or a role
    head ("الوزير", "الأمين العام"), no name."""
    i, j = finder.tok_range(start, colon)
    toks = finder.toks
    return j > i and (title_length(toks, i) == j - i or lx.ROLE_HEADS.match(toks, i, clitics=False) == j - i)


def _reported_by_another(finder: "StatementFinder", p: Span, speaker: str | None) -> bool:
    """Whether the unlabelled paragraph ``p`` opens with a reporting verb whose subject, named right
    after it, is someone other than ``speaker`` (within ``rules.REPORT_VERB_REACH`` words)."""
    toks = finder.toks
    i, j = finder.tok_range(p.start, p.end)
    for k in range(i, min(j, i + rules.REPORT_VERB_REACH)):
        if lx.is_verb_cue(toks.forms[k]) and k + 1 < j:
            m = finder.mention_near(toks.orig(k + 1, k + 2)[0])
            if m is not None and m.attrs.get("entity") != speaker:
                return True
    return False


def _names_a_person(finder: "StatementFinder", start: int, label: tuple[str, int]) -> bool:
    """Whether the label opening at ``start`` is a person the article names: a person mention in it,
    or the surname of one."""
    folded, colon = label
    if any(start <= m.start < colon and m.label == "person" for m in finder.mentions):
        return True
    return " " not in folded and finder.builder.known_name(folded) is not None


def label_speaker(doc: Document, finder: "StatementFinder", start: int, colon: int) -> tuple[str | None, Span | None]:
    for m in finder.mentions:
        if start <= m.start < colon and m.label in ("person", "role", "org"):
            return m.attrs["entity"], m
    i, j = finder.tok_range(start, colon)
    if j > i and title_length(finder.toks, i) == j - i:
        # "المحافظ: …": the role the opening named its holder by ("محافظ البنك المركزي الدكتور فلان")
        span = finder.title_as_role(i, j - i)
        return span.attrs["entity"], span
    if j > i:
        span = finder.builder.add(Found("person", i, j, " ".join(finder.toks.forms[i:j])))
        finder.mentions.append(span)
        return span.attrs["entity"], span
    return None, None


def unnumbered(doc: Document, finder: "StatementFinder") -> list["Candidate"]:
    """Questions as short paragraphs ending in "؟" with unlabelled answers between them, in an
    article whose opening says it is an interview."""
    paras = doc.layer("paragraphs")
    view = document_view(doc)
    # (the byline too: "حوار: فلان" over the text says it is an interview)
    opening = " ".join(filter(None, [key(doc.title or ""), *(view.key(p.start, p.end) for p in doc.layer("byline")),
                                     *(view.key(p.start, p.end) for p in paras[:2])]))
    if not any(w in opening for w in lx.INTERVIEW_WORDS):
        return []
    is_q = [_para_text(doc, p).rstrip(" \u00a0\"”»")[-1:] in _QUESTION_MARKS and len(_para_text(doc, p).split()) <= 60
            for p in paras]
    if sum(is_q) < 3 or not any(not q for q in is_q[is_q.index(True):]):
        return []
    return _questions_and_answers(doc, finder, paras, is_q)


def numbered(doc: Document, finder: "StatementFinder") -> list["Candidate"]:
    paras = doc.layer("paragraphs")
    is_q = [_asks(doc, p) and bool(_NUMBERED.match(key(doc.text[p.start : p.start + 12]))) for p in paras]
    if sum(is_q) < 2:
        return []
    _next_numbers_ask(doc, paras, is_q)
    return _questions_and_answers(doc, finder, paras, is_q)


def _next_numbers_ask(doc: Document, paras: list[Span], is_q: list[bool]) -> None:
    """Mark as questions the numbered paragraphs without a question mark whose number follows the
    last question's (``rules.QUESTION_NUMBER``)."""
    last = None  # the number of the last question met
    for i, p in enumerate(paras):
        m = _QUESTION_NUMBER.match(key(doc.text[p.start : p.start + 12]))
        if m is None:
            continue
        n = int(m.group(1))
        if not is_q[i] and last is not None and n == last + 1:
            is_q[i] = True
        if is_q[i]:
            last = n


def annotate(doc: Document, finder: "StatementFinder") -> list["Candidate"]:
    # Each form needs what most articles lack, tested once on the whole text: numbered questions
    # two question marks, unnumbered ones three (one per question paragraph), turns a colon.
    marks = sum(doc.text.count(m) for m in _QUESTION_MARKS)
    return ((marks >= 2 and numbered(doc, finder)) or (":" in doc.text and labelled(doc, finder))
            or (marks >= 3 and unnumbered(doc, finder)) or [])


def headline(doc: Document, finder: "StatementFinder") -> None:
    """"SPEAKER: statement" in the title (or the first line of a plain-text article)."""
    if doc.title:
        _headline_in(doc, finder, doc.title, 0, "title")
    for h in doc.layer("headline"):
        _headline_in(doc, finder, doc.text[h.start : h.end], h.start, "text")


# Separators inside a headline before its "speaker:" part ("… .. ورئيس الحزب: «…»").
_HEADLINE_PARTS = re.compile(r"\.\.+|[،|–—-]")


def _headline_in(doc: Document, finder: "StatementFinder", text: str, base: int, field: str) -> None:
    colon = text.find(":")
    if colon <= 0:
        return
    parts = list(_HEADLINE_PARTS.finditer(text, 0, colon))
    label_start = parts[-1].end() if parts else 0
    if len(text[label_start:colon].split()) > 6:
        return
    s, e = colon + 1, len(text)
    while s < e and text[s] in " \u00a0\"«“”":
        s += 1
    while e > s and text[e - 1] in " \u00a0\"»”.":
        e -= 1
    if len(text[s:e].split()) < 2:
        return
    speaker, mention = _headline_speaker(doc, finder, text, label_start, colon, base, field)
    if speaker is None:
        return
    from qawl.components.statements import Candidate

    finder.candidates.append(Candidate(base + s, base + e, "headline", None, speaker, mention, priority=4, explicit=True, field=field))


def _known_surname(finder, form: str) -> list[Found]:
    """A one-word headline label that is the surname of a person the article names ("الرواحي: …"
    where it names سليمان الرواحي), also after the و that joins it to a clause before it
    ("… سيكيرا.. وبنعيسى: …")."""
    if finder.builder.known_name(form) is not None:
        return [Found("person", 0, 1, form)]
    if form.startswith("و") and finder.builder.known_name(form[1:]) is not None:
        return [Found("person", 0, 1, form[1:], clitic=1)]
    return []


def _headline_speaker(doc, finder, text: str, label_start: int, colon: int, base: int, field: str) -> tuple[str | None, Span | None]:
    head, _, last = text[label_start:colon].rstrip().rpartition(" ")
    if head.strip() and addressed_people(key(last)):
        colon = label_start + len(head)  # "رئيس الشعلة للاعبين: …": the speaker is before whom he addressed
    label = key(text[label_start:colon]).strip(" «»\"'")
    if label in lx.NON_SPEAKER_LABELS or label.split()[:1] and (label.split()[0] in lx.NON_SPEAKER_LABELS or label.split()[0] in lx.DOCUMENT_SPEAKERS):
        return None, None  # "عاجل: …", "بالفيديو: …", "تقرير رسمي: …"
    toks = tokenize(text[label_start:colon])
    mentioned = find_mentions(toks)
    found = [f for f in mentioned if f.kind in ("person", "role", "org")]
    if not found and any(f.kind == "place" for f in mentioned):
        return None, None
    if not found and toks.n == 1:
        found = _known_surname(finder, toks.forms[0])
    if not found:
        k = name_run(toks, 0, limit=3)
        if k == 0 or k != toks.n or lx.PLACES.match(toks, 0) or toks.forms[0].startswith("ال"):
            return None, None  # "فرنسا: …" is a dateline, not a speaker
        found = [Found("person", 0, k, " ".join(toks.forms[:k]))]
    f = found[0]
    s, e = toks.orig(f.i, f.j)
    s, e = s + label_start + f.clitic, e + label_start
    if field == "text" and f.kind != "org":  # the scan may have found that name or role already: one
        # mention ("الوزير: …"). Not an organization: "الحزب" in a headline is the party named further
        # down, which the scan, reading the headline first, could not know yet.
        for m in doc.layer("mentions"):
            if (m.start, m.end, m.label) == (base + s, base + e, f.kind) and "entity" in m.attrs:
                return m.attrs["entity"], m
    if f.kind == "role":
        eid = finder.builder.role_entity(f, text[s:e])
    elif f.kind == "person":
        eid = finder.builder.person(f.name, text[s:e])
    else:
        eid = finder.builder.named("org", f.name, text[s:e])
    attrs = {"entity": eid}
    if field != "text":
        attrs["field"] = field
    span = Span(base + s, base + e, f.kind, attrs)
    if field == "text":
        doc.add("mentions", span)
    else:
        doc.layer("mentions").append(span)
    return eid, span
