"""Find input items in files, folders and standard input, and read them lazily.

Each path is a file, a folder (read recursively, in sorted order so that runs
are reproducible) or ``-`` for standard input. Items come out one at a time as
:class:`~warlog.models.RawDocument` or, when they cannot be read, as
:class:`~warlog.models.Skip` with the reason: a bad file never stops a run.
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from warlog.errors import Errors, SkipKind, WarlogError
from warlog.ingest.limits import MAX_ARTICLE_BYTES
from warlog.ingest.metadata import is_sidecar
from warlog.ingest.records import read_json, read_jsonl, read_jsonl_lines
from warlog.ingest.single_files import document_from_bytes, read_html, read_txt
from warlog.ingest.warc import read_warc
from warlog.models import RawDocument, Skip

STDIN = "-"

Item = RawDocument | Skip

#: Readers that take the whole (size-limited) file as bytes.
_WHOLE_FILE_READERS: dict[str, Callable[[Path, bytes], Iterator[Item]]] = {
    ".txt": read_txt,
    ".text": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
}
#: Readers that stream a (possibly gzipped) binary file of any size.
_STREAM_READERS: dict[str, Callable[[Path, object], Iterator[Item]]] = {
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
}
SUPPORTED_SUFFIXES = (*sorted({*_WHOLE_FILE_READERS, *_STREAM_READERS}), ".warc", ".warc.gz", ".jsonl.gz")


def _format_suffix(path: Path) -> tuple[str, bool]:
    """Return the format suffix and whether the file is gzipped."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        return (suffixes[-2] if len(suffixes) > 1 else ""), True
    return (suffixes[-1] if suffixes else ""), False


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | str]:
    """Expand folders into their files; ``-`` passes through."""
    for raw in paths:
        if str(raw) == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield child
        elif path.is_file():
            yield path
        else:
            raise WarlogError(Errors.E001.format(path=path))


def read_file(path: Path) -> Iterator[Item]:
    """Read every item in one file."""
    suffix, gzipped = _format_suffix(path)
    source = str(path)
    try:
        if suffix == ".warc":
            with open(path, "rb") as stream:  # warcio reads gzip members itself
                yield from read_warc(path, stream)
        elif suffix in _STREAM_READERS:
            with (gzip.open if gzipped else open)(path, "rb") as stream:
                yield from _STREAM_READERS[suffix](path, stream)
        elif suffix in _WHOLE_FILE_READERS and not gzipped:
            size = path.stat().st_size
            if size > MAX_ARTICLE_BYTES and suffix != ".json":
                yield Skip(source, SkipKind.TOO_LARGE, f"{size:,} bytes is over the {MAX_ARTICLE_BYTES:,}-byte limit")
                return
            yield from _WHOLE_FILE_READERS[suffix](path, path.read_bytes())
        else:
            yield Skip(source, SkipKind.UNSUPPORTED, f"unsupported file type (warlog reads {', '.join(SUPPORTED_SUFFIXES)})")
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        yield Skip(source, SkipKind.UNREADABLE, f"cannot read: {err}")


def read_stdin(stream=None) -> Iterator[Item]:
    """Read standard input: JSON lines, an HTML page or plain text, sniffed from the first byte."""
    data = (stream or sys.stdin.buffer).read()
    head = data.lstrip()[:1]
    if head == b"{":
        yield from read_jsonl_lines(data.splitlines(), "<stdin>")
    elif len(data) > MAX_ARTICLE_BYTES:
        yield Skip("<stdin>", SkipKind.TOO_LARGE, f"over the {MAX_ARTICLE_BYTES:,}-byte limit")
    elif head == b"<":
        yield document_from_bytes(data, "<stdin>", html=True)
    else:
        yield document_from_bytes(data, "<stdin>")


def iter_items(paths: Iterable[str | Path]) -> Iterator[Item]:
    """Yield every input item under ``paths``, lazily."""
    for file in iter_files(paths):
        if file == STDIN:
            yield from read_stdin()
        elif not is_sidecar(file):
            yield from read_file(file)
