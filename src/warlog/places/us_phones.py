"""The US town and state a local article's phone numbers belong to (issue 15).

US local news ends with a number to call: the police tip line, Crime Stoppers, a detective ('call
816-555-0123'). Its area code belongs to a town and a state, and local police give local numbers, so
the number says where the news is when the text names no state and the outlet's name no town (a
Pasadena story with a 626 number is California's Pasadena, not Texas's; a Kansas City station's
story that names only streets is Kansas City's).

The area codes' places come from ``phonenumbers`` (Google's libphonenumber data, installed from PyPI):
its English geocoder names a town and a postal state ('Kansas City, MO') or a state ('Alaska') for each
prefix of the North American plan. Its geocoder module loads every country's prefixes at import (about
100 MB and seconds a process), so the plan's prefixes are read once, when the places index is built,
in a process of their own (``python -m warlog.places.us_phones`` prints them), and stored in the index;
at run time a number is checked with the library's small US metadata and placed by the longest stored
prefix, as its geocoder would. Numbers that are not US ones (Canada shares the plan), toll-free ones
(800, 888, ...) and those without a place are left out.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import lru_cache

import phonenumbers

from warlog.places.index import gazetteer

#: 'call 816-555-0123', '(816) 555-0123', '816.555.0123': an area code, then seven digits.
_NUMBER = re.compile(r"(?<![\d-])\(?([2-9]\d{2})\)?[-. ]?[2-9]\d{2}[-.]\d{4}(?![\d-])")
_TOWN_STATE = re.compile(r"^(.+), ([A-Z]{2})$")
#: The North American plan's country calling code: every prefix stored starts with it.
_PLAN = "1"


def plan_prefixes() -> Iterator[tuple[str, str]]:
    """Each prefix of the North American plan ('1816555') with the English place libphonenumber gives it.
    Loads the whole geocoder: the index build runs it in a process of its own."""
    from phonenumbers.geodata import GEOCODE_DATA

    for prefix, names in GEOCODE_DATA.items():
        if prefix.startswith(_PLAN) and names.get("en"):
            yield prefix, names["en"]


@lru_cache(maxsize=1024)
def _described(number: str) -> tuple[str | None, str] | None:
    """(town or None, state as its postal code or its name) for a US number, else None."""
    try:
        parsed = phonenumbers.parse(number, "US")
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.region_code_for_number(parsed) != "US":
        return None
    if not phonenumbers.is_number_type_geographical(phonenumbers.number_type(parsed), parsed.country_code):
        return None
    place = gazetteer().phone_area(f"{parsed.country_code}{phonenumbers.national_significant_number(parsed)}")
    if not place:
        return None
    match = _TOWN_STATE.match(place)
    return (match.group(1), match.group(2)) if match else (None, place)


def phone_places(text: str) -> list[tuple[str | None, str]]:
    """(town or None, state) for each US phone number in ``text`` that its area code places: the state
    as a postal code ('MO') where a town comes with it, else as a name ('Alaska')."""
    found = []
    for match in _NUMBER.finditer(text):
        described = _described(re.sub(r"\D", "", match.group(0)))
        if described is not None:
            found.append(described)
    return found


if __name__ == "__main__":
    sys.stdout.writelines(f"{prefix}\t{place}\n" for prefix, place in plan_prefixes())
