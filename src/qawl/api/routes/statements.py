"""``/api/statements``: filtered, paged statement lists and one statement in its article."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import JSONResponse

from qawl.api import reads
from qawl.api.deps import MAX_PAGE, MAX_PAGE_SIZE, ConnDep, as_json, page_window

router = APIRouter(prefix="/statements", tags=["statements"])

Page = Annotated[int, Query(ge=1, le=MAX_PAGE, description="1-based page number")]
Size = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"items per page (at most {MAX_PAGE_SIZE})")]


@router.get("")
def list_statements(
    conn: ConnDep,
    speaker: Annotated[int | None, Query(description="speaker entity id")] = None,
    entity: Annotated[int | None, Query(description="entity id mentioned inside the statement")] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    kind: Annotated[str | None, Query(pattern="^(direct|indirect|interview|headline)$")] = None,
    date_from: Annotated[str | None, Query(alias="from", pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
    date_to: Annotated[str | None, Query(alias="to", pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
    q: Annotated[str | None, Query(max_length=500, description="full text, any spelling")] = None,
    page: Page = 1,
    size: Size = 20,
) -> JSONResponse:
    """Statements, newest first (best match first with ``q``)."""
    limit, offset = page_window(page, size)
    f = reads.StatementFilter(speaker, entity, outlet, kind, date_from, date_to, q)
    items, total = reads.list_statements(conn, f, limit, offset)
    return as_json({"items": items, "total": total, "page": page, "size": size})


@router.get("/{statement_id:path}")
def get_statement(statement_id: str, conn: ConnDep) -> JSONResponse:
    """One statement with its article context, cluster members (other outlets) and figures."""
    row = reads.statement_detail(conn, statement_id)
    if row is None:
        raise HTTPException(404, f"no statement {statement_id!r}")
    return as_json(row)
