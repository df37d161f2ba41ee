"""``/api/figures``: statements that disagree on a figure (from the claims area, once present)."""
from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from qawl.api import reads
from qawl.api.deps import ConnDep, as_json

router = APIRouter(tags=["figures"])


@router.get("/figures")
def figures(conn: ConnDep) -> JSONResponse:
    """Figure disagreements; ``available`` is false while the claims module is not installed, and
    ``computing`` true (with no items yet) while a large store's figures are still being compared."""
    available, items = reads.figures(conn)
    return as_json({"available": available, "computing": items is None, "items": items or []})
