"""Is a sentence about a cumulative tally ('since 2014', 'in June alone') or one incident?"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from warlog.data import read_table


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(row["pattern"].split()) for row in read_table("claims/scope.csv"))


def is_cumulative(sentence: Span) -> bool:
    words = [t.lower_ for t in sentence]
    for cue in _cues():
        n = len(cue)
        if any(tuple(words[i : i + n]) == cue for i in range(len(words) - n + 1)):
            return True
    return False
