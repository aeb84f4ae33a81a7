"""Casualty figures: which quantities count the killed and the injured, and which of them are civilians."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from warlog.extract.numbers import Quantity, counted_noun, find_quantities, is_not_a_count, people_groups
from warlog.models import Counts

KILLED_LEMMAS = frozenset("kill die dead death slay massacre execute perish fatality life toll".split())
INJURED_LEMMAS = frozenset("wound injure hurt injury".split())
#: How far (in dependency arcs) a quantity may stand from its casualty word.
MAX_ARCS = 4


@dataclass(frozen=True)
class Casualty:
    quantity: Quantity
    kind: str  # killed or injured
    civilian: bool


def _arcs_between(a: Token, b: Token) -> int | None:
    """Number of dependency arcs between two tokens of one sentence, or None if far apart."""
    path_a = [a, *a.ancestors]
    depth_a = {t.i: n for n, t in enumerate(path_a)}
    for n, token in enumerate([b, *b.ancestors]):
        if token.i in depth_a:
            return depth_a[token.i] + n
    return None


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
    if lemma in KILLED_LEMMAS or token.lower_ in {"killed", "dead", "died"}:
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
        distances = [(d, cue) for cue in cues if (d := _arcs_between(anchor, cue)) is not None and d <= MAX_ARCS]
        if not distances:
            continue
        _, cue = min(distances, key=lambda pair: pair[0])
        found.append(Casualty(quantity, _kind(cue), _is_civilian(noun)))
    return found


def _add(total: tuple, quantity: Quantity) -> tuple:
    low, best, high = total
    return (
        None if low is None or quantity.low is None else low + quantity.low,
        best + (quantity.best or 0),
        None if high is None or quantity.high is None else high + quantity.high,
    )


def _as_ints(total: tuple | None) -> tuple[int | None, int | None, int | None]:
    if total is None:
        return None, None, None
    return tuple(None if v is None else int(round(v)) for v in total)


def counts_from(casualties: list[Casualty]) -> Counts:
    """Sum the figures per kind (several victims groups in one sentence add up)."""
    totals: dict[str, tuple | None] = {"killed": None, "civilian": None, "injured": None}
    for casualty in casualties:
        keys = [casualty.kind] + (["civilian"] if casualty.kind == "killed" and casualty.civilian else [])
        for key in keys:
            totals[key] = _add(totals[key] or (0.0, 0.0, 0.0), casualty.quantity)
    killed, civilian, injured = (_as_ints(totals[k]) for k in ("killed", "civilian", "injured"))
    return Counts(*killed, *civilian, *injured)
