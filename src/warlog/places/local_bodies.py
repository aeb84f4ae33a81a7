"""The town in a local body's name, for an article that names its town no other way.

'Gunmen abducted a member of the Tabqa Civil Council ... in the town': the tagger reads 'Tabqa
Civil Council' as one organisation, so the place finder rightly does not take 'Tabqa' as a place
mention, and the article's focus falls back to the country. A council, municipality or
administration named after a settlement is that settlement's own body: when the article gives
nothing finer than its country, its town is the focus (ACLED would code the event there, at
precision 2). The body words are in ``data/places/local_bodies.csv``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from warlog.data import read_table
from warlog.places.finder import PlaceMention
from warlog.places.index import gazetteer
from warlog.places.normalise import name_key
from warlog.places.records import SETTLEMENTS, Place


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    return frozenset(row["word"] for row in read_table("places/local_bodies.csv"))


def _town_words(entity: Span) -> Span | None:
    """'Tabqa Civil' of 'the Tabqa Civil Council': the capitalised words before the body's last word."""
    if not any(t.lower_ in _body_words() for t in entity):
        return None
    tokens = [t for t in entity if t.lower_ != "the"]
    capitalised = next((i for i, t in enumerate(tokens) if not t.is_title), len(tokens))
    length = min(capitalised, len(tokens) - 1)
    return entity.doc[tokens[0].i:tokens[0].i + length] if length > 0 else None


def _settlement(text: str, country: str) -> Place | None:
    found = [place for matches in gazetteer().lookup([name_key(text)]).values() for place, _ in matches
             if place.feature in SETTLEMENTS and place.country == country]
    return max(found, key=lambda place: place.population, default=None)


def local_body_town(doc: Doc, country_focus: PlaceMention) -> PlaceMention | None:
    """The settlement of ``country_focus``'s country that a local body in ``doc`` is named after."""
    for entity in doc.ents:
        if entity.label_ != "ORG" or (words := _town_words(entity)) is None:
            continue
        for end in range(words.end, words.start, -1):  # 'Tabqa Civil', then 'Tabqa'
            place = _settlement(doc[words.start:end].text, country_focus.country)
            if place is not None:
                span = doc[words.start:end]
                return replace(country_focus, start=span.start_char, end=span.end_char, mention=span.text,
                               name=place.name, admin1=place.admin1, admin2=None, latitude=place.latitude,
                               longitude=place.longitude, geo_precision=2, geonameid=place.geonameid,
                               feature=place.feature, anchor=None)
    return None
