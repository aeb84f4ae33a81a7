"""Casualty figures: which quantities count the killed and the injured, and which of them are civilians."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from warlog.extract.numbers import Quantity, counted_noun, find_quantities, is_not_a_count, people_groups
from warlog.extract.syntax import MAX_ARCS, arcs_between
from warlog.models import Counts

KILLED_LEMMAS = frozenset("kill die dead death slay massacre execute perish fatality life toll martyr".split())
INJURED_LEMMAS = frozenset("wound injure hurt injury".split())
#: Casualty words that give a whole toll: a second toll is another source's estimate, not more dead.
TOLL_LEMMAS = frozenset("toll tally".split())
#: Words that make a figure part of another ('52 people, including five children').
SUBSET_WORDS = frozenset("including among".split())
_SUBSET_PRONOUNS = frozenset("them whom".split())


@dataclass(frozen=True)
class Casualty:
    quantity: Quantity
    kind: str  # killed or injured
    civilian: bool
    subset: bool = False  # counted inside another figure of the sentence
    toll: bool = False  # given as a toll ('put the toll at 11')


def _is_civilian(noun: Token | None) -> bool:
    if noun is None:
        return False
    groups = people_groups()
    if groups.get(noun.lemma_.lower()) == "civilian" or any(c.lower_ == "civilian" for c in noun.children):
        return True
    conjuncts = [c for c in noun.conjuncts if c.pos_ == "NOUN"]
    return bool(conjuncts) and all(groups.get(c.lemma_.lower()) == "civilian" for c in [noun, *conjuncts])


def _kind(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if lemma in KILLED_LEMMAS or token.lower_ in {"killed", "dead", "died", "martyred"}:
        return "killed"
    if lemma in INJURED_LEMMAS or token.lower_ in {"wounded", "injured"}:
        return "injured"
    return None


def find_casualties(sentence: Span) -> list[Casualty]:
    """The casualty figures in a sentence: each counting quantity tied to the nearest killed/injured word."""
    doc = sentence.doc
    cues = [t for t in sentence if _kind(t)]
    if not cues:
        return []
    found = []
    for quantity in find_quantities(sentence):
        if is_not_a_count(quantity, doc):
            continue
        noun = counted_noun(quantity, doc)
        if noun is not None and noun.lemma_.lower() not in people_groups() and _kind(noun) is None:
            continue
        anchor = doc[quantity.end - 1]
        if any(_does_something_else(token) for token in (noun, anchor) if token is not None):
            continue
        distances = [(d, cue) for cue in cues if (d := arcs_between(anchor, cue)) is not None and d <= MAX_ARCS]
        if not distances:
            continue
        _, cue = min(distances, key=lambda pair: pair[0])
        tolls = [c for c in cues if c.lemma_.lower() in TOLL_LEMMAS]
        is_toll = any((d := arcs_between(anchor, c)) is not None and d <= 2 for c in tolls)
        found.append(Casualty(quantity, _kind(cue), _is_civilian(noun), _is_subset(noun or anchor, quantity), is_toll))
    return found


def _does_something_else(noun: Token) -> bool:
    """'1,000 people were inside', 'dozens of gunmen attacked': the subject of a verb that is no casualty word."""
    return noun.dep_ in {"nsubj", "nsubjpass"} and _kind(noun.head) is None


def _is_subset(token: Token, quantity: Quantity) -> bool:
    """'including five children', 'among them two children', 'of whom three were women'."""
    doc = token.doc
    before = [t.lower_ for t in doc[max(quantity.start - 2, 0):quantity.start]]
    pronoun_after_subset = len(before) == 2 and before[0] in SUBSET_WORDS | {"of"} and before[1] in _SUBSET_PRONOUNS
    return pronoun_after_subset or any(a.lower_ in SUBSET_WORDS for a in [token, *token.ancestors][:3])


def _sum(total: tuple | None, figure: tuple) -> tuple:
    if total is None:
        return figure
    low, best, high = total
    return (
        None if low is None or figure[0] is None else low + figure[0],
        (best or 0) + (figure[1] or 0),
        None if high is None or figure[2] is None else high + figure[2],
    )


def _as_ints(total: tuple | None) -> tuple[int | None, int | None, int | None]:
    if total is None:
        return None, None, None
    return tuple(None if v is None else int(round(v)) for v in total)


def _floor(quantity: Quantity) -> tuple:
    """A part of a larger count is a floor: 'including five children' is at least five."""
    return (quantity.best, quantity.best, None)


def _alternative(total: tuple | None, figure: tuple) -> tuple:
    """Two sources' tolls for one event: the lowest low and best, the highest high (ACLED/UCDP practice)."""
    if total is None:
        return figure
    low = None if total[0] is None or figure[0] is None else min(total[0], figure[0])
    high = None if total[2] is None or figure[2] is None else max(total[2], figure[2])
    return low, min(total[1], figure[1]), high


def _combine(total: tuple | None, casualty: Casualty, figure: tuple) -> tuple:
    return _alternative(total, figure) if casualty.toll and total is not None else _sum(total, figure)


def counts_from(casualties: list[Casualty]) -> Counts:
    """Figures per kind: groups of victims add up, a subset only floors the civilians, a second toll is an alternative."""
    totals: dict[str, tuple | None] = {"killed": None, "civilian": None, "injured": None}
    for casualty in casualties:
        quantity = casualty.quantity
        figure = (quantity.low, quantity.best, quantity.high)
        if casualty.kind == "killed" and casualty.civilian:
            if casualty.subset and totals["civilian"] is not None:
                continue  # 'six civilians, among them two children': the children are in the six
            totals["civilian"] = _combine(totals["civilian"], casualty, _floor(quantity) if casualty.subset else figure)
        if not casualty.subset:
            totals[casualty.kind] = _combine(totals[casualty.kind], casualty, figure)
    killed, civilian, injured = (_as_ints(totals[k]) for k in ("killed", "civilian", "injured"))
    return Counts(*killed, *civilian, *injured)
