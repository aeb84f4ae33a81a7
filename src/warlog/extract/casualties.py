"""Casualty figures: which quantities count the killed and the injured, and which of them are civilians."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span, Token

from warlog.data import read_table
from warlog.extract.numbers import (Quantity, counted_noun, find_quantities, is_not_a_count, named_to_defend, parse_number_word, people_group,
                                    people_groups)
from warlog.extract.syntax import MAX_ARCS, arcs_between, governing_verb, of_objects
from warlog.models import Counts
from warlog.nlp.per_doc import once_per_doc

KILLED_LEMMAS = frozenset(
    "kill die dead death slay massacre execute perish fatality life toll martyr slaughter murder behead decapitate assassinate"
    " lynch"
    .split())
INJURED_LEMMAS = frozenset("wound injure hurt injury hospitalize maim".split())
#: Words that count the killed and the injured together, read only when nobody is counted ('no casualties').
_BOTH_LEMMAS = frozenset("casualty harm hurt".split())
#: The zero words a casualty count can take: 'any' ('denied that any civilians were hurt') says nothing.
_ZERO_WORDS = frozenset("no nobody none not".split())
#: People words that name a group, not one person: 'a family' is not one victim.
_GROUP_NOUNS = frozenset("family people police staff personnel other crowd".split())
#: Verb arcs that hold the victims of a casualty verb: 'killing a boy', 'a man was killed'.
_VICTIM_DEPS = frozenset({"dobj", "nsubjpass"})
#: Casualty words that give a whole toll: a second toll is another source's estimate, not more dead.
TOLL_LEMMAS = frozenset("toll tally".split())
#: Words that make a figure part of another ('52 people, including five children').
SUBSET_WORDS = frozenset("including among".split())
_SUBSET_PRONOUNS = frozenset("them whom".split())


@dataclass(frozen=True)
class Casualty:
    quantity: Quantity
    kind: str  # killed or injured
    civilian: bool
    subset: bool = False  # counted inside another figure of the sentence
    toll: bool = False  # given as a toll ('put the toll at 11')
    alone: bool = False  # one person named by a casualty word of their own ('killing a commander')
    doer: bool = False  # one who did the killing and died of it ('before turning the gun on himself')


def _is_civilian(noun: Token | None) -> bool:
    if noun is None:
        return False
    groups = people_groups()
    if any(named_to_defend(c) for c in noun.children):
        return False  # 'two village defence volunteers': armed guards, not civilians
    described = any(c.lower_ == "civilian" and c.dep_ in {"amod", "compound"} for c in noun.children)  # 'civilian men'
    if groups.get(noun.lemma_.lower()) == "civilian" or described:
        return True
    conjuncts = [c for c in noun.conjuncts if c.pos_ == "NOUN"]
    return bool(conjuncts) and all(groups.get(c.lemma_.lower()) == "civilian" for c in [noun, *conjuncts])


#: Verbs that wound unless their sentence says the victim died: 'a man was shot in the leg', 'four
#: people were shot' are injured; 'shot dead', 'shot and killed' and 'fatally shot' are killed.
WOUNDING_LEMMAS = frozenset("shoot stab".split())
_FATAL_ADVERBS = frozenset("fatally mortally".split())


#: Verbs that hold on 'to life': 'clinging to life', 'hanging on to life'.
_HOLDING_ON = frozenset("cling hang hold".split())


def fights_for_life(token: Token) -> bool:
    """'is fighting for his life', 'battling for their lives', 'clinging to life': a badly wounded
    patient, in no fight."""
    return any(c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ == "to" and token.lemma_.lower() in _HOLDING_ON)
               and any(p.lemma_.lower() == "life" for p in c.children)
               for c in token.children)


#: Words that name a wounding in what someone recovers from ('recovering after a shooting', 'from a
#: gunshot wound', 'after being shot').
_RECOVERED_FROM = frozenset("shooting stabbing gunshot wound wounds shoot stab".split())


def _recovers_from_a_wounding(token: Token) -> bool:
    """'A cashier was recovering after what deputies called a careless shooting', 'a clerk is recovering from a
    gunshot wound': one told to recover from a wounding was hurt in it, however the wounding is told.
    Not what police recover after one ('recovered a rifle after the shooting')."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "recover" or any(c.dep_ == "dobj" for c in token.children):
        return False
    return any(c.dep_ == "nsubj" and _a_person_or_people(c) for c in token.children) and any(
        _after_or_from(c) and any(t.lemma_.lower() in _RECOVERED_FROM for t in c.subtree) for c in token.children)


def _after_or_from(token: Token) -> bool:
    """What a verb is told to come after or from: 'after the shooting', 'from a wound', 'after (what) was ...'."""
    return (token.dep_ == "prep" and token.lower_ in {"after", "from"}
            or token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in token.children))


def _kind(token: Token) -> str | None:
    if _kills(token) or _fatally_hurt(token):
        return "killed"
    if (token.lemma_.lower() in INJURED_LEMMAS or fights_for_life(token) or token.lower_ in {"wounded", "injured"} or _in_hospital_condition(token)
            or _people_in_hospital(token) or loses_a_body_part(token) or _recovers_from_a_wounding(token)):
        return "injured"
    if (token.lemma_.lower() in WOUNDING_LEMMAS and token.pos_ == "VERB" and not any(c.dep_ == "prt" for c in token.children)
            or _hit_by_gunfire(token) or _victims_of_wounding(token) or _shooting_of_someone(token)
            or _taken_to_hospital(token)):
        if any(c.lower_ in _FATAL_ADVERBS for c in token.children):
            return "killed"
        return None if any(_kills(t) and not _someone_else_died(t, token) for t in token.sent) else "injured"
    return None


def _someone_else_died(death: Token, hurt: Token) -> bool:
    """'left a courier dead and sent two students to a clinic', 'a grocer was killed and his nephew was
    shot in the hip': a death told of people the sentence names, and a wounding of others it names, is two
    victims' fates. A death told of a pronoun ('where he died'), of a bare count ('four were shot and one
    died'), or of nobody named may be the wounded one's: then the wounding counts nobody of its own."""
    if death in hurt.conjuncts and not all(any(c.dep_ in _VICTIM_DEPS for c in verb.children) for verb in (death, hurt)):
        return False  # 'shot and killed his girlfriend': one act told by two verbs, on the one victim
    dead, hit = _victims_of(death), _victims_of(hurt)
    return bool(dead) and bool(hit) and not {t.i for t in dead} & {t.i for t in hit} and all(
        t.pos_ in {"NOUN", "PROPN"} and _a_person_or_people(t) and not named_before(t) for t in [*dead, *hit])


def named_before(noun: Token) -> bool:
    """'the youngster', 'the boy': a person named with 'the' may be one the sentence named before ('hit a
    cousin in the neck, killing the youngster', 'the boy was carried to a clinic, where the boy died')."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


#: Words that name a wounding before 'victims': 'the four shooting victims', 'two gunshot victims'.
_WOUNDING_NAMES = frozenset("shooting gunshot stabbing".split())


def _victims_of_wounding(noun: Token) -> bool:
    """'The other three shooting victims are expected to survive', 'four gunshot victims': a count of
    people a shooting hit, the dead among them where the sentence tells any (as 'were shot' is)."""
    return noun.lemma_.lower() == "victim" and any(c.dep_ in {"compound", "amod"} and c.lower_ in _WOUNDING_NAMES
                                                   for c in noun.children)


def _shooting_of_someone(noun: Token) -> bool:
    """'the Sunday shooting of his young nephew', 'the stabbing of a clerk': a wounding named by
    its noun and told of a person, who was hit (the dead among such, where the sentence tells any, as
    'was shot' is)."""
    return (noun.pos_ == "NOUN" and noun.lower_ in _WOUNDING_NAMES - {"gunshot"}
            and any(_one_person(p) or is_people(p) for p in _of_whom(noun)))


#: Verbs that carry someone hurt to care: 'was taken to a hospital', 'rushed him to the hospital', 'a
#: shooting that sent two men to the hospital', 'drove herself to the hospital'.
_CARRYING_LEMMAS = frozenset("take rush transport send airlift fly carry bring drive transfer".split())
#: Words for a place of care, alone ('hospital') or in a name ('St Mary's Medical Center', 'a trauma center').
_CARE_WORDS = frozenset("hospital hospitals clinic infirmary medical trauma".split())


def _taken_to_hospital(verb: Token) -> bool:
    """'a cyclist was carried to Linden General', 'paramedics rushed him to a trauma center':
    local news tells the wounded of a shooting by where they were carried. Someone carried there is
    hurt unless the sentence tells a death (:func:`_kind`)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CARRYING_LEMMAS:
        return False
    carried = [c for c in verb.children if c.dep_ in _VICTIM_DEPS and (_a_person_or_people(c) or c.pos_ == "NUM")]
    return bool(carried) and any(c.lower_ == "to" and any(_a_place_of_care(p) for p in c.children if p.dep_ == "pobj")
                                 for c in verb.children if c.dep_ in {"prep", "dative"})


def _a_place_of_care(noun: Token) -> bool:
    return any(t.lower_ in _CARE_WORDS for t in noun.subtree if t.i <= noun.i)


def _fatally_hurt(verb: Token) -> bool:
    """'was fatally wounded', 'mortally injured': a wounding that killed, as 'fatally shot' is."""
    return (verb.pos_ == "VERB" and verb.lemma_.lower() in INJURED_LEMMAS
            and any(c.lower_ in _FATAL_ADVERBS for c in verb.children))


#: Verbs that tell a person hit by a round: 'was struck in the shoulder', 'a stray bullet hit a girl'.
_HITTING_LEMMAS = frozenset("hit strike graze".split())
#: How news tells where a round hit a body: 'struck in the shoulder', 'grazed across the neck'.
_WHERE_HIT = frozenset("in across".split())
#: What hits a person when they are shot.
ROUNDS = frozenset("bullet round gunfire gunshot shot pellet shrapnel buckshot".split())
#: Where a round hits a person ('struck in the shoulder'): the words news uses for a wound's place.
_BODY_PARTS = frozenset(
    "head face eye jaw neck throat chest back shoulder arm elbow wrist hand finger stomach abdomen side hip groin "
    "buttock buttocks leg thigh knee calf ankle foot toe torso pelvis spine".split())


#: What a person loses in an attack besides the body parts: 'lost both limbs', 'lost his sight'.
_LOST_FACULTIES = frozenset("limb sight eyesight hearing".split())


def loses_a_body_part(verb: Token) -> bool:
    """'Seventeen people lost limbs', 'a porter who lost an arm in the blast': maimed, so injured."""
    return verb.lemma_.lower() == "lose" and any(
        c.dep_ in {"dobj", "obj"} and (c.lemma_.lower() in _BODY_PARTS or c.lemma_.lower() in _LOST_FACULTIES)
        for c in verb.children)


def _hit_by_gunfire(verb: Token) -> bool:
    """'A hunter was struck in the shoulder', 'a stray bullet hit a girl', 'grazed by a bullet': a
    person hit by a round, which wounds like 'shot' (a bullet that hit a house hurt no one)."""
    if verb.lemma_.lower() not in _HITTING_LEMMAS or verb.pos_ != "VERB":
        return False
    hit = {"dobj", "nsubjpass", *(("nsubj",) if _hit_where_told(verb) or _was_dropped(verb) else ())}
    people = [c for c in verb.children if c.dep_ in hit and _a_person_or_people(c)]
    if not people:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c not in people]
    agents = [p for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
              for p in c.children if p.dep_ == "pobj"]
    where = [p for c in [*verb.children, *(c for person in people for c in person.children)]
             if c.dep_ == "prep" and c.lower_ in _WHERE_HIT for p in c.children if p.dep_ == "pobj"]
    return (any(t.lemma_.lower() in ROUNDS for t in subjects + agents)
            or any(t.lemma_.lower() in _BODY_PARTS for t in where) or _rounds_fired_before(verb))


#: Verbs of firing a gun: 'fired at officers', 'shot at a car' ('opened fire' names it by its object).
_FIRING_LEMMAS = frozenset("fire shoot".split())


def _rounds_fired_before(verb: Token) -> bool:
    """'fired several shots at the deputies, striking one', 'opened fire on the crowd, hitting a boy':
    a hitting told as what a firing did hits with its rounds."""
    firing = verb.head
    return verb.dep_ in {"advcl", "conj", "xcomp"} and verb.tag_ == "VBG" and (
        firing.lemma_.lower() in _FIRING_LEMMAS or any(c.dep_ == "dobj" and c.lower_ == "fire" for c in firing.children))


def _a_person_or_people(token: Token) -> bool:
    return token.lower_ in _PERSONAL_PRONOUNS or token.ent_type_ == "PERSON" or is_people(token) or _an_age_named(token)


#: Nouns a death word may modify and still count the dead: 'the death count rose to 12'.
_TALLY_NOUNS = frozenset("count figure number toll tally total list".split())


def _names_another_thing(token: Token) -> bool:
    """A death word that only qualifies another noun ('two murder suspects', 'a toll booth', 'death
    threats') tells of no one dead."""
    return token.dep_ == "compound" and token.head.lemma_.lower() not in _TALLY_NOUNS


def _kills(token: Token) -> bool:
    if _describes_a_wound(token) or _names_another_thing(token):
        return False
    return (token.lemma_.lower() in KILLED_LEMMAS or token.lower_ in {"killed", "dead", "died", "martyred"}
            or _succumbs(token) or _fatal_wounding(token) or _fatally_of_a_count(token) or _done_to_death(token)
            or _did_not_survive(token) or _burned_alive(token) or _gunned_down(token))


def _gunned_down(verb: Token) -> bool:
    """'Two civilians were gunned down': news English for shot dead."""
    return verb.lemma_.lower() == "gun" and verb.pos_ == "VERB" and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


def _did_not_survive(verb: Token) -> bool:
    """'two did not survive', 'he did not survive his wounds': died."""
    return verb.lemma_.lower() == "survive" and any(c.dep_ == "neg" for c in verb.children)


def _describes_a_wound(token: Token) -> bool:
    """'life' in 'life-threatening injuries', 'non-life threatening', 'clinging to life': how bad a wound
    is, not a death."""
    return token.lower_ == "life" and (token.dep_ in {"npadvmod", "compound", "amod"} or
                                       token.i + 1 < len(token.doc) and token.doc[token.i + 1].text in {"-", "‐"}
                                       or token.dep_ == "pobj" and fights_for_life(token.head.head))


def _wounded_to_death(verb: Token) -> bool:
    """'found shot to death', 'was stabbed to death': a wounding that killed."""
    return verb.lemma_.lower() in WOUNDING_LEMMAS and _done_to_death(verb)


#: Verbs whose 'to death' kills nobody: 'sentenced to death', 'scared to death'.
_NOT_DEADLY = frozenset("sentence condemn scare frighten bore worry".split())


def _done_to_death(verb: Token) -> bool:
    """'stoned to death', 'beaten to death', 'hacked to death', 'speared to death': whatever was done,
    'to death' says it killed; not 'sentenced to death'."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() not in _NOT_DEADLY and any(
        c.lower_ == "to" and any(p.lower_ == "death" for p in c.children) for c in verb.children)


#: Verbs that kill when done to someone alive: 'burned alive', 'buried alive'.
_ALIVE_KILLINGS = frozenset("burn bury".split())


def _burned_alive(verb: Token) -> bool:
    """'burned two thieves alive', 'was buried alive': a killing, as news tells mob and militia violence."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _ALIVE_KILLINGS and any(
        c.lower_ == "alive" and c.dep_ in {"oprd", "acomp", "advmod", "xcomp", "dep"} for c in verb.children)


def _fatally_of_a_count(token: Token) -> bool:
    """'Five people were shot, one fatally': the adverb tells how many of them died."""
    return token.lower_ in _FATAL_ADVERBS and token.head.pos_ == "NUM"


_FATAL_ADJECTIVES = frozenset("fatal deadly mortal".split())
#: Nouns for a wounding, or for the wound, which a fatal or deadly one makes a death ('a fatal gunshot wound').
_WOUNDING_NOUNS = frozenset("shooting stabbing wound wounds injury injuries".split())


def _fatal_wounding(token: Token) -> bool:
    """'the fatal shooting of a man', 'a deadly stabbing', 'suffered fatal injuries': a wounding that killed."""
    return token.lower_ in _WOUNDING_NOUNS and token.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in _FATAL_ADJECTIVES for c in token.children)


#: How hospitals describe a patient's state: 'in critical condition', 'listed in stable condition'.
_HOSPITAL_CONDITIONS = frozenset("critical serious stable fair grave satisfactory".split())


def _in_hospital_condition(token: Token) -> bool:
    """'was rushed to hospital in critical condition', 'is in stable condition': someone hurt, as
    local news tells the wounded of a shooting without a casualty word."""
    return token.lemma_.lower() == "condition" and token.head.lower_ == "in" and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in _HOSPITAL_CONDITIONS for c in token.children)


#: What a person takes when hurt ('suffered a gunshot wound'); not 'charged with murder'.
_HARMS = frozenset("wound injury".split())


def _people_in_hospital(token: Token) -> bool:
    """'left one dead and two more in hospital': people counted as in a hospital are hurt."""
    return (token.lemma_.lower() == "hospital" and token.dep_ == "pobj" and token.head.lower_ == "in"
            and token.head.head.pos_ in {"NOUN", "NUM"} and (is_people(token.head.head) or token.head.head.pos_ == "NUM"))


def _told_of_subject(verb: Token) -> set[int]:
    """The casualty words a verb tells of its subject: the harm taken ('two men suffered gunshot wounds')
    or the death ('two tenants were found dead, each with a gunshot wound': dead, whatever wounds follow)."""
    harm = _harm_taken(verb)
    dead = [c for c in verb.children if c.dep_ in {"acomp", "oprd", "xcomp"} and _kills(c)]
    return {t.i for t in [*dead, *([harm] if harm is not None else [])]}


def _harm_taken(verb: Token) -> Token | None:
    """The casualty noun a verb's subject took: 'two men suffered gunshot wounds', 'was treated for
    injuries', 'suffering from gunshot wounds', 'is in critical condition'; not 'died of gunshot
    wounds', where the verb tells the harm."""
    if _kills(verb):
        return None
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [p for prep in verb.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj"]
    return next((n for n in nouns if n.pos_ == "NOUN" and (n.lemma_.lower() in _HARMS or _in_hospital_condition(n))), None)


#: What one succumbs to when one dies of it: 'succumbed to his injuries', not 'succumbed to pressure'.
_FATAL_HARMS = frozenset("injury wound wounds injuries".split())


def _succumbs(token: Token) -> bool:
    """'succumbed to his injuries': died of wounds, as news says of a victim who died later."""
    return token.lemma_.lower() == "succumb" and any(
        to.lower_ == "to" and any(p.lemma_.lower() in _FATAL_HARMS for p in to.children) for to in token.children)


def casualty_kind(token: Token) -> str | None:
    """'killed' or 'injured' where the word tells someone killed or hurt ('dead', 'wounded', 'lost a leg')."""
    return _kind(token)


def casualty_words(sentence: Span) -> list[Token]:
    """The words of a sentence that tell someone killed or hurt ('killed', 'wounded', 'was struck in the
    shoulder', 'in critical condition'), but not a killing an allegation names (:func:`_alleged`)."""
    return [t for t in sentence if _kind(t) and not _alleged(t)]


def find_casualties(sentence: Span) -> list[Casualty]:
    """The casualty figures in a sentence: each counting quantity tied to the nearest killed/injured word.

    Read once per sentence: the report rules, the learned coder's gates and provenance all ask."""
    key = ("warlog.casualties", sentence.start, sentence.end)
    return list(once_per_doc(sentence.doc, key, lambda: _read_casualties(sentence)))


def _read_casualties(sentence: Span) -> list[Casualty]:
    doc = sentence.doc
    cues = casualty_words(sentence)
    multiples = _multiples(sentence)
    if not cues and not multiples and not any(t.lemma_.lower() in _BOTH_LEMMAS for t in sentence):
        return []
    found = []
    counted: list[tuple[Token, str]] = []
    told: list[tuple[Token, Token | None]] = []
    totals: list[int] = []
    taken: set[int] = set()
    for quantity in _casualty_quantities(sentence):
        taken.update(range(quantity.start, quantity.end))
        if quantity.best == 0 and quantity.hedge != UNKNOWN:
            found.extend(_zero_casualties(quantity, doc))
            continue
        if is_not_a_count(quantity, doc):
            continue
        noun = counted_noun(quantity, doc)
        if (noun is not None and not (is_people(noun) or killed_as_people(noun)) and _kind(noun) is None
                or noun is None and _starts_a_name(quantity, doc)):
            continue
        if noun is not None and _victims_of_a_part(noun) and _counts(quantity, noun) and any(_kills(c) for c in cues):
            # 'Two of the five victims have died': the five were all hit, the two dead among them.
            totals.append(len(found))
            found.append(Casualty(quantity, "injured", _is_civilian(noun)))
            continue
        anchor = doc[quantity.end - 1]
        if any(_does_something_else(token) for token in (noun, anchor) if token is not None):
            continue
        near = _accompanied(noun) or anchor
        distances = [(d, cue) for cue in cues if (d := arcs_between(near, cue)) is not None and d <= MAX_ARCS]
        if not distances:
            continue
        # A casualty word that describes the counted people, or that they took ('three others were
        # taken to hospitals in critical condition'), wins ('eight killed and several others
        # injured': the others are injured); then the nearest, and at equal distance, the casualty word
        # of the figure's own clause ('put the toll at 11').
        own = {anchor.i, *((noun.i,) if noun is not None else ())}
        if anchor.dep_ in {"amod", "nummod"}:
            own.add(anchor.head.i)  # 'several other injured': the word the count stands on
        of_subject = _told_of_subject((noun or anchor).head) if (noun or anchor).dep_ in {"nsubj", "nsubjpass"} else set()
        _, cue = min(distances, key=lambda pair: (not (_describes(pair[1], own) or pair[1].i in of_subject), pair[0],
                                                  governing_verb(pair[1]).i != governing_verb(anchor).i))
        if noun is not None and _counts_the_doers(noun, cue) or _of_another_happening(cue, cues):
            continue
        tolls = [c for c in cues if c.lemma_.lower() in TOLL_LEMMAS]
        is_toll = any((d := arcs_between(anchor, c)) is not None and d <= 2 for c in tolls)
        is_toll = is_toll or _retells(cue, noun, told)
        if _shot_in_all(noun or anchor):
            totals.append(len(found))
        subset = (_is_subset(noun or anchor, quantity) or _one_of_them(quantity, noun, anchor, _kind(cue), found)
                  or _part_of_a_count(anchor) or noun is not None and _breaks_down(noun))
        found.append(Casualty(_for_kind(quantity, _kind(cue)), _kind(cue), _is_civilian(noun), subset,
                              is_toll and not subset))
        told.append((cue, noun))
        if noun is not None:
            taken.add(noun.i)
            counted.append((noun, _kind(cue)))
    found = _shared_out(found, sentence) + _single_victims(cues, counted, taken) + _own_deaths(sentence)
    if any(_kind(cue) == "killed" for cue in cues):
        found += _perpetrators_besides(sentence)
    for multiple in multiples:
        found = _counted_by_multiple(multiple, found, totals)
    return _wounded_of_all_shot(found, totals)


def _accompanied(noun: Token | None) -> Token | None:
    """Whom the counted people went with, and so shared a fate with: 'the leader, along with two
    bodyguards, was killed', 'a chief together with three guards'."""
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    joining = noun.head.head
    if joining.lower_ in {"along", "together"} and joining.head.pos_ in {"NOUN", "PROPN"}:
        return joining.head
    return None


#: Conjunctions that set a clause's happening at another time than the sentence's own.
_OTHER_TIMES = frozenset("after before since".split())


def _of_another_happening(cue: Token, cues: list[Token]) -> bool:
    """'Six people were wounded at a street fair on Sunday, ten days after three men were shot outside the same bakery': people
    counted in a clause told as before or after the sentence's own casualties, of the same kind, are
    another happening's."""
    clause = next((t for t in [cue, *cue.ancestors] if t.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _OTHER_TIMES for c in t.children)), None)
    if clause is None:
        return False
    inside = {t.i for t in clause.subtree}
    return any(c.i not in inside and _kind(c) == _kind(cue) for c in cues)


#: Words that count the victims of one killing or shooting ('a double homicide', 'a quadruple shooting').
_MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5, "sextuple": 6}
#: Nouns for killings a multiple word counts the dead of, and for woundings it counts everyone hit by.
_KILLINGS = frozenset("homicide murder killing slaying".split())
_WOUNDINGS = frozenset("shooting stabbing".split())


@dataclass(frozen=True)
class _Multiple:
    """'A triple homicide' (three dead), 'a quadruple shooting' (four hit, the dead among them), 'a double
    murder-suicide' (two killed and the one who killed them)."""

    quantity: Quantity
    kind: str  # killed, or shot: everyone hit, of whom the sentence's dead died
    suicide: bool


def _multiples(sentence: Span) -> list[_Multiple]:
    """The killings and woundings a multiple word counts ('a double homicide', 'a triple-shooting'),
    which police and local news use for one incident with several victims."""
    doc, found = sentence.doc, []
    for token in sentence:
        count = _MULTIPLES.get(token.lower_)
        noun = _after_hyphen(doc, token.i + 1)
        if count is None or noun is None or noun.i >= sentence.end or noun.lower_ not in _KILLINGS | _WOUNDINGS:
            continue
        quantity = Quantity(token.i, noun.i + 1, doc[token.i:noun.i + 1].text, float(count), float(count), float(count))
        after = _after_hyphen(doc, noun.i + 1) if noun.i + 1 < len(doc) and doc[noun.i + 1].text in _HYPHENS else None
        found.append(_Multiple(quantity, "killed" if noun.lower_ in _KILLINGS else "shot",
                               after is not None and after.lower_ == "suicide"))
    return found


_HYPHENS = frozenset({"-", "‐", "–"})


def _after_hyphen(doc, index: int) -> Token | None:
    """The token at ``index``, or the one after it when it is a hyphen ('double-murder')."""
    if index < len(doc) and doc[index].text in _HYPHENS:
        index += 1
    return doc[index] if index < len(doc) else None


def _counted_by_multiple(multiple: _Multiple, found: list[Casualty], totals: list[int]) -> list[Casualty]:
    """The victims a multiple word counts, where the sentence counts none of that kind itself ('three men
    were shot in what police called a triple shooting' counts them once): a killing's dead (and in a
    murder-suicide the killer, whom the Gun Violence Archive counts too), or everyone a shooting hit, of
    whom the dead the sentence tells are a part (:func:`_wounded_of_all_shot`)."""
    counted = [c for c in found if not c.alone and not c.doer and (c.quantity.best or 0) > 0]
    if multiple.kind == "shot":
        if totals or any(c.kind == "injured" for c in counted):
            return found
        totals.append(len(found))
        return [*found, Casualty(multiple.quantity, "injured", civilian=False)]
    if any(c.kind == "killed" for c in counted):
        return found
    suicide = multiple.suicide and not any(c.doer and c.kind == "killed" for c in found)
    killer = [Casualty(replace(multiple.quantity, low=1.0, best=1.0, high=1.0), "killed", civilian=False, doer=True)]
    return [*found, Casualty(multiple.quantity, "killed", civilian=False), *(killer if suicide else [])]


#: How badly one of several was hurt: 'five people were injured, one seriously'.
_SEVERITIES = frozenset("seriously critically severely gravely badly".split())
_ANYONE = frozenset("victim person".split())


def _one_of_them(quantity: Quantity, noun: Token | None, anchor: Token, kind: str, found: list[Casualty]) -> bool:
    """'Five people were injured, one seriously', 'six were shot, and one victim is in a grave
    state': one of the people counted before, told apart for how badly he was hurt, neither one more
    nor another source's lower count."""
    if quantity.best != 1 or not any(c.kind == kind and not c.subset and (c.quantity.best or 0) > 1 for c in found):
        return False
    return (noun is not None and noun.lemma_.lower() in _ANYONE) or any(
        c.lower_ in _SEVERITIES for c in anchor.children)


def _part_of_a_count(anchor: Token) -> bool:
    """'One of the six people wounded ... remains in critical condition', 'two of the four killed were
    sisters': a part of a count the sentence gives itself, told apart for what it says of them."""
    return any(of.dep_ == "prep" and of.lower_ == "of" and any(
        p.dep_ == "pobj" and any(c.dep_ == "nummod" for c in p.children) for p in of.children)
        for of in anchor.children)


def _breaks_down(noun: Token) -> bool:
    """'Four people - two men and two women - were wounded', 'the five victims, three men and two
    women,': counts set beside a count of people tell who they were, not more people. Only a count of
    people whom no side or trade names can be so broken down: 'two police officers, two soldiers and a
    civilian' are five."""
    token, beside = noun, False
    while token.dep_ in {"conj", "appos"} and token.head.i != token.i:
        beside |= token.dep_ == "appos"
        token = token.head
        if beside and people_group(token) == "person" and any(c.dep_ == "nummod" for c in token.children):
            return True
    return False


def _counts_the_doers(noun: Token, cue: Token) -> bool:
    """'Five gunmen killed two policemen', 'some forty attackers set up a roadblock and executed
    travellers', 'the pair who opened fire, killing a guard': a count of who did the killing to
    someone named as its object, not of the dead; nor is the agent of a passive ('a girl was shot by two
    other teens'). Who lost a limb lost it themselves ('eleven people lost limbs')."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head == cue:
        return True
    if cue.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in cue.children) or loses_a_body_part(cue):
        return False
    verb = cue
    while True:
        if (noun.dep_ == "nsubj" and noun.head == verb) or (verb.dep_ in {"acl", "relcl"} and verb.head == noun):
            return True
        if verb.dep_ not in {"conj", "advcl"} or verb.head.pos_ != "VERB":
            return False
        verb = verb.head  # 'stormed the village and killed four farmers', 'opened fire, killing two'


def _shot_in_all(noun: Token) -> bool:
    """'four men were shot', 'a man shot six people, killing four of them', not 'were shot dead',
    'were shot to death', 'were fatally shot' or 'were shot and killed': everyone the shooting hit, the dead among them."""
    verb = noun.head
    if verb.lemma_.lower() not in WOUNDING_LEMMAS or verb.pos_ != "VERB" or _wounded_to_death(verb):
        return False  # 'two women and a man were shot to death': all dead
    if noun.dep_ == "dobj":
        return _kills_a_part(verb) and not any(c.lower_ in _FATAL_ADVERBS or _kills(c) for c in verb.children
                                               if c.dep_ in {"advmod", "oprd", "acomp", "xcomp", "prep"})
    if noun.dep_ != "nsubjpass" and not (noun.dep_ == "nsubj" and _was_dropped(verb)):
        return False
    return not any(c.lower_ in _FATAL_ADVERBS or _kills(c) for c in verb.children if c.dep_ != "conj") and not any(
        _kills(c) and not any(d.dep_ in {"nsubj", "nsubjpass"} for d in c.children) for c in verb.conjuncts)


def _kills_a_part(verb: Token) -> bool:
    """'shot six people, killing four (of them)', 'shot five relatives, killing a man and his daughter': a
    killing participle that counts or names its own dead."""
    return any(c.dep_ == "advcl" and _kills(c) and any(o.dep_ == "dobj" and (o.like_num or _one_person(o))
                                                       for o in c.children)
               for c in verb.children)


#: Nouns for people hit, of whom some may have died: 'two of the five victims'.
_HIT_PEOPLE = frozenset("victim wounded injured".split())


#: Verbs that tell people hit, the dead among them: 'the seven people shot', 'the four who were wounded'.
_HITTING_VERBS = WOUNDING_LEMMAS | frozenset("wound injure hit strike".split())


def _victims_of_a_part(noun: Token) -> bool:
    """'of the five victims', 'of the seven people shot' beside a count ('two of the five victims', 'of
    the seven people who were shot, two died'): the whole a part is told of."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of":
        return False
    part = of.head.like_num or any(c.dep_ in {"nsubj", "nsubjpass"} and c.like_num for c in of.head.children)
    hit = noun.lemma_.lower() in _HIT_PEOPLE or is_people(noun) and any(
        c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in _HITTING_VERBS and not _fatal(c) for c in noun.children)
    return part and hit


def _fatal(verb: Token) -> bool:
    """'shot and killed', 'fatally shot', 'shot to death': a wounding its own words make deadly."""
    return _wounded_to_death(verb) or any(_kills(t) or t.lower_ in _FATAL_ADVERBS for t in [*verb.conjuncts, *verb.children])


def _counts(quantity: Quantity, noun: Token) -> bool:
    """Whether the quantity is the count of ``noun`` ('the seven people'), not a part told of it."""
    anchor = noun.doc[quantity.end - 1]
    return anchor.head == noun and anchor.dep_ == "nummod"


def _wounded_of_all_shot(found: list[Casualty], totals: list[int]) -> list[Casualty]:
    """'Four men were shot and one was killed', 'six were shot, two of them fatally': the
    dead are among those shot, so the others are the wounded (one dead, three wounded), not more dead."""
    if len(totals) != 1:
        return found
    total = found[totals[0]]
    killed = [c for n, c in enumerate(found) if n != totals[0] and c.kind == "killed" and not c.doer]
    dead = sum(c.quantity.best or 0 for c in killed if not c.subset)
    others = [c for n, c in enumerate(found) if n != totals[0]]
    if not dead:
        # 'two of them fatally' is a part of those shot, and the whole of the dead
        dead = sum(c.quantity.best or 0 for c in killed)
        others = [replace(c, subset=False) if c.kind == "killed" else c for c in others]
    rest = (total.quantity.best or 0) - dead
    if rest <= 0:
        return others if dead else found
    wounded = Quantity(total.quantity.start, total.quantity.end, total.quantity.text, rest, rest, rest)
    return [*others, replace(total, quantity=wounded, kind="injured")]


#: Nouns for the attacks a toll can be told across ('across the four explosions').
_ATTACK_NOUNS = frozenset("attack explosion blast bombing incident raid assault strike ambush which".split())
#: Who carried an attack out: counted among its dead when the text adds them ('in addition to the bomber').
_PERPETRATORS = frozenset("bomber assailant attacker gunman perpetrator shooter".split())
_ORDINALS = frozenset("one first second third fourth fifth last".split())


def _shared_out(found: list[Casualty], sentence: Span) -> list[Casualty]:
    """A toll told across several attacks ('40 were killed across all four attacks', 'one of three
    blasts that together killed 21') is shared out evenly, rounded down, as GTD and ACLED coders
    do: the event gets its share, not the whole."""
    attacks = _attacks_across(sentence)
    if attacks < 2:
        return found
    return [replace(c, quantity=_divided(c.quantity, attacks)) for c in found]


def _starts_a_name(quantity: Quantity, doc) -> bool:
    """'told 7 Action News', '3 Doors Down': a number that counts no noun and stands before a proper
    name is part of the name (people and peoples are counted: '12 Afghans')."""
    following = doc[quantity.end] if quantity.end < len(doc) else None
    if following is None or following.pos_ != "PROPN" or following.ent_type_ == "NORP":
        return False
    named = following
    while named.dep_ in {"compound", "nmod", "amod"} and named.head.i > named.i:
        named = named.head  # 'al-Shabaab fighters': the name describes people, who are counted
    return not is_people(named)


def _divided(quantity: Quantity, parts: int) -> Quantity:
    def part(value: float | None) -> float | None:
        return None if value is None else float(int(value // parts))
    return replace(quantity, low=part(quantity.low), best=part(quantity.best), high=part(quantity.high))


def _attacks_across(sentence: Span) -> int:
    """How many attacks the sentence's toll is told across: its own count ('across the four
    explosions', 'across both attacks', 'killed in two attacks'), else, after 'across', the article's
    'one of four attacks'; 1 when not across."""
    for token in sentence:
        if token.lower_ not in {"across", "in"} or token.dep_ != "prep":
            continue
        for noun in (c for c in token.children if c.dep_ == "pobj" and c.lemma_.lower() in _ATTACK_NOUNS):
            if any(c.lower_ == "both" for c in noun.children):
                return 2
            number = next((parse_number_word(c.text) for c in noun.children if c.dep_ == "nummod"), None)
            if number and number > 1 or token.lower_ == "across":
                return int(number) if number else _attacks_told_together(sentence.doc)
    return 1


def _attacks_told_together(doc) -> int:
    """'It was one of four coordinated attacks', 'the first of two attacks': the count, else 1."""
    for token in doc:
        if token.lower_ in _ORDINALS and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of":
            number = parse_number_word(doc[token.i + 2].text)
            if number and number > 1:
                return int(number)
    return 1


#: Hand-held guns, by the words news uses for them: what a shooter turns on himself, what 'went off'.
FIREARMS = frozenset("gun weapon rifle pistol handgun shotgun revolver firearm".split())
#: Verbs that say a suicide did not happen: 'tried to take his own life', 'threatened to kill himself'.
_UNDONE = frozenset("try attempt threaten".split())


def _own_deaths(sentence: Span) -> list[Casualty]:
    """'killing three before turning the gun on himself', 'then took her own life', 'committed
    suicide': the one who killed himself, dead too (the Gun Violence Archive and GTD count a shooter
    or bomber who dies among the killed). 'Shot himself' is read as any victim is."""
    found = []
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.head.lemma_.lower() in _UNDONE:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        lemma = verb.lemma_.lower()
        turned = lemma == "turn" and any(o.lemma_.lower() in FIREARMS for o in objects) and any(
            p.lower_ in {"himself", "herself"} for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
            for p in c.children)
        took = lemma == "take" and any(o.lower_ == "life" and any(c.lower_ == "own" for c in o.children) for o in objects)
        committed = lemma == "commit" and any(o.lower_ == "suicide" for o in objects)
        if turned or took or committed:
            found.append(Casualty(Quantity(verb.i, verb.i + 1, verb.text, 1.0, 1.0, 1.0), "killed", civilian=False,
                                  doer=True))
    return found


def _perpetrators_besides(sentence: Span) -> list[Casualty]:
    """'In addition to the bomber, six were killed': the dead attackers, whom GTD counts too."""
    found = []
    for token in sentence:
        if token.lower_ != "addition" or token.head.lower_ != "in":
            continue
        for to in (c for c in token.children if c.lower_ == "to"):
            for who in (c for c in to.children if c.dep_ == "pobj" and c.lemma_.lower() in _PERPETRATORS):
                number = next((parse_number_word(c.text) for c in who.children if c.dep_ == "nummod"), None)
                count = number or (1 if who.tag_ == "NN" else _counted_before(who))
                if count:
                    quantity = Quantity(who.i, who.i + 1, who.text, count, count, count)
                    found.append(Casualty(quantity, "killed", civilian=False, doer=True))
    return found


def _counted_before(noun: Token) -> float | None:
    """'Three suicide bombers detonated ...' earlier in the text: how many the plural noun counted."""
    for sentence in noun.doc.sents:
        if sentence.start >= noun.i:
            break
        for quantity in find_quantities(sentence):
            counted = counted_noun(quantity, noun.doc)
            if counted is not None and counted.lemma_.lower() == noun.lemma_.lower() and quantity.best:
                return quantity.best
    return None


#: The hedge of a count that says it is not known ('an unknown number of'): 0 by convention, not 'none'.
UNKNOWN = "unknown"


@lru_cache(maxsize=1)
def _conventions() -> dict[str, dict[str, str]]:
    return {row["pattern"]: row for row in read_table("numbers/fatality_conventions.csv")}


def _convention_figure(row: dict[str, str]) -> tuple[float, float, float | None]:
    return float(row["low"]), float(row["best"]), float(row["high"]) if row["high"] else None


def _casualty_quantities(sentence: Span) -> list[Quantity]:
    """The sentence's quantities, with words that give no number read as a coder reads a toll
    (``fatality_conventions.csv``): 'several' dead is 10, 'a number of' or 'many' dead 10, an unknown
    number 0."""
    found = list(find_quantities(sentence, zeros=True))
    taken = {i for q in found for i in range(q.start, q.end)}
    words = [t.lower_ for t in sentence]
    for pattern, row in _conventions().items():
        if not row["casualty_only"]:
            continue
        size = len(pattern.split())
        for offset in range(len(words) - size + 1):
            start = sentence.start + offset
            if " ".join(words[offset:offset + size]) == pattern and not taken & set(range(start, start + size)):
                if sentence.doc[start].dep_ == "preconj":
                    continue  # 'killed both the driver and his son': the people it joins are counted one by one
                low, best, high = _convention_figure(row)
                hedge = UNKNOWN if best == 0 else "vague"
                found.append(Quantity(start, start + size, sentence.doc[start:start + size].text, low, best, high, hedge))
                taken.update(range(start, start + size))
    return _alternatives(sorted(found, key=lambda q: q.start), sentence.doc)


def _alternatives(quantities: list[Quantity], doc) -> list[Quantity]:
    """'two or three people were killed', 'zero, one or two were killed': figures offered as alternatives
    are one count, its lowest the best (the conservative coder's figure) and its highest the top."""
    runs: list[list[Quantity]] = []
    for quantity in quantities:
        gap = [t.lower_ for t in doc[runs[-1][-1].end:quantity.start]] if runs else []
        if gap and set(gap) <= {",", "or"}:
            runs[-1].append(quantity)
        else:
            runs.append([quantity])
    merged: list[Quantity] = []
    for run in runs:
        offered = len(run) > 1 and "or" in {t.lower_ for t in doc[run[-2].end:run[-1].start]}
        merged.extend([_one_of(run, doc)] if offered else run)
    return merged


def _one_of(run: list[Quantity], doc) -> Quantity:
    lows = [q.low for q in run]
    highs = [q.high for q in run]
    return replace(run[0], end=run[-1].end, text=doc[run[0].start:run[-1].end].text,
                   low=None if None in lows else min(lows), best=min(q.best or 0 for q in run),
                   high=None if None in highs else max(highs))


def _for_kind(quantity: Quantity, kind: str) -> Quantity:
    """The dead take the coder's figure for 'several' alone (not 'several thousand', not 'about a
    dozen'); the injured, which ACLED does not code, keep the lowest reading ('many injured' is 3)."""
    row = _conventions().get(quantity.text.lower())
    if row is None or quantity.hedge != "vague" or (kind == "injured" and not row["casualty_only"]):
        return quantity
    low, best, high = _convention_figure(row)
    return replace(quantity, low=low, best=low if kind == "injured" else best, high=high)


#: A coder's own statement of the figure in an event note: 'Fatalities coded as 9.', 'several
#: fatalities (coded as 3)', 'an unknown number of fatalities, coded at the lowest estimate of 5'.
_CODED = re.compile(r"\b(?:fatalit(?:y|ies)|killed|dead|deaths?)\b[^.;]{0,60}?\bcoded (?:as|at)"
                    r"(?: (?:a|the))?(?: low(?:est)? estimate of)? (\d{1,5})\b", re.IGNORECASE)


def coded_fatalities(text: str) -> list[tuple[int, int]]:
    """Where a text states the fatality figure it was coded with, and the figure: (character offset, figure)."""
    return [(match.start(), int(match.group(1))) for match in _CODED.finditer(text)]


def apply_coded_fatalities(reports: list, text: str) -> None:
    """A figure the text says it was coded with is the toll of the event told before it (of the first
    event when none is): an event note's last word on its dead."""
    for offset, figure in coded_fatalities(text):
        told = _told_before(reports, offset)
        if told:
            report = told[-1]
            report.fatalities_low = report.fatalities_best = report.fatalities_high = figure


def _told_before(reports: list, offset: int) -> list:
    """The reports a coder's statement at ``offset`` speaks of: those told before it, or the first
    report when none is (a note may open with its coding)."""
    return [r for r in reports if r.char_start <= offset] or reports[:1]


#: A coder's note that a toll is shared among the events it was coded as: 'fatalities split between two
#: events', 'Fatalities divided across nine events', 'three fatalities, split in two events'.
_SPLIT = re.compile(r"\b(?:fatalit(?:y|ies)|deaths?|casualties|toll)\b[^.;]{0,30}?\b(?:split|divided|shared)"
                    r" (?:evenly )?(?:between|across|among|into|in|over) \(?(\w+)\)? (?:separate |different )?"
                    r"(?:events|incidents|attacks|days)\b", re.IGNORECASE)


def shared_tolls(text: str) -> list[tuple[int, int]]:
    """Where a text says its toll is split among events, and among how many: (character offset, parts)."""
    parts = [(match.start(), parse_number_word(match.group(1))) for match in _SPLIT.finditer(text)]
    return [(offset, int(count)) for offset, count in parts if count and count > 1]


def apply_shared_tolls(reports: list, text: str) -> None:
    """A toll the text says is split among N events gives each its even share, rounded down as a
    conservative count is (ACLED divides a toll it cannot place among the events it was coded as): the
    dead of the reports told before the statement (of the first report when none is) are divided."""
    for offset, parts in shared_tolls(text):
        for report in _told_before([r for r in reports if r.fatalities_best], offset):
            report.fatalities_low, report.fatalities_best, report.fatalities_high = (
                None if value is None else int(value // parts)
                for value in (report.fatalities_low, report.fatalities_best, report.fatalities_high))


def _describes(cue: Token, counted: set[int]) -> bool:
    """'several others injured', '3 dead', 'five wounded', 'two more in hospital': the
    casualty word right after the count or its noun, or hanging on it or on its preposition."""
    return cue.i - 1 in counted or (cue.head.i in counted and cue.dep_ in {"acl", "amod", "relcl", "appos", "advmod"}) or (
        cue.dep_ == "pobj" and cue.head.dep_ == "prep" and cue.head.head.i in counted)


def _retells(cue: Token, noun: Token | None, told: list[tuple[Token, Token | None]]) -> bool:
    """A second figure of the same kind, under a casualty word of its own, for people no different
    from the first's: another source's count of the same dead ('nine were killed, according to the
    SDF, while the Observatory put the toll at 11'), not more dead."""
    group = _group(noun)
    return any(earlier.i != cue.i and _kind(earlier) == _kind(cue) and cue not in earlier.conjuncts
               and (group is None or _group(earlier_noun) in {None, group}) for earlier, earlier_noun in told)


def _group(noun: Token | None) -> str | None:
    """The group a counted noun names, with 'people' and 'persons' naming none in particular."""
    group = people_group(noun) if noun is not None else None
    return None if group == "person" else group


@lru_cache(maxsize=1)
def _animals() -> frozenset[str]:
    return frozenset(row["lemma"] for row in read_table("numbers/animals.csv"))


#: Killing verbs whose object is often a plan, not a person: 'executed an operation'.
_KILLINGS_OF_PLANS = frozenset({"execute"})


def killed_as_people(noun: Token) -> bool:
    """Whom a killing is done to are people, whatever word names them ('killed two traders', 'three Kete
    were killed', 'shot dead a motorcyclist', 'two herders died'), unless they are animals or crops
    (``animals.csv``): news names victims by trade, role or people more often than any list can hold."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.lemma_.lower() in _animals() or noun.lower_ in _animals():
        return False
    verb = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"}:
        return (verb.pos_ == "VERB" and verb.lemma_.lower() not in _KILLINGS_OF_PLANS and not _alleged(verb)
                and (_kind(verb) == "killed" or _wounded_to_death(verb)
                     or any(_kills(c) or c.lower_ in _FATAL_ADVERBS for c in verb.children if c.dep_ != "conj")))
    return noun.dep_ == "nsubj" and verb.lemma_.lower() in {"die", "perish"}


def is_people(noun: Token) -> bool:
    """A noun that counts people: 'servicemen' as well as its lemma, and peoples ('13 Hazaras')."""
    return people_group(noun) is not None or noun.ent_type_ == "NORP" and noun.tag_ in {"NNS", "NNPS"}


def _zero_casualties(quantity: Quantity, doc) -> list[Casualty]:
    """'no casualties', 'no one was hurt', 'no civilians were killed': counts of 0, which ACLED
    codes as such. A zero of civilians leaves the other dead uncounted."""
    if doc[quantity.start].lower_ not in _ZERO_WORDS:
        return []
    noun = counted_noun(quantity, doc) or doc[quantity.end - 1]
    verb = noun.head if noun.dep_ in {"nsubj", "nsubjpass"} else None
    cue = next((t for t in (noun, verb) if t is not None and _zero_kinds(t)), None)
    if cue is None:
        return []
    civilian = _is_civilian(noun) if is_people(noun) else False
    return [Casualty(quantity, kind, civilian, subset=civilian) for kind in _zero_kinds(cue)
            if not (civilian and kind == "injured")]


def _zero_kinds(token: Token) -> tuple[str, ...]:
    words = {token.lemma_.lower(), *(t.lemma_.lower() for t in token.conjuncts)}
    if words & _BOTH_LEMMAS:
        return "killed", "injured"
    return tuple(kind for kind, lemmas in (("killed", KILLED_LEMMAS), ("injured", INJURED_LEMMAS)) if words & lemmas)


def _single_victims(cues: list[Token], counted: list[tuple[Token, str]], taken: set[int]) -> list[Casualty]:
    """One person each: 'a 68-year-old man was killed', 'shot dead a boy', 'killing the group's leader
    Hassan Nasrallah', and people named beside a count ('two nurses and a patient', 'eight others').
    A person named as one of a count ('among them a 17-year-old girl') is already in it."""
    victims = [(victim, _kind(cue)) for cue in cues for victim in _victims_of(cue) if not _hurt_before_dying(victim, cue)]
    victims += [(conjunct, kind) for noun, kind in counted for conjunct in noun.conjuncts]
    counted_nouns = {noun.i for noun, _ in counted}
    # 'the leader, along with two bodyguards': the one the counted people went with is one more of them
    went_with = {with_whom.i for noun, _ in counted if (with_whom := _accompanied(noun)) is not None}
    found = [_one_dead(cue) for cue in cues if _tells_one_death(cue) and not _victims_of(cue)]
    survived = 1.0 if _tells_survival(cues) else 0.0
    seen: list[tuple[Token, str]] = []
    # One told as hurt and as dead ('was found wounded in a car and later died') is dead; named
    # people before pronouns, so that a pronoun finds the person it may stand for.
    for victim, kind in sorted(victims, key=lambda pair: (pair[1] != "killed", pair[0].lower_ in _ONE_PERSON_PRONOUNS)):
        if _named_again(victim):
            continue
        for person in (victim, *victim.conjuncts):
            if (person.i in taken or not (_one_person(person) or _one_killed(person)) or _inside_a_count(person)
                    or _told_again(person, kind, seen)):
                continue
            taken.add(person.i)
            seen.append((person, kind))
            start = min(person.left_edge.i, person.i)
            low = survived if kind == "injured" else 1.0
            quantity = Quantity(start, person.i + 1, person.doc[start:person.i + 1].text, low, 1.0, 1.0)
            # One who shot himself, or a gunman shot dead by police, is none of a toll told beside him.
            doer = person.lower_ in _REFLEXIVES or person.lemma_.lower() in _PERPETRATORS
            alone = not any(c.i in counted_nouns for c in person.conjuncts) and person.i not in went_with and not doer
            found.append(Casualty(quantity, kind, _is_civilian(person), alone=alone, doer=doer))
    return found


def _named_again(victim: Token) -> bool:
    """'lynched a suspected robber and killed him', 'seized a trader and beat him to death': a pronoun
    object of a killing joined to another killing of someone named is that one again, not one more dead."""
    verb = victim.head
    return (victim.lower_ in _ONE_PERSON_PRONOUNS and victim.dep_ == "dobj" and verb.dep_ == "conj"
            and _kind(verb.head) == "killed" and any(c.dep_ == "dobj" and c.lower_ not in _PERSONAL_PRONOUNS
                                                     for c in verb.head.children))


def _told_again(person: Token, kind: str, seen: list[tuple[Token, str]]) -> bool:
    """'A boy was taken to a hospital after he shot himself', 'she suffered a bullet wound and she is
    in fair condition': a pronoun told as hurt (or dead) in a sentence that already counts one
    person so is that person again. Not when that person is what someone else did it to ('a man shot
    his wife, then himself'): the pronoun may stand for the one who did it. So is a person named again
    with 'the' ('one deputy shot the man three times and another shot the man twice')."""
    again = any(other_kind == kind and other.lemma_.lower() == person.lemma_.lower() for other, other_kind in seen)
    if again and named_before(person):
        return True
    return person.lower_ in _ONE_PERSON_PRONOUNS and any(
        other_kind == kind and other.dep_ != "dobj" for other, other_kind in seen)


def _hurt_before_dying(victim: Token, cue: Token) -> bool:
    """'A woman died on Saturday, a week after she was wounded', 'he succumbed, hours after he was shot':
    a pronoun hurt in a clause that tells what came before a death is the one who died, not another victim;
    so is one told to have died by the same pronoun in the sentence ('he was rushed to a hospital in
    critical condition, where he died')."""
    return (victim.lower_ in _ONE_PERSON_PRONOUNS and _kind(cue) == "injured"
            and (any(_kind(above) == "killed" for above in cue.ancestors) or _dies_told_again(victim)))


#: The forms of one person's pronoun: 'he ... where he died', 'her ... she died'.
_SAME_PERSON = ({"he", "him", "himself"}, {"she", "her", "herself"})


def _dies_told_again(victim: Token) -> bool:
    forms = next((forms for forms in _SAME_PERSON if victim.lower_ in forms), set())
    return any(_kind(t) == "killed" and any(v.lower_ in forms for v in _victims_of(t)) for t in victim.sent if t.i != victim.i)


#: Words that tell people besides some already counted: 'another man was shot', 'two others were hit'.
_BESIDES = frozenset("another other others also more additional second third".split())


def tells_people_hit(span: Span) -> bool:
    """Whether a passage tells its hurt only as people hit ('officers came upon four people shot', 'two
    women had gunshot wounds when deputies arrived', 'both were shot twice'), which counts the dead among
    them, as police find a shooting's victims before any has died; not people said to be hurt,
    wounded or in hospital, who lived, nor others besides ('another man was shot')."""
    cues = [t for t in span if _kind(t) == "injured"]
    return bool(cues) and not any(t.lower_ in _BESIDES for t in span) and all(
        c.pos_ == "VERB" and (c.lemma_.lower() in WOUNDING_LEMMAS or _hit_by_gunfire(c))
        or c.pos_ == "NOUN" and c.lemma_.lower() == "wound" for c in cues)


#: Words that say one who was shot lived: 'is recovering', 'was treated and released', 'survived', 'was
#: grazed' (a bullet that grazes leaves a shallow wound).
_SURVIVAL = frozenset("survive recover treat release hospital stable graze".split())


def _tells_survival(cues: list[Token]) -> bool:
    """Whether a sentence says its wounded lived: a wound or injury word, a hospital condition, or a
    word of survival. 'A man was shot on Elm Street' says only that he was hit: he may be the one
    who died, which the sentence leaves open (the injured's low figure is then 0)."""
    if not cues:
        return True
    if any(_kind(c) == "injured" and any(_kills(t) for t in c.sent) for c in cues):
        return True  # the sentence's dead are others (:func:`_someone_else_died`): the one hit lived
    if any(_kind(c) == "injured" and not (c.lemma_.lower() in WOUNDING_LEMMAS or _hit_by_gunfire(c) or _shooting_of_someone(c))
           for c in cues):
        return True
    return any(t.lemma_.lower() in _SURVIVAL for t in cues[0].sent)


def _tells_one_death(cue: Token) -> bool:
    """'investigating a fatal shooting', 'the deadly stabbing in Linden': one wounding that killed,
    with no victim named, is one dead (a count in the sentence, 'a fatal shooting that left two
    dead', wins: :func:`counts_from`)."""
    return cue.tag_ == "NN" and cue.lower_ in {"shooting", "stabbing"} and _fatal_wounding(cue)


def _one_dead(cue: Token) -> Casualty:
    return Casualty(Quantity(cue.i, cue.i + 1, cue.text, 1.0, 1.0, 1.0), "killed", civilian=False, alone=True)


def _inside_a_count(token: Token) -> bool:
    """'including five children', 'among them a girl': within three arcs of a subset word."""
    return any(a.lower_ in SUBSET_WORDS for a in [token, *token.ancestors][:3])


def _victims_of(cue: Token) -> list[Token]:
    """Who a casualty word happened to: the object or passive subject of its verb ('shot dead a boy',
    'stabbed to death a guard', 'was found dead'), or the subject of 'died' or of 'lost a leg'."""
    verb = cue
    if cue.dep_ in {"oprd", "acomp", "advmod", "xcomp"}:
        verb = cue.head
    elif cue.dep_ == "pobj" and cue.head.lower_ == "to":
        verb = cue.head.head
    if verb.pos_ == "NOUN":
        return _of_whom(verb) or _who_took(verb)
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    # 'a girl is dead', not 'a gunman left one man dead'
    dies = (verb.lemma_.lower() in {"die", "perish"} or _is_dead(verb) and not any(c.dep_ == "dobj" for c in verb.children)
            or _succumbs(verb))
    deps = _VICTIM_DEPS | ({"nsubj"} if dies or fights_for_life(verb) or _hit_where_told(verb) or _was_dropped(verb)
                           or loses_a_body_part(verb) or _recovers_from_a_wounding(verb) else set())
    victims = [_antecedent(c) for c in verb.children if c.dep_ in deps] or _subject_of_passive_clause(verb)
    if victims:
        victims += _joined_to_the_verb(verb)
    if not victims and verb.dep_ == "acl" and verb.tag_ == "VBN":
        victims = [verb.head]  # 'a toddler wounded in a shooting'
    if not victims and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # 'was shot and killed', 'was taken to a hospital with gunshot wounds and died there': the victim
        # stands before the first of the joined verbs
        joined = {"nsubjpass", "nsubj"} if dies or _was_dropped(verb.head) else {"nsubjpass"}
        victims = [c for c in verb.head.children if c.dep_ in joined]
    if not victims and dies and verb.dep_ in {"ccomp", "conj", "advcl"} and verb.head.lemma_.lower() in WOUNDING_LEMMAS:
        # 'A teenager shot outside a store on Friday ... has died', parsed as if the teenager shot
        victims = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return victims


def _joined_to_the_verb(verb: Token) -> list[Token]:
    """'The driver was hurt, as well as his son and a neighbour': people added after the clause with
    'as well as', which the parser joins to the verb, went through what its victim did."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and _a_person_or_people(c)]


def _hit_where_told(verb: Token) -> bool:
    """'Woman shot in hand while carrying groceries', 'Boy grazed by bullet outside school': a headline drops the
    'was' of a passive, and the parser takes the victim for the one who shot. A wounding or hitting verb with
    no object that tells where a body was hit, or by what round, is done to its subject (one who fires
    'shot in the air' hits no body part)."""
    if verb.lemma_.lower() not in WOUNDING_LEMMAS | _HITTING_LEMMAS or any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(c.dep_ in {"prep", "agent"} and any(
        c.lower_ in _WHERE_HIT and p.lemma_.lower() in _BODY_PARTS or c.lower_ == "by" and p.lemma_.lower() in ROUNDS
        for p in c.children if p.dep_ == "pobj") for c in verb.children)


#: What a shot is fired at or into: whoever 'shot at a car' or 'shot into a crowd' is the one who fired.
_AIMED = frozenset("at into toward towards".split())
#: Verbs whose headline form drops the 'was' of a passive: '19-year-old killed', 'Teen fatally shot'.
_DONE_TO_SUBJECT_LEMMAS = WOUNDING_LEMMAS | _HITTING_LEMMAS | frozenset({"kill"})


def _was_dropped(verb: Token) -> bool:
    """'Teen fatally shot near park', 'Five people shot at party; 20-year-old killed': a
    headline drops the 'was' of a passive, and the parser reads the victim as the one who did it. A
    killing, wounding or hitting verb in the past with no object, no auxiliary and no aim ('the gunman
    shot at a car'), whose subject is a person or a count and not a pronoun or a gunman, is done to
    that subject (one who kills or shoots someone names them)."""
    if verb.lemma_.lower() not in _DONE_TO_SUBJECT_LEMMAS or verb.tag_ not in {"VBD", "VBN"}:
        return False
    if any(c.dep_ in {"dobj", "aux", "auxpass", "prt", "dative", "attr"}
           or c.dep_ == "prep" and c.lower_ in _AIMED for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.lower_ not in _PERSONAL_PRONOUNS and s.lemma_.lower() not in _PERPETRATORS
        and (_a_person_or_people(s) or s.pos_ == "NUM") for s in subjects)


def _subject_of_passive_clause(verb: Token) -> list[Token]:
    """'a boy, 9, is at home again after being shot', 'a girl speaks about being shot': a passive
    wounding with no subject of its own, under a preposition or as a clause of another verb, was done to
    that verb's subject."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or _has_subject(verb):
        return []
    above = verb.head.head if verb.dep_ == "pcomp" else verb.head if verb.dep_ == "advcl" else None
    return [] if above is None else [c for c in above.children if c.dep_ in {"nsubj", "nsubjpass"}]


_RELATIVE_PRONOUNS = frozenset("who that".split())


def _antecedent(token: Token) -> Token:
    """The person a relative pronoun stands for: 'a girl who was shot in the arm' is the girl."""
    clause = token.head
    if token.lower_ in _RELATIVE_PRONOUNS and clause.dep_ == "relcl":
        return clause.head
    return token


def _who_took(harm: Token) -> list[Token]:
    """Who took a casualty noun (:func:`_harm_taken`): the subject of its verb ('he suffered a
    gunshot wound', 'the victim was listed in critical condition')."""
    holder = _with_the_harm(harm)
    if holder is not None:
        return [holder]
    verb = harm.head.head if harm.dep_ == "pobj" else harm.head if harm.dep_ == "dobj" else None
    if verb is None or verb.pos_ not in {"VERB", "AUX"} or _harm_taken(verb) is None:
        return []
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and verb.dep_ == "conj":  # 'a man was shot and was taken ... in critical condition'
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return subjects


def _with_the_harm(harm: Token) -> Token | None:
    """Who has a wound 'with' it: 'deputies came upon a woman with a bullet wound', 'medics carried the
    driver, with wounds to both arms, to an ambulance': the person the 'with' hangs on, or the object of
    the verb it hangs on; none where the sentence tells a death, which that wound may be."""
    if harm.dep_ != "pobj" or harm.head.lower_ != "with" or harm.lemma_.lower() not in _HARMS:
        return None
    if any(_kills(t) for t in harm.sent):
        return None  # 'a hiker lay with a bullet wound, and he died': the dead man's wound
    holder = harm.head.head
    if holder.pos_ in {"VERB", "AUX"}:
        holder = next((c for c in holder.children if c.dep_ == "dobj"), None)
    return holder if holder is not None and _a_person_or_people(holder) else None


def _is_dead(verb: Token) -> bool:
    """A verb whose complement says its subject died: 'a girl is dead', 'one person was dead', 'four
    people were found shot to death', 'were found shot dead', 'were confirmed dead' (which the parser may
    hang below 'were'), 'were said to have been beaten and killed' (the death joined to the hurt)."""
    return any(c.dep_ in {"acomp", "oprd", "xcomp"} and (_kills(c) or c.dep_ == "xcomp" and (
                   _is_dead(c) or any(_kills(joined) for joined in c.conjuncts)))
               and not any(d.dep_ == "dobj" for d in c.children)
               or c.dep_ == "advcl" and c.tag_ == "VBN" and _is_dead(c) and not _has_subject(c)
               for c in verb.children)  # not 'who admitted killing a man': a killing done, not a death


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


#: Pronouns that stand for one person: 'he died at the hospital', 'she was pronounced dead', 'shot
#: himself in the leg', 'a bullet hit her' ('her' as a possessive is tagged apart and is no person).
_ONE_PERSON_PRONOUNS = frozenset("he she him her himself herself".split())
_PERSONAL_PRONOUNS = _ONE_PERSON_PRONOUNS | frozenset("they them themselves".split())
_REFLEXIVES = frozenset("himself herself".split())


def _of_whom(noun: Token) -> list[Token]:
    """Whose death a noun tells: 'the death of his son', 'the fatal shooting of a man'."""
    return of_objects(noun)


def _one_person(token: Token) -> bool:
    """A singular person: 'a boy', 'his cousin', 'Hassan Nasrallah', 'he', 'a 50-year-old'; not 'a family'."""
    if token.lower_ in _ONE_PERSON_PRONOUNS and token.tag_ == "PRP" or _an_age_named(token) or token.lower_ == "another":
        return True  # 'another was wounded': one more person
    if token.tag_ not in {"NN", "NNP"} or any(c.dep_ == "nummod" for c in token.children):
        return False
    if token.lemma_.lower() in _GROUP_NOUNS:
        return False
    return is_people(token) or token.ent_type_ in {"PERSON", "NORP"} or _a_name_shot(token)


#: Entities the parser may name that are places, not people.
_PLACE_ENTITIES = frozenset("GPE LOC FAC".split())


def _a_name_shot(token: Token) -> bool:
    """'Okafor was shot in the thigh', 'Lindqvist was shot by accident': a name that is the passive subject
    of a wounding verb is a person's, whatever entity the parser took the surname for (a place is not shot)."""
    return (token.tag_ == "NNP" and token.dep_ == "nsubjpass" and token.ent_type_ not in _PLACE_ENTITIES
            and token.head.lemma_.lower() in WOUNDING_LEMMAS and not any(c.dep_ == "prep" and c.lower_ in _AIMED
                                                                       for c in token.head.children))


def _one_killed(token: Token) -> bool:
    """A singular noun a killing is done to ('shot dead a boda boda operator', 'killing a merchant'):
    one person (:func:`killed_as_people`); not a piece of a hyphenated word the tokenizer split ('sub - leader')."""
    doc = token.doc
    hyphened = any(0 <= i < len(doc) and doc[i].text in _HYPHENS for i in (token.i - 1, token.i + 1))
    return (token.tag_ == "NN" and token.is_alpha and not hyphened and token.lemma_.lower() not in _GROUP_NOUNS
            and killed_as_people(token) and not any(c.dep_ == "nummod" for c in token.children))


#: Words for an allegation or a sanction whose 'of'/'with'/'for' names a killing done before: 'accused of
#: murdering two traders', 'arrested for killing a man', 'charged with the murder of'.
_ALLEGATIONS = frozenset("accuse suspect charge convict blame arrest".split())


def _alleged(verb: Token) -> bool:
    """'a suspect accused of murdering two shopkeepers', 'arrested for killing a boy': a killing an
    allegation names, done before the event told, whose dead are not that event's."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in {"of", "with", "for"}:
        return False
    alleging = verb.head.head
    if alleging.dep_ in {"dobj", "nsubjpass"}:  # 'arrested a man for killing', parsed as the man's 'for'
        alleging = alleging.head
    return alleging.lemma_.lower() in _ALLEGATIONS


def _an_age_named(token: Token) -> bool:
    """'a 50-year-old died': an age standing for the person, as news names victims."""
    return token.lower_ == "old" and token.dep_ in {"nsubj", "nsubjpass", "dobj"} and any(
        c.lower_ == "year" for c in token.children)


def _does_something_else(noun: Token) -> bool:
    """'1,000 people were inside', 'dozens of gunmen attacked', 'carrying off dozens of residents': the
    subject or object of a verb that is no casualty word ('shot dead' is one); but 'two nurses were
    among the dead', and 'three men were abducted and killed' (not 'four were shot and two remain
    in hospital': the later verb's subject is its own)."""
    verb = noun.head
    if any(c.dep_ in {"relcl", "acl"} and _kind(c) for c in noun.children):
        return False  # 'two men who were shot on Monday are recovering'
    if (noun.dep_ not in {"nsubj", "nsubjpass"} and not (noun.dep_ == "dobj" and _kind(noun.head))
            and _done_to_them(noun)):
        return True  # 'one dead, two arrested': what was done to the two is told by their own word
    if noun.pos_ == "NOUN" and (_kind(noun) == "killed" or _victims_of_wounding(noun)):
        return False  # '39 fatalities were inflicted', 'the five deaths sparked protests': a count of dead
    if noun.dep_ == "attr" and any(c.dep_ == "expl" for c in verb.children):
        return True  # 'there were three children at home when the boy was shot': people present
    if noun.dep_ == "dobj":
        # 'found two men and one woman dead': what is said of the last of joined nouns is said of all
        # ('identifying the pair who opened fire, killing a guard': a killing with an object of its own
        # counts its own dead, not the men)
        near = [*(c for c in verb.children if verb.lemma_.lower() in WOUNDING_LEMMAS or not _has_object(c)), *noun.children,
                *(c for joined in noun.conjuncts for c in joined.children), verb.doc[min(verb.i + 1, len(verb.doc) - 1)]]
        return _kind(verb) is None and not any(_kind(t) or _harm_taken(t) for t in [verb, *near])
    return (noun.dep_ in {"nsubj", "nsubjpass"} and _kind(verb) is None and not _among_casualties(verb)
            and _harm_taken(verb) is None and not _shot_in_all(noun)
            and not _is_dead(verb) and not (noun.dep_ == "nsubjpass" and any(_kind(c) for c in verb.conjuncts if c.i > verb.i)))


def _done_to_them(noun: Token) -> bool:
    """A participle after a count that tells what befell its people ('two arrested', '30 detained'), not
    what they are called ('3 named persons')."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i and not any(g.dep_ == "oprd" for g in c.children)
               for c in noun.children)


def _has_object(verb: Token) -> bool:
    """An object of the verb's own: not a pronoun for the people just named ('captured two thieves and
    burned them alive', 'abducted three men and killed them')."""
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ not in _PLURAL_PRONOUNS for c in verb.children)


_PLURAL_PRONOUNS = frozenset("them both all".split())


def _among_casualties(verb: Token) -> bool:
    return verb.lemma_ == "be" and any(
        prep.lower_ == "among" and any(_kind(p) for p in prep.children if p.dep_ == "pobj")
        for prep in verb.children if prep.dep_ == "prep")


def _is_subset(token: Token, quantity: Quantity) -> bool:
    """'including five children', 'among them two children', 'of whom three were women', 'nine
    civilians, four of them children'."""
    doc = token.doc
    before = [t.lower_ for t in doc[max(quantity.start - 2, 0):quantity.start]]
    after = [t.lower_ for t in doc[quantity.end:quantity.end + 2]]
    pronoun_after_subset = len(before) == 2 and before[0] in SUBSET_WORDS | {"of"} and before[1] in _SUBSET_PRONOUNS
    # Only in apposition after a comma: 'Three of them were killed' counts dead of its own.
    of_them_after_figure = (len(after) == 2 and after[0] == "of" and after[1] in _SUBSET_PRONOUNS
                            and quantity.start > 0 and doc[quantity.start - 1].text == ",")
    return pronoun_after_subset or of_them_after_figure or _inside_a_count(token)


def _sum(total: tuple | None, figure: tuple) -> tuple:
    if total is None:
        return figure
    low, best, high = total
    return (
        None if low is None or figure[0] is None else low + figure[0],
        (best or 0) + (figure[1] or 0),
        None if high is None or figure[2] is None else high + figure[2],
    )


def _as_ints(total: tuple | None) -> tuple[int | None, int | None, int | None]:
    if total is None:
        return None, None, None
    return tuple(None if v is None else int(round(v)) for v in total)


def _floor(quantity: Quantity) -> tuple:
    """A part of a larger count is a floor: 'including five children' is at least five."""
    return (quantity.best, quantity.best, None)


def _alternative(total: tuple | None, figure: tuple) -> tuple:
    """Two sources' tolls for one event: the lowest low and best, the highest high (ACLED/UCDP practice)."""
    if total is None:
        return figure
    low = None if total[0] is None or figure[0] is None else min(total[0], figure[0])
    high = None if total[2] is None or figure[2] is None else max(total[2], figure[2])
    return low, min(total[1], figure[1]), high


def _combine(total: tuple | None, casualty: Casualty, figure: tuple) -> tuple:
    return _alternative(total, figure) if casualty.toll and total is not None else _sum(total, figure)


def counts_from(casualties: list[Casualty]) -> Counts:
    """Figures per kind: groups of victims add up, a subset only floors the civilians, a second toll is an alternative."""
    totals: dict[str, tuple | None] = {"killed": None, "civilian": None, "injured": None}
    counted_kinds = {c.kind for c in casualties if not c.alone and not c.doer and c.quantity.best}
    for casualty in casualties:
        if casualty.alone and casualty.kind in counted_kinds:
            continue  # 'strikes killed dozens ... the military said it had killed a commander': one of them
        quantity = casualty.quantity
        figure = (quantity.low, quantity.best, quantity.high)
        if casualty.kind == "killed" and casualty.civilian:
            if casualty.subset and totals["civilian"] is not None:
                continue  # 'six civilians, among them two children': the children are in the six
            floor = casualty.subset and quantity.best
            totals["civilian"] = _combine(totals["civilian"], casualty, _floor(quantity) if floor else figure)
        if not casualty.subset:
            totals[casualty.kind] = _combine(totals[casualty.kind], casualty, figure)
    killed, civilian, injured = (_as_ints(totals[k]) for k in ("killed", "civilian", "injured"))
    return Counts(*killed, *civilian, *injured)
