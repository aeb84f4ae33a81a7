"""Gun makers' names are no places: 'a Remington shotgun', 'a Springfield .45-caliber handgun'.

News about shootings names the gun, and several makers share their name with towns (Springfield,
Remington, Winchester, Wesson, Browning, Marlin), which the gazetteer then offers as the event's
place, often in the article's own state (issue 15). A maker's name (``data/places/gun_makes.csv``,
written from public knowledge of the trade) is no place where the words around it say it is a gun:

* a gun word within the next three words ('a Remington 12-gauge shotgun', 'a Springfield .45-caliber
  handgun', 'a Winchester rifle');
* 'Smith & Wesson', 'Smith and Wesson';
* 'a' or 'an' just before it: a town is rarely 'a Remington', a gun often is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from warlog.data import read_table

#: Words that name a gun or its calibre ('.45-caliber', '9mm', '12-gauge').
_GUN_WORD = re.compile(r"(?i)^(?:rifles?|shotguns?|pistols?|handguns?|revolvers?|carbines?|firearms?|guns?|"
                       r"semi-?automatics?|.*-?calib(?:er|re)|\d+mm|mm|.*-?gauge|magnum)$")
_WINDOW = 3


@lru_cache(maxsize=1)
def gun_makes() -> frozenset[str]:
    return frozenset(row["make"] for row in read_table("places/gun_makes.csv"))


def is_gun_make(doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]`` is a gun maker's name used for a gun (see the module docstring)."""
    if doc[start:end].text not in gun_makes():
        return False
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    after = doc[end:end + _WINDOW]
    return (any(_GUN_WORD.match(token.text) for token in after) or before[-1:] in (["a"], ["an"])
            or before in (["smith", "&"], ["smith", "and"]))
