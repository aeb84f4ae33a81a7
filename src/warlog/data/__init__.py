"""Versioned rule tables shipped with warlog (see the README.md in each folder).

Tables are CSV files with a header and a unique ``id`` column, read with
:mod:`importlib.resources` so they work from an installed package.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def read_table(relative_path: str) -> tuple[dict[str, str], ...]:
    """Return the rows of ``data/<relative_path>`` as dicts, header as keys."""
    text = resources.files(__package__).joinpath(relative_path).read_text(encoding="utf-8")
    return tuple(csv.DictReader(io.StringIO(text)))


@lru_cache(maxsize=None)
def grouped_column(relative_path: str, column: str, by: str) -> defaultdict[str, frozenset[str]]:
    """The values of ``column`` grouped by the value of ``by`` (an empty set for a group with no rows).

    Example: ``grouped_column("triggers/non_conflict.csv", "word", by="where")["before"]``.
    """
    groups: defaultdict[str, set[str]] = defaultdict(set)
    for row in read_table(relative_path):
        groups[row[by]].add(row[column])
    return defaultdict(frozenset, {group: frozenset(values) for group, values in groups.items()})
