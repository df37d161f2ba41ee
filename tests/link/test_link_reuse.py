"""Document reuse: aligned passages and shares between documents, without an outlet's boilerplate."""
import json

import link_fixtures as fx
from qawl.link.cards import iter_reuse
from qawl.text.normalize import key

HEADER = "كتب محرر الشؤون السياسية في صحيفة الميدان من العاصمة"
FOOTER = "اقرأ أيضا: تابعوا آخر الأخبار والتقارير الخاصة على موقعنا وصفحاتنا على مواقع التواصل"
BODIES = [
    "افتتح محافظ المدينة صباح اليوم الجسر الجديد فوق النهر بعد عامين من الأشغال المتواصلة بتكلفة بلغت ثلاثين مليونا.",
    "أعلنت وزارة الصحة تسجيل تراجع في عدد الإصابات بالحمى الموسمية خلال الأسبوع الماضي في ثلاث محافظات جنوبية.",
    "قررت لجنة الانتخابات تمديد فترة تسجيل الناخبين أسبوعا إضافيا بسبب الإقبال الكبير في المناطق الريفية البعيدة.",
    "وقعت الحكومة اتفاقا مع شركة أجنبية لبناء محطة لتحلية مياه البحر قرب الميناء الشمالي خلال ثلاث سنوات.",
]


def pair(conn, a, b):
    return next((r for r in iter_reuse(conn) if {r["doc_a"], r["doc_b"]} == {a, b}), None)


def test_rewrite_reuses_the_interview_with_aligned_spans(ingest, store):
    ingest([fx.interview(), *fx.rewrites()])
    row = pair(store, "verbatim", "interview")
    assert row is not None and row["doc_a"] == "verbatim"  # the later document first
    # The verbatim article is mostly the interview; the interview is mostly other answers.
    assert row["share_a"] > 0.7 and row["share_b"] < 0.5
    texts = {d: t for d, t in store.execute("SELECT id, text FROM documents")}
    answer = key("مهمتنا هي دعم شركائنا المحليين في قتال تنظيم داعش")
    aligned = [(key(texts["verbatim"][s["a"][0]:s["a"][1]]), key(texts["interview"][s["b"][0]:s["b"][1]]))
               for s in row["spans"]]
    assert any(answer in a and answer in b for a, b in aligned)
    gloss = key("قوات سوريا الديمقراطية")
    # The glossed answer A3 aligns across its gloss (a gap of three words inside one passage).
    assert any(gloss in a and key("شركاؤنا السوريون باعتقال") in b for a, b in aligned)


def test_unrelated_documents_share_nothing(ingest, store):
    docs = [fx.make_doc(f"n{i}", "صحيفة الميدان" if i % 2 else "قناة النهار", "2026-03-05", [body])
            for i, body in enumerate(BODIES)]
    ingest([fx.interview(), *docs])
    assert list(iter_reuse(store)) == []


def test_an_outlets_own_header_and_footer_are_not_reuse(ingest, store):
    docs = [fx.make_doc(f"b{i}", "صحيفة الميدان", "2026-03-05", [HEADER, body, FOOTER]) for i, body in enumerate(BODIES)]
    ingest(docs)
    assert list(iter_reuse(store)) == []


def test_another_outlet_copying_an_article_with_its_boilerplate_is_reuse(ingest, store):
    orig = fx.make_doc("orig", "صحيفة الميدان", "2026-03-05", [HEADER, BODIES[0] + " " + BODIES[1], FOOTER])
    copy = fx.make_doc("copy", "قناة النهار", "2026-03-06", ["نقلا عن صحيفة الميدان", BODIES[0] + " " + BODIES[1]])
    ingest([orig, copy])
    row = pair(store, "copy", "orig")
    assert row is not None and row["share_a"] > 0.8


def test_a_boilerplate_only_document_is_harmless(ingest, store):
    docs = [fx.make_doc(f"b{i}", "صحيفة الميدان", "2026-03-05", [HEADER, body, FOOTER]) for i, body in enumerate(BODIES)]
    empty = fx.make_doc("empty", "صحيفة الميدان", "2026-03-06", [HEADER, FOOTER])
    ingest([*docs, empty])
    assert pair(store, "empty", "b0") is None
    assert store.execute("SELECT COUNT(*) FROM reuse_docs WHERE doc_id = 'empty'").fetchone()[0] == 1


def test_spans_are_json_offsets_in_the_store(ingest, store):
    ingest([fx.interview(), *fx.rewrites()])
    for (spans,) in store.execute("SELECT spans FROM reuse_pairs"):
        for a0, a1, b0, b1 in json.loads(spans):
            assert 0 <= a0 < a1 and 0 <= b0 < b1


def test_boilerplate_lines_held_in_memory_are_those_of_the_store(ingest, store):
    from qawl.link.lsh import _index
    from qawl.link.reuse import _stored_boilerplate

    docs = [fx.make_doc(f"b{i}", "صحيفة الميدان", "2026-03-05", [HEADER, body, FOOTER]) for i, body in enumerate(BODIES)]
    ingest(docs)
    held = _index(store, "reuse_bands").attached["boilerplate"]
    assert held == _stored_boilerplate(store) and held  # the header and footer, counted batch by batch
