"""Country evidence from names the resolver leaves unplaced.

A name the parse calls a person or an organisation, with nothing else in a short note to support it,
is no place the resolver will put an event at ('raiders attacked Loiyangalani at dawn', 'an ambush in the
hills of Mohmand Agency'): it may be a person or a body after all. But when every entry the
gazetteer has for the name, spelled exactly as written, lies in one country, the name still says
which country the note is about, as a nationality does: :func:`document_country` counts it with a
nationality's weight when nothing else in the note points to a country. Common English words that happen to name a village ('Lawyers', 'Hospital',
'Justice') and short names say nothing.

So do the towns and regions inside the names of bodies, which the parse never offers as places ('students
of Kumasi Polytechnic', 'the University of Eldoret', 'the Makueni Governor'): a school, a port or an office
named after a town is in it. Only a city, a sizeable town or a region counts there, its own name spelled
as written, in one country, as a capitalised word that is no candidate is more often a person or a brand
than a village.
DOCS: docs/places.md
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from warlog.places.candidates import Candidate
from warlog.places.index import gazetteer
from warlog.places.lexicon import doc_words, is_common_word, is_english_noun
from warlog.places.normalise import name_key, spelled_key
from warlog.places.records import CITY_POPULATION, MIDSIZE_POPULATION, SETTLEMENTS, Place
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
    # Only the entries spelled as written: 'Bante' is Benin's Banté, whatever the Philippine Bantay that
    # shares its key through the 'ay'/'e' fold.
    countries = {place.country for place, _ in candidate.matches if place.id in candidate.spelled}
    if len(countries) != 1 or any(place.feature == "country" for place, _ in candidate.matches):
        return None
    words = [t.text for t in doc[candidate.start:candidate.name_end or candidate.end] if t.is_alpha]
    if len(" ".join(words)) < MIN_CHARACTERS or all(is_english_noun(w) or is_common_word(w) for w in words):
        return None
    return next(iter(countries))


#: ``Place.rank`` of a national capital.
CAPITAL_RANK = 2
#: The longest name read inside a body's name ('Phnom Penh', 'Dar es Salaam' is a candidate already).
MAX_NAME_WORDS = 3


def _plain_name(words: list[str]) -> bool:
    """Capitalised words that may name a town: no acronym ('GUNMA'), long enough, not all verbs or adjectives."""
    return (all(word[:1].isupper() and not word.isupper() for word in words) and len(" ".join(words)) >= MIN_CHARACTERS
            and not all(is_common_word(word) for word in words))


def _capitalised_runs(doc: Doc, candidates: list[Candidate]) -> list[list[str]]:
    """Runs of capitalised words no candidate covers and the parse calls no person; a hyphened name is one
    word (spaCy splits 'Bobo-Dioulasso' into three tokens)."""
    covered = {i for c in candidates for i in range(c.start, c.end)}
    words = doc_words(doc)  # indexing a Doc builds a Token each time: read the lists kept for the doc
    tokens, texts = words.tokens, words.texts
    runs, run, token = [], [], 0
    while token < len(tokens):
        end = token + 1
        while end + 1 < len(tokens) and texts[end] == "-" and not tokens[end].whitespace_ and texts[end + 1][:1].isupper():
            end += 2
        if texts[token][:1].isupper() and not covered.intersection(range(token, end)) and tokens[token].ent_type_ != "PERSON":
            run.append(doc[token:end].text)
        elif run:
            runs.append(run)
            run = []
        token = end
    return [*runs, run] if run else runs


def _names_outside_candidates(doc: Doc, candidates: list[Candidate]) -> list[str]:
    """Every name of up to :data:`MAX_NAME_WORDS` words inside the capitalised runs ('the Phnom Penh
    Municipal Court' holds 'Phnom Penh')."""
    return [" ".join(run[i:j]) for run in _capitalised_runs(doc, candidates) for i in range(len(run))
            for j in range(i + 1, min(len(run), i + MAX_NAME_WORDS) + 1) if _plain_name(run[i:j])]


def _prominent(place: Place, name: str) -> bool:
    """A region or a sizeable town; a city when its name is also an English noun (WordNet, which spaCy's
    lemmatizer ships, lists 'Kumasi' as it lists 'Reading')."""
    size = CITY_POPULATION if is_english_noun(name) else MIDSIZE_POPULATION
    return place.feature == "admin1" or (place.feature in SETTLEMENTS and place.population >= size)


def _named_inside_bodies(doc: Doc, candidates: list[Candidate]) -> Counter:
    """Country evidence of the towns and regions named inside the names of bodies ('Kumasi Polytechnic'):
    a name whose prominent entries, their own names spelled as written, lie in one country (or one is a
    capital: see :func:`_one_country`), and no country is so named."""
    names = _names_outside_candidates(doc, candidates)
    if not names:
        return Counter()
    found = gazetteer().lookup({name_key(name) for name in names})
    evidence: Counter = Counter()
    for name in names:
        # Own names only: 'Kumasi' is also an old spelling of Abidjan's Koumassi.
        matches = [place for place, _ in found.get(name_key(name), []) if spelled_key(place.name) == spelled_key(name)]
        if any(place.feature == "country" for place in matches):
            continue
        country = _one_country([place for place in matches if _prominent(place, name)])
        if country:
            evidence[country] += HINT_WEIGHT
    return evidence


def _one_country(places: list[Place]) -> str | None:
    """The one country ``places`` lie in; of several, the one whose capital is among them (the Colombo
    of 'the Colombo Fort Railway Station' is Sri Lanka's capital, not the Brazilian town)."""
    countries = {place.country for place in places}
    if len(countries) > 1:
        countries = {place.country for place in places if place.rank == CAPITAL_RANK}
    return next(iter(countries)) if len(countries) == 1 else None


def note_unplaced_names(doc: Doc, candidates: list[Candidate], resolved: list[Resolved]) -> None:
    """Keep with ``doc`` the country evidence of the ``candidates`` no ``resolved`` entry placed and of
    the towns named inside the names of bodies."""
    placed = {id(item.candidate) for item in resolved}
    evidence: Counter = Counter()
    for candidate in candidates:
        country = None if id(candidate) in placed else _only_country(doc, candidate)
        if country:
            evidence[country] += HINT_WEIGHT
    doc.user_data[_KEY] = evidence + _named_inside_bodies(doc, candidates)


def unplaced_name_evidence(doc: Doc) -> Counter:
    """The country evidence :func:`note_unplaced_names` kept with ``doc`` (none before ``find_places``)."""
    return Counter(doc.user_data.get(_KEY, Counter()))
