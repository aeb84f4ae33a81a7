"""How a real set's gold names are compared with warlog's: admin units and actors by normalised name
(countries go through ``warlog.places.country_names``).

Gold sets spell names their own way (ACLED writes 'Democratic Republic of Congo', 'Idleb', 'Military
Forces of Kenya (2013-2022)'; GTD 'Al Anbar'), so a plain string test would count spelling, not coding.
The normalisation only removes what carries no identity (case, accents, punctuation, year ranges, the
generic words of admin units); it is written from the sets' documented conventions, not from their rows.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

#: Words that name the kind of an admin unit, not the unit ('Adamawa State', 'Sagaing Region').
_ADMIN_WORDS = re.compile(
    r"\b(region|province|state|governorate|county|district|department|prefecture|municipality|oblast|"
    r"division|territory|zone|woreda|lga|city|autonomous|special|of|the)\b")
_YEARS = re.compile(r"\(\s*\d{4}\s*-\s*(\d{4})?\s*\)")


def plain(text: str) -> str:
    """Lower case, accents and punctuation out, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", ascii_text).split())


#: Region codes ACLED's Philippine exports write instead of the region's name.
_ADMIN_ALIASES = {
    "barmm": "Bangsamoro",
    "armm": "Bangsamoro",
    "ncr": "Metro Manila",
    "car": "Cordillera",
}


def admin_key(name: str) -> str:
    name = _ADMIN_ALIASES.get(plain(name), name)
    return " ".join(_ADMIN_WORDS.sub(" ", plain(name)).split()).replace(" ", "")


def same_admin(predicted: str | None, gold: str | None) -> bool:
    """Two spellings of one admin unit: 'Idleb' and 'Idlib', 'Al Anbar' and 'Anbar Governorate'."""
    if not predicted or not gold:
        return False
    a, b = admin_key(predicted), admin_key(gold)
    if not a or not b:
        return False
    a, b = a.removeprefix("al"), b.removeprefix("al")
    shorter, longer = sorted((a, b), key=len)
    return a == b or (len(shorter) >= 6 and shorter in longer) or fuzz.ratio(a, b) >= 80


def actor_forms(name: str) -> set[str]:
    """The forms an actor name is known by: whole, and each side of ACLED's 'ACRONYM: Full name'."""
    whole = _YEARS.sub(" ", name)
    forms = {plain(whole)}
    if ":" in whole:
        forms.update(plain(part) for part in whole.split(":", 1))
    return {form for form in forms if form}


def same_actor(predicted: str | None, gold: str | None) -> bool:
    """Whether warlog named the gold actor: any shared form, or the same words in another order."""
    if not gold:
        return not predicted
    if not predicted:
        return False
    mine, theirs = actor_forms(predicted), actor_forms(gold)
    if mine & theirs:
        return True
    return fuzz.token_set_ratio(plain(_YEARS.sub(" ", predicted)), plain(_YEARS.sub(" ", gold))) >= 95


def first_actor(names: str | None) -> str | None:
    """The first of ACLED's '; '-joined names."""
    return names.split(";")[0].strip() if names else None
