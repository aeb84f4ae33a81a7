"""The Dask task's time limit ends its process even inside native code that holds the GIL."""

import signal
import subprocess
import sys

from conftest import ROOT

#: A task thread (not the main one, as in a Dask worker) stuck in a regular expression that backtracks
#: for far longer than the test: no Python thread could interrupt it.
STUCK_TASK = """
import re, threading
from warlog.engines.watchdog import Watchdog

def task():
    with Watchdog(1.0) as watchdog:
        watchdog.allow(1)
        re.fullmatch(r"(a|aa)+", "a" * 200 + "b")

thread = threading.Thread(target=task)
thread.start()
thread.join()
"""

FINISHED_TASK = """
import time
from warlog.engines.watchdog import Watchdog

with Watchdog(1.0) as watchdog:
    for _ in range(4):
        watchdog.allow(1)
        time.sleep(0.5)
time.sleep(1.5)
print("done")
"""


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_a_task_stuck_past_its_time_ends_its_process():
    assert _run(STUCK_TASK).returncode == -signal.SIGALRM


def test_a_task_that_moves_on_in_time_is_left_alone_and_the_timer_stops_with_it():
    result = _run(FINISHED_TASK)
    assert (result.returncode, result.stdout) == (0, "done\n")
