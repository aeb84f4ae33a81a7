"""Scorecards as terminal tables."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from warlog.eval import Scorecard


def render(console: Console, card: Scorecard) -> None:
    table = Table(title=f"{card.name}: {card.items} items", title_justify="left")
    for column in ("field", "precision", "recall", "F1", "value", "n"):
        table.add_column(column, justify="left" if column == "field" else "right")
    for key, score in card.scores.items():
        table.add_row(key, f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}", "",
                      str(score.tp + score.fn))
    for key, (hits, total) in card.ratios.items():
        table.add_row(key, "", "", "", f"{hits / total:.3f}" if total else "-", str(total))
    for key, value in card.values.items():
        table.add_row(key, "", "", "", f"{value:.3f}", "")
    console.print(table)


def render_table(console: Console, title: str, rows: list[dict]) -> None:
    """A per-class table (sub-event types, families) as the scorer wrote it."""
    if not rows:
        return
    table = Table(title=title, title_justify="left")
    for column in rows[0]:
        table.add_column(column, justify="left" if column in {"class", "gold", "warlog"} else "right")
    for row in rows:
        table.add_row(*(f"{value:.3f}" if isinstance(value, float) else str(value) for value in row.values()))
    console.print(table)
