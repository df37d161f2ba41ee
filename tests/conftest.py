"""Fixtures shared by every test folder."""
from __future__ import annotations

from pathlib import Path

import pytest


SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "samples").is_dir():
        pytest.fail(f"../shared/samples not found at {SHARED}")
    return SHARED
