"""Site furniture as a Spark job (the cross-document step :mod:`qawl.furniture`): a line found in
``REPEATED_LINE_MIN_DOCS`` or more articles of one outlet holds no statements.

The single-machine step drops, once a line reaches that count, the statements inside it in every
article that has it; its end state depends only on the final counts, which this job computes at once
with the same line splitting, folding and hashing.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

try:
    from qawl.furniture import MIN_LINE_CHARS, line_hash, lines
    from qawl.rules.boilerplate import REPEATED_LINE_MIN_DOCS
    from qawl.text.normalize import key
except ImportError:  # the furniture step is not part of this qawl
    lines = None  # type: ignore[assignment]


def doc_lines(doc_id: str, outlet: str | None, text: str) -> Iterator[dict[str, Any]]:
    """The counted lines of one document (none without an outlet: no site to learn from)."""
    if lines is None or not outlet:
        return
    for start, end in lines(text):
        if len(key(text[start:end])) >= MIN_LINE_CHARS:
            yield {"doc_id": doc_id, "outlet": outlet, "hash": line_hash(text[start:end]), "start": start, "end": end}


def furniture_statements(doc_lines_df: Any, statements: Any) -> Any:
    """DataFrame ``(id)`` of the statements inside repeated lines."""
    from pyspark.sql import functions as F

    repeated = (doc_lines_df.select("outlet", "hash", "doc_id").distinct().groupBy("outlet", "hash").count()
                .where(F.col("count") >= REPEATED_LINE_MIN_DOCS).select("outlet", "hash"))
    spans = doc_lines_df.join(repeated, ["outlet", "hash"]).select(
        F.col("doc_id").alias("l_doc"), F.col("start").alias("l_start"), F.col("end").alias("l_end"))
    s = statements.where(F.col("field") == "text")
    hit = s.join(spans, (s.doc_id == spans.l_doc) & (s.start < spans.l_end) & (s["end"] > spans.l_start))
    return hit.select("id").distinct()


def enabled() -> bool:
    return lines is not None
