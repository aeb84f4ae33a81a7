"""What a Dask task was working on when its worker died, kept so that its next attempt finds the item at fault.

An article that kills or hangs its worker takes the whole task down, and the scheduler runs the task
again (``distributed.scheduler.allowed-failures`` times, 3 by default) on the same input. Without
memory each attempt died on the same article: a hang, allowed its time for each article of a spaCy
batch, held a worker for hours before the engine could look at the shard's items one by one. So the
task notes, before each step, which items (positions in the shard) the step holds, in a small file
beside the shard's output (the Parquet folder, which every worker shares, as it writes its shard
there). The next attempt reads the note: each item the last one died on is worked on alone, and an
item its worker died on alone twice running is skipped with its reason. A shard finished removes its
note. The steps are cleaning and extraction; reading an item is bounded in size and taken as safe
(the engine itself reads a shard's items when it sends them one at a time).

A death the item did not cause (another task's article killed the worker they shared, the machine
ran out of memory, the run was stopped) costs the items of the step a pass one at a time, which loses
nothing; only the same item alone at two deaths in a row is skipped.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from warlog.engines.parquet import write_atomically

NOTES = "_attempts"


@dataclass(frozen=True)
class Note:
    """The items a task was working on (positions in its shard) and how many attempts died on that item
    alone in a row (0 when the step held several)."""

    positions: tuple[int, ...]
    deaths_alone: int = 0


class AttemptNotes:
    """A shard's note of its last step, at ``folder/_attempts/KEY.json``."""

    def __init__(self, folder: Path, key: str):
        self.path = folder / NOTES / f"{key}.json"
        self.earlier = self._read()

    def _read(self) -> Note | None:
        """The note of an attempt that did not finish, or None; a note that cannot be read is no note."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return Note(tuple(int(at) for at in data["positions"]), int(data["deaths_alone"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    @property
    def suspects(self) -> frozenset[int]:
        """The items the last attempt was working on when its worker died: each goes alone this time."""
        return frozenset(self.earlier.positions) if self.earlier else frozenset()

    @property
    def culprit(self) -> int | None:
        """The item whose worker died on it alone twice running: it is skipped."""
        if self.earlier is None or len(self.earlier.positions) != 1 or self.earlier.deaths_alone < 2:
            return None
        return self.earlier.positions[0]

    def working_on(self, positions: Sequence[int]) -> None:
        """Note the items of the next step; if the worker dies in it, the next attempt reads this."""
        alone_again = len(positions) == 1 and self.earlier is not None and self.earlier.positions == tuple(positions)
        deaths = self.earlier.deaths_alone + 1 if alone_again else int(len(positions) == 1)
        write_atomically(self.path, json.dumps({"positions": list(positions), "deaths_alone": deaths}).encode())

    def finished(self) -> None:
        """The shard is written: no attempt died."""
        self.path.unlink(missing_ok=True)
