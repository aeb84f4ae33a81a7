"""JSON records: ``.jsonl`` (one per line, streamed, gzip allowed) and ``.json``.

A record is an object with ``id``, ``text`` or ``html``, and optionally
``title``, ``published`` (ISO date or datetime), ``outlet``, ``url`` and
``language``. A ``.json`` file holds one such object or a list of them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from warlog.errors import SkipKind
from warlog.ingest.limits import MAX_ARTICLE_BYTES, MAX_JSON_ARRAY_BYTES
from warlog.ingest.metadata import apply_metadata
from warlog.models import RawDocument, Skip


def document_from_record(record: object, source: str) -> RawDocument | Skip:
    if not isinstance(record, dict):
        return Skip(source, SkipKind.MALFORMED, "record is not a JSON object")
    text, html = record.get("text"), record.get("html")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
        return Skip(source, SkipKind.NO_TEXT, "record has no `text` or `html`")
    if isinstance(text, str) and text.strip():
        document = RawDocument(source=source, text=text)
    else:
        document = RawDocument(source=source, html=html)
    return apply_metadata(document, record)


def _parse(data: bytes, source: str, where: str) -> object | Skip:
    """Parse JSON bytes, or say why they are not JSON; ``where`` names the position in errors."""
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return Skip(source, SkipKind.UNDECODABLE, "not valid UTF-8")
    except json.JSONDecodeError as err:
        position = f"column {err.colno}" if where == "line" else f"line {err.lineno}"
        return Skip(source, SkipKind.MALFORMED, f"malformed JSON ({err.msg} at {position})")


def read_jsonl_lines(lines: Iterable[bytes], name: str) -> Iterator[RawDocument | Skip]:
    """Parse JSON lines, naming each record ``NAME:LINE``."""
    for number, raw in enumerate(lines, start=1):
        source = f"{name}:{number}"
        if not raw.strip():
            continue
        if len(raw) > MAX_ARTICLE_BYTES:
            yield Skip(source, SkipKind.TOO_LARGE, f"line of {len(raw):,} bytes is over the {MAX_ARTICLE_BYTES:,}-byte limit")
            continue
        record = _parse(raw, source, "line")
        yield record if isinstance(record, Skip) else document_from_record(record, source)


def read_jsonl(path: Path, stream) -> Iterator[RawDocument | Skip]:
    yield from read_jsonl_lines(stream, str(path))


def read_json(path: Path, data: bytes) -> Iterator[RawDocument | Skip]:
    source = str(path)
    if len(data) > MAX_JSON_ARRAY_BYTES:
        yield Skip(source, SkipKind.TOO_LARGE, f"JSON file over the {MAX_JSON_ARRAY_BYTES:,}-byte limit: use JSONL")
        return
    parsed = _parse(data, source, "file")
    if isinstance(parsed, Skip):
        yield parsed
        return
    records = parsed if isinstance(parsed, list) else [parsed]
    for index, record in enumerate(records):
        yield document_from_record(record, f"{source}#{index}" if isinstance(parsed, list) else source)
