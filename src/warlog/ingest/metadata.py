"""Metadata that travels beside the articles: ``meta.jsonl`` and ``NAME.meta.json``.

``meta.jsonl`` sits in a folder and describes its files, one JSON object per line
with ``file`` (a path relative to that folder), ``outlet``, ``published``, ``url``
and ``title``. ``NAME.meta.json`` (or ``NAME.txt.meta.json``) describes the
single file ``NAME.txt``. Metadata never costs an article: a sidecar, a line or
a field that cannot be used is reported once as a ``bad_metadata`` warning
naming the file (and line) and the field, and the articles go in without it.
Sidecars are reported when the reader meets them (:func:`sidecar_warnings`),
so a folder's ``meta.jsonl`` is named once however many files it describes.

Publication dates are ISO 8601 first (fast, exact); other common forms ("12
March 2025", "Tue, 04 Mar 2025 10:00:00 GMT", "03/12/2025", read month first
as in US English) go to dateparser, with relative phrases ("yesterday")
refused: a file's metadata has no 'now' to be relative to.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timezone
from functools import lru_cache
from pathlib import Path

import dateparser

from warlog.errors import SkipKind
from warlog.ingest.bounded import bounded_lines, read_at_most
from warlog.ingest.limits import MAX_METADATA_BYTES
from warlog.ingest.names import has_unpaired_surrogate, printable, source_name
from warlog.models import RawDocument, Skip

META_JSONL = "meta.jsonl"
META_SUFFIX = ".meta.json"
_FIELDS = ("title", "outlet", "url")
#: Years a news item can be published in; outside them a date is a typo or a placeholder.
EARLIEST_YEAR, LATEST_YEAR = 1800, 2200
_DATEPARSER_SETTINGS = {
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "TO_TIMEZONE": "UTC",
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def is_sidecar(path: Path) -> bool:
    return path.name == META_JSONL or path.name.endswith(META_SUFFIX)


def _iso(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            return datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
        except ValueError:
            return None


def parse_published(value: object) -> datetime | None:
    """A publication date as naive UTC; ``None`` when absent.

    Raises:
        ValueError: with the reason, for a value that is present but no usable date.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise ValueError(f"is {type(value).__name__}, not a date")
    text = value.strip()
    parsed = _iso(text) or dateparser.parse(text[:100], languages=["en"], settings=_DATEPARSER_SETTINGS)
    if parsed is None:
        raise ValueError(f"{text[:60]!r} is not a date")
    if parsed.tzinfo is not None:
        try:
            parsed = parsed.astimezone(timezone.utc).replace(tzinfo=None)
        except OverflowError:
            raise ValueError(f"{text[:60]!r} is out of range") from None
    if not EARLIEST_YEAR <= parsed.year <= LATEST_YEAR:
        raise ValueError(f"{text[:60]!r} is out of range ({EARLIEST_YEAR}-{LATEST_YEAR})")
    return parsed


def published_or_none(value: object) -> datetime | None:
    """:func:`parse_published` for dates found by a library, where a bad one is simply no date."""
    try:
        return parse_published(value)
    except ValueError:
        return None


def metadata_problems(entry: dict) -> list[str]:
    """Why fields of a metadata entry cannot be used, one reason per field."""
    problems = []
    for name in (*_FIELDS, "language"):
        value = entry.get(name)
        if value is not None and not isinstance(value, str):
            problems.append(f"field `{name}` is {type(value).__name__}, not text")
        elif isinstance(value, str) and has_unpaired_surrogate(value):
            problems.append(f"field `{name}` holds a lone surrogate, not Unicode text")
    try:
        parse_published(entry.get("published"))
    except ValueError as err:
        problems.append(f"field `published` {err}")
    return problems


def warnings_for(source: str, entry: dict) -> list[Skip]:
    """One ``bad_metadata`` warning for the entry's unusable fields, if any."""
    problems = metadata_problems(entry)
    if not problems:
        return []
    return [Skip(source, SkipKind.BAD_METADATA, f"{'; '.join(problems)}; kept without it")]


def _load_object(data: bytes) -> dict:
    entry = json.loads(data.decode("utf-8-sig"))
    if not isinstance(entry, dict):
        raise ValueError("not a JSON object")
    return entry


def _folder_lines(sidecar: Path) -> Iterator[tuple[int, dict | str]]:
    """Each line of a ``meta.jsonl``: its number and its entry, or why it is none."""
    with open(sidecar, "rb") as stream:
        for number, line in enumerate(bounded_lines(stream, MAX_METADATA_BYTES), start=1):
            if isinstance(line, bytes) and not line.strip():
                continue
            if not isinstance(line, bytes):
                yield number, f"line of {line.size:,} bytes is over the {MAX_METADATA_BYTES:,}-byte limit"
                continue
            try:
                entry = _load_object(line)
            except (ValueError, RecursionError) as err:
                yield number, f"malformed JSON ({str(err).splitlines()[0][:120]})"
                continue
            if not isinstance(entry.get("file"), str):
                yield number, "no `file` field naming the file it describes"
                continue
            yield number, entry


@lru_cache(maxsize=256)
def _folder_metadata(folder: Path) -> dict[str, dict]:
    sidecar = folder / META_JSONL
    if not sidecar.is_file():
        return {}
    try:
        lines = list(_folder_lines(sidecar))
    except OSError:
        return {}  # named by sidecar_warnings when the reader meets the file
    return {str(Path(entry["file"])): entry for _, entry in lines if isinstance(entry, dict)}


def _own_sidecars(path: Path) -> tuple[Path, Path]:
    """``NAME.txt.meta.json`` and ``NAME.meta.json``: both forms are in use."""
    return path.with_name(path.name + META_SUFFIX), path.with_name(path.stem + META_SUFFIX)


def _read_own(sidecar: Path) -> dict:
    """A ``NAME.meta.json`` entry; raises ValueError or OSError when it is none."""
    with open(sidecar, "rb") as stream:
        data, more = read_at_most(stream, MAX_METADATA_BYTES)
    if more:
        raise ValueError(f"over the {MAX_METADATA_BYTES:,}-byte limit")
    return _load_object(data)


def metadata_for(path: Path) -> dict:
    """The sidecar metadata for ``path`` (empty when there is none or it is unusable)."""
    for own in _own_sidecars(path):
        if own.is_file():
            try:
                return _read_own(own)
            except (OSError, ValueError, RecursionError):
                break  # named by sidecar_warnings
    return _folder_metadata(path.parent.resolve()).get(path.name, {})


def sidecar_warnings(path: Path) -> Iterator[Skip]:
    """The problems of a sidecar file, each a ``bad_metadata`` warning naming the file, line and field."""
    name = source_name(path)
    try:
        if path.name == META_JSONL:
            for number, entry in _folder_lines(path):
                if isinstance(entry, str):
                    yield Skip(f"{name}:{number}", SkipKind.BAD_METADATA, f"{entry}; line ignored")
                else:
                    yield from warnings_for(f"{name}:{number}", entry)
        else:
            yield from warnings_for(name, _read_own(path))
    except (ValueError, RecursionError) as err:
        yield Skip(name, SkipKind.BAD_METADATA, f"unusable metadata ({str(err).splitlines()[0][:120]}); ignored")
    except OSError as err:
        yield Skip(name, SkipKind.BAD_METADATA, f"cannot read metadata ({err.strerror or err}); ignored")


def apply_metadata(document: RawDocument, entry: dict) -> RawDocument:
    """Fill the document's empty fields from a metadata entry; unusable values are left out."""
    for name in _FIELDS:
        value = entry.get(name)
        if getattr(document, name) is None and isinstance(value, str) and value.strip() \
                and not has_unpaired_surrogate(value):
            setattr(document, name, value.strip())
    if document.published is None:
        document.published = published_or_none(entry.get("published"))
    if document.external_id is None and entry.get("id") is not None:
        document.external_id = printable(str(entry["id"]))
    language = entry.get("language")
    if document.language is None and isinstance(language, str) and not has_unpaired_surrogate(language):
        document.language = language
    return document
