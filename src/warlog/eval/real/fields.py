"""Field checks every real set shares: the toll, when, where, who, each counted on one text's event."""

from __future__ import annotations

import re
from datetime import date

from warlog.eval import Scorecard
from warlog.eval.real import count_or_zero, within_km
from warlog.eval.real.compare import first_actor, same_actor, same_admin
from warlog.places.distance import km_between
from warlog.models import Event
from warlog.places.country_names import country_code

#: How far off a place with no coordinates counts when mistakes are ranked.
_NOWHERE_KM = 20_000.0


def quote(item_id: str, text: str, width: int = 220) -> str:
    flat = " ".join(text.split())
    return f"{item_id}: {flat[:width]}{'...' if len(flat) > width else ''}"


def score_count(card: Scorecard, key: str, event: Event | None, predicted: int | None, gold: int | None,
                text: str) -> None:
    """Exact count on every text (no event is wrong), and on the texts warlog made an event of."""
    if gold is None:
        return
    right = event is not None and count_or_zero(predicted) == gold
    card.count(f"{key} exact", right)
    if event is not None:
        card.count(f"{key} exact, event found", right)
    if not right:
        shown = "no event" if event is None else count_or_zero(predicted)
        card.mistake(key, abs(count_or_zero(predicted) - gold) + (event is None), f"gold {gold} | warlog {shown} | {text}")


#: What a text that names its day by its date contains: '8 April', 'April 8', 'Apr. 8th', '08/04' or
#: '2018-04-08'. The scorer's own test, not warlog's grammar, so the subset does not depend on what is scored.
_NAMES_A_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}/\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b")
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def names_a_day(text: str) -> bool:
    """Does the text say on which day something happened, by its date or its weekday? Coders' notes that
    name none (a fifth of ACLED's, two thirds of the old taxonomy's) were dated from their source's
    publication, which the scorer does not know: read a week after the event, no reading of such a note can
    be right."""
    return names_a_date(text) or _WEEKDAY.search(text) is not None


def names_a_date(text: str) -> bool:
    """Does the text give a day by its date? A note that gives only a weekday ('on Tuesday': two fifths of
    the old taxonomy's notes that name a day, one in fifty of the 2019 ones) copies its source, and read at
    the scorer's lag of a week its weekday is a week off under warlog's reading (docs/dates.md): the notes
    that give a date measure the date finder apart from that."""
    return _NAMES_A_DATE.search(text) is not None


def score_date(card: Scorecard, event: Event | None, gold: str, text: str, names_day: bool | None = None,
               names_date: bool = False) -> None:
    """Date exact on every text; with ``names_day`` (see :func:`names_a_day`), also on the texts that
    name a day and those that do not, and with ``names_date`` (:func:`names_a_date`) on those that name it
    by its date."""
    day = date.fromisoformat(gold)
    predicted = event.event_date if event else None
    right = predicted == day
    card.count("date exact", right)
    if names_day is not None:
        card.count("date exact, text names a day" if names_day else "date exact, text names no day", right)
        if names_date:
            card.count("date exact, text names a date", right)
    if predicted is not None:
        card.count("date within a day", abs((predicted - day).days) <= 1)
    if not right:
        off = abs((predicted - day).days) if predicted else 10_000
        card.mistake("date", off, f"gold {gold} | warlog {predicted} ({event.date_precision if event else '-'}) | {text}")


def score_place(card: Scorecard, event: Event | None, latitude: float | None, longitude: float | None,
                gold_name: str, town_level: bool, text: str) -> None:
    if latitude is None or longitude is None:
        return
    right = within_km(event, latitude, longitude)
    card.count("place within 25 km", right)
    if town_level:
        card.count("place within 25 km, town-level rows", right)
    if not right:
        off = (km_between((event.latitude, event.longitude), (latitude, longitude))
               if event is not None and event.latitude is not None else _NOWHERE_KM)
        shown = f"{event.location} ({event.country})" if event is not None and event.location else "no place"
        card.mistake("place", off, f"gold {gold_name} | warlog {shown}, {off:.0f} km | {text}")


def score_admin_and_country(card: Scorecard, event: Event | None, admin1: str | None, country: str | None,
                            text: str) -> None:
    if admin1:
        right = event is not None and same_admin(event.admin1, admin1)
        card.count("admin1", right)
        if not right:
            card.mistake("admin1", 1, f"gold {admin1} | warlog {event.admin1 if event else 'no event'} | {text}")
    gold_code = country_code(country)
    if gold_code:
        predicted = country_code(event.country or event.country_name) if event else None
        card.count("country", predicted == gold_code)
        card.count("country missing", predicted is None)
        card.count("country wrong", predicted is not None and predicted != gold_code)
        if predicted != gold_code:
            card.mistake("country", 1, f"gold {country} | warlog {predicted or 'none'} | {text}")


def score_actors(card: Scorecard, event: Event | None, row: dict, text: str) -> None:
    """actor1/actor2 by normalised name, each in ACLED's own slot (a swapped pair is wrong twice), inter
    codes exact."""
    for slot in ("actor1", "actor2"):
        gold = first_actor(row.get(slot))
        predicted = getattr(event, slot) if event else None
        right = event is not None and same_actor(predicted, gold)
        card.count(slot, right)
        if not right and gold:
            card.mistake(slot, 1, f"gold {gold} | warlog {predicted} | {text}")
    for slot in ("inter1", "inter2"):
        gold = row.get(slot)
        if gold is None:
            continue
        predicted = getattr(event, slot) if event else None
        card.count(slot, event is not None and (predicted or 0) == gold)
