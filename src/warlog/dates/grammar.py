"""Find date expressions in text with warlog's own patterns (``data/dates/patterns.csv``).

Why not a library: dateparser's ``search_dates`` scans every word of an article (slow: it
tries many languages and formats on each window) and it takes '24/7', '3-1' or 'Flight
1129' for dates. News needs the exact span of each expression, its parts kept apart
('last' + 'Tuesday', 'early' + 'June', 'since' + 'the end of' + '2014') so they can be
anchored on the publication date, and a refusal to touch clock times, scores and
fractions. Regular expressions built from the word tables do this; they run only on
short windows around *anchors* (a day or year number, a month or weekday name, words
such as 'week', 'ago', 'overnight'), so most of an article is never scanned by them. A
candidate is a plain :class:`Expression`, resolved later (:mod:`warlog.dates.resolve`).

Every pattern's named groups say what it found (``day``, ``month``, ``year``,
``weekday``, ``part``, ``num``, ``unit`` ...). A ``span`` group, when present, marks
the mention inside a larger match: the pattern may need context ('in', 'on') that the
mention leaves out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from warlog.data import read_table
from warlog.dates import tables
from warlog.regex_union import union_of

#: Characters of text looked at before a mention for 'since', 'between', a dateline head.
_LOOK_BEHIND = 60
#: Characters looked at after a mention for a dateline tail or 'alone'.
_LOOK_AHEAD = 40
#: Characters around each anchor (digit, month, weekday, 'week', 'ago' ...) that patterns are run on;
#: longer than any expression, so no match is cut.
_WINDOW = 48
#: Characters around a named day searched for its country ('Ukraine's independence day').
_NAMED_DAY_WINDOW = 150


@dataclass(frozen=True)
class Rule:
    """One row of ``patterns.csv``, compiled."""

    id: str
    rule: str
    arg: str
    role: str
    pattern: re.Pattern
    order: int


@dataclass(frozen=True)
class Expression:
    """A date expression found in the text, not yet resolved.

    ``rule`` names the resolver (``weekday``, ``month_day``, ``calendar`` ...), ``arg``
    its argument from the pattern table and ``fields`` the pattern's named groups.
    ``modifier`` is 'since', 'before' or 'by' ('on or before') when that leads the mention; ``pieces``
    holds both ends of an explicit range ('between 8 and 14 May').
    """

    start: int
    end: int
    rule: str
    arg: str = ""
    role: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    modifier: str = ""
    core_start: int = -1  # start without the 'since'/'before' taken in (-1: same as start)
    pieces: tuple[Expression, ...] = ()
    dateline: bool = False
    order: int = 0


def _alternation(forms: Iterable[str], *, case_sensitive: bool = False) -> str:
    body = union_of(forms)
    return f"(?-i:{body})" if case_sensitive else body


@lru_cache(maxsize=1)
def _placeholders() -> dict[str, str]:
    """What each ``{NAME}`` in a pattern stands for; names of months and weekdays must be capitalised."""
    part_cues = {unit: [p.cue for p in tables.parts().values() if p.unit == unit]
                 for unit in ("month", "year", "season")}
    not_a_letter = r"(?![A-Za-z])"
    return {
        "MONTH": _alternation(tables.month_numbers(), case_sensitive=True) + not_a_letter,
        "WEEKDAY": _alternation(tables.weekday_numbers(), case_sensitive=True) + not_a_letter,
        "WEEKDAY_ABBR": _alternation(tables.weekday_abbreviations(), case_sensitive=True) + not_a_letter,
        # A day number is no clock time ('18:30') but may head a note ('July 18: ...').
        "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d|[.]\d)",
        "DAY_ORDINAL": r"(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th)",
        "YEAR": r"(?:19|20)\d{2}(?!\d|,\d)",
        "NUM": r"(?:\d{1,4}|[a-z]+(?:-[a-z]+)?)",
        "DAYPART": _alternation(tables.words("daypart")),
        "WEEKDAY_LEAD": _alternation(tables.words("weekday_lead")),
        "RELATIVE_DAY": _alternation(tables.words("relative_day")),
        "CUE": _alternation(tables.words("cue")),
        "ORDINAL_NOUN": _alternation(tables.words("ordinal_noun")),
        "MONTH_PART": _alternation(part_cues["month"]),
        "YEAR_PART": _alternation(part_cues["year"]),
        "SEASON": _alternation(part_cues["season"]),
        "NAMED_DAY": _alternation({day.name for day in tables.named_days()}),
        "MOVING_DAY": _alternation(tables.moving_days(), case_sensitive=True),
    }


def _expand(pattern: str) -> str:
    values = _placeholders()
    return re.sub(r"\{([A-Z_]+)\}", lambda m: values[m.group(1)], pattern)


def _compile(pattern: str) -> re.Pattern:
    """A table pattern with its placeholders filled in, matched only at word boundaries; a bracket may
    follow a word at once ('killed by the herders(24/5)'): typed notes leave out the space. Only patterns
    holding a bracket get that choice of starts: given to all, it made finding dates 40% slower."""
    start = r"(?:(?<!\w)|(?=[(\[]))" if _BRACKET in pattern else r"(?<!\w)"
    return re.compile(start + "(?:" + _expand(pattern) + r")(?!\w)", re.IGNORECASE)


#: How the table's patterns write an opening bracket.
_BRACKET = r"[\[(]"


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The compiled patterns, in table order (earlier rows win ties)."""
    return tuple(
        Rule(row["id"], row["rule"], row["arg"], row["role"], _compile(row["pattern"]), order)
        for order, row in enumerate(read_table("dates/patterns.csv"))
    )


def number_value(word: str) -> int | None:
    """'a'/'an' = 1; digits and number words ('three', 'twenty-one') as warlog.extract.numbers reads them."""
    # Imported here, not at the top: warlog.extract imports warlog.dates.
    from warlog.extract.numbers import parse_number_word

    if word.lower() in {"a", "an"}:
        return 1
    value = parse_number_word(word)
    return int(value) if value is not None else None


def _named_day_fields(name: str, text: str, start: int, end: int) -> dict[str, str] | None:
    """Month and day of a named day whose country (if it needs one) is named nearby."""
    window = text[max(0, start - _NAMED_DAY_WINDOW) : end + _NAMED_DAY_WINDOW]
    for day in tables.named_days():
        if day.name == name.lower() and (day.context is None or day.context.search(window)):
            return {"month_number": str(day.month), "day": str(day.day)}
    return None


def _fields(match: re.Match, text: str, start: int, end: int) -> dict[str, str] | None:
    """The match's named groups, or None when the match is not a date after all."""
    fields = {key: value for key, value in match.groupdict().items() if value is not None and key != "span"}
    if "num" in fields and number_value(fields["num"]) is None:
        return None
    if "named" in fields:
        return _named_day_fields(fields["named"], text, start, end)
    return fields


@lru_cache(maxsize=1)
def _anchor() -> re.Pattern:
    """Something every date expression contains: a day or year number, a month or weekday name, or an anchor word.

    Longer numbers ('1,200', '155mm') are no anchor: most numbers in news are counts.
    """
    names = [*tables.month_numbers(), *tables.weekday_abbreviations(), *(day.name for day in tables.named_days()),
             *tables.moving_days()]
    numbers = r"(?<![\d,.])(?:\d{1,2}|(?:19|20)\d\d)(?!\d|,\d)"
    return re.compile(numbers + r"|(?<!\w)" + _alternation([*names, *tables.words("anchor")]), re.IGNORECASE)


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around anchors, merged; the patterns run only there (most text has none)."""
    windows: list[tuple[int, int]] = []
    for match in _anchor().finditer(text):
        start, end = max(0, match.start() - _WINDOW), min(len(text), match.end() + _WINDOW)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _has_span(match: re.Match) -> bool:
    return "span" in match.re.groupindex and match.group("span") is not None


def _candidates(text: str) -> list[Expression]:
    found = []
    for window_start, window_end in _windows(text):
        for rule in rules():
            for match in rule.pattern.finditer(text, window_start, window_end):
                start, end = match.span("span") if _has_span(match) else match.span()
                fields = _fields(match, text, start, end)
                if fields is not None:
                    found.append(Expression(start, end, rule.rule, rule.arg, rule.role, fields, order=rule.order))
    return found


def _longest_without_overlap(candidates: list[Expression]) -> list[Expression]:
    """Keep the longest candidates that do not overlap (ties: earlier start, then table order)."""
    taken: list[Expression] = []
    for candidate in sorted(candidates, key=lambda e: (e.start - e.end, e.start, e.order)):
        if all(candidate.end <= other.start or candidate.start >= other.end for other in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda e: e.start)


def _context_match(where: str, text: str) -> tuple[tables.Context, re.Match] | None:
    for context in tables.contexts().get(where, ()):
        match = context.pattern.search(text)
        if match:
            return context, match
    return None


def _join_ranges(expressions: list[Expression], text: str) -> list[Expression]:
    """Merge 'between 8 and 14 May', 'from 2014 to 2017', 'the night of 3 to 4 April' into one range."""
    joined: list[Expression] = []
    index = 0
    while index < len(expressions):
        first = expressions[index]
        second = expressions[index + 1] if index + 1 < len(expressions) else None
        merged = _range(first, second, text) if second is not None else None
        joined.append(merged or first)
        index += 2 if merged else 1
    return joined


def _names_a_month(expression: Expression) -> bool:
    return "month" in expression.fields or any(_names_a_month(piece) for piece in expression.pieces)


def _restated(expressions: list[Expression], text: str) -> list[Expression]:
    """'over the weekend (May 13-14)', 'last week (3 to 9 June)': dates in brackets right after a date that
    names no month restate it exactly; the mention is both, read as the bracketed one. ('Thursday (Sept. 7)'
    is one pattern already; 'May 13 (Saturday)' keeps its month-day.)"""
    kept: list[Expression] = []
    for expression in expressions:
        previous = kept[-1] if kept else None
        if (previous is not None and _names_a_month(expression) and not _names_a_month(previous)
                and _RESTATING_BRACKET.fullmatch(text[previous.end : expression.start])
                and text[expression.end : expression.end + 1] in {")", "]"}):
            expression = replace(kept.pop(), start=previous.start, end=expression.end + 1, rule=expression.rule,
                                 arg=expression.arg, fields=expression.fields, pieces=expression.pieces)
        kept.append(expression)
    return kept


#: What stands between a date and the bracketed date that restates it.
_RESTATING_BRACKET = re.compile(r",? ?[(\[]")


def _range(first: Expression, second: Expression, text: str) -> Expression | None:
    join = _context_match("range_join", text[first.end : second.start])
    if join is None:
        return None
    before = text[max(0, first.start - _LOOK_BEHIND) : first.start]
    lead = _context_match("range_lead", before)
    if lead is None and join[0].meaning == "needs_lead":
        return None
    start = first.start - (len(before) - lead[1].start()) if lead else first.start
    return Expression(start, second.end, "range", role=lead[0].meaning if lead else "", pieces=(first, second),
                      order=first.order)


def _with_prefix(expression: Expression, text: str) -> Expression:
    """Take a leading 'since', 'before' or 'on or before' into the mention and note it."""
    before = text[max(0, expression.start - _LOOK_BEHIND) : expression.start]
    prefix = _context_match("prefix", before)
    if prefix is None:
        return expression
    context, match = prefix
    start = expression.start - (len(before) - match.start())
    return replace(expression, start=start, modifier=context.meaning, core_start=expression.start)


def without_before(expression: Expression) -> Expression:
    """A deadline ('not expected to resume before the end of the year') is the date itself."""
    if expression.modifier != "before" or expression.core_start < 0:
        return expression
    return replace(expression, start=expression.core_start, modifier="")


def stamps_the_page(text: str, start: int, end: int) -> bool:
    """Is the date at ``text[start:end]`` a page's stamp ('Updated: Mar 3, 2020 - 9:15 PM', '(05/09/16) - ',
    'UPDATE 4:10 p.m. (June 4):', a bracketed '(27/01)' closing the text), which dates the page and bounds
    what it tells, unlike a wire dateline ('MOSUL, Iraq, Oct 17 (Wire) -'), which dates its news?"""
    before = ("\n" if start <= _LOOK_BEHIND else "") + text[max(0, start - _LOOK_BEHIND) : start]
    return bool(_context_match("dateline_stamp", before)
                or (_context_match("dateline_open", before) and _context_match("dateline_close", text[end : end + _LOOK_AHEAD]))
                or _closes_the_text(text, start, end))


#: A day and month in brackets, the month written with two digits ('(27/01)').
_BRACKETED_DAY_MONTH = re.compile(r"[(\[]\d{1,2}/(?:0[1-9]|1[0-2])[)\]]")


def _closes_the_text(text: str, start: int, end: int) -> bool:
    """Is the date a bracketed day and month after the text's last sentence ('... took part in the rally.
    (27/01)')? Digests of South Asian papers and coders' notes stamp an item so with the day it came out."""
    return (_BRACKETED_DAY_MONTH.fullmatch(text, start, end) is not None and not text[end:].strip(" \t\n.")
            and text[max(0, start - _LOOK_BEHIND) : start].rstrip().endswith((".", "!", "?")))


def _is_dateline(expression: Expression, text: str) -> bool:
    """A date at the head of a paragraph followed by a dash or bar ('MOSUL, Iraq, Oct 17 (Wire) -'), or in
    brackets there followed by a dash or colon ('(05/09/16) - ', 'DAYTON, OH (June 3, 2016): ', local TV's
    way), or a page's stamp of when it was posted or updated ('Updated: Mar 3, 2020 - 9:15 PM', 'Posted:
    Tuesday, March 3, 2020 6:40 PM CST', 'UPDATE 4:10 p.m. (June 4):'): the date of the page, not of
    what it tells."""
    window_start = max(0, expression.start - _LOOK_BEHIND)
    # The text's own start counts as a line start; a window cut mid-line does not.
    before = ("\n" if window_start == 0 else "") + text[window_start : expression.start]
    after = text[expression.end : expression.end + _LOOK_AHEAD]
    return (stamps_the_page(text, expression.start, expression.end)
            or bool(_context_match("dateline_before", before) and _context_match("dateline_after", after)))


def find_expressions(text: str) -> list[Expression]:
    """Every date expression in ``text``, sorted by start, none overlapping."""
    expressions = _restated(_join_ranges(_longest_without_overlap(_candidates(text)), text), text)
    expressions = [_with_prefix(expression, text) for expression in expressions]
    return [replace(e, dateline=True) if _is_dateline(e, text) else e for e in expressions]
