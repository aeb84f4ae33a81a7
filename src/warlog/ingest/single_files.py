"""Single-article files: plain text and HTML, one per file, with optional sidecar metadata."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warlog.errors import SkipKind
from warlog.ingest.bounded import read_at_most
from warlog.ingest.decode import NotText, decode_bytes
from warlog.ingest.limits import MAX_ARTICLE_BYTES
from warlog.ingest.metadata import apply_metadata, metadata_for
from warlog.ingest.names import source_name
from warlog.models import RawDocument, Skip


def document_from_bytes(data: bytes, source: str, *, html: bool = False) -> RawDocument | Skip:
    """Decode one article; ``html`` says whether the bytes are a page or plain text."""
    try:
        text = decode_bytes(data)
    except NotText as err:
        return Skip(source, err.kind, err.reason)
    return RawDocument(source=source, html=text) if html else RawDocument(source=source, text=text)


def document_from_stream(stream, source: str, *, html: bool = False) -> RawDocument | Skip:
    """One article of at most :data:`MAX_ARTICLE_BYTES`, read no further than that."""
    data, more = read_at_most(stream, MAX_ARTICLE_BYTES)
    if more:
        return Skip(source, SkipKind.TOO_LARGE, f"over the {MAX_ARTICLE_BYTES:,}-byte limit")
    return document_from_bytes(data, source, html=html)


def _read_single(path: Path, stream, *, html: bool) -> Iterator[RawDocument | Skip]:
    item = document_from_stream(stream, source_name(path), html=html)
    if isinstance(item, RawDocument):
        apply_metadata(item, metadata_for(path))
    yield item


def read_txt(path: Path, stream) -> Iterator[RawDocument | Skip]:
    return _read_single(path, stream, html=False)


def read_html(path: Path, stream) -> Iterator[RawDocument | Skip]:
    """HTML pages; trafilatura extracts their text and metadata when they are cleaned."""
    return _read_single(path, stream, html=True)
