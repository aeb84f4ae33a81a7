"""The link step alone as the archive grows: one extracted database told again era after era.

`bench/run.py` times whole runs, where extraction is nearly all of the cost, so an archive of 20,000
articles takes hours to build before its link step is timed. Linking needs only what extraction
stored. This script takes a database a run has extracted (bench/run.py's, say, or any user's) and
writes a new one holding its articles, reports, claims and field spans ``--eras`` times over, each
era moved later by the source's own span of publication dates plus a story's longest span, with
fresh ids, so that it is new news to warlog, the same amount of it, in the same language. Then it
times :func:`warlog.link.link` from nothing, sampling the process's memory, and writes one row per
era count. A link step that stays bounded per neighbourhood grows linearly with the eras and keeps
its memory flat; one that rereads the archive at every step grows faster.

The copy is done by DuckDB (`INSERT ... SELECT` from the attached source, read-only), so building
20,000 articles from 5,000 takes seconds. Usage:

    python bench/link.py SOURCE.duckdb [--eras 1,4] [--out bench/out/link.json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from warlog.link import link
from warlog.link.stories import STORY_SPAN
from warlog.schema import TABLES
from warlog.store import Store

ROOT = Path(__file__).resolve().parents[1]
#: What extraction stores: the link step's input. Its output (stories, events, disputes, copy links)
#: is left out, so that the timed step links everything.
EXTRACTED = ("articles", "reports", "claims", "field_spans")
#: Link output kept on the articles row.
LINK_COLUMNS = frozenset({"copy_of"})
#: Columns that name a record: an era suffixes them so that each era's records are new.
ID_COLUMNS = frozenset({"article_id", "report_id", "claim_id", "record_id"})
#: Dates of when the news was stored, not of what it tells: an era leaves them as they are.
STORAGE_DATES = frozenset({"ingested_at"})


def era_select(table: str, era: int, days: int) -> str:
    """The SELECT that tells ``table``'s source rows again ``era`` eras of ``days`` days later."""
    columns = []
    for column in TABLES[table]:
        name = column.name
        if name in LINK_COLUMNS:
            columns.append(f"NULL AS {name}")
        elif name in ID_COLUMNS:
            columns.append(f"{name} || '~{era}' AS {name}")
        elif column.type in ("DATE", "TIMESTAMP") and name not in STORAGE_DATES:
            columns.append(f"{name} + INTERVAL {era * days} DAY AS {name}")
        else:
            columns.append(name)
    return f"SELECT {', '.join(columns)} FROM source.{table}"


def era_days(source: Path) -> int:
    """Days between eras: the source's span of publication dates and a story's longest span, so that no
    story reaches from one era into the next."""
    with Store(source, read_only=True) as store:
        first, last = store.con.execute("SELECT min(published), max(published) FROM articles").fetchone()
    return (last - first).days + STORY_SPAN.days + 1


def build_archive(source: Path, target: Path, eras: int) -> int:
    """Write ``eras`` eras of ``source``'s extracted news into a new database at ``target``; its article count."""
    days = era_days(source)
    with Store(target) as store:
        store.con.execute(f"ATTACH '{source}' AS source (READ_ONLY)")
        with store.transaction():
            for era in range(eras):
                for table in EXTRACTED:
                    store.con.execute(f"INSERT INTO {table} {era_select(table, era, days)}")
        store.con.execute("DETACH source")
        return store.con.execute("SELECT count(*) FROM articles").fetchone()[0]


class PeakMemory:
    """The process's largest resident size while the block runs, sampled every ``interval`` seconds."""

    def __init__(self, interval: float = 0.1):
        self.interval, self.peak_mib = interval, 0.0
        self._process, self._done = psutil.Process(), threading.Event()

    def _sample(self) -> None:
        while not self._done.wait(self.interval):
            self.peak_mib = max(self.peak_mib, self._process.memory_info().rss / 2**20)

    def __enter__(self) -> PeakMemory:
        self.peak_mib = self._process.memory_info().rss / 2**20
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._done.set()
        self._thread.join()


def time_link(archive: Path) -> dict:
    """Seconds and peak memory of linking ``archive`` from nothing, and what the step made."""
    with Store(archive) as store:
        with PeakMemory() as memory:
            started = time.perf_counter()
            made = link(store)
            seconds = time.perf_counter() - started
    return {"link_seconds": round(seconds, 1), "peak_mib": round(memory.peak_mib), **made}


def one_count(source: Path, eras: int) -> dict:
    """Build and link ``eras`` eras of ``source`` in a folder of its own; the row of figures."""
    with tempfile.TemporaryDirectory(prefix="warlog-link-bench-") as folder:
        archive = Path(folder) / "archive.duckdb"
        articles = build_archive(source, archive, eras)
        return {"eras": eras, "articles": articles, **time_link(archive)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="a database warlog has extracted")
    parser.add_argument("--eras", default="1,4", help="comma-separated era counts, each linked in a fresh process (default 1,4)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "link.json")
    args = parser.parse_args()
    counts = [int(e) for e in args.eras.split(",")]
    if len(counts) == 1:
        print(json.dumps(one_count(args.source.absolute(), counts[0])), flush=True)
        return
    rows = []
    for eras in counts:  # a fresh process each, so that one count's heap is not the next one's peak
        done = subprocess.run([sys.executable, __file__, str(args.source), "--eras", str(eras)],
                              check=True, capture_output=True, text=True)
        rows.append(json.loads(done.stdout.splitlines()[-1]))
        print(json.dumps(rows[-1]), flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"source": str(args.source), "rows": rows}, indent=2) + "\n")


if __name__ == "__main__":
    main()
