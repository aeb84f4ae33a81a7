"""Plain-text articles, one per file, with optional sidecar metadata."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warlog.ingest.decode import NotText, decode_bytes
from warlog.ingest.metadata import apply_metadata, metadata_for
from warlog.models import RawDocument, Skip


def document_from_text_bytes(data: bytes, source: str) -> RawDocument | Skip:
    try:
        return RawDocument(source=source, text=decode_bytes(data))
    except NotText as err:
        return Skip(source, err.kind, err.reason)


def read_txt(path: Path, data: bytes) -> Iterator[RawDocument | Skip]:
    item = document_from_text_bytes(data, str(path))
    if isinstance(item, RawDocument):
        apply_metadata(item, metadata_for(path))
    yield item
