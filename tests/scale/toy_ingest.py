"""A stand-in statement stage for the scale tests, and a ``qawl`` entry point that uses it.

The scale tests check streaming, resuming and Spark against the real pipeline *plus* this stage, so
that they see statements, speakers and cross-document entities whatever the extraction stages
currently find. It recognises exactly one sentence shape, ``قال <role> <given> <family> إن <claim>.``:
the speaker is the name, the statement is the claim.

Run as a script it is ``qawl`` itself with the stage added: ``python toy_ingest.py ingest …``.
"""
from __future__ import annotations

import re
import sys

from qawl.doc import Document, Span

SAYING = re.compile(r"قال (?P<role>الوزير|النائب|المتحدث) (?P<name>\S+ \S+) إن (?P<claim>[^.]+)\.")

GIVEN = ("سامر", "ليلى", "حسان", "نادية", "وليد", "رنا", "كمال")
FAMILY = ("الخطيب", "العطار", "المصري", "الحلبي", "البنا")
ROLES = ("الوزير", "النائب", "المتحدث")
CLAIMS = ("الحكومة ستفتتح مدرسة جديدة في بلدة الريحان", "أسعار الخبز لن ترتفع هذا العام",
          "المفاوضات مع النقابة بلغت مرحلتها الأخيرة", "الطريق الساحلي سيفتح أمام السيارات في الربيع")


def toy_statements(doc: Document) -> None:
    """Add one statement (with its speaker entity and mention) per matching sentence."""
    by_name: dict[str, str] = {}
    for m in SAYING.finditer(doc.text):
        name = m.group("name")
        local = by_name.setdefault(name, f"T{len(by_name) + 1}")
        doc.entities.setdefault(local, {"type": "person", "name": name, "roles": [m.group("role")]})
        mention = doc.add("mentions", Span(m.start("name"), m.end("name"), "person", {"entity": local}))
        doc.add("statements", Span(m.start("claim"), m.end("claim"), "indirect",
                                   {"cue": "قال", "speaker": local, "speaker_mention": mention}))


def article(i: int) -> dict[str, str]:
    """The i-th invented article: two sentences, speakers drawn from a small cast so that entities
    recur across documents."""
    def sentence(k: int) -> str:
        return (f"قال {ROLES[k % len(ROLES)]} {GIVEN[k % len(GIVEN)]} {FAMILY[k % len(FAMILY)]} "
                f"إن {CLAIMS[k % len(CLAIMS)]}.")
    text = f"{sentence(i)}\nوأضاف في مؤتمر صحفي عقد في المدينة أمس. {sentence(i * 3 + 1)}"
    return {"id": f"toy-{i:05d}", "title": f"خبر رقم {i}", "outlet": "صحيفة المثال",
            "date": f"2024-03-{i % 28 + 1:02d}", "text": text}


def install() -> None:
    """Add the toy stage after the real ones (inherited by forked workers)."""
    from qawl import pipeline

    if not pipeline.STAGES:
        pipeline.STAGES.extend(pipeline._stages())
    if toy_statements not in pipeline.STAGES:
        pipeline.STAGES.append(toy_statements)


def uninstall() -> None:
    from qawl import pipeline

    while toy_statements in pipeline.STAGES:
        pipeline.STAGES.remove(toy_statements)


if __name__ == "__main__":
    install()
    from qawl.cli import main

    sys.argv[0] = "qawl"
    main()
