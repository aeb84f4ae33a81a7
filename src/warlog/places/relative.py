"""Relative and partial place phrases: the cue words before a place name.

ACLED codes an event 'south of Akhtarin', 'near Raqqa', '50 km north of Raqqa', on 'the outskirts
of Mosul' or in 'central Raqqa' at the anchor's coordinates with precision 2. The phrase grammar is
small and written here; its words come from ``data/places/relative_cues.csv``:

* ``[the] [side] PART of X``   the outskirts of al-Bab, the southern edge of Hodeidah, the north of X
* ``[hedge] [N unit [to the]] DIRECTION of X``   south of X, about 20 km south of X, just north of X
* ``[hedge] PROXIMITY X``   near X, around X, close to X, just outside X
* ``SIDE X``   central Raqqa, eastern Aleppo, northern Hama province
* ``between X and Y``   both names keep their span; the event is near them, not in them
* ``[hedge] N unit from X``   35 km from Grimari: a distance with no bearing, near X

A direction phrase that only tells where another place is ('Bartella, a town about 20 km east of
Mosul', 'near Homs, east of Tripoli') is not a relative mention: the anchor stays a bare name and
is a locator (role 'other').
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from warlog.places.lexicon import lowers, phrase_before, relative_cues

#: How far back a locator apposition may reach: 'X, a largely Christian town about 20 km east of Y'.
MAX_APPOSITION_TOKENS = 12


@dataclass(frozen=True)
class Relation:
    """A cue before a place name: where the phrase starts and which kind of cue it is."""

    start: int
    cue: str  # part, direction, proximity, side, between
    locator: bool = False


def cue_ending_at(doc: Doc, end: int, cue_class: str) -> int:
    """Length of the longest cue of ``cue_class`` ending just before token ``end`` (0 if none)."""
    cue = phrase_before(doc, end, relative_cues().get(cue_class, frozenset()))
    return len(cue) if cue else 0


def _extend(doc: Doc, start: int, cue_class: str) -> int:
    return start - cue_ending_at(doc, start, cue_class)


def _part_of(doc: Doc, of: int) -> int | None:
    """Start of '[the] [side] PART' ending before the token ``of``."""
    length = cue_ending_at(doc, of, "part")
    if not length:
        return None
    start = _extend(doc, of - length, "side")
    if start > 0 and doc[start - 1].lower_ == "the":
        return start - 1
    # 'north', 'south'... are parts only as 'the north of X'; bare, they are directions.
    return None if cue_ending_at(doc, of, "direction") else start


def _distance_before(doc: Doc, start: int) -> int:
    """Start of '[hedge] N unit [to the]' ending at ``start`` ('about 20 km', 'some 40 kilometres to the')."""
    if start >= 2 and tuple(lowers(doc)[start - 2:start]) == ("to", "the"):
        start -= 2
    unit = cue_ending_at(doc, start, "unit")
    if unit and start - unit > 0 and doc[start - unit - 1].like_num:
        start -= unit + 1
    return _extend(doc, start, "hedge")


def _direction_of(doc: Doc, of: int) -> int | None:
    length = cue_ending_at(doc, of, "direction")
    return _distance_before(doc, of - length) if length else None


def _distance_from(doc: Doc, of: int) -> int | None:
    """Start of '[hedge] N unit' ending before the token ``from`` at ``of`` ('some 20 km from'), else None."""
    start = _distance_before(doc, of)
    return start if start < of and cue_ending_at(doc, of, "unit") else None


def is_locator_apposition(doc: Doc, start: int, name_ends: set[int]) -> bool:
    """Does the phrase starting at ``start`` describe a place named just before it, after a comma?
    ('al-Karamah, about 25 km east of Raqqa'; 'Bashiqa, north-east of Mosul')."""
    sentence_start = doc[start].sent.start
    for i in range(start - 1, max(sentence_start, start - MAX_APPOSITION_TOKENS) - 1, -1):
        token = doc[i]
        if token.text == ",":
            return i > sentence_start and (i in name_ends or doc[i - 1].pos_ == "PROPN")
        if token.pos_ in {"VERB", "AUX", "PRON", "SCONJ", "CCONJ"} or (token.pos_ == "PUNCT" and token.text != "-"):
            return False
    return False


def find_relation(doc: Doc, start: int, name_ends: set[int]) -> Relation | None:
    """The relative cue before the place name starting at token ``start``, if any."""
    if start == 0:
        return None
    previous = doc[start - 1].lower_
    if previous == "of":
        part = _part_of(doc, start - 1)
        if part is not None:
            return Relation(part, "part")
        direction = _direction_of(doc, start - 1)
        if direction is not None:
            return Relation(direction, "direction", is_locator_apposition(doc, direction, name_ends))
        return None
    if previous == "between":
        return Relation(start, "between")
    if previous == "from" and (distance := _distance_from(doc, start - 1)) is not None:
        # 'Ngoumbele, 35 km from Grimari': a distance with no bearing still says the place is near the anchor.
        return Relation(distance, "direction", is_locator_apposition(doc, distance, name_ends))
    proximity = cue_ending_at(doc, start, "proximity")
    if proximity:
        return Relation(_extend(doc, start - proximity, "hedge"), "proximity")
    side = cue_ending_at(doc, start, "side")
    return Relation(start - side, "side") if side else None
