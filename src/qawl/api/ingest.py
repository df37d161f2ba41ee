"""The write path of ``POST /api/documents``: analyse one article, store it, run the cross-document
steps (entities, links, search index) and read its statements back from the store."""
from __future__ import annotations

from typing import Any

from qawl.api.deps import Settings
from qawl.ingest.readers import document_from_record
from qawl.ingest_run import cross_document_steps
from qawl.pipeline import analyze
from qawl.store.db import connect
from qawl.store.read import STATEMENT_SELECT, EntityInfo, statement_row
from qawl.store.write import save_batch


def ingest_one(settings: Settings, record: Any) -> dict[str, Any]:
    """Store one JSON record; raises ``ValueError`` naming what is wrong with it."""
    doc = analyze(document_from_record(record))
    with settings.write_lock:
        conn = connect(settings.db_path)
        try:
            written = save_batch(conn, [(doc, "api")])
            for _name, step in cross_document_steps():
                step(conn, written)
            info = EntityInfo(conn)
            statements = [statement_row(conn, r, info) for r in conn.execute(
                STATEMENT_SELECT + " WHERE s.doc_id = ? ORDER BY s.n", (doc.id,))]
        finally:
            conn.close()
    return {"id": doc.id, "stored": bool(written), "statements": statements}
