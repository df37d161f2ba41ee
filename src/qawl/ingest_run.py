"""``qawl ingest``: stream inputs through the per-document pipeline on every core, store them in
batches, then run the cross-document steps (entity resolution, links, search) over what was written.

Shape of a run (memory stays bounded by ``BATCH_SIZE × IN_FLIGHT`` documents):

* the parent reads documents one by one and groups them into batches; documents already stored with
  the same content hash are passed over before any analysis (this is what makes a re-run fast);
* each batch goes to a process pool, where workers run :func:`qawl.pipeline.analyze` (the same
  per-document function the Spark job calls), then build the document's store rows and the
  per-document parts of the cross-document steps (``STEP_PREPARATION``); only those come back, and
  several batches are in flight at once;
* the parent is the single SQLite writer: one transaction holds ``COMMIT_EVERY`` batches' rows
  (``save_batch``) and every cross-document step over the documents they wrote, so a kill at any
  point (SIGKILL included) leaves each batch wholly stored with its steps done, or not stored at all;
* ``ingest_pending`` records which steps a stored document still needs when its rows were written
  apart from the steps (``qawl.scale.load_parquet``, or versions before session 4 that committed each
  step on its own): :func:`run_pending_steps` runs each such step in one transaction with the deletion
  of its markers ("step done, marker gone" or "step not done, marker there"). A run does those first.
"""
from __future__ import annotations

import gc
import logging
import os
import sqlite3
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import partial
from multiprocessing.pool import AsyncResult, Pool
from typing import IO, Any

from qawl.doc import Document
from qawl.ingest import Skipped, iter_documents
from qawl.pipeline import stages
from qawl.store.db import connect
from qawl.store.write import DocumentRows, content_hash, document_rows, save_batch

log = logging.getLogger("qawl.ingest")

BATCH_SIZE = 200
# Batches handed to the pool ahead of the one being written: keeps every core busy while the parent
# writes, and bounds memory.
IN_FLIGHT = 3
# Batches written (each with all its steps) between two commits of the store. Consecutive batches
# dirty many of the same index pages (documents are keyed by random ids, so a batch touches pages all
# over each index); at 20k articles the commits' CPU per 5,000 documents was 1.4–3.2 s committing
# every batch, 0.9–2.0 every 4 and 0.9–1.2 every 8, with the same store. At 45,000 articles 3,200 more
# cost 1.60–1.66 commit CPU s every 8 batches and 1.16–1.17 every 16; 5,637 more cost 1.72–1.74 every
# 16 and 1.09–1.21 every 32, and the writer 16.0–16.5 CPU s instead of 17.2–17.9 (session 7). A kill
# loses at most ``COMMIT_EVERY × BATCH_SIZE`` analysed documents, which the next run analyses again
# (6,400: about 15 s of work).
COMMIT_EVERY = 32
# Documents per task sent to one worker (fewer, larger messages between processes). A worker runs
# each part of the analysis over a whole chunk (``analyse_many``): in one process, chunks of 20 took
# 5–9% less CPU a document than chunks of 10, and chunks of 40 no less than 20 (session 7).
CHUNK_SIZE = 20
# Niceness added to the workers. The single writer is the part no other core can take over: on a
# 2-core machine the two workers and the writer share two cores, and at equal priority the writer
# got ~3/4 of one. Lower-priority workers still use every cycle the writer leaves; 20,000 articles
# went from 69.2 to 65.4 s (2026-11-21, idle machine), with the writer now waiting on the workers.
WORKER_NICENESS = 10
# Seconds between progress log lines when stderr is not a terminal.
LOG_EVERY = 5.0
# The writer's SQLite page cache (KiB): the link and search steps insert into large indexes with
# random keys, which the 2 MB default turns into page reads.
CACHE_KIB = 256 * 1024   # (128 MB in sessions 3-7; the link step sets the same connection to link.params.CACHE_MB)
# Pragmas of the single bulk writer (its connection only). WAL with synchronous=NORMAL (set by
# connect) keeps every committed batch across a SIGKILL; the WAL is copied back into the database file
# on a thread beside the writer (``Checkpoints``), and the file is cut back to the limit each time it
# starts over; sorts and temporary indexes stay in memory.
# Foreign keys are not checked by the bulk writer: it inserts a document's rows right after the
# document in one transaction, deletes them itself before a document (``delete_documents``) and
# never deletes an entity, so the checks (a parent lookup per inserted or updated row: ~6% of the
# writer's CPU outside the link step on 10,000 articles) could never fail and no cascade ever fires.
WRITER_PRAGMAS = (
    "PRAGMA foreign_keys = OFF",
    f"PRAGMA cache_size = -{CACHE_KIB}",
    "PRAGMA wal_autocheckpoint = 0",          # checkpoints are made by ``Checkpoints``, beside the writer
    f"PRAGMA journal_size_limit = {64 * 2**20}",
    "PRAGMA temp_store = MEMORY",
)

PENDING_SCHEMA = """
CREATE TABLE IF NOT EXISTS ingest_pending (
    doc_id TEXT NOT NULL,
    step   TEXT NOT NULL,     -- "module:function" of a CROSS_DOCUMENT_STEPS entry not yet run for doc_id
    PRIMARY KEY (step, doc_id)
);
"""


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


# Cross-document steps run after each stored batch, over the ids that batch wrote, in this order:
# "module:function(conn, doc_ids)". Steps whose module is not present yet are passed over.
CROSS_DOCUMENT_STEPS = (
    "qawl.furniture:mark_repeated_lines",  # lines repeated across one outlet's articles hold no statements
    "qawl.entities:resolve_documents",   # one entity per real person across documents
    "qawl.link:update_links",            # statement clusters and document reuse
    "qawl.search:index_documents",       # full-text search index
)

# The per-document part of a step, run in the workers right after analysis so that the single
# writer only does what needs the store: "step": "module:function(doc) -> payload". The step is then
# called as ``step(conn, ids, prepared={doc_id: payload})``; a document without a payload (a run
# resumed after a kill) is prepared by the step itself, so both paths give one result.
STEP_PREPARATION: dict[str, str] = {
    "qawl.furniture:mark_repeated_lines": "qawl.furniture:prepare_lines",
    "qawl.entities:resolve_documents": "qawl.entities:prepare_names",
    "qawl.link:update_links": "qawl.link.prepare:prepare_document",
    "qawl.search:index_documents": "qawl.search:prepare_document",
}

# Preparations that can take a worker's whole chunk at once (the same payloads, in the chunk's order,
# for less CPU: NumPy's calls made once per chunk): "step": "module:function(docs) -> payloads".
STEP_PREPARATION_MANY: dict[str, str] = {
    "qawl.link:update_links": "qawl.link.prepare:prepare_documents",
}

Step = Callable[..., None]
Prepare = Callable[[Document], Any]
PrepareMany = Callable[[list[Document]], list[Any]]


def cross_document_steps() -> list[tuple[str, Step]]:
    """The present steps as ``(name, function)`` in run order."""
    import importlib

    steps = []
    for spec in CROSS_DOCUMENT_STEPS:
        module_name, func = spec.split(":")
        steps.append((spec, getattr(importlib.import_module(module_name), func)))
    return steps


def step_preparations() -> dict[str, Prepare]:
    """``{step name: prepare function}`` of the steps that have a per-document part."""
    return _functions(STEP_PREPARATION)


def chunk_preparations() -> dict[str, PrepareMany]:
    """``{step name: function}`` of the per-document parts that can take a whole chunk."""
    return _functions(STEP_PREPARATION_MANY)


def _functions(specs: dict[str, str]) -> dict[str, Callable]:
    import importlib

    out = {}
    for step, spec in specs.items():
        module_name, func = spec.split(":")
        out[step] = getattr(importlib.import_module(module_name), func)
    return out


# --- profile (``$QAWL_PROFILE``: where time goes, for ``make bench``) --------------------------

# Seconds per pipeline stage, accumulated in each process since its last report.
STAGE_SECONDS: dict[str, float] = {}


def _timed(stage: Callable[[Document], None]) -> Callable[[Document], None]:
    name = f"stage {stage.__module__.rsplit('.', 1)[-1]}.{stage.__name__}"

    def run(doc: Document) -> None:
        start = time.perf_counter()
        try:
            stage(doc)
        finally:
            STAGE_SECONDS[name] = STAGE_SECONDS.get(name, 0.0) + time.perf_counter() - start
    run.timed = True  # type: ignore[attr-defined]
    return run


def time_stages() -> None:
    """Wrap the pipeline's stages with timers (before the pool forks, so workers inherit them)."""
    global TIME_PREPARATIONS
    from qawl import pipeline

    TIME_PREPARATIONS = True
    if not pipeline.STAGES:
        pipeline.STAGES.extend(pipeline._stages())
    pipeline.STAGES[:] = [s if getattr(s, "timed", False) else _timed(s) for s in pipeline.STAGES]


# Documents per slice of the CPU seconds each cross-document step takes (does a step's cost per
# document grow with the store?).
SLICE_DOCS = 5000


@dataclass
class Spent:
    """Wall seconds of a block timed by :meth:`Clock.step` (set when it ends)."""

    seconds: float = 0.0


class Clock:
    """Wall seconds of the parent's own parts of a run (reading, store writes, each step …), and
    the CPU seconds of each cross-document step per ``SLICE_DOCS`` documents it was run over (CPU
    time, unlike wall time, does not depend on what else the machine runs)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.step_cpu: dict[str, list[float]] = {}
        self.step_docs: dict[str, int] = {}

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds

    def add_step_cpu(self, name: str, seconds: float, docs: int) -> None:
        """A batch's CPU seconds go to the slice its first document falls in."""
        done = self.step_docs.get(name, 0)
        slices = self.step_cpu.setdefault(name, [])
        while len(slices) <= done // SLICE_DOCS:
            slices.append(0.0)
        slices[done // SLICE_DOCS] += seconds
        self.step_docs[name] = done + docs

    @contextmanager
    def step(self, name: str, docs: int, label: str | None = None) -> Iterator["Spent"]:
        """Time the block, when it succeeds, as the step ``name`` over ``docs`` documents: its wall
        seconds under ``label`` (``step <name>`` unless given, and in the ``Spent`` it yields), its
        CPU seconds in ``name``'s slices."""
        spent = Spent()
        # the calling thread's CPU: the checkpoint thread beside the writer runs meanwhile
        start, cpu = time.perf_counter(), time.thread_time()
        yield spent
        spent.seconds = time.perf_counter() - start
        self.add(label or f"step {name}", spent.seconds)
        self.add_step_cpu(name, time.thread_time() - cpu, docs)

    def timed(self, name: str, items: Iterable[Any]) -> Iterator[Any]:
        it = iter(items)
        while True:
            start = time.perf_counter()
            try:
                item = next(it)
            except StopIteration:
                self.add(name, time.perf_counter() - start)
                return
            self.add(name, time.perf_counter() - start)
            yield item


def _take_stage_seconds() -> dict[str, float]:
    out = dict(STAGE_SECONDS)
    STAGE_SECONDS.clear()
    return out


# --- analysis (runs in the workers) -----------------------------------------------------------

# (the document's store rows, {step name: prepared payload}) or the error message of a failed analysis.
Analysed = tuple[DocumentRows, dict[str, Any]] | str

# Filled before the pool forks (workers inherit it): the steps' per-document parts.
PREPARATIONS: dict[str, Prepare] = {}
PREPARATIONS_MANY: dict[str, PrepareMany] = {}  # those of them that can take a whole chunk
TIME_PREPARATIONS = False  # set by time_stages() for $QAWL_PROFILE


def set_preparations() -> None:
    """Fill ``PREPARATIONS`` (and ``PREPARATIONS_MANY``) as ``run_ingest`` does. A pool whose
    workers run ``analyse_many`` without them does 40% less of the ingest workers' work (10,000
    articles: 67.4 G instructions instead of 113.0 G, session 51), so measure the workers with them
    (``bench/worker_cpu.py``)."""
    PREPARATIONS.clear()
    PREPARATIONS.update(step_preparations())
    PREPARATIONS_MANY.clear()
    PREPARATIONS_MANY.update(chunk_preparations())


def _prepare(name: str, prepare: Prepare, doc: Document) -> Any:
    if not TIME_PREPARATIONS:
        return prepare(doc)
    start = time.perf_counter()
    try:
        return prepare(doc)
    finally:
        label = f"prepare {name}"
        STAGE_SECONDS[label] = STAGE_SECONDS.get(label, 0.0) + time.perf_counter() - start


# The label under which the profile records the building of a document's store rows.
STORE_ROWS = "store rows"


def analyse_one(doc: Document) -> Analysed:
    """Worker side: the rows the store will hold for the document (ready tuples: the single writer
    only inserts them; the layers themselves are not sent back) and each step's per-document
    payload, or the error message when analysis failed, so one bad document never stops a run."""
    return analyse_many([doc])[0]


def analyse_many(docs: list[Document]) -> list[Analysed]:
    """:func:`analyse_one` of each of ``docs``, run part by part: each stage over every document,
    then each step's preparation, then the store rows. A part's code and tables stay in the CPU's
    caches from one document to the next (one document after the other, each part found them
    evicted by the others: a 10-document chunk's preparations took 17–25% less CPU part by part)."""
    out: list[Analysed | None] = [None] * len(docs)
    prepared: list[dict[str, Any]] = [{} for _ in docs]

    def each(part: Callable[[Document], Any]) -> Iterator[tuple[int, Any]]:
        for i, doc in enumerate(docs):
            if out[i] is not None:  # failed in an earlier part
                continue
            try:
                result = part(doc)
            except Exception as exc:  # noqa: BLE001 - reported as a skipped document
                out[i] = f"analysis failed: {type(exc).__name__}: {exc}"
                continue
            yield i, result

    for stage in stages():
        for _ in each(stage):
            pass
    for name, prepare in PREPARATIONS.items():
        live = [i for i, result in enumerate(out) if result is None]
        payloads = _prepare_at_once(name, [docs[i] for i in live])
        if payloads is not None:
            for i, payload in zip(live, payloads):
                prepared[i][name] = payload
            continue
        for i, payload in each(partial(_prepare, name, prepare)):
            prepared[i][name] = payload
    for i, rows in each(partial(_prepare, STORE_ROWS, document_rows)):
        out[i] = (rows, prepared[i])
    return out  # type: ignore[return-value]


def _prepare_at_once(name: str, docs: list[Document]) -> list[Any] | None:
    """The payloads of step ``name`` for ``docs``, made in one call when the step can take a chunk
    (``STEP_PREPARATION_MANY``); None when it cannot, or when the call failed: then each document is
    prepared alone, so that only the one that fails is skipped."""
    many = PREPARATIONS_MANY.get(name)
    if many is None or len(docs) < 2:
        return None
    try:
        return _prepare(name, many, docs)
    except Exception:  # noqa: BLE001 - made again one by one (see above)
        return None


def _analyse_chunk(docs: list[Document]) -> tuple[list[Analysed], dict[str, float]]:
    _collect_between_chunks()
    return analyse_many(docs), _take_stage_seconds()


# A worker's garbage collection, run at the start of each chunk instead of automatically (see
# ``_worker_start``): then the last chunk's results have been sent and freed, and only what outlived
# them is walked. Analysis makes no cyclic garbage (2,000 articles: none); the older generations
# are still collected, as often as Python's default thresholds would (every 10 and 100 collections).
_WORKER_COLLECTIONS = [0]


def _collect_between_chunks() -> None:
    if gc.isenabled():  # not a pool worker (analysed in the writer), or collection turned back on
        return
    n = _WORKER_COLLECTIONS[0] = _WORKER_COLLECTIONS[0] + 1
    gc.collect(2 if n % 100 == 0 else 1 if n % 10 == 0 else 0)


def _worker_start() -> None:
    """A worker's first act: yield the cores to the writer whenever it can run, and collect garbage
    between chunks only (automatic collections walked the objects of the chunk being analysed:
    0.06 CPU ms per article, 2% of the worker's time)."""
    gc.disable()
    try:
        os.nice(WORKER_NICENESS)
    except OSError:  # not allowed here: equal priority is slower, never wrong
        pass


def _chunks(docs: list[Document], size: int) -> list[list[Document]]:
    return [docs[i : i + size] for i in range(0, len(docs), size)]


class Analyser:
    """Analyses batches in a process pool (started on the first full batch; small inputs never
    pay for it), keeping at most ``IN_FLIGHT`` batches queued."""

    def __init__(self, workers: int, clock: Clock) -> None:
        self.workers = workers
        self.clock = clock
        self.pool: Pool | None = None
        self.collector: _WriterCollector | None = None
        self.queue: deque[tuple[list[Document], AsyncResult | list]] = deque()

    def submit(self, batch: list[Document], *, small: bool = False) -> None:
        if self.workers <= 1 or small:
            self.queue.append((batch, [_analyse_chunk(batch)]))
            return
        if self.pool is None:
            import multiprocessing

            from qawl import pipeline

            if not pipeline.STAGES:  # import the stages (and their rule tables) once, before forking
                pipeline.STAGES.extend(pipeline._stages())
            self.collector = _WriterCollector()
            self.pool = multiprocessing.get_context("fork").Pool(self.workers, initializer=_worker_start)
            self.collector.after_fork()
        self.queue.append((batch, self.pool.map_async(_analyse_chunk, _chunks(batch, CHUNK_SIZE))))

    def full(self) -> bool:
        return len(self.queue) >= IN_FLIGHT

    def pop(self) -> list[tuple[Document, Analysed]]:
        batch, result = self.queue.popleft()
        start = time.perf_counter()
        chunks = result if isinstance(result, list) else result.get()
        self.clock.add("wait for workers", time.perf_counter() - start)
        results = []
        for analysed, seconds in chunks:
            results += analysed
            for name, sec in seconds.items():
                self.clock.add(name, sec)
        return list(zip(batch, results))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
        if self.collector is not None:
            self.collector.restore()


# Full collections of the writer: at most one per this many collections of the middle generation
# (Python's default is 10). A full collection walks every object the writer holds (the link and
# entity steps' in-memory indexes, caches), and at the default one ran every few batches: ~8% of
# the writer's CPU on the first 5,000 articles. Cyclic garbage waits longer; other garbage is freed
# as before.
WRITER_FULL_COLLECTION_EVERY = 100


class _WriterCollector:
    """The garbage collector around the pool's fork: the objects made so far (modules, rule tables)
    are frozen before it, so that no collection in the workers or the writer walks them again (nor
    writes to their pages, which the workers then keep sharing with the writer); after it, the
    writer collects fully less often. :meth:`restore` undoes both."""

    def __init__(self) -> None:
        self.threshold = gc.get_threshold()
        gc.collect()
        gc.freeze()

    def after_fork(self) -> None:
        young, middle, _ = self.threshold
        gc.set_threshold(young, middle, WRITER_FULL_COLLECTION_EVERY)

    def restore(self) -> None:
        gc.unfreeze()
        gc.set_threshold(*self.threshold)


@contextmanager
def _collection_paused() -> Iterator[None]:
    """No automatic garbage collection while one batch is stored (see the call site)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def default_workers() -> int:
    """``$QAWL_WORKERS`` when set, else every core."""
    env = os.environ.get("QAWL_WORKERS")
    return int(env) if env else (os.cpu_count() or 1)


def batch_size() -> int:
    """``$QAWL_BATCH_SIZE`` when set (tests use small batches), else ``BATCH_SIZE``."""
    return int(os.environ.get("QAWL_BATCH_SIZE") or BATCH_SIZE)


# --- resumable cross-document steps ------------------------------------------------------------


class OneTransaction:
    """The store connection as a cross-document step sees it: the step's commits (explicit ones,
    ``with conn:``, and the COMMIT ``executescript`` issues first) are deferred to the single commit
    the runner makes after the step, so a step and the deletion of its markers are one transaction
    however the step commits. An exception rolls the whole of it back."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        object.__setattr__(self, "_conn", conn)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._conn, name, value)

    def commit(self) -> None:
        pass

    def __enter__(self) -> "OneTransaction":
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
        if exc_type is not None:
            self._conn.rollback()
        return False

    def executescript(self, script: str) -> sqlite3.Cursor:
        """Each statement of ``script`` inside the open transaction (SQLite DDL is transactional)."""
        statement = ""
        for line in script.splitlines(keepends=True):
            statement += line
            if sqlite3.complete_statement(statement):
                self._conn.execute(statement)
                statement = ""
        if statement.strip():
            self._conn.execute(statement)
        return self._conn.cursor()


def _run_step(conn: sqlite3.Connection, name: str, step: Step, ids: list[str], clock: Clock | None,
              prepared: dict[str, dict[str, Any]] | None) -> None:
    """One step over ``ids`` inside the caller's transaction (rolled back whole if the step fails)."""
    with clock.step(name, len(ids)) if clock is not None else nullcontext():
        try:
            if name in STEP_PREPARATION:
                step(OneTransaction(conn), ids, prepared=(prepared or {}).get(name, {}))
            else:
                step(OneTransaction(conn), ids)
        except BaseException:
            conn.rollback()
            raise


def run_pending_steps(conn: sqlite3.Connection, steps: list[tuple[str, Step]], clock: Clock | None = None,
                      prepared: dict[str, dict[str, Any]] | None = None) -> None:
    """Run every step over the documents still waiting for it, in ingest order. ``prepared`` holds,
    per step with a per-document part, the payloads the workers made (``{step: {doc_id: payload}}``).

    The step's markers are deleted in one transaction with everything the step writes (see
    :class:`OneTransaction`): either both happen or neither does."""
    for name, step in steps:
        ids = [r[0] for r in conn.execute(
            "SELECT p.doc_id FROM ingest_pending p JOIN documents d ON d.id = p.doc_id"
            " WHERE p.step = ? ORDER BY d.seq", (name,))]
        if not ids:
            continue
        conn.execute("DELETE FROM ingest_pending WHERE step = ?", (name,))
        _run_step(conn, name, step, ids, clock, prepared)
        conn.commit()
    # Markers of steps no longer present, or of documents deleted since, have nothing left to do.
    known = [name for name, _ in steps]
    with conn:
        conn.execute(
            f"DELETE FROM ingest_pending WHERE step NOT IN ({','.join('?' * len(known))})"
            " OR doc_id NOT IN (SELECT id FROM documents)", known)


def in_store_order(written: list[str]) -> list[str]:
    """Distinct ids of ``save_batch``'s answer in the order of their ``seq``: an id written twice in a
    batch was deleted and inserted again, after the ids between."""
    return list(dict.fromkeys(reversed(written)))[::-1]


# --- the run ------------------------------------------------------------------------------------


def _stored(conn: sqlite3.Connection, ids: list[str]) -> dict[str, tuple[str, int]]:
    """Content hash and statement count of the stored documents among ``ids``."""
    out: dict[str, tuple[str, int]] = {}
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        marks = ",".join("?" * len(part))
        for doc_id, digest, n in conn.execute(
            f"SELECT d.id, d.content_hash, (SELECT COUNT(*) FROM statements s WHERE s.doc_id = d.id)"
            f" FROM documents d WHERE d.id IN ({marks})", part):
            out[doc_id] = (digest, n)
    return out


def _read_batches(items: Iterable[Document | Skipped], summary: IngestSummary, size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in items:
        if isinstance(item, Skipped):
            summary.skipped.append(item)
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _unchanged(conn: sqlite3.Connection, batch: list[Document], summary: IngestSummary,
               progress: "Progress") -> list[Document]:
    """Count the documents already stored as they are (no analysis) and return the others."""
    stored = _stored(conn, [d.id for d in batch])
    todo = []
    for doc in batch:
        hit = stored.get(doc.id)
        if hit is not None and hit[0] == content_hash(doc):
            summary.documents += 1
            summary.statements += hit[1]
            progress.advance(1, hit[1])
        else:
            todo.append(doc)
    return todo


# The step ``save_batch`` runs before it inserts a batch's rows (its ``resolve``), so that they are
# inserted with their entity ids instead of updated by the step afterwards. It reads and writes no
# table the steps before it touch (furniture: lines, outlets' counts, statements it drops), so
# running it first gives the same store.
AT_INSERT = "qawl.entities:resolve_documents"


class _AtInsert:
    """``save_batch``'s ``resolve``: :data:`AT_INSERT` over the batch's rows, timed as that step."""

    def __init__(self, steps: list[tuple[str, Step]], prepared: dict[str, dict[str, Any]], clock: Clock) -> None:
        self.step = any(name == AT_INSERT for name, _ in steps)
        self.prepared = prepared.get(AT_INSERT, {})
        self.clock = clock
        self.seconds = 0.0

    def __call__(self, conn: Any, docs: list[tuple[str, list[tuple]]]) -> dict[tuple[str, str], int]:
        from qawl.entities import resolve_rows

        with self.clock.step(AT_INSERT, len(docs)) as spent:
            resolved = resolve_rows(conn, docs, self.prepared)
        self.seconds = spent.seconds
        return resolved


# The profile's name for the commit of a batch and its steps (its CPU is listed per slice like a step's).
COMMIT = "commit batch"


class Commits:
    """Commits every ``every`` batches (``$QAWL_COMMIT_EVERY``, else ``COMMIT_EVERY``): each commit
    writes every page its batches dirtied, and consecutive batches dirty many of the same pages."""

    def __init__(self, checkpoints: "Checkpoints | None" = None) -> None:
        self.every = int(os.environ.get("QAWL_COMMIT_EVERY") or COMMIT_EVERY)
        self.pending = self.docs = 0
        self.checkpoints = checkpoints

    def batch_done(self, conn: sqlite3.Connection, clock: Clock, docs: int) -> None:
        self.pending += 1
        self.docs += docs
        if self.pending >= self.every:
            self.flush(conn, clock)

    def flush(self, conn: sqlite3.Connection, clock: Clock) -> None:
        if not self.pending:
            return
        with clock.step(COMMIT, self.docs, label=COMMIT):
            conn.commit()  # also where FTS5 writes the search step's new index segments
            if self.checkpoints is not None:
                self.checkpoints.after_commit()
        self.pending = self.docs = 0


# Bytes of WAL beyond which the writer copies the rest of it back itself after a commit (see
# ``Checkpoints``): at 50k articles a commit adds 200–300 MB, so about one commit in three waits.
CHECKPOINT_WAL_LIMIT = 512 * 2**20


class Checkpoints:
    """Copies what each commit wrote to the WAL back into the database file (a checkpoint) on a
    thread with a connection of its own, while the writer goes on with the next batches: SQLite
    runs it without holding Python's GIL, so it takes the idle core instead of the writer's time.
    (SQLite's automatic checkpoint, now off on the writer's connection, ran inside every commit: a
    few hundred MB read and written, and a sync, ~40% of the commits' CPU.)

    A WAL starts over from its beginning only when a write begins after a checkpoint has copied all
    of it. The writer writes on while the thread copies, so the WAL grows; once it is larger than
    ``CHECKPOINT_WAL_LIMIT`` after a commit, the writer waits for the thread and copies the rest
    itself, and its next batch starts the WAL over."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.path = conn.execute("PRAGMA database_list").fetchone()[2]
        self.thread: threading.Thread | None = None

    def after_commit(self) -> None:
        self.wait()
        if not self.path or self._wal_bytes() > CHECKPOINT_WAL_LIMIT:
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            return
        self.thread = threading.Thread(target=self._checkpoint, name="qawl-checkpoint", daemon=True)
        self.thread.start()

    def wait(self) -> None:
        """Until the thread's checkpoint is done (before the writer's connection closes)."""
        if self.thread is not None:
            self.thread.join()
            self.thread = None

    def _wal_bytes(self) -> int:
        try:
            return os.path.getsize(self.path + "-wal")
        except OSError:
            return 0

    def _checkpoint(self) -> None:
        try:
            conn = sqlite3.connect(self.path, timeout=60)
            try:
                conn.execute("PRAGMA synchronous = NORMAL")  # as the writer's: the WAL and the file are synced once
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            finally:
                conn.close()
        except sqlite3.Error as exc:  # the writer's next checkpoint copies what this one did not
            log.debug("checkpoint beside the writer failed: %s", exc)


def _store(conn: sqlite3.Connection, analysed: list[tuple[Document, Analysed]], steps: list[tuple[str, Step]],
           summary: IngestSummary, progress: "Progress", clock: Clock, commits: Commits) -> None:
    batch: list[tuple[Document, str | None, DocumentRows]] = []
    prepared: dict[str, dict[str, Any]] = {}
    found = 0
    for doc, result in analysed:
        if isinstance(result, str):
            summary.skipped.append(Skipped(f"document {doc.id}", result))
            continue
        rows, payloads = result
        for name, payload in payloads.items():
            prepared.setdefault(name, {})[doc.id] = payload
        n = rows.statement_count
        summary.documents += 1
        summary.statements += n
        found += n
        batch.append((doc, None, rows))
    # The batch and every step over it go in the open transaction (committed by ``commits``): each
    # commit writes every page it dirtied to the WAL, and the steps touch the pages the batch wrote
    # (statements, index interiors), so one commit instead of six writes them once. A kill leaves the
    # batch stored with its steps done, or nothing of it; so its documents need no ``ingest_pending``
    # markers.
    start = time.perf_counter()
    try:
        resolver = _AtInsert(steps, prepared, clock)
        written = save_batch(OneTransaction(conn), batch, resolve=resolver if resolver.step else None)
        clock.add("store writes", time.perf_counter() - start - resolver.seconds)
        ids = in_store_order(written)
        if ids:
            for name, step in steps:
                if not (written.resolved and name == AT_INSERT):
                    _run_step(conn, name, step, ids, clock, prepared)
        commits.batch_done(conn, clock, len(ids))
    except BaseException:
        conn.rollback()
        raise
    summary.written += len(written)
    progress.advance(len(analysed), found)


def _store_batch(conn: sqlite3.Connection, analyser: Analyser, steps: list[tuple[str, Step]],
                 summary: IngestSummary, progress: "Progress", clock: Clock, commits: Commits) -> None:
    """Store the oldest analysed batch. A batch's rows and payloads (unpickled by the pool's result
    thread meanwhile) are young objects that live until it is stored and then nearly all go: each
    collection while they live walks them again (generation 0, then 1). Collecting after the batch
    walks only what outlives it (the steps' caches): the writer's collections took 1.05 CPU s per
    10,000 articles, 0.45 paused. A batch leaves little cyclic garbage (10,000 articles: ~800
    objects), collected right after it. The batch is out of reach before collection resumes."""
    with _collection_paused():
        _store(conn, analyser.pop(), steps, summary, progress, clock, commits)


def run_ingest(paths: list[str], *, db: str, outlet: str | None = None, date: str | None = None,
               workers: int | None = None, progress: bool | None = None) -> IngestSummary:
    """Ingest ``paths`` into the store at ``db``; safe to kill and re-run (see the module doc)."""
    steps = cross_document_steps()
    summary = IngestSummary()
    clock = Clock()
    profile = os.environ.get("QAWL_PROFILE")
    if profile:
        time_stages()
    set_preparations()
    analyser = Analyser(default_workers() if workers is None else workers, clock)
    bar = Progress.for_stream(sys.stderr, paths, enabled=progress)
    conn = connect(db)
    checkpoints = Checkpoints(conn)
    try:
        conn.executescript(PENDING_SCHEMA)
        for pragma in WRITER_PRAGMAS:
            conn.execute(pragma)
        run_pending_steps(conn, steps)  # what a killed run left undone comes first
        size = batch_size()
        commits = Commits(checkpoints)
        items = clock.timed("read and decode", iter_documents(paths, outlet=outlet, date=date))
        for batch in _read_batches(items, summary, size):
            start = time.perf_counter()
            todo = _unchanged(conn, batch, summary, bar)
            clock.add("skip stored", time.perf_counter() - start)
            if todo:
                # An input smaller than one batch is analysed in this process: no pool to start.
                analyser.submit(todo, small=len(batch) < size and not analyser.queue and analyser.pool is None)
            while analyser.full():
                _store_batch(conn, analyser, steps, summary, bar, clock, commits)
        while analyser.queue:
            _store_batch(conn, analyser, steps, summary, bar, clock, commits)
        commits.flush(conn, clock)
        summary.speakers = conn.execute(
            "SELECT COUNT(DISTINCT entity_id) FROM statements WHERE entity_id IS NOT NULL"
        ).fetchone()[0]
    finally:
        analyser.close()
        bar.close()
        checkpoints.wait()
        conn.close()
    if profile:
        import json

        with open(profile, "w", encoding="utf-8") as fh:
            json.dump({"workers": analyser.workers, "seconds": clock.seconds, "writer_cpu": time.process_time(),
                       "slice_docs": SLICE_DOCS, "step_cpu_by_slice": clock.step_cpu}, fh, indent=1)
    return summary


# --- progress -----------------------------------------------------------------------------------


class Progress:
    """Documents/s, statements found and (when the input size is known) ETA: a rich progress bar on
    a terminal, a plain log line every ``LOG_EVERY`` seconds otherwise."""

    def __init__(self, out: IO[str] | None, total: int | None, bar: bool) -> None:
        self.out, self.total, self.done, self.statements = out, total, 0, 0
        self.start = self.last = time.monotonic()
        self.rich = None
        if out is not None and bar:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as RichProgress, TextColumn, TimeRemainingColumn

            self.rich = RichProgress(
                TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:.0f} docs/s · {task.fields[statements]} statements"),
                TimeRemainingColumn(), console=Console(file=out), transient=False)
            self.task = self.rich.add_task("ingest", total=total, rate=0.0, statements=0)
            self.rich.start()

    @classmethod
    def for_stream(cls, out: IO[str], paths: list[str], *, enabled: bool | None) -> "Progress":
        if enabled is False:
            return cls(None, None, False)
        tty = out.isatty()
        return cls(out, count_documents(paths) if tty else None, tty)

    def advance(self, docs: int, statements: int) -> None:
        self.done += docs
        self.statements += statements
        now = time.monotonic()
        rate = self.done / max(now - self.start, 1e-9)
        if self.rich is not None:
            self.rich.update(self.task, advance=docs, rate=rate, statements=self.statements)
        elif self.out is not None and now - self.last >= LOG_EVERY:
            self.last = now
            print(f"ingest: {self.done} documents, {self.statements} statements, {rate:.0f} docs/s",
                  file=self.out, flush=True)

    def close(self) -> None:
        if self.rich is not None:
            self.rich.stop()


def count_documents(paths: list[str]) -> int | None:
    """Number of documents in ``paths`` when cheap to know (JSONL lines, files of a folder), else None."""
    import gzip
    from pathlib import Path

    total = 0
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            total += sum(1 for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        elif path.is_file() and path.name.lower().endswith((".jsonl", ".jsonl.gz", ".ndjson")):
            opener = gzip.open if path.name.lower().endswith(".gz") else open
            try:
                with opener(path, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except (OSError, EOFError):
                return None
        else:
            return None
    return total
