"""The ``warlog`` command: the one place library errors become a one-line message.

The app and its commands (spaCy, DuckDB, pandas behind them) are imported
inside the error handling, so a Ctrl-C while they load is an ordinary interrupt.
"""

from __future__ import annotations

import os
import sys

from warlog.errors import DEBUG_ENV, Errors, WarlogError


def main() -> None:
    """Run the app; errors the user can act on -> one line on stderr and exit 1 (traceback with --debug).

    Besides :class:`WarlogError`, a file system or database error (a full disk, a read-only folder) is one
    line too, and Ctrl-C at any moment, loading included, exits 130 with one line.
    """
    debug = "--debug" in sys.argv
    if debug:
        sys.argv.remove("--debug")
        os.environ[DEBUG_ENV] = "1"
    try:
        from warlog.cli.app import app

        app()
    except KeyboardInterrupt:
        if debug:
            raise
        print(f"warlog: {Errors.E023}", file=sys.stderr)
        sys.exit(130)
    except Exception as err:  # noqa: BLE001 - narrowed just below
        if debug or not _for_the_user(err):
            raise
        print(f"warlog: error: {_one_line(err)}", file=sys.stderr)
        sys.exit(1)


def _for_the_user(err: Exception) -> bool:
    """Errors about the user's files, not bugs: a message says enough."""
    import duckdb

    return isinstance(err, (WarlogError, OSError, duckdb.Error))


def _one_line(err: Exception) -> str:
    if isinstance(err, OSError) and err.strerror:
        return f"{err.strerror}: {err.filename}" if err.filename else err.strerror
    return str(err).splitlines()[0] if str(err) else type(err).__name__
