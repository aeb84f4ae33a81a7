"""When and where each report happened: the date and place resolvers applied to extracted reports.

The resolvers (:mod:`warlog.dates`, :mod:`warlog.places`) find every date and place in an article;
this module picks, for each report, the ones attached to its trigger, and copies them onto the
report's place and date columns.
"""

from __future__ import annotations

from datetime import date, datetime

from spacy.tokens import Doc

from warlog.dates import ACLED_TIME_PRECISION, DateMention, dated_mention
from warlog.extract.actors import name_report_actors
from warlog.extract.provenance import COUNTRY_RULE, FOCUS_RULE, date_spans, place_spans
from warlog.models import Claim, Report
from warlog.nlp.per_doc import doc_text
from warlog.places import CountryGuess, PlaceMention, article_focus, document_country, place_for_span
from warlog.places.capitals import capital_of, is_capital_as_written, national_body_capital
from warlog.places.country import countries_across_borders
from warlog.places.index import gazetteer
from warlog.places.local_bodies import local_body_town
from warlog.places.name_hints import unplaced_name_evidence
from warlog.places.past_units import admin1_then, historical_requested
from warlog.places.us_focus import us_town_focus
from warlog.places.records import Place

#: The focus of an article stands for a report's place only this coarsely: near it, or in its region.
FOCUS_PRECISION = 2
#: A report's place abroad gives way to one in the article's country when this share of the
#: country evidence points there.
SURE_COUNTRY = 0.6


def publication_day(published: datetime | date | None) -> date | None:
    return published.date() if isinstance(published, datetime) else published


def trigger_span(report: Report) -> tuple[int, int]:
    """Character span of the report's trigger in the article (its first occurrence in the evidence)."""
    offset = report.sentence.find(report.trigger)
    start = report.char_start + max(offset, 0)
    return start, start + len(report.trigger) if offset >= 0 else report.char_end


def date_reports(reports: list[Report], doc: Doc, dates: list[DateMention], published: date | None) -> None:
    """Fill ``event_date``, ``date_precision`` and ``date_from``: the date attached to the trigger, else the
    sentence's, else one the report's other sentences give, else publication (see
    :func:`warlog.dates.dated_span`); left empty when nothing is known. The date expression that gave it
    joins the report's field spans."""
    for report in reports:
        start, end = trigger_span(report)
        report.event_date, report.date_precision, report.date_from, mention = dated_mention(
            dates, doc, start, end, published, told_in=(report.char_start, report.char_end))
        report.field_spans += date_spans(mention, report.date_from, doc_text(doc))
        report.time_precision = ACLED_TIME_PRECISION.get(report.date_precision)


def _fill_place(report: Report, place: PlaceMention, coarsest: int | None = None) -> None:
    report.location = place.name
    report.country = place.country
    report.country_name = place.country_name
    report.admin1 = place.admin1
    report.admin2 = place.admin2
    report.latitude = place.latitude
    report.longitude = place.longitude
    report.geonameid = place.geonameid
    precision = place.geo_precision or 3
    report.geo_precision = max(precision, coarsest) if coarsest else precision
    if place.feature == "country":
        _point_at_capital(report)


def _in_country(places: list[PlaceMention], country: str | None) -> list[PlaceMention]:
    return [place for place in places if place.country == country]


def _sure_abroad(place: PlaceMention | None, guess: CountryGuess, beside: set[str]) -> bool:
    """Is ``place`` a town or region outside the country the article is clearly about, and neither a
    capital written as such (a march in Nairobi against a war elsewhere, told with that war's actors) nor
    in a country ``beside`` it across a border the text names (a town 'on the Indian side of the border')?"""
    return (place is not None and place.feature != "country" and guess.country is not None
            and place.country != guess.country and guess.score >= SURE_COUNTRY
            and place.country not in beside and not is_capital_as_written(place))


def _own_place(places: list[PlaceMention], doc: Doc, start: int, end: int, guess: CountryGuess,
               beside: set[str]) -> PlaceMention | None:
    """The report's own place; one abroad gives way to an event place of the article's country when
    the article is clearly about that country ('a minister who had gone into exile from Benin' in a note on Cotonou),
    and to nothing when there is none there: a village whose only namesake the gazetteer knows lies in a
    neighbouring country is no reason to move a note whose actors and admin words are Pakistan's there."""
    own = place_for_span(places, doc, start, end)
    if not _sure_abroad(own, guess, beside):
        return own
    return place_for_span(_in_country(places, guess.country), doc, start, end)


def locate_reports(reports: list[Report], doc: Doc, places: list[PlaceMention], *, context: str | None = None,
                   text: str | None = None, title: str | None = None, guess: CountryGuess | None = None) -> None:
    """Fill the place columns: the event's own place in the parse, else the article's focus, coarsened
    (ACLED codes an event known only by its article's area at precision 2 or 3), else the article's
    country from its actors and admin words (precision 3). Every report carries the article's
    country score (:func:`warlog.places.document_country`, reading ``context`` for US cues). With
    ``WARLOG_UNITS=historical``, a report's region is the one in force on its date (reports are dated first).
    The place's words (in ``text``, the article's, or its ``title``) join the report's field spans.
    ``guess`` is that country score when the caller has it already (the article's dates needed it)."""
    text = doc_text(doc) if text is None else text
    if guess is None:
        guess = document_country(places, doc_text(doc), context=context, unplaced=unplaced_name_evidence(doc))
    historical = historical_requested()
    focus = us_town_focus(places, article_focus(places, doc_text(doc)), context or doc_text(doc), guess.country, end=len(doc_text(doc)))
    beside = countries_across_borders(places, doc_text(doc))
    if _sure_abroad(focus, guess, beside):
        focus = None
    if focus is None or focus.feature == "country":
        focus = (local_body_town(doc, focus.country if focus else guess.country) or _national_seat(doc, focus, guess)
                 or focus)
    country = gazetteer().country(guess.country) if focus is None else None
    for report in reports:
        start, end = trigger_span(report)
        own = _own_place(places, doc, start, end, guess, beside)
        if own is not None and not _finer_at_home(focus, own):
            _fill_place(report, own)
            report.field_spans += place_spans(own, text, title)
        elif focus is not None:
            _fill_place(report, focus, FOCUS_PRECISION)
            report.field_spans += place_spans(focus, text, title, rule=FOCUS_RULE)
        elif country is not None:
            _fill_country(report, country)
            report.field_spans += place_spans(None, text, title, rule=COUNTRY_RULE)
        report.country_score = guess.score if report.country == guess.country else None
        if historical:
            report.admin1 = admin1_then(report.country, report.admin1, report.admin2, report.event_date)
        name_report_actors(report)


def _fill_country(report: Report, country: Place) -> None:
    report.location, report.country, report.country_name = country.name, country.country, country.name
    report.latitude, report.longitude, report.geonameid = country.latitude, country.longitude, country.geonameid
    report.geo_precision = 3
    _point_at_capital(report)


def _point_at_capital(report: Report) -> None:
    """Put a report known only by its country at the capital's point (its location stays the country, at
    precision 3). News that names no place inside its country tells mostly of what happens where its
    government, parliament, parties, unions, embassies and national press are, and ACLED codes an area it
    knows only coarsely to that area's seat, as warlog puts a region at its administrative centre; the middle
    of a country is where almost nothing reported happens. Its region goes with the point (ACLED files every
    event under a region): a report at Nairobi's point is in Nairobi, though only its country is known."""
    capital = capital_of(gazetteer(), report.country)
    if capital is not None:
        report.latitude, report.longitude = capital.latitude, capital.longitude
        report.admin1 = report.admin1 or capital.admin1


def _finer_at_home(focus: PlaceMention | None, own: PlaceMention) -> bool:
    """Does the article's focus place a report more finely than its own sentence, which names only its
    country ('rioters burned the National Assembly of Burkina Faso' in an article on Ouagadougou)?"""
    return (own.feature == "country" and focus is not None and focus.feature != "country"
            and focus.country == own.country)


def _national_seat(doc: Doc, focus: PlaceMention | None, guess: CountryGuess) -> PlaceMention | None:
    """The capital, at precision 2, for an article that names a national body (a ministry, the
    parliament) and no place finer than its country."""
    country = focus.country if focus else guess.country
    capital = national_body_capital(doc_text(doc), country, gazetteer())
    if capital is None:
        return None
    named = gazetteer().country(capital.country)
    return PlaceMention(
        start=0, end=0, mention="", name=capital.name, country=capital.country,
        country_name=named.name if named else None, admin1=capital.admin1, admin2=capital.admin2,
        latitude=capital.latitude, longitude=capital.longitude, geo_precision=FOCUS_PRECISION,
        geonameid=capital.geonameid, feature=capital.feature, anchor=None, role="event")


def locate_claims(claims: list[Claim], doc: Doc, places: list[PlaceMention]) -> None:
    """A claim's ``place``: the place named in its own sentence around the figure, when there is one."""
    for claim in claims:
        place = place_for_span(places, doc, claim.char_start, claim.char_end)
        if place is not None:
            claim.place = place.name
            claim.field_spans += place_spans(place, doc_text(doc), None, field="place")
