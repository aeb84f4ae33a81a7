"""City districts named in the text: 'the Zuhur district of eastern Mosul', 'Aden's Mansoura district'
(and areas of a second-level unit: 'the Tirah area of Orakzai Agency').

Few city districts are in GeoNames, and a district name often matches some unrelated place far away
('Hamdaniyeh district of Aleppo' is not Hamadan in Iran). When the text says which city holds the
district, the district is placed in that city: at its own point if the gazetteer has one within
``DISTRICT_RADIUS_KM`` of the city, else at the city's point. ACLED codes both at precision 2.
The words that mark a district ('district', 'neighbourhood', 'quarter', 'area', 'suburb') are in
``data/places/type_words.csv`` (kind ``city_part``).
"""

from __future__ import annotations

from collections import Counter

from dataclasses import replace

from spacy.tokens import Doc

from warlog.places.candidates import Candidate, is_joiner, is_name_word
from warlog.places.lexicon import type_words
from warlog.places.normalise import name_key
from warlog.places.records import MAIN, SETTLEMENTS, Place
from warlog.places.relative import cue_ending_at
from warlog.places.resolve import Resolved, distance_km

DISTRICT_RADIUS_KM = 30.0
#: The same for an area of a second-level unit ('the Tirah area of Orakzai Agency'), measured from its seat.
UNIT_RADIUS_KM = 100.0
#: Lower-case nouns allowed between a district's name and its type word ('Karrada shopping district').
MAX_MODIFIERS = 1


def _part_words() -> set[str]:
    return {words[0] for words in type_words("city_part")}


def _name_before(doc: Doc, end: int) -> int | None:
    """Start of the run of name words ending just before token ``end``, if there is one."""
    start = end
    while start > 0 and (is_name_word(doc[start - 1]) or (is_joiner(doc[start - 1]) and start - 1 > 0)):
        start -= 1
    while start < end and not is_name_word(doc[start]):
        start += 1
    return start if start < end else None


def _district_before_city(doc: Doc, city_start: int) -> tuple[int, int] | None:
    """'<Name> [noun] district of [the] [eastern] <city>': the (start, end) of '<Name> [noun] district'."""
    position = city_start - cue_ending_at(doc, city_start, "side")
    if position > 0 and doc[position - 1].lower_ == "the":
        position -= 1
    if position < 2 or doc[position - 1].lower_ != "of" or doc[position - 2].lower_ not in _part_words():
        return None
    type_word = position - 2
    for modifiers in range(MAX_MODIFIERS + 1):
        name_end = type_word - modifiers
        if modifiers and not (doc[name_end].is_lower and doc[name_end].pos_ == "NOUN"):
            break
        start = _name_before(doc, name_end)
        if start is not None:
            return start, type_word + 1
    return None


def _district_after_city(doc: Doc, city_end: int) -> tuple[int, int] | None:
    """"<city>'s <Name> district": the (start, end) of '<Name> district'."""
    if city_end >= len(doc) or doc[city_end].tag_ != "POS":
        return None
    end = city_end + 1
    while end < len(doc) and (is_name_word(doc[end]) or is_joiner(doc[end])):
        end += 1
    if end == city_end + 1 or end >= len(doc) or doc[end].lower_ not in _part_words():
        return None
    return city_end + 1, end + 1


def _district_place(name: str, own: Place | None, city: Place) -> Place:
    radius = DISTRICT_RADIUS_KM if city.feature in SETTLEMENTS else UNIT_RADIUS_KM
    near = own is not None and distance_km(own, city) <= radius
    point = own if near else city
    return Place(
        id=own.id if near else 0, name=own.name if near else name, feature="district", country=city.country,
        admin1=city.admin1, admin1_code=city.admin1_code, latitude=point.latitude, longitude=point.longitude,
        geonameid=own.geonameid if near else None, anchor=city.name, anchor_geonameid=city.geonameid,
        source=own.source if near else "district",
    )


def _as_district(doc: Doc, span: tuple[int, int], city: Resolved, resolved: list[Resolved]) -> Resolved:
    start, end = span
    own = _own_reading(span, resolved)
    if _unit_of_region(own, city):
        return _as_unit(own, span, city)
    name_end = end - 1
    while name_end > start and not is_name_word(doc[name_end - 1]):
        name_end -= 1
    place = _district_place(doc[start:name_end].text, own.place if own else None, city.place)
    if own is None:
        return Resolved(Candidate(start, end, [(place, MAIN)]), place)
    return Resolved(replace(own.candidate, start=start, end=max(end, own.candidate.end)), place)


def _unit_of_region(own: Resolved | None, city: Resolved) -> bool:
    """'Songkhla's Thepha district', 'Sukhirin district of Narathiwat': a second-level unit (or the town that is
    its seat and gives it its name) of the province the 'city' is named after, farther from the town than a
    city district lies, is no part of that town: Thai and South Asian provinces share their capital's name."""
    if own is None or not own.place.admin1_code or own.place.admin1_code != city.place.admin1_code:
        return False
    seat = own.place.feature in SETTLEMENTS and own.place.admin2 and name_key(own.place.name) in name_key(own.place.admin2)
    # Within a city's reach the district is read as a part of the city, at its own point all the same.
    return (own.place.feature == "admin2" or bool(seat)) and (
        DISTRICT_RADIUS_KM < distance_km(own.place, city.place) <= UNIT_RADIUS_KM)


def _own_reading(span: tuple[int, int], resolved: list[Resolved]) -> Resolved | None:
    start, end = span
    return next((r for r in resolved if r.candidate.start >= start and r.candidate.end <= end + 1), None)


def _as_unit(own: Resolved, span: tuple[int, int], city: Resolved) -> Resolved:
    """The unit over the whole phrase, its province's name included (that name locates it; it is no place of its own)."""
    start = min(span[0], city.candidate.start)
    end = max(span[1], city.candidate.end, own.candidate.end)
    return Resolved(replace(own.candidate, start=start, end=end), own.place)


def _generic_names() -> set[str]:
    return {" ".join(words) for words in type_words("generic_district")}


def _city_of(doc: Doc, cities: list[Resolved], position: int) -> Resolved | None:
    """The city a generic district at token ``position`` belongs to: the last one its sentence names
    before it ('Raqqa's Old City'), else the city the article names most, first named on a tie (a
    spokesman 'in Baghdad' does not move Raqqa's Old City)."""
    sentence = doc[position].sent
    before = [c for c in cities if sentence.start <= c.candidate.start < position]
    if before:
        return before[-1]
    counts = Counter(c.place.geonameid or c.place.name for c in cities)
    return min(cities, key=lambda c: (-counts[c.place.geonameid or c.place.name], c.candidate.start), default=None)


def _place_generic_districts(doc: Doc, resolved: list[Resolved]) -> list[Resolved]:
    """'Raqqa's Old City', 'the city centre': a generic district name belongs to the city the article
    is talking about, not to the place GeoNames happens to call 'Old City'. Named sites whose anchor
    city is in the article ('Old City of Mosul') keep their own point."""
    def generic(item: Resolved) -> bool:
        return item.place.source != "site" and _text(doc, item).lower() in _generic_names()

    cities = [r for r in resolved if r.place.feature in SETTLEMENTS and not generic(r)]
    placed = []
    for item in resolved:
        city = _city_of(doc, cities, item.candidate.start) if generic(item) else None
        district = _district_place(_text(doc, item).title(), None, city.place) if city else None
        placed.append(Resolved(item.candidate, district) if district else item)
    return placed


def _text(doc: Doc, item: Resolved) -> str:
    return doc[item.candidate.start:item.candidate.end].text


def place_city_districts(doc: Doc, resolved: list[Resolved]) -> list[Resolved]:
    """``resolved`` with every 'X district of <city>' / '<city>'s X district' placed in that city, and
    generic district names ('Old City') placed in the city they belong to (:func:`_city_of`)."""
    resolved = _place_generic_districts(doc, resolved)
    districts: list[Resolved] = []
    for city in resolved:
        if city.place.feature not in SETTLEMENTS | {"admin2"}:
            continue
        for span in (_district_before_city(doc, city.candidate.start), _district_after_city(doc, city.candidate.end)):
            if span and not any(d.candidate.start < span[1] and span[0] < d.candidate.end for d in districts):
                districts.append(_as_district(doc, span, city, resolved))
    if not districts:
        return resolved
    covered = [(d.candidate.start, d.candidate.end) for d in districts]
    kept = [r for r in resolved if not any(s <= r.candidate.start and r.candidate.end <= e for s, e in covered)]
    return sorted(kept + districts, key=lambda r: r.candidate.start)
