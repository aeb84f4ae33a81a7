"""Global Terrorism Database incident summaries (``gtd_iraq``).

Each summary, which opens with its date as GTD writes it (``MM/DD/YYYY: ``), is one article published
a week after the incident. GTD codes attack types, not ACLED's taxonomy, so the *family* is right when
warlog's event type is one that GTD's attack type (and weapon) admits in ACLED's codebook: a bombing is
explosions/remote violence; an armed assault a battle or violence against civilians (or an explosion when
explosives were the weapon; GTD counts failed bombings too, and ACLED's codebook makes a bomb defused, or
set off by accident by those planting it, disrupted weapons use); hostage taking and hijacking violence
against civilians. Summaries of unknown attack type are scored on every field but the family. Killed and
wounded are GTD's totals, which count perpetrators (a suicide bomber is among the dead).
"""

from __future__ import annotations

from pathlib import Path

from warlog.eval import Scorecard
from warlog.eval.real import code_texts, published_after, read_rows
from warlog.eval.real.fields import quote, score_admin_and_country, score_count, score_date, score_place
from warlog.eval.real.labels import Confusion
from warlog.models import RawDocument

BATTLES, EXPLOSIONS, CIVILIANS, STRATEGIC = (
    "Battles", "Explosions/Remote violence", "Violence against civilians", "Strategic developments")

#: ACLED event types each GTD attack type admits.
FAMILIES = {
    "Bombing/Explosion": {EXPLOSIONS},
    "Armed Assault": {BATTLES, CIVILIANS},
    "Assassination": {CIVILIANS, BATTLES},
    "Hostage Taking (Kidnapping)": {CIVILIANS},
    "Hostage Taking (Barricade Incident)": {CIVILIANS, BATTLES},
    "Facility/Infrastructure Attack": {STRATEGIC, EXPLOSIONS, CIVILIANS},
    "Hijacking": {CIVILIANS},
}


def admissible_types(row: dict) -> set[str]:
    """The event types GTD's coding admits; an attack made with explosives admits an explosion too."""
    types = set(FAMILIES.get(row["attack_type"], set()))
    if types and row.get("weapon_type") == "Explosives":
        types.add(EXPLOSIONS)
    return types


def family_right(row: dict, admissible: set[str], event) -> bool:
    """Is warlog's event of a type GTD's coding of ``row`` admits (``admissible``, :func:`admissible_types`)?"""
    if event is None:
        return False
    return event.event_type in admissible or (
        row["attack_type"] == "Bombing/Explosion" and event.sub_event_type == FAILED_BOMBING)


#: ACLED's sub-type for a bombing that failed: the bomb defused, or set off by accident by those planting it.
FAILED_BOMBING = "Disrupted weapons use"


def evaluate(path: Path, limit: int | None = None) -> Scorecard:
    rows = read_rows(path, limit)
    card = Scorecard(name="gtd (GTD incident summaries, Iraq)", items=len(rows))
    families = Confusion()
    documents = [(row["id"], RawDocument(source=row["id"], text=row["text"], published=published_after(row["date"])))
                 for row in rows]
    for row, coded in zip(rows, code_texts(documents)):
        event, text = coded.event, quote(row["id"], row["text"])
        card.count("event found", event is not None)
        admissible = admissible_types(row)
        if admissible:
            right = family_right(row, admissible, event)
            card.count("family", right)
            families.add(row["attack_type"], row["attack_type"] if right else (event.event_type if event else None))
            if not right:
                card.mistake("family", 1, f"gold {row['attack_type']} ({row['weapon_type']}) | warlog "
                                          f"{event.sub_event_type if event else 'no event'} | {text}")
        score_count(card, "killed", event, event.fatalities_best if event else None, row.get("nkill"), text)
        score_count(card, "wounded", event, event.injured_best if event else None, row.get("nwound"), text)
        score_date(card, event, row["date"], text)
        score_place(card, event, row.get("latitude"), row.get("longitude"), row.get("city") or "?", True, text)
        score_admin_and_country(card, event, row.get("province"), row.get("country"), text)
    card.tables["family"] = families.per_class()
    return card
