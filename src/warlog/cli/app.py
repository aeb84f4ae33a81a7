"""The Typer app: every command, and the one place library errors become a one-line message."""

from __future__ import annotations

import sys
from importlib import metadata

import typer

from warlog.errors import WarlogError

app = typer.Typer(
    name="warlog",
    help="Turn raw conflict news into a deduplicated, source-attributed event record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _print_version(wanted: bool) -> None:
    if wanted:
        typer.echo(f"warlog {metadata.version('warlog')}")
        raise typer.Exit()


@app.callback()
def _options(version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                          help="Print warlog's version and exit.")) -> None:
    """Turn raw conflict news into a deduplicated, source-attributed event record."""


def main() -> None:
    """Entry point: run the app; WarlogError -> one line on stderr and exit 1 (traceback with --debug)."""
    debug = "--debug" in sys.argv
    if debug:
        sys.argv.remove("--debug")
    try:
        app()
    except WarlogError as err:
        if debug:
            raise
        typer.echo(f"warlog: error: {err}", err=True)
        sys.exit(1)


def _register() -> None:
    from warlog.cli import brief, disputes, events, export, extract, run, serve  # noqa: F401 - each module adds its commands


_register()
