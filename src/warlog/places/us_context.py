"""The US context of an article: in US local news every ambiguous place prefers the US namesake.

US local news rarely writes 'Savannah, Georgia': the outlet and its readers know where they are. The
gazetteer then offers the bigger or more central namesake abroad (a region of Ghana for Savannah,
Amman for Philadelphia, a French Paris) or in another state (Lexington, Kentucky for a South Carolina
paper). Three things in the text say where the article is (issue 15):

* words only US news uses: the police department, the county sheriff's office, 'the 1200 block of',
  a medical examiner, a felony, a ZIP code (``data/places/us_cues.csv``, written from public
  knowledge): each occurrence is evidence for the US, as the country cues are (``country``), capped
  so that a long article does not drown the places it names, and any of them gives every US entry
  ``US_BONUS``;
* a state's own police ('Kentucky State Police'), which counts as one of those words;
* the states it names: a town followed by its state in AP style or as a postal code ('Savannah, Ga.',
  'SAVANNAH, GA'), and a state's full name ('South Carolina'; 'Washington' only as 'Washington
  state', bare it is the capital more often). A US entry in the most named state gets
  ``STATE_BONUS``, one in another named state its share of it: a town in the named state beats the
  same name elsewhere;
* an outlet's web address that holds a state's name ('nbcconnecticut.com', 'WALB.com, South Georgia
  News' counts by its words) counts as naming the state; one that holds a big city's name
  ('fresnobee.com', ``us_cities``) names the city's state and gives the article its home town
  (``home``), where news that names no town of its own happened;
* in an article with US evidence that names no state, each big US city it names that no other big US
  city is named after ('Houston', not 'Springfield') counts once as naming its state: local news
  names its city in passing and its suburbs, counties and neighbourhoods without their state;
* the phone numbers it gives ('call 816-555-0123', ``us_phones``): each names its area code's state,
  which counts as a town written with its state, and a big city it is named after is the article's
  home town when the outlet's address names none;
* a broadcaster's web address, whose call letters say which side of the Mississippi it is on ('wxyz.com'
  east, 'kxyz.com' west): a US entry on that side gets ``SIDE_BONUS``, enough to choose between two
  small namesakes and no more;
* the counties and parishes it names ('Chatham County'): a US entry in one of them gets
  ``COUNTY_BONUS``, and a county only one state has ('Bracken County') names its state. Among counties
  of one name, the one with the bigger seat wins a tie (``county_seat_size``).

A weak name that is a US town needs a place of the article nearby (``needs_a_neighbour``), and so does
a town of a state the article does not name when it names some (``UsContext.out_of_state``: US news
writes another state's town with its state). A small town is not read through a GeoNames alternate
name (``small_town_by_another_name``). The resolver adds the bonus to each entry's prior and the US
evidence to the country evidence (``resolve``); :func:`warlog.places.document_country` counts the
evidence too.
DOCS: docs/places.md
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry

from warlog.data import read_table
from warlog.places.index import gazetteer
from warlog.places.normalise import name_key
from warlog.places.records import MAIN, MAJOR_POPULATION, MIDSIZE_POPULATION, SETTLEMENTS, Place
from warlog.places.streets import STREET_PLURALS, STREET_WORDS
from warlog.places.us_cities import HOST_POPULATION, cities_in_host, cities_in_text
from warlog.places.us_phones import phone_places
from warlog.regex_union import union_of

US = "US"
#: What one US cue, or one town written with its state, adds to the US evidence; the sum is capped.
CUE_WEIGHT, CUE_CAP = 1.0, 3.0
#: Added to every US entry in an article with US cues: the prior alone prefers Amman (a capital, also
#: called Philadelphia) to the US city, and evidence only counts once a first pick is made.
US_BONUS = 2.0
#: Added to a US entry in the state the article names most (others get their share of it).
STATE_BONUS = 2.0
#: Added to a US entry in a county or parish the article names.
COUNTY_BONUS = 1.0
#: What the size of a county's seat adds per tenfold (see ``county_seat_size``).
SEAT_WEIGHT = 0.05
#: Added to a US entry on the broadcaster's side of the Mississippi (``side_of``): a tie-breaker between
#: small namesakes, below any state or county the article names.
SIDE_BONUS = 0.5
#: The Mississippi's longitude, roughly, and how far either side of it counts as both sides.
_MISSISSIPPI, _RIVER_BAND = -90.0, 1.0
#: A broadcaster's web address: its call letters ('wxyz.com', 'kxyz-tv.com', 'kxyz5.com').
_CALL_LETTERS = re.compile(r"^(?:www\.)?([kw])[a-z]{2,3}(?:-?tv|-?dt)?\d{0,2}\.com$")
#: State names that alone mean something else more often: the capital ('Washington').
_BARE_NOT_STATE = frozenset({"Washington"})
_HOST = re.compile(r"\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|tv|us|gov)\b")
_COUNTY_WORD = re.compile(r"\s+(?:County|Parish|Borough)$")
_SAINT = re.compile(r"^(?:sent|st) ")  # name_key folds "saint" to "sent"
_ABBREVIATED = re.compile(r"(?i)(?:st|mt|ft)\b")
_COUNTY = re.compile(r"\b((?:(?:St\.|[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?) ){1,3})(?:County|Parish)\b")


@dataclass(frozen=True)
class UsContext:
    """What an article says about being US news: evidence for the US, its states and counties."""

    evidence: float
    #: ISO 3166-2 code ('US-GA') -> how often the state is named.
    states: dict[str, float]
    #: Name keys of the counties and parishes named ('chatham').
    counties: frozenset[str]
    #: The big city the outlet's web address names ('fresnobee.com'; see ``us_cities``).
    home: Place | None = None
    #: State code -> how many big cities of the state an article with US evidence names (see ``us_cities``).
    city_states: dict[str, float] = field(default_factory=dict)
    #: 'east' or 'west' of the Mississippi, from the call letters of a broadcaster's web address (``side_of``).
    side: str | None = None

    @property
    def named_states(self) -> dict[str, float]:
        """The states the article names, else those of the big cities it names."""
        return self.states or self.city_states

    def country_evidence(self) -> Counter:
        return Counter({US: self.evidence}) if self.evidence else Counter()

    def bonus(self, place: Place) -> float:
        """What the article's states and counties add to a US entry's score."""
        if place.country != US:
            return 0.0
        bonus = US_BONUS if self.evidence else 0.0
        states = self.named_states
        if states and place.admin1_code in states:
            bonus += STATE_BONUS * states[place.admin1_code] / max(states.values())
        county = place.name if place.feature == "admin2" else place.admin2
        if county and county_key(county) in self.counties:
            bonus += COUNTY_BONUS
        if self.side is not None and place.longitude is not None and _on_side(place.longitude, self.side):
            bonus += SIDE_BONUS
        return bonus + (county_seat_size(place) if self.evidence and place.feature == "admin2" else 0.0)

    def by_another_name(self, place: Place, kind: int, written: str) -> bool:
        """``written`` reads as a small town only through another of its names (``small_town_by_another_name``)."""
        return small_town_by_another_name(place, kind, written, bool(self.evidence))

    def without_other_names(self, options: list, written: str) -> list:
        """``options`` (with ``place`` and ``kind``) less the small towns ``written`` names only through
        another of their names. Outside US news a name whose best option is such a US town is no place
        at all (a Burkinabe village's name in a note on Burkina Faso does not fall to the next namesake abroad
        once the Texan village that outscores it is gone: alternate names find transliterations there)."""
        if self.evidence or not options:
            return [o for o in options if not self.by_another_name(o.place, o.kind, written)]
        best = max(options, key=lambda o: o.score)
        return [] if self.by_another_name(best.place, best.kind, written) else options

    def out_of_state(self, place: Place) -> bool:
        """A US town under 100,000 people outside every state an article names: US news writes a town
        of another state with its state ('Gary, Ind.'), so a bare name in an Ohio story is not a village
        of Pennsylvania or Maryland ('Millvale', 'Avondale' are parts of Cincinnati). The resolver drops
        such a pick unless another place of the article lies near it (``resolve``)."""
        return (place.country == US and place.feature in SETTLEMENTS and place.population < MAJOR_POPULATION
                and bool(self.states) and place.admin1_code not in self.states)

    def allows_postal(self, place: Place) -> bool:
        """A postal town (``us_postal``) is read in US news only, in a state the article names if it
        names any: the postal data has a village for many words and names, in most states."""
        states = self.named_states
        return bool(self.evidence) and (not states or place.admin1_code in states)


def small_town_by_another_name(place: Place, kind: int, written: str, us_news: bool) -> bool:
    """A US town under 20,000 people, or in US news (``us_news``) any such town, that ``written`` names
    only through one of its GeoNames alternate names ('Pennington' for Warren, Arkansas; 'South Side'
    for Eltingville, New York; 'Garrison' for New Rockford, North Dakota; 'Marcos' for Lo de Marcos, Mexico): for
    small places these are former names and variant names, and local news writes them as people,
    streets and neighbourhoods far more often. Printed abbreviations stay ('St. Joseph', 'Mt. Pleasant',
    'Ft. Myers': GeoNames keeps them as alternate names)."""
    return ((us_news or place.country == US) and place.feature in SETTLEMENTS and kind != MAIN
            and place.population < MIDSIZE_POPULATION and "." not in written
            and not _ABBREVIATED.match(written))


def needs_a_neighbour(place: Place) -> bool:
    """A weak name (one the tagger calls a person, a sentence's first word) that is a US town needs
    another place of the article within reach: the US has a town for most surnames ('Davis', 'Payne',
    'Thompson'), so being in the article's country, or being a town of 20,000, says nothing."""
    return place.country == US


@lru_cache(maxsize=1)
def _states() -> dict[str, str]:
    """State and District names (ISO 3166-2, ``pycountry``) -> code."""
    return {s.name: s.code for s in pycountry.subdivisions.get(country_code=US) if s.type in {"State", "District"}}


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, str]:
    """'Ga.' and 'GA' -> 'US-GA': AP abbreviations (``data/places/region_abbreviations.csv``) and postal codes."""
    states = _states()
    forms = {row["abbreviation"]: states[row["region"]] for row in read_table("places/region_abbreviations.csv")
             if row["region"] in states}
    forms.update({code.removeprefix("US-"): code for code in states.values()})
    return forms


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    # A state's own police ('Kentucky State Police', 'the Ohio State Highway Patrol') is a US cue like the
    # table's: the names come from ISO 3166-2, not from the table.
    state_police = rf"\b{union_of(_states())} State (?:Police|Patrol|Highway Patrol|[Tt]roopers?)\b"
    cues = re.compile("|".join([*(f"(?:{row['pattern']})" for row in read_table("places/us_cues.csv")), state_police]))
    # A capitalised word, a comma, the state short: 'Savannah, Ga.', 'SAVANNAH, GA (AP)'.
    town_state = re.compile(rf"\b[A-Z][\w.'’-]*\s*,\s+({union_of(_short_forms())})(?![A-Za-z])")
    # Not a street named after a state ('Minnesota Avenue', 'Maryland Parkway').
    street = union_of(STREET_WORDS + STREET_PLURALS)
    names = re.compile(rf"\b({union_of(_states())})\b(?!\s+{street}(?!\w))(\s+[Ss]tate\b)?")
    return cues, town_state, names


@lru_cache(maxsize=1)
def _squashed_states() -> list[tuple[str, str]]:
    """('westvirginia', 'US-WV'), ...: state names as a web address writes them, longest first."""
    return sorted(((name.lower().replace(" ", ""), code) for name, code in _states().items()), key=lambda s: -len(s[0]))


def _states_in_host(host: str) -> list[str]:
    """The states whose names a web address holds ('arkansasonline.com' is Arkansas, not Kansas)."""
    found = []
    for name, code in _squashed_states():
        if name in host:
            found.append(code)
            host = host.replace(name, " ")
    return found


def side_of(host: str) -> str | None:
    """'east' for a web address of W call letters ('wxyz.com'), 'west' for K ('kxyz.com'): US
    broadcasters licensed east of the Mississippi take W, those west of it K (the FCC's rule since the
    1920s; a few older stations keep the other letter), and a station's news is mostly from its side."""
    match = _CALL_LETTERS.match(host.lower())
    return None if match is None else ("east" if match.group(1) == "w" else "west")


def _on_side(longitude: float, side: str) -> bool:
    if side == "east":
        return longitude > _MISSISSIPPI - _RIVER_BAND
    return longitude < _MISSISSIPPI + _RIVER_BAND


def _phone_town(town: str | None, code: str) -> Place | None:
    """The city of 50,000 people or more in state ``code`` that a phone number's area code is named after."""
    if town is None:
        return None
    key = name_key(town)
    cities = [p for p, _ in gazetteer().lookup([key]).get(key, []) if p.country == US and p.feature in SETTLEMENTS
              and p.admin1_code == code and p.population >= HOST_POPULATION]
    return max(cities, key=lambda p: p.population, default=None)


def county_key(name: str) -> str:
    """'St. Mary Parish', 'Saint Mary' and 'St. Mary' -> one key: GeoNames names a town's county with its
    type word and news writes 'Saint' as 'St.'."""
    key = name_key(_COUNTY_WORD.sub("", name))
    return _SAINT.sub("st ", key)


def county_seat_size(place: Place) -> float:
    """A US county's share of a tie between counties of one name, by the size of its seat: a third of a
    point at most, so that any state or county the article names decides first ('Clark County' is
    Nevada's, seat Las Vegas, unless the article names Ohio or another Clark County's state)."""
    if place.country != US or not place.anchor_geonameid:
        return 0.0
    key = name_key(place.anchor or "")
    seats = [p.population for p, _ in gazetteer().lookup([key]).get(key, []) if p.geonameid == place.anchor_geonameid]
    return SEAT_WEIGHT * math.log10(max(seats[0], 1)) if seats else 0.0


@lru_cache(maxsize=4096)
def _county_states(name: str) -> frozenset[str]:
    """The states that have a county or parish called ``name`` ('Bracken' -> {'US-KY'}; 'Clark' -> a
    dozen): a county only one state has names that state. Frozen, as every caller shares the cached
    answer: a set one text emptied once left the county naming no state for every later text a worker
    read, so an article's places hung on what its worker had read before (issue 15)."""
    key = name_key(name)
    keys = {key, name_key(f"{name} County"), name_key(f"{name} Parish"), _SAINT.sub("sent ", key)}
    found = gazetteer().lookup(keys)
    return frozenset(p.admin1_code for entries in found.values() for p, _ in entries
                     if p.country == US and p.feature == "admin2" and p.admin1_code)


def _tails(name: str) -> list[str]:
    """'Southwest Chatham' -> the keys of 'Southwest Chatham' and 'Chatham' (a part of the county may
    come first)."""
    words = name.split()
    return [county_key(" ".join(words[i:])) for i in range(len(words))]


@lru_cache(maxsize=8)
def us_context(text: str) -> UsContext:
    """The US cues, states, counties and home town ``text`` names (see the module docstring)."""
    cues, town_state, names = _patterns()
    states: Counter = Counter()
    written_with_state = 0
    for match in town_state.finditer(text):
        states[_short_forms()[match.group(1)]] += 1
        written_with_state += 1
    for match in names.finditer(text):
        if match.group(1) not in _BARE_NOT_STATE or match.group(2):
            states[_states()[match.group(1)]] += 1
    home, side = None, None
    for match in _HOST.finditer(text):
        side = side or side_of(match.group(0))
        cities, rest = cities_in_host(match.group(0), states, text)
        for code in [*(city.admin1_code for city in cities), *_states_in_host(rest)]:
            states[code] += 1
            written_with_state += 1
        home = cities[0] if cities else home
    for town, state in phone_places(text):
        code = _short_forms().get(state) or _states().get(state)
        if code is not None:
            states[code] += 1
            written_with_state += 1
            home = home or _phone_town(town, code)
    evidence = min(CUE_CAP, CUE_WEIGHT * (sum(1 for _ in cues.finditer(text)) + written_with_state))
    if evidence:  # a Liberian or Kenyan county says nothing of US states
        for match in _COUNTY.finditer(text):
            only = _county_states(match.group(1).strip())
            if len(only) == 1:
                states[next(iter(only))] += 1
    cities = Counter(city.admin1_code for city in set(cities_in_text(text))) if evidence else Counter()
    counties = frozenset(key for match in _COUNTY.finditer(text) for key in _tails(match.group(1)))
    return UsContext(evidence, dict(states), counties, home, dict(cities), side)
