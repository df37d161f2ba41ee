"""The claims stage in the pipeline and the store: statement links, boilerplate, claim rows in
``qawl export claims`` and in the claims of ``qawl export statements``, and ``qawl report figures``."""
import json

from typer.testing import CliRunner

from qawl.claims import annotate
from qawl.doc import Document, Span
from qawl.serialize import claim_dicts
from qawl.store.db import connect
from qawl.store.read import iter_claims, iter_statements
from qawl.store.write import save_batch

TEXT = (
    "نشر الموقع اليوم الخبر. رابط: 01001234567\n"
    "وقال المتحدث إن قرابة 10 آلاف خلية سرية ما زالت تنشط في المنطقة.\n"
    "وكانت القوات قد اعتقلت 300 شخص في 4 آذار 2020."
)


def _doc(doc_id: str = "d1", text: str = TEXT, date: str | None = "2020-03-10", outlet: str = "وكالة أ") -> Document:
    doc = Document(id=doc_id, text=text, date=date, outlet=outlet)
    first_line = text.index("\n")
    doc.add("boilerplate", Span(0, first_line))
    quote_start = text.index("قرابة")
    quote_end = text.index("المنطقة") + len("المنطقة")
    doc.entities["E1"] = {"type": "person", "name": "المتحدث", "roles": ["متحدث"]}
    speaker = doc.add("mentions", Span(text.index("المتحدث"), text.index("المتحدث") + 7, "role", {"entity": "E1"}))
    doc.add("statements", Span(quote_start, quote_end, "indirect", {"cue": "قال", "speaker": "E1", "speaker_mention": speaker}))
    return doc


def test_claims_link_to_statements_and_skip_boilerplate():
    doc = _doc()
    annotate(doc)
    got = [(doc.span_text(c), c.label, c.attrs["statement"]) for c in doc.layer("claims")]
    # "اليوم" and the phone number sit in the boilerplate line: no claims there.
    assert got == [("قرابة 10 آلاف", "quantity", 0), ("300", "quantity", None), ("4 آذار 2020", "date", None)]


def test_claim_dicts_shape():
    doc = _doc()
    annotate(doc)
    first = claim_dicts(doc)[0]
    assert first == {
        "id": "d1:c0", "doc_id": "d1", "statement_id": "d1:0", "text": "قرابة 10 آلاف",
        "start": TEXT.index("قرابة"), "end": TEXT.index("قرابة") + len("قرابة 10 آلاف"), "kind": "quantity",
        "value": 10000, "unit": None, "qualifier": "approx", "object": "خلية سرية",
    }


def test_store_round_trip_and_statement_claims(tmp_path):
    conn = connect(tmp_path / "q.db")
    doc = _doc()
    annotate(doc)
    save_batch(conn, [(doc, None)])
    rows = list(iter_claims(conn))
    assert [(r["text"], r["kind"], r["value"], r["qualifier"], r["statement_id"]) for r in rows] == [
        ("قرابة 10 آلاف", "quantity", 10000, "approx", "d1:0"),
        ("300", "quantity", 300, "exact", None),
        ("4 آذار 2020", "date", "2020-03-04", "exact", None),
    ]
    assert rows[2]["precision"] == "day"  # extra attributes come back from the attrs column
    statements = list(iter_statements(conn))
    assert [c["object"] for c in statements[0]["claims"]] == ["خلية سرية"]
    conn.close()


def _cli():
    from qawl.cli import app

    return app


def test_export_claims_cli(tmp_path):
    db = tmp_path / "q.db"
    conn = connect(db)
    doc = _doc()
    annotate(doc)
    save_batch(conn, [(doc, None)])
    conn.close()
    result = CliRunner().invoke(_cli(), ["export", "claims", "--db", str(db)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert [x["value"] for x in lines] == [10000, 300, "2020-03-04"]


DETAINEES = [
    ("a1", "وكالة أ", "2020-03-01", "وقال مسؤول إن الآلاف من معتقلي داعش ما زالوا في سجون قوات سوريا الديمقراطية شمال شرق سوريا."),
    ("a2", "صحيفة ب", "2020-03-02", "وأكد المتحدث أن حوالي 10 آلاف معتقل من أتباع التنظيم يقبعون في سجون تديرها قوات سوريا الديمقراطية شمال شرق سوريا."),
    ("a3", "قناة ج", "2020-03-03", "وذكرت مصادر أن أكثر من 12 ألف معتقل من عناصر داعش محتجزون في سجون قوات سوريا الديمقراطية شمال شرق سوريا."),
    ("a4", "موقع د", "2020-03-04", "وقال مسؤول إن قرابة 10 آلاف معتقل من داعش في سجون قوات سوريا الديمقراطية شمال شرق سوريا."),
    # same concept, other context (another country, another count): must not join the group
    ("a5", "موقع هـ", "2020-03-04", "أفرجت السلطات المصرية عن 500 معتقل من سجن طرة في القاهرة بمناسبة العيد."),
]


def _store_detainees(tmp_path):
    db = tmp_path / "f.db"
    conn = connect(db)
    docs = []
    for doc_id, outlet, date, text in DETAINEES:
        doc = Document(id=doc_id, text=text, outlet=outlet, date=date)
        annotate(doc)
        docs.append((doc, None))
    save_batch(conn, docs)
    return db, conn


def test_figure_disagreements_groups_the_detainee_figures(tmp_path):
    from qawl.claims.disagree import figure_disagreements

    _, conn = _store_detainees(tmp_path)
    groups = figure_disagreements(conn)
    conn.close()
    assert len(groups) == 1
    g = groups[0]
    assert g["concept"] == "detainees"
    assert [c["doc_id"] for c in g["claims"]] == ["a1", "a2", "a3", "a4"]  # by date, then ingest order
    # approx 10,000 (8,500-11,500) and قرابة 10,000 agree; both disagree with "more than 12,000";
    # "الآلاف" read loosely (2,000-19,998) agrees with all of them.
    assert sorted(map(sorted, g["conflicts"])) == [["a2:c0", "a3:c0"], ["a3:c0", "a4:c0"]]
    assert g["claims"][1]["outlet"] == "صحيفة ب" and g["claims"][1]["date"] == "2020-03-02"
    assert g["claims"][2]["interval"][1] is None  # "more than" has no upper bound


def test_figures_months_apart_need_a_wider_window(tmp_path):
    from qawl.claims.disagree import figure_disagreements

    conn = connect(tmp_path / "w.db")
    docs = []
    for doc_id, date, text in [  # two outlets (one outlet updating its figure is no disagreement)
        ("w1", "2020-01-10", "قال مسؤول إن نحو 8 آلاف معتقل من عناصر داعش محتجزون في سجون قوات سوريا الديمقراطية شمال شرق سوريا."),
        ("w2", "2020-06-10", "قال مسؤول إن أكثر من 12 ألف معتقل من عناصر داعش محتجزون في سجون قوات سوريا الديمقراطية شمال شرق سوريا."),
    ]:
        doc = Document(id=doc_id, text=text, outlet=f"outlet {doc_id}", date=date)
        annotate(doc)
        docs.append((doc, None))
    save_batch(conn, docs)
    assert figure_disagreements(conn) == []  # five months apart: another moment of the count
    wide = figure_disagreements(conn, max_days=365)
    conn.close()
    assert [c["doc_id"] for c in wide[0]["claims"]] == ["w1", "w2"]


def test_one_outlet_updating_its_figure_is_no_disagreement(tmp_path):
    from qawl.claims.disagree import figure_disagreements

    conn = connect(tmp_path / "u.db")
    docs = []
    for doc_id, date, figure in [("u1", "2013-02-02", "102"), ("u2", "2013-02-03", "113")]:
        text = f"قالت الوزارة إن إجمالي أعداد المصابين في مظاهرات جمعة الغضب بالقاهرة والمحافظات بلغ {figure} مصابا."
        doc = Document(id=doc_id, text=text, outlet="صحيفة واحدة", date=date)
        annotate(doc)
        docs.append((doc, None))
    save_batch(conn, docs)
    assert figure_disagreements(conn) == []
    moved = docs[1][0]
    moved.outlet = "صحيفة أخرى"
    save_batch(conn, [(moved, None)])  # re-ingested from another outlet
    assert len(figure_disagreements(conn)) == 1  # the same figures from two outlets do disagree
    conn.close()


def test_report_figures_cli(tmp_path):
    db, conn = _store_detainees(tmp_path)
    conn.close()
    text = CliRunner().invoke(_cli(), ["report", "figures", "--db", str(db)])
    assert text.exit_code == 0, text.output
    assert "أكثر من 12 ألف" in text.stdout and "قناة ج" in text.stdout and "سجن طرة" not in text.stdout
    as_json = CliRunner().invoke(_cli(), ["report", "figures", "--db", str(db), "--format", "json"])
    assert json.loads(as_json.stdout)[0]["concept"] == "detainees"
    bad = CliRunner().invoke(_cli(), ["report", "figures", "--db", str(db), "--format", "xml"])
    assert bad.exit_code != 0


def test_agreeing_qualifiers_are_no_disagreement():
    from qawl.claims.disagree import interval

    def disjoint(a, b):
        return a[1] < b[0] or b[1] < a[0]

    assert not disjoint(interval(10000, "approx"), interval(10000, "approx"))       # حوالي vs قرابة
    assert disjoint(interval(10000, "approx"), interval(12000, "more_than"))        # حوالي 10 آلاف vs أكثر من 12 ألف
    assert not disjoint(interval(10000, "more_than"), interval(12000, "more_than"))  # أكثر من عشرة vs أكثر من 12
    assert disjoint(interval(40, "less_than"), interval(43, "exact"))
    assert not disjoint(interval(90, "exact"), interval(90, "more_than"))            # "90%" is round too
    assert not disjoint(interval([2000, 9999], "range", vague=True), interval(12000, "more_than"))
    assert not disjoint(interval(70000, "exact"), interval(70000, "more_than"))      # "70 ألف" is round
    assert disjoint(interval(10000, "exact"), interval(12000, "exact"))


def test_extract_cli_shows_claims(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("قال المتحدث إن حوالي 300 شخص اعتقلوا في 4 آذار 2020.", encoding="utf-8")
    result = CliRunner().invoke(_cli(), ["extract", str(article)])
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)["claims"]
    assert [(c["text"], c["kind"], c["value"]) for c in claims] == [
        ("حوالي 300", "quantity", 300), ("4 آذار 2020", "date", "2020-03-04")]


def test_one_figure_framed_differently_by_two_outlets_disagrees(tmp_path):
    from qawl.claims.disagree import figure_disagreements

    conn = connect(tmp_path / "r.db")
    docs = []
    for doc_id, text in [
        ("r1", "وختم بالقول إن عدد المراقبين سيرتفع إلى 120 مراقبا بحلول شهر أيلول المقبل، على حد تعبيره."),
        ("r2", "وبحسب الناطق، فإن عدد المراقبين سيرتفع إلى 150 مراقبا بحلول أيلول المقبل."),
    ]:
        doc = Document(id=doc_id, text=text, outlet=f"outlet {doc_id}", date="2020-06-01")
        annotate(doc)
        docs.append((doc, None))
    save_batch(conn, docs)
    groups = figure_disagreements(conn)
    conn.close()
    assert [[c["text"] for c in g["claims"]] for g in groups] == [["120", "150"]]


def test_reporting_frame_words_are_no_context_of_a_figure():
    # Two outlets frame one figure differently ("وختم بالقول إن …، على حد تعبيره" / "وبحسب الناطق، فإن …"):
    # only what surrounds the count is compared.
    from qawl.claims.disagree import _terms
    a = _terms("وختم بالقول إن عدد المراقبين سيرتفع إلى 120 مراقبا بحلول شهر أيلول المقبل، على حد تعبيره")
    b = _terms("وبحسب الناطق، فإن عدد المراقبين سيرتفع إلى 150 مراقبا بحلول أيلول المقبل")
    assert not ({"قول", "تعبير", "وختم", "وبحسب", "فان"} & (a | b))
    assert {"سيرتفع", "بحلول", "ايلول", "مراقب"} <= a & b
