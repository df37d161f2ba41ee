"""Reading articles from files, folders, JSONL, HTML and stdin into :class:`~qawl.doc.Document` objects."""
from qawl.ingest.readers import Skipped, iter_documents

__all__ = ["Skipped", "iter_documents"]
