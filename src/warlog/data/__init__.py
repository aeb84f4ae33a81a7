"""Versioned rule tables shipped with warlog (see the README.md in each folder).

Tables are CSV files with a header and a unique ``id`` column, read with
:mod:`importlib.resources` so they work from an installed package.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def read_table(relative_path: str) -> tuple[dict[str, str], ...]:
    """Return the rows of ``data/<relative_path>`` as dicts, header as keys."""
    text = resources.files(__package__).joinpath(relative_path).read_text(encoding="utf-8")
    return tuple(csv.DictReader(io.StringIO(text)))
