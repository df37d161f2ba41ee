"""Server-rendered pages: RTL Arabic markup, escaping, highlighting by offsets, local assets only."""
from __future__ import annotations

import re

from fastapi.testclient import TestClient

from .store_fixture import QUOTE_A, entity_id


def page(client: TestClient, url: str) -> str:
    r = client.get(url, headers={"Accept": "text/html"})
    assert r.status_code == 200, url
    return r.text


def test_pages_are_rtl_arabic_without_remote_assets(client: TestClient, store: str) -> None:
    for url in ("/", f"/speakers/{entity_id(store, 'جون كيغينز')}", "/statements/sharq-1:0", "/documents/sharq-1",
                "/search?q=كيغينز", "/figures"):
        html = page(client, url)
        assert '<html lang="ar" dir="rtl">' in html, url
        assert not re.search(r'(src|href)="(https?:)?//(?!sharq\.example|ghad\.example)', html), url


def test_article_markup_is_shown_as_text(client: TestClient) -> None:
    for url in ("/statements/ghad-9:0", "/documents/ghad-9", "/search?q=script", "/"):
        html = page(client, url)
        assert "<script>" not in html and "<b>بيان</b>" not in html, url
    assert "&lt;script&gt;alert(" in page(client, "/statements/ghad-9:0")


def test_only_web_urls_become_links(client: TestClient) -> None:
    for url in ("/statements/ghad-9:0", "/documents/ghad-9", "/"):
        assert "javascript:" not in page(client, url), url


def test_pages_forbid_scripts_by_policy(client: TestClient) -> None:
    r = client.get("/statements/ghad-9:0")
    assert "script-src 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_statement_page_highlights_exact_span_and_other_outlet(client: TestClient) -> None:
    html = page(client, "/statements/sharq-1:0")
    assert f'<mark class="stmt" id="statement">{QUOTE_A}</mark>' in html
    assert '<mark class="spk">جون كيغينز</mark>' in html
    assert "صحيفة الغد" in html and "<mark>حتى</mark>" in html


def test_speaker_page_has_spellings_timeline_and_sources(client: TestClient, store: str) -> None:
    html = page(client, f"/speakers/{entity_id(store, 'جون كيغينز')}")
    for spelling in ("جون كيغينز", "جون كیغینز", "كاغينز"):
        assert spelling in html
    assert html.count("<rect ") == 3                  # 3 (day, outlet) bars
    assert 'href="https://sharq.example/news/1"' in html


def test_unknown_page_is_an_html_404(client: TestClient) -> None:
    r = client.get("/statements/none:0", headers={"Accept": "text/html"})
    assert r.status_code == 404 and '<html lang="ar" dir="rtl">' in r.text
