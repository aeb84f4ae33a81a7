"""ACLED event notes: ``acled_v2019`` (6 types, 25 sub-types) and ``acled_pre2019`` (the old 9 types).

Each note is one article published a week after its event. Scored on every note (a note warlog made
no event of is wrong on every field): event found, event type accuracy, sub-event type weighted and
macro F1 with a per-class table, fatalities exact (ACLED's single conservative figure against warlog's
best), actor1/actor2 by normalised name and their inter codes, date exact, place within 25 km (all rows
and town-level rows, ACLED geo_precision 1), admin1 and country.

Old-taxonomy notes are scored at the family level: warlog's coding must be one the old type became in
ACLED's 2019 re-coding (:func:`old_family_right`). Most old types became one new type: the three
'Battle-' types Battles, 'Remote violence' Explosions/Remote violence, 'Strategic development',
'Headquarters or base established' and 'Non-violent transfer of territory' Strategic developments, and
'Riots/Protests' was split into Protests and Riots. The old 'Violence against civilians' was defined by
its victims, whatever the weapon or the doer, and three kinds of it went to other families when the new
types were defined by what was done: a bomb, grenade, shell or air strike that hit civilians is now
Explosions/Remote violence with civilians as actor 2 (the set's README notes this move); a mob's or
vigilantes' violence against people (lynchings, partisans beating rivals) is Riots' mob violence, defined
as rioters' violence against civilians among others; and force against protesters that kills or gravely
hurts them is Protests' excessive force against protesters, where the old scheme had coded soldiers
firing on a crowd as violence against civilians. These three codings therefore also count as the old
'Violence against civilians'; no other move is admitted (an attack on police stays a battle in both
schemes, and a riot is not violence against civilians unless it is mob violence).
"""

from __future__ import annotations

from pathlib import Path

from warlog.eval import Scorecard
from warlog.eval.real import code_texts, published_after, read_rows
from warlog.eval.real.fields import (
    names_a_date,
    names_a_day,
    quote,
    score_actors,
    score_admin_and_country,
    score_count,
    score_date,
    score_place,
)
from warlog.eval.real.labels import Confusion
from warlog.models import Event, RawDocument
from warlog.places.past_units import historical_units


def _documents(rows: list[dict]) -> list[tuple[str, RawDocument]]:
    return [(row["id"], RawDocument(source=row["id"], text=row["text"], published=published_after(row["event_date"])))
            for row in rows]


def _score_shared(card: Scorecard, row: dict, event: Event | None, text: str) -> None:
    score_count(card, "fatalities", event, event.fatalities_best if event else None, row.get("fatalities"), text)
    score_actors(card, event, row, text)
    score_date(card, event, row["event_date"], text, names_a_day(row["text"]), names_a_date(row["text"]))
    score_place(card, event, row.get("latitude"), row.get("longitude"), row.get("location") or "?",
                row.get("geo_precision") == 1, text)
    score_admin_and_country(card, event, row.get("admin1"), row.get("country"), text)


def _add_type_tables(card: Scorecard, types: Confusion, subtypes: Confusion) -> None:
    card.values["event type accuracy"] = types.accuracy()
    card.values["sub-type weighted F1"] = subtypes.weighted_f1()
    card.values["sub-type macro F1"] = subtypes.macro_f1()
    card.tables["event_type"] = types.per_class()
    card.tables["sub_event_type"] = subtypes.per_class()
    card.tables["most confused sub-types"] = [{"gold": g, "warlog": p, "n": n} for g, p, n in subtypes.most_confused(15)]


def evaluate(path: Path, limit: int | None = None) -> Scorecard:
    """ACLED notes in the 2019+ taxonomy."""
    rows = read_rows(path, limit)
    card = Scorecard(name="acled (ACLED notes, 2019+ taxonomy)", items=len(rows))
    types, subtypes = Confusion(), Confusion()
    for row, coded in zip(rows, code_texts(_documents(rows))):
        event, text = coded.event, quote(row["id"], row["text"])
        card.count("event found", event is not None)
        types.add(row["event_type"], event.event_type if event else None)
        subtypes.add(row["sub_event_type"], event.sub_event_type if event else None)
        if event is None or event.event_type != row["event_type"]:
            card.mistake("event type", 1, f"gold {row['event_type']} | warlog {event.event_type if event else 'no event'} | {text}")
        elif event.sub_event_type != row["sub_event_type"]:
            card.mistake("sub-type", 1, f"gold {row['sub_event_type']} | warlog {event.sub_event_type} | {text}")
        _score_shared(card, row, event, text)
    _add_type_tables(card, types, subtypes)
    return card


OLD_CIVILIANS = "Violence against civilians"
#: Sub-types of the 2019 taxonomy that took kinds of the old 'Violence against civilians' from other
#: families (the module's docstring gives why).
_FROM_OLD_CIVILIANS = frozenset({("Riots", "Mob violence"), ("Protests", "Excessive force against protesters")})
#: ACLED's inter code of civilians: an explosion that hit them was old violence against civilians.
_CIVILIANS_INTER = 7


def old_family_right(row: dict, event: Event | None) -> bool:
    """Is warlog's coding one the old type of ``row`` became in ACLED's 2019 re-coding?"""
    if event is None:
        return False
    admissible = row.get("event_type_candidates") or [row["event_type"]]
    if event.event_type in admissible:
        return True
    return row["event_type_old"] == OLD_CIVILIANS and (
        (event.event_type, event.sub_event_type) in _FROM_OLD_CIVILIANS
        or (event.event_type == "Explosions/Remote violence" and event.inter2 == _CIVILIANS_INTER))


def evaluate_old(path: Path, limit: int | None = None) -> Scorecard:
    """ACLED notes in the pre-2019 taxonomy, scored by event family. They were coded in 2014-2016 under
    the regions of their day (Nepal's development regions, Pakistan's tribal areas), so warlog is asked
    for those (:mod:`warlog.places.past_units`), as a user extending such a dataset would."""
    rows = read_rows(path, limit)
    card = Scorecard(name="acled-old (ACLED notes, pre-2019 taxonomy)", items=len(rows))
    families = Confusion()
    with historical_units():
        coded_texts = list(code_texts(_documents(rows)))
    for row, coded in zip(rows, coded_texts):
        event, text = coded.event, quote(row["id"], row["text"])
        card.count("event found", event is not None)
        right = old_family_right(row, event)
        card.count("family", right)
        families.add(row["event_type_old"], row["event_type_old"] if right else (event.event_type if event else None))
        if not right:
            card.mistake("family", 1, f"gold {row['event_type_old']} | warlog {event.event_type if event else 'no event'} | {text}")
        if row.get("sub_event_type"):
            card.count("sub-type, where the old type maps to one", event is not None and event.sub_event_type == row["sub_event_type"])
        _score_shared(card, row, event, text)
    card.tables["family"] = families.per_class()
    return card
