"""Reading within limits: no input may make a reader hold more than a few limits' worth of memory.

Python's ``readline()`` and ``read()`` return whatever the input holds, so a
300 MB line or a gzip member that inflates to 1 GiB would be held whole before
any size check could run. Every reader here reads at most one limit plus one
byte, and reports what it did not keep by its size. Gzip input is watched for
its inflation ratio: news text compresses 3-10x, so a stream that has inflated
past :data:`RATIO_FLOOR` at more than :data:`MAX_RATIO` times its compressed size
is a bomb (or a file of zeros) and stops with :class:`InputTooLarge`.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass

#: Bytes read per call when draining an over-long line.
CHUNK = 1 << 20
#: Inflation beyond which a gzip stream is a bomb (text inflates 3-10x, HTML up to 20x).
MAX_RATIO = 100
#: Inflated bytes after which the ratio is checked: small files may inflate as they like.
RATIO_FLOOR = 16 << 20


class InputTooLarge(Exception):
    """Input that would exceed a limit if read on; the message says which."""


@dataclass(frozen=True)
class Oversize:
    """A line that was not kept, and its size in bytes."""

    size: int


def read_at_most(stream, limit: int) -> tuple[bytes, bool]:
    """Up to ``limit`` bytes of ``stream``, and whether more followed."""
    data = stream.read(limit + 1)
    return data[:limit], len(data) > limit


def bounded_lines(stream, limit: int, *, until: int | None = None) -> Iterator[bytes | Oversize]:
    """The stream's lines, each kept only when at most ``limit`` bytes long.

    A longer line is read on in chunks and dropped, so memory stays within one
    limit; it comes out as :class:`Oversize`. With ``until``, reading stops after
    that many bytes (at the end of the line they fall in).
    """
    remaining = until
    while remaining is None or remaining > 0:
        line = stream.readline(limit + 1)
        if not line:
            return
        size = len(line)
        if size > limit and not line.endswith(b"\n"):
            while rest := stream.readline(CHUNK):
                size += len(rest)
                if rest.endswith(b"\n"):
                    break
            yield Oversize(size)
        else:
            yield line
        if remaining is not None:
            remaining -= size


class TruncatedInput(Exception):
    """A compressed stream that ends inside a member: what came before it was read."""


class GuardedGzip:
    """A gzip stream (every member, as ``gzip`` reads them) inflated in bounded steps.

    Raises :class:`InputTooLarge` when it inflates like a bomb, and
    :class:`TruncatedInput` where it ends early, after handing out every byte
    before the cut (``gzip.GzipFile`` raises ``EOFError`` on a whole read instead,
    which record readers take for a clean end and so drop records unseen).
    """

    def __init__(self, raw):
        self._raw = raw
        self._compressed = 0
        self._inflated = 0
        self._position = 0
        self._input = b""
        self._inflater = zlib.decompressobj(31)
        self._member_open = False
        self._ended = False
        self._cut: TruncatedInput | None = None
        self._buffer = bytearray()

    def _more(self) -> None:
        """Inflate a step; a cut is raised only once every byte before it has been handed out."""
        if self._cut is not None:
            if self._buffer:
                self._ended = True
                return
            raise self._cut
        try:
            self._inflate_some()
        except TruncatedInput as cut:
            self._cut = cut
            self._more()

    def _inflate_some(self) -> None:
        if not self._input:
            self._input = self._raw.read(CHUNK)
            self._compressed += len(self._input)
            if not self._input:
                if self._member_open:
                    raise TruncatedInput(f"the compressed file ends early, inside a member, after {self._inflated:,} bytes")
                self._ended = True
                return
        if not self._member_open and not self._input.strip(b"\0"):
            self._input = b""  # zero padding after the last member, which gzip allows
            return
        out = self._inflater.decompress(self._input, CHUNK)
        self._member_open = True
        self._input = self._inflater.unconsumed_tail
        if self._inflater.eof:
            self._input = self._inflater.unused_data + self._input
            self._inflater = zlib.decompressobj(31)
            self._member_open = False
        self._inflated += len(out)
        if self._inflated > RATIO_FLOOR and self._inflated > MAX_RATIO * max(1, self._compressed):
            raise InputTooLarge(
                f"gzip inflates over {MAX_RATIO} times ({self._compressed:,} bytes to over "
                f"{self._inflated:,}): a decompression bomb, not news")
        self._buffer += out

    def _take(self, size: int) -> bytes:
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        self._position += len(data)
        return data

    def read(self, size: int = -1) -> bytes:
        size = size if size >= 0 else CHUNK
        while len(self._buffer) < size and not self._ended:
            self._more()
        data = self._take(size)
        self._ended = self._ended and self._cut is None
        return data

    def readline(self, size: int = -1) -> bytes:
        size = size if size >= 0 else CHUNK
        searched = 0
        while (newline := self._buffer.find(b"\n", searched)) < 0 and len(self._buffer) < size and not self._ended:
            searched = len(self._buffer)
            self._more()
        end = size if newline < 0 else min(size, newline + 1)
        data = self._take(end)
        self._ended = self._ended and self._cut is None
        return data

    def tell(self) -> int:
        return self._position

    def close(self) -> None:
        self._raw.close()

    def __enter__(self) -> GuardedGzip:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class LineRuns:
    """A stream whose reads raise :class:`InputTooLarge` after ``limit`` bytes without a line break.

    Record formats with text headers (WARC) are parsed line by line by their
    libraries, which keep a whole line in memory however long it is.
    """

    def __init__(self, raw, limit: int):
        self.raw = raw
        self.limit = limit
        self.run = 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size if size >= 0 else CHUNK)
        newline = data.rfind(b"\n")
        self.run = self.run + len(data) if newline < 0 else len(data) - newline - 1
        if self.run > self.limit:
            raise InputTooLarge(f"over {self.limit:,} bytes without a line break: not a WARC record")
        return data

    def readline(self, size: int = -1) -> bytes:
        line = self.raw.readline(min(size, self.limit + 1) if size >= 0 else self.limit + 1)
        if len(line) > self.limit and not line.endswith(b"\n"):
            raise InputTooLarge(f"over {self.limit:,} bytes without a line break: not a WARC record")
        return line

    def __getattr__(self, name):
        return getattr(self.raw, name)
