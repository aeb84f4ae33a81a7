"""`warlog extract`: one article to JSON on standard output, no database."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import typer

from warlog.api import extract
from warlog.errors import Errors, WarlogError
from warlog.ingest.bounded import read_at_most
from warlog.ingest.decode import NotText, decode_bytes
from warlog.ingest.limits import MAX_ARTICLE_BYTES
from warlog.cli.app import app


@app.command("extract")
def extract_cli(
    file: str = typer.Argument(..., help="A text file, or - for standard input."),
    published: str = typer.Option(None, "--published", help="Publication date (2017-06-14, 14 June 2017, ...), to resolve relative dates."),
    outlet: str = typer.Option(None, "--outlet", help="The outlet that published the article."),
) -> None:
    """Extract one article's reports and claims and print them as JSON.

    Example: warlog extract article.txt --published 2017-06-14 --outlet "Levant Wire"
    """
    if file == "-":
        data, more = read_at_most(sys.stdin.buffer, MAX_ARTICLE_BYTES)
    else:
        path = Path(file)
        if not path.is_file():
            raise WarlogError(Errors.E001.format(path=file))
        with path.open("rb") as stream:
            data, more = read_at_most(stream, MAX_ARTICLE_BYTES)
    if more:
        raise WarlogError(f"{file}: over the {MAX_ARTICLE_BYTES:,}-byte limit of one article")
    try:
        text = decode_bytes(data)
    except NotText as err:
        raise WarlogError(f"{file}: {err.reason}") from None
    result = extract(text, published=published, outlet=outlet)
    typer.echo(json.dumps(asdict(result), default=str, indent=2, ensure_ascii=False))
