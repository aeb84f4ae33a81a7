"""Filters shared by the commands, the exports, the briefing and the web view.

One place turns a user's words into SQL: a country given by name or code, a day, a grade. Each
table is filtered on the column that dates and places it, or through the events and reports
that do, so ``--since/--until/--country`` mean the same on every export.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from warlog.errors import Errors, WarlogError
from warlog.places.country_names import country_code as places_country_code

GRADES = ("confirmed", "fair", "weak", "contested")


def country_code(value: str) -> str:
    """The ISO 3166-1 alpha-2 code of a country given by code or name ('SY', 'SYR', 'Syria', 'Russia').

    Raises:
        WarlogError: when no country has that code or name.
    """
    code = places_country_code(value)
    if code is None:
        raise WarlogError(Errors.E012.format(value=value))
    return code


def parse_day(value: str | date | None, option: str) -> date | None:
    """A day given as YYYY-MM-DD (or already a date)."""
    if value is None or isinstance(value, date):
        return value
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise WarlogError(Errors.E010.format(option=option, value=value)) from None


def check_grade(grade: str | None) -> str | None:
    if grade is not None and grade not in GRADES:
        raise WarlogError(Errors.E013.format(value=grade, choices=", ".join(GRADES)))
    return grade


#: Rows a listing may ask for: beyond this, DuckDB's LIMIT would overflow long before a screen fills.
MAX_ROWS = 10**9


def check_limit(limit: int | None, option: str = "--limit") -> int | None:
    """A row limit as given, 0 for all; a negative one is an error, one past :data:`MAX_ROWS` means all."""
    if limit is not None and limit < 0:
        raise WarlogError(Errors.E014.format(option=option, value=limit))
    return 0 if limit is not None and limit > MAX_ROWS else limit


#: For each table: the expression that dates a row, and how a row is tied to a country.
_EVENT_COUNTRY = "lower(country) = lower(?)"
_STORY_COUNTRY = "story_id IN (SELECT story_id FROM events WHERE lower(country) = lower(?))"
_ARTICLE_COUNTRY = "article_id IN (SELECT article_id FROM reports WHERE lower(country) = lower(?))"
_TABLE_FILTERS: dict[str, tuple[str, str]] = {
    "events": ("event_date", _EVENT_COUNTRY),
    "reports": ("event_date", _EVENT_COUNTRY),
    "articles": ("CAST(published AS DATE)", _ARTICLE_COUNTRY),
    "claims": ("(SELECT CAST(a.published AS DATE) FROM articles a WHERE a.article_id = claims.article_id)",
               _ARTICLE_COUNTRY),
    "field_spans": ("(SELECT CAST(a.published AS DATE) FROM articles a WHERE a.article_id = field_spans.article_id)",
                    _ARTICLE_COUNTRY),
    "stories": ("CAST(first_published AS DATE)", _STORY_COUNTRY),
    "disputes": ("CAST(first_published AS DATE)", _STORY_COUNTRY),
    "skips": ("CAST(skipped_at AS DATE)", "false AND ? IS NULL"),
}


@dataclass(frozen=True)
class Period:
    """``--since``, ``--until`` and ``--country``, as every export takes them."""

    since: date | None = None
    until: date | None = None
    country: str | None = None

    @classmethod
    def parse(cls, since: str | None = None, until: str | None = None, country: str | None = None) -> Period:
        return cls(parse_day(since, "--since"), parse_day(until, "--until"),
                   country_code(country) if country else None)

    def where(self, table: str) -> tuple[str, list]:
        """``WHERE ...`` for ``table`` (empty when nothing is filtered), and its parameters."""
        dated, placed = _TABLE_FILTERS[table]
        clauses, params = [], []
        if self.since:
            clauses.append(f"{dated} >= ?")
            params.append(self.since)
        if self.until:
            clauses.append(f"{dated} <= ?")
            params.append(self.until)
        if self.country:
            clauses.append(placed)
            params.append(self.country)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params
