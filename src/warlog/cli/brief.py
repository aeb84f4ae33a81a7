"""`warlog brief`: a briefing to send, as HTML, Markdown or PDF."""

from __future__ import annotations

import typer

from warlog.cli.app import app
from warlog.store.filters import Period


@app.command("brief")
def brief_cli(
    out: str = typer.Option(..., "--out", "-o", help="The briefing file: NAME.html, NAME.md or NAME.pdf."),
    since: str = typer.Option(None, "--since", help="Events on or after this day (YYYY-MM-DD)."),
    until: str = typer.Option(None, "--until", help="Events on or before this day (YYYY-MM-DD)."),
    country: str = typer.Option(None, "--country", help="Only this country: ISO code or English name."),
    db: str = typer.Option("warlog.duckdb", "--db", help="The database to read."),
) -> None:
    """Write a self-contained briefing: totals with ranges, deadliest and disputed events, what changed since the
    last briefing to the same file, a map and a timeline, and the sources behind every number.

    Example: warlog brief --since 2017-06-01 --country Syria --out brief.pdf
    """
    from warlog.brief import write_brief

    brief = write_brief(db, out, Period.parse(since, until, country))
    changed = "" if brief.changes is None else f", {len(brief.changes)} changes since the last briefing"
    typer.echo(f"Briefing on {len(brief.events)} events written to {out}{changed}", err=True)
