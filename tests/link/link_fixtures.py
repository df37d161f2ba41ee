"""Invented Arabic news fixtures for linking: one press interview of a (generic) commander and the
articles other outlets made of it — verbatim, glossed, word-swapped, turned into reported speech,
split into two quotes, merged into one paragraph — plus statements that must stay apart."""
from __future__ import annotations

from qawl.doc import Document, Span

# The interview answers (first person).
A1 = ("مهمتنا هي دعم شركائنا المحليين في قتال تنظيم داعش، وتدريب وحداتهم على تأمين المناطق المحررة "
      "ومنع عودة الخلايا النائمة إليها.")
A2 = ("لا نسعى إلى إقامة قواعد دائمة في هذا البلد، وسنغادر عندما يصبح شركاؤنا قادرين على حماية مدنهم "
      "بأنفسهم.")
A3 = ("قبل أسبوعين قام شركاؤنا السوريون باعتقال أكثر من أربعين من مقاتلي داعش في ريف المدينة الشرقي، "
      "بينهم قياديان كانا يخططان لهجمات على السجون.")
A4_PART1 = "نحن قلقون من وضع المخيمات في الشمال، فهي تضم آلاف النساء والأطفال الذين يعيشون في ظروف صعبة."
A4_PART2 = ("ونعتقد أن إعادة هؤلاء إلى بلدانهم هي الطريقة الوحيدة لمنع تحول المخيمات إلى حاضنة جديدة "
            "للتطرف.")
A4 = A4_PART1 + " " + A4_PART2
# Same speaker, same topic (the camps), a different statement.
A5 = ("نواصل الضغط على الحكومات المعنية كي تتسلم مواطنيها المحتجزين، وقد استجابت ثلاث حكومات حتى الآن "
      "لطلباتنا المتكررة.")
# Same speaker, different statements that share only a stock phrase.
S1 = "ستواصل قواتنا تدريب الشرطة المحلية في المدن الكبرى حتى الهزيمة الدائمة لداعش"
S2 = "إن تمويل برامج إعادة إعمار القرى المدمرة سيستمر حتى الهزيمة الدائمة لداعش"

# Reports in other outlets.
A3_GLOSSED = ("قبل أسبوعين قام شركاؤنا السوريون (قوات سوريا الديمقراطية) باعتقال أكثر من أربعين من مقاتلي "
              "داعش في ريف المدينة الشرقي، بينهم قياديان كانا يخططان لهجمات على السجون")
A3_SWAPPED = ("قبل أسبوعين قام شركاؤنا السوريون باعتقال أكثر من أربعين من عناصر داعش في ريف المدينة الشرقي، "
              "بينهم قياديان كانا يخططان لهجمات على السجون")
A1_REPORTED = ("بان مهمتهم هي دعم شركائهم المحليين في قتال تنظيم داعش وتدريب وحداتهم على تأمين المناطق "
               "المحررة ومنع عودة الخلايا النائمة اليها")
A2_REPORTED = ("انهم لا يسعون إلى إقامة قواعد دائمة في هذا البلد، وانهم سيغادرون عندما يصبح شركاؤهم قادرين على "
               "حماية مدنهم بانفسهم")
MERGED = A1 + " " + A2


def make_doc(doc_id: str, outlet: str, date: str, parts: list[str | tuple[str, str]]) -> Document:
    """A document whose text is ``parts`` joined by newlines; ``(text, kind)`` parts are statements."""
    text, spans = "", []
    for part in parts:
        if text:
            text += "\n"
        body, kind = (part, None) if isinstance(part, str) else part
        if kind:
            spans.append(Span(len(text), len(text) + len(body), kind, {"cue": "قال", "speaker": "E1"}))
        text += body
    doc = Document(id=doc_id, text=text, title=None, outlet=outlet, date=date)
    doc.entities["E1"] = {"type": "person", "name": "قائد القوات", "roles": ["قائد"]}
    for s in spans:
        doc.add("statements", s)
    return doc


def interview() -> Document:
    return make_doc("interview", "صحيفة الميدان", "2026-03-01", [
        "حوار خاص مع قائد قوات التحالف في المنطقة",
        "ما هي مهمة قواتكم؟", (A1, "interview"),
        "هل تعتزمون البقاء؟", (A2, "interview"),
        "ماذا عن الاعتقالات الأخيرة؟", (A3, "interview"),
        "وماذا عن المخيمات؟", (A4, "interview"),
        "وما الذي تفعلونه حيال ذلك؟", (A5, "interview"),
        "وما هي خططكم للمستقبل؟", (S1, "interview"),
        "وماذا عن إعادة الإعمار؟", (S2, "interview"),
    ])


def rewrites() -> list[Document]:
    return [
        make_doc("verbatim", "موقع الشرق اليوم", "2026-03-02", [
            "قال قائد قوات التحالف في حوار مع صحيفة الميدان:", ("«" + A1 + "»", "direct"),
            "وأضاف:", ("«" + A3_GLOSSED + "»", "direct"),
        ]),
        make_doc("swapped", "قناة النهار", "2026-03-02", [
            "كشف قائد قوات التحالف أن", (A3_SWAPPED, "indirect"),
            "وقال القائد:", ("«" + A4_PART1 + "»", "direct"),
            "وتابع:", ("«" + A4_PART2 + "»", "direct"),
        ]),
        make_doc("reported", "وكالة الخبر", "2026-03-02", [
            "واكد قائد قوات التحالف", (A1_REPORTED, "indirect"),
            "واوضح", (A2_REPORTED, "indirect"),
        ]),
        make_doc("merged", "صحيفة الوطن الجديد", "2026-03-03", [
            "وقال قائد القوات في مقابلة صحفية:", ("«" + MERGED + "»", "direct"),
        ]),
    ]
