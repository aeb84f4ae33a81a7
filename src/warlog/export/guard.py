"""Where an export may write: never over the database, never over a file warlog did not make.

An export names its output with ``--out``; a slip of the keyboard must not cost
the database (``--out warlog.duckdb``) or a user's own file. A file is
overwritten only when it is empty or is recognisably a warlog export of the
same kind (its header, first record or Parquet schema names the columns of a
warlog table), or when the user says ``--force``. The database itself, its WAL
and any DuckDB file are refused even then. The file is written beside its target
and moved into place at the end, so a full disk or an interrupted export leaves
the old file as it was and no half-written one.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

import duckdb

from warlog.errors import Errors, WarlogError
from warlog.schema import EXPORTABLE, column_names
from warlog.store.duckdb_store import DUCKDB_MAGIC

_MAX_HEADER = 64 * 1024


def _header_columns(path: Path) -> list[str] | None:
    """The column names a CSV header or a JSONL first record of ``path`` gives, if it has either."""
    with open(path, "rb") as stream:
        first = stream.readline(_MAX_HEADER)
    text = first.decode("utf-8", "replace").strip()
    if text.startswith("{"):
        with suppress(ValueError):
            record = json.loads(text)
            return list(record) if isinstance(record, dict) else None
        return None
    return text.split(",")


def _parquet_columns(path: Path) -> list[str] | None:
    import pyarrow.parquet as pq

    try:
        return pq.read_schema(path).names
    except Exception:  # noqa: BLE001 - not a readable Parquet file: not ours
        return None


def is_warlog_export(path: Path) -> bool:
    """True when ``path`` is empty or holds a warlog table export (CSV, JSON lines or Parquet)."""
    if path.stat().st_size == 0:
        return True
    with open(path, "rb") as stream:
        magic = stream.read(4)
    columns = _parquet_columns(path) if magic == b"PAR1" else _header_columns(path)
    return columns is not None and any(columns == column_names(table) for table in EXPORTABLE)


def _is_duckdb(path: Path) -> bool:
    with open(path, "rb") as stream:
        return stream.read(12)[8:12] == DUCKDB_MAGIC


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def check_output(out: str | Path, *, db: str | Path, force: bool = False) -> Path:
    """The output path, once it is safe to write; a :class:`WarlogError` saying why not otherwise."""
    target = Path(out)
    database = Path(db)
    if any(_same_file(target, p) for p in (database, Path(f"{database}.wal"))):
        raise WarlogError(Errors.E020.format(path=target, detail="it is the database being exported"))
    if target.is_dir():
        raise WarlogError(Errors.E020.format(path=target, detail="it is a folder; give a file name"))
    if not target.parent.is_dir():
        raise WarlogError(Errors.E022.format(path=target, detail=f"the folder {target.parent} does not exist"))
    if not target.exists():
        return target
    if not target.is_file() or _is_duckdb(target):
        raise WarlogError(Errors.E020.format(path=target, detail="it is a database or not a regular file"))
    if not force and not is_warlog_export(target):
        raise WarlogError(Errors.E020.format(
            path=target, detail="it exists and is not a warlog export; add --force to overwrite it"))
    return target


def write_replacing(target: Path, write: Callable[[Path], None]) -> None:
    """Call ``write`` on a new file beside ``target``, then move it into place; on failure leave ``target`` be."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as err:
        raise WarlogError(Errors.E022.format(path=target, detail=err.strerror or err)) from None
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, target)
    except BaseException as err:
        with suppress(OSError):
            os.unlink(temporary)
        if isinstance(err, (OSError, duckdb.Error)):
            detail = getattr(err, "strerror", None) or str(err).splitlines()[0]
            raise WarlogError(Errors.E022.format(path=target, detail=detail)) from None
        raise
