"""Stage order and the run: ingest -> clean -> annotate -> extract -> store -> link.

:func:`run` streams input to the database in batches, each batch one
transaction: interrupted runs leave the database consistent, and re-running
resumes without duplicates or redone work. Progress is reported through a
callback; nothing here prints.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from pathlib import Path

from warlog.clean import clean_document
from warlog.engines import LocalEngine
from warlog.ingest import iter_items
from warlog.link import link
from warlog.models import Article, Extraction, Skip
from warlog.store import Store

#: Articles written per transaction.
BATCH_SIZE = 32


@dataclass(frozen=True)
class Stage:
    """A stage of the pipeline and the fields it reads and writes."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


STAGES = (
    Stage("ingest", (), ("raw.text", "raw.html", "raw.metadata")),
    Stage("clean", ("raw.text", "raw.html", "raw.metadata"), ("article.text", "article.id", "article.published")),
    Stage("annotate", ("article.text",), ("doc.ents", "doc.spans[actors]", "doc.spans[triggers]", "doc.spans[sources]")),
    Stage("extract", ("doc.spans[triggers]", "doc.spans[actors]", "article.id"), ("reports", "claims")),
    Stage("store", ("article.id", "reports", "claims"), ("db.articles", "db.reports", "db.claims")),
    Stage("link", ("db.articles", "db.reports"), ("db.stories", "db.events", "db.articles.copy_of")),
)


def analyze_stages(stages: Iterable[Stage] = STAGES) -> list[dict]:
    """Check that every stage's inputs are assigned by an earlier stage; return the analysis as data."""
    assigned: set[str] = set()
    analysis = []
    for stage in stages:
        missing = [r for r in stage.requires if r not in assigned]
        analysis.append({"stage": stage.name, "requires": list(stage.requires), "assigns": list(stage.assigns), "missing": missing})
        assigned.update(stage.assigns)
    return analysis


@dataclass
class RunSummary:
    """What a run did; the CLI prints it."""

    articles_new: int = 0
    articles_known: int = 0
    reports: int = 0
    claims: int = 0
    skipped: Counter = field(default_factory=Counter)
    skips: list[Skip] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)
    links: dict[str, int] = field(default_factory=dict)
    interrupted: bool = False
    seconds: float = 0.0

    @property
    def articles_per_second(self) -> float:
        return self.articles_new / self.seconds if self.seconds else 0.0


Progress = Callable[[RunSummary], None]


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class _Run:
    """The state of one run: the store, the summary, the articles in flight."""

    def __init__(self, store: Store, summary: RunSummary, progress: Progress | None):
        self.store = store
        self.summary = summary
        self.progress = progress or (lambda _summary: None)
        self.in_flight: set[str] = set()
        self.now = datetime.now().replace(microsecond=0)

    def cleaned(self, paths: Iterable[str | Path]) -> Iterator[Article]:
        for item in iter_items(paths):
            result = item if isinstance(item, Skip) else clean_document(item, now=self.now)
            if isinstance(result, Skip):
                self.summary.skipped[result.kind] += 1
                self.summary.skips.append(result)
                self.progress(self.summary)
            else:
                yield result

    def new_articles(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Articles neither stored and extracted nor already in flight in this run."""
        for batch in _batches(articles, BATCH_SIZE):
            known = self.store.known_articles([a.article_id for a in batch])
            for article in batch:
                if known.get(article.article_id) or article.article_id in self.in_flight:
                    self.summary.articles_known += 1
                    continue
                self.in_flight.add(article.article_id)
                yield article
            self.progress(self.summary)

    def pending(self) -> Iterator[Article]:
        """Articles an earlier `warlog ingest` stored without extracting."""
        for batch in self.store.pending_articles():
            for article in batch:
                if article.article_id not in self.in_flight:
                    self.in_flight.add(article.article_id)
                    yield article

    def save(self, extractions: list[Extraction]) -> None:
        self.store.write_extractions(extractions)
        for extraction in extractions:
            self.in_flight.discard(extraction.article.article_id)
        self.summary.articles_new += len(extractions)
        self.summary.reports += sum(len(e.reports) for e in extractions)
        self.summary.claims += sum(len(e.claims) for e in extractions)
        self.progress(self.summary)


def run(
    paths: Iterable[str | Path],
    *,
    db: str | Path = "warlog.duckdb",
    workers: int | None = None,
    extract: bool = True,
    progress: Progress | None = None,
) -> RunSummary:
    """Run the pipeline on ``paths`` into the database ``db``.

    Args:
        paths: files, folders (recursive) and ``-`` for standard input.
        db: the DuckDB file; created when missing.
        workers: processes for annotation; default all cores.
        extract: False stores cleaned articles only (``warlog ingest``).
        progress: called with the running summary after every batch.

    Returns:
        The run's summary. A KeyboardInterrupt ends the run early with
        ``interrupted`` set; what was written stays written.

    DOCS: docs/output.md
    """
    started = time.perf_counter()
    summary = RunSummary()
    with Store(db) as store:
        state = _Run(store, summary, progress)
        try:
            articles = state.new_articles(state.cleaned(paths))
            if extract:
                stream = _chain(state.pending(), articles)
                for batch in _batches(LocalEngine(workers).map(stream), BATCH_SIZE):
                    state.save(batch)
                summary.links = link(store)
            else:
                for batch in _batches(articles, BATCH_SIZE):
                    store.write_articles(batch)
                    summary.articles_new += len(batch)
                    progress and progress(summary)
        except KeyboardInterrupt:
            summary.interrupted = True
        finally:
            if summary.skips:
                store.write_skips(summary.skips, now=state.now)
            summary.totals = store.counts()
            summary.seconds = time.perf_counter() - started
    return summary


def _chain(*streams: Iterable[Article]) -> Iterator[Article]:
    for stream in streams:
        yield from stream
