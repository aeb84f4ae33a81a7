"""US towns GeoNames' cities500 lacks, from the postal towns of the ``zipcodes`` package (issue 15).

US local news is told town by town, and many of its towns are not in ``cities500``: an unincorporated
community, a village of a few hundred people, a town GeoNames lists with no population. The US Postal
Service names a town for every ZIP code, and the ``zipcodes`` package (MIT; coordinates from GeoNames'
postal code export, CC BY 4.0) ships them with each ZIP code's point, state and county. A town is the
middle of the points of its ZIP codes (street delivery codes where it has any, else its post office
boxes), in its state and county.

Only towns no GeoNames settlement of the same state is called (by any of its names) are added, as
villages of unknown size (population 0), so every GeoNames namesake keeps its place in the ranking;
the resolver reads them only in articles with US evidence, in a state the article names if it names
any (``resolve``), and only where a cue says a place is named ('in X', a type word, the tagger's
place label: ``candidates``), as a town this small is far more often a word or a person.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from statistics import fmean

import pycountry
import zipcodes

from warlog.places.normalise import name_key
from warlog.places.records import MAIN, Place, Record

SOURCE = "postal"
US = "US"
#: ZIP codes of street delivery; a town with none is placed by its post office boxes.
_STREET_DELIVERY = "STANDARD"
#: What the postal data writes after a county's name; the index names counties without it.
_COUNTY_WORDS = re.compile(r"\s+(?:County|Parish|Borough|City and Borough|Census Area|Municipality|city)$")
#: 'Mc Connells' as the postal data writes it is 'McConnells' in print.
_SPLIT_MC = re.compile(r"\bMc (?=[A-Z])")


def county_name(county: str | None) -> str | None:
    """'Harris County' -> 'Harris', 'Orleans Parish' -> 'Orleans': a county as the index names it."""
    return _COUNTY_WORDS.sub("", county).strip() or None if county else None


#: A postal town: its name and state as the postal data writes them, its point and county.
PostalTown = tuple[str, str, float, float, str | None]


def _zip_codes(state: str) -> list[dict]:
    """The state's ZIP codes in use that have a point (one state at a time: all of them at once, as
    dicts, would add a sixth to the index build's peak memory)."""
    return [code for code in zipcodes.filter_by(state=state)
            if code["country"] == US and code["active"] and code["lat"] and code["long"]]


def postal_towns() -> list[PostalTown]:
    """Every postal town of the states and DC, at the middle of its ZIP codes (street delivery ones
    when it has any), in the county most of them are in."""
    found = []
    for state in sorted(s.code.removeprefix(f"{US}-") for s in pycountry.subdivisions.get(country_code=US)
                        if s.type in {"State", "District"}):
        towns: dict[str, list[dict]] = defaultdict(list)
        for code in _zip_codes(state):
            towns[code["city"]].append(code)
        for town, codes in sorted(towns.items()):
            codes = [c for c in codes if c["zip_code_type"] == _STREET_DELIVERY] or codes
            counties = [county_name(c["county"]) for c in codes]
            found.append((town, state, round(fmean(float(c["lat"]) for c in codes), 5),
                          round(fmean(float(c["long"]) for c in codes), 5), max(set(counties), key=counties.count)))
    return found


def postal_town_records(towns: list[PostalTown], states: dict[str, str],
                        known: Iterable[tuple[str, str]]) -> Iterator[Record]:
    """A village entry for each of ``towns`` whose name no settlement of ``known`` (name key, state code
    'US-TX') has; ``states`` maps state codes to the names the index gives them."""
    known = set(known)
    for town, state, latitude, longitude, county in towns:
        code = f"{US}-{state}"
        name = _SPLIT_MC.sub("Mc", town)
        if code not in states or any((name_key(form), code) in known for form in {town, name}):
            continue
        record = Record(Place(id=0, name=name, feature="village", country=US, admin1=states[code], admin1_code=code,
                              latitude=latitude, longitude=longitude, source=SOURCE, admin2=county))
        for form in {town, name}:
            record.add_name(form, MAIN)
        yield record


def postal_version() -> str:
    """The installed ``zipcodes`` version, part of the index version."""
    return zipcodes.__version__
