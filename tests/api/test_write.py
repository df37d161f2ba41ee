"""POST /api/documents: token required, disabled without a token, size-limited, bad input explained."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from qawl.api import create_app
from qawl.api.deps import MAX_BODY_BYTES

from .store_fixture import build_store


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    """A store of its own: these tests write."""
    path = tmp_path_factory.mktemp("write") / "store.db"
    build_store(path)
    return TestClient(create_app(str(path), token="s3cret"))

ARTICLE = {"id": "post-1", "title": "خبر جديد", "outlet": "وكالة الشرق", "date": "2026-03-04",
           "text": "أعلن المجلس البلدي افتتاح حديقة عامة جديدة في وسط المدينة. وقال رئيس المجلس البلدي"
                   ' سامر الحلبي إن "الحديقة ستفتح أبوابها للجميع يوم الجمعة".'}
AUTH = {"Authorization": "Bearer s3cret"}


def test_post_needs_the_bearer_token(client: TestClient) -> None:
    assert client.post("/api/documents", json=ARTICLE).status_code == 401
    r = client.post("/api/documents", json=ARTICLE, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer" and "error" in r.json()


def test_post_is_disabled_without_a_configured_token(open_client: TestClient) -> None:
    r = open_client.post("/api/documents", json=ARTICLE, headers=AUTH)
    assert r.status_code == 403 and "QAWL_API_TOKEN" in r.json()["error"]


def test_oversized_body_is_413(client: TestClient) -> None:
    big = dict(ARTICLE, id="big", text="كلمة " * (MAX_BODY_BYTES // 5))
    r = client.post("/api/documents", json=big, headers=AUTH)
    assert r.status_code == 413 and "error" in r.json()


def test_bad_records_are_400_with_the_reason(client: TestClient) -> None:
    r = client.post("/api/documents", content=b"{not json", headers=AUTH)
    assert r.status_code == 400 and "JSON" in r.json()["error"]
    r = client.post("/api/documents", json={"id": "x"}, headers=AUTH)
    assert r.status_code == 400 and "text" in r.json()["error"]


def test_post_stores_and_indexes_the_article(client: TestClient) -> None:
    before = client.get("/api/statements").json()["total"]
    r = client.post("/api/documents", json=ARTICLE, headers=AUTH)
    assert r.status_code == 201
    body = r.json()
    assert body["id"] == "post-1" and body["stored"] is True
    # The extraction pipeline runs on the posted article: the council's announcement, then the quote.
    announced, st = body["statements"]
    assert announced["text"] == "افتتاح حديقة عامة جديدة في وسط المدينة"
    assert st["text"] == "الحديقة ستفتح أبوابها للجميع يوم الجمعة" and st["speaker"]["name"] == "سامر الحلبي"
    assert client.get("/api/documents/post-1").json()["text"] == ARTICLE["text"]
    found = client.get("/api/search", params={"q": "حديقه"}).json()["documents"]   # ة written as ه
    assert [d["id"] for d in found] == ["post-1"]
    # counts are cached per store version: the write must show
    assert client.get("/api/statements").json()["total"] == before + 2
    assert client.post("/api/documents", json=ARTICLE, headers=AUTH).json()["stored"] is False  # same content
