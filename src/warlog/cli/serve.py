"""`warlog serve`: the local web view."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from warlog.cli.app import app
from warlog.errors import Errors, WarlogError


@app.command("serve")
def serve_cli(
    db: str = typer.Option("warlog.duckdb", "--db", help="The database to show (read-only)."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on; the default is this machine only."),
    tiles: str = typer.Option(None, "--tiles", envvar="WARLOG_TILES", help="Online map tile URL template, e.g. https://tile.example.org/{z}/{x}/{y}.png; without it the map is offline (country outlines)."),
    attribution: str = typer.Option("", "--tiles-attribution", envvar="WARLOG_TILES_ATTRIBUTION", help="Credit line the tile server asks for."),
) -> None:
    """Show the database in a browser: map, timeline, filters, event, story and claims pages. Read-only.

    Example: warlog serve --db warlog.duckdb --port 8000   (then open http://127.0.0.1:8000)
    """
    from warlog.web import serve

    if not Path(db).exists():
        raise WarlogError(Errors.E006.format(path=db))
    if not 0 < port < 65536:
        raise WarlogError(f"Option --port takes 1-65535, not {port}.")
    typer.echo(f"warlog: serving {os.path.abspath(db)} at http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    serve(db, host=host, port=port, tiles=tiles, tiles_attribution=attribution)
