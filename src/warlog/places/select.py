"""Picking one place for an event, or for a whole article, from its place mentions."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from warlog.nlp.per_doc import doc_text, once_per_doc
from warlog.places.country import document_country, names_a_border
from warlog.places.finder import PlaceMention
from warlog.places.index import gazetteer
from warlog.places.records import Place

EVENT = "event"
#: Characters of distance one step of specificity is worth when ranking places for a span.
SPECIFICITY_CHARS = 40


def specificity(place: PlaceMention) -> int:
    """0 for a town, village, city or named site; 1 near one of them or in one of its districts;
    2 for part of a region; 3 for a region or a country."""
    if place.geo_precision == 1:
        return 0
    if place.geo_precision == 2:
        return 2 if place.feature == "admin1" else 1
    return 3


def _gap(place: PlaceMention, start: int, end: int) -> int:
    return max(0, place.start - end, start - place.end)


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character bounds of the doc's sentences, found once per doc (every report and claim asks)."""
    return once_per_doc(doc, "warlog.sentence_bounds", lambda: [(s.start_char, s.end_char) for s in doc.sents])


def place_for_span(places: list[PlaceMention], doc: Doc, start: int, end: int) -> PlaceMention | None:
    """The place of the event whose evidence is ``doc.text[start:end]`` (a trigger or a sentence).

    Among event places in the sentence(s) the span touches, the nearest to the span, with each step
    of specificity (town, near a town, part of a region, region) counting as 40 characters of
    distance; None when those sentences name no event place (see :func:`article_focus`). A country named
    only as the far side of a border ('near the Somalia-Kenya border') is not where the event was.
    DOCS: docs/places.md
    """
    touched = [(a, b) for a, b in _sentence_bounds(doc) if a < max(end, start + 1) and b > start]
    if not touched:
        return None
    low, high = touched[0][0], touched[-1][1]
    events = [p for p in places if p.role == EVENT and low <= p.start and p.end <= high
              and not names_a_border(p, doc_text(doc))]
    if not events:
        return None
    return min(events, key=lambda p: (_gap(p, start, end) + SPECIFICITY_CHARS * specificity(p), p.start))


def _from_gazetteer(example: PlaceMention, place: Place) -> PlaceMention:
    """A region- or country-level mention built from a gazetteer entry, at ``example``'s offsets."""
    return replace(
        example, name=place.name, admin1=place.admin1 if place.feature == "admin1" else None, admin2=None,
        latitude=place.latitude, longitude=place.longitude, geo_precision=3, geonameid=place.geonameid,
        feature=place.feature, anchor=None,
    )


def _dominant_settlement(events: list[PlaceMention]) -> PlaceMention | None:
    local = [p for p in events if p.geo_precision in (1, 2) and p.feature not in {"admin1", "country"}]
    if not local:
        return None
    (country, name), count = Counter((p.country, p.name) for p in local).most_common(1)[0]
    if count * 2 < len(events):
        return None
    best = next(p for p in local if (p.country, p.name) == (country, name))
    return replace(best, geo_precision=2)


def _in_article_country(places: list[PlaceMention], text: str | None,
                        everything: list[PlaceMention]) -> list[PlaceMention]:
    """Places no event happened at, as a last guess at the article's area: only those in the country the
    article is about ('a convoy taking supplies to Somalia' in a note whose actors are Kenya's), all of
    them when that is unknown. The country is read from ``everything`` the article names: a country
    named beyond a border, left out of ``places``, is evidence against itself there, not for it."""
    country = document_country(everything, text).country if text is not None and places else None
    return [p for p in places if country is None or p.country == country]


def article_focus(places: list[PlaceMention], text: str | None = None) -> PlaceMention | None:
    """The article's main place (coarse), for reports with no place of their own.

    The most named event settlement if it holds at least half of the event mentions, at precision 2
    (the report is near it, not known to be in it); else the region most event places are in, at its
    centre with precision 3; else the country most named. None for an article with no place. With the
    article's ``text``, a country named only as the far side of a border ('near the Mali border') is
    no focus, and with no event place, only places in the article's country (``document_country``) are.
    DOCS: docs/places.md
    """
    everything = places
    if text is not None:
        places = [p for p in places if not names_a_border(p, text)]
    events = [p for p in places if p.role == EVENT] or _in_article_country(places, text, everything)
    if not events:
        return None
    settlement = _dominant_settlement(events)
    if settlement:
        return settlement
    regions = Counter((p.country, p.admin1) for p in events if p.admin1)
    if regions:
        country, admin1 = regions.most_common(1)[0][0]
        region = gazetteer().region(country, admin1)
        if region:
            return _from_gazetteer(next(p for p in events if p.admin1 == admin1), region)
    countries = Counter(p.country for p in events if p.country)
    if not countries:
        return None
    code = countries.most_common(1)[0][0]
    country_place = gazetteer().country(code)
    example = next(p for p in events if p.country == code)
    return _from_gazetteer(example, country_place) if country_place else replace(example, geo_precision=3)
