"""A small store for the API and browser tests, built from invented Arabic news Documents with
hand-placed statement and mention spans (no extraction involved).

One foreign-named minister is spelled three ways across three outlets (كيغينز، كیغینز with Persian
letters, كاغينز) and two outlets carry one statement (a cluster). One article carries markup that
must show as text.
"""
from __future__ import annotations

from pathlib import Path

from qawl.doc import Document, Span
from qawl.entities import resolve_documents
from qawl.search import index_documents
from qawl.store.db import connect
from qawl.store.write import save_batch

QUOTE_A = "الحكومة لن ترفع أسعار الوقود قبل نهاية العام"
QUOTE_B = "الحكومة لن ترفع أسعار الوقود حتى نهاية العام الحالي"
QUOTE_C = "سنُطلق خطةً جديدةً للطاقة الشمسية في الربيع"
REPORTED_A = "الشركة الوطنية للنفط ستزيد إنتاجها بنسبة 10 في المئة"
SCRIPT_QUOTE = "<script>alert('x')</script> ليس مقبولا في بياناتنا"
PLAIN_TEXT = "ورحب رئيس البلدية بالاستثمار في الموانئ الجديدة، وقال إن الميناء سيفتح أبوابه قريبا."


def _at(text: str, sub: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Span(start, start + len(sub))


def _mention(doc: Document, sub: str, local: str, kind: str = "person") -> Span:
    s = _at(doc.text, sub)
    return doc.add("mentions", Span(s.start, s.end, kind, {"entity": local}))


def _statement(doc: Document, sub: str, kind: str, speaker: str | None, mention: Span | None, cue: str) -> None:
    s = _at(doc.text, sub)
    doc.add("statements", Span(s.start, s.end, kind, {"cue": cue, "speaker": speaker, "speaker_mention": mention}))


def documents() -> list[Document]:
    a = Document("sharq-1", f'قال وزير الطاقة جون كيغينز يوم الأحد إن "{QUOTE_A}". وأضاف أن {REPORTED_A}.',
                 title="كيغينز: لا زيادة في أسعار الوقود", outlet="وكالة الشرق", date="2026-03-01",
                 url="https://sharq.example/news/1")
    a.entities = {"E1": {"type": "person", "name": "جون كيغينز", "roles": ["وزير الطاقة"]},
                  "E2": {"type": "org", "name": "الشركة الوطنية للنفط", "roles": []}}
    m = _mention(a, "جون كيغينز", "E1")
    _mention(a, "الشركة الوطنية للنفط", "E2", "org")
    _statement(a, QUOTE_A, "direct", "E1", m, "قال")
    _statement(a, REPORTED_A, "indirect", "E1", m, "أضاف")

    b = Document("ghad-7", f'صرّح الوزير جون كیغینز بأن "{QUOTE_B}"، مؤكدا أن المخزون كاف.',
                 title="الوزير يطمئن المواطنين", outlet="صحيفة الغد", date="2026-03-01",
                 url="https://ghad.example/a/7")
    b.entities = {"E1": {"type": "person", "name": "جون كیغینز", "roles": ["الوزير"]}}
    m = _mention(b, "جون كیغینز", "E1")
    _statement(b, QUOTE_B, "direct", "E1", m, "صرّح")

    c = Document("nahr-3", f'وقال كاغينز في مقابلة مع الإذاعة: "{QUOTE_C}".',
                 title="مقابلة مع وزير الطاقة", outlet="إذاعة النهر", date="2026-03-03")
    c.entities = {"E1": {"type": "person", "name": "كاغينز", "roles": []}}
    m = _mention(c, "كاغينز", "E1")
    _statement(c, QUOTE_C, "interview", "E1", m, "قال")

    x = Document("ghad-9", f'قالت المتحدثة سلمى الراشد إن "{SCRIPT_QUOTE}".',
                 title="<b>بيان</b> المتحدثة", outlet="صحيفة الغد", date="2026-03-02",
                 url="javascript:alert('url')")
    x.entities = {"E1": {"type": "person", "name": "سلمى الراشد", "roles": ["المتحدثة"]}}
    m = _mention(x, "سلمى الراشد", "E1")
    _statement(x, SCRIPT_QUOTE, "direct", "E1", m, "قالت")

    p = Document("sharq-2", PLAIN_TEXT, title="افتتاح الميناء", outlet="وكالة الشرق", date="2026-02-27")
    return [a, b, c, x, p]


def build_store(path: str | Path) -> None:
    """Write the fixture documents, resolve entities, mark one cluster, index for search."""
    conn = connect(path)
    try:
        docs = documents()
        ids = save_batch(conn, [(d, "fixture") for d in docs])
        resolve_documents(conn, ids)
        with conn:  # the linking module's job; set by hand so the tests do not depend on it
            conn.execute("UPDATE statements SET cluster_id = 'c-fuel' WHERE id IN ('sharq-1:0', 'ghad-7:0')")
        index_documents(conn, ids)
    finally:
        conn.close()


def entity_id(path: str | Path, name: str) -> int:
    conn = connect(path)
    try:
        return conn.execute("SELECT entity_id FROM doc_entities WHERE name = ?", (name,)).fetchone()[0]
    finally:
        conn.close()
