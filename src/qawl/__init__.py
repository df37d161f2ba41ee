"""qawl — who said what in Arabic news.

The public surface is small: a :class:`Document` (original text plus annotation layers) and
:func:`analyze`, the per-document pipeline that CLI, store, API and Spark all call.
"""
import logging

from qawl.doc import Document, Span
from qawl.pipeline import analyze

__all__ = ["Document", "Span", "analyze"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
