"""The Typer app and its commands; :mod:`warlog.cli.entry` runs it."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="warlog",
    help="Turn raw conflict news into a deduplicated, source-attributed event record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register() -> None:
    from warlog.cli import disputes, events, export, extract, run, serve  # noqa: F401 - each module adds its commands


_register()
