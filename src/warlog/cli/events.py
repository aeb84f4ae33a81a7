"""`warlog events`, `warlog stories` and `warlog show`: the event record as readable tables."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd
import typer
from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from warlog.cli.app import app
from warlog.errors import Errors, WarlogError
from warlog.store import Store
from warlog.store.queries import EventFilter, event_detail, list_events, list_stories

DB_OPTION = typer.Option("warlog.duckdb", "--db", help="The database to read.")
#: Rows a listing may ask for: beyond this, DuckDB's LIMIT would overflow long before a screen fills.
MAX_ROWS = 10**9
_LIMIT = typer.Option(50, "--limit", min=0, max=MAX_ROWS, help="Most rows to show (0: all).")


def _store(db: str) -> Store:
    if not Path(db).exists():
        raise WarlogError(Errors.E006.format(path=db))
    return Store(db, read_only=True)


def _cell(value) -> str:
    if isinstance(value, (list, tuple, np.ndarray)):
        return ", ".join(str(v) for v in value)
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d")
    return str(value)


def _render(frame: pd.DataFrame, title: str) -> Table:
    table = Table(title=title, title_justify="left")
    for column in frame.columns:
        table.add_column(column, overflow="fold", ratio=4 if column == "sentence" else 1)
    for row in frame.itertuples(index=False):
        table.add_row(*(_cell(v) for v in row))
    return table


def _parse_day(value: str | None, option: str):
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise WarlogError(Errors.E010.format(option=option, value=value)) from None


@app.command("events")
def events_cli(
    country: str = typer.Option(None, "--country", help="ISO code of the event's country (e.g. SY)."),
    since: str = typer.Option(None, "--since", help="Events on or after this day (YYYY-MM-DD)."),
    until: str = typer.Option(None, "--until", help="Events on or before this day (YYYY-MM-DD)."),
    event_type: str = typer.Option(None, "--type", help="ACLED event type or sub-event type."),
    grade: str = typer.Option(None, "--grade", help="confirmed, fair, weak or contested."),
    limit: int = _LIMIT,
    db: str = DB_OPTION,
) -> None:
    """List events, newest first, with their figures and corroboration grade.

    Example: warlog events --country SY --since 2017-06-01 --type "Air/drone strike" --grade fair
    """
    filters = EventFilter(country, _parse_day(since, "--since"), _parse_day(until, "--until"), event_type, grade,
                          limit or None)
    with _store(db) as store:
        frame = list_events(store, filters)
    Console().print(_render(frame, f"{len(frame)} events"))


@app.command("stories")
def stories_cli(
    limit: int = _LIMIT,
    db: str = DB_OPTION,
) -> None:
    """List stories (one happening or announcement across outlets and days), newest first.

    Example: warlog stories --limit 20
    """
    with _store(db) as store:
        frame = list_stories(store, limit or None)
    Console().print(_render(frame, f"{len(frame)} stories"))


@app.command("show")
def show_cli(event_id: str = typer.Argument(..., help="An event_id from `warlog events`."), db: str = DB_OPTION) -> None:
    """Show one event with every report, sentence, outlet and claim behind it, side by side.

    Example: warlog show 3f2a9c0d1e4b5a6c7d8e
    """
    with _store(db) as store:
        detail = event_detail(store, event_id)
    if detail is None:
        raise WarlogError(Errors.E011.format(event_id=event_id))
    event = detail.event
    console = Console()
    console.print(Panel(_cell(event.notes), title=f"{event.event_id}: {event.sub_event_type}, grade {event.grade}"))
    fields = ("event_date", "date_precision", "location", "admin1", "country", "latitude", "longitude",
              "geo_precision", "actor1", "actor2", "target", "fatalities_low", "fatalities_best", "fatalities_high",
              "civilian_fatalities_best", "injured_best", "n_reports", "n_articles", "n_sources", "outlets",
              "claimants", "disputed")
    console.print(_render(pd.DataFrame({"field": fields, "value": [event[f] for f in fields]}), "Fields"))
    console.print(_render(detail.reports, "Reports behind it"))
    if not detail.claims.empty:
        console.print(_render(detail.claims, "Claims in the same sentences"))
    if not detail.not_counted.empty:
        console.print(_render(detail.not_counted, "Planned, denied or hypothetical in the same story (not counted)"))
