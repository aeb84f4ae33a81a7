"""Scorers for the labelled sets under ``eval/``: ``python -m warlog.eval [SET...]`` (``make eval``).

Each scorer module exposes ``evaluate(gold_path) -> Scorecard``. Scores are printed and written to
``eval/results.json``; they are measured, never asserted in tests (see bench/README.md for speed).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Score:
    """Counts for one field; precision/recall/F1 when the field is a detection, accuracy otherwise."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Scorecard:
    """Every figure a scorer measured on one labelled set: detection scores and plain ratios."""

    name: str
    items: int = 0
    scores: dict[str, Score] = field(default_factory=dict)
    ratios: dict[str, tuple[int, int]] = field(default_factory=dict)
    values: dict[str, float] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    #: Per-class tables (e.g. sub-event type), written with the figures.
    tables: dict[str, list[dict]] = field(default_factory=dict)
    #: Mistakes by kind, each with a severity: ``--errors N`` prints the N worst of each kind.
    mistakes: dict[str, list[tuple[float, str]]] = field(default_factory=dict)

    def mistake(self, kind: str, severity: float, line: str) -> None:
        self.mistakes.setdefault(kind, []).append((severity, line))

    def worst(self, n: int) -> dict[str, list[str]]:
        return {kind: [line for _, line in sorted(lines, key=lambda m: -m[0])[:n]]
                for kind, lines in self.mistakes.items()}

    def score(self, key: str) -> Score:
        return self.scores.setdefault(key, Score())

    def count(self, key: str, right: bool) -> None:
        """Count one case of a ratio such as 'exact fatalities among matched events'."""
        hits, total = self.ratios.get(key, (0, 0))
        self.ratios[key] = (hits + int(right), total + 1)

    def as_dict(self) -> dict:
        return {
            "items": self.items,
            "scores": {key: score.as_dict() for key, score in self.scores.items()},
            "ratios": {key: {"value": round(h / t, 3) if t else None, "hits": h, "total": t}
                       for key, (h, t) in self.ratios.items()},
            "values": {key: round(value, 3) for key, value in self.values.items()},
            **({"tables": self.tables} if self.tables else {}),
        }


def read_gold(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


__all__ = ["Score", "Scorecard", "read_gold"]
