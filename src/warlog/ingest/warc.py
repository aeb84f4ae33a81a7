"""WARC files (``.warc``, ``.warc.gz``) as news crawls store them, read with warcio.

Only HTTP responses with an HTML body are articles; requests, metadata records
and images are passed over silently, as every crawl is full of them. The
stream warcio gets is already inflated and guarded (:mod:`warlog.ingest.bounded`):
warcio reads header lines whole, so a bomb or a file without line breaks must be
stopped before it. A record whose body ends before its ``Content-Length`` is
truncated (a crawl cut short): it is a skip, not an article cut mid-sentence. So is a
record without a readable ``Content-Length`` (a mandatory WARC field): warcio then reads
it to the end of the file, and where it really ended cannot be told.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from warlog.errors import SkipKind
from warlog.ingest.limits import MAX_ARTICLE_BYTES
from warlog.ingest.names import printable, source_name
from warlog.ingest.single_files import document_from_bytes
from warlog.models import RawDocument, Skip


def _is_html_response(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    return "html" in content_type.lower()


def _missing_bytes(record) -> int:
    """Bytes the record's ``Content-Length`` promised that the file did not hold (read after the body)."""
    return getattr(record.raw_stream, "limit", 0) or 0


def _has_length(record) -> bool:
    length = record.rec_headers.get_header("Content-Length")
    return bool(length) and length.strip().isdigit()


def _article(record, records: ArchiveIterator, name: str) -> RawDocument | Skip:
    body = record.content_stream().read(MAX_ARTICLE_BYTES + 1)
    source = f"{name}#{records.get_record_offset()}"  # known only once the body has been read
    if len(body) > MAX_ARTICLE_BYTES:
        return Skip(source, SkipKind.TOO_LARGE, f"response body over the {MAX_ARTICLE_BYTES:,}-byte limit")
    if not _has_length(record):
        return Skip(source, SkipKind.MALFORMED, "WARC record without a readable Content-Length: where it ends is unknown")
    if missing := _missing_bytes(record):
        return Skip(source, SkipKind.MALFORMED, f"truncated WARC record: {missing:,} bytes of its body are missing")
    item = document_from_bytes(body, source, html=True)
    if isinstance(item, RawDocument):
        uri = record.rec_headers.get_header("WARC-Target-URI")
        item.url = printable(uri) if uri else None
        item.external_id = printable(record.rec_headers.get_header("WARC-Record-ID"))
    return item


def read_warc(path: Path, stream) -> Iterator[RawDocument | Skip]:
    name = source_name(path)
    records = ArchiveIterator(stream)
    seen = 0
    try:
        for record in records:
            if record.rec_headers.get_header("WARC-Record-ID") is None:  # warcio reads any text as a record
                break
            seen += 1
            if not _is_html_response(record):
                continue
            yield _article(record, records, name)
    except ArchiveLoadFailed as err:
        yield Skip(name, SkipKind.MALFORMED, f"broken WARC: {printable(str(err).splitlines()[0][:200])}")
        return
    if seen == 0:
        yield Skip(name, SkipKind.MALFORMED, "no WARC records found")
