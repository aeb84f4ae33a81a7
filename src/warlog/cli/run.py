"""`warlog run` and `warlog ingest`: from files to the database, with progress and a summary."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.live import Live
from rich.table import Table

from warlog.cli.app import app
from warlog.engines import default_workers
from warlog.pipeline import RunSummary, run

_PATHS = typer.Argument(..., help="Files, folders (read recursively) or - for standard input.")
_DB = typer.Option("warlog.duckdb", "--db", help="DuckDB database file; created when missing.")
_QUIET = typer.Option(False, "--quiet", "-q", help="Print the summary only, without progress or skip lines.")


def _progress_line(summary: RunSummary) -> str:
    skipped = sum(summary.skipped.values())
    return (
        f"[bold]{summary.articles_new}[/] new articles, {summary.articles_known} already stored, "
        f"{skipped} skipped, {summary.reports} reports, {summary.claims} claims"
    )


def render_summary(console: Console, summary: RunSummary, db: str) -> None:
    table = Table(title=f"warlog: {db}", show_header=True, header_style="bold")
    table.add_column("")
    table.add_column("this run", justify="right")
    table.add_column("in the database", justify="right")
    totals = summary.totals
    table.add_row("articles", str(summary.articles_new), str(totals.get("articles", 0)))
    table.add_row("already stored", str(summary.articles_known), "")
    table.add_row("reports", str(summary.reports), str(totals.get("reports", 0)))
    table.add_row("claims", str(summary.claims), str(totals.get("claims", 0)))
    table.add_row("events", "", str(totals.get("events", 0)))
    table.add_row("stories", "", str(totals.get("stories", 0)))
    table.add_row("skipped files", str(sum(summary.skipped.values())), str(totals.get("skips", 0)))
    for kind, count in sorted(summary.skipped.items()):
        table.add_row(f"  skipped: {kind}", str(count), "")
    console.print(table)
    if summary.seconds:
        console.print(f"{summary.seconds:.1f} s, {summary.articles_per_second:.1f} articles/s")


def _run_command(paths: list[str], db: str, workers: int, quiet: bool, extract: bool) -> None:
    console = Console(stderr=True)
    shown = 0

    with Live(console=console, transient=True) as live:

        def progress(summary: RunSummary) -> None:
            nonlocal shown
            for skip in summary.skips[shown:]:
                console.print(f"[yellow]skipped[/] {skip.source}: {skip.reason}", highlight=False, soft_wrap=True)
            shown = len(summary.skips)
            live.update(_progress_line(summary))

        summary = run(paths, db=db, workers=workers, extract=extract, progress=None if quiet else progress)
    render_summary(Console(), summary, db)
    if summary.interrupted:
        console.print("[red]Interrupted.[/] What was written is kept; run the same command again to resume.")
        raise typer.Exit(130)


@app.command("run")
def run_cli(
    paths: list[str] = _PATHS,
    db: str = _DB,
    workers: int = typer.Option(default_workers(), "--workers", "-w", help="Worker processes for annotation."),
    quiet: bool = _QUIET,
) -> None:
    """Ingest, clean, annotate, extract, store and link: the whole pipeline.

    Example: warlog run examples/corpus --db warlog.duckdb
    """
    _run_command(paths, db, workers, quiet, extract=True)


@app.command("ingest")
def ingest_cli(paths: list[str] = _PATHS, db: str = _DB, quiet: bool = _QUIET) -> None:
    """Store cleaned articles without extracting them; a later `warlog run` extracts them.

    Example: warlog ingest crawl-2017-06.warc.gz --db warlog.duckdb
    """
    _run_command(paths, db, 1, quiet, extract=False)
