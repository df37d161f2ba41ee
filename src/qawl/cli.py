"""The ``qawl`` command: argument parsing and printing only; the work is done by library modules."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from qawl.store.db import default_path

app = typer.Typer(add_completion=False, no_args_is_help=True, help="qawl — who said what in Arabic news.")
export_app = typer.Typer(no_args_is_help=True, help="Export tables from the store as JSONL or CSV.")
app.add_typer(export_app, name="export")

DbOption = typer.Option(None, "--db", help="SQLite store (default: $QAWL_DB or ./qawl.db).")


def _db(db: Optional[Path]) -> str:
    return str(db) if db else default_path()


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or - for stdin."),
    db: Optional[Path] = DbOption,
    outlet: Optional[str] = typer.Option(None, help="Outlet name for inputs that carry none."),
    date: Optional[str] = typer.Option(None, help="Date (YYYY-MM-DD) for inputs that carry none."),
) -> None:
    """Read articles, extract statements and speakers, and store them."""
    from qawl.ingest_run import run_ingest
    from qawl.link.lsh import ParamsMismatch

    try:
        summary = run_ingest(paths, db=_db(db), outlet=outlet, date=date)
    except ParamsMismatch as e:  # a store linked by another qawl: a message, not a traceback
        typer.echo(f"qawl ingest: {e}", err=True)
        raise typer.Exit(2)
    summary.print(sys.stderr)
    raise typer.Exit(1 if summary.skipped else 0)


@app.command()
def extract(path: str = typer.Argument("-", help="An article file (.txt, .html, .jsonl) or - for stdin.")) -> None:
    """Print the JSON analysis of one article (no database)."""
    from qawl.ingest import Skipped, iter_documents
    from qawl.pipeline import analyze
    from qawl.serialize import document_dict

    failed = False
    for item in iter_documents([path]):
        if isinstance(item, Skipped):
            typer.echo(f"skipped {item.where}: {item.reason}", err=True)
            failed = True
            continue
        typer.echo(json.dumps(document_dict(analyze(item)), ensure_ascii=False, indent=1))
    raise typer.Exit(1 if failed else 0)


def _export(table: str, db: Optional[Path], fmt: str, output: Optional[Path]) -> None:
    from qawl.export import write_table

    count = write_table(_db(db), table, fmt=fmt, output=output)
    typer.echo(f"{count} {table} written" + (f" to {output}" if output else ""), err=True)


FormatOption = typer.Option("jsonl", "--format", help="jsonl or csv.")
OutputOption = typer.Option(None, "-o", "--output", help="Output file (default: stdout).")


@export_app.command("statements")
def export_statements(db: Optional[Path] = DbOption, fmt: str = FormatOption, output: Optional[Path] = OutputOption) -> None:
    """Every statement with its speaker, span, cue, cluster and claims."""
    _export("statements", db, fmt, output)


@export_app.command("entities")
def export_entities(db: Optional[Path] = DbOption, fmt: str = FormatOption, output: Optional[Path] = OutputOption) -> None:
    """Every person, organization and place with spellings, roles and mentions."""
    _export("entities", db, fmt, output)


@export_app.command("documents")
def export_documents(db: Optional[Path] = DbOption, fmt: str = FormatOption, output: Optional[Path] = OutputOption) -> None:
    """Every stored article with its metadata and text."""
    _export("documents", db, fmt, output)


@app.command()
def who(db: Optional[Path] = DbOption, limit: int = typer.Option(40, help="Statements to print.")) -> None:
    """Print who said what: speakers with their statements, most quoted first."""
    from qawl.report import print_who

    print_who(_db(db), limit=limit)


# Areas that add their own commands (clusters, figures, serve, spark …): each module exposes
# ``register(app, export_app)``.
COMMAND_MODULES = ("qawl.link.cli", "qawl.claims.cli", "qawl.api.cli", "qawl.scale.cli")


def _register_areas() -> None:
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(app, export_app)


_register_areas()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
