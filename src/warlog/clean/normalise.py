"""Normalised text and the article id derived from it."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Fold case, Unicode forms, typographic quotes and dashes, and white space."""
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return _SPACE.sub(" ", folded).strip()


def stable_id(*parts: object) -> str:
    """A short, stable hex id from ``parts`` (sha1; never Python's salted ``hash``)."""
    joined = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:20]


def article_id_for(text: str, outlet: str | None, headline: str | None = None) -> str:
    """The id of an article: its normalised text, within its outlet.

    The outlet is part of the key because the same wire text run by two outlets
    is two publications (linked later as copies), while the same text ingested
    twice from one outlet is one article. A ``headline`` is part of it for a page whose
    text tells no news (a sign-up form, a paywall notice): one outlet serves that same
    text for every story, and the headline tells the pages apart.
    """
    parts = (normalise_text(outlet or ""), normalise_text(text))
    return stable_id(*parts, normalise_text(headline)) if headline else stable_id(*parts)
