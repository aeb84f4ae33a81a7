"""Distances in the dependency parse, shared by the casualty and claim extractors.

Both tie a number to the word that says what it counts ('killed', 'fled', 'deaths'); the nearest
such word in the parse, not in the string, is the one that governs the number.
"""

from __future__ import annotations

from spacy.tokens import Token

#: How far (in dependency arcs) a quantity may stand from the word that says what it counts.
MAX_ARCS = 4


def arcs_between(a: Token, b: Token) -> int | None:
    """Number of dependency arcs between two tokens of one sentence, or None if they are not connected."""
    path_a = [a, *a.ancestors]
    depth_a = {t.i: n for n, t in enumerate(path_a)}
    for n, token in enumerate([b, *b.ancestors]):
        if token.i in depth_a:
            return depth_a[token.i] + n
    return None
