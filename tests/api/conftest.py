from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from qawl.api import create_app

from .store_fixture import build_store


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("api") / "store.db"
    build_store(path)
    return str(path)


@pytest.fixture(scope="session")
def client(store: str) -> TestClient:
    return TestClient(create_app(store, token="s3cret"))


@pytest.fixture(scope="session")
def open_client(store: str) -> TestClient:
    """A server started with no write token (writes disabled)."""
    return TestClient(create_app(store, token=""))
