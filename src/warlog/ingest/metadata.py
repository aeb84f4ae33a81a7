"""Metadata that travels beside the articles: ``meta.jsonl`` and ``NAME.meta.json``.

``meta.jsonl`` sits in a folder and describes its files, one JSON object per line
with ``file`` (a path relative to that folder), ``outlet``, ``published``, ``url``
and ``title``. ``NAME.meta.json`` describes the single file ``NAME``. A sidecar
that cannot be parsed is reported once and ignored: the articles still go in.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from functools import lru_cache
from pathlib import Path

from warlog.models import RawDocument

META_JSONL = "meta.jsonl"
META_SUFFIX = ".meta.json"
_FIELDS = ("title", "outlet", "url")


def is_sidecar(path: Path) -> bool:
    return path.name == META_JSONL or path.name.endswith(META_SUFFIX)


def parse_published(value: object) -> datetime | None:
    """Parse an ISO date or datetime; ``None`` for anything else.

    Time zones are dropped after conversion to UTC, so all timestamps compare.
    """
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
        except ValueError:
            return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(timezone.utc).replace(tzinfo=None)
    return parsed


@lru_cache(maxsize=256)
def _folder_metadata(folder: Path) -> dict[str, dict]:
    sidecar = folder / META_JSONL
    if not sidecar.is_file():
        return {}
    entries: dict[str, dict] = {}
    for line in sidecar.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(entry, dict) and isinstance(entry.get("file"), str):
            entries[str(Path(entry["file"]))] = entry
    return entries


def metadata_for(path: Path) -> dict:
    """Return the sidecar metadata for ``path`` (empty when there is none)."""
    own = path.with_name(path.name + META_SUFFIX)
    if own.is_file():
        try:
            entry = json.loads(own.read_text(encoding="utf-8"))
            if isinstance(entry, dict):
                return entry
        except (json.JSONDecodeError, UnicodeDecodeError):
            pass
    folder_entries = _folder_metadata(path.parent.resolve())
    return folder_entries.get(path.name, {})


def apply_metadata(document: RawDocument, entry: dict) -> RawDocument:
    """Fill the document's empty fields from a metadata entry."""
    for name in _FIELDS:
        if getattr(document, name) is None and isinstance(entry.get(name), str) and entry[name].strip():
            setattr(document, name, entry[name].strip())
    if document.published is None:
        document.published = parse_published(entry.get("published"))
    if document.external_id is None and entry.get("id") is not None:
        document.external_id = str(entry["id"])
    if document.language is None and isinstance(entry.get("language"), str):
        document.language = entry["language"]
    return document
