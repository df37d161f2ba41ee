"""Human-readable summaries of the store for the terminal (``qawl who``)."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from qawl.store.db import connect


def print_who(db: str, *, limit: int = 40) -> None:
    """Speakers, most quoted first, each with their statements (shortened)."""
    conn = connect(db)
    console = Console()
    speakers = conn.execute(
        "SELECT e.id, e.name, e.type, COUNT(*) AS n FROM statements s JOIN entities e ON e.id = s.entity_id"
        " GROUP BY e.id ORDER BY n DESC, e.name"
    ).fetchall()
    table = Table(title="من قال ماذا — who said what", show_lines=False)
    for col in ("speaker", "kind", "document", "statement"):
        table.add_column(col)
    shown = 0
    for sp in speakers:
        for st in conn.execute("SELECT kind, doc_id, text FROM statements WHERE entity_id = ? ORDER BY doc_id, n", (sp["id"],)):
            if shown >= limit:
                break
            text = " ".join(st["text"].split())
            table.add_row(sp["name"], st["kind"], st["doc_id"], text[:90] + ("…" if len(text) > 90 else ""))
            shown += 1
    unattributed = conn.execute("SELECT COUNT(*) FROM statements WHERE entity_id IS NULL").fetchone()[0]
    console.print(table)
    console.print(f"{len(speakers)} speakers; {unattributed} statements without a known speaker.")
    conn.close()
