"""CLI of the claims area: ``qawl export claims`` and ``qawl report figures`` (registered by
:mod:`qawl.cli` through ``register(app, export_app)``)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

import typer

DbOption = typer.Option(None, "--db", help="SQLite store (default: $QAWL_DB or ./qawl.db).")


def _db(db: Optional[Path]) -> str:
    from qawl.store.db import default_path

    return str(db) if db else default_path()


def export_claims(
    db: Optional[Path] = DbOption,
    fmt: str = typer.Option("jsonl", "--format", help="jsonl or csv."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Output file (default: stdout)."),
) -> None:
    """Every figure and date with its span, value, unit, qualifier, counted object and statement."""
    from qawl.export import write_table

    try:
        count = write_table(_db(db), "claims", fmt=fmt, output=output)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    typer.echo(f"{count} claims written" + (f" to {output}" if output else ""), err=True)


def report_figures(
    db: Optional[Path] = DbOption,
    fmt: str = typer.Option("text", "--format", help="text or json."),
    days: int = typer.Option(3, "--days", min=0, help="Widest gap in days between articles whose figures are compared."),
) -> None:
    """Figures that sources give differently for the same thing, with sources, dates and speakers."""
    from qawl.claims.disagree import figure_disagreements
    from qawl.store.db import connect

    if fmt not in ("text", "json"):
        raise typer.BadParameter(f"unknown format {fmt!r}: use text or json", param_hint="--format")
    conn = connect(_db(db))
    try:
        groups = figure_disagreements(conn, max_days=days)
    finally:
        conn.close()
    if fmt == "json":
        typer.echo(json.dumps(groups, ensure_ascii=False, indent=1))
        return
    typer.echo(format_groups(groups))


def format_groups(groups: list[dict[str, Any]]) -> str:
    """The disagreement groups as plain text, one block per group."""
    if not groups:
        return "no disagreeing figures found"
    lines = []
    for g in groups:
        what = g["object"] or g["concept"] or ""
        lines.append(f"{g['group']}  {what}  [{g['concept'] or '-'}; unit {g['unit'] or '-'}]  "
                     f"{g['documents']} documents, {len(g['conflicts'])} conflicting pairs")
        for c in g["claims"]:
            src = " ".join(x for x in (c["date"], c["outlet"], c["doc_id"]) if x)
            who = f" — {c['speaker']}" if c["speaker"] else " — narration" if c["statement_id"] is None else ""
            value = c["value"] if not isinstance(c["value"], list) else f"{c['value'][0]}–{c['value'][1]}"
            lines.append(f"  {src}: «{c['text']}» = {c['qualifier']} {value}{' ' + c['unit'] if c['unit'] else ''}{who}")
        lines.append("")
    return "\n".join(lines).rstrip()


def _report_app(app: typer.Typer) -> typer.Typer:
    """The ``report`` sub-app, created here unless another area registered it first."""
    for group in app.registered_groups:
        if group.name == "report" and group.typer_instance is not None:
            return group.typer_instance
    report_app = typer.Typer(no_args_is_help=True, help="Reports over the store.")
    app.add_typer(report_app, name="report")
    return report_app


def register(app: typer.Typer, export_app: typer.Typer) -> None:
    export_app.command("claims")(export_claims)
    _report_app(app).command("figures")(report_figures)
