"""`warlog events`, `warlog stories`, `warlog show` and `warlog explain`: the event record as readable tables."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import typer
from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from warlog.api import open as warlog_open
from warlog.cli.app import app
from warlog.cli.output import FORMAT_OPTION, Format, cell, emit
from warlog.errors import Errors, WarlogError
from warlog.store import Store
from warlog.store.filters import check_grade, check_limit, country_code, parse_day
from warlog.store.queries import (EVENT_JSON_COLUMNS, EventFilter, event_detail, event_json, find_event_id,
                                  list_events, list_stories)

DB_OPTION = typer.Option("warlog.duckdb", "--db", help="The database to read.")
_LIMIT = typer.Option(50, "--limit", help="Most rows to show (0: all).")


def _store(db: str) -> Store:
    if not Path(db).exists():
        raise WarlogError(Errors.E006.format(path=db))
    return Store(db, read_only=True)


def _render(frame: pd.DataFrame, title: str) -> Table:
    table = Table(title=title, title_justify="left")
    for column in frame.columns:
        table.add_column(column, overflow="fold", ratio=4 if column == "sentence" else 1)
    for row in frame.itertuples(index=False):
        table.add_row(*(cell(v) for v in row))
    return table


@app.command("events")
def events_cli(
    country: str = typer.Option(None, "--country", help="The event's country: ISO code or English name (SY, Syria)."),
    since: str = typer.Option(None, "--since", help="Events on or after this day (YYYY-MM-DD)."),
    until: str = typer.Option(None, "--until", help="Events on or before this day (YYYY-MM-DD)."),
    event_type: str = typer.Option(None, "--type", help="ACLED event type or sub-event type."),
    grade: str = typer.Option(None, "--grade", help="confirmed, fair, weak or contested."),
    limit: int = _LIMIT,
    fmt: Format = FORMAT_OPTION,
    db: str = DB_OPTION,
) -> None:
    """List events, newest first, with their figures and corroboration grade.

    Example: warlog events --country Syria --since 2017-06-01 --type "Air/drone strike" --grade fair --format csv
    """
    filters = EventFilter(country_code(country) if country else None, parse_day(since, "--since"),
                          parse_day(until, "--until"), event_type, check_grade(grade), check_limit(limit) or None)
    with _store(db) as store:
        if fmt == Format.table:
            frame = list_events(store, filters)
            emit(frame.to_dict("records"), list(frame.columns), fmt, f"{len(frame)} events")
            return
        rows = event_json(store, filters)
    if fmt == Format.json:
        typer.echo(rows)
    else:
        emit(json.loads(rows), EVENT_JSON_COLUMNS, fmt, "")


@app.command("stories")
def stories_cli(
    limit: int = _LIMIT,
    fmt: Format = FORMAT_OPTION,
    db: str = DB_OPTION,
) -> None:
    """List stories (one happening or announcement across outlets and days), newest first.

    Example: warlog stories --limit 20 --format json
    """
    with _store(db) as store:
        frame = list_stories(store, check_limit(limit) or None)
    emit(frame.to_dict("records"), list(frame.columns), fmt, f"{len(frame)} stories")


@app.command("show")
def show_cli(event_id: str = typer.Argument(..., help="An event_id from `warlog events`, or its first characters."),
             db: str = DB_OPTION) -> None:
    """Show one event with every report, sentence, outlet and claim behind it, side by side.

    Example: warlog show 3f2a9c
    """
    with _store(db) as store:
        found = find_event_id(store, event_id)
        detail = event_detail(store, found) if found else None
    if detail is None:
        raise WarlogError(Errors.E011.format(event_id=event_id))
    event = detail.event
    console = Console()
    console.print(Panel(cell(event.notes), title=f"{event.event_id}: {event.sub_event_type}, grade {event.grade}"))
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
    console.print(f"Where each field comes from (words, spans, rules): warlog explain {event.event_id}", style="dim")


#: What `warlog explain` shows in a terminal; csv and json give every column of the view.
_EXPLAIN_COLUMNS = ("field", "value", "surface", "derivation", "outlet", "span", "rule")


@app.command("explain")
def explain_cli(event_id: str = typer.Argument(..., help="An event_id from `warlog events`, or its first characters."),
                fmt: Format = FORMAT_OPTION,
                db: str = DB_OPTION) -> None:
    """Show where each field of one event comes from: the report or claim, outlet, and the words with
    their character span in the article (ARTICLE:START-END), or the coding rule that set it.

    Example: warlog explain 3f2a9c --format csv
    """
    frame = warlog_open(db).explain(event_id)
    rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
    if fmt != Format.table:
        emit(rows, list(frame.columns), fmt, "")
        return
    for row in rows:
        row["span"] = f"{row['article_id'][:12]}:{row['char_start']}-{row['char_end']}" if row["char_start"] is not None else ""
    emit(rows, _EXPLAIN_COLUMNS, fmt, f"Where the fields of event {frame['event_id'].iloc[0] if len(frame) else event_id} come from")
