"""Resolve a date expression to an interval, anchored on the publication date.

The rules are the 20 of ``eval/dates/README.md``. Explicit dates are taken as
written. Everything relative is anchored on publication: a bare weekday or month-day
is the latest one on or before it ('on Thursday' in a Thursday article is that day),
'last Tuesday' is strictly before it, 'since X' runs from the start of X to it.
Forward-looking statements ('extended until Saturday') resolve forward instead.

Why hand-written: dateparser reads '4 April 2017' well, but anchors 'Tuesday' on the
*coming* or the *current-week* Tuesday depending on settings, has no notion of 'since
the end of 2014' (1 Oct 2014 .. publication), 'early June' (1-10 June), 'the 48 hours
to Sunday evening' or 'the same day', and cannot say which parts of the answer depend
on publication (they must be null when publication is unknown). The grammar already
splits each expression into day, month, year, weekday and part, so resolving them is
plain calendar arithmetic (``calendar_math``) driven by the tables in ``data/dates``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.easter import easter

from warlog.dates import tables
from warlog.dates.calendar_math import (
    month_end,
    monday_of,
    nth_weekday,
    safe_date,
    shift_months,
    weekday_on_or_after,
    weekday_on_or_before,
)
from warlog.dates.grammar import Expression, number_value

#: A leap year, to tell whether a month-day exists when its year is unknown.
_LEAP_YEAR = 2000


@dataclass(frozen=True)
class Resolution:
    """The interval an expression stands for (inclusive); either end may be unknown."""

    start: date | None
    end: date | None
    precision: str  # day, week, month, year, range


@dataclass(frozen=True)
class Anchor:
    """What a mention is resolved against: publication, direction, and the dates before it."""

    published: date | None
    forward: bool = False
    antecedent: date | None = None  # the last day-precision date before the mention ('the same day')
    month: tuple[int, int] | None = None  # (year, month) of the last date naming a month ('the 25th')
    year: int | None = None  # year of the last date naming one ('4 July of that year')
    period: Resolution | None = None  # the last span resolved ('the same period of 2018')
    stated_day: date | None = None  # the day an earlier date of the same sentence names ('On 9 May, overnight')
    opening_day: date | None = None  # the day the sentence opens with, before the mention ('On 20 April, ... last night')
    opening_date: date | None = None  # that day when named by its month ('On 27 May, ... on Monday'), not by a weekday
    month_first: bool = False  # the text writes numeric dates month first (US news: '08/10/2014' is 10 August)
    week_back: bool = False  # a bare weekday of publication's own is the one a week back ('last week's shooting')


def _day_interval(day: date | None) -> Resolution:
    return Resolution(day, day, "day")


def _month_number(fields: dict[str, str]) -> int:
    if "month_number" in fields:
        return int(fields["month_number"])
    return tables.month_numbers()[fields["month"]]


def _day_number(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _unit(expression: Expression) -> str:
    """'hours' -> 'hour', 'Days' -> 'day'."""
    return expression.fields["unit"].lower().rstrip("s")


def _number(text: str) -> int:
    return number_value(text) or 0


#: Days after publication within which a month-day without a year is read in publication's year: a page
#: updated after the date its feed gives ('March 12, 2pm Update:' on a page dated 10 March), or a day ahead
#: ('his hearing is set for March 14'). A writer a year on names the year or says 'last March'.
DAYS_AHEAD_SAME_YEAR = 7


def _year_of_day(anchor: Anchor, month: int, day: int, weekday: int | None = None) -> int | None:
    """The year that puts month-day on or before publication (after it, when forward), unless it falls
    within :data:`DAYS_AHEAD_SAME_YEAR` after publication. A weekday named with it ('Tuesday, April 4')
    picks, of the year before, the same and the next, the one where the day is that weekday, nearest to
    the year the rest would give."""
    published = anchor.published
    if published is None:
        return None
    candidate = safe_date(published.year, month, day) or date(published.year, month, 28)
    if anchor.forward:
        year = published.year + 1 if candidate < published else published.year
    elif candidate > published + timedelta(days=DAYS_AHEAD_SAME_YEAR):
        year = published.year - 1
    else:
        year = published.year
    if weekday is None:
        return year
    matching = [y for y in (year, year - 1, year + 1) if (found := safe_date(y, month, day)) and found.weekday() == weekday]
    return matching[0] if matching else year


def _month_day(anchor: Anchor, month: int, day: int, year: int | None, weekday: int | None = None) -> Resolution | None:
    """A day given by month and day, its year written or inferred; None if no such day."""
    if safe_date(year or _LEAP_YEAR, month, day) is None:
        return None
    year = year or _year_of_day(anchor, month, day, weekday)
    return _day_interval(safe_date(year, month, day) if year else None)


def _moving_day_in(day: tables.MovingDay, year: int) -> date:
    base = easter(year) if day.rule == "easter" else nth_weekday(year, day.month, day.weekday, day.nth)
    return base + timedelta(days=day.offset)


def _moving_day_year(anchor: Anchor, day: tables.MovingDay) -> int | None:
    """The year whose moving day is the latest on or before publication (allowing, as for a month-day,
    :data:`DAYS_AHEAD_SAME_YEAR` after it), or the next one on or after it when the clause looks ahead."""
    published = anchor.published
    if published is None:
        return None
    this_year = _moving_day_in(day, published.year)
    if anchor.forward:
        return published.year + 1 if this_year < published else published.year
    return published.year - 1 if this_year > published + timedelta(days=DAYS_AHEAD_SAME_YEAR) else published.year


def _weekend_around(day: date) -> Resolution:
    """'the Memorial Day weekend', 'Thanksgiving weekend': the holiday and the Saturday and Sunday next to it."""
    saturday, sunday = 5, 6
    if day.weekday() == 0:
        return Resolution(day - timedelta(days=2), day, "range")
    start = weekday_on_or_before(day, saturday) if day.weekday() >= saturday else day
    return Resolution(start, weekday_on_or_after(day, sunday), "range")


def _moving_day(expression: Expression, anchor: Anchor) -> Resolution:
    """'Memorial Day', 'Thanksgiving', 'Easter Sunday': computed by its rule in the year that puts it on or
    before publication; 'the Labor Day weekend' is the long weekend around it."""
    fields = expression.fields
    day = tables.moving_days()[fields["moving"]]
    year = int(fields["year"]) if "year" in fields else _moving_day_year(anchor, day)
    if year is None:
        return _day_interval(None) if "weekend" not in fields else Resolution(None, None, "range")
    found = _moving_day_in(day, year)
    return _weekend_around(found) if "weekend" in fields else _day_interval(found)


def _explicit(expression: Expression, anchor: Anchor) -> Resolution | None:
    fields = expression.fields
    day = safe_date(int(fields["year"]), _month_number(fields), _day_number(fields["day"]))
    return _day_interval(day) if day else None


def _numeric(expression: Expression, anchor: Anchor) -> Resolution | None:
    """'17.10.2017', '3/21/2017' (month first where the day is over 12), '24/03' (day/month).

    '01/05/2012' reads either way: in a text that writes month first (``Anchor.month_first``: US news)
    it is 5 January, and 'on 5/3' is 3 May; elsewhere the reading on or before publication and nearest to it wins (a report
    follows its event), so US-style summaries ('01/05/2012: ...') and European dates both resolve;
    with no publication date, day first.
    """
    first, second = int(expression.fields["first"]), int(expression.fields["second"])
    year = int(expression.fields["year"]) if "year" in expression.fields else _full_year(expression, anchor)
    if _a_fraction(expression.fields, year):
        return None
    if not year and anchor.month_first:
        return _month_day(anchor, first, second, None)
    day, month = (second, first) if year and second > 12 else (first, second)
    if month > 12:
        return None
    if year and first <= 12 and second <= 12 and first != second:
        if anchor.month_first:
            return _month_day(anchor, first, second, year)
        return _nearest_reading(anchor, year, first, second) or _month_day(anchor, month, day, year)
    return _month_day(anchor, month, day, year)


def _a_fraction(fields: dict[str, str], year: int | None) -> bool:
    """'on 2/3 of the land', '(3/4)': a month of one digit under a smaller number and no year is a proper
    fraction, as news writes them; '(24/5)', 'on 19/3' are days of May and March."""
    return year is None and len(fields["second"]) == 1 and int(fields["first"]) < int(fields["second"])


def _full_year(expression: Expression, anchor: Anchor) -> int | None:
    """The year a two-digit year stands for ('5/21/16'): the latest one not after publication's year
    (2016 in 2017; 1998 in 2017 for '98'), this century when publication is unknown."""
    if "short_year" not in expression.fields:
        return None
    short = int(expression.fields["short_year"])
    latest = anchor.published.year if anchor.published else 2099
    return latest - (latest - short) % 100


def _nearest_reading(anchor: Anchor, year: int, first: int, second: int) -> Resolution | None:
    """Of day/month and month/day, the day on or before publication nearest to it; None if neither."""
    if anchor.published is None:
        return None
    days = [d for d in (safe_date(year, second, first), safe_date(year, first, second))
            if d is not None and d <= anchor.published]
    return _day_interval(max(days)) if days else None


def _from_month_day(expression: Expression, anchor: Anchor) -> Resolution | None:
    fields = expression.fields
    year = int(fields["year"]) if "year" in fields else None
    weekday = tables.weekday_numbers()[fields["weekday"]] if "weekday" in fields else None
    return _month_day(anchor, _month_number(fields), _day_number(fields["day"]), year, weekday)


def _weekday(expression: Expression, anchor: Anchor) -> Resolution:
    """A weekday: the latest such day on or before publication (docs/dates.md, 'Bare weekdays'); a bare
    one in a sentence that opens with its own day ('On 27 May, gunmen and soldiers fought on Monday
    morning') the latest on or before that day: a writer who dates the sentence kept the source's weekday."""
    published = anchor.published
    weekday = tables.weekday_numbers()[expression.fields["weekday"]]
    opening = anchor.opening_date
    if not expression.arg and not anchor.forward and opening is not None and (published is None or opening <= published):
        return _day_interval(weekday_on_or_before(opening, weekday))
    if published is None:
        return _day_interval(None)
    if expression.arg == "last" or (not expression.arg and not anchor.forward and anchor.week_back):
        return _day_interval(weekday_on_or_before(published - timedelta(days=1), weekday))
    if expression.arg == "night":
        night = weekday_on_or_before(published, weekday)
        return Resolution(night, night + timedelta(days=1), "range")
    if expression.arg == "last_week":
        return _day_interval(monday_of(published) - timedelta(days=7 - weekday))
    if expression.arg == "next" or anchor.forward:
        step = 1 if expression.arg == "next" else 0
        return _day_interval(weekday_on_or_after(published + timedelta(days=step), weekday))
    return _day_interval(weekday_on_or_before(published, weekday))


def _days_back(expression: Expression, anchor: Anchor) -> Resolution:
    published = anchor.published
    return _day_interval(published - timedelta(days=int(expression.arg)) if published else None)


def _told_now(expression: Expression, anchor: Anchor) -> Resolution:
    """'today', 'this morning', 'tonight', 'last night': the day of writing or the night before it; in a
    sentence that opens with its own day ('On 20 April, gunmen fired a rocket at the camp last night') that
    day. A writer who states the date and keeps the source's 'last night' tells the hour, not another day."""
    if anchor.opening_day is not None:
        return _day_interval(anchor.opening_day)
    return _days_back(expression, anchor)


def _ago(expression: Expression, anchor: Anchor) -> Resolution:
    """'two days ago', 'a week ago' (days); 'three months ago' (that month); 'two years ago' (that year)."""
    unit, count, published = _unit(expression), _number(expression.fields["num"]), anchor.published
    precision = {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]
    if published is None:
        return Resolution(None, None, precision)
    if unit in {"day", "week"}:
        return _day_interval(published - timedelta(days=_days_in(unit, count)))
    if unit == "month":
        month = shift_months(published, -count)
        return _month_interval(month.year, month.month)
    return _year_interval(published.year - count)


def _overnight(expression: Expression, anchor: Anchor) -> Resolution:
    """The night before publication, or the night of the day its sentence names ('On 9 May 2022,
    overnight, gunmen ...': overnight tells the hour of that day, not the eve of publication)."""
    if anchor.stated_day is not None:
        return Resolution(anchor.stated_day, anchor.stated_day + timedelta(days=1), "range")
    published = anchor.published
    return Resolution(published - timedelta(days=1) if published else None, published, "range")


def _days_in(unit: str, count: int) -> int:
    return {"hour": math.ceil(count / 24), "day": count, "week": 7 * count, "fortnight": 14 * count}[unit]


def _past(expression: Expression, anchor: Anchor) -> Resolution:
    """'the past 90 days', 'the last 24 hours', 'the past three months': back from publication."""
    published = anchor.published
    if published is None:
        return Resolution(None, None, "range")
    unit = _unit(expression)
    count = _number(expression.fields.get("num", "1"))
    if unit in {"month", "year"}:
        start = shift_months(published, -count * (12 if unit == "year" else 1))
    else:
        start = published - timedelta(days=_days_in(unit, count))
    return Resolution(start, published, "range")


def _shift(day: date, unit: str, count: int) -> date:
    """``day`` moved by ``count`` hours (whole days), days, weeks or months."""
    if unit == "month":
        return shift_months(day, count)
    days = _days_in(unit, abs(count))
    return day + timedelta(days=days if count >= 0 else -days)


def _edge_of(expression: Expression, anchor: Anchor) -> Resolution:
    """The month or year that 'the first four months of 2019' is counted in."""
    fields = expression.fields
    if "month" in fields:
        return _month(expression, anchor)
    year = int(fields["year"]) if "year" in fields else _relative_year(anchor, fields["relative"])
    return _year_interval(year) if year else Resolution(None, None, "year")


def _first_units(expression: Expression, anchor: Anchor) -> Resolution:
    """'the first four months of 2019', 'the last ten days of June': the edge of a month or year."""
    whole = _edge_of(expression, anchor)
    if whole.start is None or whole.end is None:
        return Resolution(None, None, "range")
    unit, count = _unit(expression), _number(expression.fields["num"])
    if expression.fields["edge"].lower() == "first":
        after = _shift(whole.start, unit, count)
        return Resolution(whole.start, min(after - timedelta(days=1), whole.end), "range")
    start = _shift(whole.end + timedelta(days=1), unit, -count)
    return Resolution(max(start, whole.start), whole.end, "range")


def _units_to(expression: Expression, anchor: Anchor) -> Resolution:
    """'the 48 hours to Sunday evening', 'the week to 18 March': counted back from that day."""
    to_day = _weekday if "weekday" in expression.fields else _from_month_day
    end = (to_day(expression, anchor) or _day_interval(None)).start
    if end is None:
        return Resolution(None, None, "range")
    unit = _unit(expression)
    days = _days_in(unit, _number(expression.fields.get("num", "1")))
    return Resolution(end - timedelta(days=days), end, "range")


#: Days in 'the week of 16 July' after its first.
_WEEK_AFTER_FIRST = 6


def _week_from(expression: Expression, anchor: Anchor) -> Resolution:
    """'the week of 16 July', 'the week beginning December 3rd': seven days from that day (a writer names
    the week by its first day)."""
    first = (_from_month_day(expression, anchor) or _day_interval(None)).start
    if first is None:
        return Resolution(None, None, "range")
    return Resolution(first, first + timedelta(days=_WEEK_AFTER_FIRST), "range")


def _year_interval(year: int) -> Resolution:
    return Resolution(date(year, 1, 1), date(year, 12, 31), "year")


def _month_interval(year: int, month: int) -> Resolution:
    return Resolution(date(year, month, 1), month_end(year, month), "month")


def _calendar(expression: Expression, anchor: Anchor) -> Resolution:
    """this/last/next week, month, year and the weekend, from the publication date."""
    published, name = anchor.published, expression.arg
    unit = name.split("_")[-1]
    precision = {"week": "week", "weekend": "range", "month": "month", "year": "year"}[unit]
    if published is None:
        return Resolution(None, None, precision)
    # The weekend is the latest one begun by publication, so on a Saturday or Sunday the weekend under way
    # (clipped to publication later); 'last weekend' is the latest one over before publication's day.
    saturday = weekday_on_or_before(published, 5)
    last_sunday = weekday_on_or_before(published - timedelta(days=1), 6)
    monday = monday_of(published)
    last_month = shift_months(published.replace(day=1), -1)
    next_month = shift_months(published.replace(day=1), 1)
    intervals = {
        "this_week": (monday, published),
        "last_week": (monday - timedelta(days=7), monday - timedelta(days=1)),
        "next_week": (monday + timedelta(days=7), monday + timedelta(days=13)),
        "weekend": (saturday, saturday + timedelta(days=1)),
        "last_weekend": (last_sunday - timedelta(days=1), last_sunday),
        "this_month": (published.replace(day=1), published),
        "last_month": (last_month, month_end(last_month.year, last_month.month)),
        "next_month": (next_month, month_end(next_month.year, next_month.month)),
        "this_year": (date(published.year, 1, 1), published),
        "last_year": (date(published.year - 1, 1, 1), date(published.year - 1, 12, 31)),
        "next_year": (date(published.year + 1, 1, 1), date(published.year + 1, 12, 31)),
    }
    start, end = intervals[name]
    return Resolution(start, end, precision)


def _month_year(anchor: Anchor, month: int) -> int | None:
    """The year whose ``month`` began on or before publication (on or after it, when forward)."""
    published = anchor.published
    if published is None:
        return None
    if anchor.forward:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def _month(expression: Expression, anchor: Anchor) -> Resolution:
    month = _month_number(expression.fields)
    year = int(expression.fields["year"]) if "year" in expression.fields else _month_year(anchor, month)
    return _month_interval(year, month) if year else Resolution(None, None, "month")


def _year(expression: Expression, anchor: Anchor) -> Resolution:
    return _year_interval(int(expression.fields["year"]))


def _part(unit: str, cue: str) -> tables.Part:
    return tables.parts()[(unit, " ".join(cue.lower().split()))]


def _day_of_month(bound: str, year: int, month: int) -> int:
    """'10' -> 10; 'end' -> last day; 'end-6' -> six days before the last."""
    if not bound.startswith("end"):
        return int(bound)
    last = month_end(year, month).day
    return last - int(bound[4:]) if bound != "end" else last


def _year_of_part(anchor: Anchor, part: tables.Part, month: int) -> int | None:
    """The year that puts the part's first day on or before publication (rule 2)."""
    if anchor.published is None:
        return None
    return _year_of_day(anchor, month, _day_of_month(part.first, anchor.published.year, month))


def _month_of_part(fields: dict[str, str], anchor: Anchor, part: tables.Part) -> tuple[int | None, int]:
    """Year and month that 'early June', 'late August 2016' or 'the end of last month' fall in."""
    if "relative" in fields:
        if anchor.published is None:
            return None, 0
        month = shift_months(anchor.published.replace(day=1), -1 if fields["relative"].lower() == "last month" else 0)
        return month.year, month.month
    month = _month_number(fields)
    return (int(fields["year"]) if "year" in fields else _year_of_part(anchor, part, month)), month


def _month_part(expression: Expression, anchor: Anchor) -> Resolution:
    """'early June' (1-10), 'mid-March' (11-20), 'the last week of September' (last 7 days)."""
    part = _part("month", expression.fields["part"])
    year, month = _month_of_part(expression.fields, anchor, part)
    if year is None:
        return Resolution(None, None, part.precision)
    start = date(year, month, _day_of_month(part.first, year, month))
    return Resolution(start, date(year, month, _day_of_month(part.last, year, month)), part.precision)


def _year_part_interval(part: tables.Part, year: int) -> Resolution:
    first_month, first_day = (int(x) for x in part.first.split("-"))
    last_month, last_day = (int(x) for x in part.last.split("-"))
    return Resolution(date(year, first_month, first_day), date(year, last_month, last_day), part.precision)


def _relative_year(anchor: Anchor, relative: str) -> int | None:
    if anchor.published is None:
        return None
    offsets = {"last year": -1, "next year": 1, "last": -1, "next": 1}
    return anchor.published.year + offsets.get(relative.lower(), 0)


def _year_part(expression: Expression, anchor: Anchor) -> Resolution:
    """'the end of 2014', 'mid-2018', 'the first quarter of this year', 'the summer of 2012'."""
    fields = expression.fields
    unit = "season" if (("season", fields["part"].lower()) in tables.parts()) else "year"
    part = _part(unit, fields["part"])
    year = int(fields["year"]) if "year" in fields else _relative_year(anchor, fields["relative"])
    return _year_part_interval(part, year) if year else Resolution(None, None, part.precision)


def _season(expression: Expression, anchor: Anchor) -> Resolution:
    """'the summer': the latest one that began on or before publication."""
    part = _part("season", expression.fields["part"])
    published = anchor.published
    if published is None:
        return Resolution(None, None, part.precision)
    this_year = _year_part_interval(part, published.year)
    if anchor.forward:
        return this_year if this_year.end >= published else _year_part_interval(part, published.year + 1)
    return this_year if this_year.start <= published else _year_part_interval(part, published.year - 1)


def _same_period(expression: Expression, anchor: Anchor) -> Resolution:
    """'the same period of 2018': the span mentioned just before, moved to that year."""
    year, period = int(expression.fields["year"]), anchor.period
    if period is None or period.start is None or period.end is None:
        return Resolution(None, None, "range")
    start = safe_date(year, period.start.month, period.start.day) or date(year, period.start.month, 28)
    end = safe_date(year, period.end.month, period.end.day) or date(year, period.end.month, 28)
    return Resolution(start, end, "range")


def _anaphor(expression: Expression, anchor: Anchor) -> Resolution:
    """'the same day', 'the next morning', 'the previous day': from the last day mentioned."""
    if anchor.antecedent is None:
        return _day_interval(None)
    return _day_interval(anchor.antecedent + timedelta(days=int(expression.arg)))


def _anaphor_units(expression: Expression, anchor: Anchor) -> Resolution:
    """'a day earlier', 'two weeks later': counted from the last day mentioned."""
    if anchor.antecedent is None:
        return _day_interval(None)
    days = _days_in(_unit(expression), _number(expression.fields["num"]))
    sign = -1 if expression.fields["direction"].lower() == "earlier" else 1
    return _day_interval(anchor.antecedent + timedelta(days=sign * days))


def _units_before_stated_day(expression: Expression, anchor: Anchor) -> Resolution | None:
    """'died Friday, **two days after** he was shot' (the pattern asks for the wound: 'after being shot',
    'after she was critically wounded', the way news tells a death that followed an attack): the wound
    came that long before the day its sentence names first (a statement's day is no such day: 'police
    said Friday, two days after ...' dates nothing). None when the sentence names no day before it."""
    if anchor.stated_day is None:
        return None
    days = _days_in(_unit(expression), _number(expression.fields["num"]))
    return _day_interval(anchor.stated_day - timedelta(days=days))


def _that_year(expression: Expression, anchor: Anchor) -> Resolution | None:
    """'4 July of that year': the year of the last date that named one."""
    fields = expression.fields
    if safe_date(_LEAP_YEAR, _month_number(fields), _day_number(fields["day"])) is None:
        return None
    if anchor.year is None:
        return _day_interval(None)
    return _day_interval(safe_date(anchor.year, _month_number(fields), _day_number(fields["day"])))


def _day_of_context(expression: Expression, anchor: Anchor) -> Resolution | None:
    """'on the 7th': the month of the last date that named one, else the latest 7th by publication."""
    day = _day_number(expression.fields["day"])
    if anchor.month is not None:
        year, month = anchor.month
        return _day_interval(safe_date(year, month, day))
    if anchor.published is None:
        return _day_interval(None)
    month_start = anchor.published.replace(day=1)
    if day > anchor.published.day:
        month_start = shift_months(month_start, -1)
    return _day_interval(safe_date(month_start.year, month_start.month, day))


RESOLVERS: dict[str, Callable[[Expression, Anchor], Resolution | None]] = {
    "explicit": _explicit,
    "numeric": _numeric,
    "month_day": _from_month_day,
    "named_day": _from_month_day,
    "moving_day": _moving_day,
    "weekday": _weekday,
    "days_back": _days_back,
    "told_now": _told_now,
    "ago": _ago,
    "overnight": _overnight,
    "past": _past,
    "units_to": _units_to,
    "week_from": _week_from,
    "first_units": _first_units,
    "calendar": _calendar,
    "month": _month,
    "year": _year,
    "month_part": _month_part,
    "year_part": _year_part,
    "season": _season,
    "same_period": _same_period,
    "anaphor": _anaphor,
    "anaphor_units": _anaphor_units,
    "units_before_stated_day": _units_before_stated_day,
    "that_year": _that_year,
    "day_of_context": _day_of_context,
}


def _range(expression: Expression, anchor: Anchor) -> Resolution | None:
    """Both ends of 'between 8 and 14 May'; a first end without a year never lies after the second."""
    first, second = (resolve(piece, anchor) for piece in expression.pieces)
    if first is None or second is None:
        return None
    start = first.start
    if start and second.end and start > second.end and "year" not in expression.pieces[0].fields:
        start = safe_date(start.year - 1, start.month, start.day) or start.replace(year=start.year - 1, day=28)
    return Resolution(start, second.end, "range")


def _since(inner: Resolution, anchor: Anchor) -> Resolution:
    """'since X': from the start of X up to publication."""
    return Resolution(inner.start, anchor.published if inner.start else None, "range")


def _before(inner: Resolution) -> Resolution:
    """'before X': open start, up to the day before X."""
    return Resolution(None, inner.start - timedelta(days=1) if inner.start else None, "range")


def _by(inner: Resolution) -> Resolution:
    """'on or before 5 December': that day, known only as the latest the event can have happened
    (ACLED codes the day itself, time precision 2)."""
    day = inner.end or inner.start
    return Resolution(day, day, "week")


def resolve(expression: Expression, anchor: Anchor) -> Resolution | None:
    """The interval ``expression`` stands for, or None when it turns out not to be a date
    (nor one the calendar can hold: 'a million years ago')."""
    try:
        inner = _range(expression, anchor) if expression.pieces else RESOLVERS[expression.rule](expression, anchor)
    except (ValueError, OverflowError):
        return None
    if inner is None:
        return None
    if expression.modifier == "since":
        return _since(inner, anchor)
    if expression.modifier == "before":
        return _before(inner)
    if expression.modifier == "by":
        return _by(inner)
    return inner
