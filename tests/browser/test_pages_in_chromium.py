"""The web UI in real headless Chromium: right-to-left layout, content, search from the page."""
from __future__ import annotations

from pathlib import Path

import pytest

from api.store_fixture import QUOTE_A, entity_id

pytestmark = pytest.mark.browser


def direction(page, selector: str) -> str:  # type: ignore[no-untyped-def]
    return page.eval_on_selector(selector, "el => getComputedStyle(el).direction")


def test_speaker_page(page, server: str, browser_store: str, shots: Path) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server}/speakers/{entity_id(browser_store, 'جون كيغينز')}")
    assert direction(page, "body") == "rtl" and direction(page, "main") == "rtl"
    assert page.inner_text("h1.name") == "جون كيغينز"
    chips = page.inner_text(".variants")
    for spelling in ("جون كيغينز", "جون كیغینز", "كاغينز"):
        assert spelling in chips
    assert page.locator("svg.timeline rect").count() == 3
    assert page.locator(".legend li").count() == 3
    assert page.locator(".statements .card").count() == 4
    # the page lays out right to left: the brand (first in source order) sits at the right edge
    brand = page.locator(".brand").bounding_box()
    assert brand["x"] + brand["width"] > 412 - 40
    page.screenshot(path=str(shots / "speaker.png"), full_page=True)


def test_statement_page(page, server: str, shots: Path) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server}/statements/sharq-1:0")
    assert direction(page, ".article .text") == "rtl"
    assert page.inner_text("#statement") == QUOTE_A
    others = page.inner_text(".others")
    assert "صحيفة الغد" in others and "حتى" in others
    assert page.locator(".others mark").all_inner_texts() == ["حتى", "الحالي"]
    page.screenshot(path=str(shots / "statement.png"), full_page=True)


def test_script_in_article_is_text(page, server: str) -> None:  # type: ignore[no-untyped-def]
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server}/statements/ghad-9:0")
    assert "<script>alert('x')</script>" in page.inner_text("#statement")
    assert page.locator("main script").count() == 0 and dialogs == []


def test_search_from_the_page(page, server: str, shots: Path) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/")
    page.fill("header input[name=q]", "كاغينز")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=*")
    assert page.inner_text(".speakers a") == "جون كيغينز"
    marks = page.locator(".documents mark").all_inner_texts()
    assert set(marks) == {"كيغينز", "كیغینز", "كاغينز"}
    page.screenshot(path=str(shots / "search.png"), full_page=True)
    page.click(".speakers a")
    page.wait_for_url("**/speakers/*")
    assert page.inner_text("h1.name") == "جون كيغينز"


def test_api_docs_render_from_local_assets(page, server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server}/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=15000)
    assert page.locator(".opblock-summary-path", has_text="/api/search").count() == 1
