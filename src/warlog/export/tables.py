"""Export tables as JSON lines, CSV or Parquet, with the columns of :mod:`warlog.schema`.

DuckDB writes the files (``COPY``), so lists stay lists in JSON and Parquet and
timestamps keep one format everywhere. Standard output gets the same bytes.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from warlog.errors import Errors, WarlogError
from warlog.export.guard import check_output, write_replacing
from warlog.schema import EXPORTABLE, PRIMARY_KEYS, column_names
from warlog.store import Store

FORMATS = {"jsonl": "(FORMAT json)", "csv": "(FORMAT csv, HEADER true)", "parquet": "(FORMAT parquet)"}


def export_table(db: str | Path, table: str, fmt: str = "jsonl", out: str | Path | None = None, *,
                 force: bool = False) -> int:
    """Write ``table`` of ``db`` to ``out`` (standard output when ``None``); return the row count.

    ``out`` must pass :func:`warlog.export.guard.check_output` (``force`` lets it replace a file
    that is not a warlog export; never the database).

    Example:
        >>> export_table("warlog.duckdb", "events", "csv", "events.csv")
    """
    if table not in EXPORTABLE:
        raise WarlogError(Errors.E004.format(table=table, choices=", ".join(EXPORTABLE)))
    if fmt not in FORMATS:
        raise WarlogError(Errors.E005.format(fmt=fmt, choices=", ".join(FORMATS)))
    if fmt == "parquet" and out is None:
        raise WarlogError(Errors.E008)
    if not Path(db).exists():
        raise WarlogError(Errors.E006.format(path=db))
    target = check_output(out, db=db, force=force) if out is not None else None
    query = f"SELECT {', '.join(column_names(table))} FROM {table} ORDER BY {', '.join(PRIMARY_KEYS[table])}"
    with Store(db, read_only=True) as store:
        count = store.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if target is not None:
            write_replacing(target, lambda path: _copy(store, query, fmt, path))
            return count
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / f"export.{fmt}"
            _copy(store, query, fmt, target)
            with target.open("rb") as stream:
                shutil.copyfileobj(stream, sys.stdout.buffer)
            sys.stdout.flush()
    return count


def _copy(store: Store, query: str, fmt: str, target: Path) -> None:
    escaped = str(target).replace("'", "''")
    store.con.execute(f"COPY ({query}) TO '{escaped}' {FORMATS[fmt]}")
