import json

from qawl.ingest_run import run_ingest
from qawl.store.db import connect

FOOTER = "وقال المحرر: «تابعونا على صفحتنا في فيسبوك للمزيد من الأخبار العاجلة»"


def test_line_repeated_across_an_outlets_articles_holds_no_statements(tmp_path):
    src = tmp_path / "in.jsonl"
    docs = [{"id": f"d{i}", "outlet": "بوابة الوادي", "text": f"وقال الوزير سامي الحداد إن المشروع رقم {i} سينجز هذا العام.\n{FOOTER}"}
            for i in range(6)]
    docs.append({"id": "other", "outlet": "صحيفة أخرى", "text": FOOTER})
    src.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs), encoding="utf-8")
    db = str(tmp_path / "q.db")
    run_ingest([str(src)], db=db)
    conn = connect(db)
    texts = [r[0] for r in conn.execute("SELECT text FROM statements WHERE doc_id LIKE 'd%'")]
    assert len(texts) == 6 and all("سينجز" in t for t in texts)  # the footer quote is gone in every one
    # Another outlet's single copy of the line is not that outlet's furniture.
    assert conn.execute("SELECT COUNT(*) FROM statements WHERE doc_id = 'other'").fetchone()[0] == 1
    run_ingest([str(src)], db=db)  # a re-run counts nothing twice
    assert conn.execute("SELECT MAX(docs) FROM outlet_lines").fetchone()[0] == 6


def test_prepared_lines_read_off_the_analysis_view_are_those_of_the_text():
    from qawl.furniture import counted_lines, prepare_lines
    from pipeline_helpers import run

    text = f"  أعلنَ الوزيرُ ـ اليوم ـ عن خطةٍ جديدة\u00a0للطاقة\n\n{FOOTER}\nقصير\n\u200fتابعونا على فيسبوك للمزيد  "
    doc = run(text)
    assert "view" in doc.cache
    assert prepare_lines(doc) == counted_lines(text) and len(counted_lines(text)) == 3
