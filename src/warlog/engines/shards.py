"""Input cut into shards: the unit of work an engine hands out, and of incremental re-runs.

An archive is a few huge files or millions of small ones; neither is a good unit
of work. A shard is about :data:`SHARD_BYTES` of input: a run of whole lines of a
large uncompressed JSONL file, a run of small files from one folder, or
documents already in memory (standard input, articles that `warlog ingest`
stored). Shards are planned from names and sizes, plus one pass that counts the
lines of large JSONL files so that every record keeps the ``FILE:LINE`` source
the sequential reader gives it; the items themselves are read where the shard
runs. A shard's :attr:`identity` hashes what it covers (path, size, modification
time, byte range), so a re-run over unchanged input plans the same identities.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import NamedTuple

from warlog.clean.normalise import stable_id
from warlog.errors import SkipKind
from warlog.ingest.bounded import CHUNK, bounded_lines
from warlog.ingest.limits import MAX_ARTICLE_BYTES
from warlog.ingest.names import source_name
from warlog.ingest.records import read_jsonl_lines
from warlog.ingest.sources import STDIN, Item, iter_files, read_file, read_stdin
from warlog.models import Article, Skip

#: Input bytes per shard: a few hundred news articles, half a minute of work for a core.
#: Small enough that the last shards of a run do not keep one worker busy while the others wait.
SHARD_BYTES = 2**20
#: The smallest shard worth a task of its own, and the shards each worker should get at least.
MIN_SHARD_BYTES = 2**16
SHARDS_PER_WORKER = 4
#: Files per shard at most, so that folders of tiny files still spread over workers.
SHARD_FILES = 1000
#: Records per shard for input that is already in memory.
SHARD_DOCUMENTS = 256
#: Uncompressed formats read line by line, which a shard may cut between lines.
_LINE_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class LineRange:
    """Whole lines ``[start, end)`` (bytes) of a JSONL file whose first line is number ``first_line``."""

    path: str
    stamp: str
    start: int
    end: int
    first_line: int

    @property
    def size(self) -> int:
        return self.end - self.start

    @property
    def identity(self) -> str:
        return stable_id("lines", self.path, self.stamp, self.start, self.end)

    def read(self) -> Iterator[Item]:
        name = source_name(self.path)
        try:
            with open(self.path, "rb") as stream:
                stream.seek(self.start)
                lines = bounded_lines(stream, MAX_ARTICLE_BYTES, until=self.size)
                for item in read_jsonl_lines(lines, name):
                    yield _renumbered(item, name, self.first_line - 1)
        except OSError as err:
            yield Skip(name, SkipKind.UNREADABLE, f"cannot read: {err.strerror or err}")


def _renumbered(item: Item, name: str, lines_before: int) -> Item:
    """The item named ``FILE:LINE`` as if the file had been read from its first line."""
    if not item.source.startswith(f"{name}:"):
        return item
    line = item.source[len(name) + 1:]
    return replace(item, source=f"{name}:{int(line) + lines_before}")


@dataclass(frozen=True)
class FileGroup:
    """Whole files from one folder, read as the sequential reader reads them."""

    paths: tuple[str, ...]
    stamps: tuple[str, ...]
    size: int

    @property
    def identity(self) -> str:
        return stable_id("files", *(f"{path}|{stamp}" for path, stamp in zip(self.paths, self.stamps)))

    def read(self) -> Iterator[Item]:
        for path in self.paths:
            yield from read_file(Path(path))


@dataclass(frozen=True)
class InMemory:
    """Items already read: standard input, or articles stored without extraction."""

    items: tuple[Item | Article, ...]
    size: int = 0

    @property
    def identity(self) -> str:
        return stable_id("items", *map(repr, self.items))

    def read(self) -> Iterator[Item | Article]:
        yield from self.items


Shard = LineRange | FileGroup | InMemory


class _File(NamedTuple):
    path: Path
    size: int
    stamp: str  # what changes when the file changes: size and modification time


@dataclass
class Plan:
    """The shards of a run, planned lazily, and the input size when it can be known."""

    shards: Iterator[Shard]
    total_bytes: int | None


def plan_input(paths: Iterable[str | Path], *, shard_bytes: int | None = None, workers: int | None = None) -> Plan:
    """Cut ``paths`` (files, folders, ``-``) into shards, in the order the sequential reader reads them.

    Folders are listed at once (a missing path fails here, before any work);
    shards then come lazily. ``total_bytes`` is None when standard input is read.
    Shards are ``shard_bytes`` long, else sized for ``workers``, else :data:`SHARD_BYTES`.
    """
    inputs = [file if file == STDIN or isinstance(file, Skip) else _file(file) for file in iter_files(paths)]
    total = None if STDIN in inputs else sum(file.size for file in inputs if isinstance(file, _File))
    return Plan(shards=_shards(inputs, shard_bytes or _budget(total, workers)), total_bytes=total)


def _budget(total_bytes: int | None, workers: int | None) -> int:
    """Shard size: several shards for each of ``workers`` on a small input (a cluster handed one
    1 MiB shard keeps every worker but one idle), :data:`SHARD_BYTES` on a large one."""
    if not workers or total_bytes is None:
        return SHARD_BYTES
    return max(MIN_SHARD_BYTES, min(SHARD_BYTES, total_bytes // (workers * SHARDS_PER_WORKER)))


def _file(path: Path) -> _File | Skip:
    try:
        status = path.stat()
    except OSError as err:  # gone or unreadable since the folder was listed
        return Skip(source_name(path), SkipKind.UNREADABLE, f"cannot read: {err.strerror or err}")
    return _File(path, status.st_size, f"{status.st_size}:{status.st_mtime_ns}")


def _shards(inputs: list[_File | str | Skip], budget: int) -> Iterator[Shard]:
    """Shards in input order; what a folder could not give travels as a shard of its skip."""
    group: list[_File] = []
    group_bytes = 0
    for file in inputs:
        if isinstance(file, Skip):
            yield InMemory((file,))
            continue
        if file == STDIN or (_is_line_file(file.path) and file.size > budget):
            yield from _group_shard(group, group_bytes)
            group, group_bytes = [], 0
            yield from _stdin_shards() if file == STDIN else _line_ranges(file, budget)
            continue
        if group and not _fits(group, group_bytes, file, budget):
            yield from _group_shard(group, group_bytes)
            group, group_bytes = [], 0
        group.append(file)
        group_bytes += file.size
    yield from _group_shard(group, group_bytes)


def _fits(group: list[_File], group_bytes: int, file: _File, budget: int) -> bool:
    """Groups stay within one folder, so files added to another folder leave them unchanged."""
    return file.path.parent == group[0].path.parent and group_bytes + file.size <= budget and len(group) < SHARD_FILES


def _group_shard(group: list[_File], size: int) -> Iterator[FileGroup]:
    if group:
        yield FileGroup(tuple(str(f.path) for f in group), tuple(f.stamp for f in group), size)


def _is_line_file(path: Path) -> bool:
    return path.suffix.lower() in _LINE_SUFFIXES


def _line_ranges(file: _File, budget: int) -> Iterator[LineRange]:
    """Runs of about ``budget`` bytes of whole lines, numbered by one sequential pass over the file.

    The line a cut falls in is finished in chunks: an over-long line is never held whole.
    """
    start, first_line = 0, 1
    with open(file.path, "rb") as stream:
        while block := stream.read(budget):
            lines = block.count(b"\n")
            if not block.endswith(b"\n"):
                while chunk := stream.readline(CHUNK):
                    if chunk.endswith(b"\n"):
                        lines += 1
                        break
            end = stream.tell()
            yield LineRange(str(file.path), file.stamp, start, end, first_line)
            start, first_line = end, first_line + lines


def _stdin_shards() -> Iterator[InMemory]:
    items = read_stdin()
    while chunk := tuple(islice(items, SHARD_DOCUMENTS)):
        yield InMemory(chunk)


def stored_article_shards(batches: Iterable[list[Article]]) -> Iterator[InMemory]:
    """Shards of articles an earlier `warlog ingest` stored without extracting them."""
    for batch in batches:
        yield InMemory(tuple(batch))
