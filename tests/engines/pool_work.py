"""Work for the worker pool's tests; a module of its own so that spawned workers can import it."""

import os
import signal
import time


def square_unless_told_to_die(items: list) -> list:
    """Each number squared; the word 'die' kills this worker process outright, as the kernel's OOM killer would."""
    if "die" in items:
        os.kill(os.getpid(), signal.SIGKILL)
    return [item * item for item in items]


def pid_or_hang(items: list) -> list:
    """This worker's process id for 'pid'; 'hang' never returns (a stuck article)."""
    if "hang" in items:
        time.sleep(3600)
    return [os.getpid() for _ in items]


def fail_to_start() -> None:
    raise RuntimeError("no model here")


def lost(item, reason: str) -> str:
    return f"lost {item}: {reason}"
