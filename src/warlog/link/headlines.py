"""The toll a headline gives: '3 dead, 2 hurt in club shooting', 'Gunman kills 4 at a bar'.

The extractor reads an article's text, not its headline: a figure taken from the headline would have no
span in the text that provenance could point at. But headlines are written to give an incident's whole
toll at a glance, while the body may open with one victim's story ('one of the four killed was a
nurse') and give the whole figure further down. So the link step uses a headline only to choose
between the figures its article's text gives (:func:`warlog.link.events._article_tolls`), and every
figure an event keeps still comes from a sentence of the text.

Headlines are short and written to a few patterns, so a handful of regular expressions read them; a
count must stand on its own ('4 dead', 'kills two'), not inside an age ('14-year-old') or a time.
"""

from __future__ import annotations

import re

from warlog.extract.numbers import TEN_WORDS, UNIT_WORDS, parse_number_word

_UNIT_WORDS = "|".join(UNIT_WORDS)
_TEN_WORDS = "|".join(TEN_WORDS)
#: A count: digits, or a number word ('four', 'twenty-one'); never part of a hyphenated age or a decimal.
_COUNT = rf"(\d{{1,3}}|(?:{_TEN_WORDS})(?:-(?:{_UNIT_WORDS}))?|{_UNIT_WORDS})(?![-\w.:])"
#: Up to two words between a count and what happened to them: '4 people dead', '2 others wounded'.
_BETWEEN = r"(?:\s+[a-z']+){0,2}?"
_KILLED_WORDS = r"(?:dead|killed|slain|dies|die|died|murdered|fatally\s+(?:shot|wounded)|shot\s+dead|shot\s+to\s+death)"
_INJURED_WORDS = r"(?:wounded|injured|hurt|hospitalized|critically\s+(?:hurt|injured|wounded)|in\s+critical\s+condition)"
_KILLED_AFTER = re.compile(rf"\b{_COUNT}{_BETWEEN}\s+{_KILLED_WORDS}\b", re.IGNORECASE)
_INJURED_AFTER = re.compile(rf"\b{_COUNT}{_BETWEEN}\s+{_INJURED_WORDS}\b", re.IGNORECASE)
_KILLED_BEFORE = re.compile(rf"\b(?:kills?|killing|leaves?\s+dead)\s+{_COUNT}", re.IGNORECASE)
_INJURED_BEFORE = re.compile(rf"\b(?:wounds?|wounding|injures?|injuring|hurts|hurting)\s+{_COUNT}", re.IGNORECASE)
#: 'Five shot', '7 people shot outside a club': everyone hit, the dead among them (not 'shot dead').
_SHOT = re.compile(rf"\b{_COUNT}{_BETWEEN}\s+shot\b(?!\s+(?:dead|to\s+death))", re.IGNORECASE)
#: 'Gunman shoots 4, killing 1': everyone hit, told after the verb.
_SHOT_BEFORE = re.compile(rf"\b(?:shoots|shot|shooting)\s+{_COUNT}", re.IGNORECASE)
#: One person named at the head of a clause, by a word or two: 'Cashier killed, 3 others injured',
#: 'Linden teen shot dead' (not 'Man who killed two ...': the doer).
_ONE_KILLED = re.compile(rf"(?:^|[,;:]\s*)(?:an?\s+)?(?!(?:who|that)\b)[a-z][\w'-]*(?:\s+(?!(?:who|that)\b)[a-z][\w'-]*)?"
                         rf"\s+{_KILLED_WORDS}\b", re.IGNORECASE)
#: 'Four shot, two fatally': the dead among those shot.
_FATALLY = re.compile(rf"\b{_COUNT}\s+fatally\b", re.IGNORECASE)


def _counts(pattern: re.Pattern, title: str) -> set[int]:
    found = set()
    for match in pattern.finditer(title):
        value = parse_number_word(match.group(1))
        if value is not None and 0 < value < 1000 and value == int(value):
            found.add(int(value))
    return found


def headline_tolls(title: str | None) -> dict[str, set[int]]:
    """The figures a headline gives, by kind of count (``fatalities``, ``injured``): each a set, since a
    headline may give more than one ('3 dead, 2 hurt; 1 injured later'). Those 'shot' are everyone hit:
    the wounded are they less the dead ('4 shot, 1 fatally' is one dead and three wounded)."""
    if not title:
        return {}
    killed = _counts(_KILLED_AFTER, title) | _counts(_KILLED_BEFORE, title) | _counts(_FATALLY, title)
    if not killed and _ONE_KILLED.search(title):
        killed = {1}
    injured = _counts(_INJURED_AFTER, title) | _counts(_INJURED_BEFORE, title)
    for shot in _counts(_SHOT, title) | _counts(_SHOT_BEFORE, title):
        injured |= {shot - dead for dead in killed if shot > dead} if killed else {shot}
    tolls = {"fatalities": killed, "injured": injured}
    return {kind: figures for kind, figures in tolls.items() if figures}
