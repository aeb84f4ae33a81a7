"""``python -m warlog.eval [SET...] [--errors N]``: score warlog on the labelled sets in ``eval/``.

``python -m warlog.eval real ...`` scores it on the real labelled sets outside the repository
(:mod:`warlog.eval.real.cli`).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

from rich.console import Console

from warlog.eval.display import render

ROOT = Path(__file__).resolve().parents[3]
SETS = {
    "reports": ROOT / "eval" / "reports" / "gold.jsonl",
    "claims": ROOT / "eval" / "claims" / "gold.jsonl",
    "places": ROOT / "eval" / "places" / "gold.jsonl",
    "dates": ROOT / "eval" / "dates" / "gold.jsonl",
    "stories": ROOT / "examples" / "gold",
    "offtopic": ROOT / "eval" / "offtopic" / "articles.jsonl",
    "seeds": ROOT / "eval" / "seeds" / "gold.json",
}


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["real"]:
        from warlog.eval.real.cli import main as score_real

        score_real(argv[1:])
        return
    parser = argparse.ArgumentParser(prog="python -m warlog.eval", description=__doc__)
    parser.add_argument("sets", nargs="*", metavar="SET", help=f"labelled sets to score: {', '.join(SETS)} (default: all)")
    parser.add_argument("--errors", type=int, default=0, help="print up to N mistakes per set")
    parser.add_argument("--out", default=str(ROOT / "eval" / "results.json"))
    args = parser.parse_args(argv)
    unknown = set(args.sets) - set(SETS)
    if unknown:
        parser.error(f"unknown set {', '.join(sorted(unknown))}; choose from {', '.join(SETS)}")
    console = Console()
    results = {}
    for name in args.sets or list(SETS):
        module = importlib.import_module(f"warlog.eval.{name}")
        card = module.evaluate(SETS[name])
        render(console, card)
        for error in card.errors[: args.errors]:
            console.print(error, highlight=False, markup=False)
        results[name] = card.as_dict()
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
