"""The big US cities an article or its outlet names: where US local news is from (issue 15).

US local news names its state rarely, but two things name its city:

* the outlet: papers and stations are named after their city, and so are their web addresses
  ('houstonchronicle.com', 'abc7chicago.com', 'chicago.suntimes.com', 'fresnobee.com'). A web address
  is written without spaces, so names are matched as squashed letters ('sanantonio', 'stlouis'), the
  longest first; the outlet's city is the article's home town and its state a state the article names;
* the text: a big city ('Houston', 'Detroit') is named in passing ('a Houston-area teen', 'Detroit
  police') by news that names the neighbourhoods and counties of its area without their state.

Cities with at least ``HOST_POPULATION`` people count in a web address, with ``TEXT_POPULATION`` in
the text, both GeoNames settlements of the places index. A name that several such US cities share
(Springfield, Columbia, Aurora) says nothing alone: in a web address it is the one in a state the
article names, if any; in the text it is left out, and so is a city with a namesake a twentieth of its
size or bigger (Cleveland, Tennessee; Hillsboro, Ohio): it would vote for its own state. Such a city
counts in a web address only when the article names its state or the city itself. Some city names are also words a web
address uses for something else ('mobile', 'paradise'): ``_HOST_WORDS`` leaves them out of web addresses.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

import pycountry

from warlog.places.index import gazetteer
from warlog.places.lexicon import is_common_word
from warlog.places.normalise import name_key
from warlog.places.records import SETTLEMENTS, Place
from warlog.places.streets import STREET_WORDS

#: A city this big counts when a web address holds its name; a shorter name than ``HOST_MIN_LETTERS``
#: is too often a piece of another word ('reno', 'waco', 'mesa').
HOST_POPULATION, HOST_MIN_LETTERS = 50_000, 5
#: A city this big counts when the text names it, if it is this many times bigger than any other US
#: place of its name.
TEXT_POPULATION, RIVAL_RATIO = 100_000, 20
#: City names that web addresses use as words ('mobile.example.com', 'orangenews', 'hollywoodlife').
_HOST_WORDS = frozenset({"mobile", "orange", "paradise", "surprise", "hollywood", "independence", "sunrise",
                         "normal", "norman", "allen", "victoria", "spring", "davis", "lawrence", "jackson"})
#: Words after a city's name that make it a part of a longer name ('Jackson Street', 'Austin Peay').
_LONGER_NAME = ("County", "Parish", "Township", "Court", "High", "University", "College", "State", *STREET_WORDS)


@lru_cache(maxsize=1)
def _cities() -> tuple[Place, ...]:
    return tuple(gazetteer().settlements("US", HOST_POPULATION))


def squashed(name: str) -> list[str]:
    """'St. Louis' -> ['stlouis', 'saintlouis']: a name as a web address writes it."""
    letters = re.sub(r"[^a-z]", "", name.lower())
    forms = [letters]
    if re.match(r"(?i)(st\.?|saint)\s", name):
        rest = re.sub(r"^(?:st|saint)", "", letters)
        forms = ["st" + rest, "saint" + rest]
    return forms


@lru_cache(maxsize=1)
def host_names() -> dict[str, tuple[Place, ...]]:
    """Squashed name -> the cities of that name big enough to count in a web address."""
    names: dict[str, list[Place]] = defaultdict(list)
    for city in _cities():
        for form in squashed(city.name):
            if len(form) >= HOST_MIN_LETTERS and form not in _HOST_WORDS:
                names[form].append(city)
    return {form: tuple(cities) for form, cities in names.items()}


def cities_in_host(host: str, states: dict[str, float], text: str = "") -> tuple[list[Place], str]:
    """The cities a web address names ('abc7chicago.com' -> Chicago), the longest names first, and the
    address with their names taken out. A name shared by several big cities counts as the city in one
    of ``states`` or not at all; one shared with a town a twentieth of the city's size or more, also
    when the article's ``text`` names the city: a small town's paper is named after its town
    ('hillsborofreepress.com' is Hillsboro, Kansas's, not Oregon's), and the big city's paper names
    its city ('Buffalo police')."""
    host = host.lower()
    found = []
    for form in sorted(host_names(), key=len, reverse=True):
        if form not in host:
            continue
        cities = host_names()[form]
        named = [c for c in cities if c.admin1_code in states]
        if len(named) == 1:
            found.append(named[0])
        elif len(cities) == 1 and (_unrivalled(cities[0].name) or re.search(rf"\b{re.escape(cities[0].name)}\b", text)):
            found.append(cities[0])
        host = host.replace(form, " ")  # 'kansascity' names no state Kansas, whichever Kansas City it is
    return found, host


@lru_cache(maxsize=1)
def us_subdivision_names() -> frozenset[str]:
    """The names of the US states, DC and outlying areas (ISO 3166-2, ``pycountry``)."""
    return frozenset(s.name for s in pycountry.subdivisions.get(country_code="US"))


@lru_cache(maxsize=1)
def _text_pattern() -> tuple[re.Pattern, dict[str, Place]]:
    by_name: dict[str, list[Place]] = defaultdict(list)
    for city in _cities():
        if city.population >= TEXT_POPULATION:
            by_name[city.name].append(city)
    # 'Washington' alone is the state as often as the capital.
    single = {name: cities[0] for name, cities in by_name.items() if len(cities) == 1
              and name not in us_subdivision_names()}
    names = "|".join(re.escape(name) for name in sorted(single, key=len, reverse=True))
    after = "|".join(re.escape(word) for word in _LONGER_NAME)
    return re.compile(rf"\b({names})\b(?!\s+(?:{after})(?!\w))"), single


def _after_a_name(text: str, start: int) -> bool:
    """'Andrew Jackson', 'Officer Austin': a capitalised word that is no common word comes just before."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and not is_common_word(before.group(1).lower())


_WORD_BEFORE = re.compile(r"\b([A-Z][A-Za-z'’-]*) $")


def cities_in_text(text: str) -> list[Place]:
    """Every mention of a big US city whose name no other big US city shares ('Houston' in 'Houston
    police'; not 'Springfield', nor 'Jackson' in 'Andrew Jackson' or 'Jackson Street')."""
    pattern, single = _text_pattern()
    return [single[match.group(1)] for match in pattern.finditer(text)
            if _unrivalled(match.group(1)) and not _after_a_name(text, match.start())]


@lru_cache(maxsize=4096)
def _unrivalled(name: str) -> bool:
    """The big city is ``RIVAL_RATIO`` times bigger than every other US place of its name: 'Houston' is
    the Texas city, but 'Cleveland' may be Cleveland, Tennessee and 'Hillsboro' half a dozen towns."""
    key = name_key(name)
    sizes = sorted((place.population for place, _ in gazetteer().lookup([key]).get(key, [])
                    if place.country == "US" and place.feature in SETTLEMENTS), reverse=True)
    return len(sizes) < 2 or sizes[0] >= RIVAL_RATIO * sizes[1]
