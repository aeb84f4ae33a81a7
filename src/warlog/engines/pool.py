"""A pool of worker processes that outlives the death of any one of them.

``multiprocessing.Pool`` replaces a worker that dies (killed for memory, a crash in
native code) but loses the task it held: waiting on that task hangs the run for
ever. ``concurrent.futures.ProcessPoolExecutor`` instead fails every task in
flight with ``BrokenProcessPool``; this module builds on that. The tasks in
flight when a worker died are redone item by item in a fresh pool, so the item
that kills its worker is found and given up with a reason (``lost``), and every
other item still gets its result. Results come in input order, with a bounded
number of tasks in flight, so memory stays flat however long the input is.

A worker that hangs (a pathological page, a stuck native call) would hold the run
for ever. Each task runs under an alarm in its worker, ``item_seconds`` per item:
when it rings, the signal's default action ends the process, whatever it was
doing, so a hang becomes a worker death and is handled as one. The alarm is the
worker's own, so the time a worker takes to start never counts.

Workers ignore Ctrl-C: the parent alone stops the run, cancels what has not
started and stops the workers, so an interrupted run never waits on them. A
worker whose set-up fails (no spaCy model) says so as one error on its first
task, instead of dying at start, which would look like a worker killed.
"""

from __future__ import annotations

import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from typing import Generic, TypeVar

from warlog.errors import Errors, WarlogError, failure_reason

Item = TypeVar("Item")
Result = TypeVar("Result")

#: Tasks in flight per worker: enough that no worker waits for the parent, few enough to bound memory.
TASKS_PER_WORKER = 4

#: How long one item may take in a worker before the worker counts as hung. An article takes well under
#: a second; the limit only has to end a run held up for ever, never a slow but sound article.
ITEM_SECONDS = 300.0


def worker_died(item_seconds: float) -> str:
    """The reason an item is given up when its worker died on it, alone, or ran past ``item_seconds``."""
    return (f"its worker process died while reading it (killed, a crash in native code, "
            f"or stopped as hung after {item_seconds:g} s)")


WORKER_DIED = worker_died(ITEM_SECONDS)


#: Why this worker process's set-up failed, if it did (see _start_worker).
_start_failure: str | None = None


def _start_worker(initializer: Callable[[], None] | None) -> None:
    global _start_failure
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is None:
        return
    try:
        initializer()
    except Exception as err:  # noqa: BLE001 - told to the parent by _run_task
        _start_failure = str(err) if isinstance(err, WarlogError) else failure_reason(err)


def _run_task(work: Callable[[list[Item]], list[Result]], task: list[Item], item_seconds: float) -> list[Result]:
    if _start_failure is not None:
        raise WarlogError(Errors.E027.format(detail=_start_failure))
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    signal.setitimer(signal.ITIMER_REAL, item_seconds * len(task))
    try:
        return work(task)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


class WorkerPool(Generic[Item, Result]):
    """Run ``work`` on lists of items in ``workers`` spawned processes.

    ``work`` maps a list of items to a list of results, one per item, in order;
    ``lost(item, reason)`` is the result of an item whose own worker died on it
    or ran past ``item_seconds`` on it.
    """

    def __init__(
        self,
        workers: int,
        work: Callable[[list[Item]], list[Result]],
        lost: Callable[[Item, str], Result],
        initializer: Callable[[], None] | None = None,
        item_seconds: float = ITEM_SECONDS,
    ):
        self.workers = workers
        self.work = work
        self.lost = lost
        self.initializer = initializer
        self.item_seconds = item_seconds
        self._executor: ProcessPoolExecutor | None = None

    def map(self, tasks: Iterable[list[Item]]) -> Iterator[Result]:
        """Each item's result, in input order."""
        in_flight: deque[tuple[list[Item], Future]] = deque()
        try:
            for task in tasks:
                in_flight.append((task, self._submit(task)))
                if len(in_flight) >= self.workers * TASKS_PER_WORKER:
                    yield from self._results(*in_flight.popleft())
            while in_flight:
                yield from self._results(*in_flight.popleft())
        finally:
            self.close()

    def close(self) -> None:
        """Cancel tasks not started and stop the workers at once."""
        if self._executor is not None:
            _stop(self._executor)
            self._executor = None

    def _submit(self, task: list[Item]) -> Future:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                self.workers,
                mp_context=get_context("spawn"),
                initializer=_start_worker,
                initargs=(self.initializer,),
            )
        try:
            return self._executor.submit(_run_task, self.work, task, self.item_seconds)
        except BrokenProcessPool:
            self.close()
            return self._submit(task)

    def _results(self, task: list[Item], future: Future) -> list[Result]:
        try:
            return future.result()
        except BrokenProcessPool:
            self.close()
            return [self._alone(item) for item in task]

    def _alone(self, item: Item) -> Result:
        """``item`` run on its own, so that if its worker dies or hangs we know the item caused it."""
        try:
            return self._submit([item]).result()[0]
        except BrokenProcessPool:
            self.close()
            return self.lost(item, WORKER_DIED)


def _stop(executor: ProcessPoolExecutor) -> None:
    """Shut ``executor`` down without waiting for tasks already running.

    ``shutdown`` alone waits for them, which a hung or slow article would make
    endless; Python 3.14 has ``terminate_workers`` for this, older versions
    need the executor's own table of processes.
    """
    terminate = getattr(executor, "terminate_workers", None)
    if terminate is not None:
        terminate()
        return
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join()
