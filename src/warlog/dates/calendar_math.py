"""Calendar arithmetic the resolution rules share: weekdays before a day, month ends, month shifts."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist (31 April, 29 February 2017)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def shift_months(day: date, months: int) -> date:
    """The same day ``months`` later (earlier when negative), kept inside a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def weekday_on_or_before(day: date, weekday: int) -> date:
    return day - timedelta(days=(day.weekday() - weekday) % 7)


def weekday_on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` ``weekday`` of a month (1 the first; -1 the last): the fourth Thursday of November."""
    if nth < 0:
        return weekday_on_or_before(month_end(year, month), weekday) + timedelta(weeks=nth + 1)
    return weekday_on_or_after(date(year, month, 1), weekday) + timedelta(weeks=nth - 1)
