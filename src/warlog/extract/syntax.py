"""Distances and governing verbs in the dependency parse, shared by the actor, casualty and claim extractors.

The casualty and claim extractors tie a number to the word that says what it counts ('killed', 'fled', 'deaths'); the nearest
such word in the parse, not in the string, is the one that governs the number.
"""

from __future__ import annotations

from spacy.tokens import Token

#: How far (in dependency arcs) a quantity may stand from the word that says what it counts.
MAX_ARCS = 4


def governing_verb(token: Token) -> Token:
    """The token itself if it is a verb, else its nearest verb ancestor (or itself when there is none)."""
    return next((t for t in [token, *token.ancestors] if t.pos_ in {"VERB", "AUX"}), token)


def of_objects(token: Token) -> list[Token]:
    """What the word's 'of' names: 'the death of his son', 'a group of drivers', 'the farm of a judge'."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def arcs_between(a: Token, b: Token) -> int | None:
    """Number of dependency arcs between two tokens of one sentence, or None if they are not connected."""
    path_a = [a, *a.ancestors]
    depth_a = {t.i: n for n, t in enumerate(path_a)}
    for n, token in enumerate([b, *b.ancestors]):
        if token.i in depth_a:
            return depth_a[token.i] + n
    return None
