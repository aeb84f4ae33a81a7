"""``find_places``: from a parsed article to resolved place mentions with precision and role.

Steps: gazetteer candidates (``candidates``), one entry each (``resolve``), relative phrases
(``relative``), ACLED precision, roles (``roles``). The mentions also go to ``doc.spans["places"]``
(label GPE for countries, regions and settlements, FAC for sites, LOC for relative phrases and
districts), which is how the gazetteer corrects spaCy's labels for later stages.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from warlog.nlp.per_doc import doc_text
from warlog.places.candidates import find_candidates, road_end
from warlog.places.capitals import capital_phrases
from warlog.places.districts import place_city_districts
from warlog.places.hierarchy import apply_hierarchy
from warlog.places.index import Gazetteer, gazetteer
from warlog.places.name_hints import note_unplaced_names
from warlog.places.offsets import Offset, moved, offset_before, unknown_head
from warlog.places.people import written_people
from warlog.places.records import SETTLEMENTS, Place, unit_precision
from warlog.places.relative import Relation, find_relation
from warlog.places.resolve import Resolved, distance_km, known_abroad, resolve
from warlog.places.roles import RoleInput, assign_roles
from warlog.places.streets import street_names
from warlog.places.us_context import us_context
from warlog.places.us_neighbourhoods import place_us_neighbourhoods

SPANS_KEY = "places"
#: A name read this far from the place its locator apposition names is another place of that name.
FAR_FROM_ANCHOR_KM = 100.0
_SPAN_LABELS = {"landmark": "FAC", "relative": "LOC", "district": "LOC"}


@dataclass
class PlaceMention:
    """A place named in an article, resolved to coordinates. Offsets are characters in ``doc.text``.

    ``feature`` is country, admin1, admin2, city, town, village, district, landmark or relative;
    ``geo_precision`` is ACLED's (1 the place itself, 2 near or part of it, 3 only its region);
    ``role`` is 'event' where a reported conflict event happened, else 'other'.
    DOCS: docs/places.md
    """

    start: int
    end: int
    mention: str
    name: str
    country: str | None
    country_name: str | None
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    geonameid: int | None
    feature: str
    anchor: str | None
    role: str
    #: A small place none of whose names is spelled as the text writes it, joined to the name only by a
    #: transliteration fold or a skeleton key ('Marcei' read as the village Marçay): weak evidence of its country.
    folded: bool = False


@dataclass
class _Shape:
    """Where a mention starts (token) and what it is once its cue words are read."""

    start: int
    feature: str
    precision: int
    anchor: str | None = None
    #: A region named only through its capital's name ('Kursk region'): the region's name if known.
    region_name: str | None = None
    admin2: str | None = None
    locator: bool = False
    #: 'between X and Y': an event there is near X and Y, not in them (precision 2).
    between: bool = False


def _bare_shape(resolved: Resolved) -> _Shape:
    place, candidate = resolved.place, resolved.candidate
    start = candidate.start
    if candidate.part and place.feature != "country":
        return _part_shape(start, place)
    if place.feature in {"country", "admin1"}:
        return _Shape(start, place.feature, 3)
    if place.feature == "admin2":
        return _Shape(start, "admin2", unit_precision(place, 2), admin2=place.name)
    if place.feature == "district" or candidate.hint == "district":
        return _Shape(start, "district", 2, anchor=place.anchor or place.name)
    if candidate.hint == "admin1" and place.feature in SETTLEMENTS:
        return _Shape(start, "admin1", 3, region_name=place.admin1 or _region_label(place))
    if candidate.hint == "admin2":
        return _Shape(start, "admin2", 2, admin2=place.name)
    if candidate.hint == "landmark" and place.feature in SETTLEMENTS:
        return _Shape(start, "landmark", 2, anchor=place.name)
    return _Shape(start, place.feature, 1)


def _part_shape(start: int, place: Place) -> _Shape:
    """A part of a unit or a town named with a compass word ('Baringo South', 'Wajir South', 'Kisumu
    Central': a sub-county, a constituency or a quarter the gazetteer lacks) is near or in the place it
    splits, at precision 2: neither the whole region nor the town itself."""
    if place.feature == "admin1":
        return _Shape(start, "admin1", 2)
    if place.feature == "admin2":
        return _Shape(start, "admin2", 2, admin2=place.name)
    return _Shape(start, "district", 2, anchor=place.name)


def _region_label(place: Place) -> str:
    """A name for a region known only through its capital (no ISO 3166-2 match): 'Kursk region'."""
    return f"{place.name} region"


def _shape(resolved: Resolved, relation: Relation | None) -> _Shape:
    """Feature, precision and start token of a mention given the cue before it (if any)."""
    shape = _bare_shape(resolved)
    place = resolved.place
    if relation is None or place.feature == "country":
        return shape
    if relation.cue == "between":
        shape.between = True
        return shape
    if relation.locator:
        shape.locator = True
        return shape
    if shape.feature == "admin1":
        return _Shape(relation.start, "admin1", 2, region_name=shape.region_name)
    if relation.cue == "side":
        return _Shape(relation.start, "district", 2, anchor=shape.anchor or place.name)
    return _Shape(relation.start, "relative", 2, anchor=place.name)


def _free_start(shape: _Shape, resolved: Resolved, previous_end: int) -> _Shape:
    """A cue never reaches back into the previous mention ('Marea and near Azaz')."""
    if shape.start < previous_end:
        shape.start = resolved.candidate.start
    return shape


def _between_partner(doc: Doc, resolved: list[Resolved], index: int) -> bool:
    """'between Marea and Azaz': the second name shares the first one's precision; so do both towns a
    road is named after ('on the Narok-Bomet road': somewhere along it, precision 2)."""
    candidate = resolved[index].candidate
    if road_end(doc, candidate.start, candidate.name_end or candidate.end):
        return True
    if index == 0:
        return False
    previous = resolved[index - 1].candidate
    gap = doc[previous.end:resolved[index].candidate.start]
    return (len(gap) == 1 and gap[0].lower_ == "and" and previous.start > 0
            and doc[previous.start - 1].lower_ == "between")


def _mention(doc: Doc, resolved: Resolved, shape: _Shape, role: str, country: Place | None) -> PlaceMention:
    place: Place = resolved.place
    span = doc[shape.start:resolved.candidate.end]
    region = shape.region_name
    return PlaceMention(
        start=span.start_char, end=span.end_char, mention=span.text, name=region or place.name,
        country=place.country, country_name=country.name if country else None,
        admin1=region or (place.admin1 if place.feature != "country" else None), admin2=shape.admin2 or place.admin2,
        latitude=place.latitude, longitude=place.longitude, geo_precision=shape.precision,
        geonameid=None if region else place.geonameid, feature=shape.feature, anchor=shape.anchor, role=role,
        folded=_only_folded(resolved),
    )


def _only_folded(resolved: Resolved) -> bool:
    """Did only a spelling fold join the name to an entry known no farther than its own country? A capital
    or a big city misspelt is still meant ('Mogadisho'); a village spelled as heard is likelier one the
    gazetteer lacks than a namesake abroad."""
    candidate, place = resolved.candidate, resolved.place
    return not known_abroad(place) and (candidate.fuzzy or place.id not in candidate.spelled)


def find_places(doc: Doc, *, context: str | None = None) -> list[PlaceMention]:
    """Every place mention in ``doc`` that resolves to the gazetteer, sorted by start.

    ``context`` is more of the article (its title, the sentences left out of ``doc``), read only for
    what it says about the country (``us_context``). Also sets ``doc.spans["places"]``, and keeps with
    ``doc`` the country evidence of the names it could not place (``name_hints``).
    DOCS: docs/places.md
    """
    places = gazetteer()
    us = us_context(context or doc_text(doc))
    streets = street_names(context or doc_text(doc)) if us.evidence else frozenset()
    candidates = find_candidates(doc, places, streets=streets, people=written_people(context or doc_text(doc)))
    resolved = place_city_districts(doc, resolve(doc, candidates, context))
    note_unplaced_names(doc, candidates, resolved)
    name_ends = {r.candidate.end for r in resolved}
    shapes: list[_Shape] = []
    for index, item in enumerate(resolved):
        shape = _shape(item, find_relation(doc, item.candidate.start, name_ends))
        previous_end = resolved[index - 1].candidate.end if index else 0
        shapes.append(_free_start(shape, item, previous_end))
        shape.between = shape.between or _between_partner(doc, resolved, index)
    inputs = [RoleInput(s.start, r.candidate.end, s.feature, s.locator) for s, r in zip(shapes, resolved)]
    heads = _unknown_heads(doc, resolved, shapes, name_ends)
    assign_roles(doc, sorted([*inputs, *(head for head, _ in heads)], key=lambda i: i.start))
    for shape, role_input in zip(shapes, inputs):
        if shape.between and role_input.role == "event" and shape.precision == 1:
            shape.precision = 2
    mentions = [_mention(doc, r, s, i.role or "other", places.country(r.place.country))
                for r, s, i in zip(resolved, shapes, inputs)]
    mentions = apply_hierarchy(doc, _outside_heads(mentions, doc, heads), places, PlaceMention)
    mentions = [*mentions, *(_offset_mention(doc, head, *found, places) for head, found in heads)]
    capitals = _capital_mentions(doc, mentions, places)
    # 'Burkina Fasos capital': the country named in the phrase is its owner, not a place of its own.
    mentions = sorted([*(m for m in mentions if not any(c.start <= m.start and m.end <= c.end for c in capitals)),
                       *capitals], key=lambda m: m.start)
    mentions = place_us_neighbourhoods(mentions, us)
    doc.spans[SPANS_KEY] = [span for span in (_span(doc, m) for m in mentions) if span is not None]
    return mentions


def _unknown_heads(doc: Doc, resolved: list[Resolved], shapes: list[_Shape],
                   name_ends: set[int]) -> list[tuple[RoleInput, tuple[Place, Offset]]]:
    """Names no gazetteer knows, placed by the distance and bearing of their locator apposition
    ('al-Qasr, some 45 km south of Mosul'): a role input for each, with the anchor and the offset."""
    heads = []
    for item, shape in zip(resolved, shapes):
        relation = find_relation(doc, item.candidate.start, name_ends) if shape.locator else None
        offset = offset_before(doc, item.candidate.start) if relation else None
        # A name read far from the anchor ('Al Mayadin area, south of Samarra' as Mayadin in Syria) is
        # another place of that name, one the gazetteer lacks.
        far = {other.candidate.end for other in resolved if offset and _far_apart(other.place, item.place, offset)}
        head = unknown_head(doc, relation.start, name_ends - far) if offset else None
        if head is not None:
            heads.append((RoleInput(head[0], head[1], "relative"), (item.place, offset)))
    return heads


def _far_apart(place: Place, anchor: Place, offset: Offset) -> bool:
    """A town, district or site that lies in another country than the anchor, or farther from it than the
    locator says by more than ``FAR_FROM_ANCHOR_KM`` (a country or a region named before a locator is no
    namesake: 'Niger, north of Kano')."""
    if place.feature in {"country", "admin1"}:
        return False
    if place.country != anchor.country:
        return True
    return distance_km(place, anchor) - offset.km > FAR_FROM_ANCHOR_KM


def _outside_heads(mentions: list[PlaceMention], doc: Doc, heads: list) -> list[PlaceMention]:
    """The mentions without the far readings a head placed by its locator replaces."""
    spans = [(doc[head.start].idx, doc[head.end - 1].idx + len(doc[head.end - 1])) for head, _ in heads]
    return [m for m in mentions if not any(m.start < end and start < m.end for start, end in spans)]


def _offset_mention(doc: Doc, head: RoleInput, anchor: Place, offset: Offset, places: Gazetteer) -> PlaceMention:
    span = doc[head.start:head.end]
    latitude, longitude = moved(anchor.latitude, anchor.longitude, offset)
    country = places.country(anchor.country)
    return PlaceMention(
        start=span.start_char, end=span.end_char, mention=span.text, name=span.text, country=anchor.country,
        country_name=country.name if country else None, admin1=anchor.admin1, admin2=None, latitude=latitude,
        longitude=longitude, geo_precision=2, geonameid=None, feature="relative", anchor=anchor.name,
        role=head.role or "other",
    )


def _capital_mentions(doc: Doc, mentions: list[PlaceMention], places: Gazetteer) -> list[PlaceMention]:
    """'the capital', 'the Malian capital': the country's capital, in a sentence that names no other
    place (beside one, it mostly locates it: 'Harasta, on the northern edge of the capital')."""
    found = []
    for start, end, capital in capital_phrases(doc_text(doc), mentions, places):
        sentence = doc.char_span(start, end, alignment_mode="expand").sent
        if any(sentence.start_char <= m.start < sentence.end_char and not start <= m.start < end for m in mentions):
            continue
        country = places.country(capital.country)
        found.append(PlaceMention(
            start=start, end=end, mention=doc_text(doc)[start:end], name=capital.name, country=capital.country,
            country_name=country.name if country else None, admin1=capital.admin1, admin2=capital.admin2,
            latitude=capital.latitude, longitude=capital.longitude, geo_precision=1, geonameid=capital.geonameid,
            feature=capital.feature, anchor=None, role="event",
        ))
    return found


def _span(doc: Doc, mention: PlaceMention) -> Span | None:
    span = doc.char_span(mention.start, mention.end, label=_SPAN_LABELS.get(mention.feature, "GPE"),
                         alignment_mode="expand")
    return span if span is not None and len(span) else None
