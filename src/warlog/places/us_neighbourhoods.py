"""Neighbourhoods of the town a US local article is about (issue 15).

Local news names its town once or twice and then its neighbourhoods ('the Englewood neighborhood',
'the Kensington section'), often without the town's name beside them. GeoNames rarely has the
neighbourhood but often a town of the same name in another state (Englewood, Colorado), which the
resolver then takes. In a US article (one with US cues, ``us_context``) whose town is known (the US
settlement it names most, the first on a tie; else the city its outlet is named after), a mention
that a type word makes a part of a town (feature ``district``) far from the town is a part of the
town: it takes the town's point at precision 2, as ``districts`` does for 'the X district of <city>'.
So is a place abroad in a country nothing else in the article names, unless it is a capital or a
city of a million people: 'Whitehaven' in a Memphis story is its neighbourhood, not the English town,
and 'Metro' (the city's police) is not Metro in Indonesia. With no town known such a place is
dropped: a reader of US local news would not look for it abroad. When the town is a big city (the
outlet's, or one of 100,000 people), a small town of another state the article does not name is a
part of the city too: US news writes another state's town with its state.

Tried and left out: making an event place more than 300 km away in another state a place in passing
(role ``other``). On gva_dev it moved as many reports to worse places (the focus then fell to other
wrong names) as it fixed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TypeVar

from warlog.places.index import gazetteer
from warlog.places.normalise import name_key
from warlog.places.records import MAJOR_POPULATION, MIDSIZE_POPULATION, SETTLEMENTS
from warlog.places.resolve import distance_km
from warlog.places.us_context import US, UsContext

#: A neighbourhood this far from the article's town is another place of that name.
NEIGHBOURHOOD_KM = 30.0
#: A city abroad this big is named in US news without its country.
WELL_KNOWN_POPULATION = 1_000_000

Mention = TypeVar("Mention")


def _main_town(mentions: list, home) -> object | None:
    """The US town the article names most; on a tie the outlet's own city ('Peoria' and 'Chicago' once
    each in a Chicago paper), then the first named."""
    towns = [m for m in mentions if m.country == US and m.feature in SETTLEMENTS and m.geo_precision == 1]
    counts = Counter((m.name, m.admin1) for m in towns)
    at_home = (home.name, home.admin1) if home is not None else None
    return max(towns, key=lambda m: (counts[m.name, m.admin1], (m.name, m.admin1) == at_home, -m.start), default=None)


def _as_part_of(mention, town):
    country = gazetteer().country(town.country)
    return replace(mention, country=town.country, country_name=country.name if country else None, admin1=town.admin1,
                   admin2=town.admin2, latitude=town.latitude, longitude=town.longitude, geo_precision=2,
                   geonameid=town.geonameid, anchor=town.name)


def place_us_neighbourhoods(mentions: list[Mention], context: UsContext) -> list[Mention]:
    """The mentions, each neighbourhood far from the article's town moved to that town."""
    if not context.evidence:
        return mentions
    town = _main_town(mentions, context.home) or context.home
    if town is None:
        return [m for m in mentions if not _stray_abroad(m, mentions)]
    return [_as_part_of(m, town) if _far_part(m, town) or _stray_abroad(m, mentions) or _stray_elsewhere(m, town, context)
            else m for m in mentions]


def _far_part(mention, town) -> bool:
    return mention.feature == "district" and distance_km(mention, town) > NEIGHBOURHOOD_KM


def _stray_elsewhere(mention, town, context: UsContext) -> bool:
    """A small US town (under 20,000 people) of another state than a big city the article is about (its
    outlet's city, or one of ``MAJOR_POPULATION``), in a state the article does not name: US news writes
    another state's town with its state, and a big city's news names its neighbourhoods bare ('Millvale'
    and 'Clifton Heights' in a Cincinnati paper are parts of Cincinnati, not villages of Pennsylvania)."""
    if mention.country != US or mention.feature not in SETTLEMENTS or mention.admin1 == town.admin1:
        return False
    big = context.home is not None and context.home.geonameid == town.geonameid or _population(town) >= MAJOR_POPULATION
    state = _state_code(mention)
    return big and state not in context.states and _population(mention) < MIDSIZE_POPULATION


def _population(mention) -> int:
    key = name_key(mention.name)
    return max((place.population for place, _ in gazetteer().lookup([key]).get(key, [])
                if place.geonameid == mention.geonameid), default=0)


def _state_code(mention) -> str | None:
    key = name_key(mention.name)
    return next((place.admin1_code for place, _ in gazetteer().lookup([key]).get(key, [])
                 if place.geonameid == mention.geonameid), None)


def _stray_abroad(mention, mentions: list) -> bool:
    """A place abroad, no country, capital or city of a million, in a country nothing else in the article
    names: local news about a US town names its neighbourhoods, apartment complexes and police, and some
    share the name of a place abroad (Whitehaven, England, for a part of Memphis; 'Metro' police)."""
    return (mention.country not in (None, US) and mention.feature != "country" and not _well_known(mention)
            and not any(other.country == mention.country and other.name != mention.name for other in mentions))


def _well_known(mention) -> bool:
    """A capital or a city of a million people, which US news names without its country."""
    key = name_key(mention.name)
    return any(place.geonameid == mention.geonameid and (place.rank == 2 or place.population >= WELL_KNOWN_POPULATION)
               for place, _ in gazetteer().lookup([key]).get(key, []))
