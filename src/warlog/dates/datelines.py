"""Datelines: the date a page prints near its top ('25 Oct, 2016 21:16', 'Tue 05 Jul 2016').

Used to date articles that come without metadata, and to keep the dateline when
page furniture is stripped. Only full dates (day, month and year) count: a
dateline without a year cannot be placed safely.
"""

from __future__ import annotations

import re
from datetime import datetime

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?\s+)?"
_TIME = r"(?:,?\s+(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?)?"
_PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        _WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})" + _TIME,
        _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})" + _TIME,
        r"(?P<year>(?:19|20)\d{2})-(?P<month_number>\d{2})-(?P<day>\d{2})(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2}))?",
    )
)
_LABEL = re.compile(r"^\s*(?:published|updated|posted|last updated|first published)\s*(?:on|:)?\s*", re.IGNORECASE)
#: A paragraph is a dateline when the date covers at least this share of it.
_DATELINE_SHARE = 0.6
#: How many leading paragraphs may hold the dateline.
LEADING_PARAGRAPHS = 6


def _to_datetime(match: re.Match) -> datetime | None:
    parts = match.groupdict()
    month = int(parts["month_number"]) if parts.get("month_number") else _MONTHS[parts["month"].lower()]
    hour = int(parts["hour"]) if parts.get("hour") else 0
    if parts.get("ampm") and parts["ampm"].lower().startswith("p") and hour < 12:
        hour += 12
    try:
        return datetime(int(parts["year"]), month, int(parts["day"]), hour, int(parts.get("minute") or 0))
    except ValueError:
        return None


def parse_dateline(paragraph: str) -> datetime | None:
    """Return the date if ``paragraph`` is a dateline, else ``None``.

    A dateline may share its line with the outlet and section, separated by
    bars ('Sat 17 Jun 2017 | Damascus Daily Dispatch | Army'): each part is tried.
    """
    for part in paragraph.split("|"):
        text = _LABEL.sub("", part.strip())
        for pattern in _PATTERNS:
            match = pattern.search(text)
            if match and (match.end() - match.start()) >= _DATELINE_SHARE * len(text):
                return _to_datetime(match)
    return None


def find_dateline(paragraphs: list[str]) -> datetime | None:
    """Return the first dateline among the leading paragraphs."""
    for paragraph in paragraphs[:LEADING_PARAGRAPHS]:
        found = parse_dateline(paragraph)
        if found is not None:
            return found
    return None
