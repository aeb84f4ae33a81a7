"""Export tables as JSON lines, CSV or Parquet, and events as GeoJSON, ACLED or UCDP GED files.

DuckDB writes the plain formats (``COPY``), so timestamps keep one format everywhere; in CSV a list
column is a JSON array (``["a", "b"]``), which ``json.loads`` reads back. The analysts' layouts
(:mod:`warlog.export.analyst`) are written by Python from Arrow batches. Standard output gets the
same bytes as a file.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from warlog.errors import Errors, WarlogError
from warlog.export.analyst import (ACLED_COLUMNS, UCDP_COLUMNS, UCDP_EVENT_TYPES, acled_row, records, ucdp_row,
                                   write_csv, write_geojson)
from warlog.export.guard import check_output, write_replacing
from warlog.schema import EXPORTABLE, TABLES, VIEWS, column_names, sort_keys
from warlog.store import Store
from warlog.store.filters import Period
from warlog.store.provenance import register_event_fields

FORMATS = {"jsonl": "(FORMAT json)", "csv": "(FORMAT csv, HEADER true)", "parquet": "(FORMAT parquet)"}
#: Formats of the events table only, in the layouts of other datasets.
EVENT_FORMATS = ("geojson", "acled", "ucdp")
ALL_FORMATS = (*FORMATS, *EVENT_FORMATS)
_BATCH = 2048


def export_table(db: str | Path, table: str, fmt: str = "jsonl", out: str | Path | None = None,
                 period: Period | None = None, *, force: bool = False) -> int:
    """Write ``table`` of ``db`` to ``out`` (standard output when ``None``); return the row count.

    ``period`` keeps the rows of a date range and a country (see :class:`warlog.store.filters.Period`).
    ``out`` must pass :func:`warlog.export.guard.check_output` (``force`` lets it replace a file
    that is not a warlog export; never the database).

    Example:
        >>> export_table("warlog.duckdb", "events", "acled", "events.csv", Period.parse(country="Syria"))
    """
    period = period or Period()
    if table not in EXPORTABLE:
        raise WarlogError(Errors.E004.format(table=table, choices=", ".join(EXPORTABLE)))
    if fmt not in ALL_FORMATS:
        raise WarlogError(Errors.E005.format(fmt=fmt, choices=", ".join(ALL_FORMATS)))
    if fmt in EVENT_FORMATS and table != "events":
        raise WarlogError(Errors.E018.format(fmt=fmt))
    if fmt == "parquet" and out is None:
        raise WarlogError(Errors.E008)
    if not Path(db).exists():
        raise WarlogError(Errors.E006.format(path=db))
    target = check_output(out, db=db, force=force) if out is not None else None
    where, params = period.where("events" if table in VIEWS else table)
    with Store(db, read_only=True) as store:
        if table in VIEWS:
            # The view of the events the period keeps (the sources of their fields), computed here.
            register_event_fields(store, [r[0] for r in store.con.execute(f"SELECT event_id FROM events{where}",
                                                                          params).fetchall()])
            where, params = "", []
        count = store.con.execute(f"SELECT count(*) FROM {table}{where}", params).fetchall()[0][0]

        def write(path: Path) -> None:
            nonlocal count
            if fmt in EVENT_FORMATS:
                count = _write_events(store, fmt, where, params, path)
            else:
                query = (f"SELECT {', '.join(_select_list(table, fmt))} FROM {table}{where} "
                         f"ORDER BY {', '.join(sort_keys(table))}")
                escaped = str(path).replace("'", "''")
                store.con.execute(f"COPY ({query}) TO '{escaped}' {FORMATS[fmt]}", params)

        if target is not None:
            write_replacing(target, write)
        else:
            _to_standard_output(fmt, write)
    return count


def _select_list(table: str, fmt: str) -> list[str]:
    """The table's columns; in CSV, list columns as JSON arrays."""
    if fmt != "csv":
        return column_names(table)
    return [f"CAST(to_json({c.name}) AS VARCHAR) AS {c.name}" if c.type.endswith("[]") else c.name
            for c in {**TABLES, **VIEWS}[table]]


def _to_standard_output(fmt: str, write) -> None:
    """``write`` into a temporary file, then copy it to standard output (DuckDB's COPY needs a file)."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / f"export.{fmt}"
        write(target)
        with target.open("rb") as stream:
            shutil.copyfileobj(stream, sys.stdout.buffer)
        sys.stdout.flush()


def _write_events(store: Store, fmt: str, where: str, params: list, target: Path) -> int:
    """Write the events in one of :data:`EVENT_FORMATS`; return how many were written."""
    if fmt == "ucdp":
        types = ", ".join(f"'{t}'" for t in UCDP_EVENT_TYPES)
        where = f"{where} AND event_type IN ({types})" if where else f" WHERE event_type IN ({types})"
    articles = _article_sources(store) if fmt == "ucdp" else {}
    query = f"SELECT * FROM events{where} ORDER BY event_date NULLS LAST, event_id"
    written = [0]

    def counted(rows):
        for written[0], row in enumerate(rows, 1):
            yield row

    events = counted(records(store.con.sql(query, params=params).to_arrow_reader(_BATCH)))
    with target.open("w", encoding="utf-8", newline="") as stream:
        if fmt == "geojson":
            write_geojson(events, stream)
        elif fmt == "acled":
            write_csv((acled_row(e) for e in events), ACLED_COLUMNS, stream)
        else:
            write_csv((ucdp_row(e, articles) for e in events), UCDP_COLUMNS, stream)
    return written[0]


def _article_sources(store: Store) -> dict[str, dict]:
    """Outlet, headline and date of every article, for UCDP's source columns."""
    reader = store.con.sql("SELECT article_id, outlet, title, published FROM articles").to_arrow_reader(_BATCH)
    return {row["article_id"]: row for row in records(reader)}
