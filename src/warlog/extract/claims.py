"""Numeric claims: every figure an article gives about people, places or war events, and who gives it.

Each counting quantity (:mod:`warlog.extract.numbers`) becomes a claim, and so does a zero that
counts people ('no civilians', 'nobody'). What a figure counts decides its category, in this order:
the counted noun ('744 *deaths*', '29 *villages*'), the nearest cue word of its clause in the parse,
verbs before other words ('40 wounded people *brought out*' were evacuated), then the kind of people
counted (fighters, protesters). A figure without a noun ('77 wounded', 'put the toll at 1,300') is a
claim only when a cue says what it counts. The lexicons are ``data/claims/categories.csv`` and
``data/claims/units.csv``.

Scope comes from :mod:`warlog.extract.scope`, claimant and stance from
:mod:`warlog.extract.attribution`. A figure that a second source disputes or denies ('a figure Hamas
disputes', 'dismissed the ministry's figure of 213') is one claim per source, each with its stance.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from warlog.clean.normalise import stable_id
from warlog.data import read_table
from warlog.dates import DateMention, find_dates, period_mention_for_span
from warlog.extract.attribution import Attribution, SourceFinder, is_figure_noun, speech_stances
from warlog.extract.casualties import casualty_kind, loses_a_body_part
from warlog.extract.numbers import (
    Quantity,
    counted_noun,
    find_quantities,
    hyphen_suffix,
    is_not_a_count,
    people_group,
    people_groups,
)
from warlog.extract.scope import CUMULATIVE, ScopeReading, claim_scope, clause_of
from warlog.extract.provenance import CONVENTION, INFERRED, mention_span, number_spans, source_spans, words
from warlog.extract.syntax import MAX_ARCS, arcs_between
from warlog.models import Claim, FieldSpan
from warlog.nlp.per_doc import doc_text

_GROUP_CATEGORY = {"fighter": "fighters", "protester": "participants"}
#: Categories that only count people: a figure of things near their cue words is no such claim.
_PEOPLE_CATEGORIES = frozenset({"killed", "injured", "displaced", "detained", "at_risk", "evacuated"})
_PERSON_ENTITIES = {"NORP", "PERSON", "ORG"}
#: A cue that is not a verb counts as this many extra arcs: '40 *wounded* people *brought out*' were evacuated.
_NON_VERB_PENALTY = 2
#: The subject of a figure whose noun the text leaves out ('at least 23 dead').
DEFAULT_SUBJECT = "people"
_UNNAMED_SUBJECT_RULE = "a figure whose sentence names no counted noun counts people"
_PREVIOUS_SUBJECT_RULE = "a figure with no noun counts what the sentence's figure before it counts"
_RESTATED_RULE = "the figure restates the one before it ('put the number at 350')"
_CIVILIAN = "civilian"
_KILLED = "killed"


@dataclass(frozen=True)
class CategoryCue:
    """A word that says what a nearby figure counts: its category, a word it needs as a child
    ('brought *out*', 'fired *at*'), and what the counted noun must be (people, non-fighters)."""

    category: str
    particle: str
    requires: str


@dataclass(frozen=True)
class Counted:
    """A quantity that counts something, with its noun (None when the text leaves it out) and unit."""

    quantity: Quantity
    noun: Token | None
    unit: str | None = None


@lru_cache(maxsize=1)
def _category_table() -> tuple[dict[str, str], dict[str, tuple[CategoryCue, ...]]]:
    """Counted-noun categories by lemma, and cue words by lemma."""
    counted: dict[str, str] = {}
    cues: dict[str, list[CategoryCue]] = {}
    for row in read_table("claims/categories.csv"):
        if row["where"] in {"counted", "both"}:
            counted[row["lemma"]] = row["category"]
        if row["where"] in {"cue", "both"}:
            cues.setdefault(row["lemma"], []).append(CategoryCue(row["category"], row["particle"], row["requires"]))
    return counted, {lemma: tuple(found) for lemma, found in cues.items()}


@lru_cache(maxsize=1)
def _units() -> dict[str, dict[tuple[str, ...], str]]:
    """Unit words after a number by kind: area, distance, and locator words that make a distance a location."""
    by_kind: dict[str, dict[tuple[str, ...], str]] = {}
    for row in read_table("claims/units.csv"):
        by_kind.setdefault(row["kind"], {})[tuple(row["words"].split())] = row["unit"]
    return by_kind


def _span(quantity: Quantity, doc: Doc) -> Span:
    return doc[quantity.start : quantity.end]


def _unit_after(quantity: Quantity, doc: Doc, kind: str) -> tuple[str, int] | None:
    """The unit of ``kind`` right after the number, with the index after it."""
    following = doc[quantity.end].lower_ if quantity.end < len(doc) else None
    for words, unit in _units()[kind].items():
        if words[0] != following:
            continue
        end = quantity.end + len(words)
        if tuple(t.lower_ for t in doc[quantity.end : end]) == words:
            return unit, end
    return None


def _unit_words(quantity: Quantity, doc: Doc) -> Span:
    """The words of the unit after a figure ('square km', 'kilometres')."""
    found = _unit_after(quantity, doc, "area") or _unit_after(quantity, doc, "distance")
    end = found[1] if found is not None else quantity.end + 1
    return doc[quantity.end : min(end, len(doc))]


def _group(noun: Token) -> str | None:
    """civilian, fighter, protester or person; a 'member' is what its compound or 'of' phrase says."""
    groups = people_groups()
    group = people_group(noun)
    if group != "member":
        return group
    owners = [c for c in noun.lefts if c.dep_ == "compound"]
    owners += [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    found = [g for o in owners if (g := groups.get(o.lemma_.lower()))]
    return found[0] if found and found[0] != "member" else "fighter"


def _counts_people(noun: Token | None) -> bool:
    """The figure counts people ('350 Taliban' too), or its noun is left out (and so may be people)."""
    return noun is None or _group(noun) is not None or noun.ent_type_ in _PERSON_ENTITIES or noun.tag_ == "NNPS"


def _meets(requirement: str, noun: Token | None) -> bool:
    if requirement == "people":
        return _counts_people(noun)
    if requirement == "nonfighter":
        return _counts_people(noun) and (noun is None or _group(noun) != "fighter")
    if requirement == "thing":
        return noun is not None and not _counts_people(noun)
    return True


class Reading(NamedTuple):
    """A figure's category and the words that say it (one word, or a unit such as 'square km')."""

    category: str
    words: Span


def _counted_category(noun: Token | None) -> Reading | None:
    """'744 deaths', '29 villages', '65 district centres': the noun (or its compound) says it."""
    if noun is None:
        return None
    counted = _category_table()[0]
    for token in (noun, *(c for c in noun.lefts if c.dep_ == "compound")):
        category = counted.get(token.lemma_.lower()) or counted.get(token.lower_)
        if category is not None:
            return Reading(category, _word(token))
    return None


def _word(token: Token) -> Span:
    return token.doc[token.i : token.i + 1]


#: Verbs that count the dead only where what is lost is life or the counted people themselves ('lost their lives',
#: 'the battalion lost 40 men'); not 'twelve people lost limbs', 'hundreds lost their homes'.
_LOSING = frozenset({"lose"})
_LIFE = frozenset({"life", "lives"})
#: What losing a limb or an eye counts: the injured, and only people.
_MAIMED = CategoryCue("injured", "", "people")


def _loses_something_else(token: Token, noun: Token | None) -> bool:
    if token.lemma_.lower() not in _LOSING:
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    return any(o.lower_ not in _LIFE and o.lemma_.lower() not in _LIFE and (noun is None or o.i != noun.i)
               for o in objects)


#: How a verb's result stands beside it: 'left three dead' (oprd), 'left six wounded' (the parser's advcl or conj).
_RESULTS = frozenset({"oprd", "acomp", "xcomp", "ccomp", "advcl", "conj"})


def _left_harmed(verb: Token) -> str | None:
    """'The blast left three dead', 'leaving two others wounded': 'leave' counts the harm its result word names
    ('killed' or 'injured'), not people brought out. The word right after its object counts as the result where
    the parser hangs it elsewhere."""
    if verb.lemma_.lower() != "leave":
        return None
    results = [c for c in verb.children if c.dep_ in _RESULTS]
    results += [verb.doc[o.right_edge.i + 1] for o in verb.children if o.dep_ == "dobj" and o.right_edge.i + 1 < len(verb.doc)]
    return next((kind for t in results if (kind := casualty_kind(t))), None)


def _matching_cues(token: Token, noun: Token | None) -> tuple[CategoryCue, ...]:
    """The cues ``token`` gives; one that needs a particle and has it ('hold out') beats the plain word."""
    if loses_a_body_part(token):
        return (_MAIMED,)  # 'twelve people lost limbs': hurt, not dead
    if left := _left_harmed(token):
        return (CategoryCue(left, "", "people"),)  # 'left three dead': the dead, not people brought out
    if _loses_something_else(token, noun):
        return ()
    cues = _category_table()[1]
    found = cues.get(token.lemma_.lower(), ()) or cues.get(token.lower_, ())
    following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    particles = {c.lower_ for c in token.children} | {following}
    usable = [c for c in found if (not c.particle or c.particle in particles) and _meets(c.requires, noun)]
    with_particle = tuple(c for c in usable if c.particle)
    return with_particle or tuple(usable)


def _cue_category(anchor: Token, noun: Token | None, *, following: Token | None = None) -> Reading | None:
    """The category of the nearest cue word around the figure in the parse.

    Verbs and the figure's own clause come first: a word that only describes the counted people
    ('40 *wounded* people brought out') counts as farther away, and a cue in a coordinated clause
    ('1,200 were killed and 250 were taken hostage') loses a tie to one in the figure's own.
    """
    anchors = [anchor, *([noun.head] if noun is not None and noun.dep_ == "conj" else [])]
    own = next((t for t in anchor.ancestors if t.pos_ in {"VERB", "AUX"}), anchor)
    own_clause = {t.i for t in own.subtree}
    described = [own.head] if own.dep_ == "relcl" else []  # 'a garrison that officials put at 3,000'
    ranked = []
    clause = clause_of(anchor, split_statements=True)
    # The word right after the figure counts too ('the figure of 15 dead'): the parser often strays there.
    nearby = [following] if following is not None else []
    for token in {*clause, *anchor.subtree, *(noun.subtree if noun is not None else ()), *described, *nearby}:
        for cue in _matching_cues(token, noun):
            distances = [d for a in anchors if (d := arcs_between(a, token)) is not None]
            if not distances or min(distances) > MAX_ARCS:
                continue
            describes = noun is not None and token.head == noun and token.dep_ in {"amod", "compound"}
            rank = min(distances) + (_NON_VERB_PENALTY if describes else 0)
            ranked.append((rank, token.i not in own_clause, token.i, cue.category))
    if not ranked:
        return None
    _, _, nearest, category = min(ranked)
    return Reading(category, _word(anchor.doc[nearest]))


def _is_civilian(noun: Token | None, anchor: Token) -> bool:
    """'civilians', 'civilian deaths', 'women and children', or 'the civilian toll at 330'."""
    if noun is not None:
        if any(c.lower_ == _CIVILIAN for c in noun.children):
            return True
        nouns = [noun, *(c for c in noun.conjuncts if c.pos_ in {"NOUN", "PROPN"})]
        return all(_group(n) == _CIVILIAN for n in nouns)
    return any(t.lower_ == _CIVILIAN and t.head.lemma_.lower() in {"toll", "death", "casualty"} for t in clause_of(anchor))


#: Counted nouns for people harmed that do not say how: the dead unless their sentence says otherwise.
_EITHER_HARM = frozenset("victim casualty".split())


def _victims_told(counted: Reading, anchor: Token, noun: Token) -> Reading:
    """What a count of victims counts: the hurt where a word for injury governs it ('a clinic that treated nine
    of the victims'), the living where they act ('several victims condemned the bomber in court': no death),
    else the dead."""
    cue = _cue_category(anchor, noun)
    if cue is not None and cue.category == "injured":
        return cue
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.pos_ == "VERB" and casualty_kind(verb) is None:
        return Reading("other", _word(noun))
    return counted


def categorise(counted: Counted, anchor: Token) -> Reading | None:
    """The category of a counted figure and the word that says it (its unit, its noun, a cue word), or
    None when nothing says what it counts.

    People with no cue are fighters, participants (protesters) or ``other`` (a population); things
    with no cue and no war-object noun ('two letters', 'his two sons') are not claims.
    """
    doc, quantity = anchor.doc, counted.quantity
    if counted.unit is not None:
        return Reading("area", _unit_words(quantity, doc))
    noun = counted.noun
    counted_category = _counted_category(noun)
    if counted_category is not None and noun.lemma_.lower() in _EITHER_HARM and quantity.best:
        counted_category = _victims_told(counted_category, anchor, noun)
    if quantity.best == 0:
        reading = counted_category or _zero_category(anchor, noun)
    else:
        following = doc[quantity.end] if quantity.end < len(doc) else None
        reading = counted_category or _cue_category(anchor, noun, following=following)
        if reading and reading.category in _PEOPLE_CATEGORIES and not counted_category and not _counts_people(noun):
            return None  # 'four incidents' near 'deaths', 'several amputations' near 'wounded'
        if reading is None and noun is not None and _counts_people(noun):
            reading = Reading(_GROUP_CATEGORY.get(_group(noun) or "", "other"), _word(noun))
    if reading and reading.category == _KILLED and _is_civilian(noun, anchor):
        return Reading("civilians_killed", reading.words)
    return reading


def _zero_category(anchor: Token, noun: Token | None) -> Reading | None:
    """What a zero counts, from its own verb only: 'nobody was killed', 'no civilians were among the
    dead'; not 'nobody will give a death toll'."""
    verb = next((t for t in (noun or anchor).ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return None
    candidates = [verb] if verb.lemma_ != "be" else list(verb.subtree)
    candidates += [c for c in noun.children if c.dep_ == "amod"] if noun is not None else []  # 'no injured residents'
    found = [Reading(cue.category, _word(token)) for token in candidates for cue in _matching_cues(token, noun)]
    return found[0] if found else None


def _predicate_noun(quantity: Quantity, doc: Doc) -> Token | None:
    """'more than 7,000 were *women*': the noun a figure is said to be (read from the words, which the
    parser often gets wrong in these sentences)."""
    verb = doc[quantity.end] if quantity.end < len(doc) else None
    if verb is None or verb.lemma_ != "be" or verb.i + 1 >= len(doc):
        return None
    following = doc[verb.i + 1]
    return following if following.pos_ == "NOUN" and following.tag_ == "NNS" else None


def _counted(quantity: Quantity, doc: Doc) -> Counted | None:
    """What a quantity counts, or None when it counts nothing (a year, an age, a price, a distance)."""
    span = _span(quantity, doc)
    if hyphen_suffix(quantity, doc) == "size":  # '12-member delegation', '300-strong brigade'
        end = quantity.end + 2
        sized = Quantity(quantity.start, end, doc[quantity.start : end].text, quantity.low, quantity.best,
                         quantity.high, quantity.hedge)
        return Counted(sized, doc[quantity.end + 1].head)
    area = _unit_after(quantity, doc, "area")
    if area is not None:
        return Counted(quantity, _noun_after_unit(doc, area[1]), area[0])
    distance = _unit_after(quantity, doc, "distance")
    if distance is not None:
        return _advance(quantity, doc, distance)
    if is_not_a_count(quantity, doc):
        return None
    noun = _members_of_group(_predicate_noun(quantity, doc) or counted_noun(quantity, doc))
    if quantity.best == 0 and not _counts_something(span, noun):
        return None
    if quantity.best == 1 and quantity.hedge is None or _counts_the_speakers(noun):
        return None  # 'one official said', 'two residents told us'
    if noun is not None and noun.pos_ != "NOUN" and not _counts_people(noun):
        return None
    return Counted(quantity, noun)


def _members_of_group(noun: Token | None) -> Token | None:
    """'up to 6,000 Islamic State (IS) fighters': the parser counts the group's name, with the people it
    has hung on it as an apposition or above it as the name's head; the people are what is counted."""
    if noun is None or noun.pos_ != "PROPN":
        return noun
    above = [noun.head] if noun.dep_ in {"nmod", "compound"} else []
    beside = [c for c in noun.rights if c.dep_ == "appos"]
    return next((t for t in (*above, *beside) if t.pos_ == "NOUN" and _counts_people(t)), noun)


def _counts_the_speakers(noun: Token | None) -> bool:
    """'Two residents told us', 'according to two commanders': the count of a claim's own sources."""
    if noun is None:
        return False
    speaks = noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() in speech_stances()
    return speaks or noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according"


def _noun_after_unit(doc: Doc, index: int) -> Token | None:
    """'1,500 square km *of desert*': the land measured."""
    if index + 1 < len(doc) and doc[index].lower_ == "of":
        return next((t for t in doc[index + 1 : index + 5] if t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "compound"), None)
    return None


def _advance(quantity: Quantity, doc: Doc, distance: tuple[str, int]) -> Counted | None:
    """'advancing up to 7 km' is ground gained; '30 km south of Gaza City' only locates a place."""
    unit, end = distance
    if end < len(doc) and (doc[end].lower_,) in _units()["locator"]:
        return None
    counted = Counted(quantity, None, unit)
    reading = _cue_category(_span(quantity, doc).root, None)
    return counted if reading is not None and reading.category == "area" else None


def _counts_something(span: Span, noun: Token | None) -> bool:
    """A zero is a claim when it counts people or a counted thing ('no bodies'), or stands alone ('nobody')."""
    if noun is None:
        return span.root.pos_ == "PRON" or span[-1].lower_ in {"nobody", "none", "one"}
    return _counts_people(noun) or _counted_category(noun) is not None or noun.lemma_.lower() in _category_table()[1]


def _subject(counted: Counted, previous: Claim | None) -> tuple[str, FieldSpan]:
    """The counted noun phrase and its words, or the previous figure's in the sentence ('killed 50
    people and wounded 77'), or people where the sentence names none ('at least 23 dead')."""
    noun = counted.noun
    if noun is None:
        if previous is None:
            return DEFAULT_SUBJECT, FieldSpan("subject", derivation=CONVENTION, rule=_UNNAMED_SUBJECT_RULE)
        return previous.subject, _carried("subject", previous, _PREVIOUS_SUBJECT_RULE)
    after_number = counted.quantity.end
    modifiers = [c.i for c in noun.lefts if c.dep_ in {"compound", "amod", "nmod"} and c.i >= after_number]
    left = min([noun.i, *modifiers])
    uncounted = [c.i for c in noun.conjuncts
                 if c.i > noun.i and c.pos_ in {"NOUN", "PROPN"} and not any(n.dep_ == "nummod" for n in c.children)]
    right = max([noun.i, *uncounted])
    phrase = noun.doc[left : right + 1]
    return phrase.text, words("subject", phrase)


def _carried(field: str, claim: Claim, rule: str) -> FieldSpan:
    """``claim``'s words for ``field``, inferred for another figure by ``rule``."""
    span = next((s for s in claim.field_spans if s.field == field), None)
    if span is None or span.char_start is None:
        return FieldSpan(field, derivation=INFERRED, rule=rule)
    return FieldSpan(field, span.char_start, span.char_end, span.surface, INFERRED, rule)


@dataclass
class _Context:
    """What the claims of one article carry from figure to figure."""

    finder: SourceFinder
    dates: list[DateMention]
    last: Claim | None = None
    cumulative_claimants: frozenset[str] = frozenset()


def extract_claims(doc: Doc, article_id: str, attributions: dict[int, Attribution], *,
                   published: date | datetime | str | None = None, month_first: bool = False) -> list[Claim]:
    """Every numeric claim in an annotated article.

    ``attributions`` (the sentence-level sources the report extractor uses) is not needed: claims
    are attributed figure by figure. ``published`` resolves the periods of tallies ('in June alone'),
    ``month_first`` says the text writes numeric dates month first (:func:`warlog.dates.find_dates`).
    """
    del attributions
    context = _Context(SourceFinder.of(doc), find_dates(doc, published, month_first=month_first))
    claims: list[Claim] = []
    for sentence in doc.sents:
        found = _sentence_claims(sentence, article_id, context)
        context.cumulative_claimants = frozenset(c.claimant for c in found if c.scope == CUMULATIVE and c.claimant)
        claims.extend(found)
    return claims


def _sentence_claims(sentence: Span, article_id: str, context: _Context) -> list[Claim]:
    doc = sentence.doc
    claims: list[Claim] = []
    disputes = context.finder.disputes(sentence)
    for quantity in find_quantities(sentence, zeros=True):
        counted = _counted(quantity, doc)
        if counted is None:
            continue
        anchor = _span(counted.quantity, doc).root
        reading = categorise(counted, anchor)
        subject, subject_span = _subject(counted, claims[-1] if claims else None)
        restated = context.last if reading is None and _restates_figure(anchor, counted.noun) else None
        if restated is not None:  # 'put the number at 350': the same quantity as the figure before
            category, subject = restated.category, restated.subject
            read = (_carried("category", restated, _RESTATED_RULE), _carried("subject", restated, _RESTATED_RULE))
        elif reading is not None:
            category = reading.category
            read = (words("category", reading.words), subject_span)
        else:
            continue
        sources = context.finder.sources_of(anchor, zero=counted.quantity.best == 0)
        sources += [s for at, s in disputes if anchor.i < at and s.claimant not in {x.claimant for x in sources}]
        primary = sources[0] if sources else None
        carried = primary is not None and primary.claimant in context.cumulative_claimants
        scope = claim_scope(anchor, category, default=_scope_carried(restated, carried))
        period = _period(context.dates, _span(counted.quantity, doc)) if scope.scope == CUMULATIVE else None
        shared = _Shared(article_id, sentence, counted, category, subject, scope, period, read)
        claims.append(_make_claim(shared, primary, primary=True))
        claims.extend(_make_claim(shared, source, primary=False) for source in sources[1:])
        context.last = claims[-1]
    return claims


def _scope_carried(restated: Claim | None, carried: bool) -> ScopeReading | None:
    """The scope a clause naming no period or day takes from before: the restated figure's, or a tally
    when its source gave tallies earlier in the article."""
    if restated is not None:
        return ScopeReading(restated.scope, None, INFERRED, _RESTATED_RULE)
    if carried:
        return ScopeReading(CUMULATIVE, None, INFERRED, "its source gave running totals before in the article")
    return None


def _restates_figure(anchor: Token, noun: Token | None) -> bool:
    """'put the number at 350', 'the UN's last count of 250,000': a figure for what was counted before
    ('their number' may be anyone's: it restates nothing). A figure noun that is what the figure counts is
    none ('indicted on 10 counts', 'told two senior figures of the group')."""
    counted = {noun.i} if noun is not None else set()
    if anchor.dep_ in {"nummod", "amod"}:
        counted.add(anchor.head.i)  # 'ten counts': the figure stands on what it counts
    return any(is_figure_noun(t) and t.i not in counted and (arcs_between(anchor, t) or MAX_ARCS + 1) <= 3
               and not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in t.children) for t in clause_of(anchor))


@dataclass(frozen=True)
class _Shared:
    """What every claim about one figure shares, whoever makes it."""

    article_id: str
    sentence: Span
    counted: Counted
    category: str
    subject: str
    scope: ScopeReading
    period: DateMention | None
    read: tuple[FieldSpan, ...]  # the words of the category and the subject

    @property
    def spans(self) -> tuple[FieldSpan, ...]:
        """The words of what every claim of the figure shares: the figure, what it counts, its period."""
        spans = (*number_spans(self.counted.quantity, self.sentence.doc, "value"), *self.read, self.scope.span())
        if self.period is None:
            return spans
        read_elsewhere = FieldSpan("period", derivation=INFERRED, rule=f"'{self.period.mention}', read with the article")
        return (*spans, mention_span("period", self.period, doc_text(self.sentence.doc)) or read_elsewhere)


def _period(dates: list[DateMention], number: Span) -> DateMention | None:
    """The words giving the period a tally covers ('since 2014', 'in June alone'), from the dates of its
    sentence."""
    return period_mention_for_span(dates, number.doc, number.start_char, number.end_char)


def _make_claim(shared: _Shared, source: Attribution | None, *, primary: bool) -> Claim:
    quantity = shared.counted.quantity
    key = (shared.article_id, quantity.start, quantity.end)
    if not primary and source is not None:
        key += (source.claimant, source.stance)
    return Claim(
        claim_id=stable_id(*key),
        article_id=shared.article_id,
        number_text=quantity.text,
        value_low=quantity.low,
        value_best=quantity.best,
        value_high=quantity.high,
        hedge=quantity.hedge,
        category=shared.category,
        unit=shared.counted.unit,
        subject=shared.subject,
        scope=shared.scope.scope,
        period_start=shared.period.start_date if shared.period else None,
        period_end=shared.period.end_date if shared.period else None,
        claimant=source.claimant if source else None,
        claimant_type=source.claimant_type if source else None,
        stance=source.stance if source else "asserted",
        sentence=shared.sentence.text,
        char_start=shared.sentence.start_char,
        char_end=shared.sentence.end_char,
        field_spans=shared.spans + source_spans(source, "claimant"),
    )
