"""The Dask engine: shards of input processed on a Dask cluster, rows handed over as Parquet.

For archives too big for one machine. The engine connects to a scheduler (an
address, or ``DASK_SCHEDULER_ADDRESS``) or starts a ``LocalCluster`` with one
single-threaded worker process per core: spaCy holds the GIL, so threads would
only share a core. Each worker loads spaCy once (:class:`LoadNLP` warms it when
the worker joins; :func:`warlog.nlp.load_nlp` caches it per process) and runs
whole shards: read, clean, annotate, extract, write Parquet
(:mod:`warlog.engines.parquet`). The main process loads finished shards into
DuckDB in input order, so the first copy of an article wins as with the local
engine. Workers need the Parquet folder and the input paths on a shared file system.

Imported only for ``--engine dask`` (see :func:`warlog.engines.load_dask_engine`):
Dask is an optional extra.
"""

from __future__ import annotations

import os
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import dask
from distributed import Client, Future, LocalCluster, WorkerPlugin

from warlog.engines.local import default_workers
from warlog.engines.parquet import ShardManifest, read_manifest, shard_key, write_shard
from warlog.engines.shards import Shard
from warlog.engines.work import process_shard
from warlog.nlp import load_nlp
from warlog.places.past_units import regions_as

#: Shards submitted ahead of the one being loaded, per worker thread: enough to keep workers busy.
SHARDS_AHEAD_PER_THREAD = 2
SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"
#: Dask settings for the workers of a LocalCluster, which spaCy keeps busy holding the GIL:
#: - no statistical profiler, which interrupts the task thread every 10 ms to read its stack;
#: - glibc's own trim threshold instead of the nanny's 64 KiB, which hands freed memory back to
#:   the system at once: spaCy allocates and frees all the time (15 s of system time out of 190
#:   on 1,500 articles);
#: - the event loop's health tick every second, not every 20 ms, and the system and memory monitors
#:   every one or two seconds: each wake-up takes the GIL from the spaCy thread (on 1,500 articles
#:   the main process, which holds the scheduler, then used no more CPU than the local engine's).
#: Workers started by ``dask worker`` take these from their own Dask config (docs/scale.md).
WORKER_SETTINGS = {
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}


class LoadNLP(WorkerPlugin):
    """Load spaCy when a worker starts, so its first shard does not wait for the model."""

    idempotent = True

    def setup(self, worker) -> None:
        load_nlp()


def run_shard(shard: Shard, *, name: str, folder: str, now: datetime, regions: str) -> ShardManifest:
    """The task a worker runs: the per-article work on one shard, written to Parquet as ``name``.

    The run's convention for regions travels with the task, as a worker on another host does not
    share the main process's environment.
    """
    with regions_as(regions):
        output = process_shard(shard, now=now)
    return write_shard(Path(folder), name, output, size=shard.size, now=now)


class DaskEngine:
    """Map shards to Parquet shards on a Dask cluster. Use as a context manager.

    Args:
        scheduler: a scheduler address (``tcp://host:8786``); default
            ``DASK_SCHEDULER_ADDRESS``, else a LocalCluster on this machine.
        workers: LocalCluster worker processes; default one per core.
    """

    def __init__(self, *, scheduler: str | None = None, workers: int | None = None):
        self.scheduler = scheduler or os.environ.get(SCHEDULER_ENV) or None
        self.workers = max(1, workers or default_workers())
        self.cluster: LocalCluster | None = None
        self.client: Client | None = None

    def __enter__(self) -> DaskEngine:
        if self.scheduler:
            self.client = Client(self.scheduler)
        else:
            with _ctrl_c_ignored_by_new_processes(), dask.config.set(WORKER_SETTINGS):
                self.cluster = LocalCluster(
                    n_workers=self.workers, threads_per_worker=1, processes=True, dashboard_address=None
                )
            self.client = Client(self.cluster)
        self.client.register_plugin(LoadNLP(), name="warlog-load-nlp")
        return self

    def __exit__(self, *exc) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def map(self, shards: Iterable[Shard], *, folder: Path, now: datetime, regions: str) -> Iterator[ShardManifest]:
        """Manifests of ``shards`` in input order; shards already in ``folder`` are not computed again."""
        window: deque[ShardManifest | Future] = deque()
        for shard in shards:
            window.append(self._start(shard, folder=folder, now=now, regions=regions))
            while window and (_ready(window[0]) or len(window) > self._shards_ahead()):
                yield _result(window.popleft())
        while window:
            yield _result(window.popleft())

    def _shards_ahead(self) -> int:
        """Recomputed as workers come and go (an adaptive cluster starts empty)."""
        return SHARDS_AHEAD_PER_THREAD * max(1, sum(self.client.nthreads().values()))

    def _start(self, shard: Shard, *, folder: Path, now: datetime, regions: str) -> ShardManifest | Future:
        name = shard_key(shard, regions)
        done = read_manifest(folder, name)
        if done is not None:
            return done
        return self.client.submit(run_shard, shard, name=name, folder=str(folder), now=now, regions=regions,
                                  key=f"warlog-shard-{name}")


@contextmanager
def _ctrl_c_ignored_by_new_processes() -> Iterator[None]:
    """Start processes that ignore Ctrl-C, as this process alone should handle it.

    A terminal sends Ctrl-C to every process of the run; LocalCluster workers
    would each print a traceback. They inherit an ignored SIGINT instead, and the
    main process stops the run and closes the cluster.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _ready(pending: ShardManifest | Future) -> bool:
    return isinstance(pending, ShardManifest) or pending.done()


def _result(pending: ShardManifest | Future) -> ShardManifest:
    return pending if isinstance(pending, ShardManifest) else pending.result()
