"""The SQLite driver every part of qawl opens stores with.

``pysqlite3`` (the ``pysqlite3-binary`` wheel: Python's own ``sqlite3`` module built with a recent
SQLite, 3.51.1 in the pinned version) when it is installed, else the standard library's ``sqlite3``
(Debian 12 links SQLite 3.40.1). Both read and write the same files: a store made with one opens
with the other. The newer SQLite does the same inserts, FTS5 indexing and commits in less CPU: the
ingest writer replayed over the first 20,000 articles of the shared corpus took 4–8% less CPU
(its search step 9–14% less), with every table of the store identical (``bench/store_golden.py``).
Exceptions, rows and connections all come from this module's ``sqlite3``: catch its errors, not
the standard library's, around qawl's connections.
"""
from __future__ import annotations

try:
    from pysqlite3 import dbapi2 as sqlite3
except ImportError:  # no wheel for this platform: the standard library's
    import sqlite3  # type: ignore[no-redef]

__all__ = ["sqlite3"]
