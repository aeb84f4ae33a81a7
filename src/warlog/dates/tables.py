"""The word tables under ``data/dates/``, read once and shaped for the grammar and the role rules.

Month and weekday names, time-of-day words, the parts of a month or year, named days,
the context patterns and the role cues are data, not code, so a coder can extend them
without touching the rules (see ``data/dates/README.md``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from warlog.data import read_table


@dataclass(frozen=True)
class Part:
    """A part of a month, a year or a season: 'early', 'the end of', 'the first week of', 'summer'."""

    id: str
    unit: str  # month, year, season
    cue: str
    first: str  # day number, 'end-N', or MM-DD for years and seasons
    last: str
    precision: str


@dataclass(frozen=True)
class NamedDay:
    name: str
    month: int
    day: int
    context: re.Pattern | None  # the day counts only when this matches near the mention


@dataclass(frozen=True)
class MovingDay:
    """A day named by a rule, not a date: 'Memorial Day' (the last Monday of May), 'Good Friday'
    (two days before Easter Sunday). ``rule`` is ``nth_weekday`` (``nth`` ``weekday`` of ``month``,
    -1 for the last) or ``easter`` (Western Easter Sunday); ``offset`` days are added to the result."""

    id: str
    rule: str
    month: int
    weekday: int
    nth: int
    offset: int


@dataclass(frozen=True)
class Context:
    id: str
    where: str
    meaning: str
    pattern: re.Pattern


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Every written form of a month ('Sept.', 'September') -> 1..12."""
    return {form: int(row["number"]) for row in read_table("dates/months.csv") for form in row["forms"].split("|")}


@lru_cache(maxsize=1)
def weekday_numbers() -> dict[str, int]:
    """Weekday names -> 0 (Monday) .. 6 (Sunday)."""
    return {row["name"]: int(row["number"]) for row in read_table("dates/weekdays.csv")}


@lru_cache(maxsize=1)
def weekday_abbreviations() -> dict[str, int]:
    """Weekday names and their abbreviations ('Tue', 'Thurs.') -> 0..6."""
    forms = dict(weekday_numbers())
    for row in read_table("dates/weekdays.csv"):
        forms.update({form: int(row["number"]) for form in row["abbreviations"].split("|")})
    return forms


@lru_cache(maxsize=None)
def words(group: str) -> tuple[str, ...]:
    """The words of one group in ``words.csv`` ('daypart', 'cue', 'weekday_lead', ...)."""
    return tuple(row["word"] for row in read_table("dates/words.csv") if row["group"] == group)


@lru_cache(maxsize=1)
def time_nouns() -> frozenset[str]:
    """Nouns of a time or a part of one, passed through when looking for the word a date hangs on ('at 4
    a.m. on Saturday', 'the whole of last year'): ``time_noun`` and ``portion_noun`` of ``words.csv``."""
    return frozenset(words("time_noun")) | frozenset(words("portion_noun"))


@lru_cache(maxsize=1)
def parts() -> dict[tuple[str, str], Part]:
    """(unit, cue) -> Part, for 'early' + month, 'the end of' + year, 'summer' + year, ..."""
    return {(row["unit"], row["cue"]): Part(**row) for row in read_table("dates/parts.csv")}


@lru_cache(maxsize=1)
def month_first_countries() -> frozenset[str]:
    """ISO codes of the countries whose news writes numeric dates month first ('08/10/2014' = 10 August)."""
    return frozenset(row["country"] for row in read_table("dates/month_first.csv"))


def writes_month_first(country: str | None) -> bool:
    """Does news from ``country`` (ISO 3166-1 alpha-2) write all-numeric dates month first? DOCS: docs/dates.md"""
    return country in month_first_countries()


@lru_cache(maxsize=1)
def named_days() -> tuple[NamedDay, ...]:
    return tuple(
        NamedDay(row["name"], int(row["month"]), int(row["day"]), _context_pattern(row["context"]))
        for row in read_table("dates/named_days.csv")
    )


@lru_cache(maxsize=1)
def moving_days() -> dict[str, MovingDay]:
    """Every written form of a moving day ('Thanksgiving', 'Thanksgiving Day') -> its rule."""
    return {
        form: MovingDay(row["id"], row["rule"], int(row["month"] or 0), int(row["weekday"] or 0),
                        int(row["nth"] or 0), int(row["offset"]))
        for row in read_table("dates/moving_days.csv")
        for form in row["name"].split("|")
    }


def _context_pattern(context: str) -> re.Pattern | None:
    return re.compile(context) if context else None


@lru_cache(maxsize=1)
def contexts() -> dict[str, tuple[Context, ...]]:
    """Context patterns by where they apply ('prefix', 'range_join', 'dateline_after', ...)."""
    found: dict[str, list[Context]] = {}
    for row in read_table("dates/contexts.csv"):
        flags = 0 if row["where"].startswith("dateline") else re.IGNORECASE
        context = Context(row["id"], row["where"], row["meaning"], re.compile(row["pattern"], flags))
        found.setdefault(row["where"], []).append(context)
    return {where: tuple(items) for where, items in found.items()}


def context_meaning(where: str, text: str) -> str | None:
    """Meaning of the first context pattern of kind ``where`` that matches ``text``, else None."""
    for context in contexts().get(where, ()):
        if context.pattern.search(text):
            return context.meaning
    return None


@lru_cache(maxsize=1)
def role_cues() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Cue kind -> (lemmas, lower-case forms) from ``roles.csv``."""
    found: dict[str, tuple[set[str], set[str]]] = {}
    for row in read_table("dates/roles.csv"):
        lemmas, forms = found.setdefault(row["kind"], (set(), set()))
        (lemmas if row["match"] == "lemma" else forms).add(row["cue"])
    return {kind: (frozenset(lemmas), frozenset(forms)) for kind, (lemmas, forms) in found.items()}
