"""Places known only by distance and bearing from another: 'al-Qasr, some 45 km south of Mosul'.

A name the gazetteer does not know, described by a locator apposition that gives a direction, is still
where the event happened; its point is the anchor moved that far that way, or the anchor's own point
when no distance is given ('Tell Marwan, east of Baiji': precision 2, ACLED's 'near' a known place). A
known name keeps its own point and the anchor stays a locator (:mod:`warlog.places.relative`), unless
the gazetteer's reading of it lies far from the anchor (another place of that name). Bearings are the
compass points; distances in km or miles.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from warlog.places.lexicon import lowers, phrase_before, relative_cues

KM_PER_DEGREE = 111.2
KM_PER_MILE = 1.609
#: Compass bearings of the direction cues (degrees clockwise from north).
_BEARINGS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225,
             "west": 270, "northwest": 315}


@dataclass(frozen=True)
class Offset:
    """'45 kms south of X': how far (km) and which way (degrees) a place lies from the name after it;
    no bearing for '20 km from X'."""

    km: float
    bearing: float | None


#: A distance and its unit written as one word ('200km', '15kms').
_GLUED = re.compile(r"(\d+(?:[.,]\d+)?)(kms?|kilomet(?:re|er)s?|miles?)")


def _bearing(words: tuple[str, ...]) -> float | None:
    return _BEARINGS.get("".join(words).replace("-", ""))


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def offset_before(doc: Doc, name_start: int) -> Offset | None:
    """The distance and bearing written just before the name at token ``name_start``
    ('[about] 45 km [to the] south of X'; 0 km for a bare 'south of X'), else None."""
    if name_start >= 2 and doc[name_start - 1].lower_ == "from":
        return _distance_only(doc, name_start - 1)
    if name_start < 2 or doc[name_start - 1].lower_ != "of":
        return None
    direction = phrase_before(doc, name_start - 1, relative_cues().get("direction", frozenset()))
    if direction is None or _bearing(direction) is None:
        return None
    end = name_start - 1 - len(direction)
    if end >= 2 and tuple(lowers(doc)[end - 2:end]) == ("to", "the"):
        end -= 2
    km = _distance_ending_at(doc, end)
    return Offset(0.0 if km is None else km, _bearing(direction))


def _distance_only(doc: Doc, end: int) -> Offset | None:
    """'20 km from X': the distance before ``end`` with no bearing (the place is placed at X)."""
    km = _distance_ending_at(doc, end)
    return None if km is None else Offset(km, None)


def _distance_ending_at(doc: Doc, end: int) -> float | None:
    """The distance in km written just before token ``end`` ('45 km', '30 miles', '200km'), else None."""
    unit = phrase_before(doc, end, relative_cues().get("unit", frozenset()))
    if unit is not None and end - len(unit) >= 1:
        distance, unit_word = _number(doc[end - len(unit) - 1].text), unit[0]
    else:  # '200km' written as one word
        glued = _GLUED.fullmatch(doc[end - 1].lower_) if end >= 1 else None
        distance, unit_word = (_number(glued[1]), glued[2]) if glued else (None, "")
    if distance is None:
        return None
    return distance * KM_PER_MILE if unit_word.startswith("mile") else distance


def moved(latitude: float, longitude: float, offset: Offset) -> tuple[float, float]:
    """The point ``offset`` away from (latitude, longitude), on a flat local map (fine at tens of km); the
    point itself when the offset has no bearing."""
    if offset.bearing is None:
        return latitude, longitude
    angle = math.radians(offset.bearing)
    north = offset.km * math.cos(angle) / KM_PER_DEGREE
    east = offset.km * math.sin(angle) / (KM_PER_DEGREE * math.cos(math.radians(latitude)))
    return round(latitude + north, 5), round(longitude + east, 5)


#: Words that may follow the name of a place the gazetteer lacks ('Al Mayadin area, south of X').
_PLACE_WORDS = frozenset({"area", "village", "town", "district", "neighborhood", "neighbourhood", "region"})


def unknown_head(doc: Doc, locator_start: int, name_ends: set[int]) -> tuple[int, int] | None:
    """Tokens of the proper name (and its place word: 'X area') just before the comma that opens a
    locator apposition ('al-Qasr, some 45 km south of X'), when no gazetteer name ends there; else None."""
    comma = locator_start - 1
    if comma < 1 or doc[comma].text != "," or comma in name_ends:
        return None
    name_end = comma - 1 if doc[comma - 1].lower_ in _PLACE_WORDS and comma - 1 not in name_ends else comma
    if name_end < 1 or doc[name_end - 1].pos_ != "PROPN":
        return None
    start = name_end - 1
    while start > doc[comma].sent.start and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].text == "-"):
        start -= 1
    return start, comma
