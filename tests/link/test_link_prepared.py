"""The link step's per-document part (made in the ingest workers) gives the same links as the step
preparing documents itself, and what linking remembers across batches never outlives the store."""
import link_fixtures as fx
from link_support import cluster_of
from qawl.doc import Document, Span
from qawl.link import update_links
from qawl.link.prepare import prepare_document, prepare_stored
from qawl.pipeline import analyze
from qawl.store.db import connect
from qawl.store.write import save_batch


def links(conn):
    clusters = {}
    for sid, cluster in conn.execute("SELECT id, cluster_id FROM statements"):
        clusters.setdefault(cluster, set()).add(sid)
    groups = sorted(sorted(m) for m in clusters.values())
    pairs = sorted(tuple(r) for r in conn.execute("SELECT doc_a, doc_b, share_a, share_b, tokens, spans FROM reuse_pairs"))
    return groups, pairs


def run(conn, docs, *, prepared: bool, batch: int = 2):
    for i in range(0, len(docs), batch):
        part = docs[i : i + batch]
        written = save_batch(conn, [(d, None) for d in part])
        payloads = {d.id: prepare_document(d) for d in part} if prepared else None
        update_links(conn, written, prepared=payloads)


def test_payloads_from_the_workers_link_like_the_step_alone(tmp_path):
    with_payloads, alone = connect(tmp_path / "a.db"), connect(tmp_path / "b.db")
    run(with_payloads, [fx.interview(), *fx.rewrites()], prepared=True)
    run(alone, [fx.interview(), *fx.rewrites()], prepared=False)
    groups, pairs = links(with_payloads)
    assert (groups, pairs) == links(alone)
    assert any(len(g) > 1 for g in groups) and pairs  # something was linked at all


def test_a_payload_equals_the_one_made_from_the_store(store):
    doc = fx.interview()
    doc.title = "الجنرال: مهمتنا هي دعم شركائنا المحليين في قتال تنظيم داعش"
    doc.add("statements", Span(len("الجنرال: "), len(doc.title), "headline", {"field": "title"}))
    save_batch(store, [(doc, None)])
    assert prepare_stored(store, [doc.id])[doc.id] == prepare_document(doc)


def test_a_payload_with_a_day_in_words_equals_the_one_made_from_the_store(store):
    # the day of a date claim is a figure of the payload ("الحادي والعشرين" reads "21"), from the store too
    doc = analyze(Document(id="days", text="وقال رئيس الهيئة سامر العلي إن الإعفاء من رسوم التخزين يسري حتى"
                                            " الحادي والعشرين من الشهر الجاري على جميع الحاويات المتأخرة."))
    save_batch(store, [(doc, None)])
    made = prepare_document(doc)
    assert "21" in made.statements["days:0"].stems.split()
    assert prepare_stored(store, [doc.id])[doc.id] == made


def test_statements_dropped_after_the_payload_was_made_are_not_linked(store):
    docs = [fx.interview(), *fx.rewrites()]
    written = save_batch(store, [(d, None) for d in docs])
    payloads = {d.id: prepare_document(d) for d in docs}
    store.execute("DELETE FROM statements WHERE id = 'interview:0'")  # as the furniture step may
    update_links(store, written, prepared=payloads)
    assert store.execute("SELECT COUNT(*) FROM link_statements WHERE statement_id = 'interview:0'").fetchone()[0] == 0
    assert cluster_of(store, "interview:1")


def test_a_document_rewritten_since_it_was_remembered_is_read_again(ingest, store):
    # The verbatim report pairs with the interview; the interview is then re-ingested with other
    # answers, and a later copy of the old report must pair only with what the store holds now.
    interview, verbatim = fx.interview(), fx.rewrites()[0]
    ingest([interview, verbatim])
    assert store.execute("SELECT COUNT(*) FROM reuse_pairs WHERE doc_a = ?", (verbatim.id,)).fetchone()[0] == 1
    changed = fx.make_doc("interview", interview.outlet, interview.date, [
        "افتتح محافظ المدينة صباح اليوم الجسر الجديد فوق النهر بعد عامين من الأشغال المتواصلة بتكلفة بلغت ثلاثين مليونا."])
    ingest([changed])
    # A copy of the old interview: it meets the old version's stale bucket entries, which must not resolve.
    late = fx.make_doc("late", "وكالة الشمال", "2026-03-09", [interview.text])
    ingest([late])
    partners = {r[0] for r in store.execute("SELECT doc_b FROM reuse_pairs WHERE doc_a = 'late'")}
    assert partners == {verbatim.id}


def test_a_store_linked_by_another_connection_is_read_again(tmp_path):
    # Two connections to one store (the API and a CLI ingest, say): each sees the other's buckets.
    first, second = connect(tmp_path / "s.db"), connect(tmp_path / "s.db")
    docs = [fx.interview(), *fx.rewrites()]
    run(first, docs[:1], prepared=True, batch=1)
    run(second, docs[1:2], prepared=True, batch=1)
    run(first, docs[2:], prepared=True, batch=1)
    alone = connect(tmp_path / "alone.db")
    run(alone, docs, prepared=True, batch=1)
    assert links(first) == links(alone)
