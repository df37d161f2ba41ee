"""``qawl spark`` and ``qawl load-parquet`` (registered into the main CLI by :mod:`qawl.cli`)."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer


def register(app: typer.Typer, export_app: typer.Typer) -> None:
    app.command("spark")(spark)
    app.command("load-parquet")(load_parquet)


def spark(
    paths: list[str] = typer.Argument(..., help="Inputs (JSONL, Parquet, WARC, text/HTML folders), then the OUTPUT folder."),
    master: str = typer.Option("local[*]", help="Spark master: local[N], spark://host:port, yarn …"),
    outlet: Optional[str] = typer.Option(None, help="Outlet name for inputs that carry none."),
    date: Optional[str] = typer.Option(None, help="Date (YYYY-MM-DD) for inputs that carry none."),
) -> None:
    """Run the pipeline on Spark; write Parquet tables (documents, statements, entities, claims …) to OUTPUT."""
    if len(paths) < 2:
        raise typer.BadParameter("give at least one INPUT and the OUTPUT folder")
    try:
        from qawl.spark.job import run_spark
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("pyspark"):
            typer.echo("qawl spark needs PySpark: pip install 'qawl[spark]'", err=True)
            raise typer.Exit(2) from None
        raise
    *inputs, output = paths
    summary = run_spark(inputs, output, master=master, outlet=outlet, date=date)
    print(f"documents: {summary.documents}", file=sys.stderr)
    print(f"statements: {summary.statements}", file=sys.stderr)
    print(f"entities: {summary.entities}", file=sys.stderr)
    print(f"skipped: {len(summary.skipped)}", file=sys.stderr)
    for s in summary.skipped:
        print(f"  {s.where}: {s.reason}", file=sys.stderr)
    raise typer.Exit(1 if summary.skipped else 0)


def load_parquet(
    directory: Path = typer.Argument(..., help="The OUTPUT folder of `qawl spark`."),
    db: Optional[Path] = typer.Option(None, "--db", help="SQLite store to create (default: $QAWL_DB or ./qawl.db)."),
) -> None:
    """Load `qawl spark` output into a new SQLite store (for `qawl serve`, `who` and the exports)."""
    from qawl.scale.load_parquet import load_parquet as load
    from qawl.store.db import default_path

    try:
        summary = load(directory, db=str(db) if db else default_path())
    except (FileNotFoundError, ValueError) as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from None
    print(f"loaded {summary.documents} documents, {summary.statements} statements, "
          f"{summary.entities} entities", file=sys.stderr)
