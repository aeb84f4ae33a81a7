"""What a briefing says: totals with ranges, the deadliest and the disputed events, what changed since the
last briefing, and the sources behind every number.

Every figure in a briefing is a sum or a list of events, and every event it counts is listed in its
sources section with the outlets, in-text sources and articles behind it, so a reader can check any
number. "What changed" compares with the state the previous briefing to the same file left beside it
(``NAME.state.json``): events new since then, events whose toll or grade moved, events no longer in
the record.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pycountry

from warlog.export.analyst import records
from warlog.store import Store
from warlog.store.filters import Period

DEADLIEST = 10


@dataclass
class Change:
    kind: str  # new, changed, gone
    event_id: str
    text: str


@dataclass
class Brief:
    title: str
    period: Period
    generated: str
    events: list[dict]
    totals: dict[str, tuple[int, int, int]]
    by_type: list[tuple[str, int, int]]
    grades: dict[str, int]
    deadliest: list[dict]
    disputed: list[dict]
    changes: list[Change] | None
    articles: dict[str, dict]
    disputes: dict[str, list[str]] = field(default_factory=dict)

    def ref(self, event: dict) -> str:
        """The footnote number of an event in the sources section."""
        return str(self.numbers[event["event_id"]])

    @property
    def numbers(self) -> dict[str, int]:
        return {e["event_id"]: n for n, e in enumerate(self.events, 1)}


def _country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or (country.name if country else code)


def state_path(out: Path) -> Path:
    return out.with_name(out.name + ".state.json")


def _sum(events: list[dict], what: str) -> tuple[int, int, int]:
    """Sum of low, best and high; an event without a low or high adds its best."""
    best = sum(e[f"{what}_best"] or 0 for e in events)
    low = sum(e[f"{what}_low"] if e[f"{what}_low"] is not None else e[f"{what}_best"] or 0 for e in events)
    high = sum(e[f"{what}_high"] if e[f"{what}_high"] is not None else e[f"{what}_best"] or 0 for e in events)
    return low, best, high


def _place(event: dict) -> str:
    return ", ".join(p for p in (event.get("location"), event.get("admin1"), event.get("country_name")) if p) or "place unknown"


def describe(event: dict) -> str:
    return f"{event.get('event_date') or 'undated'}, {event.get('sub_event_type')} in {_place(event)}"


def _changes(previous: dict | None, events: list[dict]) -> list[Change] | None:
    if previous is None:
        return None
    now = {e["event_id"]: e for e in events}
    changes = [Change("new", e["event_id"], describe(e)) for e in events if e["event_id"] not in previous]
    for event_id, before in previous.items():
        event = now.get(event_id)
        if event is None:
            changes.append(Change("gone", event_id, before["text"]))
            continue
        moved = []
        if (event["fatalities_best"] or 0) != before["killed"]:
            moved.append(f"killed {before['killed']} -> {event['fatalities_best'] or 0}")
        if event["grade"] != before["grade"]:
            moved.append(f"grade {before['grade']} -> {event['grade']}")
        if moved:
            changes.append(Change("changed", event_id, f"{describe(event)}: {'; '.join(moved)}"))
    return changes


def state_of(events: list[dict]) -> dict:
    return {e["event_id"]: {"killed": e["fatalities_best"] or 0, "grade": e["grade"], "text": describe(e)}
            for e in events}


def build_brief(store: Store, period: Period, previous: dict | None) -> Brief:
    where, params = period.where("events")
    events = list(records(store.con.sql(f"SELECT * FROM events{where} ORDER BY event_date NULLS LAST, event_id",
                                        params=params).to_arrow_reader(4096)))
    article_ids = sorted({a for e in events for a in e["article_ids"] or ()})
    articles = {a["article_id"]: a for a in records(store.con.sql(
        "SELECT article_id, outlet, title, url, published FROM articles WHERE list_contains(?, article_id)",
        params=[article_ids]).to_arrow_reader(4096))}
    story_ids = sorted({e["story_id"] for e in events if e["disputed"]})
    notes = store.con.execute("SELECT story_id, any_value(note) FROM disputes WHERE list_contains(?, story_id) "
                              "GROUP BY story_id, dispute_id ORDER BY story_id, dispute_id", [story_ids]).fetchall()
    disputes: dict[str, list[str]] = {}
    for story_id, note in notes:
        disputes.setdefault(story_id, []).append(note)
    types = Counter(e["event_type"] for e in events)
    deaths = Counter()
    for e in events:
        deaths[e["event_type"]] += e["fatalities_best"] or 0
    where_words = _country_name(period.country) if period.country else "all countries"
    dates = [e["event_date"] for e in events if e["event_date"]]
    span = f"{period.since or (min(dates) if dates else '…')} to {period.until or (max(dates) if dates else '…')}"
    return Brief(
        title=f"Conflict events in {where_words}, {span}",
        period=period,
        generated=datetime.now().strftime("%Y-%m-%d %H:%M"),
        events=events,
        totals={"killed": _sum(events, "fatalities"), "civilians killed": _sum(events, "civilian_fatalities"),
                "injured": _sum(events, "injured")},
        by_type=[(t, n, deaths[t]) for t, n in types.most_common()],
        grades=dict(Counter(e["grade"] for e in events).most_common()),
        deadliest=sorted((e for e in events if e["fatalities_best"]), key=lambda e: -e["fatalities_best"])[:DEADLIEST],
        disputed=[e for e in events if e["disputed"]],
        changes=_changes(previous, events),
        articles=articles,
        disputes=disputes,
    )


def read_state(out: Path) -> dict | None:
    path = state_path(out)
    return json.loads(path.read_text()) if path.exists() else None


def write_state(out: Path, events: list[dict]) -> None:
    state_path(out).write_text(json.dumps(state_of(events), indent=1, ensure_ascii=False))
