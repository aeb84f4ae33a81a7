"""The Typer app and its commands; :mod:`warlog.cli.entry` runs it."""

from __future__ import annotations

from importlib import metadata

import typer

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


def _register() -> None:
    from warlog.cli import brief, disputes, events, export, extract, run, serve  # noqa: F401 - each module adds its commands


_register()
