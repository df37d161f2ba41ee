"""Browser fixtures: the app on uvicorn on a free local port (in a thread) and Debian's headless
Chromium driven by Playwright. Chromium comes from the Debian package (scripts/ensure-chromium.sh)."""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from qawl.api import create_app

from api.store_fixture import build_store

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def browser_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("browser") / "store.db"
    build_store(path)
    return str(path)


@pytest.fixture(scope="session")
def server(browser_store: str) -> Iterator[str]:
    port = _free_port()
    config = uvicorn.Config(create_app(browser_store, token=""), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"{CHROMIUM} is missing: run scripts/ensure-chromium.sh (make test does)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser, server: str):  # type: ignore[no-untyped-def]
    """A phone-sized page; after the test, every request it made must have gone to the local server."""
    context = browser.new_context(viewport={"width": 412, "height": 915}, locale="ar")
    p = context.new_page()
    requested: list[str] = []
    p.on("request", lambda r: requested.append(r.url))
    yield p
    context.close()
    remote = [u for u in requested if not (u.startswith(server + "/") or u.startswith("data:"))]
    assert not remote, f"requests left the local server: {remote}"


@pytest.fixture(scope="session")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("screenshots")
