"""The API and pages over a store ingested from the bundled examples with the real pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape

from qawl.api import create_app
from qawl.ingest_run import run_ingest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("examples") / "store.db"
    run_ingest([str(EXAMPLES)], db=str(db))
    return TestClient(create_app(str(db), token=""))


def test_every_statement_is_highlighted_in_its_article(real: TestClient) -> None:
    items = real.get("/api/statements", params={"size": 100}).json()["items"]
    assert items, "the examples yield statements"
    for st in items:
        page = real.get(f"/statements/{st['id']}", headers={"Accept": "text/html"}).text
        if st.get("field") == "title":
            assert f'<mark class="stmt">{escape(st["text"])}</mark>' in page, st["id"]
        else:
            assert f'<mark class="stmt" id="statement">{escape(st["text"])}</mark>' in page, st["id"]


def test_speaker_pages_and_search_by_name(real: TestClient) -> None:
    top = real.get("/api/speakers").json()["items"][0]
    assert real.get(f"/speakers/{top['id']}", headers={"Accept": "text/html"}).status_code == 200
    surname = top["name"].split()[-1]
    assert top["id"] in [s["id"] for s in real.get("/api/search", params={"q": surname}).json()["speakers"]]


def test_figures_page_shows_the_disagreement_groups(real: TestClient) -> None:
    body = real.get("/api/figures").json()
    assert body["available"] is True
    page = real.get("/figures", headers={"Accept": "text/html"}).text
    for group in body["items"]:
        assert escape(group["object"] or group["concept"]) in page
