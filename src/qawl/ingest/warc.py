"""Web archives (``.warc``, ``.warc.gz``, read with warcio): each HTML page fetched with status 200
becomes a document with its URL (``WARC-Target-URI``) and date (``WARC-Date``).

Records that are not pages (requests, metadata, images, scripts, redirects, errors) are not
documents and are passed over without a message; an HTML page with no article text, or one that
cannot be decoded, is reported as skipped with its URL.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from qawl.doc import Document
from qawl.ingest.decode import DecodeError, decode_bytes
from qawl.ingest.readers import Defaults, Skipped

HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_doc_id(url: str | None, record_id: str | None) -> str:
    """Stable id of a page: from its URL (a re-crawl of the same page replaces it), else the record id."""
    basis = url or record_id or ""
    return "warc-" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


def _is_html_page(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and content_type.startswith(HTML_TYPES)


def _document(record: Any, body: bytes, where: str, defaults: Defaults) -> Document | Skipped:
    from qawl.ingest.html import extract_article

    url = record.rec_headers.get_header("WARC-Target-URI")
    where = f"{where} {url}" if url else where
    try:
        html, _ = decode_bytes(body)
    except DecodeError as exc:
        return Skipped(where, str(exc))
    article = extract_article(html, url=url)
    if article is None:
        return Skipped(where, "no article text found in the HTML")
    warc_date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
    return Document(id=warc_doc_id(url, record.rec_headers.get_header("WARC-Record-ID")), text=article.text,
                    title=article.title, outlet=defaults.outlet, date=warc_date or defaults.date, url=url)


def read_warc(path: Path, defaults: Defaults) -> Iterator[Document | Skipped]:
    """Every HTML page of the archive at ``path``, in archive order."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with open(path, "rb") as fh:
        try:
            records = ArchiveIterator(fh)
            for record in records:
                if not record.format.startswith("warc"):  # warcio reads anything else as an old ARC file
                    yield Skipped(str(path), "broken WARC: not a WARC record at offset "
                                  f"{records.get_record_offset()} (ARC files are not read)")
                    return
                if _is_html_page(record):
                    body = record.content_stream().read()  # before the offset: asking for it skips the body
                    yield _document(record, body, f"{path}@{records.get_record_offset()}", defaults)
        except ArchiveLoadFailed as exc:
            yield Skipped(str(path), f"broken WARC: {exc}")
