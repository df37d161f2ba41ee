"""``qawl ingest``: read inputs, analyse each document, store them in batches, then run the
cross-document steps (entity resolution, …) over what was written."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO

from qawl.doc import Document
from qawl.ingest import Skipped, iter_documents
from qawl.pipeline import analyze
from qawl.store.db import connect
from qawl.store.write import save_batch

BATCH_SIZE = 200


@dataclass
class IngestSummary:
    documents: int = 0          # documents read and analysed
    written: int = 0            # documents new or changed in the store
    statements: int = 0
    speakers: int = 0           # distinct speaker entities in the store after this run
    skipped: list[Skipped] = field(default_factory=list)

    def print(self, out: IO[str]) -> None:
        print(f"documents: {self.documents} read, {self.written} new or changed", file=out)
        print(f"statements: {self.statements} in the documents read", file=out)
        print(f"speakers: {self.speakers} in the store", file=out)
        print(f"skipped: {len(self.skipped)}", file=out)
        for s in self.skipped:
            print(f"  {s.where}: {s.reason}", file=out)


def _batches(items: Iterable[Document | Skipped], summary: IngestSummary) -> Iterable[list[tuple[Document, str | None]]]:
    batch: list[tuple[Document, str | None]] = []
    for item in items:
        if isinstance(item, Skipped):
            summary.skipped.append(item)
            continue
        analyze(item)
        summary.documents += 1
        summary.statements += len(item.layer("statements"))
        batch.append((item, None))
        if len(batch) >= BATCH_SIZE:
            yield batch
            batch = []
    if batch:
        yield batch


# Cross-document steps run after each stored batch, over the ids that batch wrote, in this order:
# "module:function(conn, doc_ids)". Steps whose module is not present yet are passed over.
CROSS_DOCUMENT_STEPS = (
    "qawl.entities:resolve_documents",   # one entity per real person across documents
    "qawl.link:update_links",            # statement clusters and document reuse
    "qawl.search:index_documents",       # full-text search index
)


def cross_document_steps() -> list:
    import importlib

    steps = []
    for spec in CROSS_DOCUMENT_STEPS:
        module_name, func = spec.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue
            raise
        steps.append(getattr(module, func))
    return steps


def run_ingest(paths: list[str], *, db: str, outlet: str | None = None, date: str | None = None) -> IngestSummary:
    steps = cross_document_steps()
    summary = IngestSummary()
    conn = connect(db)
    try:
        for batch in _batches(iter_documents(paths, outlet=outlet, date=date), summary):
            written = save_batch(conn, batch)
            summary.written += len(written)
            for step in steps:
                step(conn, written)
        summary.speakers = conn.execute(
            "SELECT COUNT(DISTINCT entity_id) FROM statements WHERE entity_id IS NOT NULL"
        ).fetchone()[0]
    finally:
        conn.close()
    return summary
