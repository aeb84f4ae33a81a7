"""How `events`, `stories` and `disputes` print: a table that fits the terminal, CSV or JSON.

A table printed to a terminal keeps each row on one line, cutting long cells with an ellipsis to fit
its width; printed to a pipe or a file it is never cut or wrapped (each row one line, at whatever
width it needs), so `grep` and `wc -l` see one row per line. CSV and JSON carry every value: list
columns are JSON arrays in both, as in `warlog export`.
"""

from __future__ import annotations

import csv
import json
import math
import sys
from collections.abc import Sequence
from datetime import date, datetime, time
from enum import Enum

import pandas as pd
import typer
from rich.console import Console
from rich.table import Table

from warlog.export.analyst import value

#: Columns that may be cut first when a terminal is narrow.
WIDE = {"sentence", "title", "notes", "outlets", "claimants", "actor1", "actor2", "location"}
#: Width given to a console that writes to a pipe, so that nothing wraps.
UNBOUNDED = 100_000


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


FORMAT_OPTION = typer.Option(Format.table, "--format", "-f", help="table (fits the terminal), csv or json.")


def plain(item):
    """A value from a pandas frame or an Arrow row as plain Python (NaN and NaT become None)."""
    if hasattr(item, "tolist") and not isinstance(item, (str, pd.Timestamp)):
        item = item.tolist()
    if isinstance(item, list):
        return [plain(v) for v in item]
    if item is None or item is pd.NaT or (isinstance(item, float) and math.isnan(item)):
        return None
    if isinstance(item, datetime) and item.time() == time(0):
        return item.date().isoformat()
    return value(item)


def cell(item) -> str:
    item = plain(item)
    if item is None:
        return ""
    if isinstance(item, list):
        return ", ".join(str(v) for v in item)
    if isinstance(item, float) and item.is_integer():
        return str(int(item))
    return str(item)


def console() -> Console:
    terminal = sys.stdout.isatty()
    return Console(width=None if terminal else UNBOUNDED, soft_wrap=not terminal)


def table(rows: Sequence[dict], columns: Sequence[str], title: str) -> Table:
    """A one-line-per-row table; in a terminal, wide text columns give way first."""
    grid = Table(title=title, title_justify="left", expand=False)
    for column in columns:
        grid.add_column(column, no_wrap=True, overflow="ellipsis",
                        ratio=3 if column in WIDE else None, min_width=6 if column in WIDE else None)
    for row in rows:
        grid.add_row(*(cell(row.get(c)) for c in columns))
    return grid


def _json_default(item):
    if isinstance(item, (date, datetime)):
        return item.isoformat()
    return str(item)


def emit(rows: Sequence[dict], columns: Sequence[str], fmt: Format, title: str) -> None:
    """Print ``rows`` (dicts) in ``fmt``; ``columns`` orders the table and the CSV."""
    if fmt == Format.json:
        typer.echo(json.dumps([{k: plain(v) for k, v in row.items()} for row in rows], ensure_ascii=False,
                              indent=1, default=_json_default))
    elif fmt == Format.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([json.dumps(plain(row.get(c)), ensure_ascii=False) if isinstance(plain(row.get(c)), list)
                             else cell(row.get(c)) for c in columns])
    else:
        console().print(table(rows, columns, title))
