"""``/api/speakers``: who speaks, with counts; one speaker with spellings, roles and timeline."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import JSONResponse

from qawl.api import reads
from qawl.api.deps import MAX_PAGE, MAX_PAGE_SIZE, ConnDep, as_json, page_window

router = APIRouter(prefix="/speakers", tags=["speakers"])

Page = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Size = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)]


@router.get("")
def list_speakers(conn: ConnDep, page: Page = 1, size: Size = 20) -> JSONResponse:
    """Speakers, most statements first, with statement and outlet counts."""
    limit, offset = page_window(page, size)
    items, total = reads.list_speakers(conn, limit, offset)
    return as_json({"items": items, "total": total, "page": page, "size": size})


@router.get("/{speaker_id}")
def get_speaker(speaker_id: int, conn: ConnDep, page: Page = 1, size: Size = 20) -> JSONResponse:
    """One speaker: spellings (variants), roles, statements per day and outlet, and their statements."""
    limit, offset = page_window(page, size)
    row = reads.speaker_detail(conn, speaker_id, limit, offset)
    if row is None:
        raise HTTPException(404, f"no speaker {speaker_id}")
    return as_json(row | {"page": page, "size": size})
