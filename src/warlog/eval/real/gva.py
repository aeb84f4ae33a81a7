"""Score stories and events on real multi-outlet news: ``gva_dev`` (issue 15).

The set holds news articles about shootings, several outlets per incident, with the Gun Violence
Archive's record of each incident. The articles go through the path a user's input takes: written
as a JSON Lines feed (``id``, ``text``, ``title``, ``published``, an ``outlet`` named after the URL's
host, ``url``) and run by :func:`warlog.pipeline.run` into a temporary database, as ``warlog run`` does.

Measured:

- stories: B-cubed precision, recall and F1 of the articles' stories against the gold incidents, and
  what leaving every article alone would score;
- per incident, the event that shares most of its articles: whether there is one, killed and
  injured exact (an event that reports no injured counts as 0, as the archive does), date within a
  day, place within 25 km (on the incidents the archive gives a point for: 447 of 500).

The data is never copied into the repository; where it is absent the scorer says so in one line.
``python -m warlog.eval real gva`` runs it with the other real sets; ``python -m warlog.eval.real.gva
--db PATH`` also keeps the database to study.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from warlog.eval import Scorecard, read_gold
from warlog.eval.real import dev_root, read_rows
from warlog.eval.stories import b_cubed
from warlog.places.distance import km_between
from warlog.pipeline import run
from warlog.store import Store

SET = "gva_dev"
PLACE_TOLERANCE_KM = 25.0
#: The web archive's own prefix in front of an archived page's URL.
_ARCHIVE_PREFIX = "/web/"


def outlet_of(url: str | None) -> str | None:
    """The outlet as a user's feed would name it: the host of the article's own URL (an archived copy's
    URL holds the original one after the archive's prefix)."""
    if not url:
        return None
    parsed = urlparse(url)
    if parsed.path.startswith(_ARCHIVE_PREFIX) and "http" in parsed.path:
        parsed = urlparse(parsed.path[parsed.path.index("http"):])
    host = (parsed.hostname or "").removeprefix("www.")
    return host.split(":")[0] or None


def _feed(articles: list[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for article in articles:
            record = {"id": article["id"], "text": article["text"], "title": article.get("title"),
                      "published": article.get("published"), "outlet": outlet_of(article.get("url")),
                      "url": article.get("url")}
            out.write(json.dumps(record) + "\n")


def _load(db: Path) -> tuple[dict[str, str], list[dict]]:
    """Story per gold article id, and the events with the gold ids of their articles."""
    with Store(db, read_only=True) as store:
        articles = store.table("articles")
        stories = store.table("stories")
        events = store.table("events")
    key_of = dict(zip(articles.article_id, articles.external_id))
    story_of = {key_of[a]: row.story_id for row in stories.itertuples() for a in row.article_ids}
    event_rows = [dict(row._asdict(), keys={key_of[a] for a in row.article_ids}) for row in events.itertuples()]
    return story_of, event_rows


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _count(value) -> int:
    """An event's figure as the archive counts it: none reported is 0."""
    return 0 if _missing(value) else int(value)


def _score_incident(card: Scorecard, incident: dict, events: list[dict]) -> None:
    sources = set(incident["doc_ids"])
    # In event id order, so that a tie goes to the same event every time (the store returns events in no fixed order).
    touching = sorted((e for e in events if e["keys"] & sources), key=lambda e: e["event_id"])
    event = max(touching, key=lambda e: (len(e["keys"] & sources), e["n_reports"]), default=None)
    card.count("incident has an event", event is not None)
    name = f"{incident['incident_id']} {incident['date']} {incident['city_or_county']}, {incident['state']}"
    if event is None:
        card.mistake("no event", len(sources), f"{name}: no event")
        for key in ("killed exact", "injured exact", "date within a day"):
            card.count(key, False)
        if incident["latitude"] is not None:
            card.count("place within 25 km", False)
        return
    for key, gold, got in (("killed exact", incident["num_killed"], event["fatalities_best"]),
                           ("injured exact", incident["num_injured"], event["injured_best"])):
        card.count(key, _count(got) == gold)
        if _count(got) != gold:
            card.mistake(key, abs(_count(got) - gold), f"{name}: gold {gold} got {_count(got)} ({event['event_id']})")
    when = event["event_date"]
    right_day = not _missing(when) and abs((_day(when) - date.fromisoformat(incident["date"])).days) <= 1
    card.count("date within a day", right_day)
    if not right_day:
        card.mistake("date", 1.0, f"{name}: got {when}")
    if incident["latitude"] is None:
        return  # the archive gives no point for about one incident in ten: nothing to score a place on
    where = (event["latitude"], event["longitude"])
    near = (not any(_missing(v) for v in where)
            and km_between(where, (incident["latitude"], incident["longitude"])) <= PLACE_TOLERANCE_KM)
    card.count("place within 25 km", near)
    if not near:
        card.mistake("place", 1.0, f"{name}: got {event['location']} {where}")


def _missing(value) -> bool:
    return value is None or bool(pd.isna(value))


def _day(value) -> date:
    return value if type(value) is date else value.date()


def _chosen(root: Path, limit: int | None) -> tuple[list[dict], list[dict]]:
    """An evenly spaced sample of ``limit`` incidents (all when None) and their articles."""
    incidents = read_rows(root / "incidents.jsonl", limit)
    wanted = {i["incident_id"] for i in incidents}
    return incidents, [a for a in read_gold(root / "articles.jsonl") if a["incident_id"] in wanted]


def evaluate(root: Path, limit: int | None = None, db: Path | None = None) -> Scorecard:
    """Score the set in ``root`` (the ``gva_dev`` folder, or a file in it); ``limit`` takes an evenly
    spaced sample of N incidents. ``db`` keeps the database there instead of in a temporary folder."""
    root = root if root.is_dir() else root.parent
    _, articles = _chosen(root, limit)
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "gva.jsonl"
        _feed(articles, feed)
        database = db or Path(tmp) / "gva.duckdb"
        run([feed], db=database)
        return score(root, database, limit)


def score(root: Path, db: Path, limit: int | None = None) -> Scorecard:
    """Score what the database ``db`` made of the set."""
    card = Scorecard(SET)
    incidents, articles = _chosen(root, limit)
    card.items = len(articles)
    story_of, events = _load(db)
    gold = {a["id"]: a["incident_id"] for a in articles}
    precision, recall = b_cubed(story_of, gold)
    card.values["stories B-cubed precision"] = precision
    card.values["stories B-cubed recall"] = recall
    card.values["stories B-cubed F1"] = _f1(precision, recall)
    card.values["all singletons B-cubed F1"] = _f1(*b_cubed({a: a for a in gold}, gold))
    card.values["events"] = len(events)
    card.values["events per incident"] = len(events) / len(incidents) if incidents else 0.0
    card.values["events of one article"] = Counter(len(e["keys"]) for e in events)[1]
    for incident in incidents:
        _score_incident(card, incident, events)
    return card


def main(argv: list[str] | None = None) -> None:
    import argparse

    from rich.console import Console

    from warlog.eval.display import render

    parser = argparse.ArgumentParser(prog="python -m warlog.eval.real.gva", description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="score an evenly spaced sample of N incidents")
    parser.add_argument("--errors", type=int, default=0, help="print up to N mistakes")
    parser.add_argument("--db", type=Path, default=None, help="keep the database here (it must not exist)")
    args = parser.parse_args(argv)
    found = dev_root()
    if found is None or not (found / SET / "incidents.jsonl").is_file():
        print(f"{SET}: skipped, no dev data (../shared/dev/{SET}, or set WARLOG_DEV_DATA)")
        return
    root = found / SET
    if args.db is not None and args.db.exists():
        parser.error(f"{args.db} exists: give a new file")
    card = evaluate(root, args.limit, args.db)
    console = Console()
    render(console, card)
    for kind, lines in (card.worst(args.errors) if args.errors else {}).items():
        console.rule(kind)
        for line in lines:
            console.print(line, highlight=False, markup=False)


if __name__ == "__main__":
    main(sys.argv[1:])
