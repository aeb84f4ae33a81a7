"""WARC files (``.warc``, ``.warc.gz``) as news crawls store them, read with warcio.

Only HTTP responses with an HTML body are articles; requests, metadata records
and images are passed over silently, as every crawl is full of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from warlog.errors import SkipKind
from warlog.ingest.limits import MAX_ARTICLE_BYTES
from warlog.ingest.single_files import document_from_bytes
from warlog.models import RawDocument, Skip


def _is_html_response(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    return "html" in content_type.lower()


def read_warc(path: Path, stream) -> Iterator[RawDocument | Skip]:
    records = ArchiveIterator(stream)
    seen = 0
    try:
        for record in records:
            record_id = record.rec_headers.get_header("WARC-Record-ID")
            if record_id is None:  # warcio reads any text as a record; a real one has an id
                break
            seen += 1
            if not _is_html_response(record):
                continue
            body = record.content_stream().read(MAX_ARTICLE_BYTES + 1)
            # The offset is only known once the body has been read.
            source = f"{path}#{records.get_record_offset()}"
            if len(body) > MAX_ARTICLE_BYTES:
                yield Skip(source, SkipKind.TOO_LARGE, f"response body over the {MAX_ARTICLE_BYTES:,}-byte limit")
                continue
            item = document_from_bytes(body, source, html=True)
            if isinstance(item, RawDocument):
                item.url = record.rec_headers.get_header("WARC-Target-URI")
                item.external_id = record_id
            yield item
    except ArchiveLoadFailed as err:
        yield Skip(str(path), SkipKind.MALFORMED, f"broken WARC: {err}")
        return
    if seen == 0:
        yield Skip(str(path), SkipKind.MALFORMED, "no WARC records found")
