"""Toponym candidates in a spaCy ``Doc``: gazetteer hits on capitalised n-grams, and NER places.

spaCy's small English model misses or mislabels many Middle Eastern and Sahelian place names (Aleppo
as NORP, Ain Issa as PERSON, Tuways as nothing), so every run of capitalised words (with the joiners
Arabic names need: 'al-', 'ez-', apostrophes) is looked up in the gazetteer, longest match first.
The gazetteer hit is then checked against the parse, because it also knows villages called 'Will',
'Police' or 'Abadi':

* rejected: spans inside a longer name (an ORG, a PERSON, an actor from ``doc.spans["actors"]``,
  'Lake Chad'), dates and numbers, demonyms ('Syrian'), short acronyms, person names in person
  positions ('Assad's', 'President X'), rivers and seas written 'the X', ordinary English words
  ('Will', 'Hit') unless a cue says they are places, and in US news the names the article writes as
  streets ('the 3400 block of Oxford', ``streets``);
* strong: an NER place label on exactly the span, a type word ('Raqqa province', 'the town of X',
  'X, a town on ...'), a named site, or a locative preposition before it ('in X');
* weak: a sentence-initial word, a common noun, or a name NER calls a person or an organisation, with
  no cue: kept only if the resolver finds support in the article (see ``resolve``).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from functools import lru_cache

import pycountry
from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from warlog.places.country import country_cue_countries
from warlog.places.index import Gazetteer
from warlog.places.lexicon import (MAX_PHRASE, continents, demonyms, doc_words, is_common_word, is_english_noun,
                                   local_body_words, lowers, phrase_at, phrase_before, role_cues, type_words)
from warlog.places.normalise import articles, connectors, fold, name_key, skeleton_key, spelled_key
from warlog.places.gun_makes import is_gun_make
from warlog.places.people import PersonNames, person_names
from warlog.places.records import MAIN, MIDSIZE_POPULATION, SETTLEMENTS, Place, is_major
from warlog.places.relative import cue_ending_at
from warlog.places.roles import DATELINE_FOLLOWERS
from warlog.places.streets import in_street_slot
from warlog.places.us_postal import SOURCE as POSTAL

MAX_NAME_TOKENS = 8
#: Lower-case words after a name that may complete a site name ('Mosul airport', 'Azovstal steelworks').
MAX_SITE_WORDS = 3
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NUMBER_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"})
APOSTROPHES = frozenset("'’‘`´ʼʻʿ")
#: Abbreviations a place name may start with ('St. Louis'); never its last word ('Main St.' is a street).
NAME_ABBREVIATIONS = frozenset({"st.", "ste.", "mt.", "ft.", "pt."})
CALENDAR_WORDS = frozenset(name.lower() for name in [*calendar.day_name, *calendar.month_name] if name)

Match = tuple[Place, int]


@dataclass
class Candidate:
    """A span of ``doc`` (token offsets) that names a place, with the gazetteer entries it may be."""

    start: int
    end: int
    matches: list[Match]
    #: Feature a type word asks for: admin1, admin2, district, city, town, village, landmark.
    hint: str | None = None
    #: Needs support from the rest of the article to be kept (see ``resolve``).
    weak: bool = False
    #: Found through a skeleton key, not an exact one.
    fuzzy: bool = False
    #: Ids of the entries one of whose names is written exactly as the text ('Bawku'), preferred to
    #: those that only share its key through another spelling (Baku's 'Boku').
    spelled: frozenset[int] = frozenset()
    #: Where the name ends when a type word follows it ('Raqqa' in 'Raqqa province').
    name_end: int | None = None
    #: The name is a part of its matches named with a compass word ('Wajir South': a constituency of Wajir).
    part: bool = False


def is_name_word(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and any(c.isalpha() for c in text) and all(c.isalpha() or c in APOSTROPHES for c in text)


def _abbreviation_length(tokens: list[Token], i: int) -> int:
    """How many tokens an abbreviation a name starts with takes at ``i`` ('St.' in 'St. Louis'; 'ST' and
    '.' in a dateline's 'ST. LOUIS'), 0 when there is none."""
    if tokens[i].lower_ in NAME_ABBREVIATIONS:
        return 1
    joined = i + 1 < len(tokens) and not tokens[i].whitespace_ and tokens[i + 1].text == "."
    return 2 if joined and f"{tokens[i].lower_}." in NAME_ABBREVIATIONS else 0


def is_joiner(token: Token) -> bool:
    return (token.text == "-" or token.text in APOSTROPHES or token.lower_ in articles()
            or token.lower_ in connectors())


def _starts_name(tokens: list[Token], names: list[bool], i: int) -> bool:
    token = tokens[i]
    if names[i]:
        return True
    if token.text in APOSTROPHES and not token.whitespace_ and i + 1 < len(tokens):
        return names[i + 1]
    return (token.lower_ in articles() and i + 2 < len(tokens) and tokens[i + 1].text == "-" and names[i + 2])


def name_spans(doc: Doc) -> list[tuple[int, int]]:
    """Every (start, end) token range that could be a name: starts like a name, ends on a capital."""
    tokens = doc_words(doc).tokens
    names = [is_name_word(token) for token in tokens]
    spans = []
    for i in range(len(tokens)):
        skip = _abbreviation_length(tokens, i)
        if skip and not (i + skip < len(tokens) and names[i + skip]):
            skip = 0
        if not skip and not _starts_name(tokens, names, i):
            continue
        for j in range(i + skip + 1, min(len(tokens), i + MAX_NAME_TOKENS) + 1):
            last = tokens[j - 1]
            if j - 1 > i + skip and (last.is_sent_start or not (names[j - 1] or is_joiner(last)
                                                               or _inner_abbreviation(tokens, names, j - 1))):
                break
            if names[j - 1]:
                spans.append((i, j))
                if _possessive_county(tokens, j):
                    spans.append((i, j + 1))
    return spans


def _inner_abbreviation(tokens: list[Token], names: list[bool], i: int) -> bool:
    """'St.' inside a name ('Bay St. Louis', 'Port St. Lucie'): an abbreviation a name may start with, between
    two name words."""
    return tokens[i].lower_ in NAME_ABBREVIATIONS and i + 1 < len(tokens) and names[i + 1] and names[i - 1]


def _possessive_county(tokens: list[Token], j: int) -> bool:
    """'Prince George's County', 'St. Mary's Parish': the possessive belongs to the county's name."""
    return (j + 1 < len(tokens) and tokens[j].lower_ in {"'s", "’s"}
            and tokens[j + 1].text in {"County", "Parish"})


def _site_spans(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Name spans followed by up to three lower-case words: 'Mosul airport', 'X nuclear power plant'."""
    tokens = doc_words(doc).tokens
    extended = []
    for i, j in spans:
        for k in range(j + 1, min(len(tokens), j + MAX_SITE_WORDS) + 1):
            if not (tokens[k - 1].is_alpha and tokens[k - 1].is_lower) or tokens[k - 1].is_sent_start:
                break
            extended.append((i, k))
    return extended


def _words_at(doc: Doc, start: int, table: dict[tuple[str, ...], str]) -> tuple[str, int] | None:
    """The feature and length of the longest entry of ``table`` at ``doc[start:]`` (lower case)."""
    words = phrase_at(doc, start, table)
    return (table[words], len(words)) if words else None


def _prefix_hint(doc: Doc, start: int) -> str | None:
    """'the town of X', 'the besieged city of X', 'the district of X': the feature the prefix names.
    Settlement prefixes may carry adjectives after 'the'; region prefixes must follow 'the' directly
    ('the Karrada shopping district of Baghdad' does not make Baghdad a district)."""
    table = type_words("prefix")
    words = phrase_before(doc, start, table)
    begin = start - len(words) if words else 0
    if begin < 1:
        return None
    feature = table[words]
    if lowers(doc)[begin - 1] == "the":
        return feature
    modifiers = doc[doc[begin].sent.start:begin]
    determiner = next((t for t in reversed(modifiers)
                       if t.pos_ not in {"ADJ", "PROPN", "NOUN", "PUNCT", "ADV"} and t.tag_ != "VBN"), None)
    return feature if feature in {"city", "town", "village"} and determiner is not None and determiner.lower_ == "the" else None


def _apposition_noun(doc: Doc, end: int) -> tuple[str, Token] | None:
    """'X, a (mainly Ismaili) town ...', 'X, a road construction company': the first word of the appositive
    noun phrase after ``doc[:end]`` that says what X is, with its kind (``descriptor`` or ``organisation``)."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    kinds = {kind: type_words(kind) for kind in ("descriptor", "organisation")}
    for token in doc[end + 1:end + 8]:
        if token.is_punct and token.text != "-" or token.pos_ in {"VERB", "AUX"}:
            return None
        for kind, words in kinds.items():
            # In 'X, a company town' or 'a West Bank city' the business word only qualifies the next noun.
            if (token.lower_,) in words and not (kind == "organisation" and token.dep_ == "compound"):
                return kind, token
    return None


def _descriptor_after(doc: Doc, end: int) -> str | None:
    """'X, a (mainly Ismaili) town ...': the feature the appositive noun phrase names, if any."""
    found = _apposition_noun(doc, end)
    return type_words("descriptor")[(found[1].lower_,)] if found and found[0] == "descriptor" else None


def _described_as_organisation(doc: Doc, end: int) -> bool:
    """'Salem, a road construction company', 'Vienna, a security firm': a business or a body named like a
    town is no place."""
    found = _apposition_noun(doc, end)
    return found is not None and found[0] == "organisation"


#: Punctuation no name runs across: NER glues 'Cotonou (Cotonou, Littoral' into one ORG (issue 14).
_NAME_BREAKS = frozenset({"(", ")", "[", "]", ",", ";"})


#: Words that join a unit to the unit it lies in inside one tagged name: 'X Local Government Area of Y'.
_UNIT_JOINERS = frozenset({"of", "in"})
#: Words that say where the name before them is: no work, person or event is named 'X in Y' as often as the
#: tagger reads a village and its district so ('attacked Koutago in Glazoue'). Organisations and sites keep
#: theirs ('the Church in Wales', 'Al Qaeda in the Islamic Maghreb').
_LOCATIVE_JOINERS = frozenset({"in", "near", "at"})
_NAMES_WITH_LOCATIVES = frozenset({"ORG", "FAC"})


def _entity_pieces(ent: Span) -> list[Span]:
    """The entity split at brackets, commas and semicolons, at 'and' between names listed after 'in' or
    'near' (:func:`_names_listed_after_in`), at a lower-case 'in', 'near' or 'at' unless it
    names an organisation or a site (then only after a town's body or building: NER reads 'the Democracy
    Monument in Bangkok' as one organisation), and after a capitalised admin word followed by 'of' or 'in'
    (NER reads 'Maradun Local Government Area of Zamfara' as one organisation), empty pieces dropped."""
    pieces, start = [], ent.start
    named_with_locatives = ent.label_ in _NAMES_WITH_LOCATIVES
    listed = _names_listed_after_in(ent)
    for token in ent:
        locative = token.text in _LOCATIVE_JOINERS and token.i > start and (
            not named_with_locatives or ent.doc[token.i - 1].lower_ in local_body_words())
        if token.text in _NAME_BREAKS or locative or (listed and token.lower_ == "and") or (
                token.lower_ in _UNIT_JOINERS and token.i > start and _admin_phrase_before(ent.doc, start, token.i)):
            pieces.append(Span(ent.doc, start, token.i, label=ent.label_))
            start = token.i + 1
    pieces.append(Span(ent.doc, start, ent.end, label=ent.label_))
    return [piece for piece in pieces if len(piece)]


def _names_listed_after_in(ent: Span) -> bool:
    """'villages in Samba and Hiranagar sector': after 'in' or 'near', two names joined by 'and' are a list of
    places, whatever the tagger made of them (one organisation); a place named so as a whole ('Trinidad and
    Tobago') is still matched whole, as names are looked up longest first."""
    doc = ent.doc
    return (ent.start > 0 and doc[ent.start - 1].lower_ in {"in", "near"}
            and any(t.lower_ == "and" and t.i > ent.start and is_name_word(doc[t.i - 1]) and t.i + 1 < ent.end
                    and is_name_word(doc[t.i + 1]) for t in ent))


def _admin_phrase_before(doc: Doc, start: int, end: int) -> bool:
    """Does ``doc[start:end]`` end with a capitalised admin word ('Local Government Area', 'District')?"""
    for begin in range(max(start + 1, end - MAX_PHRASE), end):
        found = _words_at(doc, begin, type_words("suffix"))
        if found is not None and found[1] == end - begin and found[0] in {"admin1", "admin2"} and doc[begin].is_title:
            return True
    return False


class DocContext:
    """What the candidate checks need to know about ``doc``, computed once."""

    def __init__(self, doc: Doc, streets: frozenset[str] = frozenset(), people: PersonNames = PersonNames()):
        self.doc = doc
        self.streets = streets
        self.entity = {token.i: piece for ent in doc.ents for piece in _entity_pieces(ent) for token in piece}
        self.actors = [span for key in ("actors", "sources") for span in doc.spans.get(key, [])]
        self.people = person_names(doc) | people
        tokens = doc_words(doc).tokens
        self._text = "".join(token.text_with_ws for token in tokens)
        self._starts = [token.idx for token in tokens]
        self._ends = [start + len(token) for start, token in zip(self._starts, tokens)]
        self._keys: dict[tuple[int, int], str] = {}
        #: Spans read through the unit their compass word splits (``_stem_matches``).
        self.parts: set[tuple[int, int]] = set()

    def key(self, start: int, end: int) -> str:
        """The name key of ``doc[start:end]`` (cached: each span is looked at several times)."""
        if (start, end) not in self._keys:
            self._keys[start, end] = name_key(self._text[self._starts[start]:self._ends[end - 1]])
        return self._keys[start, end]

    def stem_key(self, start: int, end: int) -> str | None:
        """The key of the name ``doc[start:end]`` is built on, if it is built on one: without an 's' that
        ends a possessive whose apostrophe was lost ('Mombasas'), or without a compass word that ends or
        opens it before an admin word ('Turkana South district') or after 'in', 'at' or 'near' ('rioted in
        Kisumu Central', 'in East Baringo': a constituency, a ward or a quarter named after the unit or the
        town it splits). See ``_stem_matches``."""
        doc, last = self.doc, self.doc[end - 1]
        placed = end - start > 1 and (_admin_word_at(doc, end) or start > 0 and (
            doc[start - 1].lower_ in _PLACE_PREPOSITIONS or doc[start - 1].text in _CHAIN_OPENERS))
        if placed and last.lower_ in COMPASS_WORDS:
            return self.key(start, end - 1)
        if placed and doc[start].lower_ in COMPASS_WORDS:  # 'in East Baringo', written either way round
            return self.key(start + 1, end)
        text = last.text
        if (len(text) > 3 and text.endswith("s") and text[-2].islower() and text[-2] not in "su"
                and _possessed_after(doc, end)):
            return name_key(self._text[self._starts[start]:self._ends[end - 1] - 1])
        return None

    def covering_entity(self, start: int, end: int) -> Span | None:
        for i in range(start, end):
            if i in self.entity:
                return self.entity[i]
        return None

    def is_actor(self, start: int, end: int) -> bool:
        """'Hamas', 'Taliban', 'Wagner': the span is exactly an actor name from ``data/actors``."""
        return any(span.start == start and span.end == end for span in self.actors)

    def inside_longer_name(self, start: int, end: int) -> bool:
        """True when the span is part of a longer proper name: an entity, an actor or 'Lake Chad'; not
        one end of a road named after the towns it joins ('the Narok-Bomet road')."""
        doc = self.doc
        if road_end(doc, start, end):
            return False
        ent = self.covering_entity(start, end)
        if ent is not None and ent.label_ not in NUMBER_LABELS and _beyond(doc, ent.start, ent.end, start, end):
            return True
        if any(span.start <= start and end <= span.end and span.end - span.start > end - start for span in self.actors):
            return True
        before = doc[start - 1] if start > 0 else None
        if before is not None and _opens_a_clause(before):
            before = None
        after = doc[end] if end < len(doc) else None
        return any(token is not None and is_name_word(token) and not token.is_sent_start
                   and token.ent_type_ not in NUMBER_LABELS and token.text not in demonyms()
                   for token in (before, None if _admin_word_at(doc, end) else after))


def _opens_a_clause(token: Token) -> bool:
    """'The' in '20 June: The Gao mayor was shot': a function word capitalised after a colon or a dash
    opens a clause; it is no word of the name after it (a name that starts with one, 'The Hague', is
    matched whole first)."""
    return token.lower_ in STOP_WORDS and token.i > 0 and token.nbor(-1).text in {":", "-", "–", "—"}


#: Words after 'X-Y' that make it a road between two towns ('the Kabul-Jalalabad highway', 'the
#: Fada-Pama axis'); 'axis' also comes before ('on the axis Fada-Pama', as Sahel reporting writes it).
ROAD_WORDS = frozenset({"road", "highway", "axis", "route", "corridor", "motorway", "expressway", "roads"})


def _hyphen_at(doc: Doc, index: int) -> bool:
    """A hyphen written tight between two words ('Narok-Bomet')."""
    return (0 < index < len(doc) - 1 and doc[index].text in {"-", "–"} and not doc[index - 1].whitespace_
            and not doc[index].whitespace_)


def road_end(doc: Doc, start: int, end: int) -> bool:
    """Is ``doc[start:end]`` one of the towns a hyphenated road name joins ('Narok' or 'Bomet' in
    'the Narok-Bomet road'; 'Pama' in 'the axis Fada NGourma-Pama')?"""
    if _hyphen_at(doc, end):  # the first town: a name after the hyphen, then the road word
        tail = end + 1
        while tail < len(doc) and is_name_word(doc[tail]):
            tail += 1
        after = tail
        first = start
    elif start > 1 and _hyphen_at(doc, start - 1) and is_name_word(doc[start - 2]):
        after = end
        first = start - 2
        while first > 0 and is_name_word(doc[first - 1]):
            first -= 1
    else:
        return False
    before = doc[first - 1].lower_ if first > 0 else ""
    return (after < len(doc) and doc[after].lower_ in ROAD_WORDS) or before == "axis"


def _admin_word_at(doc: Doc, end: int) -> bool:
    """'Northern Region', 'Chereponi District', 'Rivers State': a capitalised admin word after a name
    says what the name is; it does not make the name part of a longer one. So does a capitalised 'City'
    or 'Town' where the longer name is no entry of its own ('San Pedro City', 'Tagum City', as Philippine news
    writes every chartered city; 'Wajir Town', as East African news writes a county's seat; 'Quezon City' is
    an entry and is matched whole first)."""
    found = _words_at(doc, end, type_words("suffix"))
    return found is not None and (found[0] in {"admin1", "admin2"}
                                  or (found[0] in {"city", "town"} and doc[end].text == found[0].title()))


def _beyond(doc: Doc, ent_start: int, ent_end: int, start: int, end: int) -> bool:
    """Does an entity cover name words outside [start, end) (ignoring 'the', type words, and a part
    of the place before it: the tagger reads 'the Old City of Raqqa' as one name)?"""
    suffixes = {words[0] for kind in ("suffix", "landmark") for words in type_words(kind)}
    part = cue_ending_at(doc, start - 1, "part") if start > 1 and doc[start - 1].lower_ == "of" else 0
    first = start - 1 - part if part else _compass_start(doc, ent_start, start)
    unit = _words_at(doc, end, type_words("suffix")) if end < len(doc) else None  # 'Local Government Area'
    last = end + unit[1] if unit else end
    outside = [t for t in doc[ent_start:ent_end] if not first <= t.i < last]
    return any(not (t.lower_ == "the" or t.lower_ in suffixes or t.is_punct or t.tag_ == "POS") for t in outside)


def _compass_start(doc: Doc, ent_start: int, start: int) -> int:
    """Where a name the tagger read with a lower-case compass word before it begins that word ('west Mosul',
    'north-east Aleppo'), else ``start``: the words name a part of the place, which ACLED codes at the place."""
    words = doc[ent_start:start]
    if len(words) and all(t.lower_ in COMPASS_WORDS and t.is_lower or t.text == "-" for t in words) \
            and words[-1].text != "-":
        return ent_start
    return start


def _settlements_only(context: DocContext, start: int, matches: list[Match]) -> list[Match]:
    """For a name cut from a compass word before it ('west Mosul'), only its settlements: a part of a town is
    still at the town, but 'west Texas' or 'east Darfur' is no place at a state's or a zone's centre."""
    ent = context.covering_entity(start, start + 1)
    if ent is None or _compass_start(context.doc, ent.start, start) == start:
        return matches
    return [(place, kind) for place, kind in matches if place.feature in SETTLEMENTS]


def _exact_place_entity(context: DocContext, start: int, end: int) -> str | None:
    ent = context.covering_entity(start, end)
    if ent is None or _beyond(context.doc, ent.start, ent.end, start, end):
        return None
    return ent.label_


def _person_position(doc: Doc, start: int, end: int) -> bool:
    """A name in the slot of a person: 'Assad's forces', 'President X', 'X said'."""
    head = doc[end - 1]
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    titled = before is not None and before.is_title and is_english_noun(before.text)
    possessive = after is not None and after.tag_ == "POS"
    speaker = head.dep_ in {"nsubj", "nsubjpass"} and head.head.lemma_ in role_cues()["statement"]
    return titled or possessive or speaker


#: 'the area of X': a place, whatever the tagger calls X.
AREA_WORDS = frozenset({"area", "areas"})


@lru_cache(maxsize=1)
def _locatives() -> frozenset[str]:
    return role_cues()["locative"]


def _after_locative(doc: Doc, start: int) -> bool:
    """'in X', 'near the X', 'west of X', 'the outskirts of X', 'the area of X', 'the Y area of X'."""
    previous = doc[start - 1] if start > 0 else None
    if previous is not None and previous.lower_ == "of":
        return (any(cue_ending_at(doc, start - 1, cue) for cue in ("direction", "part"))
                or (start > 2 and doc[start - 2].lower_ in AREA_WORDS
                    and (doc[start - 3].lower_ == "the" or is_name_word(doc[start - 3]))))
    if previous is not None and previous.lower_ == "the":
        previous = doc[start - 2] if start > 1 else None
    return previous is not None and previous.lower_ in _locatives()


def _river_or_sea(doc: Doc, start: int, end: int) -> bool:
    """'the Euphrates', 'across the Dnipro': a bare 'the X' with no noun after it is not a settlement;
    nor is 'the Dnipro river' or 'the Gulf of Aden'."""
    after = doc[end] if end < len(doc) else None
    if _words_at(doc, end, type_words("natural")) or phrase_before(doc, start, type_words("natural_prefix")):
        return True
    if road_end(doc, start, end):
        return False
    return start > 0 and doc[start - 1].lower_ == "the" and not (after is not None and _opens_noun_phrase(after))


#: Adjectives of a town's or a unit's own offices and buildings ('the Kano central mosque', 'the Jaffna
#: divisional secretariat', 'the Kabul provincial police headquarters'); not of nature ('the Singou natural
#: reserve' is a reserve, not the town).
_SEAT_ADJECTIVES = frozenset({"central", "main", "regional", "provincial", "divisional", "district", "municipal",
                              "general", "zonal", "state", "county", "city", "town"})


def _opens_noun_phrase(token) -> bool:
    """A noun, or an office's adjective of a noun after it: 'the Kano central mosque' names a building of
    the town, as 'the Kano mosque' does."""
    if token.pos_ in {"NOUN", "PROPN"}:
        return True
    return (token.lower_ in _SEAT_ADJECTIVES and token.dep_ == "amod" and token.head.i > token.i
            and token.head.pos_ in {"NOUN", "PROPN"})


def _hint(doc: Doc, start: int, end: int) -> tuple[str | None, int]:
    """A type word's feature and how many tokens it adds to the span (suffixes only)."""
    for kind in ("suffix", "landmark"):
        found = _words_at(doc, end, type_words(kind))
        if found:
            return found
    return _prefix_hint(doc, start) or _descriptor_after(doc, end), 0


def _named_with_the(matches: list[Match]) -> bool:
    """'the Bronx', 'the Hague': a place whose own name begins with 'the' is no river."""
    return any(place.name.lower().startswith("the ") for place, _ in matches)


def _usable_matches(matches: list[Match], text: str, hint: str | None) -> list[Match]:
    """Drop regions named by a bare English word ('Centre', 'North') or after a sea, a river or a lake
    ('Red Sea' state) unless a type word says 'region'; such names are far more often something else."""
    words = fold(text).split()
    english = len(words) == 1 and is_common_word(words[0])
    natural = bool(words) and (words[-1],) in type_words("natural")
    return [(place, kind) for place, kind in matches
            if not (place.feature in {"admin1", "admin2"} and (english or natural) and hint not in {"admin1", "admin2"})]


def _number_or_date(span: Span, matches: list[Match]) -> bool:
    """Inside a number, or a date that is not a country or a big place mislabelled ('western Niger'
    tagged DATE); a weekday or a month name is always a date ('Sunday', 'May')."""
    labels = {t.ent_type_ for t in span} & NUMBER_LABELS
    if not labels:
        return False
    if labels - {"DATE", "TIME"} or any(t.lower_ in CALENDAR_WORDS for t in span):
        return True
    return not any(kind == MAIN and (place.feature == "country" or is_major(place)) for place, kind in matches)


def _major_by_name(matches: list[Match]) -> bool:
    return any(kind == MAIN and is_major(place) for place, kind in matches)


def _major_spelled_so(matches: list[Match], text: str) -> bool:
    """A major place whose own name is written as ``text`` ('Russia' the actor is Russia the country);
    a transliteration fold alone does not make an actor a place ('Al-Qaida' is not Kedah)."""
    return any(kind == MAIN and is_major(place) and spelled_key(place.name) == spelled_key(text)
               for place, kind in matches)


def _not_a_name_of_place(span: Span) -> bool:
    """Continents, demonyms and ordinary adjectives ('Africa', 'Syrian', 'Kurdish'), unless an admin
    word follows the adjective ('Northern Region', 'Central province')."""
    text = span.text
    adjective = len(span) == 1 and span[0].pos_ == "ADJ" and is_common_word(text)
    return (text.lower() in continents() or text in demonyms()
            or (adjective and not _admin_word_at(span.doc, span.end)))


def _acronym(span: Span, label: str | None, matches: list[Match]) -> bool:
    """Short all-capital words ('SDF', 'UN') are not places, unless NER and the gazetteer agree on a
    country ('US', 'UK')."""
    country = label == "GPE" and any(place.feature == "country" for place, _ in matches)
    return span.text.isupper() and len(span.text) <= 4 and not country


def _person(doc: Doc, start: int, end: int, matches: list[Match]) -> bool:
    capital = any(place.rank > 0 or place.feature == "country" for place, _ in matches)
    return not capital and not _after_locative(doc, start) and _person_position(doc, start, end)


def _rejected(context: DocContext, start: int, end: int, matches: list[Match], label: str | None) -> bool:
    """Reasons a gazetteer hit is no place here (see the module docstring)."""
    doc, span = context.doc, context.doc[start:end]
    return (_number_or_date(span, matches) or context.inside_longer_name(start, end)
            or _described_as_organisation(doc, end)
            or _not_a_name_of_place(span) or _acronym(span, label, matches)
            or (context.is_actor(start, end) and not _major_spelled_so(matches, span.text))
            or (label == "PERSON" and _person(doc, start, end, matches)) or _person_name(context, start, end, matches, label)
            or is_gun_make(doc, start, end) or _street(context, start, end, matches)
            or (label == "NORP" and not _major_by_name(matches) and not _after_relative_cue(doc, start)
                and not (_after_locative(doc, start) and doc[start].text not in demonyms())
                and _hint(doc, start, end)[0] is None))


def _person_name(context: DocContext, start: int, end: int, matches: list[Match], label: str | None) -> bool:
    """'Hassan was pronounced dead' in a text that names 'Tariq Hassan': the person's surname, not a
    town, unless a type word or a locative says it is a place (after a preposition that goes with
    people as often, only where the tagger does not call the name a person: 'belonged to Hassan');
    'Lia said' in one that names 'Lia Moreno', unless it is also a major place ('Jordan') (see ``people``)."""
    doc = context.doc
    if end - start != 1 or _hint(doc, start, end)[0] is not None:
        return False
    word = doc[start].text.title()
    possessive = end < len(doc) and doc[end].tag_ == "POS"  # 'at Davis' home'
    named = word in context.people.surnames or (word in context.people.given and not _major_by_name(matches))
    as_person = label == "PERSON" and doc[start - 1].lower_ in _PERSON_PREPOSITIONS
    return named and (possessive or not _after_locative(doc, start) or as_person)


#: Prepositions that go with a person as often as with a place ('belonged to Hale', 'a text from Hale'):
#: after them a person's name stays the person.
_PERSON_PREPOSITIONS = frozenset({"to", "from", "at", "on", "toward", "towards", "between", "over"})


def _street(context: DocContext, start: int, end: int, matches: list[Match]) -> bool:
    """'the 3400 block of Oxford', 'the shooting on Winthrop': a name the article writes as a street,
    unless it is a major place outside a street's slot (see ``streets``)."""
    doc = context.doc
    if doc[start:end].text not in context.streets or _hint(doc, start, end)[0] is not None:
        return False
    return in_street_slot(doc, start, end) or not any(is_major(place) for place, _ in matches)


def _after_relative_cue(doc: Doc, start: int) -> bool:
    """'south of X', 'near X': what follows is a place, whatever NER calls it (a village read as a people)."""
    after_direction = start >= 2 and doc[start - 1].lower_ == "of" and cue_ending_at(doc, start - 1, "direction") > 0
    return after_direction or cue_ending_at(doc, start, "proximity") > 0


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """'DAYTON — Two men were ...': a name in capitals that opens a paragraph, before a comma, a dash or a
    bracket, is where the news was filed from: a place, whatever the tagger calls it."""
    span = doc[start:end]
    opens = start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].is_space
    return (opens and any(c.isalpha() for c in span.text) and span.text.isupper() and end < len(doc)
            and doc[end].text in DATELINE_FOLLOWERS)


def _modifies_common_noun(doc: Doc, end: int) -> bool:
    """'Grad rockets', 'Toyota pickups': a name that only qualifies the common noun after it is more
    often a make or a model than a village; it needs support from the article like any weak name."""
    after = doc[end] if end < len(doc) else None
    return (after is not None and after.pos_ == "NOUN" and after.is_lower and doc[end - 1].dep_ == "compound"
            and doc[end - 1].head.i == end)


def _sizeable(matches: list[Match]) -> bool:
    """A country or a town of 20,000 people or more (not the centre of some small region: Slovenia's
    212 municipalities are all first-level regions)."""
    return any(place.feature == "country" or place.population >= MIDSIZE_POPULATION
               for place, _ in matches)


def _region_without_entry(hint: str | None, matches: list[Match]) -> bool:
    """'Plateau state' with no region of that name: only a sizeable town of the same name can stand
    in for the region (its likely capital), not any village. A second-level unit can: the Philippines'
    provinces are GeoNames' second level ('Camarines Sur province')."""
    return hint == "admin1" and not any(
        place.feature in {"admin1", "admin2"} or (kind == MAIN and place.population >= MIDSIZE_POPULATION)
        for place, kind in matches)


def judge(context: DocContext, start: int, end: int, matches: list[Match]) -> Candidate | None:
    """A candidate for ``doc[start:end]`` and its gazetteer matches, or None when the parse rejects it."""
    doc = context.doc
    label = _exact_place_entity(context, start, end)
    matches = _settlements_only(context, start, matches)
    if not matches or _rejected(context, start, end, matches, label):
        return None
    hint, extra = _hint(doc, start, end)
    is_site = any(place.source == "site" for place, _ in matches)
    if _river_or_sea(doc, start, end) and not (hint or is_site or _named_with_the(matches)):
        return None
    matches = _usable_matches(matches, doc[start:end].text, hint)
    if not matches or _region_without_entry(hint, matches):
        return None
    strong = label in PLACE_LABELS or bool(hint) or is_site or _after_locative(doc, start) or _dateline(doc, start, end)
    if not strong and all(place.source == POSTAL for place, _ in matches):
        return None  # a town too small for GeoNames, named with no cue, is more often a word or a person
    words = fold(doc[start:end].text).split()
    if all(word in STOP_WORDS for word in words) or (not strong and all(is_common_word(word) for word in words)):
        return None
    generic = len(words) == 1 and is_common_word(words[0])  # 'Northern Region', 'Central province'
    major = any(is_major(place) for place, _ in matches)
    weak = generic or not strong and not major and (
        doc[start].is_sent_start or label in {"PERSON", "ORG", "NORP"} or all(is_english_noun(w) for w in words)
    ) or (not hint and _modifies_common_noun(doc, end) and not _sizeable(matches))
    return Candidate(start, end + extra, matches, hint=hint, weak=weak, name_end=end,
                     part=(start, end) in context.parts)


def _choose(context: DocContext, spans: list[tuple[int, int]], found: dict[str, list[Match]]) -> list[Candidate]:
    """Left to right, the longest acceptable span at each position."""
    doc = context.doc
    by_start: dict[int, list[tuple[int, int]]] = {}
    for i, j in spans:
        by_start.setdefault(i, []).append((i, j))
    chosen: list[Candidate] = []
    position = 0
    for start in sorted(by_start):
        if start < position:
            continue
        for i, j in sorted(by_start[start], key=lambda s: s[1], reverse=True):
            matches = _with_bare_units(context, i, j, found)
            if j > i and matches and (candidate := judge(context, i, j, matches)):
                chosen.append(candidate)
                position = candidate.end
                break
    return chosen


def _admin_suffix(token) -> str | None:
    """'admin1' for a capitalised 'Region', 'State' or 'Province' ending a name, 'admin2' for 'District'."""
    return _admin_word_kind(token) if token.text[:1].isupper() else None


def _admin_word_kind(token) -> str | None:
    """'admin1' for 'region', 'state' or 'province' in any case, 'admin2' for 'district'."""
    feature = type_words("suffix").get((token.lower_,))
    return feature if feature in {"admin1", "admin2"} else None


def _with_bare_units(context: DocContext, i: int, j: int, found: dict[str, list[Match]]) -> list[Match]:
    """The entries of ``doc[i:j]``, and when it ends in a capitalised admin word ('Northern Region',
    'Rivers State') the units of that name without it: a unit's full name is often recorded for one
    country only (Uganda's 'Northern Region'), while Ghana's is just 'Northern'. Not a unit called so
    with another admin word ('Eastern Region' is not American Samoa's Eastern District, nor Rwanda's
    Eastern Province)."""
    matches = found.get(context.key(i, j), []) or _stem_matches(context, i, j, found)
    other_units = {place.id for key in _other_unit_keys(context.doc, i, j) for place, _ in found.get(key, [])}
    matches = [(place, kind) for place, kind in matches if place.id not in other_units]
    doc = context.doc
    # 'Northern' read before its 'Region', or its 'region' (a plain word names a unit of many countries: no
    # Bahraini governorate either way; a proper name keeps its units whatever the word: 'Turkana district')
    plain = j - i == 1 and is_common_word(doc[i].lower_)
    if j < len(doc) and (_admin_suffix(doc[j]) is not None or plain and _admin_word_kind(doc[j]) is not None):
        matches = [(place, kind) for place, kind in matches if _unit_kind_agrees(place, doc[j].lower_)]
    feature = _admin_suffix(doc[j - 1]) if j - i > 1 else None
    if not matches or feature is None:
        return matches
    seen = {place.id for place, _ in matches} | other_units
    bare = [(place, kind) for place, kind in found.get(context.key(i, j - 1), [])
            if place.feature == feature and place.id not in seen and _unit_kind_agrees(place, doc[j - 1].lower_)]
    return matches + bare


def _possessed_after(doc: Doc, end: int) -> bool:
    """Does what the possessive names follow it ('Mombasas main market')? A plural before its verb is no
    possessive ('Tyres were burnt' names no Tyre)."""
    return end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}


#: Compass words that split a unit into parts named after it ('Turkana South district', 'Builsa North
#: District', 'Kisumu East constituency'): such parts are seldom in GeoNames, the unit they split usually is.
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central", "northeast", "northwest", "southeast",
                           "southwest"})


def _stem_matches(context: DocContext, i: int, j: int, found: dict[str, list[Match]]) -> list[Match]:
    """For a name no entry bears, the sizeable places of the name it is built on: a possessive whose apostrophe
    was lost ('Mombasas main market'), or a part of a unit named with a compass word and an admin word after it
    ('Turkana South district', read at the unit it splits). Only regions, districts, countries and towns of
    20,000 people or more: the full name missing, a village of the shorter name is no likelier than a word."""
    stem = context.stem_key(i, j)
    if stem is None:
        return []
    # A possessive only by the place's own name: 'Edwards' is no alternate spelling of some Edward.
    compass = context.doc[j - 1].lower_ in COMPASS_WORDS or context.doc[i].lower_ in COMPASS_WORDS
    matches = [(place, kind) for place, kind in found.get(stem, [])
               if (place.feature in {"country", "admin1", "admin2"} or place.population >= MIDSIZE_POPULATION)
               and (compass or kind == MAIN)]
    if compass and matches:
        context.parts.add((i, j))
    return matches


@lru_cache(maxsize=1)
def _iso_unit_kinds() -> dict[str, str]:
    """ISO 3166-2 code -> the kind of unit the standard records ('GH-NP' -> 'region', 'BH-17' ->
    'governorate', 'ET-OR' -> 'regional state')."""
    return {unit.code: unit.type.lower() for unit in pycountry.subdivisions}


def _unit_kind_agrees(place: Place, word: str) -> bool:
    """May a region of this bare name be called 'X <word>'? Not when ISO 3166-2 records another kind:
    'Northern Region' is Ghana's, Malawi's or Uganda's, never Bahrain's Northern Governorate nor Sri
    Lanka's Northern Province."""
    kind = _iso_unit_kinds().get(place.admin1_code or "") if place.feature == "admin1" else None
    return kind is None or word in kind


#: Admin words that make a unit's name its own ('Eastern District' is not 'Eastern Region').
UNIT_WORDS = ("region", "province", "district", "division", "state", "department", "county", "governorate")


def _other_unit_keys(doc: Doc, i: int, j: int) -> list[str]:
    """For a name written with a capitalised admin word, inside the span or right after it ('Eastern
    Region'), the keys of the bare name with each other admin word ('Eastern Province', 'Eastern
    District')."""
    if j - i > 1 and _admin_suffix(doc[j - 1]) is not None:
        bare, word = doc[i:j - 1].text, doc[j - 1].lower_
    elif j < len(doc) and _admin_suffix(doc[j]) is not None:
        bare, word = doc[i:j].text, doc[j].lower_
    else:
        return []
    return [name_key(f"{bare} {other}") for other in UNIT_WORDS if other != word]


def _a_unit_of_many_countries(context: DocContext, i: int, j: int, found: dict[str, list[Match]],
                              matches: list[Match]) -> bool:
    """'the Central region', 'Northern province': a plain word before a lower-case admin word names a unit of
    that name in many countries, while GeoNames records it in full ('Central Region') for one of them only
    (Uganda's; Ghana's is just 'Central'). Such a span is no site: the bare name with its type word is read
    instead, among every country's units, and the text's other places decide between them."""
    doc = context.doc
    feature = _admin_word_kind(doc[j - 1]) if j - i == 2 and doc[j - 1].is_lower else None
    if feature is None or not is_common_word(doc[i].lower_):
        return False
    full = {place.id for place, _ in matches}
    return any(place.feature in {"admin1", "admin2"} and place.id not in full
               for place, _ in found.get(context.key(i, j - 1), []))


def _site_matches(found: dict[str, list[Match]], key: str) -> list[Match]:
    """Named sites and regions whose names go on in lower case ('Mosul airport', 'Kyiv region')."""
    return [(place, kind) for place, kind in found.get(key, []) if place.source in {"site", "region"}]


def _ner_fallbacks(context: DocContext, gazetteer: Gazetteer, taken: set[int],
                   spans: list[tuple[int, int]] = ()) -> list[Candidate]:
    """NER places the exact keys missed, looked up by skeleton key ('Jindires' for 'Jindayris'), and so
    are the names of ``spans`` a place cue marks whatever the tagger calls them (:func:`_cued_as_place`)."""
    doc = context.doc
    ents = [ent for ent in doc.ents if ent.label_ in PLACE_LABELS and not taken & set(range(ent.start, ent.end))]
    ents = [ent[1:] if ent[0].lower_ == "the" else ent for ent in ents]
    cued = _cued_as_place(doc, spans, taken | {t for ent in ents for t in range(ent.start, ent.end)})
    ents = [ent for ent in ents + cued if len(ent) and is_name_word(ent[0]) and not _known_cue(ent.text)]
    keys = {ent.start: skeleton_key(name_key(ent.text)) for ent in ents}
    found = gazetteer.lookup_skeletons(set(keys.values()))
    candidates = []
    for ent in ents:
        matches = found.get(keys.get(ent.start, ""), [])
        if ent in cued:
            matches = [(place, kind) for place, kind in matches if _spelled_alike(ent.text, place.name)]
        if matches and (candidate := judge(context, ent.start, ent.end, matches)):
            candidate.fuzzy = candidate.weak = True
            candidates.append(candidate)
    return candidates


#: The words before a name that say it is where something happened: 'in Niangaloko', 'at Elwak'.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near"})
#: Marks before the unit that holds the place named before it ('Dambas, Wajir South', 'Dambas (Wajir South)').
_CHAIN_OPENERS = frozenset({",", "("})


def _cued_as_place(doc: Doc, spans: list[tuple[int, int]], taken: set[int]) -> list[Span]:
    """The longest names no exact key found that a place cue marks: a preposition of place before them
    ('residents in Niangaloko') or a place word after them ('the Elwak area'). Coders and local reporters
    spell villages as they hear them, and the tagger, which does not know the name, often calls it a
    person or nothing at all."""
    longest: dict[int, int] = {}
    for i, j in spans:
        if not taken & set(range(i, j)) and i > 0 and j - i <= 3:
            longest[i] = max(longest.get(i, j), j)
    return [doc[i:j] for i, j in longest.items()
            if doc[i - 1].lower_ in _PLACE_PREPOSITIONS or _words_at(doc, j, type_words("suffix")) is not None]


#: How alike (rapidfuzz ratio, 0-100) a name no tagger vouches for and an entry's must be spelled: a
#: misspelling changes a letter or two ('Niangaloko', 'Sagnarigu'), while names that only share their
#: consonants are other villages ('Pengeri' is not Panagar).
SPELLED_ALIKE = 80


def _spelled_alike(written: str, name: str) -> bool:
    return fuzz.ratio(name_key(written).replace(" ", ""), name_key(name).replace(" ", "")) >= SPELLED_ALIKE


def _known_cue(name: str) -> bool:
    """A name the country cues know (an island group, a people, an actor: 'Mindanao', 'Kalenjin') is
    no misspelt village: 'Mindanao' is not Mandaon, whose consonants it shares."""
    return name in country_cue_countries()


def _in_cue_countries(doc: Doc, candidate: Candidate) -> Candidate | None:
    """A name the country cues tie to some countries (a people, a clan, an island group: 'Maasai',
    'Garre', 'Mindanao') is a place only in those countries: 'Maasai' is not Masai in Malaysia."""
    countries = country_cue_countries().get(doc[candidate.start:candidate.name_end or candidate.end].text)
    if countries is None:
        return candidate
    candidate.matches = [(place, kind) for place, kind in candidate.matches if place.country in countries]
    return candidate if candidate.matches else None


def find_candidates(doc: Doc, gazetteer: Gazetteer, *, streets: frozenset[str] = frozenset(),
                    people: PersonNames = PersonNames()) -> list[Candidate]:
    """Place candidates in ``doc``, sorted, not overlapping; ``streets`` are the names the article writes as
    streets (``streets.street_names``), ``people`` the people it names in sentences the parse may not see
    (``people.written_people``)."""
    context = DocContext(doc, streets, people)
    spans = name_spans(doc)
    extended = _site_spans(doc, spans)
    keys = {context.key(i, j) for i, j in spans + extended}
    stems = {context.stem_key(i, j) for i, j in spans} - {None}
    found = gazetteer.lookup(keys | stems | {key for i, j in spans for key in _other_unit_keys(doc, i, j)})
    sites = {(i, j): _site_matches(found, context.key(i, j)) for i, j in extended
             if context.key(i, j) != context.key(i, j - 1)}
    sites = {span: matches for span, matches in sites.items() if not _a_unit_of_many_countries(context, *span, found, matches)}
    site_candidates = [Candidate(i, j, matches) for (i, j), matches in sites.items() if matches]
    site_candidates = _non_overlapping(sorted(site_candidates, key=lambda c: (c.start, -c.end)))
    taken = {t for c in site_candidates for t in range(c.start, c.end)}
    names = _choose(context, [s for s in spans if not taken & set(range(*s))], found)
    candidates = site_candidates + names
    taken |= {t for c in names for t in range(c.start, c.end)}
    candidates += _ner_fallbacks(context, gazetteer, taken, spans)
    candidates = [c for c in map(lambda c: _in_cue_countries(doc, c), candidates) if c is not None]
    _mark_spellings(doc, candidates, gazetteer)
    return sorted(candidates, key=lambda c: c.start)


def _mark_spellings(doc: Doc, candidates: list[Candidate], gazetteer: Gazetteer) -> None:
    """Tell each candidate which of its entries bear a name spelled exactly as the text (for 'Northern
    Region', also those spelled 'Northern': see ``_with_bare_units``; for 'Wajir South', those spelled
    'Wajir')."""
    keys = {}
    for c in candidates:
        end = c.name_end or c.end
        keys[id(c)] = {spelled_key(doc[c.start:end].text)}
        if end - c.start > 1 and (_admin_suffix(doc[end - 1]) or c.part and doc[end - 1].lower_ in COMPASS_WORDS):
            keys[id(c)].add(spelled_key(doc[c.start:end - 1].text))
        elif c.part:
            keys[id(c)].add(spelled_key(doc[c.start + 1:end].text))
    found = gazetteer.spelled_as(set().union(*keys.values()) - {""})
    for candidate in candidates:
        candidate.spelled = frozenset().union(*(found.get(key, ()) for key in keys[id(candidate)]))


def _non_overlapping(candidates: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    for candidate in candidates:
        if not kept or candidate.start >= kept[-1].end:
            kept.append(candidate)
    return kept
