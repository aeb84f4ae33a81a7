"""The per-article work every engine runs: clean, then annotate and extract.

Both engines call these functions and nothing else on articles, so they give the
same rows. They only differ in where the calls happen: the local engine cleans
in the main process, asks the database which articles are new and sends only
those to its workers; a Dask worker runs a whole shard with :func:`process_shard`
and leaves the database check to the load (see :meth:`Store.write_tables`).
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from itertools import islice
from typing import TypeVar

from warlog.clean import clean_document
from warlog.engines.shards import Shard
from warlog.engines.tables import storable
from warlog.errors import SkipKind, failure_reason
from warlog.extract import PIPE_BATCH, extract_article, extract_batch
from warlog.ingest.names import printable
from warlog.ingest.sources import Item
from warlog.models import Article, Extraction, Skip
from warlog.nlp import load_nlp

T = TypeVar("T")


def clean_item(item: Item | Article, *, now: datetime) -> Article | Skip:
    """Clean a raw item; skips (made printable) and already-cleaned articles pass through.

    An exception while cleaning is this item's skip, with its reason: one bad
    item never stops a run, and a re-run meets the same skip, not a crash.
    """
    if isinstance(item, Skip):
        return Skip(printable(item.source), item.kind, printable(item.reason))
    if isinstance(item, Article):
        return item
    try:
        return clean_document(item, now=now)
    except Exception as err:  # noqa: BLE001 - isolation: see above
        return Skip(printable(item.source), SkipKind.FAILED, printable(failure_reason(err)))


def clean_items(items: Iterable[Item | Article], *, now: datetime) -> Iterator[Article | Skip]:
    for item in items:
        yield clean_item(item, now=now)


#: Told how many items the work takes on next, so that their time limit starts (a Dask task's watchdog).
Allow = Callable[[int], None]


def _allow_nothing(items: int) -> None:
    """No time limit here (the local engine's workers have their own alarm)."""


def extract_articles(articles: list[Article], *, allow: Allow = _allow_nothing) -> list[Extraction | Skip]:
    """Annotate and extract each article with this process's spaCy pipeline (loaded once).

    The batch is parsed together (faster); if any article in it fails, each is
    redone alone, and the ones that fail again become skips with their reason.
    """
    nlp = load_nlp()
    try:
        allow(len(articles))
        return list(extract_batch(articles, nlp))
    except Exception:  # noqa: BLE001 - find the article at fault below
        allow(len(articles))
        return [_extract_one(article, nlp) for article in articles]
    finally:
        _return_freed_memory()


def stopped(item: Item | Article, reason: str) -> Skip:
    """The skip of an item whose extraction a dead or hung worker stopped."""
    return Skip(item.source, SkipKind.FAILED, f"extraction stopped: {reason}")


@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where the C library has none (macOS, musl)."""
    name = ctypes.util.find_library("c")
    return getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None


def _return_freed_memory() -> None:
    """Give the pages a batch freed back to the system.

    spaCy and numpy free each batch's arrays, but glibc keeps the freed pages, so a worker's resident
    memory crept up with the corpus: 519 -> 587 MiB over 2,000 bench articles, against 367 -> 406 MiB
    with this call after each batch, which costs about 10 ms of a batch's seconds.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _extract_one(article: Article, nlp) -> Extraction | Skip:
    try:
        return extract_article(article, nlp)
    except Exception as err:  # noqa: BLE001 - isolation: one article never stops a batch
        return Skip(article.source, SkipKind.FAILED, printable(f"extraction {failure_reason(err)}"))


@dataclass
class ShardOutput:
    """What one shard gave: an extraction per distinct article, the skips, and the repeats dropped."""

    extractions: list[Extraction] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)
    duplicates: int = 0


def _note_nothing(positions: list[int]) -> None:
    """No notes kept."""


@dataclass(frozen=True)
class Attempt:
    """How a shard's work tells of its steps, and what an earlier attempt of it that died left.

    ``allow`` starts the time limit of the items taken on next; ``working_on`` is told their positions
    in the shard before each step; ``suspects`` were being worked on when an earlier attempt's worker
    died, so each is worked on alone; ``culprit`` died alone twice and is skipped with ``died`` as
    its reason (see :mod:`warlog.engines.attempts`).
    """

    allow: Allow = _allow_nothing
    working_on: Callable[[list[int]], None] = _note_nothing
    suspects: frozenset[int] = frozenset()
    culprit: int | None = None
    died: str = ""

    def allow_step(self, items: int) -> None:
        """A step's extraction has the time of one item, not of each: a step that overruns it is only
        done again one item at a time."""
        self.allow(1)


def process_shard(shard: Shard, *, now: datetime, attempt: Attempt = Attempt()) -> ShardOutput:
    """Read, clean, annotate and extract one shard; an article met twice is extracted once.

    Items are cleaned, and articles extracted, in steps of a spaCy batch, so that a hung article is
    found within the time of one step, not of the shard.
    """
    output = ShardOutput()
    articles: dict[str, tuple[int, Article]] = {}
    for step in _steps(enumerate(shard.read()), attempt, output):
        for at, item in step:
            attempt.allow(1)
            result = clean_item(item, now=now)
            if isinstance(result, Skip):
                output.skips.append(result)
            elif result.article_id in articles:
                output.duplicates += 1
            else:
                articles[result.article_id] = (at, result)
    extractions = []
    for step in _steps(articles.values(), attempt, output):
        for result in extract_articles([article for _, article in step], allow=attempt.allow_step):
            (output.skips if isinstance(result, Skip) else extractions).append(result)
    output.extractions, unstorable = storable(extractions)
    output.skips.extend(unstorable)
    return output


def _steps(positioned: Iterable[tuple[int, T]], attempt: Attempt,
           output: ShardOutput) -> Iterator[list[tuple[int, T]]]:
    """Runs of up to a spaCy batch of ``positioned`` items, each suspect alone, told to ``attempt``
    before each is worked on; the culprit goes to the skips instead."""
    run: list[tuple[int, T]] = []
    for at, thing in positioned:
        if at == attempt.culprit:
            output.skips.append(stopped(thing, attempt.died))
        elif at in attempt.suspects:
            yield from _told(attempt, [(at, thing)])
        else:
            run.append((at, thing))
            if len(run) == PIPE_BATCH:
                yield from _told(attempt, run)
                run = []
    if run:
        yield from _told(attempt, run)


def _told(attempt: Attempt, step: list[tuple[int, T]]) -> Iterator[list[tuple[int, T]]]:
    attempt.working_on([at for at, _ in step])
    yield step


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in runs of ``size`` (the last one shorter), read as they come."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
