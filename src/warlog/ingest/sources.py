"""Find input items in files, folders and standard input, and read them lazily.

Each path is a file, a folder (read recursively, in sorted order so that runs
are reproducible) or ``-`` for standard input. Items come out one at a time as
:class:`~warlog.models.RawDocument` or, when they cannot be read, as
:class:`~warlog.models.Skip` with the reason: a bad file never stops a run.
What a folder holds but cannot give (a sub-folder it may not list, a dangling or
looping symbolic link, a link to a folder, a pipe) is a skip too, so nothing is
dropped unseen. Every reader streams within the limits of :mod:`warlog.ingest.limits`.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from warlog.errors import Errors, SkipKind, WarlogError, failure_reason
from warlog.ingest.bounded import GuardedGzip, InputTooLarge, LineRuns, TruncatedInput, bounded_lines
from warlog.ingest.limits import MAX_ARTICLE_BYTES, MAX_WARC_RUN
from warlog.ingest.metadata import is_sidecar, sidecar_warnings
from warlog.ingest.names import printable, source_name
from warlog.ingest.records import read_json, read_jsonl, read_jsonl_lines
from warlog.ingest.single_files import document_from_stream, read_html, read_txt
from warlog.ingest.warc import read_warc
from warlog.models import RawDocument, Skip

STDIN = "-"
STDIN_NAME = "<stdin>"

Item = RawDocument | Skip

#: Readers by format; each takes the path (for names and sidecars) and an open binary stream.
_READERS: dict[str, Callable[[Path, object], Iterator[Item]]] = {
    ".txt": read_txt,
    ".text": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".warc": read_warc,
}
SUPPORTED_SUFFIXES = (*sorted(_READERS), "and any of them .gz")


def _format_suffix(path: Path) -> tuple[str, bool]:
    """Return the format suffix and whether the file is gzipped."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        return (suffixes[-2] if len(suffixes) > 1 else ""), True
    return (suffixes[-1] if suffixes else ""), False


def _link_skip(path: Path) -> Skip:
    """Why a symbolic link in a folder gives no file."""
    try:
        os.stat(path)
    except OSError as err:
        why = "a symbolic link loop" if err.errno == errno.ELOOP else f"a dangling symbolic link to {os.readlink(path)}"
        return Skip(source_name(path), SkipKind.UNREADABLE, printable(why))
    return Skip(source_name(path), SkipKind.UNSUPPORTED, "a symbolic link to a folder, not followed (name the folder itself)")


def _entry(path: Path) -> Path | Skip:
    """A folder entry as a file to read, or the skip that says why it is none."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return _link_skip(path)
    if stat.S_ISREG(mode):
        return path
    if stat.S_ISDIR(mode):
        return _link_skip(path)
    return Skip(source_name(path), SkipKind.UNSUPPORTED, "not a regular file (a pipe, socket or device)")


def _folder(root: Path) -> Iterator[Path | Skip]:
    """Every file under ``root`` but hidden ones, in sorted order, and a skip for what cannot be read."""
    found: list[Path | Skip] = []

    def unreadable(err: OSError) -> None:
        found.append(Skip(source_name(err.filename or root), SkipKind.UNREADABLE,
                          f"cannot read folder: {err.strerror or err}"))

    for folder, folders, files in os.walk(root, onerror=unreadable):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in folders:
            if os.path.islink(os.path.join(folder, name)):
                found.append(_link_skip(Path(folder, name)))
        found.extend(_entry(Path(folder, name)) for name in files if not name.startswith("."))
    yield from sorted(found, key=lambda item: os.fsencode(item if isinstance(item, Path) else item.source))


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | str | Skip]:
    """Expand folders into their files (and skips for what they cannot give); ``-`` passes through."""
    for raw in paths:
        if str(raw) == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _folder(path)
        elif path.is_file():
            yield path
        else:
            raise WarlogError(Errors.E001.format(path=source_name(path)))


class ReadPosition:
    """How many bytes of input files this process has read: files finished plus the position in the one
    being read (of the file on disk, compressed or not). A run's progress display reads it between
    items, so a single large WARC or gzip file shows its progress and an ETA from its start."""

    def __init__(self) -> None:
        self.finished = 0
        self._raw = None

    def now(self) -> int:
        try:
            return self.finished + (self._raw.tell() if self._raw is not None else 0)
        except (OSError, ValueError):
            return self.finished


#: The position of this process's reading (one reader at a time per process).
POSITION = ReadPosition()


@contextmanager
def _open(path: Path, *, gzipped: bool, warc: bool):
    with open(path, "rb") as raw:
        POSITION._raw = raw
        try:
            stream = GuardedGzip(raw) if gzipped else raw
            yield LineRuns(stream, MAX_WARC_RUN) if warc else stream
        finally:
            POSITION._raw = None
            POSITION.finished += path.stat().st_size


def _read_error(source: str, err: BaseException) -> Skip:
    if isinstance(err, InputTooLarge):
        return Skip(source, SkipKind.TOO_LARGE, printable(str(err)))
    if isinstance(err, (TruncatedInput, EOFError)):
        return Skip(source, SkipKind.UNREADABLE, f"truncated: {printable(str(err) or 'the file ends early')}")
    if isinstance(err, zlib.error):
        return Skip(source, SkipKind.UNREADABLE, f"not valid gzip: {printable(str(err))}")
    if isinstance(err, OSError):
        detail = getattr(err, "strerror", None) or str(err)
        return Skip(source, SkipKind.UNREADABLE, f"cannot read: {printable(detail)}")
    return Skip(source, SkipKind.FAILED, printable(failure_reason(err)))


def read_file(path: Path) -> Iterator[Item]:
    """Read every item in one file; whatever stops the file is one skip naming it, after the items before it."""
    if is_sidecar(path):
        yield from sidecar_warnings(path)
        return
    suffix, gzipped = _format_suffix(path)
    source = source_name(path)
    if suffix not in _READERS:
        yield Skip(source, SkipKind.UNSUPPORTED, f"unsupported file type (warlog reads {', '.join(SUPPORTED_SUFFIXES)})")
        return
    try:
        with _open(path, gzipped=gzipped, warc=suffix == ".warc") as stream:
            yield from _READERS[suffix](path, stream)
    except Exception as err:  # noqa: BLE001 - one bad file is a skip, never the end of a run
        yield _read_error(source, err)


class _Prefixed:
    """A stream with bytes already read from it put back in front."""

    def __init__(self, prefix: bytes, stream):
        self.prefix = io.BytesIO(prefix)
        self.stream = stream

    def read(self, size: int = -1) -> bytes:
        data = self.prefix.read(size)
        if size < 0 or len(data) < size:
            data += self.stream.read(-1 if size < 0 else size - len(data))
        return data

    def readline(self, size: int = -1) -> bytes:
        line = self.prefix.readline(size)
        if not line.endswith(b"\n") and (size < 0 or len(line) < size):
            line += self.stream.readline(-1 if size < 0 else size - len(line))
        return line


def read_stdin(stream=None) -> Iterator[Item]:
    """Read standard input: JSON lines, an HTML page or plain text, sniffed from the first byte."""
    stream = stream or sys.stdin.buffer
    try:
        head = stream.read(4096)
        stream = _Prefixed(head, stream)
        first = head.lstrip()[:1]
        if first == b"{":
            yield from read_jsonl_lines(bounded_lines(stream, MAX_ARTICLE_BYTES), STDIN_NAME)
        else:
            yield document_from_stream(stream, STDIN_NAME, html=first == b"<")
    except Exception as err:  # noqa: BLE001 - as for a file
        yield _read_error(STDIN_NAME, err)


def iter_items(paths: Iterable[str | Path]) -> Iterator[Item]:
    """Yield every input item under ``paths``, lazily."""
    for file in iter_files(paths):
        if isinstance(file, Skip):
            yield file
        elif file == STDIN:
            yield from read_stdin()
        else:
            yield from read_file(file)
