"""Events: reports merged across articles, with sources counted and a corroboration grade.

A first rule set (issue 6 deepens it with place and date): within a story,
reports of the same sub-event type that happened or are ongoing are one event.
Figures follow ACLED and UCDP: ``best`` is the most conservative figure any
source gives, ``low``/``high`` the spread across sources.

Grades, Airwars-style:

* ``contested``: the story also holds a denial of an event of this type;
* ``confirmed``: a report is attributed to the event's own perpetrator (actor1);
* ``fair``: two or more independent sources (copies of one wire story count once);
* ``weak``: one source.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime

from warlog.clean.normalise import stable_id
from warlog.models import Event, Report, Story

EVENT_MODALITIES = frozenset({"reported", "ongoing"})
_COUNT_KINDS = ("fatalities", "civilian_fatalities", "injured")


#: Kinds of count that ACLED codes as 0 when no source reports any: a death toll is always coded, injuries are not.
_ZERO_WHEN_UNREPORTED = frozenset({"fatalities"})


def _spread(reports: list[Report], kind: str) -> tuple[int | None, int | None, int | None]:
    bests = [getattr(r, f"{kind}_best") for r in reports if getattr(r, f"{kind}_best") is not None]
    if not bests:
        return (0, 0, 0) if kind in _ZERO_WHEN_UNREPORTED else (None, None, None)
    lows = [getattr(r, f"{kind}_low") if getattr(r, f"{kind}_low") is not None else getattr(r, f"{kind}_best") for r in reports if getattr(r, f"{kind}_best") is not None]
    highs = [getattr(r, f"{kind}_high") if getattr(r, f"{kind}_high") is not None else getattr(r, f"{kind}_best") for r in reports if getattr(r, f"{kind}_best") is not None]
    return min(lows), min(bests), max(highs)


def _disputed(reports: list[Report]) -> bool:
    ranges = [
        (r.fatalities_low if r.fatalities_low is not None else r.fatalities_best,
         r.fatalities_high if r.fatalities_high is not None else r.fatalities_best)
        for r in reports
        if r.fatalities_best is not None
    ]
    return any(low_a is not None and high_b is not None and low_a > high_b for low_a, _ in ranges for _, high_b in ranges)


def _most_common(values: Iterable[str | None]) -> str | None:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None


def _grade(reports: list[Report], actor1: str | None, n_sources: int, denied: bool) -> str:
    if denied:
        return "contested"
    if actor1 and any(r.attributed_to and (actor1.lower() in r.attributed_to.lower() or r.attributed_to.lower() in actor1.lower()) for r in reports):
        return "confirmed"
    return "fair" if n_sources >= 2 else "weak"


def _notes(event: Event, reports: list[Report], outlet_of: dict[str, str | None]) -> str:
    who = event.actor1 or "An unidentified actor"
    whom = f" against {event.actor2}" if event.actor2 else ""
    what = event.sub_event_type.lower()
    target = f" hitting a {event.target}" if event.target else ""
    where = f" in {event.location}" if event.location else ""
    text = f"{who}: {what}{whom}{target}{where}."
    if event.fatalities_best:
        text += f" Fatalities coded {event.fatalities_best} (range {event.fatalities_low}-{event.fatalities_high or 'open'})."
    else:
        text += " No fatalities reported."
    figures = sorted(
        {(r.fatalities_best, r.attributed_to or outlet_of.get(r.article_id) or "unnamed outlet") for r in reports if r.fatalities_best is not None},
        key=lambda pair: pair[0],
    )
    if event.disputed and figures:
        text += " Sources disagree: " + "; ".join(f"{source} gives {n}" for n, source in figures) + "."
    text += f" Reported by {event.n_sources} independent source(s)."
    return text


def build_events(
    stories: list[Story],
    reports: list[Report],
    *,
    published: dict[str, datetime | None],
    outlet_of: dict[str, str | None],
    copy_of: dict[str, str | None],
) -> list[Event]:
    """Merge reports into events, story by story."""
    story_of = {article_id: story.story_id for story in stories for article_id in story.article_ids}
    groups: dict[tuple[str, str], list[Report]] = {}
    denials: set[tuple[str, str]] = set()
    for report in reports:
        key = (story_of.get(report.article_id, report.article_id), report.sub_event_type)
        if report.modality in EVENT_MODALITIES:
            groups.setdefault(key, []).append(report)
        elif report.modality == "denied":
            denials.add(key)
    events = []
    for (story_id, sub_event_type), members in groups.items():
        members.sort(key=lambda r: (published.get(r.article_id) or datetime.max, r.report_id))
        article_ids = list(dict.fromkeys(r.article_id for r in members))
        sources = {copy_of.get(a) or a for a in article_ids}
        actor1 = _most_common(r.actor1 for r in members)
        event = Event(
            event_id=stable_id("event", members[0].report_id),
            story_id=story_id,
            report_ids=[r.report_id for r in members],
            article_ids=article_ids,
            event_type=members[0].event_type,
            sub_event_type=sub_event_type,
            actor1=actor1,
            actor2=_most_common(r.actor2 for r in members),
            inter1=next((r.inter1 for r in members if r.actor1 == actor1 and r.inter1), None),
            target=_most_common(r.target for r in members),
            location=_most_common(r.location for r in members),
            n_reports=len(members),
            n_articles=len(article_ids),
            n_sources=len(sources),
            outlets=sorted({outlet_of[a] for a in article_ids if outlet_of.get(a)}),
            claimants=sorted({r.attributed_to for r in members if r.attributed_to}),
            disputed=_disputed(members),
        )
        event.inter2 = next((r.inter2 for r in members if r.actor2 == event.actor2 and r.inter2), None)
        for kind in _COUNT_KINDS:
            low, best, high = _spread(members, kind)
            setattr(event, f"{kind}_low", low)
            setattr(event, f"{kind}_best", best)
            setattr(event, f"{kind}_high", high)
        if event.fatalities_best == 0 and event.civilian_fatalities_best is None:
            event.civilian_fatalities_low = event.civilian_fatalities_best = event.civilian_fatalities_high = 0
        event.grade = _grade(members, actor1, len(sources), (story_id, sub_event_type) in denials)
        event.notes = _notes(event, members, outlet_of)
        events.append(event)
    return events
