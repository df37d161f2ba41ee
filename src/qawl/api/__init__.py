"""The REST API and the Arabic web UI: ``create_app(db_path, token)`` builds the FastAPI app.

Routers per resource live in ``routes/``, shared dependencies in ``deps.py``, store reads in
``reads.py``; pages are Jinja2 templates in ``templates/`` with local assets in ``static/``.
Importing this package stays cheap (``qawl`` loads ``qawl.api.cli`` for every command): the app
module, and FastAPI with it, load on first use of ``create_app``.
"""
from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from qawl.api.app import create_app

        return create_app
    raise AttributeError(f"module 'qawl.api' has no attribute {name!r}")
