"""When and where each report happened: the date and place resolvers applied to extracted reports.

The resolvers (:mod:`warlog.dates`, :mod:`warlog.places`) find every date and place in an article;
this module picks, for each report, the ones attached to its trigger, and copies them onto the
report's place and date columns.
"""

from __future__ import annotations

from datetime import date, datetime

from spacy.tokens import Doc

from warlog.dates import ACLED_TIME_PRECISION, DateMention, date_for_span
from warlog.extract.actors import name_report_actors
from warlog.models import Claim, Report
from warlog.places import PlaceMention, article_focus, place_for_span
from warlog.places.local_bodies import local_body_town

#: The focus of an article stands for a report's place only this coarsely: near it, or in its region.
FOCUS_PRECISION = 2


def publication_day(published: datetime | date | None) -> date | None:
    return published.date() if isinstance(published, datetime) else published


def trigger_span(report: Report) -> tuple[int, int]:
    """Character span of the report's trigger in the article (its first occurrence in the evidence)."""
    offset = report.sentence.find(report.trigger)
    start = report.char_start + max(offset, 0)
    return start, start + len(report.trigger) if offset >= 0 else report.char_end


def date_reports(reports: list[Report], doc: Doc, dates: list[DateMention], published: date | None) -> None:
    """Fill ``event_date`` and ``date_precision``: the date attached to the trigger, else the sentence's,
    else publication (see :func:`warlog.dates.date_for_span`); left empty when nothing is known."""
    for report in reports:
        start, end = trigger_span(report)
        report.event_date, report.date_precision = date_for_span(dates, doc, start, end, published)
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


def locate_reports(reports: list[Report], doc: Doc, places: list[PlaceMention]) -> None:
    """Fill the place columns: the event's own place in the parse, else the article's focus, coarsened
    (ACLED codes an event known only by its article's area at precision 2 or 3)."""
    focus = article_focus(places)
    if focus is not None and focus.feature == "country":
        focus = local_body_town(doc, focus) or focus
    for report in reports:
        start, end = trigger_span(report)
        own = place_for_span(places, doc, start, end)
        if own is not None:
            _fill_place(report, own)
        elif focus is not None:
            _fill_place(report, focus, FOCUS_PRECISION)
        name_report_actors(report)


def locate_claims(claims: list[Claim], doc: Doc, places: list[PlaceMention]) -> None:
    """A claim's ``place``: the place named in its own sentence around the figure, when there is one."""
    for claim in claims:
        place = place_for_span(places, doc, claim.char_start, claim.char_end)
        if place is not None:
            claim.place = place.name
