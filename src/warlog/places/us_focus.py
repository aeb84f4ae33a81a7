"""The town of a US local news article, for reports whose sentence names no place.

A local article names its town once or twice ('SAVANNAH, Ga.', 'a Valdosta teenager', 'Dayton
police') and then tells the shooting street by street ('in the 2300 block of Alder Creek
Road', 'on Quillfeather Court'), with neighbourhoods and people that are no towns. The article focus
(``select.article_focus``) then falls back to the state ('Illinois' for a Chicago story: Chicago is
named once beside a county and two neighbourhoods) or to nothing, while a reader knows the town.
For an article whose focus is a US place, the US town its headline says the news happened in ('Teen
shot in Murfreesboro', 'Brookhaven shooting'; a county only where the text names no town); for one
whose text names no place and no country at all, such a town if its biggest namesake is in the US.
Else, for an article whose focus is a US state, the US,
or nothing in a US article (issue 15):

1. the US town the article names most, in that state when the focus is a state (any role: a dateline
   says where local news happened), ties to an event place, then to the first named;
2. else the town or county whose police or sheriff the article names ('the Dayton Police
   Department', 'Valdosta Police', 'Fresno County Sheriff's Office', 'Pitt County deputies'): a
   town's police work in their town, a sheriff in their county; else Washington for news 'in D.C.' or
   'in Southeast DC';
3. else the city the outlet is named after ('fresnobee.com'; ``us_context``'s ``home``), in the
   state when the focus is one: news that names only streets and neighbourhoods is the outlet's
   city's;

at precision 2 (the event is in or near it), as ACLED codes an event known only by its area.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from warlog.places.finder import PlaceMention
from warlog.places.index import gazetteer
from warlog.places.lexicon import is_common_word
from warlog.places.normalise import name_key
from warlog.places.records import SETTLEMENTS, Place
from warlog.places.us_cities import us_subdivision_names
from warlog.places.us_context import US, UsContext, us_context

#: A focus this coarse gives way to the article's town.
COARSE = frozenset({"admin1", "country"})
#: Names before 'police' that name no town ('State Police', 'Capitol Police', 'Transit Police').
_NOT_TOWNS = frozenset({"state", "capitol", "metro", "metropolitan", "transit", "university", "campus", "tribal",
                        "military", "border", "park", "port", "airport", "city", "county", "township", "village",
                        "local", "area", "regional", "special", "the", "national", "federal", "chief", "police"})
_NAME = r"[A-Z][A-Za-z'’.]*(?:[ -][A-Z][A-Za-z'’.]*){0,3}"
_TOWN_POLICE = re.compile(rf"\b({_NAME}) (?:[Pp]olice|PD)\b")
#: A part of a town before its name in a headline, in lower case ('shot in east Dayton').
_LOWER_DIRECTION = r"(?:north|south|east|west|northeast|northwest|southeast|southwest|central|downtown)"
#: Words around a town's name in a headline that say the news happened there.
_HEADLINE_BEFORE = ("in",)
_HEADLINE_AFTER = ("shooting", "shootings", "man", "woman", "teen", "boy", "girl", "child", "toddler", "officer",
                   "police", "home", "homicide", "murder", "standoff", "family")
_HEADLINE_TOWN = re.compile(rf"(?i:\b(?:{'|'.join(_HEADLINE_BEFORE)}) )(?:{_LOWER_DIRECTION} )?({_NAME})(?! and )"
                            rf"|({_NAME}) (?i:(?:{'|'.join(_HEADLINE_AFTER)})\b)")
_HEADLINE_COUNTY = re.compile(r"^(.+) (?:County|Parish)$")
_DIRECTION = re.compile(r"^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Central|Downtown) (?=[A-Z])")
_FURNITURE = re.compile(r" [-|–—] ")
DISTRICT = "District of Columbia"
_IN_THE_DISTRICT = re.compile(r"\b(?:in|across|[Nn]orth(?:east|west)|[Ss]outh(?:east|west)) (D\.C\.|DC)(?![A-Za-z])")
_COUNTY_LAW = re.compile(rf"\b({_NAME}) (?:County|Parish) (?:[Ss]heriff|deputies|[Dd]eputy|[Jj]ail)")


def us_town_focus(places: list[PlaceMention], focus: PlaceMention | None, text: str, country: str | None, *,
                  end: int | None = None) -> PlaceMention | None:
    """The article's town when ``focus`` is no finer than a US state, or the town its headline names
    when ``focus`` is a US place (see the module docstring); ``text`` is the article, ``country`` the
    article's country (``document_country``). Only names before ``end`` become mentions (after it,
    ``text`` goes on with what has no offsets in the article: its title, then its outlet)."""
    if focus is None and country is None:
        return _headline_town(places, text, end, None, first_in_us=True)
    if focus is None and country != US or focus is not None and focus.country != US:
        return focus
    state = focus.admin1 if focus is not None and focus.feature != "country" else None
    headline = _headline_town(places, text, end, state)
    if headline is not None and headline.feature == "admin2" and focus is not None and focus.feature not in COARSE:
        return focus  # a town the text names is finer than the county its headline names
    if headline is not None or focus is not None and focus.feature not in COARSE:
        return headline or focus
    return (_most_named_town(places, state) or _law_enforcement_place(text, state, end)
            or _the_district(text, state, end) or _home_town(us_context(text), state) or focus)


def _headline_town(places: list[PlaceMention], text: str, end: int | None, state: str | None,
                   first_in_us: bool = False) -> PlaceMention | None:
    """The US town the article's headline says the news happened in ('Teen shot in Murfreesboro',
    'Brookhaven shooting', 'Pocatello man sentenced', 'shot in east Dayton'), or the county ('Boy hurt in
    Hardin County'), in ``state`` (the focus's) when given, else in the states the article names when it
    names any; a GeoNames town, not a postal one. With ``first_in_us`` (an article whose text names no
    place and no country), only a town whose biggest namesake anywhere is in the US: 'Clashes in Paris'
    is no news from Texas. The headline is the line after the text, up to the page furniture a site adds
    after a dash or a bar ('... - WXYZ News 7, Springfield'). A name the text also names is the place the
    text's mention of it resolved to ('Washington Park', a part of the city the article is about, is not
    the village of that name in the same state)."""
    if end is None or end >= len(text):
        return None
    headline = _FURNITURE.split(text[end:].strip().split("\n")[0])[0]
    states = us_context(text).named_states
    for match in _HEADLINE_TOWN.finditer(headline):
        name = _DIRECTION.sub("", match.group(1) or match.group(2))  # 'West Philadelphia' is Philadelphia
        if all(is_common_word(word.lower()) for word in name.split()) or name in us_subdivision_names():
            continue  # 'Local Man Shot', 'Shooting In Park': headlines capitalise every word
        named = next((p for p in places if p.country == US and name in (p.mention, p.name)), None)
        if named is not None and named.feature in SETTLEMENTS | {"district", "admin2"}:
            return replace(named, geo_precision=2, role="event")
        county = _HEADLINE_COUNTY.match(name)
        if county is not None:
            place = _us_county(county.group(1), state, states)
        else:
            place = _us_place([name], SETTLEMENTS, state, states)
        if place is not None and place.source in {"geonames", "admin2"} and (not first_in_us or _first_in_us(name, place)):
            return _mention(0, 0, "", place)
    return None


def _first_in_us(name: str, place: Place) -> bool:
    """Is ``place`` the biggest settlement anywhere called ``name``?"""
    key = name_key(name)
    settlements = [p for p, _ in gazetteer().lookup([key]).get(key, []) if p.feature in SETTLEMENTS]
    return bool(settlements) and max(settlements, key=lambda p: p.population).id == place.id


def _us_county(name: str, state: str | None, states: dict[str, float]) -> Place | None:
    """The US county called ``name`` in ``state`` or one of ``states``, else the only one of that name."""
    key = name_key(name)
    counties = [p for p, _ in gazetteer().lookup([key]).get(key, []) if p.country == US and p.feature == "admin2"]
    if state is not None:
        counties = [p for p in counties if p.admin1 == state]
    elif states:
        counties = [p for p in counties if p.admin1_code in states] or counties
    return counties[0] if len(counties) == 1 else None


def _most_named_town(places: list[PlaceMention], state: str | None) -> PlaceMention | None:
    towns = [p for p in places if p.country == US and p.feature in SETTLEMENTS and p.geo_precision == 1
             and (state is None or p.admin1 == state)]
    if not towns:
        return None
    counts = Counter((p.name, p.admin1) for p in towns)
    best = max(towns, key=lambda p: (counts[p.name, p.admin1], p.role == "event", -p.start))
    return replace(best, geo_precision=2, role="event")


def _words(name: str) -> list[str]:
    """'Savannah-Chatham Metropolitan' -> the names it may hold, longest first, leaving out words that
    name no town ('Metropolitan'): 'Savannah-Chatham', 'Savannah', 'Chatham'."""
    words = [w for w in re.split(r"[ -]", name) if w.lower() not in _NOT_TOWNS]
    return [" ".join(words[i:i + size]) for size in range(len(words), 0, -1) for i in range(len(words) - size + 1)]


def _law_enforcement_place(text: str, state: str | None, end: int | None) -> PlaceMention | None:
    """The first town named by its police, or county by its sheriff, that the gazetteer has in the US."""
    states = us_context(text).states
    found = []
    for pattern, features in ((_TOWN_POLICE, SETTLEMENTS), (_COUNTY_LAW, frozenset({"admin2"}))):
        for match in pattern.finditer(text, 0, len(text) if end is None else end):
            place = _us_place(_words(match.group(1)), features, state, states)
            if place is not None:
                found.append((match.start(1), match, place))
    if not found:
        return None
    start, match, place = min(found, key=lambda item: item[0])
    return _mention(match.start(1), match.end(1), match.group(1), place)


def _the_district(text: str, state: str | None, end: int | None) -> PlaceMention | None:
    """Washington when the article says the news happened in the District ('in D.C.', 'Southeast DC'):
    capitals and initials are no name the gazetteer reads."""
    if state not in (None, DISTRICT):
        return None
    match = _IN_THE_DISTRICT.search(text, 0, len(text) if end is None else end)
    place = _us_place(["Washington"], SETTLEMENTS, DISTRICT, {}) if match else None
    return _mention(match.start(1), match.end(1), match.group(1), place) if place is not None else None


def _home_town(context: UsContext, state: str | None) -> PlaceMention | None:
    """The city the outlet is named after, in ``state`` when given: it has no span in the text."""
    place = context.home
    if place is None or (state is not None and place.admin1 != state):
        return None
    return _mention(0, 0, "", place)


def _us_place(names: list[str], features: frozenset[str], state: str | None, states: dict[str, float]) -> Place | None:
    """The biggest US place of one of ``features`` that the first of ``names`` the gazetteer has names: in
    ``state`` when given, else in the states the article names when it names any."""
    for words in names:
        key = name_key(words)
        entries = [p for p, _ in gazetteer().lookup([key]).get(key, []) if p.country == US and p.feature in features]
        if state is not None:
            entries = [p for p in entries if p.admin1 == state]
        elif states:
            entries = [p for p in entries if p.admin1_code in states] or entries
        if entries:
            return max(entries, key=lambda p: p.population)
    return None


def _mention(start: int, end: int, mention: str, place: Place) -> PlaceMention:
    country = gazetteer().country(place.country)
    return PlaceMention(
        start=start, end=end, mention=mention, name=place.name,
        country=place.country, country_name=country.name if country else None, admin1=place.admin1,
        admin2=place.admin2, latitude=place.latitude, longitude=place.longitude, geo_precision=2,
        geonameid=place.geonameid, feature=place.feature, anchor=None, role="event",
    )
