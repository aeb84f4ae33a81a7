"""`warlog disputes`: figures about one quantity that sources disagree on, side by side."""

from __future__ import annotations

from dataclasses import asdict

import typer
from rich.console import Console
from rich.table import Table

from warlog.cli.app import app
from warlog.cli.output import FORMAT_OPTION, Format, emit
from warlog.cli.output import console as output_console
from warlog.link.disputes import DisputeSide, list_disputes
from warlog.schema import column_names
from warlog.store.filters import check_limit


def _period(side: DisputeSide) -> str:
    if side.period_start or side.period_end:
        return f"{side.scope}\n{side.period_start or '…'} to {side.period_end or '…'}"
    return side.scope


def _figure(side: DisputeSide) -> str:
    stance = "" if side.stance == "asserted" else f"{side.stance}: "
    return f"{stance}{side.number_text}"


def render_dispute(console: Console, sides: list[DisputeSide]) -> None:
    """One dispute as a table: a row per side."""
    first = sides[0]
    table = Table(title=f"{first.kind}: {first.category} ({first.subject or 'people'})", title_justify="left",
                  caption=first.note, caption_justify="left", show_lines=True)
    for column in ("figure", "claimant", "outlets", "n_sources", "scope / period"):
        table.add_column(column, justify="right" if column == "n_sources" else "left")
    for side in sides:
        table.add_row(_figure(side), "\n".join(side.claimants), "\n".join(side.outlets) or "-", str(side.n_sources),
                      _period(side))
    console.print(table)


@app.command("disputes")
def disputes_cli(
    db: str = typer.Option("warlog.duckdb", "--db", help="The database to read."),
    category: str = typer.Option(None, "--category", "-c", help="Only this claim category (killed, displaced, ...)."),
    limit: int = typer.Option(20, "--limit", "-n", help="Show at most this many disputes (0: all)."),
    fmt: Format = FORMAT_OPTION,
) -> None:
    """List the figures sources disagree on: each side's figure, claimant, outlets, independent sources and period.

    Example: warlog disputes --db warlog.duckdb --category killed --format csv
    """
    found = list_disputes(db, category=category)
    limit = check_limit(limit) or len(found)
    if fmt != Format.table:
        rows = [asdict(side) for sides in found[:limit] for side in sides]
        emit(rows, column_names("disputes"), fmt, "")
        return
    console = output_console()
    for sides in found[:limit]:
        render_dispute(console, sides)
    console.print(f"{len(found)} disputes in {db}" + (f" (showing {limit})" if len(found) > limit else ""))
