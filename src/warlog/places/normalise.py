"""Name keys: one spelling-insensitive form per toponym, used to index and to look up places.

News, GeoNames and ISO 3166-2 spell the same Arabic, Ukrainian or Sahelian place in many ways:
'Ar Raqqah' / 'Raqqa' / 'Rakka', 'Deir ez-Zor' / 'Dayr az Zawr', 'Ain Issa' / "'Ayn 'Isa". No library
folds these (unidecode-style transliteration stops at diacritics), so the rules are written here and
their data lives in ``data/places/particles.csv`` and ``data/places/transliterations.csv``:

1. fold: diacritics off, lower case, apostrophes and ayn/hamza marks dropped, hyphens to spaces;
2. drop Arabic article tokens anywhere in the name ('al', 'ar', 'ath', 'ez', ...);
3. map spelling pairs that differ only by transliteration habit ('ou' -> 'u', 'ay'/'ei' -> 'e', 'q' -> 'k');
4. collapse doubled letters and a final 'h' after a vowel ('Raqqah' -> 'raka').

:func:`skeleton_key` goes further (vowels out) and is only a fallback for names a news text spells in
a way no gazetteer lists ('Jindires' for 'Jindayris').
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from warlog.data import read_table

#: Characters that stand for an apostrophe, an ayn or a hamza in romanised names: dropped.
_APOSTROPHES = dict.fromkeys(map(ord, "'’‘`´ʼʻʿʾ′ʹ"), None)
#: Letters NFKD leaves whole.
_LETTERS = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ß": "ss", "æ": "ae", "œ": "oe"})
_NON_LETTERS = re.compile(r"[^a-z0-9]+")
_COMBINING = re.compile("[\u0300-\u036f]")
_DOUBLES = re.compile(r"([a-z])\1+")
_VOWELS = re.compile(r"(?<=.)[aeiouy]")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")
#: Anything outside Latin letters (with their accents and modifier marks), digits and punctuation.
_NOT_LATIN = re.compile("[^\u0000-\u036f\u1e00-\u1eff\u2000-\u206f]")


@lru_cache(maxsize=1)
def articles() -> frozenset[str]:
    """Arabic article forms dropped from keys (``particles.csv``, kind ``article``)."""
    return frozenset(row["particle"] for row in read_table("places/particles.csv") if row["kind"] == "article")


@lru_cache(maxsize=1)
def connectors() -> frozenset[str]:
    """Lower-case words allowed inside a multi-word name ('Boulogne-sur-Mer', 'Isle of Man')."""
    return frozenset(row["particle"] for row in read_table("places/particles.csv") if row["kind"] == "connector")


@lru_cache(maxsize=1)
def _spellings() -> tuple[tuple[str, str], ...]:
    return tuple((row["spelling"], row["key"]) for row in read_table("places/transliterations.csv"))


def fold(text: str) -> str:
    """Lower case ASCII words separated by single spaces: diacritics, apostrophes and hyphens gone."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).lower().translate(_LETTERS))
    return _NON_LETTERS.sub(" ", _COMBINING.sub("", decomposed)).strip()


@lru_cache(maxsize=1)
def _spelling_pattern() -> tuple[re.Pattern, dict[str, str]]:
    table = dict(_spellings())
    return re.compile("|".join(map(re.escape, table))), table


@lru_cache(maxsize=262144)
def _token_key(token: str) -> str:
    pattern, table = _spelling_pattern()
    token = pattern.sub(lambda match: table[match.group()], token)
    return _FINAL_H.sub("", _DOUBLES.sub(_first_letter, token))


def _first_letter(match: re.Match) -> str:
    return match.group(1)


@lru_cache(maxsize=262144)
def name_key(text: str) -> str:
    """The lookup key of a place name: 'Ar-Raqqah', 'Raqqa' and 'Rakka' all give 'raka'."""
    tokens = fold(text).split()
    kept = [token for token in tokens if token not in articles()] or tokens
    return " ".join(_token_key(token) for token in kept)


#: Marks a spelling key: the name as written, only folded (no transliteration pairs), so a lookup can
#: tell an entry spelled exactly as the text from one that shares the text's key through another
#: spelling ('Bawku' and Baku's 'Boku' share the key 'boku').
SPELLED = "="


def spelled_key(text: str) -> str:
    folded = fold(text)
    return SPELLED + folded if folded else ""


def skeleton_key(key: str) -> str:
    """A coarser key without inner vowels ('jinderis' and 'jindires' both give 'jndrs')."""
    return " ".join(_DOUBLES.sub(_first_letter, _VOWELS.sub("", token)) for token in key.split())


def is_latin_name(text: str) -> bool:
    """True for names written in Latin letters with at least one capital (skips GeoNames' lower-case
    transliterations such as 'alrqt' and non-Latin scripts)."""
    return not text.islower() and not _NOT_LATIN.search(text) and any(char.isalpha() for char in text)
