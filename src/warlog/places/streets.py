"""Streets an article names: a street named after a town is no place of the story (issue 15).

US local news says where a shooting happened street by street: 'in the 3400 block of Oxford', 'near
Thompson and Colorado avenues', 'on Winthrop near Clarita', 'at 12 Cambridge Street'. Streets are
named after towns, states and people (Oxford, Miami, Pennsylvania, Kensington), and once an article
has written a name as a street it goes on using it bare ('the shooting on Winthrop'). The gazetteer
then reads the bare name as the town of that name, anywhere in the US or abroad.

:func:`street_names` reads the names an article writes as streets:

* before a street word: 'Cambridge Street', 'Saratoga Springs Place', 'Miami Ave.';
* after 'the N block of' (a direction may come between: 'the 4200 block of East Kossuth');
* two names before a plural street word: 'Thompson and Colorado avenues';
* 'on X near|at|and|between|in ...': a street of an intersection or a stretch of road ('on Kossuth in
  north St. Louis').

A bare mention of such a name is a street, not a place (``candidates``), unless it is a major place
(a state, a big city) outside a street's slot: 'Pennsylvania Avenue' does not make every
'Pennsylvania' of the article a street, but 'the 3000 block of Miami' is no city.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from warlog.data import read_table
from warlog.regex_union import union_of

_STREET_TYPES = read_table("places/street_types.csv")
#: Words after a name that make it a street (singular, with common abbreviations); not 'Court', which
#: follows as many institutions ('the Supreme Court') as streets.
STREET_WORDS = tuple(row["word"] for row in _STREET_TYPES if row["after_any_name"] == "yes")
#: Each street word, lower case and without its full stop, as the kind of street it names ('ave' ->
#: 'avenue'): an address is the same however an outlet abbreviates it.
STREET_TYPES = {row["word"].lower().rstrip("."): row["type"] for row in _STREET_TYPES}
#: The plural after two street names ('Thompson and Colorado avenues'; many outlets capitalise it: 'Avenues').
STREET_PLURALS = ("streets", "avenues", "roads", "drives", "boulevards", "lanes")
_PLURALS = union_of(STREET_PLURALS + tuple(plural.capitalize() for plural in STREET_PLURALS))
#: Words after 'on X' that show X is a street ('on Winthrop near Clarita').
_ROAD_LINKS = ("near", "at", "and", "between", "in")
_NAME = r"[A-Z][A-Za-z'’]+(?: [A-Z][A-Za-z'’]+){0,2}"
_SLOT_DIRECTIONS = frozenset({"north", "south", "east", "west", "n", "s", "e", "w", "northeast", "northwest",
                              "southeast", "southwest"})
_DIRECTION = r"(?:(?:North|South|East|West|N\.?|S\.?|E\.?|W\.?|Northeast|Northwest|Southeast|Southwest) )?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    return (
        re.compile(rf"\b({_NAME}) {union_of(STREET_WORDS)}(?![\w])"),
        re.compile(rf"\bblock of {_DIRECTION}({_NAME})"),
        re.compile(rf"\b({_NAME}) and (?:{_NAME}) {_PLURALS}\b"),
        re.compile(rf"\b(?:{_NAME}) and ({_NAME}) {_PLURALS}\b"),
        re.compile(rf"\bon(?:to| to)? ({_NAME}) {union_of(_ROAD_LINKS)}\b"),
    )


def street_names(text: str) -> frozenset[str]:
    """The names ``text`` writes as streets (see the module docstring)."""
    return frozenset(match.group(1) for pattern in _patterns() for match in pattern.finditer(text))


def in_street_slot(doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]`` sits where a street goes: after 'block of' (and a direction), after
    'on'/'onto' ('turned on to Miami'), or before a street word ('Miami Ave.', 'Thompson and Colorado
    avenues')."""
    if end < len(doc) and (doc[end].text in STREET_WORDS or doc[end].lower_ in STREET_PLURALS):
        return True
    i = start - 1
    if i >= 0 and doc[i].lower_.rstrip(".") in _SLOT_DIRECTIONS:
        i -= 1
    if i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ == "block":
        return True
    return start >= 1 and (doc[start - 1].lower_ in {"on", "onto"} or
                           (start >= 2 and doc[start - 1].lower_ == "to" and doc[start - 2].lower_ == "on"))
