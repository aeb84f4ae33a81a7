"""HTML pages: main text and metadata with trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warlog.ingest.decode import NotText, decode_bytes
from warlog.ingest.metadata import apply_metadata, metadata_for
from warlog.models import RawDocument, Skip


def document_from_html_bytes(data: bytes, source: str) -> RawDocument | Skip:
    try:
        return RawDocument(source=source, html=decode_bytes(data))
    except NotText as err:
        return Skip(source, err.kind, err.reason)


def read_html(path: Path, data: bytes) -> Iterator[RawDocument | Skip]:
    item = document_from_html_bytes(data, str(path))
    if isinstance(item, RawDocument):
        apply_metadata(item, metadata_for(path))
    yield item
