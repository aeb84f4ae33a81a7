"""What identifies one incident across months: the people its news names with their ages, and its street address.

Stories join articles a few days apart by their words and by what, where and when they tell
(:mod:`warlog.link.stories`). Local news follows an incident for months after that (an arrest, a
charge, a trial, a sentencing), in words that share little with the first reports and on days no
window reaches. What those articles share with the first reports is who and where: the victim and
the suspect by name ('Dana Whitlow, 31,' in the first report, 'the killing of Dana Whitlow' at the
trial) and the house on its street ('2400 Alder Road').

A name told with an age ('Dana Whitlow, 31,', 'a 31-year-old Dana Whitlow', 'Dana Whitlow (31)') is
a party to an incident, not a spokesman, a mayor or a reporter, whom news names without one: such a
name is a *key*. A later article that names the person, with an age or not, tells of the same
incident; the names it may match are those in its headline and opening paragraphs (:data:`LEDE_CHARS`),
where news says whom an article is about. A street address with its house number is a key on both
sides; a block ('the 2400 block of Alder Road') is a hundred houses, and a busy block in a city sees
shooting after shooting, so it identifies nothing. Two articles share their incident when one's key
is the other's key or one of the people its opening names (:func:`warlog.link.stories.followed_up`
joins their stories through an index, in one region).

Written by hand because no package reads these local-news conventions; spaCy's person tagger would
need the annotated text, which the link step does not keep.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from warlog.clean.language import english_stopwords
from warlog.places.streets import STREET_TYPES


#: How far into an article the names it is about are looked for (headline, dateline and lede).
LEDE_CHARS = 1500

_NAME_WORD = r"(?:[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?|Mc[A-Z][a-z]+|O'[A-Z][a-z]+)"
_INITIAL = r"[A-Z]\."
#: A person's name: two to four capitalised words, middle initials allowed ('Dana R. Whitlow').
_NAME = rf"({_NAME_WORD}(?:\s+(?:{_INITIAL}|{_NAME_WORD})){{1,3}})"
_AGE = r"(\d{1,2})"
#: Words after 'N-year-old Name' that make the name a place or a group, not a person ('a 31-year-old
#: Lake Forest man').
_PERSON_NOUNS = (r"man|woman|men|women|boy|girl|teen|teenager|resident|residents|student|mother|father|son|"
                 r"daughter|native|driver|worker|employee|officer|deputy|suspect|victim|child|infant|toddler")
#: A generational suffix between a name and its age ('Dana Whitlow Jr., 31,'), no part of the key.
_SUFFIX = r"(?:,?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV))?"
_NAMED_WITH_AGE = (
    re.compile(rf"\b{_NAME}{_SUFFIX},\s+{_AGE},"),
    re.compile(rf"\b{_AGE}-year-old\s+{_NAME}\b(?!\s+(?:{_PERSON_NOUNS})\b)"),
    re.compile(rf"\b{_NAME}\s+\({_AGE}\)"),
)
_ANY_NAME = re.compile(rf"\b{_NAME}\b")
#: A house number and its street: '2400 Alder Road', '2400 North Alder Rd.' (the compass word left out,
#: as outlets give it or not).
_ADDRESS = re.compile(
    r"\b(\d{2,5})\s+(?:(?:[NSEW]\.?|North|South|East|West)\s+)?((?:[A-Z][a-z]+\s+){1,3})("
    + "|".join(sorted((t.title() for t in STREET_TYPES), key=len, reverse=True)) + r")\b")
#: Suffixes a name may end on that are no part of what tells people apart.
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: Ranks, offices and forms of address news puts before a name ('Officer Dana Whitlow', 'Lieutenant
#: Colonel Dana Whitlow'): the person is the name after them, however each outlet styles it.
_TITLES = frozenset({
    "officer", "detective", "deputy", "sergeant", "sgt", "lieutenant", "lt", "colonel", "col", "captain", "capt",
    "major", "maj", "general", "gen", "corporal", "cpl", "private", "pvt", "specialist", "spc", "trooper",
    "sheriff", "chief", "mayor", "judge", "justice", "dr", "mr", "mrs", "ms", "miss", "rev", "reverend", "pastor",
    "senator", "sen", "representative", "rep", "governor", "gov", "councilman", "councilwoman", "commissioner",
    "prosecutor", "attorney", "coach", "professor", "prof",
})


@dataclass(frozen=True)
class Identity:
    """What an article says that identifies its incident: ``keys`` (people named with an age, house
    addresses) and ``names`` (the people its opening names, with or without an age)."""

    keys: frozenset[str]
    names: frozenset[str]


def identity_of(title: str | None, text: str) -> Identity:
    body = f"{title or ''}\n{text}"
    people = {_name_key(match.group(_name_group(match))) for pattern in _NAMED_WITH_AGE for match in pattern.finditer(body)}
    addresses = {_address_key(match) for match in _ADDRESS.finditer(body)}
    names = {_name_key(match.group(1)) for match in _ANY_NAME.finditer(body[:LEDE_CHARS])}
    return Identity(frozenset((people | addresses) - {None}), frozenset(names - {None}))


def _name_group(match: re.Match) -> int:
    return 1 if not match.group(1)[:1].isdigit() else 2


def _name_key(name: str) -> str | None:
    """'name:first last' for a person's name, less the ranks and forms of address before it
    (:data:`_TITLES`), None for capitalised words that are no name ('New Haven Police', 'Mom And Son'):
    a word English uses commonly ends it."""
    words = [w for w in name.split() if not w.endswith(".") and w.lower() not in _SUFFIXES]
    while words and words[0].lower() in _TITLES:
        words = words[1:]
    if len(words) < 2 or any(w.lower() in _common_words() for w in words):
        return None
    return f"name:{words[0].lower()} {words[-1].lower()}"


def _address_key(match: re.Match) -> str:
    street = " ".join(w.strip(".").lower() for w in match.group(2).split())
    return f"address:{match.group(1)} {street} {STREET_TYPES[match.group(3).lower()]}"


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    return english_stopwords() | frozenset(_PERSON_NOUNS.split("|")) | {"police", "county", "city"}
