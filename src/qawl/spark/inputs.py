"""Inputs of the Spark job: the same files ``qawl ingest`` reads, in the same order, read by the same
readers (one Spark task per file), plus Parquet tables of documents."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from qawl.doc import Document
from qawl.ingest.readers import Defaults, Skipped, _read_file, document_from_record

Keyed = tuple[tuple[int, int], Document | Skipped]  # ((file_no, item_no), item)


def expand(paths: list[str]) -> tuple[list[str], list[Skipped]]:
    """Files under ``paths`` in the order ``qawl ingest`` reads them (folders recursively, sorted)."""
    files: list[str] = []
    missing: list[Skipped] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += [str(p) for p in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))]
        elif path.is_file():
            files.append(str(path))
        else:
            missing.append(Skipped(raw, "no such file or folder"))
    return files, missing


def is_parquet(path: str) -> bool:
    return path.lower().endswith(".parquet")


def read_file(file_no: int, path: str, defaults: Defaults) -> Iterator[Keyed]:
    """A Spark task: every document (or skip) of one input file with its place in the input."""
    for item_no, item in enumerate(_read_file(Path(path), defaults)):
        yield (file_no, item_no), item


def from_parquet_row(file_no: int, item_no: int, row: dict[str, Any], where: str, defaults: Defaults) -> Keyed:
    try:
        return (file_no, item_no), document_from_record(row, defaults)
    except ValueError as exc:
        return (file_no, item_no), Skipped(f"{where}#{item_no}", str(exc))
