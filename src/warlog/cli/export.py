"""`warlog export`: a table as JSON lines, CSV or Parquet."""

from __future__ import annotations

import typer

from warlog.cli.app import app
from warlog.export import FORMATS, export_table
from warlog.schema import EXPORTABLE


@app.command("export")
def export_cli(
    table: str = typer.Option(..., "--table", "-t", help=f"One of: {', '.join(EXPORTABLE)}."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help=f"One of: {', '.join(FORMATS)}."),
    out: str = typer.Option(None, "--out", "-o", help="Output file; standard output when omitted."),
    db: str = typer.Option("warlog.duckdb", "--db", help="The database to read."),
    force: bool = typer.Option(False, "--force", help="Overwrite an --out file that is not a warlog export (never the database)."),
) -> None:
    """Export one table, with the columns documented in docs/output.md.

    Example: warlog export --table events --format csv --out events.csv
    """
    count = export_table(db, table, fmt, out, force=force)
    if out:
        typer.echo(f"{count} rows of {table} written to {out}", err=True)
