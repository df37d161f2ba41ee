"""Walk inputs (files, folders, ``-``) and yield documents, or a :class:`Skipped` record naming what
was passed over and why. Nothing is lost silently: every skip carries its file (and line)."""
from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qawl.doc import Document
from qawl.ingest.decode import DecodeError, decode_bytes

TEXT_SUFFIXES = (".txt", ".text")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".json")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
WARC_SUFFIXES = (".warc", ".warc.gz")


@dataclass(slots=True)
class Skipped:
    """An input that was not ingested: ``where`` is ``path`` or ``path:line``."""

    where: str
    reason: str


@dataclass(slots=True)
class Defaults:
    """Metadata given on the command line, used where an input has none."""

    outlet: str | None = None
    date: str | None = None


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suf in (*JSONL_SUFFIXES, *WARC_SUFFIXES, *HTML_SUFFIXES, *TEXT_SUFFIXES):
        if name.endswith(suf):
            return suf
    return path.suffix.lower()


def iter_documents(paths: Iterable[str], *, outlet: str | None = None, date: str | None = None) -> Iterator[Document | Skipped]:
    """Every document in ``paths`` (recursing into folders, ``-`` for stdin) in a stable order."""
    defaults = Defaults(outlet, date)
    for raw in paths:
        if raw == "-":
            yield from _read_stdin(defaults)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                yield from _read_file(child, defaults)
        elif path.is_file():
            yield from _read_file(path, defaults)
        else:
            yield Skipped(raw, "no such file or folder")


def _read_file(path: Path, defaults: Defaults) -> Iterator[Document | Skipped]:
    suffix = _suffix(path)
    try:
        if suffix in JSONL_SUFFIXES:
            opener = gzip.open if suffix.endswith(".gz") else open
            with opener(path, "rb") as fh:
                yield from _read_jsonl(fh, str(path), defaults)
        elif suffix in WARC_SUFFIXES:
            from qawl.ingest.warc import read_warc

            yield from read_warc(path, defaults)
        elif suffix in HTML_SUFFIXES:
            yield _read_html(path.read_bytes(), str(path), path.stem, defaults)
        else:
            yield _read_text(path.read_bytes(), str(path), path.stem, defaults)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Skipped(str(path), f"cannot read: {exc}")


def _read_stdin(defaults: Defaults) -> Iterator[Document | Skipped]:
    data = sys.stdin.buffer.read()
    if data.lstrip()[:1] == b"{":
        yield from _read_jsonl(io.BytesIO(data), "<stdin>", defaults)
    elif data.lstrip()[:1] == b"<":
        yield _read_html(data, "<stdin>", "stdin", defaults)
    else:
        yield _read_text(data, "<stdin>", "stdin", defaults)


def _read_text(data: bytes, where: str, doc_id: str, defaults: Defaults) -> Document | Skipped:
    try:
        text, _ = decode_bytes(data)
    except DecodeError as exc:
        return Skipped(where, str(exc))
    return Document(id=doc_id, text=text, outlet=defaults.outlet, date=defaults.date)


def _read_html(data: bytes, where: str, doc_id: str, defaults: Defaults) -> Document | Skipped:
    from qawl.ingest.html import extract_article

    try:
        html, _ = decode_bytes(data)
    except DecodeError as exc:
        return Skipped(where, str(exc))
    article = extract_article(html)
    if article is None:
        return Skipped(where, "no article text found in the HTML")
    return Document(id=doc_id, text=article.text, title=article.title, outlet=defaults.outlet,
                    date=article.date or defaults.date, url=article.url)


def document_from_record(record: Any, defaults: Defaults | None = None) -> Document:
    """A document from one JSON object (``id``, ``text``; optional ``title``, ``outlet``, ``date``, ``url``).

    Raises ``ValueError`` naming the problem."""
    defaults = defaults or Defaults()
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    doc_id, text = record.get("id"), record.get("text")
    if doc_id is None or (isinstance(doc_id, str) and not doc_id.strip()):
        raise ValueError("missing 'id'")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("missing or empty 'text'")

    def opt(name: str) -> str | None:
        value = record.get(name)
        return value if isinstance(value, str) and value.strip() else None

    return Document(id=str(doc_id), text=text, title=opt("title"), outlet=opt("outlet") or defaults.outlet,
                    date=(opt("date") or defaults.date or "")[:10] or None, url=opt("url"))


def _read_jsonl(fh: Any, where: str, defaults: Defaults) -> Iterator[Document | Skipped]:
    for lineno, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            yield document_from_record(record, defaults)
        except UnicodeDecodeError:
            yield Skipped(f"{where}:{lineno}", "line is not UTF-8")
        except json.JSONDecodeError as exc:
            yield Skipped(f"{where}:{lineno}", f"broken JSON: {exc.msg} at column {exc.colno}")
        except ValueError as exc:
            yield Skipped(f"{where}:{lineno}", str(exc))
