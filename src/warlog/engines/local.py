"""The local engine: articles annotated by a pool of worker processes on this machine.

Workers run :func:`warlog.engines.work.extract_articles`, the per-article work
the Dask engine runs too; spaCy is loaded once per worker. Work is submitted in
small tasks with a bounded number in flight (:class:`warlog.engines.pool.WorkerPool`),
so memory stays flat however long the input is, and an article that kills its
worker is skipped with a reason while the run carries on. Results come back in
input order. With one worker everything runs in this process.
The places index is built, when missing, in this process before any worker starts:
workers that each met an empty cache would wait on one another's build instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from warlog.engines.pool import WorkerPool
from warlog.engines.work import batches, extract_articles, stopped
from warlog.extract import PIPE_BATCH
from warlog.models import Article, Extraction, Skip
from warlog.nlp import load_nlp
from warlog.places.index import ensure_index

#: Articles per task sent to a worker: one spaCy batch, which parses faster than smaller ones.
TASK_SIZE = PIPE_BATCH


#: Worker processes do their matrix maths on one thread each: with a process per core, more threads
#: only fight over the cores (on 2 cores, 1,500 articles took 82 s instead of 94). Dask's nanny gives
#: its workers the same setting.
ONE_MATH_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


@contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    """``values`` in the environment while new processes start (they read it when they load numpy)."""
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def default_workers() -> int:
    return os.cpu_count() or 1


def _init_worker() -> None:
    load_nlp()


class LocalEngine:
    """Map articles to extractions on ``workers`` processes."""

    def __init__(self, workers: int | None = None):
        self.workers = max(1, workers or default_workers())

    def map(self, articles: Iterable[Article]) -> Iterator[Extraction | Skip]:
        """Each article's extraction, in input order; an article that fails is its skip (see extract_articles)."""
        if self.workers == 1:
            for task in batches(articles, TASK_SIZE):
                yield from extract_articles(task)
            return
        ensure_index()
        pool = WorkerPool(self.workers, extract_articles, stopped, initializer=_init_worker)
        # Workers start when work reaches them, and again after one dies: the setting holds while the pool lives.
        with _environment(ONE_MATH_THREAD):
            yield from pool.map(batches(articles, TASK_SIZE))
