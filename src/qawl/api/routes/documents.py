"""``/api/documents``: one stored article; ``POST`` ingests one article (bearer token required)."""
from __future__ import annotations

import json

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse

from qawl.api import reads
from qawl.api.deps import ConnDep, SettingsDep, TokenDep, as_json
from qawl.api.ingest import ingest_one

router = APIRouter(prefix="/documents", tags=["documents"])


@router.get("/{doc_id:path}")
def get_document(doc_id: str, conn: ConnDep) -> JSONResponse:
    """One article: metadata, text, statements (with offsets into the text) and figures."""
    row = reads.document_detail(conn, doc_id)
    if row is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return as_json(row)


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 past ``limit`` bytes (declared or streamed)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"body over {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"body over {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


@router.post("", dependencies=[TokenDep], status_code=201, openapi_extra={"requestBody": {
    "required": True,
    "content": {"application/json": {"schema": {
        "type": "object", "required": ["id", "text"],
        "properties": {k: {"type": "string"} for k in ("id", "text", "title", "outlet", "date", "url")}}}}}})
async def post_document(request: Request, settings: SettingsDep) -> JSONResponse:
    """Ingest one article (the fields of a JSONL line) and return its statements.
    Needs ``Authorization: Bearer $QAWL_API_TOKEN``."""
    body = await _read_body(request, settings.max_body)
    try:
        record = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HTTPException(400, f"body is not JSON: {exc}") from None
    try:
        return as_json(ingest_one(settings, record), status_code=201)
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from None
