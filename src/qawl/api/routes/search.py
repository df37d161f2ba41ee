"""``/api/search``: full text over statements and documents in any spelling, plus matching speakers."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from qawl import search as fts
from qawl.api.deps import MAX_PAGE, MAX_PAGE_SIZE, ConnDep, as_json, page_window

router = APIRouter(tags=["search"])


@router.get("/search")
def search(
    conn: ConnDep,
    q: Annotated[str, Query(max_length=500, description="words in any spelling; FTS syntax is taken literally")],
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
    size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 20,
) -> JSONResponse:
    """Ranked statements and documents with snippets of the original text (``mark`` = hit), and speakers
    whose name matches. ``terms`` shows each query word with the spellings it was widened to."""
    limit, offset = page_window(page, size)
    return as_json(fts.search(conn, q, limit, offset) | {"page": page, "size": size})
