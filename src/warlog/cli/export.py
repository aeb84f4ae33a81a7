"""`warlog export`: a table as JSON lines, CSV or Parquet; events as GeoJSON, ACLED or UCDP GED."""

from __future__ import annotations

import typer

from warlog.cli.app import app
from warlog.export import ALL_FORMATS, export_table
from warlog.schema import EXPORTABLE
from warlog.store.filters import Period


@app.command("export")
def export_cli(
    table: str = typer.Option("events", "--table", "-t", help=f"One of: {', '.join(EXPORTABLE)}."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help=f"One of: {', '.join(ALL_FORMATS)} (the last three: events only)."),
    out: str = typer.Option(None, "--out", "-o", help="Output file; standard output when omitted."),
    since: str = typer.Option(None, "--since", help="Rows on or after this day (YYYY-MM-DD): event date, else publication."),
    until: str = typer.Option(None, "--until", help="Rows on or before this day (YYYY-MM-DD)."),
    country: str = typer.Option(None, "--country", help="Only this country: ISO code or English name (SY, Syria)."),
    db: str = typer.Option("warlog.duckdb", "--db", help="The database to read."),
    force: bool = typer.Option(False, "--force", help="Overwrite an --out file that is not a warlog export (never the database)."),
) -> None:
    """Export one table, with the columns documented in docs/output.md, or the events in another dataset's layout.

    Example: warlog export --table events --format acled --country Syria --since 2017-06-01 --out events.csv
    """
    count = export_table(db, table, fmt, out, Period.parse(since, until, country), force=force)
    if out:
        typer.echo(f"{count} rows of {table} written to {out}", err=True)
