"""``python -m warlog.eval real [SET...] [--limit N] [--errors N]`` (``make eval-real``).

Scores warlog on the real labelled sets (:mod:`warlog.eval.real`), prints one table per set with its
per-class tables, and writes each set's figures to ``eval/results/<set>.json``. ``--limit`` takes an
evenly spaced sample of a set (the same rows every time) for quick checks; closing figures come from
whole sets. ``--errors N`` prints the N worst mistakes of each kind (event type, fatalities, date,
place, ...), with the text they came from: study them for kinds of error, never copy them into the
project.
"""

from __future__ import annotations

import argparse
import importlib
import json
import time
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console

from warlog.eval import Scorecard
from warlog.eval.display import render, render_table
from warlog.eval.real import PUBLICATION_LAG, ROOT, dev_root, set_publication_lag

RESULTS = ROOT / "eval" / "results"


@dataclass(frozen=True)
class RealSet:
    """One real set: where it lies under the dev folder, and the scorer function that reads it."""

    path: str
    scorer: str

    def evaluate(self, root: Path, limit: int | None) -> Scorecard:
        module_name, function = self.scorer.rsplit(":", 1)
        return getattr(importlib.import_module(module_name), function)(root / self.path, limit)


REAL_SETS = {
    "acled": RealSet("acled_v2019/acled_v2019.jsonl", "warlog.eval.real.acled:evaluate"),
    "acled-old": RealSet("acled_pre2019/acled_pre2019.jsonl", "warlog.eval.real.acled:evaluate_old"),
    "gtd": RealSet("gtd_iraq/gtd_iraq.jsonl", "warlog.eval.real.gtd:evaluate"),
    "wikievents": RealSet("wikievents/wikievents.jsonl", "warlog.eval.real.wikievents:evaluate"),
    "gva": RealSet("gva_dev/incidents.jsonl", "warlog.eval.real.gva:evaluate"),
}


def _print_card(console: Console, card: Scorecard, errors: int) -> None:
    render(console, card)
    for title, rows in card.tables.items():
        render_table(console, f"{card.name}: {title}", rows)
    for kind, lines in (card.worst(errors) if errors else {}).items():
        console.rule(f"{kind}: {len(card.mistakes[kind])} mistakes, {len(lines)} worst shown")
        for line in lines:
            console.print(line, highlight=False, markup=False)


def _write(name: str, card: Scorecard, limit: int | None, lag: int, seconds: float, out: Path) -> Path:
    """``<set>.json`` for a whole set read at the default lag; ``.limitN`` and ``.lagN`` mark the others."""
    out.mkdir(parents=True, exist_ok=True)
    marks = ("" if limit is None else f".limit{limit}") + ("" if lag == PUBLICATION_LAG.days else f".lag{lag}")
    path = out / f"{name}{marks}.json"
    figures = {"set": name, "limit": limit, "lag_days": lag, "seconds": round(seconds, 1), **card.as_dict()}
    path.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m warlog.eval real", description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", metavar="SET", help=f"{', '.join(REAL_SETS)} or all (default: all)")
    parser.add_argument("--limit", type=int, default=None, help="score an evenly spaced sample of N items per set")
    parser.add_argument("--errors", type=int, default=0, help="print the N worst mistakes of each kind")
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder for the JSON figures")
    parser.add_argument("--lag", type=int, default=PUBLICATION_LAG.days, metavar="DAYS",
                        help=f"read notes and summaries as published DAYS after their event (default {PUBLICATION_LAG.days})")
    args = parser.parse_args(argv)
    names = [name for name in (args.sets or ["all"]) if name != "all"] or list(REAL_SETS)
    unknown = [name for name in names if name not in REAL_SETS]
    if unknown:
        parser.error(f"unknown set {', '.join(unknown)}; choose from {', '.join(REAL_SETS)} or all")
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    if args.lag < 0:
        parser.error("--lag must be 0 or more days")
    set_publication_lag(args.lag)
    console = Console()
    root = dev_root()
    if root is None:
        console.print("real-data scorers skipped: no dev data at ../shared/dev (set WARLOG_DEV_DATA)")
        return 0
    for name in names:
        real_set = REAL_SETS[name]
        if not (root / real_set.path).is_file():
            console.print(f"{name}: skipped, {root / real_set.path} is missing")
            continue
        started = time.perf_counter()
        card = real_set.evaluate(root, args.limit)
        seconds = time.perf_counter() - started
        _print_card(console, card, args.errors)
        console.print(f"{name}: {card.items} items in {seconds:.0f} s -> {_write(name, card, args.limit, args.lag, seconds, args.out)}")
    return 0


__all__ = ["REAL_SETS", "RealSet", "main"]
