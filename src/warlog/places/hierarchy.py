"""A place's hierarchy as the text gives it: 'in Kaya (Paoua, Ouham Pende)', 'Kawlin town (Kawlin
township, Sagaing region)', 'in Ciawi (Bogor, West Java)'.

Coders and local reporters name the district and the region in brackets after a village. Those names
pick the right namesake for the village (a Kaya of Ouham-Pendé, not the city in Burkina Faso), and when no
gazetteer knows the village they still place the event: at its district (geo_precision 2) or its
region (3), never at a namesake abroad. The bracketed names themselves only locate the village, so
they take the role 'other' and the village keeps the event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc

from warlog.data import read_table
from warlog.nlp.per_doc import doc_text
from warlog.places.country import cue_evidence
from warlog.places.index import Gazetteer
from warlog.places.lexicon import type_words
from warlog.places.normalise import fold, name_key, skeleton_key, spelled_key
from warlog.places.records import SETTLEMENTS, Place, unit_precision
from warlog.places.resolve import distance_km, feature_asked

#: A name (capitalised words, with hyphens, apostrophes and short joiners), an optional settlement
#: word, then a bracket of one to four comma-separated names. A word of three letters or more ending
#: in a full stop ends the name: 'Kirkuk, Iraq. The blast' is no place 'Iraq. The' ('St. Louis' goes on).
_NAME = (r"[A-Z][\w'’.-]*(?:(?<![\w'’-]{3}\.)[ -](?:(?:al|el|ad|as|ar|ash|ath|adh|an|at|az|de|del|du|da|dos|das|la|le|of)"
         r"[ -])?[A-Z][\w'’.-]*)*")
_KIND = (r"(?: (?:town|village|city|hamlet|locality|area|camp|market|kebele|barangay|neighbou?rhood|district|"
         r"subdistrict|upazila|tehsil|township|woreda|zone|regency|LGA|county|commune|department|sub-prefecture|"
         r"prefecture|province|region))?")
#: Written in lower case or capitalised ('Kilifi County', 'Sagaing Region').
_ADMIN_WORD = (r"(?:[Dd]istrict|[Rr]egency|[Pp]rovince|[Rr]egion|[Ss]tate|[Gg]overnorate|[Cc]ounty|[Zz]one|[Ww]oreda|"
               r"[Tt]ownship|LGA|[Dd]epartment|[Pp]refecture|[Ss]ub-prefecture|[Mm]unicipality|[Dd]ivision|[Oo]blast|"
               r"[Rr]aion|[Ss]ubdistrict|[Uu]pazila|[Tt]ehsil)")
_GROUP = re.compile(rf"(?P<head>{_NAME}){_KIND}\s*\((?P<inner>[^()\n]{{2,120}})\)")
#: 'in Jatinangor, Sumedang regency, West Java province': a comma chain counts only when one
#: of its names carries an admin word, so a list of villages is not read as a hierarchy.
_CHAIN = re.compile(
    rf"(?P<head>{_NAME}){_KIND}, (?P<inner>(?:{_NAME}{_KIND}, ){{0,3}}{_NAME} {_ADMIN_WORD}"
    rf"(?:, {_NAME}{_KIND}){{0,2}})"
)
#: 'in Santa Cruz, Zambales on 7 May', 'Anaheim, California': a name followed by one to three names with
#: no admin word, where a list does not go on after them (no ', Name' or 'and' follows). It counts
#: only when its last name is a district or a region the head lies in (see ``apply_hierarchy``).
_PLAIN = re.compile(
    rf"(?P<head>{_NAME}){_KIND}, (?P<inner>{_NAME}(?:, {_NAME}){{0,2}})(?![\w'’-]|,? (?:and|or|&) |, [A-Z])"
)
#: A town this close to the finest unit the text names, in its country, is taken even when the
#: gazetteer puts it in another district or province.
NEAR_UNIT_KM = 200.0
#: When the finest unit named is a town with its settlement word ('Barangay Poblacion, San Rafael town,
#: Bulacan'), a namesake must lie this close to it: 'Poblacion' (a town centre) is a barangay of every municipality.
NEAR_TOWN_KM = 30.0
#: A bracket that names a town where the district goes ('Wari (Tchaourou, Borgou)') names the seat of
#: the district the village lies in: a namesake of the village farther than this from it is another place.
NEAR_SEAT_KM = 75.0
#: Type hints of the words that name a settlement ('Pikit town', 'Lamitan city').
_TOWN_HINTS = frozenset({"town", "city", "village"})
#: Ranks of the units a bracket may name, from the most specific.
_RANK = {"settlement": 0, "admin2": 1, "admin1": 2}
#: How much a name read at each rank says about the country: a region most, a town least (brackets
#: end with the region; district and town names recur across countries more often).
_VOTE = {2: 1.0, 1: 0.9, 0: 0.5}
#: The share of a vote a name casts for a country where it matches only through folded spellings.
LOOSE_VOTE = 0.5


@dataclass
class Unit:
    """One bracketed name and the entry chosen for it."""

    start: int
    end: int
    place: Place
    rank: int
    #: Named with a settlement word ('Pikit town'): a village named before it lies near it.
    town_word: bool = False
    #: A town named with a district word ('Makhmur district'): it stands for the district it is the seat of.
    district_word: bool = False


def _part_hint(part: str) -> tuple[str, str | None]:
    """'Kawlin township' -> ('Kawlin', 'admin2'); 'Sagaing region' -> ('Sagaing', 'admin1')."""
    words = part.split()
    suffixes = type_words("suffix")
    for size in (3, 2, 1):
        if len(words) > size and tuple(fold(w) for w in words[-size:]) in suffixes:
            return " ".join(words[:-size]), suffixes[tuple(fold(w) for w in words[-size:])]
    return part, None


def _rank(place: Place, hint: str | None = None) -> int | None:
    """The rank ``place`` has as a bracketed name with type word ``hint`` ('Isabela province' is a
    Philippine province at GeoNames' second level, a first-level unit by what the text says)."""
    return _RANK.get(feature_asked(place, hint))


def _parts(text: str, offset: int) -> list[tuple[int, int, str, str | None]]:
    """Capitalised comma-separated names of a bracket, with their offsets and type hint."""
    parts, position = [], offset
    for raw in text.split(","):
        stripped = raw.strip()
        start = position + raw.find(stripped) if stripped else position
        position += len(raw) + 1
        if stripped[:1].isupper() and len(stripped) <= 60:
            name, hint = _part_hint(stripped)
            parts.append((start, start + len(stripped), name, hint))
    return parts


def _choose_units(parts, places: Gazetteer, support: set[str] | None, named: str | None = None,
                  cues: frozenset[str] = frozenset()) -> list[Unit]:
    """One entry per bracketed name, all in the one country that explains most of them (on a tie,
    the one country the text's actors and admin words point to, ``cues``: 'Barangay X, Y, Isabela
    province' is in the Philippines, not Puerto Rico; else the country of the last name: brackets run
    from the village to the region), or in the country ``named`` when the chain ends with its name. A
    lone name that is no region needs its country to be named elsewhere in the text ('Gomoa Kakraba
    (Fetteh)' is not Fayette county abroad)."""
    options = [[p for p in _unit_entries(places, name, hint, fuzzy=False) if named in (None, p.country)]
               for _, _, name, hint in parts]
    spelled = places.spelled_as({spelled_key(name) for _, _, name, _ in parts} - {""})
    votes: dict[str, float] = {}
    for (_, _, name, hint), found in zip(parts, options):
        exact = spelled.get(spelled_key(name), set())
        for country in {p.country for p in found if p.country}:
            here = [p for p in found if p.country == country]
            rank = max(_rank(p, hint) for p in here)
            # A name that only folds into another country's ('Kawlin' and Kolín) says less about it.
            weight = 1.0 if any(p.id in exact for p in here) else LOOSE_VOTE
            votes[country] = votes.get(country, 0.0) + _VOTE[rank] * weight
    if not votes:
        return []
    best = max(votes.values())
    tied = {country for country, weight in votes.items() if weight == best}
    last = tied & cues if len(tied & cues) == 1 else {p.country for p in options[-1]} & tied
    if len(tied) > 1 and len(last) != 1:
        return []  # two countries explain the bracket equally well
    country = (last or tied).pop()
    if (support is not None and len(parts) == 1 and country not in support and country != named
            and not any(p.feature == "admin1" for p in options[0])):
        return []
    units = []
    readings = []
    for (start, end, name, hint), found in zip(parts, options):
        # Spellings the exact keys miss ('Tuz Khormato', 'Sulaiman Bek') by skeleton, only once the
        # other names have fixed the country: skeletons alone match too much to vote.
        here = [p for p in found or _unit_entries(places, name, hint, fuzzy=True) if p.country == country]
        if here:
            # The coarsest reading of a name: 'Bozoum' in a bracket is the sub-prefecture before the town,
            # unless the district's point is only its region's.
            place = max(here, key=lambda p: (unit_precision(p, 0) < 3, _rank(p), p.population))
            units.append(Unit(start, end, place, _rank(place), hint in _TOWN_HINTS, hint == "admin2"))
            readings.append(here)
    return _towns_inside(_below_the_region(units, readings), readings)


def _below_the_region(units: list[Unit], readings: list[list[Place]]) -> list[Unit]:
    """A name read as the region the bracket names after it is the district or the town of that name
    inside it: '(Gao, Gao)' is the Gao district (or town) of the Gao region, as brackets run from the
    finest unit to the region."""
    chosen = []
    for index, (unit, here) in enumerate(zip(units, readings)):
        later = [u.place for u in units[index + 1:] if u.place.feature == "admin1"]
        below = [p for p in here if p.feature != "admin1" and any(_same_code(p, region) for region in later)]
        if unit.place.feature == "admin1" and unit.place in later and below:
            place = max(below, key=lambda p: (unit_precision(p, 0) < 3, _rank(p), p.population))
            unit = replace(unit, place=place, rank=_rank(place))
        chosen.append(unit)
    return chosen


def _towns_inside(units: list[Unit], readings: list[list[Place]]) -> list[Unit]:
    """A town named before its district or region is the namesake that lies in them ('San Rafael town,
    Bulacan province' is Bulacan's San Rafael, not the biggest of the country's); the biggest when none
    does (a chain then leaves it out, see ``_consistent``)."""
    chosen = []
    for index, (unit, here) in enumerate(zip(units, readings)):
        coarser = units[index + 1:]
        inside = [p for p in here if _rank(p) == 0 and _fits(p, coarser)] if unit.rank == 0 and coarser else []
        chosen.append(replace(unit, place=max(inside, key=lambda p: p.population)) if inside else unit)
    return chosen


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    """'Ala.' -> 'Alabama': regions written short after a town (``data/places/region_abbreviations.csv``).
    Read only here, after a comma: alone, 'Miss.' or 'La.' are other words."""
    return {row["abbreviation"]: row["region"] for row in read_table("places/region_abbreviations.csv")}


def _unit_entries(places: Gazetteer, name: str, hint: str | None, fuzzy: bool) -> list[Place]:
    """The settlements, districts and regions ``name`` may be, the kind its admin word names first."""
    if name in _abbreviations():
        name, hint = _abbreviations()[name], "admin1"
    # A settlement word may be part of the city's own name: 'Quezon City' is the city, not Quezon province
    # ('Kawlin town' is read as the bare name).
    if hint in _TOWN_HINTS and (towns := [p for p in _named(places, f"{name} {hint}", fuzzy) if _rank(p) == 0]):
        return towns
    entries = _named(places, name, fuzzy)
    if hint in {"admin1", "admin2"}:
        entries = [p for p in entries if feature_asked(p, hint) == hint] or entries
    return entries


def _named(places: Gazetteer, name: str, fuzzy: bool) -> list[Place]:
    """The settlements, districts and regions called ``name`` (by skeleton key when ``fuzzy``)."""
    key = skeleton_key(name_key(name)) if fuzzy else name_key(name)
    found = (places.lookup_skeletons([key]) if fuzzy else places.lookup([key])).get(key, [])
    return [p for p, _ in found if _rank(p) is not None]


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b) and name_key(a) == name_key(b)


def _same_code(place: Place, region: Place) -> bool:
    """In the region by its ISO code, whatever name the place reports ('Shan-North' is in Shan)."""
    return bool(place.admin1_code) and place.admin1_code == region.admin1_code


def _seat_limit(unit: Unit) -> float:
    """How far from a town the bracket or chain names a village it locates may lie."""
    return NEAR_TOWN_KM if unit.town_word else NEAR_SEAT_KM


def _fits(place: Place, units: list[Unit]) -> bool:
    """Does a settlement lie in every unit the bracket names (by admin1 and admin2 name)?"""
    for unit in units:
        if unit.place.feature == "admin1" and not (_same(place.admin1, unit.place.admin1) or _same_code(place, unit.place)):
            return False
        if unit.place.feature == "admin2" and place.admin2 and not _same(place.admin2, unit.place.admin2):
            return False
        if unit.place.feature == "admin2" and not place.admin2 and place.admin1 and unit.place.admin1 and not (
                _same(place.admin1, unit.place.admin1) or _same_code(place, unit.place)):
            return False  # no district on record, but in another region
        if (unit.rank == 0 or unit.town_word) and distance_km(place, unit.place) > _seat_limit(unit):
            return False  # a village named before 'X town' or its district's seat lies near it
    return not units or place.country == units[0].place.country


def _borrowed_point(place) -> bool:
    """A district (entry or mention) whose point is only its region's (see ``records.unit_precision``)."""
    if isinstance(place, Place):
        return unit_precision(place, 0) == 3
    return place.feature == "admin2" and place.geo_precision == 3


def _near(place, units: list[Unit]) -> bool:
    """In the units' country and close to the finest of them: sources disagree on which district or
    province a town belongs to, never on which country, and a town named beside its region is that town."""
    finest = min(units, key=lambda u: u.rank)
    limit = _seat_limit(finest) if finest.rank == 0 or finest.town_word else NEAR_UNIT_KM
    if _borrowed_point(place):
        return False  # a district whose point is its region's is near nothing ('Taji town, Saladin governorate')
    return place.country == finest.place.country and distance_km(place, finest.place) <= limit


def _head_entry(words: list[str], units: list[Unit], places: Gazetteer,
                strict: bool = False) -> tuple[int, Place, int] | None:
    """The longest tail of the words before the bracket that names a settlement (precision 1) or else
    a district (precision 2) inside the bracket's units (else, unless ``strict``, near them), as (index
    of its first word, entry, precision)."""
    tests = [lambda p: _fits(p, units)] + ([] if strict else [lambda p: _near(p, units)])
    for first in range(len(words)):
        entries = _head_spellings(name_key(" ".join(words[first:])), places)
        for test in tests:
            settlements = [p for p in entries if p.feature in SETTLEMENTS and test(p)]
            if settlements:
                return first, max(settlements, key=lambda p: p.population), 1
            districts = [p for p in entries if p.feature == "admin2" and test(p)]
            if districts:
                return first, districts[0], 2
    return None


def _head_spellings(key: str, places: Gazetteer) -> list[Place]:
    """The entries a head's name key may stand for: the key, or its words written as one ('Balad Ruz'
    for GeoNames' 'Baladruz'); else the same by skeleton (another spelling: 'Sulaiman Bek'),
    which the units keep honest."""
    spellings = dict.fromkeys((key, key.replace(" ", "")))
    found = places.lookup(spellings)
    entries = [p for spelling in spellings for p, _ in found.get(spelling, [])]
    if entries:
        return entries
    skeletons = dict.fromkeys(skeleton_key(spelling) for spelling in spellings)
    found = places.lookup_skeletons(skeletons)
    return [p for skeleton in skeletons for p, _ in found.get(skeleton, [])]


def _located(make, place: Place, precision: int, start: int, end: int, text: str, country_name, role: str):
    unit = place.feature in {"admin1", "admin2"}
    precision = unit_precision(place, precision)
    return make(
        start=start, end=end, mention=text[start:end], name=place.name, country=place.country,
        country_name=country_name, admin1=place.admin1, admin2=place.admin2 if place.feature != "admin1" else None,
        latitude=place.latitude, longitude=place.longitude, geo_precision=precision, geonameid=place.geonameid,
        feature=place.feature, anchor=place.name if unit else None, role=role,
    )


def _group_role(head: list, inside: list) -> str:
    """The group is where an event happened if any of its names was read so; a group the role rules
    never saw (no name in it was found) is taken as the event's place, as most such brackets are."""
    named = head + inside
    return "event" if not named or any(m.role == "event" for m in named) else named[0].role


def _as_locators(mentions: list, inside: list, units: list[Unit], text: str, make, country_name) -> list:
    """The bracketed names become locators (role 'other') read as the units they name: a finder's
    reading in another country ('Lospalus' as Lospalos in Timor-Leste) gives way to the unit, or is dropped
    when the name is no unit of the bracket's country."""
    country = units[0].place.country
    kept = []
    for mention in mentions:
        if not any(mention is i for i in inside):
            kept.append(mention)
        elif mention.country == country:
            kept.append(replace(mention, role="other"))
        elif unit := next((u for u in units if u.start <= mention.start < u.end), None):
            kept.append(_located(make, unit.place, 1 if unit.rank == 0 else unit.rank + 1, mention.start,
                                 mention.end, text, country_name, "other"))
    return kept


def _nested(units: list[Unit], parts: list) -> bool:
    """Every name of a plain chain is a unit, each coarser than the one before it, ending in a district
    or a region ('Luuk, Sulu'; not 'Idlib, Hama', two regions side by side)."""
    ranks = [unit.rank for unit in units]
    return (bool(units) and len(units) == len(parts) and ranks[-1] >= 1
            and all(a < b for a, b in zip(ranks, ranks[1:])))


_LOCATIVE = re.compile(r"\b(?:in|at|near|of|from|outside|around)\s+(?:the\s+)?(?:village|town|area|city)?\s*(?:of\s+)?$",
                       re.IGNORECASE)


def _after_locative(text: str, start: int) -> bool:
    """'in X', 'at the village of X': what follows is a place, not a person or a list item."""
    return _LOCATIVE.search(text[max(0, start - 30):start]) is not None


def _consistent(units: list[Unit]) -> list[Unit]:
    """The units without a settlement that does not lie in the coarser units named after it (an
    alternate spelling of a town far away: 'Luuk' read as Looc in Misamis Oriental). A town named as a
    district ('Makhmur district, Nineveh governorate'), or standing for its district as a town named
    without a settlement word before a region does ('Umm Ghazlan village, Tarmiyah, Saladin'), stays when
    it lies near them: sources disagree on which province a district belongs to, not on where its seat is.
    Before a district, such a town is another one of that name ('Candelaria, Zambales' is not the
    Candelaria of Quezon province)."""
    kept = []
    for index, unit in enumerate(units):
        coarser = units[index + 1:]
        if unit.rank > 0 or _fits(unit.place, coarser):
            kept.append(unit)
        elif _stands_for_a_district(unit, coarser) and _near(unit.place, coarser):
            kept.append(_in_region_named(unit, coarser))
    return kept


def _stands_for_a_district(unit: Unit, coarser: list[Unit]) -> bool:
    """Named with a district word, or without a settlement word right before the region."""
    return bool(coarser) and (unit.district_word or (not unit.town_word and min(u.rank for u in coarser) == _RANK["admin1"]))


def _in_region_named(unit: Unit, coarser: list[Unit]) -> Unit:
    """The unit as filed under the region the text names after it (the text's province, not GeoNames')."""
    region = next((u.place for u in coarser if u.place.feature == "admin1"), None)
    if region is None:
        return unit
    return replace(unit, place=replace(unit.place, admin1=region.admin1, admin1_code=region.admin1_code))


def _without_country(parts: list, places: Gazetteer) -> tuple[list, str | None]:
    """The names of a chain or bracket without a country named last ('Tarbiya village, Kirkuk, Iraq':
    the country fixes where the units are, and is no unit of its own), and that country's code."""
    if not parts:
        return parts, None
    key = name_key(parts[-1][2])
    countries = {p.country for p, _ in places.lookup([key]).get(key, []) if p.feature == "country"}
    return (parts[:-1], countries.pop()) if len(countries) == 1 else (parts, None)


def _abbreviation(inner: str) -> bool:
    """A bracket holding one word in capitals shortens the name before it ('(SWAT)', '(PUK)')."""
    word = inner.strip()
    return word.isupper() and word.isalpha() and len(word) <= 6


def _overlap(a: re.Match, b: re.Match) -> bool:
    return a.start() < b.end() and b.start() < a.end()


def apply_hierarchy(doc: Doc, mentions: list, places: Gazetteer, make) -> list:
    """Re-read every 'X (district, region)' group: X becomes the namesake inside those units, or,
    unknown, the most specific unit at precision 2 (district) or 3 (region); the bracketed names
    become locators (role 'other'). ``make`` builds a mention (``PlaceMention``). Returns the
    mentions, sorted by start."""
    text = doc_text(doc)
    cues = set(cue_evidence(text))
    read: list[re.Match] = []  # brackets and chains read as units; a plain chain over one is not read again
    placed: list = []  # the heads they placed
    for match in [*_GROUP.finditer(text), *_CHAIN.finditer(text), *_PLAIN.finditer(text)]:
        is_plain = match.re is _PLAIN
        if is_plain and any(_overlap(match, other) for other in read):
            continue
        support = cues | {m.country for m in mentions if m.end <= match.start() or m.start >= match.end()}
        # A plain chain's lone district needs no support from elsewhere: the head must lie in it.
        if match.re is _GROUP and _abbreviation(match["inner"]):
            continue  # 'Special Weapons and Tactics (SWAT)' spells out a name, not where it is
        parts, named_country = _without_country(_parts(match["inner"], match.start("inner")), places)
        if not parts and named_country:
            mentions = _in_named_country(match, mentions, named_country, places, text, make)
            continue
        units = (_choose_units(parts, places, None if is_plain else support, named_country, frozenset(cues))
                 if parts else [])
        if is_plain:
            units = _consistent(units) if _nested(units, parts) else []
        elif match.re is _CHAIN:  # 'Kalingan, Luuk town, Sulu province': not Looc in Misamis Oriental
            units = _consistent(units)
        if not units or all(unit.rank == 0 for unit in units):
            continue
        read.append(match)
        head_start, head_end = match.start("head"), match.end("head")
        words = match["head"].split()
        inside = [m for m in mentions if match.start("inner") <= m.start and m.end <= match.end("inner")]
        country = places.country(units[0].place.country)
        country_name = country.name if country else None
        found = _head_entry(words, units, places, strict=is_plain)
        if is_plain and found is None and (any(m.start < head_end and m.end > head_start and not _misspelt(m)
                                               for m in mentions) or not _after_locative(text, head_start)):
            continue  # 'Aleppo, Idlib, Hama' is a list: a known head must lie inside the units
        if found is not None:
            first, entry, precision = found
            start = head_end - len(" ".join(words[first:]))
            head = [m for m in mentions if m.start < head_end and m.end > start]
            new = _located(make, entry, precision, start, head_end, text, country_name, _group_role(head, inside))
        else:
            head = [m for m in mentions if m.start < head_end and m.end > head_start]
            if any(m.feature in SETTLEMENTS | {"admin2", "district"} and _near(m, units) for m in head):
                # The finder's own reading (through another spelling) already lies there.
                mentions = _as_locators(mentions, inside, units, text, make, country_name)
                continue
            start = min((m.start for m in head), default=head_end - len(words[-1]))
            finest = min(units, key=lambda u: u.rank)
            precision = 2 if finest.rank <= 1 else 3
            new = _located(make, finest.place, precision, start, head_end, text, country_name,
                           _group_role(head, inside))
        mentions = [m for m in mentions if all(m is not h for h in head)]
        mentions = _as_locators(mentions, inside, units, text, make, country_name)
        mentions = _villages_of(mentions, new, units, text, make)
        mentions.append(new)
        placed.append(new)
    return sorted(_one_reading_per_name(mentions, placed), key=lambda m: m.start)


def _misspelt(mention) -> bool:
    """Was ``mention`` read only through its consonants ('Ermeru' as Ermera)? Such a reading does
    not make the name a known place that a plain chain after it would have to hold."""
    written, read = name_key(mention.mention), name_key(mention.name)
    return written != read and skeleton_key(written) == skeleton_key(read)


def _one_reading_per_name(mentions: list, placed: list) -> list:
    """A name the text places with its hierarchy ('Romo (Douentza, Mopti)') means that place wherever else
    the text writes it bare: a reading of the same words in another country ('the commune of Romo' as Rome)
    takes the hierarchy's place, keeping its own offsets and role."""
    reading = {name_key(m.mention): m for m in placed}
    kept = []
    for mention in mentions:
        same = reading.get(name_key(mention.mention))
        if same is not None and all(mention is not m for m in placed) and mention.country != same.country:
            mention = replace(same, start=mention.start, end=mention.end, mention=mention.mention, role=mention.role)
        kept.append(mention)
    return kept


def _in_named_country(match: re.Match, mentions: list, country: str, places: Gazetteer, text: str, make) -> list:
    """'al-Baghdadi town, Iraq': the name lies in the country written after it. A reading of it in another
    country gives way to its namesake there (the longest tail of its words that names a settlement or a
    unit), or, where that country has none, to the country itself (precision 3)."""
    head_start, head_end = match.start("head"), match.end("head")
    head = [m for m in mentions if m.start < head_end and m.end > head_start]
    if not head or all(m.country == country for m in head):
        return mentions
    words = match["head"].split()
    entry, precision, start = places.country(country), 3, min(m.start for m in head)
    for first in range(len(words)):
        entries = [p for p in _head_spellings(name_key(" ".join(words[first:])), places)
                   if p.country == country and _rank(p) is not None]
        if entries:
            entry = max(entries, key=lambda p: (_rank(p) == 0, p.population))
            precision = 1 if entry.feature in SETTLEMENTS else 3 if entry.feature == "admin1" else 2
            break
    if entry is None:
        return mentions
    new = _located(make, entry, precision, start, head_end, text, places.country(country).name,
                   _group_role(head, []))
    return [m for m in mentions if all(m is not h for h in head)] + [new]


#: 'X village of <head>', 'X town in <head>': what joins a village to the unit a bracket then locates.
_VILLAGE_OF = re.compile(r"\s*(?:(?:village|town|hamlet|ward)\s+)?(?:of|in)\s+")


def _villages_of(mentions: list, head, units: list[Unit], text: str, make) -> list:
    """'Twante village of Ayadaw township (Monywa district, Sagaing region)': the village lies in
    the head's units too. Read elsewhere (a namesake near Yangon), it is placed where the head is, at
    precision 2 at best; it keeps its role."""
    kept = []
    for mention in mentions:
        joined = mention.end <= head.start and _VILLAGE_OF.fullmatch(text[mention.end:head.start]) is not None
        if joined and mention.feature in SETTLEMENTS | {"relative"} and not _near(mention, units):
            place = replace(head, start=mention.start, end=mention.end, mention=mention.mention, role=mention.role,
                            geo_precision=max(head.geo_precision or 2, 2))
            kept.append(place)
        else:
            kept.append(mention)
    return kept
