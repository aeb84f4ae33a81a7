"""Stage order and the run: ingest -> clean -> annotate -> extract -> store -> link.

:func:`run` streams input to the database in batches, each batch one
transaction: interrupted runs leave the database consistent, and re-running
resumes without duplicates or redone work. The per-article stages run on an
engine, local worker processes (default) or a Dask cluster for archives
(issue 7); both write through :meth:`Store.write_tables`, then the same global
link step runs. Memory stays flat in the number of articles: input is read
shard by shard (:mod:`warlog.engines.shards`), and a run keeps counts and the
last few skips, while every skip goes to the ``skips`` table as it comes.
Progress is reported through a callback; nothing here prints.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from warlog.engines import LocalEngine, load_dask_engine
from warlog.errors import WARNING_KINDS
from warlog.engines.parquet import ShardManifest, read_shard
from warlog.engines.shards import STDIN, Shard, plan_input, stored_article_shards
from warlog.engines.tables import extraction_tables, skip_table, storable
from warlog.engines.work import batches, clean_items
from warlog.errors import Errors, WarlogError
from warlog.ingest.sources import POSITION
from warlog.link import link
from warlog.models import Article, Extraction, Skip
from warlog.places.past_units import CURRENT, regions_as, requested_convention
from warlog.store import Store
from warlog.store.duckdb_store import Written

if TYPE_CHECKING:
    from warlog.engines.dask import DaskEngine

#: Articles written per transaction.
BATCH_SIZE = 32
#: Skips written per transaction when no articles come along to carry them.
SKIP_BATCH = 256
#: Skips a summary keeps for display; every skip is counted and stored.
RECENT_SKIPS = 50
ENGINES = ("local", "dask")


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
    Stage("extract", ("doc.spans[triggers]", "doc.spans[actors]", "article.id"), ("reports", "claims", "field_spans")),
    Stage("store", ("article.id", "reports", "claims", "field_spans"),
          ("db.articles", "db.reports", "db.claims", "db.field_spans")),
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
    """What a run did; the CLI prints it.

    ``skipped`` counts skips by kind; ``recent_skips`` holds only the last
    :data:`RECENT_SKIPS` (all are in the database's ``skips`` table).
    ``bytes_total`` is the input size, None when standard input is read.
    """

    articles_new: int = 0
    articles_known: int = 0
    articles_replaced: int = 0
    reports: int = 0
    claims: int = 0
    skipped: Counter = field(default_factory=Counter)
    recent_skips: deque[Skip] = field(default_factory=lambda: deque(maxlen=RECENT_SKIPS))
    totals: dict[str, int] = field(default_factory=dict)
    links: dict[str, int] = field(default_factory=dict)
    interrupted: bool = False
    seconds: float = 0.0
    link_seconds: float = 0.0
    bytes_done: int = 0
    bytes_total: int | None = None

    @property
    def articles_per_second(self) -> float:
        return self.articles_new / self.seconds if self.seconds else 0.0

    @property
    def n_skipped(self) -> int:
        """Skips and warnings: every line the run reported."""
        return sum(self.skipped.values())

    @property
    def n_warnings(self) -> int:
        """Items stored with a warning (unusable metadata), counted in :attr:`n_skipped` too."""
        return sum(n for kind, n in self.skipped.items() if kind in WARNING_KINDS)

    def add_skips(self, counts: Mapping[str, int], recent: Iterable[Skip]) -> None:
        self.skipped.update(counts)
        self.recent_skips.extend(recent)

    def add_written(self, written: Written) -> None:
        self.articles_new += written.articles
        self.articles_known += written.known
        self.articles_replaced += written.replaced
        self.reports += written.reports
        self.claims += written.claims


Progress = Callable[[RunSummary], None]


class _Run:
    """The state of one run: the store, the summary, the articles in flight, the skips not yet stored."""

    def __init__(self, store: Store, summary: RunSummary, progress: Progress | None):
        self.store = store
        self.summary = summary
        self.progress = progress or (lambda _summary: None)
        self.in_flight: set[str] = set()
        self.unsaved_skips: list[Skip] = []
        self.now = datetime.now().replace(microsecond=0)

    def cleaned(self, shards: Iterable[Shard]) -> Iterator[Article]:
        for shard in shards:
            before, started = self.summary.bytes_done, POSITION.now()
            for result in clean_items(shard.read(), now=self.now):
                # Inside a shard (one large file), the bytes read so far: progress and ETA from its start.
                self.summary.bytes_done = before + min(POSITION.now() - started, shard.size)
                if isinstance(result, Skip):
                    self.skip(result)
                else:
                    yield result
            self.summary.bytes_done = before + shard.size

    def skip(self, skip: Skip) -> None:
        self.summary.add_skips({skip.kind: 1}, [skip])
        self.unsaved_skips.append(skip)
        if len(self.unsaved_skips) >= SKIP_BATCH:
            self.save_skips()
        self.progress(self.summary)

    def save_skips(self) -> None:
        if self.unsaved_skips:
            self.store.write_tables({"skips": skip_table(self.unsaved_skips, now=self.now)})
            self.unsaved_skips = []

    def new_articles(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Articles neither stored and extracted nor already in flight in this run."""
        for batch in batches(articles, BATCH_SIZE):
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

    def save_articles(self, articles: list[Article]) -> None:
        """Store cleaned articles without extracting them (``warlog ingest``)."""
        kept, unstorable = storable([Extraction(article=a) for a in articles])
        for skip in unstorable:
            self.skip(skip)
        self.summary.articles_replaced += self.store.write_articles([e.article for e in kept])
        self.in_flight.difference_update(a.article_id for a in articles)
        self.summary.articles_new += len(kept)
        self.progress(self.summary)

    def save(self, results: list[Extraction | Skip]) -> None:
        """Store extractions from the local engine, with the skips met since the last batch.

        An article that failed extraction, or whose rows cannot be stored, is a
        skip; the rest of the batch is stored.
        """
        extractions, unstorable = storable([r for r in results if not isinstance(r, Skip)])
        for skip in (*(r for r in results if isinstance(r, Skip)), *unstorable):
            self.skip(skip)
        tables = extraction_tables(extractions) | {"skips": skip_table(self.unsaved_skips, now=self.now)}
        written = self.store.write_tables(tables)
        self.unsaved_skips = []
        self.in_flight.difference_update(e.article.article_id for e in extractions)
        self.summary.add_written(written)
        self.progress(self.summary)

    def load(self, manifest: ShardManifest, folder: Path) -> None:
        """Store a shard the Dask engine wrote to Parquet."""
        written = self.store.write_tables(read_shard(folder, manifest))
        self.summary.add_written(written)
        self.summary.articles_known += manifest.duplicates
        self.summary.add_skips(manifest.skipped, manifest.recent_skips)
        self.summary.bytes_done += manifest.size
        self.progress(self.summary)


def default_parquet_folder(db: str | Path) -> Path:
    """Where the Dask engine writes Parquet when not told: beside the database, ``NAME-parquet``."""
    path = Path(db)
    return path.with_name(f"{path.stem}-parquet")


def run(
    paths: Iterable[str | Path],
    *,
    db: str | Path = "warlog.duckdb",
    engine: str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    parquet: str | Path | None = None,
    extract: bool = True,
    progress: Progress | None = None,
    regions: str | None = None,
) -> RunSummary:
    """Run the pipeline on ``paths`` into the database ``db``.

    Args:
        paths: files, folders (recursive) and ``-`` for standard input.
        db: the DuckDB file; created when missing.
        engine: ``local`` (worker processes on this machine) or ``dask``
            (a Dask cluster; needs ``pip install 'warlog[dask]'``).
        workers: local worker processes, or the size of the LocalCluster the
            Dask engine starts when it has no scheduler; default all cores.
        scheduler: the Dask scheduler address; default ``DASK_SCHEDULER_ADDRESS``,
            else a LocalCluster.
        parquet: the Dask engine's Parquet folder; default :func:`default_parquet_folder`.
        extract: False stores cleaned articles only (``warlog ingest``, always local).
        progress: called with the running summary after every batch and skip.
        regions: report first-level regions as they are today (``current``) or as they
            were on each event's day (``historical``); default ``WARLOG_UNITS``, else what
            the database was first extracted with (see :func:`settle_regions`).

    Returns:
        The run's summary. A KeyboardInterrupt ends the run early with
        ``interrupted`` set; what was written stays written.

    DOCS: docs/output.md, docs/scale.md
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    started = time.perf_counter()
    on_dask = extract and engine == "dask"
    dask_engine = load_dask_engine()(scheduler=scheduler, workers=workers) if on_dask else None
    if dask_engine is not None:
        plan = plan_input([_absolute(p) for p in paths], workers=dask_engine.workers)
    else:
        plan = plan_input(paths)
    summary = RunSummary(bytes_total=plan.total_bytes)
    with Store(db) as store:
        state = _Run(store, summary, progress)
        try:
            if not extract:
                _ingest(state, plan.shards)
            else:
                with regions_as(settle_regions(store, regions, db=db)) as convention:
                    if dask_engine is not None:
                        folder = Path(parquet or default_parquet_folder(db))
                        _extract_on_dask(state, plan.shards, dask_engine, folder, regions=convention)
                    else:
                        _extract_locally(state, plan.shards, LocalEngine(workers))
                _link(store, summary)
        except KeyboardInterrupt:
            summary.interrupted = True
        finally:
            state.save_skips()
            summary.totals = store.counts()
            summary.seconds = time.perf_counter() - started
    return summary


def _link(store: Store, summary: RunSummary) -> None:
    """The global step, timed apart: it grows with the database, not with this run's input."""
    started = time.perf_counter()
    summary.links = link(store)
    summary.link_seconds = time.perf_counter() - started


def _absolute(path: str | Path) -> str | Path:
    """Dask workers may run elsewhere on a shared file system: give them absolute paths."""
    return path if str(path) == STDIN else Path(path).absolute()


def _ingest(state: _Run, shards: Iterable[Shard]) -> None:
    for batch in batches(state.new_articles(state.cleaned(shards)), BATCH_SIZE):
        state.save_articles(batch)


#: The ``warlog_meta`` key of the convention a database reports first-level regions by.
REGIONS_SETTING = "regions"


def settle_regions(store: Store, requested: str | None, *, db: str | Path) -> str:
    """The convention this run reports first-level regions by: one for all of a database's articles.

    The request (``requested``, else ``WARLOG_UNITS``) is kept in the database for later runs; a
    request for the other convention than the extracted articles have is refused (E028), as one
    dataset would then mix two maps of regions.
    """
    in_use = store.setting(REGIONS_SETTING) or CURRENT
    wanted = requested or requested_convention() or in_use
    if wanted != in_use and store.has_extracted_articles():
        raise WarlogError(Errors.E028.format(path=db, stored=in_use, wanted=wanted))
    store.set_setting(REGIONS_SETTING, wanted)
    return wanted


def _extract_locally(state: _Run, shards: Iterable[Shard], engine: LocalEngine) -> None:
    articles = _chain(state.pending(), state.new_articles(state.cleaned(shards)))
    for batch in batches(engine.map(articles), BATCH_SIZE):
        state.save(batch)


def _extract_on_dask(state: _Run, shards: Iterable[Shard], engine: DaskEngine, folder: Path, *, regions: str) -> None:
    stored = stored_article_shards(state.store.pending_articles())
    with engine:
        for manifest in engine.map(_chain(stored, shards), folder=folder, now=state.now, regions=regions):
            state.load(manifest, folder)


def _chain(*streams: Iterable) -> Iterator:
    for stream in streams:
        yield from stream
