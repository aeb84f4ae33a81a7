"""`warlog run`, `warlog ingest` and `warlog reextract`: from files to the database, with progress and a summary."""

from __future__ import annotations

import os
import time
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn
from rich.table import Table

from warlog.cli.app import app
from warlog.engines import default_workers
from warlog.errors import WARNING_KINDS, Errors, WarlogError
from warlog.models import Skip
from warlog.places.past_units import CURRENT, HISTORICAL
from warlog.pipeline import RunSummary, run, settle_regions
from warlog.store import Store

_PATHS = typer.Argument(..., help="Files, folders (read recursively) or - for standard input.")
_DB = typer.Option("warlog.duckdb", "--db", help="DuckDB database file; created when missing.")
_QUIET = typer.Option(False, "--quiet", "-q", help="Print the summary only, without progress or skip lines.")


class Regions(str, Enum):
    current = CURRENT
    historical = HISTORICAL


_REGIONS = typer.Option(
    None, "--regions",
    help="Report each event's first-level region as it is today (current) or as it was on the event's day "
         "(historical: FATA before 2018, Nepal's development regions, ...), for datasets coded under the units "
         "of their time. The database keeps its choice for later runs; default WARLOG_UNITS, else the "
         "database's choice, else current (docs/places.md).")


class Engine(str, Enum):
    local = "local"
    dask = "dask"


def _megabytes(count: int) -> str:
    return f"{count / 1e6:,.1f} MB"


def _progress_line(summary: RunSummary, seconds: float) -> str:
    rate = summary.articles_new / seconds if seconds else 0.0
    records = summary.articles_new + summary.articles_known + summary.n_skipped
    read = _megabytes(summary.bytes_done) + (f" of {_megabytes(summary.bytes_total)}" if summary.bytes_total else "")
    return (
        f"{read} read, {records} records: [bold]{summary.articles_new}[/] new articles ({rate:.1f}/s), "
        f"{summary.articles_known} already stored, {summary.n_skipped} skipped, {summary.reports} reports, "
        f"{summary.claims} claims"
    )


def _eta(summary: RunSummary, seconds: float) -> str:
    """Time left at the average speed so far, when the input size is known."""
    if not summary.bytes_total or not summary.bytes_done:
        return ""
    left = round(seconds * (summary.bytes_total - summary.bytes_done) / summary.bytes_done)
    return f"ETA {left // 3600}:{left % 3600 // 60:02d}:{left % 60:02d}"


def _new_skips(summary: RunSummary, shown: int) -> list[Skip]:
    """Skips since ``shown`` were printed, as far as the summary still holds them."""
    new = summary.n_skipped - shown
    return list(summary.recent_skips)[-new:] if new > 0 else []


def render_summary(console: Console, summary: RunSummary, db: str) -> None:
    table = Table(title=f"warlog: {db}", show_header=True, header_style="bold")
    table.add_column("")
    table.add_column("this run", justify="right")
    table.add_column("in the database", justify="right")
    totals = summary.totals
    table.add_row("articles", str(summary.articles_new), str(totals.get("articles", 0)))
    table.add_row("already stored", str(summary.articles_known), "")
    if summary.articles_replaced:
        table.add_row("earlier versions replaced", str(summary.articles_replaced), "")
    table.add_row("reports", str(summary.reports), str(totals.get("reports", 0)))
    table.add_row("claims", str(summary.claims), str(totals.get("claims", 0)))
    table.add_row("events", "", str(totals.get("events", 0)))
    table.add_row("stories", "", str(totals.get("stories", 0)))
    table.add_row("skipped items", str(summary.n_skipped - summary.n_warnings), str(totals.get("skips", 0)))
    for kind, count in sorted(summary.skipped.items()):
        if kind not in WARNING_KINDS:
            table.add_row(f"  skipped: {kind}", str(count), "")
    if summary.n_warnings:
        table.add_row("stored with a warning", str(summary.n_warnings), "")
    console.print(table)
    if summary.seconds:
        console.print(f"{summary.seconds:.1f} s, {summary.articles_per_second:.1f} articles/s")


def _run_command(paths: list[str], db: str, quiet: bool, **options) -> None:
    console = Console(stderr=True)
    shown = 0
    started = time.perf_counter()
    columns = (TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[eta]}"))

    with Progress(*columns, console=console, transient=True, disable=quiet) as display:
        task = display.add_task("starting", total=None, eta="")

        def progress(summary: RunSummary) -> None:
            nonlocal shown
            for skip in _new_skips(summary, shown):
                label = "warning" if skip.kind in WARNING_KINDS else "skipped"
                console.print(f"[yellow]{label}[/] {escape(skip.source)}: {escape(skip.reason)}", highlight=False,
                              soft_wrap=True)
            shown = summary.n_skipped
            seconds = time.perf_counter() - started
            display.update(
                task,
                description=_progress_line(summary, seconds),
                total=summary.bytes_total,
                completed=summary.bytes_done,
                eta=_eta(summary, seconds),
            )

        summary = run(paths, db=db, progress=None if quiet else progress, **options)
    render_summary(Console(), summary, db)
    if summary.interrupted:
        console.print("[red]Interrupted.[/] What was written is kept; run the same command again to resume.")
        raise typer.Exit(130)


@app.command("run")
def run_cli(
    paths: list[str] = _PATHS,
    db: str = _DB,
    workers: int = typer.Option(default_workers(), "--workers", "-w", help="Worker processes for annotation (with --engine dask and no scheduler: LocalCluster workers)."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local: processes on this machine; dask: a Dask cluster (pip install 'warlog[dask]'; docs/scale.md)."),
    scheduler: str | None = typer.Option(None, "--scheduler", envvar="DASK_SCHEDULER_ADDRESS", help="Dask scheduler address, e.g. tcp://host:8786; default a LocalCluster on this machine."),
    parquet: Path | None = typer.Option(None, "--parquet", help="Folder for the Dask engine's Parquet output, partitioned by publication date; default NAME-parquet beside the database."),
    quiet: bool = _QUIET,
    places: Path | None = typer.Option(None, "--places", help="CSV of places no gazetteer has (name,latitude,longitude,country,admin1,aliases); sets WARLOG_PLACES for every worker (docs/places.md)."),
    regions: Regions | None = _REGIONS,
) -> None:
    """Ingest, clean, annotate, extract, store and link: the whole pipeline.

    Example: warlog run examples/corpus --db warlog.duckdb
    """
    if places:
        os.environ["WARLOG_PLACES"] = str(places.resolve())
    _run_command(paths, db, quiet, workers=workers, engine=engine.value, scheduler=scheduler, parquet=parquet,
                 regions=regions and regions.value)


@app.command("ingest")
def ingest_cli(paths: list[str] = _PATHS, db: str = _DB, quiet: bool = _QUIET) -> None:
    """Store cleaned articles without extracting them; a later `warlog run` extracts them.

    Example: warlog ingest crawl-2017-06.warc.gz --db warlog.duckdb
    """
    _run_command(paths, db, quiet, workers=1, extract=False)


@app.command("reextract")
def reextract_cli(
    article_ids: list[str] = typer.Argument(None, help="Ids of stored articles (see `warlog export --table articles`)."),
    every: bool = typer.Option(False, "--all", help="Every article in the database."),
    db: str = typer.Option("warlog.duckdb", "--db", help="The database to update."),
    workers: int = typer.Option(default_workers(), "--workers", "-w", help="Worker processes for annotation."),
    quiet: bool = _QUIET,
    regions: Regions | None = _REGIONS,
) -> None:
    """Extract and link stored articles again (after a fix to warlog's rules, or to check one article).

    Their reports, claims and the stories they are in are recomputed; nothing is read from the input again.

    Example: warlog reextract 0531cc8c52496d97bd9b --db warlog.duckdb
    """
    if not Path(db).exists():
        raise WarlogError(Errors.E006.format(path=db))
    if not every and not article_ids:
        raise WarlogError("Name the articles to extract again, or give --all.")
    wanted = regions and regions.value
    with Store(db) as store:
        chosen = store.all_article_ids() if every else list(article_ids)
        if not every:
            settle_regions(store, wanted, db=db)  # a switch of regions must take every article along
        missing = store.reextract(chosen)
    if missing:
        raise WarlogError(Errors.E024.format(article_id=missing[0]))
    _run_command([], db, quiet, workers=workers, regions=wanted)
