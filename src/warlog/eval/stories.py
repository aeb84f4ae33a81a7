"""Score stories, copies and events against ``examples/gold`` (issue 6).

The example corpus is run through the real pipeline into a temporary database. Articles are keyed
as the gold keys them: the file name, plus ``#id`` for a record of a JSON Lines feed.

- Stories: B-cubed precision, recall and F1 over the articles the gold lists.
- Copies: precision and recall of 'same wire copy' article pairs.
- Incidents: each gold incident is matched to the event that shares most of its source articles
  (same sub-type first). Measured: found, sub-type, exact best fatalities and injured, date within
  one day, place within 25 km, and how many events the incident was split into.
- Optional incidents (``optional``: what ACLED may code as an event of its own or as part of another)
  are not scored; an event that matches one is no false event.
- Events that should not exist (``non_events.jsonl``: background, tallies, rhetoric, parts of another
  incident, each by its article and words): the share that no event rests on, counting an event that
  rests on a report of the words when the event is no gold incident's match or the report was read from
  those words (its trigger among them): a protest's own event rests on 'marched ... to protest against
  the shelling' and makes no shelling; event precision (the share of events that are the match of a
  reported gold incident); deaths summed over all events against the gold incidents' sum.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from datetime import date
from itertools import combinations
from pathlib import Path

import pandas as pd

from warlog.eval import Scorecard, read_gold
from warlog.places.distance import km_between
from warlog.pipeline import run
from warlog.store import Store

PLACE_TOLERANCE_KM = 25.0


def article_key(source: str, external_id: str | None) -> str:
    name = Path(source.split(":")[0]).name
    return name if _is_missing(external_id) else f"{name}#{external_id}"


def b_cubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float]:
    """B-cubed precision and recall of a clustering (item -> cluster id) against the gold's, on the gold's items."""
    items = [i for i in gold if i in predicted]
    by_predicted, by_gold = defaultdict(set), defaultdict(set)
    for item in items:
        by_predicted[predicted[item]].add(item)
        by_gold[gold[item]].add(item)
    precision = recall = 0.0
    for item in items:
        same = by_predicted[predicted[item]] & by_gold[gold[item]]
        precision += len(same) / len(by_predicted[predicted[item]])
        recall += len(same) / len(by_gold[gold[item]])
    return (precision / len(items), recall / len(items)) if items else (0.0, 0.0)


def _load(db: Path) -> tuple[dict[str, str], dict[str, str | None], list[dict]]:
    """Story and copy per article key, and the events with their articles' keys and their evidence
    (article key, sentence, trigger) for each report."""
    with Store(db, read_only=True) as store:
        articles = store.table("articles")
        stories = store.table("stories")
        events = store.table("events")
        reports = store.table("reports")
    key_of = {row.article_id: article_key(row.source, row.external_id) for row in articles.itertuples()}
    story_of = {key_of[a]: row.story_id for row in stories.itertuples() for a in row.article_ids}
    copy_of = {key_of[row.article_id]: key_of.get(row.copy_of) for row in articles.itertuples()}
    evidence = {row.report_id: (key_of[row.article_id], row.sentence, row.trigger) for row in reports.itertuples()}
    event_rows = [dict(row._asdict(), keys={key_of[a] for a in row.article_ids},
                       evidence=[evidence[r] for r in row.report_ids if r in evidence]) for row in events.itertuples()]
    return story_of, copy_of, event_rows


def _copy_pairs(copy_of: dict[str, str | None], items: set[str]) -> set[frozenset[str]]:
    groups = defaultdict(set)
    for item, original in copy_of.items():
        if item in items:
            groups[original or item].add(item)
            if original:
                groups[original].add(original)
    return {frozenset(pair) for group in groups.values() for pair in combinations(sorted(group), 2)}


def _score_copies(card: Scorecard, predicted: dict[str, str | None], gold: dict[str, str | None]) -> None:
    items = set(gold)
    got, want = _copy_pairs(predicted, items), _copy_pairs(gold, items)
    score = card.score("copies (pairs)")
    score.tp, score.fp, score.fn = len(got & want), len(got - want), len(want - got)


def _best_event(incident: dict, events: list[dict]) -> tuple[dict | None, int]:
    """The event that shares most of the incident's sources (same sub-type first; ties go to the
    nearest: two protests told in one article are told apart by their towns)."""
    sources = set(incident["sources"])
    touching = [e for e in events if e["keys"] & sources]
    same_type = [e for e in touching if e["sub_event_type"] == incident["sub_event_type"]]
    pool = same_type or touching
    best = max(pool, key=lambda e: (len(e["keys"] & sources), -_km_from(incident, e)), default=None)
    return best, len(same_type)


def _km_from(incident: dict, event: dict) -> float:
    where = (event.get("latitude"), event.get("longitude"))
    if any(_is_missing(v) for v in where):
        return float("inf")
    return km_between(where, (incident["latitude"], incident["longitude"]))


def _score_incident(card: Scorecard, incident: dict, event: dict | None, splits: int) -> None:
    card.count("incident found", event is not None)
    if event is None:
        card.errors.append(f"{incident['incident']} no event shares its sources")
        return
    card.count("incident sub_event_type", event["sub_event_type"] == incident["sub_event_type"])
    card.count("incident in one event", splits <= 1)
    for name in ("fatalities_best", "injured_best"):
        right = _same_count(incident.get(name), event.get(name))
        card.count(f"incident {name}", right)
        if not right:
            card.errors.append(f"{incident['incident']} {name}: gold {incident.get(name)} got {event.get(name)}")
    when = event.get("event_date")
    right_day = (when is not None and not _is_missing(when)
                 and abs((_as_date(when) - date.fromisoformat(incident["date"])).days) <= 1)
    card.count("incident date ±1 day", right_day)
    if not right_day:
        card.errors.append(f"{incident['incident']} date: gold {incident['date']} got {when}")
    where = (event.get("latitude"), event.get("longitude"))
    card.count("incident place ≤25 km", not any(_is_missing(v) for v in where)
               and km_between(where, (incident["latitude"], incident["longitude"])) <= PLACE_TOLERANCE_KM)


def _is_missing(value) -> bool:
    return value is None or bool(pd.isna(value))


def _same_count(gold, got) -> bool:
    return (gold is None and _is_missing(got)) or (gold is not None and not _is_missing(got) and int(got) == gold)


def _as_date(value) -> date:
    return value if type(value) is date else value.date()


def evaluate(gold_path: Path) -> Scorecard:
    """``gold_path`` is the gold folder; the corpus is the ``corpus`` folder beside it."""
    card = Scorecard("stories")
    gold_articles = list(read_gold(gold_path / "articles.jsonl"))
    incidents = list(read_gold(gold_path / "incidents.jsonl"))
    card.items = len(gold_articles)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "eval.duckdb"
        run([gold_path.parent / "corpus"], db=db, workers=1)
        story_of, copy_of, events = _load(db)
    gold_story = {a["source"]: a["story"] for a in gold_articles}
    precision, recall = b_cubed(story_of, gold_story)
    card.values["stories B-cubed precision"] = precision
    card.values["stories B-cubed recall"] = recall
    card.values["stories B-cubed F1"] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    _score_copies(card, copy_of, {a["source"]: a["copy_of"] for a in gold_articles})
    matched, incidents_of = set(), set()
    for incident in incidents:
        event, splits = _best_event(incident, events)
        if not incident.get("optional"):
            _score_incident(card, incident, event, splits)
        if event is not None:
            incidents_of.add(event["event_id"])
            if incident.get("modality") == "reported":
                matched.add(event["event_id"])
    _score_non_events(card, list(read_gold(gold_path / "non_events.jsonl")), events, incidents_of)
    card.values["event precision"] = len(matched) / len(events) if events else 0.0
    deaths = sum(int(e["fatalities_best"]) for e in events if not _is_missing(e["fatalities_best"]))
    gold_deaths = sum(i["fatalities_best"] or 0 for i in incidents if i.get("modality") == "reported")
    card.values["deaths summed / gold sum"] = deaths / gold_deaths if gold_deaths else 0.0
    return card


def _score_non_events(card: Scorecard, non_events: list[dict], events: list[dict], incidents_of: set[str]) -> None:
    """Each thing that should be no event: right when no event rests on a report of its words, unless that
    event is a gold incident's match and the report was read from other words of the sentence."""
    for wrong in non_events:
        found = [e for e in events if any(key == wrong["source"] and wrong["words"] in (sentence or "")
                                          and (e["event_id"] not in incidents_of or (trigger or "") in wrong["words"])
                                          for key, sentence, trigger in e["evidence"])]
        card.count("non-events kept out", not found)
        if found:
            card.errors.append(f"{wrong['source']} '{wrong['words']}' ({wrong['why']}) became {found[0]['sub_event_type']}")
