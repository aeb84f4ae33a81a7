"""JSON records: ``.jsonl`` (one per line, streamed, gzip allowed) and ``.json``.

A record is an object with ``id``, ``text`` or ``html`` (or only a ``title``,
which is then its text), and optionally ``title``, ``published`` (a date: ISO
or a common written form), ``outlet``, ``url`` and ``language``. A ``.json`` file holds one such object or a list of
them. Every record stands alone: one that cannot be parsed, is too large or
holds text no UTF-8 writer accepts is a skip named ``FILE:LINE`` (``FILE#N`` in
a list), and the records around it go in.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from warlog.errors import SkipKind, failure_reason
from warlog.ingest.bounded import Oversize, bounded_lines, read_at_most
from warlog.ingest.limits import MAX_ARTICLE_BYTES, MAX_JSON_FILE_BYTES
from warlog.ingest.metadata import apply_metadata, warnings_for
from warlog.ingest.names import has_unpaired_surrogate, source_name
from warlog.models import RawDocument, Skip


def _body(record: dict) -> tuple[str, str] | Skip | None:
    """The record's ``text`` or else ``html``, as (field, value); else its ``title`` as its text: a feed item
    that carries only a headline ('Two hurt in shooting outside Elm Street bar') still tells its news, and
    dropping it would lose the only account of that incident. A Skip reason when it is unusable."""
    for name in ("text", "html", "title"):
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            if has_unpaired_surrogate(value):
                return Skip("", SkipKind.UNDECODABLE, f"`{name}` holds a lone surrogate (\\ud800-\\udfff), not Unicode text")
            return ("html", value) if name == "html" else ("text", value)
    return None


def documents_from_record(record: object, source: str) -> Iterator[RawDocument | Skip]:
    """The record's document, after a warning for any metadata field it cannot use; or a skip."""
    if not isinstance(record, dict):
        yield Skip(source, SkipKind.MALFORMED, "record is not a JSON object")
        return
    body = _body(record)
    if body is None:
        yield Skip(source, SkipKind.NO_TEXT, "record has no `text`, `html` or `title`")
        return
    if isinstance(body, Skip):
        yield Skip(source, body.kind, body.reason)
        return
    yield from warnings_for(source, record)
    name, value = body
    document = RawDocument(source=source, text=value) if name == "text" else RawDocument(source=source, html=value)
    yield apply_metadata(document, record)


def _parse(data: bytes, source: str) -> object | Skip:
    """Parse JSON bytes, or say why they are not JSON."""
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return Skip(source, SkipKind.UNDECODABLE, "not valid UTF-8")
    except json.JSONDecodeError as err:
        return Skip(source, SkipKind.MALFORMED, f"malformed JSON: {err.msg} (line {err.lineno}, column {err.colno})")
    except RecursionError:
        return Skip(source, SkipKind.MALFORMED, "malformed JSON: nested too deep to be a record")
    except ValueError as err:  # e.g. an integer of more digits than Python converts
        return Skip(source, SkipKind.MALFORMED, f"malformed JSON: {str(err).split(';')[0]}")


def _line_items(raw: bytes, source: str) -> list[RawDocument | Skip]:
    """The items of one line; an exception nobody foresaw is this record's skip, not the file's end."""
    try:
        record = _parse(raw, source)
        return [record] if isinstance(record, Skip) else list(documents_from_record(record, source))
    except Exception as err:  # noqa: BLE001 - one record never stops the others
        return [Skip(source, SkipKind.FAILED, failure_reason(err))]


def read_jsonl_lines(lines: Iterable[bytes | Oversize], name: str) -> Iterator[RawDocument | Skip]:
    """Parse JSON lines, naming each record ``NAME:LINE``; a file with no record at all is one skip."""
    records = 0
    for number, raw in enumerate(lines, start=1):
        source = f"{name}:{number}"
        if isinstance(raw, Oversize):
            records += 1
            yield Skip(source, SkipKind.TOO_LARGE, f"line of {raw.size:,} bytes is over the {MAX_ARTICLE_BYTES:,}-byte limit")
            continue
        if not raw.strip():
            continue
        records += 1
        yield from _line_items(raw, source)
    if records == 0:
        yield Skip(name, SkipKind.EMPTY, "no JSON records (the file is empty)")


def read_jsonl(path: Path, stream) -> Iterator[RawDocument | Skip]:
    yield from read_jsonl_lines(bounded_lines(stream, MAX_ARTICLE_BYTES), source_name(path))


def read_json(path: Path, stream) -> Iterator[RawDocument | Skip]:
    source = source_name(path)
    data, more = read_at_most(stream, MAX_JSON_FILE_BYTES)
    if more:
        yield Skip(source, SkipKind.TOO_LARGE, f"JSON file over the {MAX_JSON_FILE_BYTES:,}-byte limit: use JSONL")
        return
    if not data.strip():
        yield Skip(source, SkipKind.EMPTY, "empty")
        return
    parsed = _parse(data, source)
    del data
    if isinstance(parsed, Skip):
        yield parsed
        return
    if not isinstance(parsed, list):
        yield from documents_from_record(parsed, source)
        return
    for index, record in enumerate(parsed):
        yield from documents_from_record(record, f"{source}#{index}")
