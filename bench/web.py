"""Speed of the web view with 10,000 events: first page load and a filter's response, in a real browser.

Builds a database of N synthetic events (default 10,000; seeded, spread over two years and several
countries, each with its figures, outlets and grade, in the events table's own columns), starts
`warlog serve` on it and drives Debian's Chromium through Playwright:

1. first load: from navigation until the map, the list and the timeline show every event
   (the page's status line reads "N events");
2. filter: from choosing a country until the list shows that country's events only;
3. date filter: from typing a period until the list shows it (done in the page, no request).

Each is measured --runs times (default 3) in a fresh browser context (nothing cached in the
browser); the median goes to bench/out/web.json and is printed, with the first run apart (the
server has not read the database yet; later runs get the events it already read, as any
second visitor would). Target (issue 16): under 1 s each on this machine.
Usage: python bench/web.py [--events N] [--runs R]
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

from warlog.schema import column_names
from warlog.store import Store
from warlog.store.duckdb_store import to_arrow

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
#: (country, name, admin1, latitude, longitude) centres the synthetic events scatter around.
PLACES = [("SY", "Syria", "Aleppo", 36.2, 37.15), ("SY", "Syria", "Raqqa", 35.95, 39.0),
          ("IQ", "Iraq", "Nineveh", 36.34, 43.13), ("YE", "Yemen", "Taiz", 13.58, 44.02),
          ("ML", "Mali", "Mopti", 14.49, -4.2), ("SO", "Somalia", "Banaadir", 2.04, 45.34),
          ("NG", "Nigeria", "Borno", 11.83, 13.15), ("AF", "Afghanistan", "Helmand", 31.58, 64.36)]
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"),
         ("Strategic developments", "Looting/property destruction")]
OUTLETS = ["Outlet %d" % n for n in range(12)]


def synthetic_events(n: int, seed: int = 42) -> list[dict]:
    rng = random.Random(seed)
    start = date(2022, 1, 1)
    rows = []
    for i in range(n):
        country, name, admin1, lat, lon = rng.choice(PLACES)
        event_type, sub_type = rng.choice(TYPES)
        best = rng.choice([0, 0, 0, 1, 2, 3, 5, 8, 12, 20, 40])
        outlets = sorted(rng.sample(OUTLETS, rng.randint(1, 3)))
        rows.append({
            "event_id": f"bench{i:015d}", "story_id": f"story{i // 3:015d}", "report_ids": [f"r{i}"],
            "article_ids": [f"a{i}"], "event_type": event_type, "sub_event_type": sub_type,
            "actor1": rng.choice(["Military Forces", "Rebel Group A", "Militia B", "Unidentified Armed Group"]),
            "actor2": rng.choice([None, "Civilians", "Rebel Group A"]), "location": f"Place {i % 400}",
            "country": country, "country_name": name, "admin1": admin1,
            "latitude": lat + rng.uniform(-1.5, 1.5), "longitude": lon + rng.uniform(-1.5, 1.5), "geo_precision": 1,
            "event_date": start + timedelta(days=rng.randrange(730)), "date_precision": "day", "time_precision": 1,
            "fatalities_low": best, "fatalities_best": best, "fatalities_high": best + rng.choice([0, 0, 2, 10]),
            "civilian_fatalities_best": best // 2, "n_reports": 1, "n_articles": len(outlets),
            "n_sources": len(outlets), "outlets": outlets, "claimants": ["a local source"],
            "grade": rng.choice(["weak", "weak", "fair", "confirmed", "contested"]),
            "disputed": rng.random() < 0.05, "notes": f"Synthetic event {i}.",
        })
    return rows


def build_db(path: Path, n: int) -> None:
    with Store(path) as store:
        store.con.register("bench_events", to_arrow("events", synthetic_events(n)))
        names = ", ".join(column_names("events"))
        store.con.execute(f"INSERT INTO events ({names}) SELECT {names} FROM bench_events")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def measure(base: str, n: int, runs: int) -> dict:
    from playwright.sync_api import sync_playwright

    timings: dict[str, list[float]] = {"first_load_s": [], "country_filter_s": [], "date_filter_s": []}
    syria = None
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            started = time.perf_counter()
            page.goto(base + "/")
            page.locator(f"#status[data-count='{n}']").wait_for(state="attached", timeout=120_000)
            timings["first_load_s"].append(time.perf_counter() - started)
            syria = syria or json.loads(urllib.request.urlopen(f"{base}/api/facets").read())["country"]
            count = next(c for code, _, c in syria if code == "SY")
            started = time.perf_counter()
            page.select_option("select[name=country]", "SY")
            page.locator(f"#status[data-count='{count}']").wait_for(state="attached", timeout=60_000)
            timings["country_filter_s"].append(time.perf_counter() - started)
            started = time.perf_counter()
            page.fill("input[name=since]", "2023-01-01")
            page.locator("input[name=since]").dispatch_event("change")
            page.locator(f"#status:not([data-count='{count}'])").wait_for(state="attached", timeout=60_000)
            timings["date_filter_s"].append(time.perf_counter() - started)
            context.close()
        browser.close()
    cold = {f"cold_{name}": round(values[0], 3) for name, values in timings.items()}
    return {name: round(statistics.median(values), 3) for name, values in timings.items()} | cold | {"runs": runs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit(f"bench/web.py needs Chromium at {CHROMIUM} (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench-web.duckdb"
        build_db(db, args.events)
        port = _free_port()
        server = subprocess.Popen([sys.executable, "-m", "warlog", "serve", "--db", str(db), "--port", str(port)],
                                  stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(600):
                try:
                    urllib.request.urlopen(f"{base}/outlines.geojson", timeout=120).read()
                    break
                except OSError:
                    time.sleep(0.2)
            results = {"events": args.events} | measure(base, args.events, args.runs)
        finally:
            server.terminate()
            server.wait(timeout=10)
    out = Path(__file__).parent / "out" / "web.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print(f"web view, {results['events']:,} events (median of {results['runs']}; target < 1 s each):")
    for name in ("first_load_s", "country_filter_s", "date_filter_s"):
        print(f"  {name:18} {results[name]:.3f} s   (first run, server cold: {results['cold_' + name]:.3f} s)")


if __name__ == "__main__":
    main()
