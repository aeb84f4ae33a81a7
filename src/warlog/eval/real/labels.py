"""Per-class precision, recall and F1 for a labelling task, averaged as scikit-learn does.

Written here rather than imported because the scorer must not pull scikit-learn into the runtime for
twenty lines of counting; ``weighted`` weights each gold class's F1 by its support
(``average='weighted'``), ``macro`` averages the gold classes equally. A text warlog made no event of
is labelled ``NONE`` and counts against recall of its gold class.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

NONE = "(no event)"


@dataclass
class Confusion:
    """Gold and predicted labels, one pair per text."""

    pairs: list[tuple[str, str]] = field(default_factory=list)

    def add(self, gold: str, predicted: str | None) -> None:
        self.pairs.append((gold, predicted or NONE))

    def per_class(self) -> list[dict]:
        gold_counts = Counter(g for g, _ in self.pairs)
        predicted_counts = Counter(p for _, p in self.pairs)
        hits = Counter(g for g, p in self.pairs if g == p)
        rows = []
        for label in sorted(gold_counts, key=lambda name: (-gold_counts[name], name)):
            precision = hits[label] / predicted_counts[label] if predicted_counts[label] else 0.0
            recall = hits[label] / gold_counts[label]
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            rows.append({"class": label, "support": gold_counts[label], "predicted": predicted_counts[label],
                         "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)})
        return rows

    def weighted_f1(self) -> float:
        rows = self.per_class()
        total = sum(row["support"] for row in rows)
        return sum(row["f1"] * row["support"] for row in rows) / total if total else 0.0

    def macro_f1(self) -> float:
        rows = self.per_class()
        return sum(row["f1"] for row in rows) / len(rows) if rows else 0.0

    def accuracy(self) -> float:
        return sum(g == p for g, p in self.pairs) / len(self.pairs) if self.pairs else 0.0

    def most_confused(self, n: int = 10) -> list[tuple[str, str, int]]:
        wrong = Counter((g, p) for g, p in self.pairs if g != p)
        return [(g, p, count) for (g, p), count in wrong.most_common(n)]
