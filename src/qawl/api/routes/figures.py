"""``/api/figures``: statements that disagree on a figure (from the claims area, once present)."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from qawl.api import reads
from qawl.api.deps import ConnDep

router = APIRouter(tags=["figures"])


@router.get("/figures")
def figures(conn: ConnDep) -> dict[str, Any]:
    """Figure disagreements; ``available`` is false while the claims module is not installed."""
    available, items = reads.figures(conn)
    return {"available": available, "items": items}
