"""The places of a US local article hold together around its town (issue 15).

Local news names its town once or twice and then neighbourhoods, streets, people and places in
passing. GeoNames rarely has the neighbourhood but often a town of the same name in another state
('the Englewood neighborhood' of a Chicago story is not Englewood, Colorado), and a surname or a
word the tagger takes for a place resolves to some village far away ('Deemer', 'Ponce'). In a US
article (one with US cues, ``us_context``) whose town is known (the US settlement it names most, the
first on a tie):

* a mention that a type word makes a part of a town (feature ``district``: 'the Englewood
  neighborhood', 'the Kensington section') far from the town is a part of the town: it takes the
  town's point at precision 2, as ``districts`` does for 'the X district of <city>';
* an event place in another state (or abroad) more than ``FAR_KM`` from the town, named less often
  than the town, is a place in passing: its role becomes ``other``, so that a report in its
  sentence takes the article's town (``us_focus``) rather than it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TypeVar

from warlog.places.records import SETTLEMENTS
from warlog.places.resolve import distance_km
from warlog.places.us_context import US, UsContext

#: A neighbourhood this far from the article's town is another place of that name.
NEIGHBOURHOOD_KM = 30.0
#: An event place this far from the article's town, in another state, is named in passing.
FAR_KM = 300.0

Mention = TypeVar("Mention")


def _town_and_counts(mentions: list) -> tuple[object | None, Counter]:
    towns = [m for m in mentions if m.country == US and m.feature in SETTLEMENTS and m.geo_precision == 1]
    counts = Counter((m.name, m.admin1) for m in mentions)
    return max(towns, key=lambda m: (counts[m.name, m.admin1], -m.start), default=None), counts


def _as_part_of(mention, town):
    return replace(mention, country=town.country, country_name=town.country_name, admin1=town.admin1,
                   admin2=town.admin2, latitude=town.latitude, longitude=town.longitude, geo_precision=2,
                   geonameid=town.geonameid, anchor=town.name)


def place_us_local(mentions: list[Mention], context: UsContext) -> list[Mention]:
    """The mentions of a US article held to its town (see the module docstring)."""
    if not context.evidence:
        return mentions
    town, counts = _town_and_counts(mentions)
    if town is None:
        return mentions
    held = []
    for m in mentions:
        if m.feature == "district" and distance_km(m, town) > NEIGHBOURHOOD_KM:
            m = _as_part_of(m, town)
        elif (m.role == "event" and m.feature != "country" and m.admin1 != town.admin1
              and counts[m.name, m.admin1] < counts[town.name, town.admin1] and distance_km(m, town) > FAR_KM):
            m = replace(m, role="other")
        held.append(m)
    return held
