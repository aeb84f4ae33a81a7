"""Single-article files: plain text and HTML, one per file, with optional sidecar metadata."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warlog.ingest.decode import NotText, decode_bytes
from warlog.ingest.metadata import apply_metadata, metadata_for
from warlog.models import RawDocument, Skip


def document_from_bytes(data: bytes, source: str, *, html: bool = False) -> RawDocument | Skip:
    """Decode one article; ``html`` says whether the bytes are a page or plain text."""
    try:
        text = decode_bytes(data)
    except NotText as err:
        return Skip(source, err.kind, err.reason)
    return RawDocument(source=source, html=text) if html else RawDocument(source=source, text=text)


def _read_single(path: Path, data: bytes, *, html: bool) -> Iterator[RawDocument | Skip]:
    item = document_from_bytes(data, str(path), html=html)
    if isinstance(item, RawDocument):
        apply_metadata(item, metadata_for(path))
    yield item


def read_txt(path: Path, data: bytes) -> Iterator[RawDocument | Skip]:
    return _read_single(path, data, html=False)


def read_html(path: Path, data: bytes) -> Iterator[RawDocument | Skip]:
    """HTML pages; trafilatura extracts their text and metadata when they are cleaned."""
    return _read_single(path, data, html=True)
