"""Who does what to whom in a trigger's clause, and whether they are a crowd, unarmed people or fighters.

The event rules of :mod:`warlog.extract.reports` ask the same few questions of the parse around a trigger:
who did it (:func:`doers_of`, :func:`verb_doers`, reaching a pronoun's person and a verb the parser hid in a
describing clause), what it was done to (:func:`objects_of`, through gapping, passives and headline
verbs read as nouns), what a counting word counts ('a number of locals': :func:`what_is_counted`), and
what those people are: a crowd (:func:`crowd_word`), unarmed people (:func:`unarmed_people`, not officers in
service nor men marked armed), or fighters (:func:`marks_fighters`). Written on spaCy's dependency parse
rather than a learned role labeller, which no installed package ships for news English.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from warlog.data import read_table
from warlog.extract.actors import resolve
from warlog.extract.context import ARMED_INTERS
from warlog.extract.numbers import named_to_defend, people_group
from warlog.extract.syntax import of_objects

#: Words that make a body or its men armed forces ('police officers', 'army men', 'security men').
FORCE_WORDS = frozenset("army military gendarmerie police naval navy security".split())  # 'security men' are armed


@lru_cache(maxsize=1)
def _civilian_bodies() -> frozenset[str]:
    """Civilian bodies and fields of civilian work: 'company', 'agency', 'election', 'health' (``civilian_bodies.csv``)."""
    return frozenset(row["lemma"] for row in read_table("triggers/civilian_bodies.csv"))


#: What an act is done 'on' that is its reason or warrant, not whom it hits: 'shot two men on accusations of spying',
#: 'arrested on charges of murder', 'on suspicion of theft', 'on the orders of the commander'.
_GROUNDS_FOR_IT = frozenset("""accusation allegation charge suspicion ground grounds order orders pretext basis behalf
    claim claims suspicions""".split())


def objects_of(trigger: Span) -> list[Token]:
    """What the trigger acts on: the verb's object, the noun's 'on'/'against' complement, or the noun a
    participle describes ('a police station attacked by gunmen'). A verb
    with no object shares that of the verb coordinated with it ('assaulted and robbed two traders':
    the parse hangs 'traders' on 'robbed' only)."""
    root = trigger.root
    heads = [c for c in root.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    heads += [g for c in root.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}
              for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}  # not 'on Tuesday'
              and g.lemma_.lower() not in _GROUNDS_FOR_IT]  # nor 'on accusations of spying'
    if not heads and root.dep_ == "acl" and root.tag_ == "VBN":
        heads = [root.head]  # 'a police station attacked by gunmen'
    if not heads and any(c.dep_ == "agent" for c in root.children):
        heads = [c for c in root.children if c.dep_ == "nsubj"]  # a headline's passive: 'Police post attacked by gunmen'
    if not heads and root.dep_ in {"advcl", "pcomp"} and any(c.dep_ == "auxpass" for c in root.children):
        heads = _subjects_of_the_main_clause(root)  # 'two guards were wounded after being attacked by gunmen'
    if not heads and _headline_verb_read_as_noun(root):
        heads = [root.head]  # 'Gunmen ambush company convoy': the parse makes 'ambush' a modifier of 'convoy'
    if not heads and root.pos_ == "NOUN":
        heads = _aimed_by_its_verb(root)
    if not heads and root.dep_ == "conj" and root.tag_ == "VBN":
        heads = [c for c in root.head.children if c.dep_ == "nsubjpass"]  # 'was kidnapped and killed': who was abducted
    if not heads and _passive_shared_by_gapping(root):
        heads = [c for c in root.children if c.dep_ == "nsubj"]  # 'one was killed and ten others captured'
    if not heads and root.pos_ == "VERB":
        heads = [c for verb in root.children if verb.dep_ == "conj" and verb.pos_ == "VERB"
                 for c in verb.children if c.dep_ in {"dobj", "obj"}][:1]
    # A verb the parse lists with an object names no other object ('motorbikes burned, and other motorbikes seized').
    return [conjunct for head in heads for conjunct in (head, *head.conjuncts)
            if conjunct is head or conjunct.pos_ not in {"VERB", "AUX"}]


def _passive_shared_by_gapping(verb: Token) -> bool:
    """A verb joined to a passive one that drops the shared 'was/were' ('one was killed and ten others
    captured'): the parse makes its subject a doer, but it is who the act befell."""
    return (verb.dep_ == "conj" and verb.tag_ in {"VBD", "VBN"} and any(c.dep_ == "auxpass" for c in verb.head.children)
            and not any(c.dep_ in {"aux", "auxpass", "dobj", "obj"} for c in verb.children))


def _subjects_of_the_main_clause(verb: Token) -> list[Token]:
    """Who a passive clause with no subject of its own befell: the subject of the verb it hangs from ('were
    wounded after being attacked', 'died when being shot at')."""
    main = verb.head.head if verb.dep_ == "pcomp" else verb.head
    return [c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _headline_verb_read_as_noun(word: Token) -> bool:
    """A headline's present-tense verb that the parse reads as a noun modifying its object ('Gunmen attack
    convoy of mining firm', 'Rebels ambush company trucks'): a bare verb form between a plural word for people,
    its doers, and a noun, where 'an attack convoy' or 'the ambush site' has no doers before it."""
    if word.dep_ != "compound" or word.head.pos_ not in {"NOUN", "PROPN"} or word.i == 0 or word.lower_ != word.lemma_.lower():
        return False
    before = word.doc[word.i - 1]
    return before.tag_ == "NNS" and people_group(before) is not None and before.head.i in {word.i, word.head.i}


#: Verbs that name whom an attack was aimed at: 'an attack targeting worshippers', 'the raid targeted farmers'.
_AIMING_VERBS = frozenset({"target", "aim"})


def _aimed_by_its_verb(noun: Token) -> list[Token]:
    """Whom an attack noun is aimed at through a verb of aiming that it heads or is the subject of ('an attack
    targeting worshippers', 'a raid aimed at traders', 'the raid targeted farmers')."""
    verbs = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ == "nsubj":
        verbs.append(noun.head)
    return [g for verb in verbs if verb.lemma_.lower() in _AIMING_VERBS for c in verb.children
            for g in ([c] if c.dep_ in {"dobj", "obj"} else c.children if c.dep_ == "prep" and c.lower_ == "at" else [])
            if g.dep_ in {"dobj", "obj", "pobj"}]


def of_civilian_work(word: Token) -> bool:
    """A civilian body or field of work ('a mining company', 'an aid agency', 'election', 'health') that no
    word of its own marks as armed ('a security company' is not): its convoys, trucks and staff are civilians."""
    return word.lemma_.lower() in _civilian_bodies() and not any(
        c.lemma_.lower() in FORCE_WORDS or people_group(c) == "fighter" for c in word.children if c.dep_ in NOUN_MODIFIERS)


#: Titles of any service, armed or not: an 'officer' or 'agent' is a fighter unless a civilian field names his work.
_SERVICE_TITLES = frozenset("officer agent".split())


#: Words that say a fighter serves no longer: 'a retired soldier', 'a former rebel commander', 'an ex-policeman'.
_OUT_OF_SERVICE = frozenset("retired former ex ex-".split())


def in_civilian_service(noun: Token) -> bool:
    """'Election officers', 'health agents', 'polling officers': a service title whose work is civilian; 'a
    retired soldier', 'a former rebel commander': a fighter no more. ACLED counts both as civilians when
    attacked; 'police officers' and 'intelligence agents' stay armed."""
    before = [c for c in noun.children if c.i < noun.i]
    return any(c.lower_ in _OUT_OF_SERVICE for c in before) or noun.lemma_.lower() in _SERVICE_TITLES and any(
        c.dep_ in NOUN_MODIFIERS and of_civilian_work(c) for c in before)


#: Words before a people noun that make them fighters ('armed men', 'suspected militants' are fighters already).
_ARMED_WORDS = frozenset("armed gun-wielding uniformed".split())


#: What a crowd may carry and stay a crowd: tools, blades, sticks and stones ('crude weapons', 'sharp weapons').
_CRUDE_ARMS = frozenset("""machete cutlass club stick knife stone rock spear arrow bow axe hoe cudgel rod bat whip
    crude traditional sharp bladed local""".split())


def marks_fighters(word: Token) -> bool:
    """A word that marks people as fighters ('armed men', 'gun-wielding youths'), but not people armed only with
    what any crowd picks up ('villagers armed with machetes and sticks', 'herders armed with sharp weapons'):
    ACLED codes such a crowd's violence as a mob's, not an armed group's."""
    if word.lower_ not in _ARMED_WORDS:
        return False
    carried = [g for c in word.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return not carried or not all(
        t.lemma_.lower() in _CRUDE_ARMS or any(m.dep_ == "amod" and m.lemma_.lower() in _CRUDE_ARMS for m in t.children)
        for head in carried for t in (head, *head.conjuncts))


def unarmed_people(noun: Token) -> bool:
    """A word for people that no word marks as fighters: ACLED counts everyone not fighting as a civilian,
    so a chief, a trader, refugees, a councillor, 'a man', 'two people' and 'members of the Fulani community'
    are civilians when attacked, while soldiers, 'members of Boko Haram', 'armed men' and 'IS fighters' are not."""
    noun = named_before_as(what_is_counted(noun))
    group = people_group(noun)
    if group is None or group == "fighter" and not in_civilian_service(noun):
        return False
    own = _naming_words(noun)
    if any(marks_fighters(t) or t.lemma_.lower() in FORCE_WORDS or people_group(t) == "fighter" or named_to_defend(t)
           for t in own if t.i != noun.i):
        return False
    armed = [span for span in noun.doc.spans.get("actors", []) if resolve(span).inter in ARMED_INTERS]
    return not any(span.start <= t.i < span.end for t in own for span in armed)


#: Words that stand for people the sentence has named: 'kidnapped six farmers and killed two', 'two of them'.
_STAND_INS = frozenset("one two three four five six seven eight nine ten them both all each others".split())


def named_before_as(token: Token) -> Token:
    """The people a bare number or pronoun stands for, named before it in its sentence ('kidnapped six farmers
    and killed two', 'detained two students and killed one of them', 'shot nine insurgents and hurt a few others'); else
    the word itself."""
    if token.lower_ not in _STAND_INS and token.pos_ != "NUM":
        return token
    if token.lower_ != "others" and any(c.dep_ in {"compound", "amod"} or c.pos_ == "NOUN" for c in token.children):
        return token  # 'two soldiers'; but 'several others' are more of those named before
    pronoun = next(iter(of_objects(token)), token)
    if pronoun is not token and pronoun.lower_ not in _STAND_INS:
        return token  # 'two of the guards' names them itself
    return next((t for t in reversed(token.sent[:token.i - token.sent.start])
                 if t.pos_ in {"NOUN", "PROPN"} and people_group(t) is not None), token)


#: Clauses that tell something about people rather than name who they are.
_TOLD_ABOUT = frozenset({"acl", "relcl", "advcl"})


def _naming_words(noun: Token) -> list[Token]:
    """The words that name who people are ('members of Boko Haram', 'armed herders'), without the clauses
    told about them: 'six men whom officials described as militants' or 'villagers who had fled the rebels'
    are still unarmed people, whom ACLED counts as civilians when killed."""
    told = {t.i for c in noun.subtree if c.dep_ in _TOLD_ABOUT and c.i != noun.i for t in c.subtree}
    return [t for t in noun.subtree if t.i not in told]


NOUN_MODIFIERS = frozenset({"compound", "amod", "nmod"})


def verb_doers(verb: Token) -> list[Token]:
    """A verb's subject and the agent of its passive. A verb coordinated with an earlier one and with no
    subject of its own shares that verb's ('youths chased and beat a motorcyclist': the parse hangs
    'youths' on 'chased' only)."""
    if (head := _head_of_a_verbless_parse(verb)) is not None:
        return [head]
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
        o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if not doers and verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.head.pos_ == "VERB" and not any(
            c.dep_ == "nsubjpass" for c in verb.children):
        return active_subjects(verb.head)  # not its agent: in 'were attacked by gunmen and fled' the attacked fled
    return doers


#: Clauses by which a participle describes a noun ('people demanding a new road', 'youths armed with sticks').
_DESCRIBING = frozenset({"acl", "relcl"})


def _head_of_a_verbless_parse(verb: Token) -> Token | None:
    """The sentence's head noun, where the parser found no main verb and hung the verb, told with no auxiliary,
    inside a clause that describes that noun ('A group of villagers demanding a new road clashed with police':
    the parse makes 'clashed' describe 'road', and 'a group' the whole sentence). English puts the subject's
    describing clause between the subject and its verb, so the sentence's head noun did what the verb tells."""
    root = verb.sent.root
    if root.pos_ not in {"NOUN", "PROPN"} or verb.tag_ not in {"VBD", "VBN"} or any(
            c.dep_ in {"aux", "auxpass", "agent"} for c in verb.children):
        return None
    above = verb.head
    while above.i != root.i:
        if above.dep_ in _DESCRIBING and above.tag_ == "VBG" and above.i < verb.i:
            return root
        above = above.head
    return None


def active_subjects(verb: Token) -> list[Token]:
    """The subject of a verb in the active, or of the first of the verbs it is coordinated with."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return active_subjects(verb.head)
    return subjects


#: Words for a crowd beside those for people (``people_groups``): who riots and protests.
CROWD_WORDS = frozenset("crowd mob group gang supporter sympathiser sympathizer follower loyalist activist cadre member youth resident "
                    "villager inhabitant local parent relative".split())


#: Words that count a crowd by its people ('a number of locals', 'dozens of youths', 'a group of students').
_COUNTING_WORDS = frozenset("number group dozen dozens hundred hundreds scores crowd band faction".split())


def crowd_word(token: Token) -> bool:
    """A crowd or unarmed people, seen through a counting word ('a number of locals')."""
    token = what_is_counted(token)
    return token.lemma_.lower() in CROWD_WORDS or unarmed_people(token)


def what_is_counted(token: Token) -> Token:
    """What a counting word counts ('a group of drivers', 'a number of locals'), else the word itself."""
    if token.lemma_.lower() in _COUNTING_WORDS:
        return next(iter(of_objects(token)), token)
    return token


def doers_of(trigger: Span) -> list[Token]:
    """The trigger's subject and the agent of its passive, 'they' of a clause told of the main clause's subject
    being that subject (:func:`_subject_meant`)."""
    return [meant for doer in verb_doers(trigger.root) for meant in _subject_meant(doer)]


_SUBJECT_PRONOUNS = frozenset({"they"})


def _subject_meant(doer: Token) -> list[Token]:
    """Whom 'they' stands for when it is the subject of a clause that tells when or why the main clause
    happened, where the main clause names no one else: its subject ('four porters were hurt when they fought the
    guards', 'the traders marched until they reached the square'). Where the main clause has an object, 'they'
    may be those it acted on ('fighters executed the prisoners after they surrendered'), and stays itself."""
    verb = doer.head
    if doer.lower_ not in _SUBJECT_PRONOUNS or doer.dep_ != "nsubj" or verb.dep_ != "advcl":
        return [doer]
    if any(c.dep_ in {"dobj", "obj", "dative"} for c in verb.head.children):
        return [doer]
    above = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return above or [doer]
