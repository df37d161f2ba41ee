"""CLI of linking: ``qawl export clusters``, ``qawl export reuse``, ``qawl show cluster ID`` and
``qawl relink`` (argument parsing and printing only; the work is in ``qawl.link``)."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import typer

from qawl.export import EXTRA_TABLES
from qawl.link.cards import iter_clusters, iter_reuse


def _clusters(conn: Any):
    from qawl.link.lsh import ensure_schema

    ensure_schema(conn)
    return iter_clusters(conn)


def _reuse(conn: Any):
    from qawl.link.lsh import ensure_schema

    ensure_schema(conn)
    return iter_reuse(conn)


EXTRA_TABLES["clusters"] = _clusters
EXTRA_TABLES["reuse"] = _reuse


def print_card(card: dict[str, Any]) -> None:
    """A readable cluster card: who carried the statement, who had it first, what each changed."""
    from rich.console import Console
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    console = Console()
    by_id = {m["statement_id"]: m for m in card["members"]}
    first, base = by_id[card["earliest"]], by_id[card["base"]]
    head = Text()
    head.append(f"{card['size']} reports in {len(card['documents'])} documents by {len(card['outlets'])} outlets\n")
    head.append(f"first: {first['outlet']} {first['date'] or '?'} ({first['doc_id']})\n", style="bold")
    head.append("original wording: " + (f"{base['outlet']} ({base['statement_id']})" if card["original"] else
                                        "none in the first person; diffs against the earliest report") + "\n")
    head.append(" ".join(base["text"].split()))
    console.print(Panel(head, title=f"cluster {card['id']}"))
    table = Table(show_lines=True)
    for col in ("date", "outlet", "document", "kind", "speaker", "changes against the base"):
        table.add_column(col)
    for m in card["members"]:
        changes = Text()
        if not m["diff"]:
            changes.append("(base)", style="dim")
        for op in m["diff"]:
            if op["op"] == "equal":
                words = op["text"].split()
                short = words if len(words) <= 6 else words[:3] + ["…"] + words[-3:]
                changes.append(" ".join(short) + " ", style="dim")
            else:
                if op["base"]:
                    changes.append(op["base"] + " ", style="red strike")
                if op["text"]:
                    changes.append(op["text"] + " ", style="green")
        speaker = (m["speaker"] or {}).get("name") or (m["speaker"] or {}).get("text") or ""
        table.add_row(m["date"] or "", m["outlet"] or "", m["doc_id"], m["kind"], speaker, changes)
    console.print(table)


def register(app: typer.Typer, export_app: typer.Typer) -> None:
    DbOption = typer.Option(None, "--db", help="SQLite store (default: $QAWL_DB or ./qawl.db).")
    FormatOption = typer.Option("jsonl", "--format", help="jsonl or csv.")
    OutputOption = typer.Option(None, "-o", "--output", help="Output file (default: stdout).")

    def _db(db: Optional[Path]) -> str:
        from qawl.store.db import default_path

        return str(db) if db else default_path()

    def _export(table: str, db: Optional[Path], fmt: str, output: Optional[Path]) -> None:
        from qawl.export import write_table

        count = write_table(_db(db), table, fmt=fmt, output=output)
        typer.echo(f"{count} {table} written" + (f" to {output}" if output else ""), err=True)

    @export_app.command("clusters")
    def export_clusters(db: Optional[Path] = DbOption, fmt: str = FormatOption,
                        output: Optional[Path] = OutputOption) -> None:
        """Statement clusters (2+ reports): members, earliest report, outlets, changes per variant."""
        _export("clusters", db, fmt, output)

    @export_app.command("reuse")
    def export_reuse(db: Optional[Path] = DbOption, fmt: str = FormatOption,
                     output: Optional[Path] = OutputOption) -> None:
        """Pairs of documents sharing text: share of each from the other, aligned character spans."""
        _export("reuse", db, fmt, output)

    show_app = next((g.typer_instance for g in app.registered_groups if g.name == "show"), None)
    if show_app is None:
        show_app = typer.Typer(no_args_is_help=True, help="Print one item of the store as a readable card.")
        app.add_typer(show_app, name="show")

    @show_app.command("cluster")
    def show_cluster(cluster_id: str = typer.Argument(..., help="A cluster id (see `qawl export statements`)."),
                     db: Optional[Path] = DbOption) -> None:
        """Print a cluster card: every report of one statement, who had it first, what each changed."""
        from qawl.link.cards import cluster_card
        from qawl.link.lsh import ensure_schema
        from qawl.store.db import connect

        conn = connect(_db(db))
        try:
            ensure_schema(conn)
            card = cluster_card(conn, cluster_id)
        finally:
            conn.close()
        if card is None:
            typer.echo(f"no cluster {cluster_id!r} in {_db(db)}", err=True)
            raise typer.Exit(1)
        print_card(card)

    @app.command("relink")
    def relink_command(db: Optional[Path] = DbOption) -> None:
        """Rebuild statement clusters and document reuse for the whole store."""
        from qawl.link import relink
        from qawl.store.db import connect

        conn = connect(_db(db))
        try:
            n = relink(conn)
        finally:
            conn.close()
        typer.echo(f"relinked {n} documents", err=True)
