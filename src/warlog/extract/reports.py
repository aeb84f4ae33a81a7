"""Event reports: every mention of a conflict event, coded in ACLED's taxonomy.

A first rule set (issue 3 deepens it): triggers from ``data/triggers`` name the
event; rules named in the lexicon refine the sub-type from the actors and
victims; modality, actors, target, casualties and attribution come from the
parse around the trigger. Casualty figures in the next sentence attach to an
event when that sentence names no event of its own ('An airstrike hit the
market. Eleven people died.'; :mod:`warlog.extract.next_sentence_tolls`).
Sentences about cumulative tallies give their figures to claims, not to an incident.

The learned coder (:mod:`warlog.extract.coder`) reads each sentence whole: where it is sure and the
rules' one event in a sentence is of another sub-type, its sub-type wins; where the rules found no
event, it adds one, with the sentence's main verb as the trigger. Actors, figures, places and dates
still come from the rules' spans.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from warlog.clean.normalise import stable_id
from warlog.data import grouped_column, read_table
from warlog.extract.actors import Actor, find_actors, resolve
from warlog.extract.attribution import Attribution, speech_stances
from warlog.extract.background import BACKGROUND, RETOLD, told_in_background
from warlog.extract.casualties import (FIREARMS, ROUNDS, Casualty, apply_coded_fatalities, apply_shared_tolls, casualty_words,
                                       counts_from, fights_for_life, find_casualties, named_before, tells_people_hit)
from warlog.extract.coder import Coding, default_coder
from warlog.extract.context import (ACLED_DISORDERS, ARMED_INTERS, PROTEST_FAMILY, STRATEGIC_DEVELOPMENTS, in_armed_conflict,
                                    in_politics, is_armed, needs_context, other_violence, political_disorder,
                                    rank_and_file, sentences_about)
from warlog.extract.modality import find_modality
from warlog.extract.next_sentence_tolls import (dead_among_the_wounded, dead_told_next, died_of_wounds, next_sentence_counts,
                                                only_dead, only_wounded, others_hurt, with_dead_told_after)
from warlog.extract.numbers import named_to_defend, parse_number_word, people_group, people_groups
from warlog.extract.participants import (CROWD_WORDS, FORCE_WORDS, NOUN_MODIFIERS, active_subjects, crowd_word, doers_of,
                                         in_civilian_service, marks_fighters, named_before_as, objects_of, of_civilian_work,
                                         unarmed_people, verb_doers, what_is_counted)
from warlog.extract.provenance import actor_spans, source_spans
from warlog.extract.scope import is_cumulative
from warlog.extract.syntax import governing_verb, of_objects
from warlog.extract.targets import split_by_target
from warlog.models import Counts, Report
from warlog.nlp.per_doc import doc_text
from warlog.nlp.rulers import CASUALTY

ATTACK = ("Violence against civilians", "Attack")
ARMED_CLASH = ("Battles", "Armed clash")
GOVERNMENT_REGAINS = ("Battles", "Government regains territory")
NON_STATE_OVERTAKES = ("Battles", "Non-state actor overtakes territory")
NON_VIOLENT_TRANSFER = ("Strategic developments", "Non-violent transfer of territory")
PEACEFUL_PROTEST = ("Protests", "Peaceful protest")
PROTEST_INTERVENTION = ("Protests", "Protest with intervention")
EXCESSIVE_FORCE = ("Protests", "Excessive force against protesters")
VIOLENT_DEMONSTRATION = ("Riots", "Violent demonstration")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
MOB_VIOLENCE = ("Riots", "Mob violence")
ARRESTS = ("Strategic developments", "Arrests")
CHANGE_OF_ACTIVITY = ("Strategic developments", "Change to group/activity")
DISRUPTED_WEAPONS = ("Strategic developments", "Disrupted weapons use")
LOOTING = ("Strategic developments", "Looting/property destruction")
AGREEMENT = ("Strategic developments", "Agreement")
OTHER_DEVELOPMENT = ("Strategic developments", "Other")
SUICIDE_BOMB = ("Explosions/Remote violence", "Suicide bomb")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
REMOTE_VIOLENCE = "Explosions/Remote violence"
#: Violence at a protest is the protest's own outcome, not a second event.
_ABSORBED_BY_PROTEST = frozenset({ATTACK, ARMED_CLASH, LOOTING, ARRESTS})
_INTERVENTION_WORDS = frozenset("""disperse dispersed dispersal gas teargas tear-gas arrest arrested detain detained cannon
    baton beat intervene intervened intervention rubber disrupt disrupted stop stopped dissolve dissolved
    cordon cordoned forcibly pepper""".split())
#: ACLED's violent demonstration: stones, arson, vandalism, barricades, roadblocks and burning tyres, fights with police.
_RIOT_WORDS = frozenset("""stone rock molotov torch torched loot looted smash smashed vandalise vandalize vandalism clash clashed
    burn burned burnt arson storm stormed hurl hurled barricade barricaded brawl scuffle scuffled blockade blockaded
    roadblock roadblocks ablaze tyre tyres tire tires pelt pelted rampage rioting rioter rioters rioted""".split())
#: A riot between groups or among prisoners is no demonstration unless the sentence names one (ACLED's mob violence).
_RIOT_AMONG = frozenset("between prison jail inmate prisoner".split())
_DEMONSTRATING = frozenset("protest protester demonstration demonstrator demonstrate rally march".split())
#: Protest verbs that also mean 'show', and what they show: a protest only with no object.
_SHOWING_VERBS = frozenset({"demonstrate"})
_SHOWN = frozenset({"dobj", "obj", "ccomp", "xcomp"})
#: Nouns that a weapon named before them tells went off: 'a bomb attack', 'a grenade explosion', 'a mine blast'.
_WEAPON_GONE_OFF = frozenset("attack explosion blast strike".split())
#: Places that only armed forces hold, and words that make a place theirs ('a police station', 'an army post').
_ARMED_POSTS = frozenset("checkpoint barracks outpost garrison patrol post position bunker trench".split())
_MILITARY_CONTEXT = frozenset("air aircraft drone warplane jet coalition missile military bomb kill killed wound hit target".split())
#: Named things whose words are not events: 'March' the month, 'Liberation' in a party's name.
_NOT_EVENT_ENTITIES = frozenset({"DATE", "TIME", "PERSON", "ORG", "WORK_OF_ART", "LAW"})
_REMOTE_VIOLENCE = "Explosions/Remote violence"
_VIOLENT_TYPES = frozenset({"Battles", _REMOTE_VIOLENCE, "Violence against civilians"})
#: A casualty-only sentence makes its own report with this much confidence.
CASUALTY_ONLY_CONFIDENCE = 0.4
#: How sure the coder must be to overrule the rules' sub-type, and to add an event the rules did not find.
#: Chosen on the coder's cross-validation (``coder_train --cv``): at 0.6, 93% of the sub-types it names
#: are right; at 0.3, 97% of the events it names are events.
CORRECT_AT = 0.6
ADD_AT = 0.3
#: Below ``ADD_AT``, how sure the coder must be that a sentence tells of some event (the sum over the 25
#: sub-types) to add the likeliest (:func:`_addable`): in cross-validation, 98.7% of the sentences it names
#: at 0.9 are events; 0.8 let police work at a fire and a by-election's tally into eval/offtopic.
EVENT_AT = 0.9
#: So sure that an event the coder alone found needs no sign of conflict around it (99.6% of the
#: events it names at 0.8 are events in cross-validation); below it, its sentence must name an armed
#: actor or people hurt (``_tells_of_conflict``), not a lower threshold: eval/offtopic keeps its 0.938.
SURE_ALONE = 0.8
#: Sure enough that an event the rules name too, with the same sub-type, needs no sign of conflict: off-topic
#: news lends war's words to rules and coder alike ('his set had bombed', 'can take over at any moment',
#: all in eval/offtopic), but the coder reads those below 0.5.
AGREE_AT = 0.5
#: A protest or riot only the coder found may stand below ``AGREE_AT``, down to this, where the coder is sure
#: the sentence tells of some event (``EVENT_AT``) and a crowd of unarmed people does it (:func:`_done_by_crowd`):
#: 'villagers wrecked the mine's equipment', 'rival supporters fought at the rally'. Business and sport news
#: borrow protest words ('shares rallied', 'fans stormed the pitch') but the coder is not that sure of them.
CROWD_AT = 0.35
#: Modalities of what has not happened (yet): never the same event as what has.
PLAN_MODALITIES = frozenset({"planned", "hypothetical"})
#: The trigger id of an event that only the coder found.
CODER_TRIGGER = "coder"
#: An event only the coder found must have happened (or be happening): plans and denials need the rules' cues.
EVENT_CODER_MODALITIES = frozenset({"reported", "ongoing"})
#: A sentence that blames or condemns someone tells who did an event told elsewhere, not a new one
#: ('A local official blamed the army, which has used drones there for two years').
_ACCUSING_VERBS = frozenset({"blame", "accuse", "condemn", "denounce", "criticise", "criticize"})


@lru_cache(maxsize=1)
def _triggers() -> dict[str, dict[str, str]]:
    return {row["id"]: row for row in read_table("triggers/triggers.csv")}


def _row_of(trigger: Span) -> dict[str, str]:
    """The trigger's row of ``triggers.csv``; empty for a span the lexicon did not find (the learned coder's)."""
    return _triggers().get(trigger.id_, {})


def _rule_of(trigger: Span) -> str | None:
    """The refinement the trigger's row names (``rule``), if any."""
    return _row_of(trigger).get("rule")


@lru_cache(maxsize=1)
def _instruments() -> dict[str, str]:
    return {row["word"]: row["sub_event_type"] for row in read_table("triggers/instruments.csv")}


def _non_conflict() -> dict[str, frozenset[str]]:
    return grouped_column("triggers/non_conflict.csv", "word", by="where")


@lru_cache(maxsize=1)
def _civilian_objects() -> frozenset[str]:
    return frozenset(row["lemma"] for row in read_table("triggers/civilian_objects.csv"))


@lru_cache(maxsize=1)
def _gatherings() -> frozenset[str]:
    """Gatherings a crowd may disrupt or the police disperse: meetings, rallies, lectures (``gatherings.csv``)."""
    return frozenset(row["lemma"] for row in read_table("triggers/gatherings.csv"))


@lru_cache(maxsize=1)
def _blockable() -> frozenset[str]:
    """What a crowd blocks in protest: roads, gates, access (``blockable.csv``)."""
    return frozenset(row["lemma"] for row in read_table("triggers/blockable.csv"))


def _acts_on_people(trigger: Span) -> bool:
    """What the trigger acts on is people, named or stood for by a number or 'others' ('one was killed and ten
    others captured')."""
    return any(people_groups().get(named_before_as(o).lemma_.lower()) for o in objects_of(trigger))


#: Pronouns that stand for one person: 'he was captured', 'troops seized her'.
_PERSON_PRONOUNS = frozenset("he she him her".split())


def _takes_a_person(trigger: Span) -> bool:
    """The capture or seizure of one person, not of ground: 'he was captured after a manhunt', 'asked them to
    capture commander Varga', 'a reward for the capture of Ivan Dresk' (a noun's 'of' names what is taken)."""
    taken = objects_of(trigger)
    if trigger.root.pos_ == "NOUN":
        taken += of_objects(trigger.root)
    return any(t.lower_ in _PERSON_PRONOUNS or t.ent_type_ == "PERSON" and _told_as_a_person(t) for t in taken)


def _told_as_a_person(name: Token) -> bool:
    """A name the text tells is a person's: by a word for people beside it ('rebel commander Tomas Varga', 'Ivan
    Dresk, a senior commander') or by 'who' after it. The small model tags many towns as people ('seized Wad
    Madani, the capital of Gezira state'), so the tag alone says nothing."""
    return any(c.dep_ in {"compound", "appos", "amod"} and people_group(c) is not None
               or c.dep_ == "relcl" and any(w.lower_ in {"who", "whom"} for w in c.children) for c in name.children)


def _person_taken(trigger: Span, actor1: Actor | None) -> tuple[str, str]:
    """People captured or seized: an arrest when the state takes them, or when one person is taken and no one
    is named as the taker ('he was captured after a manhunt': news names kidnappers); an abduction otherwise."""
    if actor1 is not None:
        return ARRESTS if actor1.is_state else ABDUCTION
    return ARRESTS if _takes_a_person(trigger) else ABDUCTION


def _acts_on_civilians(trigger: Span) -> bool:
    """What the trigger acts on is civilian: people no word marks as armed (:func:`unarmed_people`), a
    civilian place ('a village', 'a mosque'), or a thing of unarmed people's (:func:`_owned_by_civilians`)."""
    return any(unarmed_people(o) or o.lemma_.lower() in _civilian_objects() or _owned_by_civilians(o)
               for o in objects_of(trigger))


def _owned_by_civilians(thing: Token) -> bool:
    """A thing whose owner is named as unarmed people: 'a grocer's van', 'the farm of a judge', 'the
    motorcade of a senator'. Violence aimed at it is aimed at them, an attack on civilians; 'an army truck' or
    'the car of a police commander' has an armed owner (:func:`_acts_on_fighters`)."""
    return any(owner.pos_ in {"NOUN", "PROPN"} and (unarmed_people(owner) or of_civilian_work(owner))
               for owner in _owners(thing) + _compound_owners(thing))


def _owners(thing: Token) -> list[Token]:
    """Whose a thing is: 'a grocer's van', 'the farm of a judge'."""
    return [c for c in thing.children if c.dep_ == "poss"] + of_objects(thing)


def _compound_owners(thing: Token) -> list[Token]:
    """The nouns before a thing that name whose it is: 'a mining company convoy', 'an aid agency vehicle'."""
    return [c for c in thing.children if c.dep_ == "compound" and c.i < thing.i]


#: What is stolen rather than held: 'seized livestock', 'captured their motorbikes' (not a town, a base or weapons).
_GOODS = frozenset("""livestock cattle cow goat sheep camel donkey herd animal property belongings valuables cash money
    goods food grain crop harvest motorbike motorcycle bicycle phone vehicle car truck""".split())


def _takes_goods(trigger: Span) -> bool:
    """What is taken is people's goods, no ground: looting when armed men or a crowd take them (ACLED's
    looting), a seizure of contraband or part of the violence told beside it when the state does ('troops
    shot a shopkeeper and took his phone'), never a change of territory."""
    objects = [_measured(o) for o in objects_of(trigger)]
    return bool(objects) and all(o.lemma_.lower() in _GOODS for o in objects)


#: Words that measure goods or arms out: 'fifty heads of cattle', 'a large sum of money', 'a cache of rifles'.
_MEASURES = frozenset("head sum amount quantity lot hundred hundreds dozen dozens number cache stockpile consignment haul".split())


def _measured(word: Token) -> Token:
    """What a measure word measures ('heads of livestock', 'a sum of cash'), else the word itself."""
    return next(iter(of_objects(word)), word) if word.lemma_.lower() in _MEASURES else word


#: Arms and the kit that goes with them, which are seized or captured as things, not as ground ('captured two
#: drones' takes aircraft, not ground).
_ARMS = FIREARMS | frozenset("""arm ammunition ammo cartridge munition explosive grenade ak-47 ak equipment
    magazine document drone uav quadcopter""".split())
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _takes_arms(trigger: Span) -> bool:
    """'Soldiers seized weapons and ammunition', 'captured an AK rifle and documents', 'captured two drones': arms
    taken, no ground. The
    state taking them is ACLED's disrupted weapons use; armed men taking them in a raid loot them."""
    objects = [_measured(o) for o in objects_of(trigger)]
    return any(o.lemma_.lower() in _ARMS or o.lower_ in _ARMS for o in objects) and not any(
        o.ent_type_ in _PLACE_ENTITIES for o in objects)


_TERRITORY_TAKEN = frozenset({GOVERNMENT_REGAINS, NON_STATE_OVERTAKES})


def _takes_ground(trigger: Span) -> bool:
    """A word of taking ground ('captured', 'took control') that the sentence tells of ground, not of people,
    goods or arms taken ('captured and killed two herders', 'seized two drones', 'seized an ambulance')."""
    return _rule_of(trigger) == "territory_by_actor" and not (
        _acts_on_people(trigger) or _takes_a_person(trigger) or _takes_goods(trigger) or _takes_arms(trigger))


def _things_taken_not_ground(triggers: list[Span]) -> bool:
    """The sentence's words of taking all take people, goods or arms ('seized their goats', 'captured two
    drones'): whatever the learned coder reads, no ground changed hands."""
    taking = [t for t in triggers if _rule_of(t) == "territory_by_actor"]
    return bool(taking) and not any(_takes_ground(t) for t in taking)


def _territory_taken_by(trigger: Span, actor1: Actor | None) -> tuple[str, str]:
    """ACLED's two ways ground changes hands in a fight, by who took it: the government or its allies regain
    territory, any other armed group overtakes it. The state counts among the takers wherever its forces are
    named among them ('the army, allied militias and Wagner fighters retook the town'), whichever of them the
    actor slot names first."""
    doers = [d for doer in _doers_or_governors(trigger) for d in (doer, *doer.conjuncts)]
    state = [span for span in trigger.doc.spans.get("actors", []) if resolve(span).is_state
             and any(span.start <= t.i < span.end for d in doers for t in d.subtree)]
    return GOVERNMENT_REGAINS if actor1 is not None and actor1.is_state or state else NON_STATE_OVERTAKES


def _told_with_violence(trigger: Span, sentence: Span) -> bool:
    """Another word of the sentence names a fight, an attack or an explosion ('overran a post, killing 17 soldiers
    and seizing weapons'): arms taken in it are part of that event, not one of their own."""
    return any(other.start != trigger.start and (other.label_ == CASUALTY or _row_of(other).get("event_type") in _VIOLENT_TYPES)
               for other in sentence.doc.spans.get("triggers", [])
               if sentence.start <= other.start < sentence.end)


def _acts_on_fighters(trigger: Span) -> bool:
    """What the trigger acts on is armed: soldiers, police officers, militants, members of an armed
    group of the dictionary ('troops killed two members of an IS-linked cell in a raid'), or their posts ('a police
    station', 'an army checkpoint'): in ACLED one side shooting at armed men is an armed clash, not an
    attack on civilians. Fire opened 'at' someone is aimed at them, and a pronoun stands for the one person
    its sentence opens with ('a constable was killed when gunmen opened fire at him')."""
    groups = people_groups()
    armed = [span for span in trigger.doc.spans.get("actors", []) if resolve(span).inter in ARMED_INTERS]
    aimed = [g for c in trigger.root.children if c.dep_ == "prep" and c.lower_ in _FIRED_TOWARDS
             for g in c.children if g.dep_ == "pobj"]
    for target in (what_is_counted(_person_meant(t)) for t in objects_of(trigger) + aimed):  # 'ambushed a group of soldiers'
        if _the_doer_again(target):
            continue
        group = people_group(target)
        if group == "fighter" and not in_civilian_service(target) or target.lemma_.lower() in _ARMED_POSTS or (group == "member" and any(
                span.start <= t.i < span.end for t in target.subtree for span in armed)):
            return True
        if any(c.dep_ in {"compound", "amod"} and (groups.get(c.lemma_.lower()) == "fighter" or c.lemma_.lower() in FORCE_WORDS
                                                   or named_to_defend(c))
               for c in target.subtree if c.i < target.i and not c.i <= trigger.root.i < target.i):
            return True  # 'an army post', 'a Military Forces vehicle'; not the doers of 'Gunmen ambush company convoy'
        if target.lemma_.lower() not in _civilian_objects() and any(_is_force(o) for o in _owners(target)):
            return True  # 'the car of a police commander', 'the army's convoy'
    return False


#: Prepositions that name whom fire or shots were aimed at ('opened fire at him', 'shot towards the post').
_FIRED_TOWARDS = frozenset("at toward towards".split())


#: Words for the one who did an article's violence, by that role: 'the gunman' shot by a deputy is the
#: shooter of the incident being stopped, part of it, not a second armed side.
_DOER_WORDS = frozenset("gunman shooter attacker assailant suspect".split())


def _the_doer_again(target) -> bool:
    """'A deputy shot the alleged gunman', 'police shot the suspect': one person named by the definite role of
    the doer, whom the article has told already; 'troops shot two gunmen' are armed men met."""
    return target.lemma_.lower() in _DOER_WORDS and target.tag_ == "NN" and named_before(target)


def _reads_arms_here(trigger: Span) -> bool:
    """A specific word ('shot dead', 'gunned down') makes shooting armed men a clash anywhere; a generic one
    ('shot') only in a sentence about armed conflict: in local crime news 'officers shot the man who opened
    fire' ends the shooting it is part of, where in a war 'gunmen shot two police officers' is a clash."""
    return not _triggers()[trigger.id_]["generic"] or in_armed_conflict(trigger.sent)


#: What a gun lets off: 'shots went off' tells a gun fired; a 'round' may be a mortar's.
_GUNSHOTS = frozenset("shot gunshot gunfire bullet".split())


#: Things that 'go off' by sounding, not by firing or blowing up: 'the fire alarm went off'.
_SIGNALS = frozenset("alarm siren bell buzzer phone clock horn sprinkler".split())


def _a_signal_went_off(trigger: Span) -> bool:
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _SIGNALS for c in trigger.root.children)


def _a_gun_went_off(trigger: Span, sentence: Span) -> bool:
    """'the gun went off', 'he was cleaning the rifle when it went off', 'the pistol slipped and went off',
    'shots went off': a gun or its shots are what went off, by intent or not: a shooting, not an explosion
    (a mortar round that went off is a shell's). A verb joined to another has that one's subject."""
    return any(s.lemma_.lower() in FIREARMS | _GUNSHOTS
               or s.lower_ == "it" and any(t.lemma_.lower() in FIREARMS for t in sentence)
               for s in active_subjects(trigger.root))


#: Who fires a gun by hand ('a man fired into a crowd'), beside the nouns that count people.
_SHOOTERS = frozenset("he she they someone somebody shooter".split())
#: What a shot is aimed at: 'fired at a party', 'into a crowd', 'on the house'.
_AIMING = frozenset("at into on upon toward towards".split())


def _fired_at(trigger: Span) -> list[Token]:
    """What a person fired at ('the gunman fired at a party', 'someone fired shots into a house', 'shots
    were fired at a car', 'fired a dozen rounds at the post'): a shooting, though 'fire' alone names an event only with a weapon of war beside
    it ('the artillery fired on the town'); nothing for 'fired into the air', 'fired a shot into the top corner'
    or 'was fired from his job'."""
    root = trigger.root
    if root.pos_ != "VERB":
        return []
    doers = [c for c in root.children if c.dep_ == "nsubj"]
    shots = [c for c in root.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in ROUNDS]
    if not shots and not any(d.lower_ in _SHOOTERS or d.ent_type_ == "PERSON" or people_group(d) for d in doers):
        return []
    rounds = [o for o in root.children if o.dep_ in {"dobj", "obj"} and o.lemma_.lower() in ROUNDS]
    return [p for c in [*root.children, *(c for o in rounds for c in o.children)]  # 'fired rounds at the post'
            if c.dep_ == "prep" and c.lower_ in _AIMING for p in _objects_of_aiming(c) if _shot_at(p)]


def _fighters_aim_at_fighters(trigger: Span) -> bool:
    """Fighters or state forces fire at or target armed men or their posts and positions, with no weapon named
    ('troops targeted each other's positions along the border', 'soldiers resorted to firing on forward posts'):
    shots between armed sides, ACLED's armed clash (a border's shelling names its weapon, an explosion)."""
    root = trigger.root
    if root.pos_ not in {"VERB", "NOUN"} or not any(_is_fighter(d) for d in _subjects_above(root)):
        return False
    aimed = [c for c in root.children if c.dep_ in {"dobj", "obj"}]
    aimed += [p for c in root.children if c.dep_ == "prep" and c.lower_ in _AIMING for p in _objects_of_aiming(c)]
    return any(_is_armed_target(t) for t in aimed)


def _subjects_above(word: Token) -> list[Token]:
    """The subjects of the word or of the nearest verb above it that has one ('troops resorted to firing': the
    troops fire)."""
    for verb in (word, *word.ancestors):
        if subjects := [c for c in verb.children if c.dep_ == "nsubj"]:
            return [conjunct for s in subjects for conjunct in (s, *s.conjuncts)]
    return []


def _fired_into_the_air(trigger: Span) -> bool:
    """Shots fired in or into the air ('soldiers fired in the air', 'fired warning shots into the air'): aimed at
    no one, ACLED's 'Other' development, which yields to whatever else the sentence tells (a protest dispersed,
    a village torched: :func:`_lesser_developments_yield`)."""
    root = trigger.root
    if root.pos_ != "VERB":
        return False
    shots = [root, *(c for c in root.children if c.dep_ in {"dobj", "nsubjpass"})]
    return any(c.dep_ == "prep" and c.lower_ in {"in", "into"} and any(o.lower_ == "air" for o in c.children)
               for word in shots for c in word.children)


def _objects_of_aiming(preposition: Token) -> list[Token]:
    """What a preposition of aiming names: its object ('at a car'), or the object of a participle the
    parser reads as its clause ('fired at pursuing officers', 'shot at passing cars')."""
    return [p for c in preposition.children for p in ([c] if c.dep_ == "pobj" else
            [o for o in c.children if o.dep_ == "dobj"] if c.dep_ == "pcomp" and c.tag_ == "VBG" else [])]


#: What news says shots were fired at, besides people, their homes and gatherings ('into a car', 'at a bar').
_SHOT_AT = frozenset("car vehicle truck van apartment building window door crowd group party bar club store shop "
                     "residence business restaurant porch yard officer".split())


def _shot_at(target: Token) -> bool:
    """A person, a pronoun for one, a home, a gathering, armed forces or their post: not 'the top corner' of a goal."""
    lemma = target.lemma_.lower()
    return (lemma in _SHOT_AT or lemma in _civilian_objects() or lemma in _ARMED_POSTS or target.ent_type_ == "PERSON"
            or target.tag_ == "PRP" or bool(people_groups().get(lemma)) or _is_force(target))


def _is_armed_target(token: Token) -> bool:
    """Fighters, forces or their post ('fired at soldiers', 'at security forces', 'on a checkpoint', 'a constable
    died when gunmen fired at him'): shots between armed men are a clash."""
    target = what_is_counted(_person_meant(token))
    return _is_force(target) and not in_civilian_service(target) or target.lemma_.lower() in _ARMED_POSTS


def _person_meant(pronoun: Token) -> Token:
    """Whom 'he', 'him', 'she' or 'her' stands for in a sentence that opens with one person: the subject of its
    main verb ('a ranger was wounded when militants opened fire on him'), else the word itself."""
    if pronoun.lower_ not in _PERSON_PRONOUNS:
        return pronoun
    main = pronoun.sent.root
    return next((c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"NN", "NNP"}), pronoun)


def _victims_read(trigger: Span) -> bool:
    """The trigger's sub-type follows its victims, and the parse names them armed or civilian (or, for a
    killing, names them all unarmed)."""
    if trigger.label_ == CASUALTY:
        return _only_unarmed_hit(trigger)  # 'killed two herders': those killed were unarmed
    rule = _rule_of(trigger)
    return rule == "attack_by_victim" and (_acts_on_fighters(trigger) or _acts_on_civilians(trigger))


#: Trigger rules whose word names an event by the weapon beside it ('jets struck', 'hit by a rocket'); with
#: ``instrument_falls`` the word tells a weapon coming down ('crashed', 'landed'): a shell or rocket that lands is
#: its strike, while an aircraft or a drone that crashes or lands strikes only where it killed or hurt someone.
_INSTRUMENT_RULES = ("instrument", "instrument_only", "instrument_falls")
#: Rules of bombs, mines and grenades, whose handling :func:`_device_event` reads.
_DEVICE_RULES = ("device", "thrown_device")
_WEAPON_ONLY_RULES = ("instrument_only", "instrument_falls")
AIR_STRIKE = "Air/drone strike"


def _fell_harmlessly(word: Span, triggers: list[Span]) -> bool:
    """The word is one the rules read as an aircraft or weapon coming down (``instrument_falls``) and dropped:
    the sentence counts no one it hurt."""
    return any(t.root == word.root and _rule_of(t) == "instrument_falls" for t in triggers)


def _armed_aircraft_crashed(word: Span, sentence: Span) -> bool:
    """An aircraft or drone came down hurting no one in a sentence that names armed forces or arms ('a military
    drone crashed near the base', 'an army helicopter crashed on landing'): ACLED's 'Other' development. No strike,
    and nothing at all where the sentence is no one's at war ('a hobbyist's drone crashed on the lawn') or the
    aircraft only landed."""
    return word.root.lemma_.lower() == "crash" and sentence.start in sentences_about(sentence.doc, "armed")


def _counts_anyone(counts: Counts) -> bool:
    """The figures count someone killed or hurt."""
    return bool(counts.fatalities_best or counts.injured_best)


def _instrument(trigger: Span, sentence: Span) -> str | None:
    """The sub-type named by the weapon nearest the trigger ('jets struck', 'hit by a rocket')."""
    weapon = _weapon_nearest(trigger, sentence)
    return _weapon_sub_type(weapon) if weapon is not None else None


def _weapon_sub_type(token: Token) -> str | None:
    return _instruments().get(token.lemma_.lower()) or _instruments().get(token.lower_)


def _weapon_nearest(trigger: Span, sentence: Span) -> Token | None:
    """The weapon word of the sentence nearest the trigger ('jets struck', 'hit by a rocket')."""
    return min((token for token in sentence if _weapon_sub_type(token)), key=lambda token: abs(token.i - trigger.root.i),
               default=None)


def _weapon_disrupted(weapon: Token, counts: Counts) -> bool:
    """A shell, rocket or other weapon that never went off or was found, seized or destroyed before use, in a
    sentence that counts no one hurt ('an unexploded mortar shell', 'soldiers destroyed a rocket', 'the rockets
    failed to explode'): ACLED's disrupted weapons use, as for bombs and mines (:func:`_device_event`). The head
    of a compound is the weapon named ('a mortar shell')."""
    if _counts_anyone(counts):
        return False
    word = weapon.doc[weapon.head.i : weapon.head.i + 1] if weapon.dep_ == "compound" else weapon.doc[weapon.i : weapon.i + 1]
    return _never_went_off(word) or bool(_device_handling().get(_device_handled_by(word) or ""))


@lru_cache(maxsize=1)
def _device_handling() -> dict[str, bool]:
    """Verbs that handle a weapon as a thing, and whether each disrupts its use ('defused', 'seized')."""
    return {row["lemma"]: row["disrupted"] == "yes" for row in read_table("triggers/device_handling.csv")}


def _listed_first(word: Token) -> Token:
    """The first of the words ``word`` is listed with ('mortars and rockets', 'a bomb, an IED'), which stands
    where the list does in the sentence."""
    while word.dep_ in {"conj", "appos"} and word.head.i != word.i:
        word = word.head
    return word


def _device_handled_by(trigger: Span) -> str | None:
    """The verb that handles a bomb, IED, mine or grenade as a thing ('police found a second bomb', 'used
    to carry the bombs', 'a device concealed in a bag') or the noun of its parts ('the remains of a bomb',
    'parts for the bombs'), '' for a weapon only named ('the bomb squad', 'IED components', 'bomb-making
    tips', 'the truck was a car bomb'), None where the text tells of its going off: the subject of a verb ('a car bomb
    exploded'), the means of one ('killed by a roadside bomb'), what is thrown or set off."""
    root = _listed_first(trigger.root)
    if root.dep_ in {"compound", "nmod", "npadvmod"} or (root.dep_ == "amod" and root.head.pos_ == "NOUN"):
        return None if root.head.lemma_.lower() in _WEAPON_GONE_OFF else ""  # 'bomb-making tips' names a bomb
    if root.dep_ == "attr" or _named_as(root):
        return ""  # what a thing was: 'the vehicle was a car bomb', 'used the trucks as car bombs'
    handling = _device_handling()
    governor = root.head.head if root.dep_ == "pobj" else root.head
    if root.dep_ in {"dobj", "obj", "nsubjpass", "pobj"} and governor.lemma_.lower() in handling:
        return governor.lemma_.lower()
    if (root.dep_ == "pobj" and root.head.lower_ == "of" and governor.dep_ in {"dobj", "obj"}
            and governor.head.lemma_.lower() in handling):
        return governor.head.lemma_.lower()  # 'cleared the road of landmines'
    return next((c.lemma_.lower() for c in root.children if c.dep_ == "acl" and c.lemma_.lower() in handling), None)


def _named_as(word: Token) -> bool:
    """The word says what something else served as ('used the trucks as car bombs', 'a cooker configured as
    an IED'): it names the thing, not its going off."""
    return word.dep_ == "pobj" and word.head.lower_ == "as"


def _went_off(trigger: Span) -> bool:
    """A bomb, mine or grenade that went off ('a bomb hidden in a scooter exploded'): a weapon of war
    used, whoever used it, unlike one found, carried or only named (:func:`_device_handled_by`)."""
    rule = _rule_of(trigger)
    return (rule == "device" or rule == "thrown_device" and _thrown_or_set_off(trigger)) and _device_handled_by(trigger) is None


#: Nouns that make a bomb a weapon's kind ('a petrol bomb', 'pipe bombs'), where any other noun before it makes it
#: a thing of everyday news ('a bath bomb', 'a debt time bomb', 'a smoke bomb').
_BOMB_KINDS = frozenset("petrol pipe nail parcel letter mail fertiliser fertilizer barrel cluster nuclear atom".split())


def _found_or_defused(trigger: Span) -> bool:
    """A bomb found, defused or seized ('two bombs were found near the market', 'police recovered petrol bombs'): a
    weapon of war as surely as one that went off. A bomb named by another noun before it is no weapon ('a bath bomb
    was found', 'found a debt time bomb')."""
    root = trigger.root
    if any(c.dep_ == "compound" and c.lemma_.lower() not in _BOMB_KINDS for c in root.children):
        return False
    return _rule_of(trigger) == "device" and _device_handling().get(_device_handled_by(trigger) or "", False)


def _device_event(trigger: Span, types: tuple[str, str], counts: Counts) -> tuple[str, str] | None:
    """A weapon's going off is its sub-type; a weapon defused, seized or destroyed is disrupted weapons use (so is
    one set off by accident or in a controlled explosion, whoever it hurt: :func:`_refine` reads that first, as
    ACLED codes the attack a weapon is used in, not its mishaps); one planted, carried or named in a sentence
    that tells of no harm is no event."""
    if _counts_anyone(counts):
        return types
    if _never_went_off(trigger) or _set_off_by_the_state(trigger):
        return DISRUPTED_WEAPONS
    handled_by = _device_handled_by(trigger)
    if handled_by is None:
        return types
    return DISRUPTED_WEAPONS if _device_handling().get(handled_by) else None


#: Verbs of a bomb's going off, as its subject's ('the bombs failed to explode') or its setter's ('detonated a mine').
_GOING_OFF = frozenset("explode detonate go blow".split())


def _never_went_off(trigger: Span) -> bool:
    """'An unexploded shell', 'the bombs failed to explode', 'a device that did not detonate': a weapon that was
    meant to go off and did not, ACLED's disrupted weapons use."""
    root = _listed_first(trigger.root)
    if any(c.lower_ == "unexploded" for c in root.children):
        return True
    verbs = [root.head] if root.dep_ in {"nsubj", "nsubjpass"} else []
    verbs += [c for c in root.children if c.dep_ == "relcl"]  # 'an explosive that failed to go off'
    for verb in verbs:
        if verb.lemma_.lower() == "fail" and any(c.dep_ == "xcomp" and c.lemma_.lower() in _GOING_OFF for c in verb.children):
            return True
        if verb.lemma_.lower() in _GOING_OFF and any(c.dep_ == "neg" for c in verb.children):
            return True
    return False


#: Words for the state's forces, who set off a bomb only to dispose of it.
_STATE_FORCES = FORCE_WORDS | frozenset("soldier troop policeman gendarme deminer engineer".split())


def _set_off_by_the_state(trigger: Span) -> bool:
    """'Soldiers detonated the IED', 'police blew up the device': the state's forces set off a bomb they found, a
    controlled detonation however the text words it (ACLED's disrupted weapons use), where armed groups who
    detonate one attack with it. Only where the sentence counts no one hurt (:func:`_device_event`)."""
    root = _listed_first(trigger.root)
    if root.dep_ not in {"dobj", "obj"} or root.head.lemma_.lower() not in _GOING_OFF:
        return False
    return any(what_is_counted(d).lemma_.lower() in _STATE_FORCES or any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in FORCE_WORDS for c in d.children) for d in verb_doers(root.head))


#: Words that tell a weapon went off by mishap ('accidentally detonated', 'a premature blast') or by those
#: disposing of it ('destroyed in a controlled explosion').
_UNMEANT = frozenset("accidentally accidental accident prematurely premature controlled".split())


#: Verbs whose object or subject a hand-made bomb is when it is used: thrown, set off or going off.
_THROWN_OR_SET_OFF = frozenset("throw hurl lob toss explode blast detonate burst go set".split())


def _thrown_or_set_off(trigger: Span) -> bool:
    """A word that names a crude bomb in South Asian news and a drink elsewhere ('cocktail') names the bomb only
    where it is thrown, set off or goes off ('hurled cocktails at a bus', 'two cocktails were blasted', 'a cocktail
    attack'), not 'enjoyed a cocktail at the reception'."""
    root = _listed_first(trigger.root)
    if root.dep_ in {"compound", "nmod"}:
        return root.head.lemma_.lower() in _WEAPON_GONE_OFF
    return root.dep_ in {"dobj", "obj", "nsubj", "nsubjpass"} and root.head.lemma_.lower() in _THROWN_OR_SET_OFF


def _dropped(trigger: Span) -> bool:
    """The weapon is what was dropped ('jets dropped bombs on the town', 'dropped a grenade by drone')."""
    root = trigger.root
    return root.dep_ in {"dobj", "obj", "nsubjpass"} and root.head.lemma_.lower() == "drop"


def _went_off_unmeant(trigger: Span) -> bool:
    """The trigger went off unmeant: a word of mishap or control bears on its going off ('a controlled
    explosion', 'the bomb exploded prematurely', 'accidentally detonated a grenade', 'detonated the bomb in a
    controlled explosion'); not on other violence ('accidentally shelled a school' is still shelling)."""
    root = trigger.root
    words = [root] + ([root.head] if root.dep_ in {"dobj", "obj", "nsubj", "nsubjpass"} else [])
    return any(t.lower_ in _UNMEANT and t.head.lemma_.lower() in _SET_OFF and not _remotely(t)
               for word in words if word.lemma_.lower() in _SET_OFF or word is root for t in word.subtree)


#: Words for a try that, when it fails, leaves a bombing undone ('an attempt to bomb the office failed').
_TRIES = frozenset("attempt bid".split())


def _failed(trigger: Span) -> bool:
    """A blast or bombing told as what failed to happen ('the device failed to explode', 'an attempt to bomb the
    party office failed'): a weapon used that never went off, ACLED's disrupted weapons use, not an explosion."""
    root = trigger.root
    if root.dep_ == "xcomp" and root.head.lemma_.lower() == "fail":
        return True
    attempt = root.head
    return (root.dep_ in {"acl", "xcomp"} and attempt.lemma_.lower() in _TRIES and attempt.dep_ in {"nsubj", "nsubjpass"}
            and attempt.head.lemma_.lower() == "fail")


def _remotely(word: Token) -> bool:
    """'a remote-controlled bomb', 'a remote controlled device': set off from afar, as meant."""
    return word.i > 0 and word.doc[word.i - 1].lower_ in {"remote", "remotely", "-"}


#: Words of a bomb going off, which a mishap or control word may bear on; not 'go off', which guns do too ('the
#: gun went off accidentally' is a shooting, whose toll is news of its own).
_SET_OFF = frozenset("detonate detonation explode explosion blast".split())


def _is_non_conflict(trigger: Span, sentence: Span) -> bool:
    """Sport and medicine borrow war's words: 'the attack was blunted by a goalless draw', 'a heart attack'."""
    before = trigger.doc[trigger.start - 1].lower_ if trigger.start > sentence.start else ""
    return before in _non_conflict()["before"] or bool(_sentence_words(sentence) & _non_conflict()["sentence"])


def _fights_an_abstraction(trigger: Span) -> bool:
    """Rhetoric borrows them too: 'fighting terrorism', 'the war on drugs', 'a battle against corruption'.
    The word right after a verb counts as its object even where the parse gives it elsewhere ('claims to be
    fighting terrorism were exposed' parsed 'terrorism' as the subject of 'exposed')."""
    after = trigger.doc[trigger.end] if trigger.end < len(trigger.doc) else None
    if (trigger.root.pos_ == "VERB" and after is not None and after.dep_ != "compound"  # 'fighting crime gangs'
            and after.lemma_.lower() in _non_conflict()["object"]):
        return True
    for child in trigger.root.children:
        if child.dep_ == "dobj":
            foes = [child]
        elif child.dep_ == "prep" and child.lower_ in ("against", "on"):
            foes = [grand for grand in child.children if grand.dep_ == "pobj"]
        else:
            continue
        if any(foe.lemma_.lower() in _non_conflict()["object"] for foe in foes):
            return True
    return False


def _armed_subject(trigger: Span) -> bool:
    """The trigger is a verb whose subject is an armed actor."""
    root = trigger.root
    if root.pos_ != "VERB":
        return False
    subjects = [c.i for c in root.children if c.dep_ == "nsubj"]
    return any(span.start <= i < span.end and resolve(span).inter in ARMED_INTERS
               for span in trigger.doc.spans.get("actors", []) for i in subjects)


def _done_by_weapon(trigger: Span) -> bool:
    """'Russian planes bombed', 'hit by a drone', 'drones were used in the attack': a weapon does it
    (``instruments.csv``)."""
    return any(d.lemma_.lower() in _instruments() or d.lower_ in _instruments()
               for d in doers_of(trigger) + _used_in(trigger.root))


def _used_in(word: Token) -> list[Token]:
    """What was used in the happening the word names: the object of 'use' ('drones were used in an attack', 'they
    used drones in the attack')."""
    preposition = word.head
    if word.dep_ != "pobj" or preposition.lower_ != "in" or preposition.head.lemma_.lower() != "use":
        return []
    return [c for c in preposition.head.children if c.dep_ in {"dobj", "nsubjpass"}]


def _in_conflict(sentence: Span, types: tuple[str, str], trigger: Span, actor1: Actor | None = None) -> bool:
    """Protests need no arms; arrests need arms, politics or a fight, a bombing or a riot in their own
    sentence ('arrested 300 people after the clashes'); words that are
    everyday words too need a weapon or an armed actor to do them ('Israeli strikes'), a pipeline, bridge or
    pylon to blow up (:func:`_blows_up_infrastructure`), or a sentence
    or article about armed conflict (:mod:`warlog.extract.context`)."""
    if types[0] in PROTEST_FAMILY or not needs_context(trigger) or _done_by_weapon(trigger) or _went_off(trigger):
        return True
    if types[0] == REMOTE_VIOLENCE and _blows_up_infrastructure(trigger):
        return True
    if _found_or_defused(trigger):
        return True  # 'two bombs were found near the market': no one finds a bomb of sport or business news
    if types == LOOTING and _burns_a_target(trigger):
        return True
    if types != ARRESTS and actor1 is not None and is_armed(actor1):
        return True
    if types == ARRESTS:
        return in_politics(sentence) or _names_disorder(sentence) or _mass_arrest(trigger)
    return in_armed_conflict(sentence)


#: The kind of target (``targets.csv``) whose blowing up is sabotage or a demolition in war.
_INFRASTRUCTURE = "infrastructure"


def _blows_up_infrastructure(trigger: Span) -> bool:
    """What is blown up is a pipeline, a bridge, a power pylon or a railway line: sabotage by whoever the text
    names ('members of a little-known front blew up a pipeline'), or a demolition in war; a part of one is one
    too ('a section of the railway track'). No everyday use of the words takes such an object ('the balloons
    blew up', 'a row blew up over the fees')."""
    hit = {t.i for thing in objects_of(trigger) for t in (thing, *of_objects(thing))}
    return any(span.label_ == _INFRASTRUCTURE and span.root.i in hit for span in trigger.doc.spans.get("targets", []))


#: Part-of-speech tags of plural nouns: several people, not one.
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: Words of setting something on fire on purpose.
_BURNING = frozenset({"torch", "set_fire", "set_ablaze"})


def _burns_a_target(trigger: Span) -> bool:
    """What is torched or set on fire is a vehicle, a home, a school, a market, a place of worship or a public
    building (``targets.csv``), by no one named or by several people: arson, whether or not a word of war stands
    beside it ('a bus was torched', 'unknown people set fire to the police station'). One person's arson is a
    private crime ('a man torched his neighbour's car after a quarrel'); sport and business torch other things
    ('torched the defence')."""
    if trigger.id_ not in _BURNING or not all(doer.tag_ in _PLURAL_TAGS or doer.lower_ == "they"
                                              for doer in verb_doers(trigger.root)):
        return False
    burnt = objects_of(trigger)
    burnt += [p for word in (trigger.root, *burnt) for c in word.children if c.dep_ == "prep" and c.lower_ == "to"
              for p in c.children if p.dep_ == "pobj"]  # 'set fire to a bus'
    hit = {t.i for thing in burnt for t in (thing, *thing.conjuncts, *of_objects(thing))}
    return any(span.root.i in hit for span in trigger.doc.spans.get("targets", []))


#: How many people taken at once make an arrest a security operation rather than a case of crime.
_MASS_ARREST = 20


def _mass_arrest(trigger: Span) -> bool:
    """Scores of people arrested at once ('police arrested 40 suspects in a sweep', '300 people were detained'):
    a state's crackdown, which ACLED codes whatever the charge, where the arrest of a few suspects is a crime story."""
    return any(value is not None and value >= _MASS_ARREST
               for taken in objects_of(trigger) for number in what_is_counted(taken).children if number.dep_ == "nummod"
               for value in [parse_number_word(number.text)])


#: Event families whose naming ties an arrest to conflict or disorder rather than everyday crime.
_DISORDER_FAMILIES = frozenset({"Battles", REMOTE_VIOLENCE, *PROTEST_FAMILY})


def _names_disorder(sentence: Span) -> bool:
    """A word of the lexicon names a fight, an explosion, a protest or a riot in the sentence: one that names
    nothing else ('clashes', 'a bombing', 'rioting'; not 'raids' or 'exploded', which a robbery or a
    fraud squad's search may be told with)."""
    naming = [t for t in _triggers_in(sentence) if t.label_ != CASUALTY and not _row_of(t).get("generic")]
    return _names_a_family(naming, _DISORDER_FAMILIES)


def _triggers_in(sentence: Span, but: Span | None = None) -> list[Span]:
    """Every trigger the lexicon found in the sentence (``but`` one), whatever the rules made of it."""
    return [t for t in sentence.doc.spans.get("triggers", []) if sentence.start <= t.start < sentence.end and t != but]


def _disorder(sentence: Span, types: tuple[str, str], trigger: Span, actor1: Actor | None = None) -> str | None:
    """The event's disorder type: ACLED's when it is about armed conflict, politics or protest; else,
    for violence against people, whether it was a crime, an accident or unclear; None for words that
    are no event here ('the legal battle', 'a storm killed three')."""
    if _in_conflict(sentence, types, trigger, actor1):
        return political_disorder(types)
    return other_violence(sentence, types, violent_act=_is_violent_act(trigger, types))


def _is_violent_act(trigger: Span, types: tuple[str, str]) -> bool:
    """A word of the lexicon tells that someone did violence to people ('supporters attacked journalists',
    'a man was beaten', 'gunmen abducted a trader'): not a death alone ('a storm killed three people', 'killing 21 passengers' in a
    crash) nor attacks in general ('tracks attacks on staff')."""
    row = _triggers().get(trigger.id_)
    done_to_people = types == ATTACK or types == ABDUCTION and row is not None and row["sub_event_type"] == ABDUCTION[1]
    by_hand = row is not None and (row["rule"] != "casualty" or _killed_by_people(trigger) or _killed_by_no_one_told(trigger))
    return (done_to_people and by_hand and trigger.root.pos_ == "VERB"
            and (_acts_on_people(trigger) or bool(_fired_at(trigger))))


def _killed_by_people(trigger: Span) -> bool:
    """A verb of killing or wounding whose doer is people ('residents killed a suspected thief', 'gendarmes
    wounded two herders'): violence done to someone, as a beating is, where 'a storm killed three people', 'the
    crash killed 21 passengers' or a driver who ran people over tells of deaths alone."""
    doers = [what_is_counted(doer).lemma_.lower() for doer in doers_of(trigger)]
    harming = trigger.root.lemma_.lower() in _KILLING_VERBS | _HARMING_VERBS
    return harming and any(people_groups().get(doer) for doer in doers) and not set(doers) & _DRIVERS


def _killed_by_no_one_told(trigger: Span) -> bool:
    """People 'were killed' with no doer named, and the article tells of no mishap ('four herders were killed
    near the river crossing'): news says 'killed' without a killer of deaths someone caused, and names the crash, the
    fire, the flood or the storm where there was one ('two workers were killed when a factory fire broke out')
    somewhere in its text. 'Died' is not enough: illness and old age die too."""
    verb = trigger.root
    if verb.lemma_.lower() not in _KILLING_VERBS or verb.tag_ != "VBN" or verb_doers(verb):
        return False
    victims = [what_is_counted(c) for c in verb.children if c.dep_ == "nsubjpass"]
    return (any(people_groups().get(victim.lemma_.lower()) for victim in victims)
            and not sentences_about(trigger.doc, "mishap"))


#: People who kill or hurt others with the vehicle they drive: a road accident, not violence.
_DRIVERS = frozenset("driver motorist pilot trucker motorcyclist cyclist".split())


def _is_plural_noun(trigger: Span) -> bool:
    """'raids', 'attacks': in a tally ('killed in coalition raids since 2014') they are many events, not one."""
    return trigger.root.tag_ in {"NNS", "NNPS"}


def _inside_a_name(trigger: Span) -> bool:
    """The trigger is part of an actor's name or of a name the entity recogniser found ('the Bombing Squad', 'the
    Attack Helicopter Regiment'); not of an organisation it read in a headline written in title case, where
    every word is capitalised and it takes runs of them for names ('Harbour Bombing Suspects Appear
    In Court')."""
    doc = trigger.doc
    in_actor = any(a.label_ == "ACTOR" and a.start <= trigger.start and trigger.end <= a.end for a in doc.spans.get("actors", []))
    entity = trigger.root.ent_type_
    return in_actor or entity in _NOT_EVENT_ENTITIES and not (entity == "ORG" and _in_title_case(trigger.sent))


#: How many words of a line must be capitalised, of those of four letters or more, for it to be in title case.
_TITLE_CASE_SHARE = 0.8
_TITLE_CASE_WORDS = 4


def _in_title_case(line: Span) -> bool:
    """A headline written in title case: of its words of four letters or more, at least four and nearly all
    capitalised ('Harbour Bombing Suspects Appear In Court')."""
    words = [t for t in line if t.is_alpha and len(t) >= 4]
    return len(words) >= _TITLE_CASE_WORDS and sum(t.is_title for t in words) >= _TITLE_CASE_SHARE * len(words)


def _names_what_a_weapon_is(trigger: Span) -> bool:
    """A weapon word that says what something is or was ('these are guided missiles', 'the arms left behind were
    mortars and rockets', 'fitted the drones as missiles'): a thing named, not its firing. The trigger must be the
    weapon itself, of the sub-type it names ('the man was a suicide bomber' names who did a bombing)."""
    root = _listed_first(trigger.root)
    named = _instruments().get(trigger.root.lemma_.lower()) or _instruments().get(trigger.root.lower_)
    weapon = named is not None and named == _triggers()[trigger.id_]["sub_event_type"]
    return weapon and (root.dep_ == "attr" or _named_as(root))


#: Nouns that a protest word only describes: 'the protest movement', 'a protest group', 'protest leaders' are who
#: protests, not a protest held.
_PROTEST_BODIES = frozenset("movement group leader organiser organizer organisation organization network".split())
#: Forces and their kit named for the riots they put down: 'riot police', 'an anti-riot unit', 'riot gear'.
_AGAINST_RIOTS = frozenset("police policeman officer squad unit force trooper gear shield control van truck".split())
#: Words that make a rally a candidate's meeting ('a campaign rally', 'an election rally'), which is no protest;
#: an election riot or an election protest is one all the same.
_CAMPAIGNING = frozenset("campaign election electoral".split())
#: Gatherings that a candidate holds as well as protesters: the only protest words campaigning may name.
_CAMPAIGN_GATHERINGS = frozenset("rally march gathering".split())


def _names_no_protest(trigger: Span) -> bool:
    """A protest word that names a body of people ('radicalised in the student protest movement'), a force or
    its kit ('assaulted by riot police', 'officers in riot gear') or a rally that is a campaign's ('told a
    campaign rally this week'): no demonstration took place."""
    if _triggers()[trigger.id_]["event_type"] not in PROTEST_FAMILY:
        return False
    root = trigger.root
    if root.dep_ in NOUN_MODIFIERS and root.head.lemma_.lower() in _PROTEST_BODIES | _AGAINST_RIOTS:
        return True
    return root.lemma_.lower() in _CAMPAIGN_GATHERINGS and any(
        c.dep_ in NOUN_MODIFIERS and c.lemma_.lower() in _CAMPAIGNING for c in root.children)


#: Nouns of a place that an event word may name: 'the blast site', 'the scene of the explosion'.
_PLACE_NOUNS = frozenset("scene site area spot vicinity perimeter".split())
_DEFINITE = frozenset("the this that".split())


def _names_its_place(trigger: Span) -> bool:
    """The event word, made definite as one told already, only names where it happened so as to place something
    else there ('ambulances reached the scene of the blast', 'two blocks from the blast scene', 'the area of the
    explosion was calm'): a place, not a telling of the event. 'Called to the scene of a shooting' may be the
    only telling of one, so an indefinite word still tells it."""
    root = trigger.root
    if root.pos_ not in {"NOUN", "PROPN"}:
        return False
    if root.dep_ == "compound" and root.head.lemma_.lower() in _PLACE_NOUNS:
        named = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _PLACE_NOUNS:
        named = root
    else:
        return False
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE
               or c.dep_ == "compound" and c.pos_ == "PROPN" for c in named.children)


def _inside_a_protest_word(trigger: Span, triggers: list[Span]) -> bool:
    """The trigger is part of a longer protest word ('strike' in 'a hunger strike', 'went on strike')."""
    return any(other.start <= trigger.start and trigger.end <= other.end and len(other) > len(trigger)
               and _row_of(other).get("event_type") in PROTEST_FAMILY for other in triggers)


def _sentence_words(sentence: Span) -> set[str]:
    return {t.lower_ for t in sentence} | {t.lemma_.lower() for t in sentence}


def _refine(row: dict[str, str], trigger: Span, actor1: Actor | None, counts: Counts, sentence: Span) -> tuple[str, str] | None:
    """Apply the lexicon's rule; ``None`` drops the trigger."""
    rule = row["rule"]
    types = (row["event_type"], row["sub_event_type"])
    if fights_for_life(trigger.root):
        return None  # 'another victim is fighting for her life': how a wounded patient is, no battle
    if types[0] == REMOTE_VIOLENCE and (_went_off_unmeant(trigger) or _failed(trigger)):
        return DISRUPTED_WEAPONS  # 'the bomb exploded prematurely', 'a controlled explosion' (:func:`_went_off_unmeant`)
    if types[0] == REMOTE_VIOLENCE and rule not in _DEVICE_RULES and _weapon_disrupted(trigger.root, counts):
        return DISRUPTED_WEAPONS  # 'an unexploded rocket', 'troops destroyed the mortar shells'
    if trigger.root.lemma_.lower() in {"fire", "shoot"} and _fired_into_the_air(trigger):
        return OTHER_DEVELOPMENT  # warning shots: 'air' names no aircraft, and no one was shot at
    if rule in _INSTRUMENT_RULES:
        weapon = _weapon_nearest(trigger, sentence)
        sub_type = _weapon_sub_type(weapon) if weapon is not None else None
        if sub_type and _weapon_disrupted(weapon, counts):
            return DISRUPTED_WEAPONS  # 'an unexploded shell was found', 'destroyed a rocket that failed to explode'
        if sub_type and rule == "instrument_falls" and sub_type == AIR_STRIKE and not _counts_anyone(counts):
            return OTHER_DEVELOPMENT if _armed_aircraft_crashed(trigger, sentence) else None
        if sub_type:
            return "Explosions/Remote violence", sub_type
        if aimed := _fired_at(trigger):
            return ARMED_CLASH if any(_is_armed_target(t) for t in aimed) else ATTACK
        if _fighters_aim_at_fighters(trigger):
            return ARMED_CLASH  # 'troops targeted each other's positions', 'soldiers resorted to firing on forward posts'
        return types if rule == "instrument" and _sentence_words(sentence) & _MILITARY_CONTEXT else None
    if rule == "attack_by_victim":
        if weapon := _attacked_with(trigger):
            return REMOTE_VIOLENCE, weapon
        if _only_civilians_died(counts):
            return ATTACK
        if _acts_on_fighters(trigger) and _reads_arms_here(trigger):
            return ARMED_CLASH
        return ATTACK if _acts_on_civilians(trigger) else types
    if rule == "territory_by_actor":
        if _acts_on_people(trigger) or _takes_a_person(trigger):
            return _person_taken(trigger, actor1)
        if _takes_goods(trigger):
            return None if actor1 is not None and actor1.is_state else LOOTING
        if _takes_arms(trigger):
            if _told_with_violence(trigger, sentence):
                return None  # 'police seized guns during clashes': part of the fight
            # the state, or no one named ('a cache of rifles was seized'), stops the arms' use; armed men loot them
            return DISRUPTED_WEAPONS if actor1 is None or actor1.is_state else LOOTING
        return _territory_taken_by(trigger, actor1)
    if rule == "gun_or_bomb":
        if _a_signal_went_off(trigger):
            return None  # 'after a fire alarm went off', 'his phone went off': no weapon at all
        return ATTACK if _a_gun_went_off(trigger, sentence) else types
    if rule == "ground_only":
        # 'handed over the base', not 'asked them to hand over the rebels' (an extradition)
        return None if _acts_on_people(trigger) or _takes_a_person(trigger) else types
    if rule == "crowd_dispersed":
        # 'police dispersed the traders'; where the sentence names the protest ('fired tear gas to disperse the
        # protesters'), that word tells it. What disperses or disrupts no crowd never gets here (:func:`extract_reports`).
        return None if _names_a_protest(_triggers_in(sentence, but=trigger)) else _protest_outcome(types, counts, sentence)
    if rule == "gathering_disrupted":
        return _protest_outcome(types, counts, sentence)  # 'youths disrupted the governor's meeting'
    if rule == "crowd_fight":
        # 'a brawl between rival supporters', 'a fight broke out between two groups of traders': a fight noun is a
        # crowd's fight (made mob violence by :func:`_as_crowd_violence`); armed men's battles have words of their own,
        # and 'the fight for the city' or 'the fight against terror' in war news is talk of the war
        return types if _crowd_fight(trigger, counts, sentence) else None
    if rule == "aircraft_downed":
        # a drone or missile brought down is a weapon stopped; a helicopter or a plane is shot down with its crew
        return ARMED_CLASH if any(o.lemma_.lower() in _CREWED_AIRCRAFT for o in objects_of(trigger)) else types
    if rule == "weapon_defused":
        return None if _defuses_a_quarrel(trigger) else types  # 'defused a bomb', not 'a chief defused the quarrel'
    if rule == "people_only":
        return types if _acts_on_people(trigger) else None  # 'beat a man', not 'beat the champions'
    if rule == "device":
        if _dropped(trigger):
            return REMOTE_VIOLENCE, AIR_STRIKE  # 'dropped two bombs on the headquarters': bombs are dropped from the air
        return _device_event(trigger, types, counts)
    if rule == "thrown_device":
        # 'hurled two cocktails at a bus', 'three cocktails were blasted': a crude bomb, not a drink
        return _device_event(trigger, types, counts) if _thrown_or_set_off(trigger) else None
    if rule == "rampage_by_crowd":
        # 'hundreds of miners went on a rampage', not 'a gunman went on a rampage' (his shooting tells it) nor an elephant
        if not any(crowd_word(d) and not _is_fighter(d) for d in _rampagers(trigger)):
            return None
        return VIOLENT_DEMONSTRATION if _protest_told_around(sentence) else MOB_VIOLENCE
    if rule == "riot_by_crowd":
        words = _sentence_words(sentence)
        among = words & _RIOT_AMONG and not words & _DEMONSTRATING
        return MOB_VIOLENCE if among or _riot_on_civilians(sentence, *_told_after(sentence)) else types
    if rule == "displacement":
        return types if _moves_many(trigger) else None  # '600 families were displaced', not 'displaced the gunmen'
    if rule == "departure":
        return types if _many_leave_a_place(trigger) else None  # '300 families left the village', not 'left 12 dead'
    if rule == "fighters_seen":
        # 'armed men were spotted near the river', not 'police spotted a stolen car'
        return types if any(_is_fighter(t) for t in objects_of(trigger)) else None
    if rule == "by_armed_force":
        # 'soldiers searched the village', not 'police searched the suspect's flat', 'volunteers searched the river'
        # or 'troops searched for survivors of the flood'
        acts_on_a_place = trigger.root.pos_ == "NOUN" or any(c.dep_ in {"dobj", "obj"} or c.lower_ == "off"
                                                             for c in trigger.root.children)  # 'cordoned off the market'
        return types if acts_on_a_place and any(_is_fighter(d, police=False) for d in _doers_or_governors(trigger)) else None
    if rule == "by_fighters":
        # 'a rebel commander surrendered', not 'the champions surrendered the lead' or 'after they surrendered'
        return types if any(_is_fighter(d) for d in _doers_or_governors(trigger)) else None
    if rule == "blockade":
        # 'the opposition's countrywide blockade', not 'the navy's blockade of the port'
        return _protest_outcome(PEACEFUL_PROTEST, counts, sentence) if _blockade_in_protest(trigger) else types
    if rule == "by_crowd":
        # 'farmers blocked the highway', not 'police blocked the road' or 'senators blocked the bill'
        if not _crowd_blocks(trigger):
            return None
        # the force used on the blockers, where it is told, is the news ('blocked the bridge with trees. Police
        # intervened'); else a way blocked with things is ACLED's road-blocking by material
        outcome = _protest_outcome(types, counts, sentence)
        return VIOLENT_DEMONSTRATION if outcome == types and _blocked_with_things(trigger) else outcome
    if rule == "with_a_demand":
        # 'farmers gathered outside the office demanding compensation', not 'gathered to pray' or 'troops gathered'
        return _protest_outcome(types, counts, sentence) if _gathered_with_a_demand(trigger) else None
    if rule == "protest_outcome":
        if _armed_subject(trigger):
            return None  # 'the militia marched into the suburb' is an advance, not a march
        if trigger.root.lemma_.lower() in _SHOWING_VERBS and any(c.dep_ in _SHOWN for c in trigger.root.children):
            return None  # 'the test demonstrated its range', not 'residents demonstrated against the tax'
        return _protest_outcome(types, counts, sentence)
    return types


#: Aircraft flown by a crew: shooting one down is a fight with those aboard, in ACLED an armed clash, where
#: intercepting a drone, a rocket or a missile is disrupted weapons use.
_CREWED_AIRCRAFT = frozenset("helicopter chopper gunship plane aircraft airplane aeroplane jet warplane bomber fighter".split())


#: What is defused besides a weapon: a quarrel or its mood ('calmed the crowd and defused the standoff').
_TENSIONS = frozenset("""situation tension tensions crisis standoff stand-off row dispute quarrel confrontation conflict
    anger unrest matter""".split())


def _defuses_a_quarrel(trigger: Span) -> bool:
    """'Defuse' said of a situation, a tension or a row: calming people down, no weapon disarmed (ACLED's disrupted
    weapons use needs a bomb, a mine or another weapon)."""
    return any(o.lemma_.lower() in _TENSIONS for o in objects_of(trigger))


#: What rioters do to whom they turn on: beat them, stone them, burn or storm their homes and places, fight them.
_RIOTERS_HARM = frozenset("""attack assault beat stone pelt burn torch ransack storm throw hurl stab hack chase lynch
    clash fight""".split())
#: How a verb names whom it is aimed at besides its object: 'threw stones at a bus', 'clashed with police'.
_AIMED = frozenset("at on against with".split())


def _riot_on_civilians(sentence: Span, *told_after: Span) -> bool:
    """Rioters turn on other people, not on the state: what their violence hits is unarmed people or their
    homes, vehicles and places of worship ('rioters beat two reporters', 'threw stones at a bus carrying a
    candidate's supporters', 'stormed the hospital'), and nothing it hits is the police, soldiers or their
    posts ('burned tyres and clashed with police'). ACLED's mob violence is violence against another group
    or civilians; a riot against the authorities is a violent demonstration. What unarmed people own is
    theirs ('hurled rocks at the motorcade of a senator'). Rioters who fight another crowd ('clashed with members
    of a rival group') turn on people too. The sentences that go on telling the riot (``told_after``) may tell
    whom it hit ('A riot broke out in the market. Youths stoned two traders.')."""
    hit = [target for told in (sentence, *told_after) for verb in told
           if verb.pos_ == "VERB" and verb.lemma_.lower() in _RIOTERS_HARM
           and not any(_is_force(d) for d in verb_doers(verb)) for target in _aimed_at(verb)]
    return any(crowd_word(t) and not _is_fighter(t) or t.lemma_.lower() in _civilian_objects() or _owned_by_civilians(t)
               for t in hit) and not any(_is_force(t) for t in hit)


#: Words that tell a crowd's violence was a protest's: news gives the riot or what was protested in its
#: sentence or the one before or after ('following student riots', 'they were protesting power cuts', 'staged a walkout').
_PROTEST_OR_RIOT = _DEMONSTRATING | {"riot", "rioter", "walkout"}


def _protest_told_around(sentence: Span) -> bool:
    """The sentence, the one before it or the one after names a protest or a riot."""
    doc = sentence.doc
    around = [*_told_before(sentence), sentence, *([doc[sentence.end].sent] if sentence.end < len(doc) else [])]
    return any(_sentence_words(s) & _PROTEST_OR_RIOT for s in around)


def _rampagers(trigger: Span) -> list[Token]:
    """Who rampaged: the verb's doers ('youths rampaged through the market'), or those of the verb the noun
    hangs from through its 'on' ('workers went on a rampage', 'fans went on the rampage'; the parser may hang the
    noun on a word after it, 'went on a rampage and damaged vehicles', so the 'on' is looked for among its heads)."""
    root = trigger.root
    if root.pos_ == "VERB":
        return verb_doers(root)
    heads = list(root.ancestors)
    verb = next((h for h in heads if h.pos_ in {"VERB", "AUX"}), None)
    if verb is None or not any(h.lower_ == "on" and h.dep_ == "prep" and h.head == verb for h in heads):
        return []
    return verb_doers(verb)


def _aimed_at(verb: Token) -> list[Token]:
    """What a verb acts on or is aimed at, with their conjuncts ('attacked journalists and their driver')."""
    heads = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in _AIMED for g in c.children if g.dep_ == "pobj"]
    return [what_is_counted(conjunct) for head in heads for conjunct in (head, *head.conjuncts)]


def _is_force(token: Token) -> bool:
    """Police, soldiers or their posts and vehicles ('a police station', 'an army truck')."""
    lemma = token.lemma_.lower()
    return (people_group(what_is_counted(token)) == "fighter" or lemma in FORCE_WORDS or lemma in _ARMED_POSTS
            or any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in FORCE_WORDS for c in token.children))


def _doers_or_governors(trigger: Span) -> list[Token]:
    """The trigger's doers, else those of the verb it is the object or complement of, or is coordinated with
    ('villagers continued to block the road', 'a gunman attacked the post, then surrendered')."""
    root = trigger.root
    if doers := doers_of(trigger):
        return doers
    if root.dep_ in {"dobj", "obj", "xcomp", "conj"}:
        return [c for c in root.head.children if c.dep_ == "nsubj"]
    return []


def _is_fighter(token: Token, *, police: bool = True) -> bool:
    """A word for fighters ('a commander', 'militants') or a name of an armed actor of the dictionary; with
    ``police=False`` not the police, who search and cordon in crime news every day
    (:func:`~warlog.extract.context.is_armed`)."""
    if people_group(what_is_counted(token)) == "fighter":
        return True
    armed = [span for span in token.doc.spans.get("actors", [])
             if (resolve(span).inter in ARMED_INTERS if police else is_armed(resolve(span)))]
    return any(span.start <= t.i < span.end for t in token.subtree for span in armed)


def _moves_many(trigger: Span) -> bool:
    """The people displaced are many and unarmed ('600 families were displaced', 'the fighting displaced
    thousands of villagers'): ACLED's displacement, not one man's nor fighters'."""
    moved = [what_is_counted(t) for t in doers_of(trigger) + objects_of(trigger)]
    return any(t.tag_ in {"NNS", "NNPS"} and unarmed_people(t) for t in moved)


def _many_leave_a_place(trigger: Span) -> bool:
    """Many unarmed people leave a place of their own ('300 families left the village', 'residents abandoned their
    homes', 'villagers fled their farms'): ACLED's displacement, told by the people who went. What they left must be
    named and be no people: 'the blast left 12 people dead' moves no one, 'fled to the capital' names where they went,
    which is no place of the event, 'suspects fled the scene' no flight from a home (:func:`_a_place_lived_in`), and
    soldiers who leave a base withdraw."""
    left = [t for t in trigger.root.children if t.dep_ in {"dobj", "obj"}]
    return any(_a_place_lived_in(t) for t in left) and any(
        t.tag_ in {"NNS", "NNPS"} and unarmed_people(t) for t in map(what_is_counted, doers_of(trigger)))


#: Places people live or work in besides settlements (:data:`_SETTLEMENTS`), whose leaving is flight: not 'the
#: scene', 'the meeting' or 'the stadium'.
_HOMES = frozenset("home house town city area region district land farm field neighbourhood neighborhood locality".split())


def _a_place_lived_in(word: Token) -> bool:
    """A named place ('left Kidal') or a word for a place people live in ('the village', 'their homes')."""
    return word.ent_type_ in {"GPE", "LOC"} or word.lemma_.lower() in _HOMES | _SETTLEMENTS


#: What people gather to do when they gather in protest ('gathered to demand', 'assembled, denouncing').
_DEMANDING = frozenset("demand protest denounce condemn oppose urge press petition chant".split())
#: Verbs that voice a feeling, and the grievances that make their gathering a protest ('to express anger over
#: power cuts', 'to voice concern'), not a vigil's sympathy or a crowd's joy.
_VOICING = frozenset("express voice vent air register".split())
_GRIEVANCES = frozenset("""concern anger outrage opposition solidarity frustration displeasure dissatisfaction discontent
                        grievance resentment objection""".split())
#: What a crowd hands to those it gathers before ('to submit a memorandum', 'to lodge a petition').
_PETITIONS = frozenset("petition memorandum charter".split())
_HANDING = frozenset("submit lodge hand deliver present".split())
#: What a crowd holds up in protest ('stood holding placards').
_SIGNS = frozenset("placard banner poster slogan".split())
_HOLDING = frozenset("hold carry wave raise display".split())
#: Clauses that tell what people gathered for: 'to demand' (xcomp, advcl), ', demanding' (advcl, acl, conj).
_PURPOSES = frozenset({"xcomp", "advcl", "acl", "conj"})


def _gathered_with_a_demand(trigger: Span) -> bool:
    """People gather, assemble, squat or stand to demand, denounce or press for something, to voice a grievance or
    hand in a petition, or holding placards ('farmers gathered outside the office demanding compensation',
    'residents assembled to voice anger over power cuts', 'supporters stood holding banners'): a protest in any
    news, though no word for one is used. Not 'gathered to pray', 'to mourn' or 'to watch the match', nor fighters
    massing."""
    if _armed_subject(trigger) or any(_is_fighter(d) for d in doers_of(trigger)):
        return False
    root = trigger.root
    places = [g for c in root.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for clause in [*root.children, *(c for p in places for c in p.children if c.dep_ == "acl")]:  # 'on the road demanding'
        if clause.dep_ not in _PURPOSES or clause.pos_ != "VERB":
            continue
        lemma = clause.lemma_.lower()
        objects = {o.lemma_.lower() for o in clause.children if o.dep_ in {"dobj", "obj"}}
        if lemma in _DEMANDING or lemma == "call" and any(c.lower_ == "for" for c in clause.children) or (
                lemma in _VOICING and objects & _GRIEVANCES) or (lemma in _HOLDING and objects & _SIGNS) or (
                lemma in _HANDING and objects & _PETITIONS):
            return True
    return False


def _crowd_blocks(trigger: Span) -> bool:
    """A crowd or unarmed people block a way or a place ('students blocked the highway', 'villagers laid
    siege to the factory', 'residents blocked access to the mine'): ACLED's protest, by roadblock or siege."""
    if not any(crowd_word(d) for d in _doers_or_governors(trigger)):
        return False
    blocked = objects_of(trigger) + [g for c in trigger.root.subtree if c.dep_ == "prep" and c.lower_ == "to"
                                   for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in _blockable() for o in blocked for t in o.subtree)


#: What a crowd blocks a way with, beside barricades and burning tyres (``_RIOT_WORDS``): ACLED's violent
#: demonstration includes road-blocking 'using barricades, burning tires, or other material'.
_BLOCKING_MATERIAL = frozenset("""stone rock boulder log tree trunk branch pole plank timber debris rubble sand sack
    barrel drum container vehicle car truck lorry bus bike motorbike motorcycle bicycle cart tractor""".split())


def _blocked_with_things(trigger: Span) -> bool:
    """The crowd blocked the way with things ('blocked the road with logs', 'with their motorbikes'), not with
    themselves ('blocked the road with a sit-in'): road-blocking by material, ACLED's violent demonstration."""
    used = [g for c in trigger.root.subtree if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in _BLOCKING_MATERIAL for g in used for t in (g, *g.conjuncts))


#: Words for those who call a blockade as a protest: parties, alliances, unions, activists, strikers.
_PROTEST_CALLERS = frozenset("""party alliance opposition union federation association committee front activist supporter
    protester demonstrator enforcer picketer picket striker trader transporter worker student farmer""".split())
#: What a blockade called as a protest stops: a country's transport or traffic, besides the ways of ``blockable.csv``.
_PROTEST_BLOCKADES = frozenset("transport nationwide countrywide nonstop non-stop".split())
#: ACLED inter codes of armed sides that blockade as a military act: state forces, rebels, external forces.
_BLOCKADING_INTERS = frozenset({1, 2, 8})


def _gathering_disrupted(trigger: Span) -> bool:
    """A crowd or unarmed people disrupted a gathering ('youths disrupted the governor's meeting', 'a group of
    party supporters disrupted a lecture'): ACLED codes the disruption as a protest, or as the riot its
    outcome makes it. 'The strike disrupted traffic' or 'rain disrupted the match' disrupts no one's gathering."""
    return any(crowd_word(d) for d in doers_of(trigger)) and any(
        what_is_counted(o).lemma_.lower() in _gatherings() for o in objects_of(trigger))


def _blockade_in_protest(trigger: Span) -> bool:
    """A blockade called as a protest: by a party, an alliance, activists or other unarmed callers ('the BNP-led
    alliance's blockade', 'a blockade enforced by the opposition', 'the blockade called by traders') or of a
    country's transport and roads ('a countrywide road blockade'), and by no state, army or armed group
    ('the navy's blockade of the port', 'Israel's blockade of Gaza', 'the army imposed a blockade on the town')."""
    words = [t for maker in _blockade_makers(trigger) for t in maker.subtree]
    if any(_blockades_by_force(t) for t in words):
        return False
    return any(t.lemma_.lower() in _PROTEST_CALLERS or crowd_word(t) for t in words) or any(
        c.lower_ in _PROTEST_BLOCKADES or c.lemma_.lower() in _blockable()
        for c in trigger.root.children if c.dep_ in {"amod", "compound", "nmod"})


def _blockade_makers(trigger: Span) -> list[Token]:
    """Who makes a blockade: its owner or the words before it ('the alliance's blockade', 'an opposition-enforced
    blockade'), the agent of a participle ('enforced by the alliance') or the subject of the verb it is the object of
    ('the navy imposed a blockade'; not 'survived the blockade', whose subject lived through it)."""
    root = trigger.root
    makers = [c for c in root.children if c.dep_ in {"poss", "compound", "nmod", "amod"}]
    makers += [g for acl in root.children if acl.dep_ == "acl" for agent in acl.children if agent.dep_ == "agent"
               for g in agent.children if g.dep_ == "pobj"]
    if root.dep_ in {"dobj", "obj"} and root.head.lemma_.lower() in _MAKING_A_BLOCKADE:
        makers += [c for c in root.head.children if c.dep_ == "nsubj"]
    return makers


#: Verbs whose subject makes the blockade that is their object ('the alliance enforced a blockade').
_MAKING_A_BLOCKADE = frozenset("""impose enforce call announce declare mount stage launch begin start hold set put
    maintain observe continue extend organise organize lay""".split())


def _blockades_by_force(token: Token) -> bool:
    """A word for state forces, fighters or a state, or an armed actor of the dictionary other than a party's militia."""
    if _is_force(token) or token.ent_type_ in {"GPE", "NORP"}:
        return True
    return any(span.start <= token.i < span.end and resolve(span).inter in _BLOCKADING_INTERS
               for span in token.doc.spans.get("actors", []))


#: Weapons that make an attack done with them remote violence, besides those of ``instruments.csv``: 'an IED
#: attack', 'attacked the convoy with mines', 'a grenade attack'.
_ATTACK_WEAPONS = {**dict.fromkeys("ied ieds mine mines landmine landmines explosive explosives".split(),
                                   "Remote explosive/landmine/IED"), "grenade": "Grenade", "grenades": "Grenade"}


def _attacked_with(trigger: Span) -> str | None:
    """The remote-violence sub-type of the weapon an attack was made with, named before the attack word ('a drone
    attack', 'a mine attack'), after 'with' ('attacked the base with drones', also where the parse hangs it on
    whom they attacked), as what was used ('attacked the station using explosives', 'by using helicopters', 'used
    a drone to attack the base') or as what attacked ('helicopters opened fire on the village'); None for an
    attack on a thing ('attacked a gold mine')."""
    root = trigger.root
    means = [c for c in root.children if c.dep_ in {"compound", "amod", "nmod"}] + doers_of(trigger)
    means += [g for word in (root, *objects_of(trigger)) for c in word.children if c.dep_ == "prep" and c.lower_ == "with"
              for g in c.children if g.dep_ == "pobj"]
    using = [c for c in root.children if c.dep_ in {"advcl", "xcomp"}]
    using += [g for c in root.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pcomp"]
    if root.dep_ in {"advcl", "xcomp"}:
        using.append(root.head)  # 'used a drone to attack'
    means += [g for c in using if c.lemma_.lower() == "use" for g in c.children if g.dep_ in {"dobj", "obj"}]
    for word in means:
        sub_type = next((table[key] for table in (_ATTACK_WEAPONS, _instruments())
                         for key in (word.lower_, word.lemma_.lower()) if key in table), None)
        if sub_type is not None:
            return sub_type
    return None


def _protest_outcome(types: tuple[str, str], counts: Counts, sentence: Span) -> tuple[str, str]:
    """What a protest became, by what its sentence, and the two after it while they tell of nothing else,
    say happened at it ('Students marched to the ministry. They carried banners. Police fired tear gas to
    disperse them.'). What the protest is held over is no outcome ('protested the arrest of a trader')."""
    told = [sentence, *_told_after(sentence)]
    words = set().union(*(_sentence_words(s) for s in told))
    if words & _RIOT_WORDS or any(_told_violent(t) or _protesters_damage(t) for s in told for t in s):
        return VIOLENT_DEMONSTRATION
    if (_counts_anyone(counts) or any(_hurt_in(s) for s in told[1:])
            or any(_grave_force(t) for s in told for t in s)):
        return EXCESSIVE_FORCE
    return PROTEST_INTERVENTION if any(_intervention(t) for s in told for t in s) else types


#: Verbs that say what a protest became: 'the march turned violent'.
_BECOMING = frozenset("turn become grow get".split())


def _told_violent(token: Token) -> bool:
    """'A violent demonstration', 'the protest turned violent': the text calls the protest itself violent,
    ACLED's own name for a demonstration whose crowd used violence. 'Violently dispersed' is what police did
    (:func:`_grave_force`)."""
    if token.lower_ != "violent":
        return False
    head = token.head
    return head.lemma_.lower() in _DEMONSTRATING or head.lemma_.lower() in _BECOMING and any(
        c.dep_ in _SUBJECTS and c.lemma_.lower() in _DEMONSTRATING for c in head.children)


def _protesters_damage(token: Token) -> bool:
    """'Protesters damaged a toll gate', 'a number of demonstrators destroyed a police post': the crowd's own
    damage to property, ACLED's violent demonstration. Damage done by others is what the protest may be over."""
    return (token.pos_ == "VERB" and token.lower_ in _DAMAGE_WORDS
            and any(c.dep_ == "nsubj" and what_is_counted(c).lemma_.lower() in _DEMONSTRATING for c in token.children))


#: How many sentences after a protest's may tell what happened at it.
PROTEST_TOLD_AFTER = 2


def _told_after(sentence: Span) -> list[Span]:
    """The sentences after this one that go on telling it (:func:`_told_next`), up to ``PROTEST_TOLD_AFTER``."""
    told: list[Span] = []
    following = _told_next(sentence)
    while following is not None and len(told) < PROTEST_TOLD_AFTER:
        told.append(following)
        following = _told_next(following)
    return told


def _intervention(token: Token) -> bool:
    """A word of force or arrest used on a protest ('police broke up the sit-in'): not the protest's cause
    ('protested the arrest of a trader', 'demanded the release of activists detained last year') nor denied
    ('no arrests were made')."""
    broke_up = token.lemma_.lower() == "break" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children)
    if (not broke_up and token.lower_ not in _INTERVENTION_WORDS and token.lemma_.lower() not in _INTERVENTION_WORDS
            and not _stopped_by_the_state(token)):
        return False
    return _done_to_the_protest(token)


#: Verbs of keeping a protest from going ahead, which are an intervention only when the state does them:
#: protesters 'block' roads themselves.
_HOLDING_BACK = frozenset("block prevent surround bar thwart foil delay".split())
#: Who holds a protest back besides forces (:func:`_is_force`): 'the council barred the march'.
_AUTHORITIES = frozenset("authority government governor administration official municipality council".split())


def _stopped_by_the_state(token: Token) -> bool:
    """'Police blocked the marchers', 'the town council tried to prevent their march', 'officers surrounded
    the campus': the state kept a protest back, ACLED's protest with intervention; 'farmers blocked the road' is
    the crowd's own doing."""
    if token.lemma_.lower() not in _HOLDING_BACK:
        return False
    verb = token.head if token.dep_ == "xcomp" and not verb_doers(token) else token  # 'tried to block'
    return any(_is_force(d) or what_is_counted(d).lemma_.lower() in _AUTHORITIES for d in verb_doers(verb))


def _done_to_the_protest(token: Token) -> bool:
    """A word of what was done at a protest, not its cause nor denied (:func:`_intervention`)."""
    if token.dep_ == "acl" or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return False
    return not any(a.dep_ in {"pobj", "dobj"} and _a_cause_word(a.head) for a in (token, *token.ancestors))


def _a_cause_word(word: Token) -> bool:
    """A word whose object is what a protest is held over, or a preposition after one ('protested the arrest',
    'demanded justice for a beaten porter', 'in protest of the beating of a porter')."""
    return word.lemma_.lower() in _CAUSE_WORDS or (
        word.dep_ == "prep" and word.lower_ in _OF_A_CAUSE and word.head.lemma_.lower() in _CAUSE_WORDS)


#: Prepositions after a cause word whose object is the cause ('in protest of', 'called for'); not 'protested
#: amid tear gas', 'due to the police intervention', which tell what happened at the protest.
_OF_A_CAUSE = frozenset({"of", "for"})


#: Force likely to maim or kill, which ACLED's excessive force against protesters names besides deaths and
#: injuries: beatings, assaults and kicks, torture, ill-treatment, flogging, live rounds; and any dispersal done
#: 'violently' or 'brutally'.
_GRAVE_FORCE = frozenset("beat assault torture flog whip kick ill-treat maltreat mistreat".split())
_LIVE_ROUNDS = frozenset("ammunition round rounds bullet bullets fire".split())
_VIOLENTLY = frozenset("violently brutally".split())


def _grave_force(token: Token) -> bool:
    """A word of grave force used on protesters ('police beat the marchers with batons', 'detainees were
    tortured', 'fired live rounds', 'violently dispersed'): not the protesters' own beating of someone, nor
    the cause they protest ('protested the beating of a student')."""
    lemma = token.lemma_.lower()
    if lemma == "treat" and any(c.lower_ == "ill" for c in token.children):
        lemma = "ill-treat"  # the tagger splits 'ill-treated' into 'ill', '-', 'treated'
    if lemma in _GRAVE_FORCE:
        grave = not any(crowd_word(d) or d.lemma_.lower() in _DEMONSTRATING for d in verb_doers(token))
    elif token.lower_ == "live":
        grave = token.head.lower_ in _LIVE_ROUNDS
    else:
        grave = token.lower_ in _VIOLENTLY and _intervention(token.head)
    return grave and _done_to_the_protest(token)


def _hurt_in(sentence: Span | None) -> bool:
    """The sentence tells of people killed or hurt ('Police fired on them. Two were killed.')."""
    return _counts_anyone(_counts_in(sentence))


def _killed_in(sentence: Span | None) -> bool:
    """The sentence tells of people killed ('Four died and seven were hurt.')."""
    return bool(_counts_in(sentence).fatalities_best)


def _counts_in(sentence: Span | None) -> Counts:
    if sentence is None or is_cumulative(sentence):
        return Counts()
    return counts_from(find_casualties(sentence))


def _told_next(sentence: Span) -> Span | None:
    """The sentence after this one, unless it names an event a protest does not absorb (see
    :func:`_sentence_events`) or a time of its own ('Days later, fighters raided their homes')."""
    doc = sentence.doc
    if sentence.end >= len(doc):
        return None
    following = doc[sentence.end].sent
    if any(ent.label_ == "DATE" for ent in following.ents):
        return None
    for trigger in doc.spans.get("triggers", []):
        row = _triggers().get(trigger.id_)
        if following.start <= trigger.start < following.end and row is not None and trigger.label_ != CASUALTY and (
                not _sentence_words(trigger) & _RIOT_WORDS  # 'They blockaded the road': the crowd's own doing
                and row["event_type"] not in PROTEST_FAMILY and (row["event_type"], row["sub_event_type"]) not in _ABSORBED_BY_PROTEST
                and not _needs_missing_weapon(row, trigger, following)):
            return None
    return following


def _needs_missing_weapon(row: dict[str, str], trigger: Span, sentence: Span) -> bool:
    """A word that names an event only with a weapon beside it, and has none ('police fired warning shots')."""
    return row["rule"] in _WEAPON_ONLY_RULES and _instrument(trigger, sentence) is None


def _sentence_events(candidates: list[tuple[Span, tuple[str, str]]], counts: Counts, sentence: Span) -> list[tuple[Span, tuple[str, str]]]:
    """One entry per event the sentence names.

    Words for the same happening collapse into one: a protest and the shooting or clash at it are one
    protest event; a generic word ('attack', 'raid', 'hit') that stands beside a specific one ('air
    strike', 'car bomb') is the same event retold; two triggers of one sub-type are one event, unless each does
    the harm of its own clause, one set against the other (:func:`_set_apart`). A plan is
    never a retelling of what happened ('moving into the phase of an attack ... before the battle for
    Mosul is won': two events).
    """
    candidates = _lesser_developments_yield(candidates)
    protests = [c for c in candidates if c[1][0] in PROTEST_FAMILY]
    if protests:
        merged = _protest_outcome(protests[0][1], counts, sentence) if protests[0][1][0] == "Protests" else protests[0][1]
        others = [c for c in candidates if c[1][0] not in PROTEST_FAMILY and c[1] not in _ABSORBED_BY_PROTEST]
        candidates = sorted([(protests[0][0], merged), *others], key=lambda c: c[0].start)
    if any(c[1][0] == _REMOTE_VIOLENCE for c in candidates):
        # Bombs and shells that kill civilians are remote violence in ACLED, not an Attack; 'a bomb attack'
        # is the bomb's going off, not a second event.
        named_by_weapon = {c[0].root.head.i for c in candidates if c[1][0] == _REMOTE_VIOLENCE and c[0].root.dep_ == "compound"}
        candidates = [c for c in candidates if c[1] != ATTACK and c[0].root.i not in named_by_weapon]
    read = next((c for c in candidates if _victims_read(c[0])), None)
    if read is not None:
        # 'attack and kill civilians during a raid': one happening, whose victims one word tells (not 'while
        # a separate attack on a convoy', which hangs on another verb).
        candidates = [(trigger, read[1] if types in {ATTACK, ARMED_CLASH} and _one_act(trigger, read[0])
                       and _triggers()[trigger.id_]["rule"] == "attack_by_victim" else types) for trigger, types in candidates]
    if any(c[1] == ARMED_CLASH and not _triggers()[c[0].id_]["generic"] for c in candidates):
        # 'shot dead by troops; the army said the men had opened fire on them': both sides armed, one clash
        # (not 'stormed a village, shooting dead its head': 'stormed' is any forced entry).
        candidates = [(trigger, ARMED_CLASH if types == ATTACK else types) for trigger, types in candidates]
    candidates = _outside_politics_arrests_yield(candidates, sentence)
    apart = _set_apart(candidates)
    specific = [c for c in candidates if not _triggers()[c[0].id_]["generic"]]
    # A build-up beside 'the assault' ('has massed vehicles for an assault') or a surrender after it ('attacked
    # a post, then surrendered') does not retell it; nor does an arrest or looting retell an attack whose
    # victims are named ('assaulted villagers; three were arrested'), that struck a village, a post of armed men or
    # that killed ('attacked the village, killed two people and seized livestock'; 'attacked the gendarmerie and
    # seized motorbikes').
    if any(c[1] != CHANGE_OF_ACTIVITY and _triggers()[c[0].id_]["rule"] != "by_fighters" for c in specific):
        specific_plans = {_is_plan(c[0]) for c in specific}
        violent = any(c[1][0] in _VIOLENT_TYPES for c in specific)
        candidates = [c for c in candidates if c in specific or c[0] in (p[0] for p in protests) or c[0].start in apart
                      or _is_plan(c[0]) not in specific_plans or (not violent and (
                          _harms_people(c[0]) or c[1] in _FIGHTS and not _what_another_is_about(c[0], specific)
                          and (_strikes_a_settlement(c[0]) or _acts_on_fighters(c[0]) or counts.fatalities_best)))]
    candidates = _gravest(candidates, bool(counts.fatalities_best))
    events, seen = [], set()
    for trigger, types in candidates:
        key = (types[1], _is_plan(trigger), apart.get(trigger.start))
        if key not in seen:
            seen.add(key)
            events.append((trigger, types))
    return events


#: Subordinators that set a second happening against the first in one sentence.
_CONTRASTS = frozenset({"while", "whereas"})


def _set_apart(candidates: list[tuple[Span, tuple[str, str]]]) -> dict[int, int]:
    """Triggers that each do the harm of their own clause, one clause set against the other ('two blasts in the
    market killed four, while a car bomb in the next town hurt nine'): two happenings, told in one breath, that
    neither retell each other nor share their tolls, whatever their sub-types. Each such trigger's start, with
    the verb of its clause; not 'a bomb went off and the blast killed four' (one happening told twice)."""
    verbs = {c[0].start: c[0].root.head for c in candidates if c[0].root.dep_ == "nsubj" and c[0].root.head.pos_ == "VERB"}
    against = {verb.i: _first_conjunct(verb.head).i for verb in verbs.values() if verb.dep_ == "advcl"
               and any(c.dep_ == "mark" and c.lower_ in _CONTRASTS for c in verb.children)}
    told = {verb.i for verb in verbs.values()}
    contrasted = {i for i, main in against.items() if main in told} | {main for main in against.values() if main in told}
    return {start: verb.i for start, verb in verbs.items() if verb.i in contrasted}


def _first_conjunct(verb: Token) -> Token:
    """The first of verbs joined by 'and' ('killed six and left 30 wounded'), whose subject they share."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


#: The rules of the triggers that tell people's flight: driven out ('displaced') or leaving a place ('left the village').
_FLIGHT_RULES = ("displacement", "departure")
#: The rules of the triggers of quiet developments, news only where nothing else is: flight, forces seen on the
#: move, searches and cordons.
_QUIET_RULES = (*_FLIGHT_RULES, "fighters_seen", "by_armed_force")


def _lesser_developments_yield(candidates: list[tuple[Span, tuple[str, str]]]) -> list[tuple[Span, tuple[str, str]]]:
    """Quiet developments yield to any other event their sentence tells as news: people's displacement ('gunmen
    raided the village, displacing hundreds', 'the fighting displaced 5,000': ACLED codes the violence; the flight
    is the news only where the violence is told as its cause, :func:`~warlog.extract.background.told_in_background`),
    forces seen or searching ('soldiers searched the village and arrested two men': the arrests), forces moved or
    joined that are named inside what violence struck ('a convoy carrying reinforcements was ambushed': the
    ambush), and warning shots ('officers shot over the heads of the marchers and into the air': the march)."""
    quiet = [c for c in candidates if _triggers()[c[0].id_]["rule"] in _QUIET_RULES or _fired_into_the_air(c[0])]
    violent = [trigger.root for trigger, types in candidates if types[0] in _VIOLENT_TYPES]
    quiet += [c for c in candidates if c[1] == CHANGE_OF_ACTIVITY and any(_inside_what_it_struck(c[0].root, v) for v in violent)]
    return [c for c in candidates if c not in quiet] or candidates


def _inside_what_it_struck(word: Token, violence: Token) -> bool:
    """The word stands inside a noun phrase that the violence word governs ('a convoy carrying reinforcements was
    ambushed'): it tells what was struck, not an act of its own ('troops were deployed and attacked' is two acts)."""
    through_a_noun = False
    for ancestor in word.ancestors:
        if ancestor == violence:
            return through_a_noun
        through_a_noun = through_a_noun or ancestor.pos_ in {"NOUN", "PROPN"}
    return False


def _what_another_is_about(trigger: Span, others: list[tuple[Span, tuple[str, str]]]) -> bool:
    """The trigger hangs through a preposition on another event word of its sentence: 'arrested over the weekend in
    the fatal shooting of a student', 'charged over the attack' tell what the arrest follows from, not an attack
    told beside it, whatever toll the sentence gives."""
    roots = {other.root.i for other, _ in others if other != trigger}
    return any(word.dep_ == "prep" and word.head.i in roots for word in trigger.root.ancestors)


def _strikes_a_settlement(trigger: Span) -> bool:
    """'Attacked the village of Loro', 'raided a camp for displaced people': a place whose people are struck as a whole."""
    return any(o.lemma_.lower() in _SETTLEMENTS for o in objects_of(trigger))


#: What an attack on people done in the same breath outweighs: the arrests, abductions and looting beside it.
_LESSER = frozenset({ARRESTS, ABDUCTION, LOOTING})


def _harms_people(trigger: Span) -> bool:
    """The trigger tells of a killing, of a word that names violence done to people whoever they are ('executed',
    'assassinated', 'a massacre'; not 'the shooting', which may retell what a specific word tells), or of an attack or beating of unarmed people ('assaulted villagers'; not 'raids on
    their homes', which may be how an arrest was made)."""
    row = _row_of(trigger)
    if trigger.label_ == CASUALTY or not (row.get("rule") or row.get("generic")) and (
            row.get("event_type"), row.get("sub_event_type")) == ATTACK:
        return True
    return row.get("rule") in {"attack_by_victim", "people_only"} and any(unarmed_people(o) for o in objects_of(trigger))


def _gravest(candidates: list[tuple[Span, tuple[str, str]]], killed: bool) -> list[tuple[Span, tuple[str, str]]]:
    """ACLED codes the gravest of what one sentence tells together ('shot three farmers and carried off their sons',
    'assaulted villagers and arrested three'): an attack or clash on people, read from a killing or from its
    named victims, stands for the arrests, abductions and looting done with it; an attack on a village or on a post of
    armed men, or one in a sentence that tells people killed, for the looting done in it ('attacked the village,
    killed two people and seized livestock', 'attacked the police station and seized motorbikes'; the hostages it
    took are an abduction of their own)."""
    attacks = [c for c in candidates if c[1] in _FIGHTS | {MOB_VIOLENCE} and not _is_plan(c[0])]
    if any(_harms_people(c[0]) for c in attacks):
        return [c for c in candidates if c[1] not in _LESSER or _is_plan(c[0])]
    if any(c[1] in _FIGHTS and (killed or _strikes_a_settlement(c[0]) or _acts_on_fighters(c[0])) for c in attacks):
        return [c for c in candidates if c[1] != LOOTING or _is_plan(c[0])]
    return candidates


def _outside_politics_arrests_yield(candidates: list[tuple[Span, tuple[str, str]]],
                                    sentence: Span) -> list[tuple[Span, tuple[str, str]]]:
    """An arrest that only the fight or bombing beside it made an event (:func:`_names_disorder`) yields to that
    event, the graver, as ACLED codes one sentence ('a bomb injured one; a man was arrested over the attack')."""
    if in_politics(sentence) or not any(c[1][0] in _VIOLENT_TYPES | PROTEST_FAMILY and not _is_plan(c[0]) for c in candidates):
        return candidates
    return [c for c in candidates if c[1] != ARRESTS]


def _one_act(trigger: Span, other: Span) -> bool:
    """One trigger hangs on the other ('attacked ... during a raid', 'a raid in which gunmen attacked')."""
    return trigger.root in other.root.ancestors or other.root in trigger.root.ancestors


def _is_plan(trigger: Span) -> bool:
    return find_modality(trigger) in PLAN_MODALITIES


def _confidence(weight: float, actor1: Actor | None, counts: Counts) -> float:
    score = weight * 0.8 + (0.1 if actor1 else 0.0) + (0.1 if _counts_anyone(counts) else 0.0)
    return round(min(score, 1.0), 2)


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_FOLLOWS_FROM = frozenset({"advcl", "conj", "xcomp"})


@dataclass(frozen=True)
class _Reading:
    """What a sentence says: whether it is a tally, its casualty figures, the events it names, each
    event's share of the figures, and the actors of each trigger read, by its token span."""

    cumulative: bool
    counts: Counts
    events: list[tuple[Span, tuple[str, str]]]
    shares: list[Counts]
    actors: dict[tuple[int, int], tuple[Actor | None, Actor | None]]
    disorders: dict[tuple[int, int], str]
    #: Events the sentence names as background (:mod:`warlog.extract.background`), each with its sub-type.
    mentions: tuple[tuple[Span, tuple[str, str]], ...] = ()

    @property
    def has_figures(self) -> bool:
        return self.counts.fatalities_best is not None or self.counts.injured_best is not None


def _without_figures(reading: _Reading | None) -> bool:
    """A sentence that names one event ('troops opened fire', not 'numerous strikes') and gives no
    figures of its own."""
    if reading is None:
        return False
    return bool(reading.events) and not _is_plural_noun(reading.events[0][0]) and not reading.cumulative and not reading.has_figures


def _make_report(article_id, doc, first: Span, last: Span, types, disorder, trigger, modality, actors, counts, target,
                 attribution, confidence) -> Report:
    actor1, actor2 = actors
    start, end = first.start_char, last.end_char
    return Report(
        report_id=stable_id(article_id, start, end, types[1]),
        article_id=article_id,
        event_type=types[0],
        sub_event_type=types[1],
        disorder_type=disorder,
        modality=modality,
        actor1=actor1.name if actor1 else None,
        actor2=actor2.name if actor2 else None,
        assoc_actor_1=actor1.assoc if actor1 else None,
        assoc_actor_2=actor2.assoc if actor2 else None,
        inter1=actor1.inter if actor1 else None,
        inter2=actor2.inter if actor2 else None,
        target=target,
        attributed_to=attribution.claimant if attribution else None,
        trigger=trigger.text,
        confidence=confidence,
        sentence=doc[first.start:last.end].text,
        char_start=start,
        char_end=end,
        field_spans=actor_spans(actors) + source_spans(attribution, "attributed_to"),
        **{k: v for k, v in vars(counts).items()},
    )


def _target(trigger: Span, sentence: Span) -> str | None:
    targets = [s for s in sentence.doc.spans.get("targets", []) if sentence.start <= s.start and s.end <= sentence.end]
    if not targets:
        return None
    return min(targets, key=lambda s: (s.start < trigger.start, abs(s.start - trigger.start))).label_


def _sentence_reading(sentence: Span, triggers: list[Span]) -> _Reading:
    """Whether a sentence is a tally, its casualty figures, and the events its triggers name."""
    cumulative = is_cumulative(sentence)
    casualties = [] if cumulative else find_casualties(sentence)
    if _names_a_protest(triggers):
        casualties = [c for c in casualties if not _protested_death(sentence.doc[c.quantity.start])]
    counts = counts_from(casualties)
    candidates, mentions = [], []
    actors, disorders = {}, {}
    for trigger in triggers:
        if trigger.label_ == CASUALTY or _inside_a_name(trigger) or _fights_an_abstraction(trigger) or (
                _names_no_protest(trigger) or _names_its_place(trigger) or _names_what_a_weapon_is(trigger)) or (
                _inside_a_protest_word(trigger, triggers)) or _struck_at_a_gathering(trigger, triggers, sentence) or (
                _triggers()[trigger.id_]["generic"] and (
                    (cumulative and _is_plural_noun(trigger)) or _is_non_conflict(trigger, sentence))):
            continue
        actors[trigger.start, trigger.end] = find_actors(trigger, sentence)
        actor1 = actors[trigger.start, trigger.end][0]
        types = _refine(_triggers()[trigger.id_], trigger, actor1, counts, sentence)
        if types == LOOTING and (wreckers := _crowd_that_wrecked(trigger)):
            named_a_protest = bool(_sentence_words(sentence) & _DEMONSTRATING)  # 'youths vandalised the office in protest'
            protesting = (named_a_protest or not wreckers & _UNORGANISED) and not _riot_on_civilians(sentence)
            types = VIOLENT_DEMONSTRATION if protesting else MOB_VIOLENCE
        elif types == LOOTING and _wrecked_in_a_protest(trigger, triggers):
            types = VIOLENT_DEMONSTRATION
        disorder = None if types is None else _disorder(sentence, types, trigger, actor1)
        types, disorder = _as_crowd_violence(types, disorder, trigger, counts, sentence)
        if disorder is not None:
            (mentions if told_in_background(trigger) else candidates).append((trigger, types))
            disorders[trigger.start, trigger.end] = disorder
    killing = next((t for t in triggers if t.label_ == CASUALTY and t.root.lemma_.lower() in _KILLING_VERBS), None)
    # Whom a killing killed may go uncounted ('a teacher was kidnapped and killed'): unarmed victims or captives
    # named will do.
    captives = killing is not None and _kills_the_captives(killing, candidates)
    if killing is not None and not cumulative and (counts.fatalities_best or _only_unarmed_hit(killing) or captives) and (
            candidates and all(c[1][0] == "Strategic developments" or c[1] == ABDUCTION for c in candidates)) and not any(
            c[1] == DISRUPTED_WEAPONS and _went_off_unmeant(c[0]) for c in candidates):  # the mishap's own dead
        if (added := _killing(killing, sentence)) is not None:
            actors[killing.start, killing.end], disorders[killing.start, killing.end] = added[1], added[2]
            candidates = sorted([*candidates, (killing, ATTACK if captives else added[0])], key=lambda c: c[0].start)
    candidates = _victims_of_the_killing(candidates, triggers)
    if not any(types[0] == REMOTE_VIOLENCE for _, types in candidates):  # 'killed a commander in the raid' retells a strike
        candidates = [(trigger, ARMED_CLASH if types == ATTACK and _armed_on_both_sides(
            actors.get((trigger.start, trigger.end))) and not _only_unarmed_hit(trigger) and not _kills_the_held(trigger)
            else types) for trigger, types in candidates]
    candidates = [(trigger, ATTACK if types == ABDUCTION and _captives_hurt(trigger) else types) for trigger, types in candidates]
    events = _sentence_events(candidates, counts, sentence)
    mentions += _causes_named(candidates, events)
    return _Reading(cumulative, counts, events, _shares(events, casualties, counts, sentence), actors, disorders,
                    tuple(mentions))


#: Killings that tell the victim was in the killer's hands: 'executed a rebel commander', 'the beheading of two soldiers'.
_KILLINGS_OF_THE_HELD = frozenset("execute execution behead beheading".split())


def _kills_the_held(trigger: Span) -> bool:
    """The trigger kills someone its doer held ('militiamen executed a former rebel leader and his wife'): whoever
    the victim had fought for, he fought no more, and ACLED codes the killing of a captive as an attack, not a clash."""
    return trigger.root.lemma_.lower() in _KILLINGS_OF_THE_HELD


def _armed_on_both_sides(sides: tuple[Actor | None, Actor | None] | None) -> bool:
    """The doer and the one it acted on are both armed actors of the dictionary ('troops attacked a Boko Haram
    group', 'soldiers encountered Boko Haram fighters, killing nine'): in ACLED an armed side's attack on another
    is an armed clash (a party's rank and file are no armed side: :func:`rank_and_file`). The caller keeps an attack
    whose own words name unarmed victims ('militiamen executed two fishermen they suspected of spying for a
    rebel group'): the group a clause ties them to is not who was hit."""
    doer, victim = sides or (None, None)
    return (doer is not None and victim is not None and is_armed(doer) and is_armed(victim)
            and not rank_and_file(victim) and doer.name != victim.name)


#: What is done to captives that makes their abduction an attack: 'abducted and tortured', 'kidnapped and beat him'.
_HARMING_VERBS = frozenset("torture beat wound injure maim flog whip stab mutilate".split())


def _captives_hurt(abduction: Span) -> bool:
    """The abduction's verb is told with a verb of harm done to its captives ('abducted and tortured four traders',
    'kidnapped a dozen passengers and whipped the driver'): ACLED codes the graver, an attack on the captives. Others
    killed beside the abduction ('killing 30 and taking 20 hostages') leave it an event of its own."""
    root = abduction.root
    verbs = [c for c in root.children if c.dep_ in {"conj", "advcl"}]
    if root.dep_ == "conj":
        verbs.append(root.head)
    return any(v.lemma_.lower() in _HARMING_VERBS or any(c.dep_ == "conj" and c.lemma_.lower() in _HARMING_VERBS
                                                           for c in v.children) for v in verbs)


def _kills_the_captives(killing: Span, candidates: list[tuple[Span, tuple[str, str]]]) -> bool:
    """The killing's victims are those its sentence tells abducted ('a teacher was kidnapped on his farm and
    killed'): captives are no fighters, so ACLED codes the killing an attack, whoever they were."""
    killed = {t.i for t in objects_of(killing)}
    return any(types == ABDUCTION and killed & {t.i for t in objects_of(trigger)} for trigger, types in candidates)


def _as_crowd_violence(types: tuple[str, str] | None, disorder: str | None, trigger: Span, counts: Counts,
                       sentence: Span) -> tuple[tuple[str, str] | None, str | None]:
    """A fight, attack or killing done by a crowd (:func:`_crowd_fight`) is a mob's violence, with its disorder
    type: communities whose fight kills are communal militias in ACLED (an armed clash), and so are those who
    raid a whole settlement ('herders attacked farming communities')."""
    if types not in _FIGHTS or not (_crowd_may_fight(disorder, trigger) or _partisans_clash(types, trigger)) or (
            not _crowd_fight(trigger, counts, sentence)):
        return types, disorder
    deadly = counts.fatalities_best or _killed_in(_told_next(sentence))
    raid = types == ATTACK and _strikes_a_settlement(trigger)
    militia = types == ARMED_CLASH and deadly and not _partisans_fight(trigger)
    types = types if raid or militia else MOB_VIOLENCE
    return types, political_disorder(types)


def _victims_of_the_killing(candidates: list[tuple[Span, tuple[str, str]]],
                            triggers: list[Span]) -> list[tuple[Span, tuple[str, str]]]:
    """'Rebels killed nine people in an attack near the river': an attack that names no victim of its own takes
    them from the killing its sentence tells, and where everyone killed is unarmed one side did violence to
    civilians, an attack, unless a word names a fight ('killed three farmers in clashes') or someone armed
    was hit. Where everyone killed or hurt was a fighter ('two soldiers were injured when militants opened fire on
    their patrol', 'a gendarme died in a drive-by shooting on the ring road'), an attack whose own victims the parse does not
    read was on armed men, an armed clash, unless it struck something civilian."""
    if _killed_only_fighters(triggers) and not any(_acts_on_civilians(t) for t, _ in candidates):
        return [(trigger, ARMED_CLASH if types == ATTACK and not _victims_read(trigger) else types)
                for trigger, types in candidates]
    if not _killed_only_unarmed(triggers) or _names_a_fight(triggers) or any(_acts_on_fighters(t) for t, _ in candidates):
        return candidates
    return [(trigger, ATTACK if types == ARMED_CLASH and _triggers()[trigger.id_]["rule"] == "attack_by_victim"
             and not _victims_read(trigger) else types) for trigger, types in candidates]


def _toll_names_the_side_hit(ruled: tuple[str, str], triggers: list[Span]) -> bool:
    """The sentence's own casualty word names everyone it killed or hurt, and they bear out the rules' reading:
    all fighters for a clash ('a police constable was killed when gunmen shot at them'), all unarmed for an
    attack ('two traders were shot dead'). Who was hit decides between the two in ACLED; the coder, reading
    the words around the toll, may not overrule the toll's own naming of them."""
    return _killed_only_fighters(triggers) if ruled == ARMED_CLASH else _killed_only_unarmed(triggers)


def _killed_only_unarmed(triggers: list[Span]) -> bool:
    """A casualty word of the sentence names whom it killed or hurt, and they are all unarmed ('shot dead six herders')."""
    return any(t.label_ == CASUALTY and _only_unarmed_hit(t) for t in triggers)


def _killed_only_fighters(triggers: list[Span]) -> bool:
    """A casualty word of the sentence names whom it killed or hurt, and they are all fighters ('killed nine
    mercenaries', 'two soldiers were wounded'), by the words that name them: not by an armed group told in a clause
    about them ('civilians injured by soldiers as they searched for rebels')."""
    return any(t.label_ == CASUALTY and (hit := objects_of(t)) and all(people_group(what_is_counted(h)) == "fighter" for h in hit)
               for t in triggers)


def _causes_named(candidates: list[tuple[Span, tuple[str, str]]],
                  events: list[tuple[Span, tuple[str, str]]]) -> list[tuple[Span, tuple[str, str]]]:
    """A generic word of violence that yields to the sentence's news of another kind ('issued arrest warrants
    following the bombing', 'asked them to hand over the rebels after a car bombing was blamed on the group'):
    it retells nothing, it names the happening that news follows from, a background mention."""
    if not events or any(e[1][0] in _VIOLENT_TYPES for e in events):
        return []
    return [c for c in candidates if c not in events and c[1][0] in _VIOLENT_TYPES and _triggers()[c[0].id_]["generic"]]


#: Prepositions that make a gathering the scene of what the verb they hang on tells ('a blast at a rally').
_SCENE = frozenset({"at", "during"})


def _struck_at_a_gathering(trigger: Span, triggers: list[Span], sentence: Span) -> bool:
    """The protest word names where or on whom a bombing or attack fell, by someone other than the state's
    forces ('a blast struck a campaign rally', 'the attack took place at a rally', 'gunmen opened fire on a
    march'): ACLED codes the bombing or the attack, with the gathering's people its victims, not a protest
    (its force against protesters is the state's: 'police opened fire at the rally' stays one). A riot is no
    gathering that others strike: those hurt in it ('two warders hurt during a prison riot') are its own toll."""
    if _triggers()[trigger.id_]["event_type"] != "Protests":
        return False
    root = trigger.root
    if root.dep_ in {"dobj", "obj"}:
        governor = root.head
    elif root.dep_ == "pobj" and root.head.lower_ in _SCENE | {"on"}:
        governor = root.head.head
    else:
        return False
    violence = [t for t in triggers if t is not trigger and _strikes(t)
                and (t.root == governor or t.root.head == governor and t.root.dep_ in {"nsubj", "nsubjpass"})]
    return bool(violence) and not any((actor := find_actors(t, sentence)[0]) is not None and actor.is_state
                                      for t in violence)


def _strikes(trigger: Span) -> bool:
    """A word of a bombing, an attack or a killing (not of a fight: 'clashes at the rally' are the crowd's own)."""
    row = _row_of(trigger)
    return (trigger.label_ == CASUALTY or row.get("event_type") in {REMOTE_VIOLENCE, ATTACK[0]}
            or row.get("rule") == "attack_by_victim")


#: Nouns for a death that a protest is held over ('over the death of a student', 'following the killing of two').
_DEATH_NOUNS = frozenset("death killing murder assassination shooting".split())
#: How a protest names its cause: 'over', 'after', 'following', 'against' the death, 'protesting' it, 'demanding'
#: or 'calling for' justice for it.
_CAUSE_WORDS = frozenset("over after following against protest protesting demonstrate mourn commemorate demand call".split())


def _protested_death(counted: Token) -> bool:
    """The counted people died before the protest and are its cause ('students marched over the death of two
    classmates', 'a demonstration following the killing of a trader'): the protest's grievance, not its toll."""
    for noun in counted.ancestors:
        if noun.lemma_.lower() in _DEATH_NOUNS and noun.dep_ in {"pobj", "dobj"}:
            return noun.head.lemma_.lower() in _CAUSE_WORDS or noun.head.lower_ in _CAUSE_WORDS
    return False


#: Casualty verbs that tell a killing done by someone ('soldiers killed two herders and arrested five').
_KILLING_VERBS = frozenset({"kill"})


def _killing(trigger: Span, sentence: Span) -> tuple[tuple[str, str], tuple[Actor | None, Actor | None], str] | None:
    """A killing told beside an arrest, abduction or looting in one sentence ('soldiers killed a herder and
    took his brothers to their camp'): an event of its own, the gravest of the sentence, as ACLED codes it; an attack where
    no victim is armed, else a clash. Its sub-type, actors and disorder type, or None where it is no conflict."""
    types = ATTACK if _only_unarmed_hit(trigger) else ARMED_CLASH
    actors = find_actors(trigger, sentence)
    disorder = _disorder(sentence, types, trigger, actors[0])
    return None if disorder is None else (types, actors, disorder)


def _shares(events: list[tuple[Span, tuple[str, str]]], casualties: list[Casualty], counts: Counts,
            sentence: Span) -> list[Counts]:
    """Each event's figures, so that no death is counted twice. With two events in a sentence, a figure
    goes to the event its casualty word hangs on (see :func:`_pointers`), else to the first event."""
    if len(events) < 2:
        return [counts] * len(events)
    owners: dict[int, list[Casualty]] = {}
    for casualty in casualties:
        owners.setdefault(_owner(events, casualty, sentence), []).append(casualty)
    return [counts_from(owners.get(n, [])) for n in range(len(events))]


def _owner(events: list[tuple[Span, tuple[str, str]]], casualty: Casualty, sentence: Span) -> int:
    pointers = _pointers(governing_verb(sentence.doc[casualty.quantity.start]))
    return next((n for n, (trigger, _) in enumerate(events) if any(t.i in pointers for t in trigger)), 0)


def _pointers(cue: Token) -> set[int]:
    """Tokens that tie a casualty word to its event: its subject ('one strike on a house killed five'),
    what it happened in or by ('were killed in the shelling'), and, when it has no subject of its own,
    the verb it follows from ('struck the town, killing five', not 'intercepted it, but debris wounded two')."""
    subjects = {c.i for c in cue.children if c.dep_ in _SUBJECTS}
    tied = subjects | {g.i for c in cue.children if c.dep_ in {"agent", "prep"} for g in c.children if g.dep_ == "pobj"}
    if cue.dep_ in _FOLLOWS_FROM and not subjects:
        tied.add(cue.head.i)
    return tied


def _codings(sentences: list[Span]) -> dict[int, Coding]:
    """The coder's reading of every sentence with words (the prefilter blanks the others out)."""
    coder = default_coder()
    return {index: coder.code(sentence.text) for index, sentence in enumerate(sentences) if not sentence.text.isspace()}


def _coded_types(coding: Coding | None, sure: float = CORRECT_AT) -> tuple[str, str] | None:
    if coding is None or not coding.is_event or coding.probability < sure:
        return None
    return coding.event_type, coding.sub_event_type


def _addable(coding: Coding) -> Coding | None:
    """The event the coder may add to a sentence: its likeliest label at ``ADD_AT``, or, where it is sure the
    sentence tells of an event (``EVENT_AT``) but split between sub-types, the likeliest of them, with that
    one's own probability for the gates that follow (:func:`_learned_reading`)."""
    if coding.is_event and coding.probability >= ADD_AT:
        return coding
    if coding.event_probability >= EVENT_AT:
        return replace(coding, sub_event_type=coding.likeliest_event, probability=coding.likeliest_probability)
    return None


#: How what a speech verb reports hangs on it: '..., police said' (ccomp), '..., he added' (parataxis).
_TOLD_CLAUSES = frozenset({"ccomp", "parataxis"})


def _main_word(sentence: Span) -> Span:
    """What stands for the trigger of an event only the coder found: the sentence's main verb, else its root.
    A verb that only says who told the news ('gunmen killed five, police said') gives way to the verb of
    what was told, whose subject is the doer; so does an impersonal passive ('it is thought the convoy will be
    moved at night', 'it is feared that gunmen took the road'). A 'be' that introduces a to-infinitive gives way to it
    ('jammers are to be tested'): that verb tells what is to happen."""
    root = sentence.root
    word = root if root.pos_ in {"VERB", "AUX"} else next((t for t in sentence if t.pos_ == "VERB"), root)
    if word.lemma_.lower() in speech_stances() or any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in word.children):
        word = next((c for c in word.children if c.dep_ in _TOLD_CLAUSES and c.pos_ in {"VERB", "AUX"}), word)
    if word.lemma_.lower() == "be":
        word = next((c for c in word.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), word)
    return Span(sentence.doc, word.i, word.i + 1, label="EVENT", span_id=CODER_TRIGGER)


def _learned_reading(sentence: Span, coding: Coding, triggers: list[Span]) -> _Reading | None:
    """The coder's event in a sentence where the rules found none. Its disorder type is the rules'
    (:func:`_disorder`: a crime's violence stays criminal). Where the rules see no conflict, politics or
    violence around it, the coder must be very sure (business, sport and science news borrow war's
    words too) or its sentence must say who fought or who was hurt (:func:`_tells_of_conflict`), and an
    arrest is never taken, since ACLED codes only political ones."""
    types = (coding.event_type, coding.sub_event_type)
    if sentence.root.lemma_.lower() in _ACCUSING_VERBS:
        return None
    trigger = _main_word(sentence)
    if find_modality(trigger) not in EVENT_CODER_MODALITIES:
        return None  # 'the convoy will be moved at night': the main word's own cues tell a plan, not a happening
    if _refused_word(trigger):
        return None  # 'the wind dispersed the smoke': the rules read the verb and found it names no crowd
    if _tells_no_happening(trigger, triggers):
        return None  # 'the port was the centre of the arms trade', '"Never," said the governor'
    if fights_for_life(trigger.root):
        return None  # 'another is fighting for his life': a wounded patient, whose toll the rules read
    if _fell_harmlessly(trigger, triggers):
        return None  # 'a drone crashed on the palace grounds': the rules read the main word and found no strike
    if told_in_background(trigger):
        return None  # 'the school had housed 50 families since the winter': a lasting state, no happening
    if types == SUICIDE_BOMB and not _names_a_family(triggers, {REMOTE_VIOLENCE}):
        return None  # 'a second suicide at the barracks this month': a suicide is a bombing only where a word tells a blast
    if types == DISRUPTED_WEAPONS and any(_rule_of(t) == "weapon_defused"
                                          and _defuses_a_quarrel(t) for t in triggers):
        return None  # 'elders stepped in to defuse the row': no weapon in it
    if types in _TERRITORY_TAKEN and _things_taken_not_ground(triggers):
        return None  # 'troops seized his motorbike after shooting him': goods, people or arms taken, no ground
    actors = find_actors(trigger, sentence)
    if types in _TERRITORY_TAKEN:
        types = _territory_taken_by(trigger, actors[0])
    disorder = _disorder(sentence, types, trigger, actors[0])
    if types[0] in PROTEST_FAMILY and not (_sure_of_crowd(coding, trigger) and _named_if_protest(types, sentence, triggers)):
        return None  # crowds need no arms, so no sign of conflict vouches for them: the coder must be fairly sure
    cumulative = is_cumulative(sentence)
    casualties = [] if cumulative else find_casualties(sentence)
    vouched = _tells_of_conflict(sentence, trigger, actors[0], casualties)
    if coding.probability < ADD_AT and not vouched:
        return None  # split between sub-types (:func:`_addable`): only what the sentence says vouches for it
    if disorder is None:
        if types == ARRESTS or not (vouched or _sure_alone(coding, casualties) or _rules_agree(coding, triggers)):
            return None
        disorder = political_disorder(types)
    counts = counts_from(casualties)
    if counts.fatalities_best and _outweighs_a_development(types, triggers):
        return None  # the toll is the event (:func:`_toll_report`)
    if types[0] == REMOTE_VIOLENCE and (weapon := _weapon_nearest(trigger, sentence)) is not None and _weapon_disrupted(weapon, counts):
        types = DISRUPTED_WEAPONS  # 'troops found an unexploded shell': the coder reads the weapon, not what befell it
    if types == ARMED_CLASH and (coding.probability < CORRECT_AT and _only_civilians_died(counts)
                                 or (_only_unarmed_hit(trigger) or _killed_only_unarmed(triggers))
                                 and not _names_a_fight(triggers)):
        # 'soldiers and mercenaries killed ten civilians' (the coder unsure, the toll tells one side), 'mercenaries
        # attacked miners, killing eight', 'an army unit carried out a search operation and shot dead six herders':
        # everyone the doer hit was unarmed, and no word tells of a fight
        types = ATTACK
    elif types == ATTACK and (_acts_on_fighters(trigger) or _killed_only_fighters(triggers)) and not _only_civilians_died(counts):
        types = ARMED_CLASH  # 'gunmen attacked a police station': ACLED's attacks are on civilians; armed men were hit
    elif types == ATTACK and _done_by_a_crowd_word(trigger):
        types, disorder = _as_crowd_violence(types, disorder, trigger, counts, sentence)  # 'villagers killed a thief'
    if types[0] == "Protests":
        # What happened at it, as for a protest the rules found ('demonstrated and burnt tyres').
        types = _protest_outcome(types, counts, sentence)
        disorder = political_disorder(types) if disorder in ACLED_DISORDERS else disorder
    span = (trigger.start, trigger.end)
    return _Reading(cumulative, counts, [(trigger, types)], [counts], {span: actors}, {span: disorder})


#: Clauses under a main word that may tell a happening of their own ('was unhurt when a bomb went off').
_CLAUSES = frozenset({"advcl", "ccomp", "xcomp", "csubj", "parataxis", "conj"})


def _tells_no_happening(trigger: Span, triggers: list[Span]) -> bool:
    """The coder's trigger, the sentence's main word, tells only that something is (a copula: 'the port was
    the centre of the arms trade', 'the envoy is in the capital') or only that someone spoke ('"Never," said
    the governor'), with no clause under it that could tell a happening ('was unhurt when a bomb went
    off'): nothing to code. 'There were clashes' tells one (an existential 'there'), and so may a copula
    whose subject is an event word ('the attack was the third this week'). A copula told by a speaker is one
    too ('the truck was a car bomb, police said')."""
    root = trigger.root
    told = root.dep_ in _TOLD_CLAUSES and root.head.lemma_.lower() in speech_stances()
    if root.lemma_.lower() not in {"be", "say"} or not (root.dep_ == "ROOT" or told):
        return False
    subjects = {c.i for c in root.children if c.dep_ in _SUBJECTS}
    if any(t.root.i in subjects for t in triggers):
        return False
    return not any(c.dep_ in _CLAUSES or c.dep_ == "expl" for c in root.children)


def _names_a_fight(triggers: list[Span]) -> bool:
    """A word of the sentence names a fight ('clashes', 'fighting'), not an attack whose kind follows its victims."""
    return any(row.get("event_type") == "Battles" and row.get("rule") != "attack_by_victim"
               for row in (_row_of(t) for t in triggers))


def _outweighs_a_development(types: tuple[str, str], triggers: list[Span]) -> bool:
    """A killing of people told in the sentence outweighs the strategic development the coder reads in it
    ('soldiers killed three herders they accused of spying' is no change of activity; 'killed a dozen sheep'
    stays looting): ACLED codes the gravest, as :func:`_sentence_reading` does where the rules read the
    development; so does people's wounding by those the sentence names ('gendarmes arrested and wounded two
    herders' is an attack)."""
    return types[0] == STRATEGIC_DEVELOPMENTS and any(
        t.label_ == CASUALTY and (t.root.lemma_.lower() in _KILLING_VERBS or _killed_by_people(t)) and _acts_on_people(t)
        for t in triggers)


def _sure_alone(coding: Coding, casualties: list[Casualty]) -> bool:
    """The coder is sure enough of its event that no sign of conflict need stand around it: at ``SURE_ALONE``;
    at ``CORRECT_AT`` where it is also sure the sentence tells of some event (``EVENT_AT``: 'the government
    extended the curfew in three districts', 'the two communities fought for three days'); or, for violence,
    at ``ADD_AT`` where it is sure of an event and the sentence counts its dead or hurt ('one person was
    killed in a blast outside a bar')."""
    if coding.probability >= SURE_ALONE:
        return True
    if coding.event_probability < EVENT_AT:
        return False
    counted = coding.event_type in _VIOLENT_TYPES and any(c.quantity.best for c in casualties)
    return coding.probability >= CORRECT_AT or counted


def _only_unarmed_hit(casualty: Span) -> bool:
    """Everyone the casualty word names is unarmed ('gunmen killed a man and his son', 'two people were shot
    dead'): one side killed them, an attack, not a clash."""
    victims = objects_of(casualty)
    return bool(victims) and all(unarmed_people(v) for v in victims)


def _only_civilians_died(counts: Counts) -> bool:
    return bool(counts.fatalities_best) and counts.civilian_fatalities_best == counts.fatalities_best


def _sure_of_crowd(coding: Coding, trigger: Span) -> bool:
    """The coder is sure enough of its protest or riot: at ``AGREE_AT``, or at ``CROWD_AT`` when it is sure
    of an event at all and a crowd of unarmed people did it."""
    return coding.probability >= AGREE_AT or (coding.probability >= CROWD_AT and coding.event_probability >= EVENT_AT
                                              and _done_by_crowd(trigger))


#: Places whose people a communal militia raids as a whole: an attack, not a mob's violence.
_SETTLEMENTS = frozenset("village community hamlet settlement camp".split())
#: Fights and attacks: ACLED's armed clash and attack, the events a crowd may do too and whose dead add up across sentences.
_FIGHTS = frozenset({ARMED_CLASH, ATTACK})
#: What a fight between crowds leaves besides hurt people: property wrecked ('homes were destroyed').
_DAMAGE_WORDS = frozenset("destroy destroyed damage damaged ransack ransacked wreck wrecked".split())


#: Crowds named as people of a place or an age, whom no party or armed group organises: a mob when violent.
_UNORGANISED = frozenset("crowd mob youth resident villager inhabitant local parent relative".split())


def _crowd_may_fight(disorder: str | None, trigger: Span) -> bool:
    """Whether a fight or attack may be a crowd's (:func:`_crowd_fight`): wherever no armed conflict, politics or
    crime is seen around it, and, named as a crowd ('villagers', 'dozens of youths', 'a mob'), in a war or
    beside a crime as well: 'villagers beat a moneylender' is neither an armed group's attack nor a crime
    alone, ACLED's mob violence. People named only as people ('two men attacked a bartender') keep a crime's; a
    party's supporters who turn on someone are its militia, whose attack ACLED codes as one; and 'the group' or
    'members' may be an armed group's (:data:`_UNORGANISED`)."""
    return disorder is None or any(what_is_counted(doer).lemma_.lower() in _UNORGANISED for doer in _fighting_sides(trigger))


def _fighting_sides(trigger: Span) -> list[Token]:
    """Who did the fight or attack: its doers, or, for a clash told by a noun with no doer, the sides it sets
    against one another ('a clash among three clans of fishermen'), who all fought in it. Not those an attack
    word hit ('attacking residents'): they are its victims, whatever the word's default sub-type."""
    doers = doers_of(trigger)
    row = _row_of(trigger)
    if doers or row.get("sub_event_type") != ARMED_CLASH[1] or row.get("rule") == "attack_by_victim":
        return doers
    return _sides(trigger)


def _crowd_fight(trigger: Span, counts: Counts, sentence: Span) -> bool:
    """A fight or attack that no armed actor takes part in, done by a crowd or unarmed people ('villagers
    clashed with herders, wounding two', 'a group of locals attacked the police', 'students of two schools
    fought'): ACLED's mob violence, wherever the sentence stands (no word of war need be near). A clash
    needs someone hurt or something wrecked in its sentence or the next, since 'clashed over the budget'
    is a quarrel; an attack or beating is violence by itself."""
    sides = _sides(trigger)
    if not sides or not any(crowd_word(s) for s in doers_of(trigger) or sides) or _told_as_gunfire(trigger):
        return False
    if any(marks_fighters(t) for s in sides for t in _naming_a_side(s)):
        return False  # 'armed followers of the mayor clashed'
    if any(span.start <= t.i < span.end for s in sides for t in _naming_a_side(s) for span in _armed_crowd_names(trigger.doc)):
        return False
    if any(people_group(s) == "fighter" and not _police(s) for s in sides):
        return False
    if _rule_of(trigger) in {"attack_by_victim", "people_only"} and trigger.root.pos_ == "VERB":
        return True
    if any(_police(s) for s in sides) or len(sides) > 1 and all(what_is_counted(s).lemma_.lower() in _UNORGANISED | _PARTISANS
                                                                for s in sides):
        return True  # 'people clashed with security personnel', 'locals clashed with party supporters': crowds meet bodily
    following = _told_next(sentence)
    words = _sentence_words(sentence) | (_sentence_words(following) if following is not None else set())
    words -= _sentence_words(trigger)  # 'clashed' is no sign of its own violence
    return bool(_counts_anyone(counts) or _hurt_in(following) or words & (_RIOT_WORDS | _DAMAGE_WORDS))


def _naming_a_side(side: Token) -> list[Token]:
    """The words that name a side of a fight, less a list of those it counts ('ten people, including a reporter and
    a police officer, were hurt in the clash'): one officer among the hurt does not make the crowd armed."""
    listed = {t.i for c in side.children if c.dep_ == "prep" and c.lower_ == "including" for t in c.subtree}
    return [t for t in side.subtree if t.i not in listed]


#: Words of a fight that tell it was fought with guns ('a gunfight with police', 'an exchange of fire', 'a shoot-out').
_GUNFIRE = frozenset("gunfight gunbattle firefight shootout gun gunfire fire shoot".split())


def _told_as_gunfire(trigger: Span) -> bool:
    """The fight's own words say guns were fired on both sides ('a gunfight', 'an exchange of fire'): whoever is
    hurt in it, it was fought by armed men. Fire opened on people by some is their attack, which a crowd may do."""
    row = _row_of(trigger)
    return (row.get("sub_event_type") == ARMED_CLASH[1] and row.get("rule") != "attack_by_victim"
            and any(t.lemma_.lower() in _GUNFIRE for t in trigger))


#: Who riots, besides unorganised crowds and partisans: they wreck in protest, not as an armed group.
_PROTESTING = frozenset("protester demonstrator rioter activist".split())


def _wrecked_in_a_protest(trigger: Span, triggers: list[Span]) -> bool:
    """Property burnt or wrecked in a sentence that tells it of a protest, a general strike or a blockade called as
    one ('buses were torched during the hartal', 'a truck was set ablaze on the third day of the blockade'), by no
    state force or armed group of the dictionary: the work of those enforcing it, ACLED's violent demonstration."""
    if any(_blockades_by_force(t) for d in doers_of(trigger) for t in d.subtree):
        return False
    return any(other is not trigger and (_triggers()[other.id_]["event_type"] == "Protests" or (
        _triggers()[other.id_]["rule"] == "blockade" and _blockade_in_protest(other)))
        for other in triggers if other.id_ in _triggers())


def _crowd_that_wrecked(trigger: Span) -> frozenset[str]:
    """Who burnt or wrecked property, when all are protesters, partisans or a crowd and no armed actor is
    among them ('opposition activists torched a bus', 'villagers ransacked the office'); else nothing. ACLED
    codes that as a riot: a violent demonstration by those who protest (or any crowd in a sentence naming a
    protest), a mob's violence by an unorganised crowd or where it hits people's homes; not an armed group's
    property destruction. 'A group' or
    'members' may be an armed group's, and 'men' are not a crowd."""
    doers = [what_is_counted(d) for d in doers_of(trigger)]
    lemmas = frozenset(d.lemma_.lower() for d in doers)
    if not lemmas or not lemmas <= _UNORGANISED | _PARTISANS | _PROTESTING:
        return frozenset()
    armed = _armed_crowd_names(trigger.doc)
    if any(marks_fighters(t) or any(span.start <= t.i < span.end for span in armed) for d in doers for t in d.subtree):
        return frozenset()
    return lemmas


def _armed_crowd_names(doc: Doc) -> list[Span]:
    """Names of armed actors that make a crowd armed: not a party named by its rank and file ('BNP activists
    torched a bus', 'supporters of two parties clashed'), a crowd of its people (:func:`rank_and_file`)."""
    return [span for span in doc.spans.get("actors", []) if is_armed(actor := resolve(span)) and not rank_and_file(actor)]


#: Who fights for a party, a candidate or a school rather than for a community: their fights, deadly or not, are a
#: mob's ('supporters of two candidates clashed, leaving one dead'), never a communal militia's battle.
_PARTISANS = frozenset("supporter sympathiser sympathizer follower loyalist activist cadre student pupil fan".split())


def _partisans_fight(trigger: Span) -> bool:
    return any(what_is_counted(side).lemma_.lower() in _PARTISANS for side in _sides(trigger))


def _partisans_clash(types: tuple[str, str], trigger: Span) -> bool:
    """A clash in which a party's rank and file fight ('activists of two parties clashed', 'BNP supporters clashed
    with police'): a crowd's fight, even where politics is all around it (:func:`_crowd_fight` still asks that no
    armed group or weapon be named on either side)."""
    partisans = [span for span in trigger.doc.spans.get("actors", []) if rank_and_file(resolve(span))]
    return types == ARMED_CLASH and any(what_is_counted(side).lemma_.lower() in _PARTISANS or any(
        span.start <= t.i < span.end for t in side.subtree for span in partisans) for side in _sides(trigger))


def _police(token: Token) -> bool:
    """The police, or forces named for keeping order ('security personnel', 'security forces'), who meet crowds."""
    return token.lemma_.lower() in {"police", "policeman", "policewoman", "officer", "gendarme"} or (
        people_group(token) == "fighter" and any(c.lemma_.lower() == "security" for c in token.children))


def _sides(trigger: Span) -> list[Token]:
    """Who fights: the trigger's doers, whom it acts on, and those it sets 'with' or 'between' one another
    ('clashed with villagers', 'clashes between students and police'), each with its conjuncts."""
    root = trigger.root
    heads = doers_of(trigger) + objects_of(trigger) + [
        g for c in root.children if c.dep_ == "prep" and c.lower_ in {"with", "between", "among"}
        for g in c.children if g.dep_ == "pobj"] + _caught_in(root)
    return [conjunct for head in heads for conjunct in (head, *head.conjuncts)]


def _caught_in(fight: Token) -> list[Token]:
    """Who a fight named by a noun befell or set against one another: the subject of the verb its 'in' hangs on
    ('ten marchers were hurt in the clash with riot police'), of a verb of harm its 'during' or 'amid' hangs on
    ('four students were injured during clashes at the college'), or those its verb sets 'between' one another
    ('clashes erupted between villagers and police'), or, where no one is set against anyone ('a clash between two
    groups left a student dead' names its sides), those it left hurt or dead ('a clash over farmland left eight people
    injured'): with no other side named, the people hurt took part in it."""
    if fight.dep_ == "nsubj" and fight.pos_ == "NOUN" and fight.head.pos_ == "VERB":
        verb = fight.head
        set_against = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in _SET_AGAINST
                       for g in c.children if g.dep_ == "pobj"]
        if set_against or verb.lemma_.lower() != "leave" or any(c.lower_ in _SET_AGAINST for c in fight.children):
            return set_against
        return [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if fight.dep_ != "pobj" or fight.head.head.pos_ != "VERB":
        return []
    preposition, verb = fight.head.lower_, fight.head.head
    if preposition == "in" or preposition in {"during", "amid"} and verb.lemma_.lower() in _HURT_VERBS:
        return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return []


#: Prepositions that set a fight's sides against one another ('clashed with police', 'clashes between two clans').
_SET_AGAINST = frozenset({"with", "between", "among"})

#: Verbs that tell people were hurt or died in a fight they are said to be 'during' or 'amid'.
_HURT_VERBS = frozenset("injure wound hurt kill die".split())


def _done_by_crowd(trigger: Span) -> bool:
    """The trigger's subject, or the agent of its passive, is a crowd or unarmed people ('residents', 'a mob',
    'party supporters'), not fighters or armed men."""
    groups = people_groups()
    return any(d.lemma_.lower() in CROWD_WORDS or groups.get(d.lemma_.lower()) in {"civilian", "person"}
               for d in doers_of(trigger))


def _done_by_a_crowd_word(trigger: Span) -> bool:
    """The trigger's doer is named as a crowd ('villagers', 'a number of residents', 'a mob'), not only as people
    ('unidentified men', 'people from the next village', whom news also calls a group of attackers)."""
    return any(what_is_counted(d).lemma_.lower() in CROWD_WORDS for d in doers_of(trigger))


def _tells_of_conflict(sentence: Span, trigger: Span, doer: Actor | None, casualties: list[Casualty]) -> bool:
    """What the sentence says makes the coder's event one of conflict even with no word of war around
    it: an armed or state actor of the dictionary is named in it (the police included: 'police officers
    took a trader from his shop'), or people named as its doer, by the dictionary or as the subject of its
    main word ('suspected herders killed a farmer', 'a man from the next village shot two traders'), killed
    or hurt people (not 'a storm killed three people'). An event word the rules read in it too is no
    such sign: off-topic news borrows those words and the coder with them ('can take over at any moment')."""
    named = any(sentence.start <= span.start and span.end <= sentence.end and resolve(span).inter in ARMED_INTERS
                for span in sentence.doc.spans.get("actors", []))
    return named or ((doer is not None or _done_by_people(trigger)) and any(c.quantity.best for c in casualties))


def _done_by_people(trigger: Span) -> bool:
    """The trigger's subject, or the agent of its passive, is a word for people ('pastoralists', 'a man')."""
    return any(people_groups().get(d.lemma_.lower()) for d in doers_of(trigger))


def _rules_agree(coding: Coding, triggers: list[Span]) -> bool:
    """The rules read a word of the coder's sub-type as what the sentence tells ('a bomb exploded', 'two
    communities clashed'), dropped only for want of a word of war around it, and the coder is fairly sure
    (``AGREE_AT``). A word told as a predicate or inside a clause is no such word ('the real question is
    execution', 'said its pilots can take over')."""
    return coding.probability >= AGREE_AT and any(
        _row_of(t).get("sub_event_type") == coding.sub_event_type and _tells_the_sentence(t)
        for t in triggers)


def _refused_by_whom_it_names(trigger: Span) -> bool:
    """A protest verb that names no crowd: 'the wind dispersed the smoke', 'rain disrupted the match'. It is no
    event word at all, so that neither the rules nor the coder, which reads the verb alone, take it for one."""
    rule = _rule_of(trigger)
    if rule == "crowd_dispersed":
        return not any(_dispersable(d) for d in objects_of(trigger))
    return rule == "gathering_disrupted" and not _gathering_disrupted(trigger)


#: How the words of a heading may qualify the event word it is: 'The ambush', 'Roadside bombs', 'Deadly raids'.
_HEADING_MODIFIERS = frozenset({"det", "compound", "amod"})


def _names_a_section(trigger: Span) -> bool:
    """The trigger heads a line that is a section heading (:func:`_is_a_heading`)."""
    return trigger.root == trigger.sent.root and _is_a_heading(trigger.sent)


def _is_a_heading(line: Span) -> bool:
    """A noun, with at most an article or a modifier, is all the line says, with no closing mark: a section
    heading ('Car bombs', 'The ambush', 'Roadside bombs') that names what the paragraphs under it tell, not an
    event of its own, which would take the toll of the sentence after it (:func:`next_sentence_counts`). A
    headline that says where or how many ('Car bomb in Kora', 'Two hurt in blast') tells an event."""
    root = line.root
    words = [t for t in line if not (t.is_punct or t.is_space)]
    return (bool(words) and not line[-1].is_punct and root.pos_ in {"NOUN", "PROPN"}
            and all(t == root or t.head == root and t.dep_ in _HEADING_MODIFIERS for t in words))


#: What a launched weapon's name may qualify and still tell its use: the strike ('rocket fire', 'a missile
#: attack') or what it fires ('mortar shells', 'artillery rounds').
_LAUNCHED_AS_USED = frozenset("attack strike fire barrage salvo volley shelling bombardment explosion blast hit impact "
                              "assault raid shell round projectile".split())


def _names_a_launched_thing(trigger: Span) -> bool:
    """A launched weapon's name ('rocket', 'missile', 'artillery') that qualifies a noun of something else names
    that thing, not a strike: 'rocket fuel', 'missile defences', 'an artillery regiment', 'a rocket scientist'."""
    root = trigger.root
    return (len(trigger) == 1 and root.pos_ in {"NOUN", "PROPN"} and root.dep_ in {"compound", "nmod"}
            and _row_of(trigger).get("sub_event_type") == SHELLING[1]
            and root.head.lemma_.lower() not in _LAUNCHED_AS_USED)


#: Pronouns that stand for people: 'police dispersed them', 'they were dispersed'. Smoke, clouds and oil
#: slicks are 'it'.
_PEOPLE_PRONOUNS = frozenset("they them we us".split())


def _dispersable(noun: Token) -> bool:
    """What police disperse in a protest: a crowd or unarmed people, a pronoun for people, a protest or a
    gathering ('the vigil', 'a procession of traders')."""
    named = what_is_counted(noun).lemma_.lower()
    return crowd_word(noun) or named in _DEMONSTRATING | _gatherings() or noun.lower_ in _PEOPLE_PRONOUNS


def _refused_word(trigger: Span) -> bool:
    """The coder's trigger is a protest verb the rules refused for what it names (:func:`_refused_by_whom_it_names`).
    The coder reads the verb alone, so it would code a protest where the rules saw that none was dispersed or disrupted."""
    return any(t.root == trigger.root and _refused_by_whom_it_names(t) for t in _triggers_in(trigger.sent))


def _tells_the_sentence(trigger: Span) -> bool:
    """The trigger is its sentence's main word or that word's subject ('a bomb exploded')."""
    root, main = trigger.root, trigger.sent.root
    return root == main or (root.head == main and root.dep_ in {"nsubj", "nsubjpass"})


def _recoded(reading: _Reading, types: tuple[str, str]) -> _Reading:
    """The reading with its one event of the coder's sub-type (an ACLED disorder type follows it)."""
    trigger = reading.events[0][0]
    span = (trigger.start, trigger.end)
    disorder = reading.disorders[span]
    if disorder in ACLED_DISORDERS:
        disorder = political_disorder(types)
    return replace(reading, events=[(trigger, types)], disorders={**reading.disorders, span: disorder})


def _told_an_event_before(index: int, readings: dict[int, _Reading]) -> bool:
    """An earlier sentence of the article tells of an event that happened (not only a plan). The sentences
    after it with no event word of their own mostly tell its aftermath (the suspect described, the wounded
    treated, the investigation opened), which the coder, reading each sentence alone, takes for events."""
    return any(i < index and any(not _is_plan(trigger) for trigger, _ in reading.events)
               for i, reading in readings.items())


def _may_add(index: int, sentence: Span, readings: dict[int, _Reading]) -> bool:
    """Whether the coder may add an event to a sentence: not a question, no event of the rules' in it, and,
    once the article has told of an event, no event word or toll of the rules' either: such a sentence
    retells that event or adds to its toll ('At least 14 others were wounded.', 'Witnesses heard jets
    before the strike.'), which the rules already give to it or to a claim. A section heading names no event
    (:func:`_is_a_heading`)."""
    if sentence.text.rstrip().endswith("?") or _is_a_heading(sentence):
        return False
    reading = readings.get(index)
    if reading is None:
        return True
    return not reading.events and not any(i < index and r.events for i, r in readings.items())


def _may_become(types: tuple[str, str], triggers: list[Span], ruled: tuple[str, str], trigger: Span,
                armed_doer: bool) -> bool:
    """The coder may make an event a protest or riot only where a word of the sentence names one
    ('troops opened fire on the crowd' is no protest unless the crowd was protesting), or an attack by
    no armed actor mob violence ('residents beat a suspected thief to death'), and never a
    milder protest than the rules read from what happened at it, in its sentence or the next ('They
    burned tyres.', 'Police fired tear gas.'), which the coder, reading one sentence, does not see. Nor
    may it turn an attack into a clash or back where the rules read who was attacked ('a police station
    attacked by gunmen', 'shot dead a village chief'). Nor may it make an explosion of an event no word of
    the sentence tells as one ('a murder-suicide' is no suicide bomb). Nor may it make ground taken of people
    or things the rules read as taken ('he was captured after a manhunt', 'captured two drones') or where no word
    tells of ground taken (:func:`_takes_ground`), nor an abduction of one the rules read as an attack for the harm
    done to its captives (:func:`_captives_hurt`), nor another kind of a weapon dropped from the air
    (:func:`_dropped`), nor a development of a bomb that went off, nor an explosion of a weapon the rules read as
    disrupted (found, defused, gone off by mishap or in a controlled explosion, never gone off:
    :func:`_device_event`), nor an
    agreement or another development of what a word of fighting names (the ceasefire it broke, the flight it caused
    are told with it; a generic 'attack' may be one threatened)."""
    if {types, ruled} == {ATTACK, ARMED_CLASH} and (_victims_read(trigger) or _toll_names_the_side_hit(ruled, triggers)):
        return False
    if types in _TERRITORY_TAKEN and ruled in {ARRESTS, ABDUCTION, DISRUPTED_WEAPONS, LOOTING}:
        return False  # 'captured two drones', 'seized their cattle': things taken, no ground
    if types == ABDUCTION and ruled == ATTACK and _row_of(trigger).get("sub_event_type") == ABDUCTION[1]:
        return False  # 'abducted and tortured four traders': the rules read the harm told with it (:func:`_captives_hurt`)
    if types in _TERRITORY_TAKEN and not any(_takes_ground(t) for t in triggers):
        return False  # 'captured and killed two herders', 'seized a drone', 'he was captured': no ground was taken
    if _dropped(trigger) and types != ruled:
        return False  # 'dropped a grenade by drone': ACLED codes any weapon dropped from the air an air/drone strike
    if types[0] == STRATEGIC_DEVELOPMENTS and ruled[0] == REMOTE_VIOLENCE and _went_off(trigger):
        return False  # 'when the bomb went off the crowd ran': a weapon that went off is no development
    if ruled == DISRUPTED_WEAPONS and types[0] == REMOTE_VIOLENCE:
        return False  # 'accidentally detonated a grenade', 'found an unexploded bomb': the weapon was not used as meant
    if ruled == ARMED_CLASH and types[0] == STRATEGIC_DEVELOPMENTS and (
            not _triggers()[trigger.id_]["generic"] or _fired_at(trigger) or _fighters_aim_at_fighters(trigger)):
        return False  # 'exchanged fire, violating the ceasefire', 'fired at the army's base camp'
    if ruled in _FIGHTS and (types in _LESSER or types[0] == STRATEGIC_DEVELOPMENTS) and (
            _harms_people(trigger) or _strikes_a_settlement(trigger)):
        return False  # a killing or a raid on a village outweighs the development told with it (:func:`_gravest`)
    if types[0] in _VIOLENT_TYPES and _rule_of(trigger) in _FLIGHT_RULES:
        return False  # 'were displaced following raids': the violence is the flight's cause, told as background
    if ruled == MOB_VIOLENCE and types[0] == "Battles" and not in_armed_conflict(trigger.sent):
        return False  # a crowd's fight (:func:`_crowd_fight`) is a clash of armed groups only where arms are named
    if ruled == MOB_VIOLENCE and types == ATTACK and (_done_by_a_crowd_word(trigger) or _names_a_fight([trigger])):
        # 'a number of residents assaulted a tax collector', 'a candidate was hurt in a brawl between rival supporters':
        # a crowd's violence or fight, not an armed group's attack
        return False
    if ruled[0] in PROTEST_FAMILY and types[0] == STRATEGIC_DEVELOPMENTS and _row_of(trigger).get(
            "rule") == "blockade":
        return False  # 'the 29th day of the blockade enforced by the alliance': the rules read who called it
    if ruled[0] == "Riots" and types == LOOTING and _row_of(trigger).get("sub_event_type") == LOOTING[1]:
        return False  # 'activists torched a bus': the rules read a crowd's or a protest's wrecking (:func:`_sentence_reading`)
    if ruled[0] == REMOTE_VIOLENCE and types in _FIGHTS and _rule_of(trigger) == "attack_by_victim":
        return False  # 'helicopters opened fire on the village': the rules read the weapon it was done with (:func:`_refine`)
    if types[0] == REMOTE_VIOLENCE and ruled[0] != REMOTE_VIOLENCE and not _names_a_family(triggers, {REMOTE_VIOLENCE}):
        return False
    if types[0] not in PROTEST_FAMILY or (types == MOB_VIOLENCE and ruled == ATTACK and not armed_doer):
        return True
    if ruled[0] in PROTEST_FAMILY and _PROTEST_SEVERITY.index(types[1]) < _PROTEST_SEVERITY.index(ruled[1]):
        return False
    if ruled == PEACEFUL_PROTEST and types != ruled and _told_peaceful(trigger.sent):
        return False  # 'the sit-in stayed peaceful throughout': the text tells the outcome itself
    return _names_a_protest(triggers)


_PEACEFUL = frozenset({"peaceful", "peacefully"})


def _told_peaceful(sentence: Span) -> bool:
    """The protest's sentence, the one before it or one after it that goes on telling it (:func:`_told_after`),
    calls it peaceful ('a peaceful sit-in', 'marched peacefully', 'the rally was peaceful'; not 'was not
    peaceful')."""
    return any(t.lower_ in _PEACEFUL and not any(c.dep_ == "neg" for w in (t, t.head) for c in w.children)
               for s in (*_told_before(sentence), sentence, *_told_after(sentence)) for t in s)


def _told_before(sentence: Span) -> list[Span]:
    """The sentence before this one, which a retelling ('The protest was led by ...') goes on from."""
    return [sentence.doc[sentence.start - 1].sent] if sentence.start > 0 else []


def _names_a_protest(triggers: list[Span]) -> bool:
    """A word of the sentence names a protest or riot ('marched', 'protesters', 'rioting'); not one that names
    a force, a body of people or a campaign's rally (:func:`_names_no_protest`: 'riot police dispersed a crowd')."""
    return any(_row_of(t).get("event_type") in PROTEST_FAMILY and not _names_no_protest(t) for t in triggers)


def _names_a_family(triggers: list[Span], event_types: Collection[str]) -> bool:
    return any(_row_of(t).get("event_type") in event_types for t in triggers)


#: Words for the people that force against protesters is used on, besides the protest words of the lexicon.
_GATHERED = frozenset("crowd crowds gathering".split())


def _named_if_protest(types: tuple[str, str], sentence: Span, triggers: list[Span]) -> bool:
    """The coder's sub-type may stand for a sentence with these ``triggers``: force against protesters only
    where a word names a protest or a crowd (the coder reads a toll told with 'police said', as in 'gunfire
    at a house left three dead, police said', as one). Other protests and riots need no such word
    ('residents gathered outside the governor's office', 'youths burned tyres on the highway')."""
    return (types != EXCESSIVE_FORCE or _names_a_protest(triggers)
            or any(t.lower_ in _GATHERED for t in sentence))


def _with_mentions(learned: _Reading, rules: _Reading) -> _Reading:
    """The coder's reading of a sentence, keeping what the rules read in it as background."""
    return replace(learned, mentions=rules.mentions, actors={**rules.actors, **learned.actors},
                   disorders={**rules.disorders, **learned.disorders})


def _with_codings(readings: dict[int, _Reading], codings: dict[int, Coding], sentences: list[Span],
                  by_sentence: dict[int, list[Span]]) -> dict[int, _Reading]:
    """The rules' readings, corrected and completed by the coder: a sentence's one event takes the coder's
    sub-type when it is sure; a sentence where the rules found no event gets the coder's (see :func:`_may_add`)."""
    merged = dict(readings)
    for index, coding in sorted(codings.items()):
        reading = readings.get(index)
        if reading is not None and len(reading.events) == 1:
            types = _coded_types(coding)
            ruled = reading.events[0][1]
            trigger = reading.events[0][0]
            doer, victim = reading.actors[trigger.start, trigger.end]
            if types == ATTACK and ruled == ARMED_CLASH and victim is not None and is_armed(victim):
                continue  # 'rebels attacked a patrol, wounding two soldiers': armed men were hit, a fight
            if types in _TERRITORY_TAKEN:
                types = _territory_taken_by(trigger, doer)  # the coder reads that ground was taken; the doer says by whom
            if types is not None and types != ruled and _may_become(types, by_sentence.get(index, []), ruled, trigger,
                                                                    doer is not None and is_armed(doer)):
                merged[index] = _recoded(reading, types)
        elif _may_add(index, sentences[index], merged):
            addable = _addable(coding)
            if addable is not None and addable.probability < SURE_ALONE and _told_an_event_before(index, merged):
                addable = None  # the aftermath of the article's event: the coder must be sure alone
            if addable is not None and addable.event_type in _VIOLENT_TYPES and _violence_in_background(reading):
                addable = None  # 'farmers left their fields following army sweeps': what they left is no news
            if addable is not None and addable.modality in EVENT_CODER_MODALITIES:
                learned = _learned_reading(sentences[index], addable, by_sentence.get(index, []))
                if learned is not None:
                    merged[index] = learned if reading is None else _with_mentions(learned, reading)
    return merged


def _violence_in_background(reading: _Reading | None) -> bool:
    """The rules read a word of violence in the sentence as background (:mod:`warlog.extract.background`)."""
    return reading is not None and any(types[0] in _VIOLENT_TYPES for _, types in reading.mentions)


def extract_reports(doc: Doc, article_id: str, attributions: dict[int, Attribution]) -> list[Report]:
    """Every event report in an annotated article."""
    sentences = list(doc.sents)
    by_sentence: dict[int, list[Span]] = {}
    for trigger in doc.spans.get("triggers", []):
        if _refused_by_whom_it_names(trigger) or _names_a_section(trigger) or _names_a_launched_thing(trigger):
            continue
        index = next(i for i, s in enumerate(sentences) if s.start <= trigger.start < s.end)
        by_sentence.setdefault(index, []).append(trigger)
    readings = {index: _sentence_reading(sentences[index], triggers) for index, triggers in by_sentence.items()}
    codings = _codings(sentences)
    readings = _with_codings(readings, codings, sentences, by_sentence)
    # A sentence whose event words all fell away ('destroyed four vehicles') gives its figures to the
    # event before it, or makes a casualty report of its own.
    event_sentences = {index for index, reading in readings.items() if reading.events}
    # A lede may give the toll before the event ('More than 100 were killed. Witnesses said troops
    # opened fire.'): such figures, by the sentence they go to. Later in an article, a toll without an
    # event of its own looks back to events told already.
    told_before: dict[int, tuple[Counts, Span]] = {}
    reports: list[Report] = []
    tolls_alone: set[str] = set()
    mentions: list[Report] = []
    for index, reading in sorted(readings.items()):
        sentence, cumulative, counts, events = sentences[index], reading.cumulative, reading.counts, reading.events
        attribution = attributions.get(sentence.start)
        mentions += _background_reports(article_id, doc, sentence, reading, attribution)
        if not events or _denies_all(events):
            # A toll beside a denied event ('a man was killed ... no clash was reported') is news of its own.
            casualty = _casualty_word(sentence, by_sentence.get(index, []))
            told = _counts_anyone(counts)  # 'three people were hurt' is news too
            if casualty is not None and not cumulative and told and (index - 1) not in event_sentences:
                if not events and _without_figures(readings.get(index + 1)) and not any(i < index for i in event_sentences):
                    told_before[index + 1] = (counts, sentence)
                elif (toll := _toll_report(article_id, doc, sentence, casualty, counts, codings.get(index), attribution,
                                           events, by_sentence[index])) is not None:
                    reports.append(toll)
                    tolls_alone.add(toll.report_id)
            if not events:
                continue
        for position, (trigger, types) in enumerate(events):
            actors = reading.actors[trigger.start, trigger.end]
            first = last = sentence
            trigger_counts = reading.shares[position]
            if not cumulative and not reading.has_figures:
                if index in told_before:
                    trigger_counts, first = told_before[index]
                else:
                    trigger_counts, following = next_sentence_counts(sentences, index, event_sentences)
                    last = following or sentence
                # Figures from another sentence go to this one's first event only, so that no death is counted twice.
                if position:
                    trigger_counts = Counts()
                types = _by_victims_told_apart(trigger, types, trigger_counts)
            elif not cumulative and not position and only_wounded(trigger_counts):
                trigger_counts, last = died_of_wounds(trigger_counts, sentences, index, event_sentences)
            elif not cumulative and not position and only_dead(trigger_counts):
                trigger_counts, last = others_hurt(trigger_counts, sentences, index, event_sentences)
            if not cumulative and not position and trigger_counts.fatalities_best and last is sentence:
                trigger_counts, last = dead_told_next(trigger_counts, sentences, index, event_sentences)
            weight = float(_triggers()[trigger.id_]["weight"]) if trigger.id_ in _triggers() else codings[index].probability
            reports.append(
                _make_report(article_id, doc, first, last, types, reading.disorders[trigger.start, trigger.end], trigger,
                             find_modality(trigger), actors,
                             trigger_counts, _target(trigger, sentence), attribution,
                             _confidence(weight, actors[0], trigger_counts))
            )
    reports = _abductions_that_killed(_taken_without_a_fight(reports, doc), doc)
    reports, retold = _merge_retellings(reports, doc, tolls_alone)
    apply_shared_tolls(reports, doc_text(doc))
    apply_coded_fatalities(reports, doc_text(doc))
    return split_by_target(reports, doc) + retold + mentions


def _by_victims_told_apart(trigger: Span, types: tuple[str, str], counts: Counts) -> tuple[str, str]:
    """An attack whose victims its own sentence leaves unnamed, told by the figures of the sentence next to it:
    'gunmen attacked a mining site. Several civilians were killed' is an attack on civilians, as the same toll
    in its own sentence makes it (:func:`_refine`); a toll of soldiers leaves it a clash."""
    if (types == ARMED_CLASH and _rule_of(trigger) == "attack_by_victim"
            and not _acts_on_fighters(trigger) and _only_civilians_died(counts)):
        return ATTACK
    return types


#: Words for fighting that, said not to have happened, make a change of hands peaceful ('no clashes were reported',
#: 'without resistance', 'no violence was reported'); 'unopposed' says it alone.
_FIGHT_NOUNS = frozenset("clash confrontation fighting fight resistance battle combat exchange shot violence".split())


def _taken_without_a_fight(reports: list[Report], doc: Doc) -> list[Report]:
    """A town or post taken where its sentence or the next says no one fought for it ('troops took over the town,
    which the rebels had left. No clashes were reported.', 'entered the base without resistance'): ACLED's
    non-violent transfer of territory, not a battle."""
    fights = [r for r in reports if (r.event_type, r.sub_event_type) == ARMED_CLASH and r.modality == "reported"]
    return [replace(report, event_type=NON_VIOLENT_TRANSFER[0], sub_event_type=NON_VIOLENT_TRANSFER[1])
            if (report.event_type, report.sub_event_type) in {GOVERNMENT_REGAINS, NON_STATE_OVERTAKES}
            and not report.fatalities_best and not any(_overlap(f, report) for f in fights)
            and (_says_none_fought(report, doc) or _taken_empty(report, doc)) else report for report in reports]


#: Words that tell a place was left to whoever came: 'captured an abandoned camp', 'took over an unguarded post'.
_LEFT_EMPTY = frozenset("abandoned unguarded deserted empty vacated evacuated undefended".split())


def _taken_empty(report: Report, doc: Doc) -> bool:
    """The place taken is told as left empty ('troops captured an abandoned rebel camp', 'militants occupied a
    deserted police post'): no one held it, ACLED's non-violent transfer of territory."""
    told = _span_of(report, doc)
    return told is not None and len(told) > 0 and any(
        t.lower_ in _LEFT_EMPTY and t.dep_ == "amod" and t.head.dep_ in {"dobj", "obj", "pobj"} for t in told[0].sent)


def _overlap(a: Report, b: Report) -> bool:
    return a.char_start < b.char_end and b.char_start < a.char_end


def _says_none_fought(report: Report, doc: Doc) -> bool:
    told = _span_of(report, doc)
    if told is None or not len(told):
        return False
    end = told[-1].sent.end
    following = doc[end].sent if end < len(doc) else None
    tokens = [*doc[told[0].sent.start:end], *(following or [])]
    return any(t.lower_ == "unopposed" or t.lemma_.lower() in _FIGHT_NOUNS and (
        any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
        or t.head.lower_ == "without" or t.head.head.lower_ == "without") for t in tokens)


def _abductions_that_killed(reports: list[Report], doc: Doc) -> list[Report]:
    """ACLED codes an abduction whose captives are killed as an attack: where the next sentence gives the
    abduction its dead ('abducted a man. He was found dead the next day.'), or a killing of unarmed people is
    told a sentence or two away ('killed three civilians ... The victims had been abducted in November'), which
    then retells it (:func:`_merge_retellings`). One sentence that tells both tells them as news tells them
    (the rules weigh a killing and an abduction told together: :func:`_gravest`): 'seized 121 students ... one
    was found dead' stays an abduction, 'killing 20 and taking 30 hostages' two events."""
    killings = [r for r in reports if (r.event_type, r.sub_event_type) == ATTACK and r.fatalities_best]
    recoded = []
    for report in reports:
        if (report.event_type, report.sub_event_type) == ABDUCTION and (
                report.fatalities_best and _told_over_two_sentences(report, doc)
                or any(k.modality == report.modality and _near(k, report) and not _overlap(k, report) for k in killings)):
            report = replace(report, event_type=ATTACK[0], sub_event_type=ATTACK[1])
        recoded.append(report)
    return recoded


def _told_over_two_sentences(report: Report, doc: Doc) -> bool:
    told = _span_of(report, doc)
    return told is not None and len(told) > 0 and told[-1].sent.start != told[0].sent.start


def _near(a: Report, b: Report) -> bool:
    """Two mentions within about two sentences of each other (:data:`RETELLING_WINDOW`), in either order."""
    return max(a.char_start, b.char_start) - min(a.char_end, b.char_end) < RETELLING_WINDOW


def _denies_all(events: list[tuple[Span, tuple[str, str]]]) -> bool:
    """Every event the sentence names is one it says did not happen ('no clash was reported'): not one
    whose doer denies it ('the army denied shelling the market, where 12 died' tells those deaths)."""
    return bool(events) and all(any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.root.children)
                                for trigger, _ in events)


def _casualty_word(sentence: Span, triggers: list[Span]) -> Span | None:
    """What a toll without an event of its own stands on: the sentence's casualty trigger, else its first
    casualty word ('a girl was struck by a stray round', 'was hit in the leg': words the trigger table
    lists only for weapons that strike, so they are no trigger of their own here)."""
    trigger = next((t for t in triggers if t.label_ == CASUALTY), None)
    if trigger is not None:
        return trigger
    word = next(iter(casualty_words(sentence)), None)
    return None if word is None else Span(sentence.doc, word.i, word.i + 1, label=CASUALTY, span_id=_WOUNDING_TRIGGER)


#: The casualty trigger whose id a toll standing on a casualty word of no trigger takes.
_WOUNDING_TRIGGER = "wound"


def _toll_report(article_id: str, doc: Doc, sentence: Span, casualty: Span, counts: Counts, coding: Coding | None,
                 attribution: Attribution | None, denied: list[tuple[Span, tuple[str, str]]],
                 triggers: list[Span]) -> Report | None:
    """A report made of a sentence's toll alone, its sub-type by who died (or the coder's, where it is sure,
    and force against protesters only where a protest or crowd is named: :func:`_named_if_protest`); None
    where the deaths are no political violence, crime or accident. Deaths beside a denied clash ('no clash
    was reported') are not a clash's: one side killed them."""
    actors = find_actors(casualty, sentence)
    types = _toll_types(casualty, counts)
    coded = _coded_types(coding)
    if coded is not None and _may_recode_toll(coded, types, casualty, sentence, triggers):
        types = coded
    if types == ARMED_CLASH and any(kind == ARMED_CLASH for _, kind in denied):
        types = ATTACK
    disorder = _disorder(sentence, types, casualty)
    if types == ATTACK and _done_by_a_crowd_word(casualty):
        # 'villagers beat a thief to death': a crowd's killing, as its beating (:func:`_sentence_reading`)
        types, disorder = _as_crowd_violence(types, disorder, casualty, counts, sentence)
    if disorder is None:
        return None
    if disorder not in ACLED_DISORDERS:
        types = ATTACK  # a crime's or an accident's toll is no clash between armed sides
    return _make_report(article_id, doc, sentence, sentence, types, disorder, casualty, find_modality(casualty), actors,
                        counts, _target(casualty, sentence), attribution, CASUALTY_ONLY_CONFIDENCE)


def _toll_types(casualty: Span, counts: Counts) -> tuple[str, str]:
    """A toll's sub-type by who was hit: an attack where everyone killed was a civilian or everyone named was
    unarmed, a clash where armed men died; where no one died, a clash only when all those the word names as hurt
    are fighters ('a ranger was wounded by a gunman', 'two soldiers were injured'): ACLED codes violence against
    armed men as a battle."""
    if not counts.fatalities_best and _killed_only_fighters([casualty]):
        return ARMED_CLASH
    return ATTACK if counts.civilian_fatalities_best == counts.fatalities_best or _only_unarmed_hit(casualty) else ARMED_CLASH


def _may_recode_toll(coded: tuple[str, str], ruled: tuple[str, str], casualty: Span, sentence: Span,
                     triggers: list[Span]) -> bool:
    """The coder's sub-type may stand for a toll (:func:`_named_if_protest`), but no development where people were
    killed (:func:`_outweighs_a_development`) and no clash where everyone hit was unarmed and no word tells of a
    fight ('soldiers killed two herders')."""
    if coded == ARMED_CLASH and ruled == ATTACK and _only_unarmed_hit(casualty) and not _names_a_fight(triggers):
        return False
    return _named_if_protest(coded, sentence, triggers) and not _outweighs_a_development(coded, [casualty])


def _background_reports(article_id: str, doc: Doc, sentence: Span, reading: _Reading,
                        attribution: Attribution | None) -> list[Report]:
    """A report of modality ``background`` for each event the sentence names as background: no figures
    (the sentence's figures are its news's), an id of its own beside the news of the same sub-type."""
    reports = []
    for trigger, types in reading.mentions:
        span = (trigger.start, trigger.end)
        report = _make_report(article_id, doc, sentence, sentence, types, reading.disorders[span], trigger, BACKGROUND,
                              reading.actors[span], Counts(), _target(trigger, sentence), attribution,
                              CASUALTY_ONLY_CONFIDENCE)
        reports.append(replace(report, report_id=stable_id(article_id, trigger.start_char, types[1], BACKGROUND)))
    return reports


#: Protest outcomes from mildest to gravest: a retold protest keeps the gravest.
_PROTEST_SEVERITY = ("Peaceful protest", "Protest with intervention", "Violent demonstration", "Mob violence",
                     "Excessive force against protesters")
#: How far apart (in characters) two mentions of one happening may stand: about two sentences.
RETELLING_WINDOW = 400
_COUNT_FIELDS = tuple(f"{kind}_{part}" for kind in ("fatalities", "civilian_fatalities", "injured")
                      for part in ("low", "best", "high"))


def _happening_key(report: Report) -> str:
    return "protest" if report.event_type in PROTEST_FAMILY else report.sub_event_type


def _dates_named(report: Report, doc: Doc) -> frozenset[str]:
    return frozenset(ent.text.lower() for ent in doc.ents
                     if ent.label_ == "DATE" and report.char_start <= ent.start_char < report.char_end)


def _other_day(earlier: Report, later: Report, doc: Doc) -> bool:
    """Two happenings by their dates: both mentions name one, not the same; or the later names one and
    the earlier is undated and plural ('air strikes hit schools', then 'the strike on March 21')."""
    earlier_dates, later_dates = _dates_named(earlier, doc), _dates_named(later, doc)
    if not later_dates:
        return False
    return not earlier_dates & later_dates if earlier_dates else _told_in_general(earlier, doc)


def _told_in_general(report: Report, doc: Doc) -> bool:
    trigger = _trigger_span(report, doc)
    return trigger is not None and len(trigger) > 0 and _is_plural_noun(trigger)


#: Determiners that point back to a happening told already: 'the explosion', 'this attack'.
_POINTING_BACK = frozenset("the this that".split())


def _pointed_back_to(report: Report, doc: Doc) -> bool:
    """The report is one event noun pointed back to ('the explosion', 'this attack'; not 'an explosion', 'the
    attacks') that gives no figure and names no day of its own: news names a new happening with 'a' or with its
    own toll and day, so such a mention retells one the article told before, however far back ('Witnesses heard
    the explosion from the river', many paragraphs after the lede)."""
    if _counts_of(report) != Counts() or _dates_named(report, doc):
        return False
    trigger = _trigger_span(report, doc)
    if trigger is None or len(trigger) != 1 or trigger.root.tag_ != "NN":
        return False
    return any(c.dep_ == "det" and c.lower_ in _POINTING_BACK for c in trigger.root.children)


def _trigger_span(report: Report, doc: Doc) -> Span | None:
    offset = report.sentence.find(report.trigger)
    start = report.char_start + max(offset, 0)
    return doc.char_span(start, start + len(report.trigger), alignment_mode="expand")


def _retold_as_attack(earlier: Report, later: Report) -> bool:
    """'the attack', 'the raid' naming no victim after an attack or clash told with its victims ('gunmen
    attacked truck drivers ... the reason for the attack is unknown'): the same happening, whose sub-type the
    first telling gave; the bare word alone would default to a clash."""
    fights = {ATTACK[1], ARMED_CLASH[1]}
    return (earlier.sub_event_type in fights and later.sub_event_type in fights and later.actor2 is None
            and (later.trigger or "").lower() in _generic_attack_words())


@lru_cache(maxsize=1)
def _generic_attack_words() -> frozenset[str]:
    """The generic words whose sub-type follows their victims ('attack', 'assault', 'raid') and their plurals."""
    words = {row["pattern"] for row in _triggers().values() if row["rule"] == "attack_by_victim" and row["generic"]}
    return frozenset(words | {f"{w}s" for w in words})


def _is_retelling(earlier: Report, later: Report, doc: Doc) -> bool:
    """The same happening told again a sentence or two later, or anywhere later as 'the explosion' with no
    figure or date of its own (:func:`_pointed_back_to`), with no figure or date that contradicts it: 'the
    strike on March 21' and 'on March 27, a strike ...' are two strikes (:func:`_other_day`), each dated and
    placed by its own sentence."""
    more_dead = _more_dead_of_the_fight(earlier, later, doc) is not None
    return (
        (_happening_key(earlier) == _happening_key(later) or _retold_as_attack(earlier, later)
         or _at_the_protest(earlier, later, doc) or more_dead)
        and earlier.modality == later.modality
        and (later.char_start - earlier.char_end < RETELLING_WINDOW or _pointed_back_to(later, doc))
        and not (earlier.fatalities_best is not None and later.fatalities_best is not None
                 and earlier.fatalities_best != later.fatalities_best and not more_dead)
        and not _other_day(earlier, later, doc)
        and not _told_apart(earlier, later)
    )


def _more_dead_of_the_fight(earlier: Report, later: Report, doc: Doc) -> Counts | None:
    """The figures of a fight or attack with the dead the next sentence's own fight or attack adds ('Two
    soldiers were killed in a clash with rebels. Seven rebels also died in the fighting.': nine dead of one
    clash, :func:`with_dead_told_after`), or None where it adds none."""
    if ((earlier.event_type, earlier.sub_event_type) not in _FIGHTS or (later.event_type, later.sub_event_type) not in _FIGHTS
            or not earlier.fatalities_best or not later.fatalities_best):
        return None
    told, retold = _span_of(earlier, doc), _span_of(later, doc)
    if told is None or retold is None or not len(told) or not len(retold) or retold[0].sent.start != told[-1].sent.end:
        return None
    return with_dead_told_after(_counts_of(earlier), told[-1].sent, retold[0].sent)


def _at_the_protest(protest: Report, later: Report, doc: Doc) -> bool:
    """People killed or hurt in the sentences after a protest's that go on telling it (:func:`_told_after`)
    were hurt at it: 'Police fired tear gas at the rally. Three marchers later died of gunshot wounds.'
    is one protest event with three dead, as one sentence telling both would be (:data:`_ABSORBED_BY_PROTEST`)."""
    if (_happening_key(protest) != "protest" or (later.event_type, later.sub_event_type) not in _ABSORBED_BY_PROTEST
            or not (later.fatalities_best or later.injured_best)):
        return False  # what was done to no one counted may be another happening ('was detained and beaten')
    told = _span_of(protest, doc)
    return told is not None and len(told) > 0 and any(
        following.start_char <= later.char_start < following.end_char for following in _told_after(told[-1].sent))


def _told_apart(earlier: Report, later: Report) -> bool:
    """Two reports of one sub-type from one sentence, which its reading set apart (:func:`_set_apart`)."""
    return earlier.char_start == later.char_start and earlier.sub_event_type == later.sub_event_type


def _absorb(earlier: Report, later: Report, doc: Doc) -> None:
    """Fold a retelling into the first mention: its figures and graver protest outcome, with the evidence span
    widened. Dead told after a count of people hurt are among them (:func:`dead_among_the_wounded`: 'Five
    people were shot ... Three of the shooting victims died'), and so are they among people hit told
    after them (:func:`_hit_besides_the_dead`). Dead told as more, or as the whole toll, in the next sentence's
    fight change the figures (:func:`_more_dead_of_the_fight`)."""
    more_dead = _more_dead_of_the_fight(earlier, later, doc)
    if more_dead is not None:
        for name in _COUNT_FIELDS:
            setattr(earlier, name, getattr(more_dead, name))
        _sides_named_by(earlier, later)
        earlier.char_end = max(earlier.char_end, later.char_end)
        earlier.sentence = _span_of(earlier, doc).text
    elif earlier.fatalities_best is None and later.fatalities_best is not None or (
            earlier.injured_best is None and later.injured_best is not None):
        survivors = (dead_among_the_wounded(_counts_of(earlier), _counts_of(later))
                     or _hit_besides_the_dead(_counts_of(earlier), _counts_of(later), _span_of(later, doc)))
        for name in _COUNT_FIELDS:
            if survivors is not None:
                setattr(earlier, name, getattr(survivors, name))
            elif getattr(earlier, name) is None:
                setattr(earlier, name, getattr(later, name))
        earlier.char_end = max(earlier.char_end, later.char_end)
        earlier.sentence = _span_of(earlier, doc).text
    if _happening_key(earlier) == _happening_key(later) == "protest" and _graver_outcome(earlier.sub_event_type, later.sub_event_type):
        earlier.event_type, earlier.sub_event_type = later.event_type, later.sub_event_type


#: A side of a fight: its actor, inter code and allies, and the field spans that trace them.
_SIDE_FIELDS = {"1": ("actor1", "inter1", "assoc_actor_1"), "2": ("actor2", "inter2", "assoc_actor_2")}


def _sides_named_by(earlier: Report, later: Report) -> None:
    """A side of the fight the first telling leaves unnamed, from the telling that adds its dead ('Four of the
    gunmen also died in the fighting' names the gunmen the first sentence did not), with its spans."""
    for side, fields in _SIDE_FIELDS.items():
        if getattr(earlier, fields[0]) is None and getattr(later, fields[0]) is not None:
            for name in fields:
                setattr(earlier, name, getattr(later, name))
            earlier.field_spans += tuple(span for span in later.field_spans if span.field in {f"actor{side}", f"assoc_actor_{side}"})


def _graver_outcome(told: str, retold: str) -> bool:
    """A protest's retelling tells a graver outcome than its first telling (:data:`_PROTEST_SEVERITY`); but
    protesters' own violence makes a violent demonstration, and a crowd's on other people mob violence, whatever
    force met it (ACLED's excessive force is force against peaceful protesters), so deaths told after the stones and
    burning tyres leave it one."""
    if told in {VIOLENT_DEMONSTRATION[1], MOB_VIOLENCE[1]} and retold == EXCESSIVE_FORCE[1]:
        return False
    return _PROTEST_SEVERITY.index(retold) > _PROTEST_SEVERITY.index(told)


def _hit_besides_the_dead(dead: Counts, hit: Counts, told: Span | None) -> Counts | None:
    """The figures of a toll of the dead (``dead``, no wounded) retold as people hit (``hit``, no dead;
    :func:`~warlog.extract.casualties.tells_people_hit`): 'One man is dead after a shooting on Elm
    Street. Officers found three people shot' is one dead and two wounded; 'Two men were killed ...
    Both were shot in the head', two dead and no wounded. None when the retelling is no such count."""
    if not only_dead(dead) or not only_wounded(hit) or told is None or not tells_people_hit(told):
        return None
    rest = hit.injured_best - dead.fatalities_best
    survivors = (None, None, None) if rest <= 0 else (max((hit.injured_low or 0) - dead.fatalities_best, 0), rest, rest)
    return replace(dead, injured_low=survivors[0], injured_best=survivors[1], injured_high=survivors[2])


def _span_of(report: Report, doc: Doc) -> Span | None:
    """The tokens of a report's evidence (its offsets widened to whole tokens)."""
    return doc.char_span(report.char_start, report.char_end, alignment_mode="expand")


def _counts_of(report: Report) -> Counts:
    return Counts(**{name: getattr(report, name) for name in _COUNT_FIELDS})


def _retells_toll(earlier: Report, later: Report, tolls_alone: set[str], doc: Doc) -> bool:
    """A toll told without an event word later in the article that counts the dead of a violent event told
    before it ('Our own count stands at nine dead', after 'nine civilians were killed when a school was
    struck'): the same dead, wherever the sentence places them (a victim's home town), not a second incident."""
    return (later.report_id in tolls_alone and earlier.report_id not in tolls_alone
            and earlier.event_type in _VIOLENT_TYPES and earlier.modality == later.modality
            and bool(earlier.fatalities_best) and earlier.fatalities_best == later.fatalities_best
            and not _other_day(earlier, later, doc))


def _merge_retellings(reports: list[Report], doc: Doc, tolls_alone: set[str]) -> tuple[list[Report], list[Report]]:
    """The reports with each retelling folded into its first mention, and the retellings themselves, of
    modality ``retold``: a mention of the event in their own sentence, with what that sentence says.
    ``tolls_alone`` are the ids of reports made of a toll without an event word (:func:`_retells_toll`)."""
    kept: list[Report] = []
    retold: list[Report] = []
    for report in reports:
        earlier = next((k for k in reversed(kept)
                        if _is_retelling(k, report, doc) or _retells_toll(k, report, tolls_alone, doc)), None)
        if earlier is None:
            kept.append(report)
        else:
            retold.append(replace(report, modality=RETOLD))
            _absorb(earlier, report, doc)
    return kept, retold
