"""A Dask task for the engine's tests; a module of its own so that the cluster's workers can import it.

Like ``pool_work.py`` for the local engine's pool, it makes chosen articles kill or hang their worker,
but inside the real task (:func:`warlog.engines.dask.run_shard`), so the task's own time limit meets
the hang.
"""

import os
import re
import signal
from unittest import mock

from warlog.engines import work
from warlog.engines.dask import run_shard

#: Words in an article that make it kill its worker outright (as the kernel's OOM killer would) or hang it.
DIES, HANGS = "KILLS-ITS-WORKER", "HANGS-ITS-WORKER"

_clean_item = work.clean_item


def run_unless_told_to_fail(shard, **arguments):
    """:func:`run_shard`, with articles holding ``DIES`` or ``HANGS`` doing so as they are cleaned."""
    with mock.patch.object(work, "clean_item", _clean_unless_told_to_fail):
        return run_shard(shard, **arguments)


def times_out_writing(shard, **arguments):
    """A task whose own work raises TimeoutError, as a write to a shared folder that stopped answering does."""
    raise TimeoutError("the shared folder did not answer")


def must_not_run(shard, **arguments):
    raise AssertionError(f"a shard was computed again: {shard}")


def _clean_unless_told_to_fail(item, *, now):
    text = getattr(item, "text", None) or ""
    if DIES in text:
        os.kill(os.getpid(), signal.SIGKILL)
    if HANGS in text:
        _backtrack_for_ever()
    return _clean_item(item, now=now)


def _backtrack_for_ever() -> None:
    """A regular expression that backtracks for longer than any test: native code holding the GIL,
    where no Python thread could stop it."""
    re.fullmatch(r"(a|aa)+", "a" * 200 + "b")
