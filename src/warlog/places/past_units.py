"""First-level regions as they were on an event's day, for datasets coded under the units of their time.

warlog reports today's regions (as ACLED's current data does for every year). A dataset coded years ago
files its events under the regions then in force: Pakistan's tribal agencies under the Federally
Administered Tribal Areas before their merger into Khyber Pakhtunkhwa in 2018, Nepal's districts under
its five development regions before the provinces, Shan State whole. A user rebuilding or extending
such a dataset asks for those units with ``WARLOG_UNITS=historical`` (or :func:`historical_units`;
a database keeps the convention it was first extracted with, see :func:`warlog.pipeline.run`);
``data/places/past_units.csv`` says which unit reported which region until when, written from the
countries' published reforms.
DOCS: docs/places.md
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import date
from functools import lru_cache

from warlog.data import read_table
from warlog.places.normalise import name_key

#: The environment variable that asks for the units in force on each event's day.
UNITS_VARIABLE = "WARLOG_UNITS"
CURRENT = "current"
HISTORICAL = "historical"
#: The ways of reporting first-level regions: today's, or those in force on each event's day.
CONVENTIONS = (CURRENT, HISTORICAL)


def requested_convention() -> str | None:
    """The convention ``WARLOG_UNITS`` asks for, or None when it is unset."""
    value = os.environ.get(UNITS_VARIABLE, "").strip().lower()
    return value if value in CONVENTIONS else None


def historical_requested() -> bool:
    return requested_convention() == HISTORICAL


@contextmanager
def regions_as(convention: str) -> Iterator[str]:
    """Report regions by ``convention`` inside the block (worker processes started inside it inherit it)."""
    before = os.environ.get(UNITS_VARIABLE)
    os.environ[UNITS_VARIABLE] = convention
    try:
        yield convention
    finally:
        if before is None:
            os.environ.pop(UNITS_VARIABLE, None)
        else:
            os.environ[UNITS_VARIABLE] = before


def historical_units() -> AbstractContextManager[str]:
    """Report the regions in force on each event's day inside the block."""
    return regions_as(HISTORICAL)


@lru_cache(maxsize=1)
def _past_units() -> dict[tuple[str, str, str], tuple[str, date | None]]:
    """(country, level, unit key) -> (the region reported, the day from which it no longer is)."""
    table = {}
    for row in read_table("places/past_units.csv"):
        until = date.fromisoformat(row["until"]) if row["until"] else None
        for unit in row["units"].split(";"):
            table[(row["country"], row["level"], name_key(unit))] = (row["admin1"], until)
    return table


def admin1_then(country: str | None, admin1: str | None, admin2: str | None, day: date | None) -> str | None:
    """The first-level region a place in ``admin1``/``admin2`` of ``country`` was filed under on
    ``day`` (its district decides before its region); ``admin1`` unchanged when no reform touches it.
    An undated event is taken as of today."""
    if not country:
        return admin1
    for level, unit in (("admin2", admin2), ("admin1", admin1)):
        found = _past_units().get((country, level, name_key(unit))) if unit else None
        if found and (found[1] is None or (day is not None and day < found[1])):
            return found[0]
    return admin1
