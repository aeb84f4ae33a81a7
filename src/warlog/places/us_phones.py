"""The US town and state a local article's phone numbers belong to (issue 15).

US local news ends with a number to call: the police tip line, Crime Stoppers, a detective ('call
816-555-0123'). Its area code belongs to a town and a state, and local police give local numbers, so
the number says where the news is when the text names no state and the outlet's name no town (a
Pasadena story with a 626 number is California's Pasadena, not Texas's; a Kansas City station's
story that names only streets is Kansas City's).

The area codes' places come from ``phonenumbers`` (Google's libphonenumber data, installed from PyPI):
its English geocoder names a town and a postal state ('Kansas City, MO') or a state ('Alaska') for each
US prefix. Numbers that are not US ones (Canada shares the plan), toll-free ones (800, 888, ...) and
those without a place are left out.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

#: 'call 816-555-0123', '(816) 555-0123', '816.555.0123': an area code, then seven digits.
_NUMBER = re.compile(r"(?<![\d-])\(?([2-9]\d{2})\)?[-. ]?[2-9]\d{2}[-.]\d{4}(?![\d-])")
_TOWN_STATE = re.compile(r"^(.+), ([A-Z]{2})$")


@lru_cache(maxsize=1024)
def _described(number: str) -> tuple[str | None, str] | None:
    """(town or None, state as its postal code or its name) for a US number, else None."""
    # Imported on the first number seen: the geocoder loads every country's prefixes at once (about
    # 100 MB a process), which articles without a US phone number should not pay for.
    from phonenumbers import geocoder

    try:
        parsed = phonenumbers.parse(number, "US")
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.region_code_for_number(parsed) != "US":
        return None
    place = geocoder.description_for_number(parsed, "en")
    if not place or place == "United States":
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
