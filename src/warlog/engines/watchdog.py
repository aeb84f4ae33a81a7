"""A time limit on the work of a Dask task: its worker process ends when the work stops moving on.

The local engine's workers run each task in their main thread under an alarm (``engines/pool.py``).
A Dask worker runs its tasks in a thread of its own, and a hang is most likely a native call that
holds the GIL (a regular expression that backtracks for ever, a stuck parser), which no Python
thread can interrupt or even watch. So the limit is the process's real-time interval timer: when it
runs out the kernel sends SIGALRM, whose default action ends the process whatever it is doing. The
scheduler then treats the task as one whose worker died, as after a crash or the OOM killer, the
nanny starts a fresh worker, and the engine reads the task's items one at a time
(:meth:`warlog.engines.dask.DaskEngine.map`).

The timer belongs to the process, so with several task threads in a worker each keeps its own
deadline here and the timer is set to the earliest. Python leaves SIGALRM at its default action;
:class:`~warlog.engines.dask.LoadNLP` makes sure of it where a worker starts.
"""

from __future__ import annotations

import signal
import threading
import time

_lock = threading.Lock()
#: Each running task's deadline (``time.monotonic``), by thread.
_deadlines: dict[int, float] = {}


def default_alarm_action() -> None:
    """Let SIGALRM end this process (its default action); only the main thread may set it."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGALRM, signal.SIG_DFL)


class Watchdog:
    """Ends this process when the work in this thread overruns what :meth:`allow` gave it.

    Use as a context manager around the work; ``seconds`` is the time one item may take.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds

    def __enter__(self) -> Watchdog:
        self.allow(1)
        return self

    def __exit__(self, *exc) -> None:
        with _lock:
            _deadlines.pop(threading.get_ident(), None)
            _set_timer()

    def allow(self, items: int) -> None:
        """The next ``items`` items may take ``seconds`` each, counted from now."""
        with _lock:
            _deadlines[threading.get_ident()] = time.monotonic() + self.seconds * max(1, items)
            _set_timer()


def _set_timer() -> None:
    """The timer rings at the earliest deadline, or is stopped when no task runs."""
    if not _deadlines:
        signal.setitimer(signal.ITIMER_REAL, 0)
        return
    left = min(_deadlines.values()) - time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, max(left, 0.001))
