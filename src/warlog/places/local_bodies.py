"""The town in a local body's or institution's name, for an article that names its town no other way.

'Gunmen abducted a member of the Tabqa Civil Council ... in the town': the tagger reads 'Tabqa
Civil Council' as one organisation, so the place finder rightly does not take 'Tabqa' as a place
mention, and the article's focus falls back to the country. A council, municipality or
administration named after a settlement is that settlement's own body: when the article gives
nothing finer than its country, its town is the focus (ACLED would code the event there, at
precision 2). So is a university, a hospital, a court, a market or a police station named after a
settlement ('Kumasi Polytechnic', 'the Liboi Police Station', 'the University of Nairobi'). The body words are in
``data/places/local_bodies.csv``. With no country at all, only a town of 20,000 people or more is
taken: a name that common is meant far more often than any village namesake.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from warlog.data import read_table
from warlog.places.finder import PlaceMention
from warlog.places.index import gazetteer
from warlog.places.lexicon import is_common_word, local_body_words
from warlog.places.normalise import name_key
from warlog.places.records import MAIN, MIDSIZE_POPULATION, SETTLEMENTS, Place


def _town_words(doc: Doc) -> list[Span]:
    """'Tabqa Civil' of 'the Tabqa Civil Council', 'Kumasi' of 'Kumasi Polytechnic' or of 'the Kumasi
    market': the capitalised words before a body word, capitalised or not, as notes often write it (read
    from the tokens: the tagger misses many such names)."""
    found = []
    for token in doc:
        if not _body_word(token) or not (token.is_title or token.is_lower):
            continue
        start = token.i
        while start > token.sent.start and (doc[start - 1].is_title and doc[start - 1].lower_ != "the"
                                            or _joining_hyphen(doc, start - 1, token.sent.start)):
            start -= 1
        words = doc[start:token.i]
        # 'the University Hospital of X': a body word before another names the body, not its town.
        if len(words) and not (len(words) == 1 and is_common_word(words[0].lower_)) and not _body_word(words[0]):
            found.append(words)
        if token.is_title and (after := _named_after_of(doc, token)) is not None:
            found.append(after)
    return found


def _body_word(token) -> bool:
    return token.lower_ in local_body_words()


def _joining_hyphen(doc: Doc, i: int, sentence_start: int) -> bool:
    """A hyphen inside a capitalised name ('Bobo-Dioulasso', 'Abomey-Calavi'), which the tokenizer splits off."""
    return (doc[i].text == "-" and i > sentence_start and not doc[i].whitespace_ and not doc[i - 1].whitespace_
            and doc[i - 1].is_title)


def _named_after_of(doc: Doc, token) -> Span | None:
    """'Nairobi' of 'the University of Nairobi', 'Kabul' of 'the Municipality of Kabul': the capitalised
    words after a body word and 'of' (the first of them no common word: not 'Court of Appeal')."""
    start = token.i + 2
    if start >= len(doc) or doc[token.i + 1].lower_ != "of" or not doc[start].is_title:
        return None
    end = start
    while end < len(doc) and end < token.sent.end and doc[end].is_title:
        end += 1
    return None if is_common_word(doc[start].lower_) else doc[start:end]


def _settlement(text: str, country: str | None) -> Place | None:
    """The settlement called ``text``: its own name before an alternate one (the Mughals' 'Islamabad' is
    also a name of Chittagong), and with no country only by its own name."""
    found = [(place, kind) for matches in gazetteer().lookup([name_key(text)]).values() for place, kind in matches
             if place.feature in SETTLEMENTS and (place.country == country if country
                                                  else place.population >= MIDSIZE_POPULATION and kind == MAIN)]
    best = max(found, key=lambda item: (item[1] == MAIN, item[0].population), default=None)
    return best[0] if best else None


def local_body_town(doc: Doc, country: str | None) -> PlaceMention | None:
    """The settlement of ``country`` (of any country when None) that a local body or institution in
    ``doc`` is named after, as an event place at precision 2."""
    for words in _town_words(doc):
        for end in range(words.end, words.start, -1):  # 'Tabqa Civil', then 'Tabqa'
            place = _settlement(doc[words.start:end].text, country)
            if place is not None:
                return _body_mention(doc[words.start:end], place)
    return None


def _body_mention(span: Span, place: Place) -> PlaceMention:
    country = gazetteer().country(place.country)
    return PlaceMention(
        start=span.start_char, end=span.end_char, mention=span.text, name=place.name, country=place.country,
        country_name=country.name if country else None, admin1=place.admin1, admin2=place.admin2,
        latitude=place.latitude, longitude=place.longitude, geo_precision=2, geonameid=place.geonameid,
        feature=place.feature, anchor=None, role="event",
    )
