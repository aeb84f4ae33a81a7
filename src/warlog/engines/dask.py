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

An article never costs the run. One whose worker dies on it (the OOM killer, a crash in native
code) or hangs on it (:class:`~warlog.engines.watchdog.Watchdog` ends a worker whose task overruns
``item_seconds`` an item) takes its shard's worker down; the nanny starts a fresh worker and the
scheduler tries the shard again. The task notes what it works on (:mod:`warlog.engines.attempts`),
so the next attempt works alone on each item the last one died on, and skips with its reason an
item whose worker died on it alone twice. After ``distributed.scheduler.allowed-failures`` deaths
(3 by default: enough for the notes to find the item) the scheduler gives the shard up
(``KilledWorker``); the engine then sends the shard's items one at a time, each as a shard of its
own, sends again alone each one whose worker died, and skips with its reason the item that kills
its worker a second time; the parts are stored as the shard's one manifest
(:func:`~warlog.engines.parquet.write_combined`), so a re-run does not read the shard again.

No wait is endless: a wait for a shard looks at the cluster every :data:`POLL_SECONDS`, and a
cluster without a worker for ``no_workers_seconds`` (all died and none came back, or the scheduler
is out of reach) stops the run with one error (E029); a lost scheduler stops it at once (E030), and
so does a task that raised an exception of its own (E031).
Shards finished before are stored, and a re-run resumes. A LocalCluster in this process (the
engine's own) closes the nanny of a worker that has not joined again ``lost-worker-timeout`` after
it died: 15 s by default, less than a restarted worker takes to start under a heavy load, which
left the run without workers (docs/scale.md). The engine raises it to ``no_workers_seconds``
while it runs.

Imported only for ``--engine dask`` (see :func:`warlog.engines.load_dask_engine`):
Dask is an optional extra.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import CancelledError
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import dask
from distributed import Client, Future, LocalCluster, WorkerPlugin
from distributed.scheduler import KilledWorker

from warlog.engines.attempts import AttemptNotes
from warlog.engines.local import default_workers
from warlog.engines.parquet import ShardManifest, read_manifest, shard_key, write_combined, write_shard
from warlog.engines.pool import ITEM_SECONDS, worker_died
from warlog.engines.shards import InMemory, Shard
from warlog.engines.watchdog import Watchdog, default_alarm_action
from warlog.engines.work import Attempt, ShardOutput, process_shard, stopped
from warlog.errors import Errors, WarlogError, failure_reason
from warlog.nlp import load_nlp
from warlog.places.past_units import regions_as

#: Shards submitted ahead of the one being loaded, per worker thread: enough to keep workers busy.
SHARDS_AHEAD_PER_THREAD = 2
SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"
#: How long a cluster may have no worker before the run stops (E029): long enough for a worker that
#: died to be restarted and load spaCy on a loaded machine, short enough that a dead cluster is told.
NO_WORKERS_SECONDS = 300.0
#: How often a wait for a shard looks at the cluster's workers, and whether the shard is done.
POLL_SECONDS, DONE_POLL_SECONDS = 2.0, 0.05
#: How long the manifest of a finished shard may take to come back (a few hundred bytes; seconds on a
#: machine under heavy load).
RESULT_SECONDS = 120.0
#: How long closing the client and the engine's LocalCluster may take.
CLOSE_SECONDS = 30.0
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
        default_alarm_action()
        load_nlp()


def run_shard(shard: Shard, *, name: str, folder: str, now: datetime, regions: str,
              item_seconds: float = ITEM_SECONDS) -> ShardManifest:
    """The task a worker runs: the per-article work on one shard, written to Parquet as ``name``;
    the worker process ends when the work overruns ``item_seconds`` an item.

    The run's convention for regions travels with the task, as a worker on another host does not
    share the main process's environment.
    """
    notes = AttemptNotes(Path(folder), name)
    with regions_as(regions), Watchdog(item_seconds) as watchdog:
        attempt = Attempt(allow=watchdog.allow, working_on=notes.working_on, suspects=notes.suspects,
                          culprit=notes.culprit, died=worker_died(item_seconds))
        output = process_shard(shard, now=now, attempt=attempt)
        watchdog.allow(1)
        manifest = write_shard(Path(folder), name, output, size=shard.size, now=now)
    notes.finished()
    return manifest


class DaskEngine:
    """Map shards to Parquet shards on a Dask cluster. Use as a context manager.

    Args:
        scheduler: a scheduler address (``tcp://host:8786``); default
            ``DASK_SCHEDULER_ADDRESS``, else a LocalCluster on this machine.
        workers: LocalCluster worker processes; default one per core.
    """

    #: How long one item may take in a task before its worker counts as hung.
    item_seconds: float = ITEM_SECONDS
    #: How long the cluster may have no worker before the run stops (E029).
    no_workers_seconds: float = NO_WORKERS_SECONDS
    #: What a worker runs on a shard: :func:`run_shard` (tests put one that kills or hangs here).
    task = staticmethod(run_shard)

    def __init__(self, *, scheduler: str | None = None, workers: int | None = None):
        self.scheduler = scheduler or os.environ.get(SCHEDULER_ENV) or None
        self.workers = max(1, workers or default_workers())
        self.cluster: LocalCluster | None = None
        self.client: Client | None = None
        self._settings: dask.config.set | None = None
        self._no_workers_since: float | None = None

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
        # Read by a LocalCluster of this process when one of its workers dies: see the module's text.
        self._settings = dask.config.set({"distributed.deploy.lost-worker-timeout": f"{self.no_workers_seconds}s"})
        return self

    def __exit__(self, *exc) -> None:
        if self.client is not None:
            self.client.close(timeout=CLOSE_SECONDS)
        if self.cluster is not None:
            self.cluster.close(timeout=CLOSE_SECONDS)
        if self._settings is not None:
            self._settings.__exit__(None, None, None)

    def map(self, shards: Iterable[Shard], *, folder: Path, now: datetime, regions: str) -> Iterator[ShardManifest]:
        """Manifests of ``shards`` in input order; shards already in ``folder`` are not computed again.

        Raises:
            WarlogError: the cluster had no worker for ``no_workers_seconds`` (E029), or its scheduler
                was lost (E030), or a task failed other than by its worker's death (E031).
        """
        window: deque[tuple[Shard, ShardManifest | Future]] = deque()
        for shard in shards:
            window.append((shard, self._start(shard, folder=folder, now=now, regions=regions)))
            while window and (_ready(window[0][1]) or len(window) > self._shards_ahead()):
                yield self._finished(*window.popleft(), folder=folder, now=now, regions=regions)
        while window:
            yield self._finished(*window.popleft(), folder=folder, now=now, regions=regions)

    def _finished(self, shard: Shard, pending: ShardManifest | Future, *, folder: Path, now: datetime,
                  regions: str) -> ShardManifest:
        outcome = self._outcome(pending)
        if isinstance(outcome, KilledWorker):
            return self._item_by_item(shard, folder=folder, now=now, regions=regions)
        return outcome

    def _item_by_item(self, shard: Shard, *, folder: Path, now: datetime, regions: str) -> ShardManifest:
        """``shard`` after workers died on it: each item as a shard of its own (read here, as the input
        is on a shared file system), stored together under the shard's name.

        A worker's death also fails the tasks queued on it, so an item whose worker died is sent once
        more when nothing else of the shard is in flight, and skipped only if its worker dies again.
        """
        alone = [InMemory((item,)) for item in shard.read()]
        parts = [self._outcome(pending) for pending in [self._start(one, folder=folder, now=now, regions=regions)
                                                        for one in alone]]
        for at, part in enumerate(parts):
            if isinstance(part, KilledWorker):
                parts[at] = self._last_try(alone[at], folder=folder, now=now, regions=regions)
        key = shard_key(shard, regions)
        combined = write_combined(folder, key, parts, size=shard.size)
        AttemptNotes(folder, key).finished()
        return combined

    def _last_try(self, one: InMemory, *, folder: Path, now: datetime, regions: str) -> ShardManifest:
        outcome = self._outcome(self._submit(one, folder=folder, now=now, regions=regions, attempt="-again"))
        if not isinstance(outcome, KilledWorker):
            return outcome
        output = ShardOutput(skips=[stopped(one.items[0], worker_died(self.item_seconds))])
        return write_shard(folder, shard_key(one, regions), output, size=one.size, now=now)

    def _outcome(self, pending: ShardManifest | Future) -> ShardManifest | KilledWorker:
        """The shard's manifest, or KilledWorker when workers kept dying on it; the wait is bounded (E029, E030)."""
        if isinstance(pending, ShardManifest):
            return pending
        looked = time.monotonic()
        while not pending.done():
            time.sleep(DONE_POLL_SECONDS)
            if time.monotonic() - looked > POLL_SECONDS:
                self._check_workers()
                looked = time.monotonic()
        if pending.status == "error":
            return self._task_failure(pending)
        try:
            return pending.result(timeout=RESULT_SECONDS)
        except (CancelledError, TimeoutError) as lost:
            raise WarlogError(Errors.E030.format(address=self._address(), detail=failure_reason(lost))) from lost

    def _task_failure(self, failed: Future) -> KilledWorker:
        """KilledWorker when workers kept dying on the task; any other exception the task raised stops
        the run (E031), told apart from a lost scheduler even when it is a TimeoutError of its own."""
        failure = failed.exception(timeout=RESULT_SECONDS)
        if isinstance(failure, KilledWorker):
            return failure
        raise WarlogError(Errors.E031.format(key=failed.key, detail=failure_reason(failure))) from failure

    def _check_workers(self) -> None:
        """Stop the run when the cluster has had no worker (or no answer) for ``no_workers_seconds``."""
        if self._threads():
            self._no_workers_since = None
            return
        since = self._no_workers_since = self._no_workers_since or time.monotonic()
        if time.monotonic() - since > self.no_workers_seconds:
            raise WarlogError(Errors.E029.format(address=self._address(), seconds=self.no_workers_seconds))

    def _threads(self) -> int:
        """Worker threads in the cluster; none when the scheduler does not answer."""
        try:
            return sum(self.client.nthreads(callback_timeout=POLL_SECONDS * 5).values())
        except OSError:  # CommClosedError and TimeoutError among them
            return 0

    def _address(self) -> str:
        return self.scheduler or self.cluster.scheduler_address

    def _shards_ahead(self) -> int:
        """Recomputed as workers come and go (an adaptive cluster starts empty)."""
        return SHARDS_AHEAD_PER_THREAD * max(1, self._threads())

    def _start(self, shard: Shard, *, folder: Path, now: datetime, regions: str) -> ShardManifest | Future:
        done = read_manifest(folder, shard_key(shard, regions))
        return done if done is not None else self._submit(shard, folder=folder, now=now, regions=regions)

    def _submit(self, shard: Shard, *, folder: Path, now: datetime, regions: str, attempt: str = "") -> Future:
        name = shard_key(shard, regions)
        return self.client.submit(self.task, shard, name=name, folder=str(folder), now=now, regions=regions,
                                  item_seconds=self.item_seconds, key=f"warlog-shard-{name}{attempt}")


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
