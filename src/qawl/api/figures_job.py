"""Figure disagreements of a store computed in a child process, printed as JSON on stdout.

    python -m qawl.api.figures_job STORE

The server starts this once per store version (``reads.figures``). Comparing every figure of the
50k store takes ~100 s of CPU in Python; in a thread of the server it held the GIL against every
request for that long (``/api/search`` answered in twice the time). A child process at lower
priority leaves the server's interpreter to the requests.
"""
from __future__ import annotations

import json
import os
import sys


def main(path: str) -> None:
    os.nice(10)
    from qawl.api.reads import plain
    from qawl.claims.disagree import figure_disagreements
    from qawl.store.db import connect

    conn = connect(path, readonly=True)
    try:
        items = plain(list(figure_disagreements(conn)))
    finally:
        conn.close()
    json.dump(items, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
