"""REST API over the fixture store: lists, filters, details, search, errors and security."""
from __future__ import annotations

from fastapi.testclient import TestClient

from .store_fixture import QUOTE_A, QUOTE_B, SCRIPT_QUOTE, entity_id


def test_openapi_and_local_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/statements", "/api/statements/{statement_id}", "/api/speakers", "/api/speakers/{speaker_id}",
                 "/api/documents/{doc_id}", "/api/documents", "/api/search", "/api/figures"):
        assert path in spec["paths"], path
    docs = client.get("/docs").text
    assert "/docs-assets/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200


def test_statements_newest_first_with_paging(client: TestClient) -> None:
    body = client.get("/api/statements", params={"size": 2}).json()
    assert body["total"] == 5
    assert [s["id"] for s in body["items"]] == ["nahr-3:0", "ghad-9:0"]   # 03-03, then 03-02
    page3 = client.get("/api/statements", params={"size": 2, "page": 3}).json()
    assert len(page3["items"]) == 1


def test_statement_filters(client: TestClient, store: str) -> None:
    kg = entity_id(store, "جون كيغينز")
    org = entity_id(store, "الشركة الوطنية للنفط")
    ids = lambda **p: {s["id"] for s in client.get("/api/statements", params=p).json()["items"]}  # noqa: E731
    assert ids(speaker=kg) == {"sharq-1:0", "sharq-1:1", "ghad-7:0", "nahr-3:0"}
    assert ids(entity=org) == {"sharq-1:1"}
    assert ids(outlet="صحيفة الغد") == {"ghad-7:0", "ghad-9:0"}
    assert ids(kind="interview") == {"nahr-3:0"}
    assert ids(**{"from": "2026-03-02", "to": "2026-03-02"}) == {"ghad-9:0"}
    assert ids(q="أسعار الوقود") == {"sharq-1:0", "ghad-7:0"}
    assert ids(q="كاغينز", kind="direct") == {"sharq-1:0", "ghad-7:0"}


def test_statement_detail_has_context_cluster_and_speaker(client: TestClient) -> None:
    s = client.get("/api/statements/sharq-1:0").json()
    assert s["text"] == QUOTE_A and s["kind"] == "direct" and s["cue"] == "قال"
    assert s["context"]["text"] == QUOTE_A and s["context"]["before"].endswith('يوم الأحد إن "')
    assert s["speaker"]["name"] == "جون كيغينز"
    assert {v["text"] for v in s["speaker"]["variants"]} == {"جون كيغينز", "جون كیغینز", "كاغينز"}
    assert s["document"]["outlet"] == "وكالة الشرق"
    (other,) = s["cluster"]["members"]
    assert other["id"] == "ghad-7:0" and other["text"] == QUOTE_B
    assert other["document"]["outlet"] == "صحيفة الغد"
    d = other["differences"]
    assert [p["text"] for p in d["segments"] if p["mark"]] == ["حتى", "الحالي"]
    assert "".join(p["text"] for p in d["segments"]) == QUOTE_B
    assert d["missing"] == ["قبل"]


def test_speakers_with_counts(client: TestClient) -> None:
    items = client.get("/api/speakers").json()["items"]
    assert [(i["name"], i["statements"], i["outlets"]) for i in items] == [
        ("جون كيغينز", 4, 3), ("سلمى الراشد", 1, 1)]


def test_speaker_detail_timeline(client: TestClient, store: str) -> None:
    s = client.get(f"/api/speakers/{entity_id(store, 'جون كيغينز')}").json()
    assert s["roles"][0] in ("وزير الطاقة", "الوزير")
    assert s["timeline"] == [
        {"date": "2026-03-01", "outlet": "صحيفة الغد", "count": 1},
        {"date": "2026-03-01", "outlet": "وكالة الشرق", "count": 2},
        {"date": "2026-03-03", "outlet": "إذاعة النهر", "count": 1},
    ]
    assert s["total"] == 4


def test_document_detail(client: TestClient) -> None:
    d = client.get("/api/documents/ghad-9").json()
    assert d["title"] == "<b>بيان</b> المتحدثة"
    (st,) = d["statements"]
    assert d["text"][st["start"] : st["end"]] == SCRIPT_QUOTE


def test_search_endpoint(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "كیغینز"}).json()
    assert {d["id"] for d in body["documents"]} == {"sharq-1", "ghad-7", "nahr-3"}
    assert body["speakers"][0]["name"] == "جون كيغينز"


def test_figures_endpoint_answers(client: TestClient) -> None:
    import time

    body = client.get("/api/figures").json()
    assert set(body) == {"available", "computing", "items"} and isinstance(body["items"], list)
    # a small store is compared within seconds (in a child process: starting it takes ~1 s)
    deadline = time.monotonic() + 20
    while body["computing"] and time.monotonic() < deadline:
        body = client.get("/api/figures").json()
    assert body["computing"] is False


def test_unknown_ids_are_json_404(client: TestClient) -> None:
    for url in ("/api/statements/nope:1", "/api/speakers/999999", "/api/documents/nope"):
        r = client.get(url)
        assert r.status_code == 404 and r.headers["content-type"].startswith("application/json")
        assert "error" in r.json()


def test_page_size_is_bounded(client: TestClient) -> None:
    for url in ("/api/statements?size=101", "/api/speakers?size=100000", "/api/search?q=x&size=0",
                "/api/statements?page=0"):
        r = client.get(url)
        assert r.status_code == 422 and r.json()["error"] == "bad request", url


def test_bad_filter_values_are_400s_not_500s(client: TestClient) -> None:
    assert client.get("/api/statements", params={"speaker": "abc"}).status_code == 422
    assert client.get("/api/statements", params={"from": "yesterday"}).status_code == 422
    assert client.get("/api/statements", params={"kind": "x' OR 1=1 --"}).status_code == 422


def test_sql_in_text_filters_is_a_value(client: TestClient) -> None:
    r = client.get("/api/statements", params={"outlet": "x' OR '1'='1"})
    assert r.status_code == 200 and r.json()["total"] == 0


def test_fts_syntax_in_queries_never_500(client: TestClient) -> None:
    for q in ['"', "*", "NEAR(", "-", "((", ")", 'كيغينز" OR', "a AND", "\\", "'"]:
        assert client.get("/api/search", params={"q": q}).status_code == 200, q
        assert client.get("/api/statements", params={"q": q}).status_code == 200, q
        assert client.get("/search", params={"q": q}).status_code == 200, q


def test_slow_figures_answer_computing_then_items(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import time

    import qawl.claims.disagree as disagree
    from qawl.api import create_app, reads

    from .store_fixture import build_store

    def slow(conn):  # type: ignore[no-untyped-def]
        time.sleep(0.5)
        return [{"group": "g1", "concept": "x", "unit": None, "object": "قتيلا", "documents": 2,
                 "conflicts": [], "claims": []}]

    monkeypatch.setattr(disagree, "figure_disagreements", slow)
    monkeypatch.setattr(reads, "FIGURES_IN_CHILD", False)   # the stand-in lives in this process only
    monkeypatch.setattr(reads, "FIGURES_WAIT", 0.05)
    build_store(tmp_path / "s.db")
    c = TestClient(create_app(str(tmp_path / "s.db")))
    assert c.get("/api/figures").json() == {"available": True, "computing": True, "items": []}
    assert "جارٍ مقارنة الأرقام" in c.get("/figures", headers={"Accept": "text/html"}).text
    deadline = time.monotonic() + 20   # the stand-in takes 0.5 s; a loaded machine may take longer
    body = c.get("/api/figures").json()
    while body["computing"] and time.monotonic() < deadline:
        time.sleep(0.1)
        body = c.get("/api/figures").json()
    assert body["computing"] is False and body["items"][0]["object"] == "قتيلا"
