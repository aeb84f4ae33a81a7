"""Datelines: the date a page prints near its top ('25 Oct, 2016 21:16', 'Tue 05 Jul 2016').

Used to date articles that come without metadata, and to keep the dateline when
page furniture is stripped. Only full dates (day, month and year) count: a
dateline without a year cannot be placed safely.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache

from warlog.dates import tables


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    """Lower-case month names and abbreviations (no dots) -> 1..12, from ``data/dates/months.csv``."""
    return {form.lower().rstrip("."): number for form, number in tables.month_numbers().items()}


def _words(forms: Iterable[str]) -> str:
    return "|".join(sorted({re.escape(form.lower().rstrip(".")) for form in forms}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    month = r"(?P<month>" + _words(_months()) + r")\.?"
    weekday = r"(?:(?:" + _words(tables.weekday_abbreviations()) + r")\.?,?\s+)?"
    time = r"(?:,?\s+(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?)?"
    return tuple(
        re.compile(pattern, re.IGNORECASE)
        for pattern in (
            weekday + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + month + r",?\s+(?P<year>(?:19|20)\d{2})" + time,
            weekday + month + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})" + time,
            r"(?P<year>(?:19|20)\d{2})-(?P<month_number>\d{2})-(?P<day>\d{2})"
            r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2}))?",
        )
    )


_LABEL = re.compile(r"^\s*(?:published|updated|posted|last updated|first published)\s*(?:on|:)?\s*", re.IGNORECASE)
#: A paragraph is a dateline when the date covers at least this share of it.
_DATELINE_SHARE = 0.6
#: How many leading paragraphs may hold the dateline.
LEADING_PARAGRAPHS = 6


def _to_datetime(match: re.Match) -> datetime | None:
    parts = match.groupdict()
    month = int(parts["month_number"]) if parts.get("month_number") else _months()[parts["month"].lower()]
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
        for pattern in _patterns():
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
