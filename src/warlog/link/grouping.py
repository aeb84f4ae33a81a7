"""Single-linkage grouping (union-find), shared by stories and disputes.

Hand-written because it is a few dozen lines; a graph library would be a dependency for two functions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import TypeVar

T = TypeVar("T")


class _Forest:
    """Disjoint sets of indices, each set known by its root."""

    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def groups(self, items: list[T]) -> list[list[T]]:
        """``items`` by set, in first-seen order."""
        found: dict[int, list[T]] = {}
        for i, item in enumerate(items):
            found.setdefault(self.find(i), []).append(item)
        return list(found.values())


def linked_groups(items: list[T], links: Iterable[tuple[int, int]]) -> list[list[T]]:
    """``items`` grouped so that every linked pair of indices lands in one group, in first-seen order."""
    forest = _Forest(len(items))
    for i, j in links:
        forest.parent[forest.find(i)] = forest.find(j)
    return forest.groups(items)


def bounded_groups(items: list[T], links: Iterable[tuple[int, int]], moment: Callable[[T], datetime | None],
                   span: timedelta) -> list[list[T]]:
    """Single linkage in time order, where a link that would make a group span more than ``span`` is dropped.

    Links are taken by the moment of their later item, then of their earlier one, so a group's fate is
    settled by what came before it: linking an archive in one pass or day by day gives the same groups.
    Items without a moment join any group and do not stretch it.
    """
    order = sorted(range(len(items)), key=lambda i: (moment(items[i]) is None, moment(items[i]) or datetime.min, i))
    rank = {index: n for n, index in enumerate(order)}
    pairs = {(i, j) if rank[i] < rank[j] else (j, i) for i, j in links if i != j}
    forest = _Forest(len(items))
    bounds = {i: (moment(items[i]), moment(items[i])) for i in range(len(items))}
    for i, j in sorted(pairs, key=lambda pair: (rank[pair[1]], rank[pair[0]])):
        a, b = forest.find(i), forest.find(j)
        if a == b:
            continue
        joined = _joined_bounds(bounds[a], bounds[b])
        if joined[0] is not None and joined[1] - joined[0] > span:
            continue
        forest.parent[a] = b
        bounds[b] = joined
    return forest.groups(items)


def _joined_bounds(a: tuple[datetime | None, datetime | None],
                   b: tuple[datetime | None, datetime | None]) -> tuple[datetime | None, datetime | None]:
    firsts = [m for m in (a[0], b[0]) if m is not None]
    lasts = [m for m in (a[1], b[1]) if m is not None]
    return (min(firsts), max(lasts)) if firsts else (None, None)
