"""How reuse keeps stored documents (``reuse_texts``): short lines and layer spans packed without
JSON, and the words and anchors the writer kept; stores written in the earlier form (JSON lines,
anchors of the words outside the layer only) still link the same."""
import json

import link_fixtures as fx
import numpy as np
from qawl.link import update_links
from qawl.link.lsh import drop_caches
from qawl.link.prepare import pack_lines, prepare_document, unpack_lines
from qawl.store.db import connect
from qawl.store.write import save_batch
from test_link_prepared import links

FOOTER = "تابعونا على صفحتنا لمزيد من الأخبار العاجلة"


def test_short_lines_pack_and_unpack():
    lines = [(0, 12, "حوار خاص"), (40, 71, "اقرأ أيضا اخر اخبار المنطقة")]
    assert unpack_lines(pack_lines(lines)) == lines
    assert unpack_lines(pack_lines([])) == []
    # the JSON text of stores made before the packed form
    assert unpack_lines(json.dumps([list(x) for x in lines], ensure_ascii=False)) == lines


def corpus():
    """The rewrites, each twice more in one outlet with its footer: the footer becomes that outlet's
    boilerplate only after the documents that first carried it were stored."""
    docs = [fx.interview(), *fx.rewrites()]
    for n in range(2):
        for d in fx.rewrites():
            docs.append(fx.make_doc(f"{d.id}-copy{n}", "وكالة الجنوب", f"2026-03-0{5 + n}",
                                    [FOOTER, (d.text.replace("\n", " "), "direct"), FOOTER]))
    return docs


def to_old_form(conn):
    """Rewrite ``reuse_texts`` as stores made before 2026-11 held it."""
    docs = {d.id: d for d in corpus()}
    rows = []
    for doc_id, lines, layer in conn.execute("SELECT doc_id, lines, layer FROM reuse_texts").fetchall():
        p = prepare_document(docs[doc_id])
        rows.append((json.dumps([list(x) for x in unpack_lines(lines)], ensure_ascii=False),
                     json.dumps([list(x) for x in p.layer]), p.kept, p.anchors, doc_id))
    conn.executemany("UPDATE reuse_texts SET lines = ?, layer = ?, kept = ?, anchors = ? WHERE doc_id = ?", rows)
    conn.commit()
    drop_caches(conn)  # a later process: nothing remembered


def link(conn, docs):
    for i in range(0, len(docs), 3):
        part = docs[i : i + 3]
        written = save_batch(conn, [(d, None) for d in part])
        update_links(conn, written, prepared={d.id: prepare_document(d) for d in part})


def test_a_store_in_the_earlier_form_still_links_the_same(tmp_path):
    docs = corpus()
    half = len(docs) - 3  # five footer documents stored first, the footer boilerplate from the third
    new, old = connect(tmp_path / "new.db"), connect(tmp_path / "old.db")
    link(new, docs)
    link(old, docs[:half])
    kept_before = dict(old.execute("SELECT doc_id, kept FROM reuse_texts").fetchall())
    to_old_form(old)
    assert old.execute("SELECT COUNT(*) FROM reuse_texts WHERE typeof(lines) = 'text'").fetchone()[0] == half
    # footer lines left out by the writer: the earlier form kept more words of those documents
    kept_old = dict(old.execute("SELECT doc_id, kept FROM reuse_texts").fetchall())
    assert any(kept_old[d] > kept_before[d] for d in kept_before)
    link(old, docs[half:])
    groups, pairs = links(new)
    assert links(old) == (groups, pairs)
    assert any(a.endswith("copy1") for a, *_ in pairs)  # the later copies were compared and paired


def test_stored_anchors_are_those_of_the_words_the_writer_kept(tmp_path):
    conn = connect(tmp_path / "s.db")
    link(conn, corpus())
    for kept, anchors, stems in conn.execute("SELECT kept, anchors, stems FROM reuse_texts"):
        assert len(np.frombuffer(anchors, dtype=np.uint64)) <= max(kept - 2, 0)  # 3-grams of kept words
        assert kept <= len(stems.split(" "))


def test_a_made_document_reads_its_kept_words_as_analysed_alone():
    # Stock phrase and footer: the footer's words are left out, the stock phrase is not evidence.
    from qawl.link.reuse import _make
    from qawl.link.shingles import analyse
    body = "وأكد المتحدث أن العمليات مستمرة حتى الهزيمة الدائمة لداعش في المنطقة"
    doc = fx.make_doc("stock", "وكالة الجنوب", "2026-03-05", [(body, "direct"), FOOTER])
    p = prepare_document(doc)
    footer = p.lines[-1][2]
    assert footer.startswith("تابعونا")
    made, as_prepared = _make(1, doc.id, doc.outlet, p, {footer})
    alone = analyse(body)
    assert (list(made.st.stems), list(made.st.info)) == (alone.stems, alone.info)
    assert list(made.st.starts) == alone.starts and not as_prepared
    assert alone.info.count(False) >= 3  # the stock phrase (and function words) masked
