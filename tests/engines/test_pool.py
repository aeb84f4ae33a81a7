import os

import pytest

from warlog.engines.pool import WORKER_DIED, WorkerPool
from warlog.errors import WarlogError

from pool_work import fail_to_start, lost, pid_or_hang, square_unless_told_to_die


def test_an_item_that_kills_its_worker_is_lost_alone_and_the_rest_come_back_in_order():
    pool = WorkerPool(2, square_unless_told_to_die, lost)
    tasks = [[1, 2], [3, "die", 4], [5], [6, 7]]
    assert list(pool.map(tasks)) == [1, 4, 9, f"lost die: {WORKER_DIED}", 16, 25, 36, 49]


def test_a_worker_that_cannot_start_is_one_error_not_a_hang():
    pool = WorkerPool(2, square_unless_told_to_die, lost, initializer=fail_to_start)
    with pytest.raises(WarlogError, match="Worker processes could not start: failed with RuntimeError: no model here"):
        list(pool.map([[1], [2]]))


def test_stopping_early_stops_the_workers_even_mid_task():
    pool = WorkerPool(1, pid_or_hang, lost)
    results = pool.map([["pid"], ["hang"]])
    worker = next(results)
    results.close()
    with pytest.raises(ProcessLookupError):
        os.kill(worker, 0)


def test_an_item_that_hangs_its_worker_is_lost_alone_after_the_time_limit():
    pool = WorkerPool(1, pid_or_hang, lost, item_seconds=2)
    first, hung, queued = pool.map([["pid"], ["hang"], ["pid"]])
    assert hung == f"lost hang: {WORKER_DIED}"
    assert isinstance(first, int) and isinstance(queued, int) and first != queued
