"""Country evidence from names the resolver leaves unplaced.

A name the parse calls a person or an organisation, with nothing else in a short note to support it,
is no place the resolver will put an event at ('raiders attacked Loiyangalani at dawn', 'an ambush in the
hills of Mohmand Agency'): it may be a person or a body after all. But when every entry the
gazetteer has for the name, spelled exactly as written, lies in one country, the name still says
which country the note is about, as a nationality does: :func:`document_country` counts it with a
nationality's weight when nothing else in the note points to a country. Common English words that happen to name a village ('Lawyers', 'Hospital',
'Justice') and short names say nothing.
DOCS: docs/places.md
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from warlog.places.candidates import Candidate
from warlog.places.lexicon import is_common_word, is_english_noun
from warlog.places.resolve import Resolved

#: What one unplaced name adds to its country's evidence: a nationality's weight.
HINT_WEIGHT = 0.5
#: Shorter names ('Lat', 'Ban') are too often abbreviations or words of another language.
MIN_CHARACTERS = 5
_KEY = "warlog.places.country_hints"


def _only_country(doc: Doc, candidate: Candidate) -> str | None:
    """The one country every entry of ``candidate`` lies in, if it is written exactly as an entry's
    name and is not an ordinary English word."""
    if candidate.fuzzy or not candidate.spelled:
        return None
    countries = {place.country for place, _ in candidate.matches}
    if len(countries) != 1 or any(place.feature == "country" for place, _ in candidate.matches):
        return None
    words = [t.text for t in doc[candidate.start:candidate.name_end or candidate.end] if t.is_alpha]
    if len(" ".join(words)) < MIN_CHARACTERS or all(is_english_noun(w) or is_common_word(w) for w in words):
        return None
    return next(iter(countries))


def note_unplaced_names(doc: Doc, candidates: list[Candidate], resolved: list[Resolved]) -> None:
    """Keep with ``doc`` the country evidence of the ``candidates`` no ``resolved`` entry placed."""
    placed = {id(item.candidate) for item in resolved}
    evidence: Counter = Counter()
    for candidate in candidates:
        country = None if id(candidate) in placed else _only_country(doc, candidate)
        if country:
            evidence[country] += HINT_WEIGHT
    doc.user_data[_KEY] = evidence


def unplaced_name_evidence(doc: Doc) -> Counter:
    """The country evidence :func:`note_unplaced_names` kept with ``doc`` (none before ``find_places``)."""
    return Counter(doc.user_data.get(_KEY, Counter()))
