"""Single-linkage grouping (union-find), shared by stories and disputes.

Hand-written because it is a dozen lines; a graph library would be a dependency for one function.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def linked_groups(items: list[T], links: Iterable[tuple[int, int]]) -> list[list[T]]:
    """``items`` grouped so that every linked pair of indices lands in one group, in first-seen order."""
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in links:
        parent[find(i)] = find(j)
    groups: dict[int, list[T]] = {}
    for i, item in enumerate(items):
        groups.setdefault(find(i), []).append(item)
    return list(groups.values())
