"""Did it happen? reported, ongoing, planned, denied, hypothetical or general, from cues in the parse.

'The coalition will attack Raqqa' is not an attack, and neither is 'al-Shabaab frequently attacks
AMISOM bases' nor 'attacks remain common' (general: a habit or a kind of act told as commentary, no one
happening): cues from
``data/triggers/modality.csv`` are looked for around the trigger (its
auxiliaries, the verbs above it, its modifiers, the clause's subordinator).
When several cues apply the strongest wins: denied, then hypothetical, then
planned, then general, then ongoing.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from warlog.data import read_table

REPORTED = "reported"
#: The modalities of a report that tells of something that happened, and so makes an event.
EVENT_MODALITIES = frozenset({REPORTED, "ongoing"})
PRIORITY = ("denied", "hypothetical", "planned", "general", "ongoing")
#: How many heads above the trigger may hold a governing cue.
MAX_GOVERNOR_STEPS = 4
_SPEECH = frozenset("say tell announce state report add".split())


@lru_cache(maxsize=1)
def _cues() -> dict[str, dict[str, str]]:
    """where -> {word: modality}."""
    table: dict[str, dict[str, str]] = {}
    for row in read_table("triggers/modality.csv"):
        table.setdefault(row["where"], {})[row["cue"]] = row["modality"]
    return table


def _word(token: Token) -> set[str]:
    return {token.lower_, token.lemma_.lower()}


def _lookup(where: str, token: Token) -> str | None:
    cues = _cues().get(where, {})
    return next((cues[w] for w in _word(token) if w in cues), None)


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


#: Prepositions that tell a happening as the time of another: what follows 'after', 'during' or 'since'
#: a shooting happened, whatever is planned or expected for the rest ('is expected to recover after
#: shooting himself', 'sought cover during the shooting').
_TIME_ANCHORS = frozenset("after during following since amid".split())


def _chain(root: Token) -> tuple[list[Token], int]:
    """The trigger and the words above it whose cues govern it. A trigger inside a subject ('a toddler
    wounded in a shooting is expected to survive') is not governed by the subject's verb: what is
    expected is the survival, not the shooting (a trigger that is the subject itself is: 'the offensive
    is expected to start'). Nor is one told as the time of another happening (:data:`_TIME_ANCHORS`),
    nor one in a relative clause, which tells who someone is ('the families of the children who were
    shot will meet', 'police will question the man who attacked the guard'). Above a time anchor only a
    denial still bears on the trigger ('denied that police beat a woman to death during the protests'):
    ``anchored`` is the position of the first word above one (past the chain's end when none is)."""
    chain = [root]
    anchored = MAX_GOVERNOR_STEPS + 1
    for head in root.ancestors:
        below = chain[-1]
        if len(chain) > MAX_GOVERNOR_STEPS or head.lemma_.lower() in _SPEECH or (
                below is not root and below.dep_ in _SUBJECTS) or below.dep_ == "relcl" or _own_clause(below):
            break
        if _is_time_anchor(below):
            anchored = min(anchored, len(chain))
        chain.append(head)
    return chain, anchored


def _own_clause(verb: Token) -> bool:
    """A verb coordinated with another and told in a tense of its own ('is preparing an assault and has massed
    vehicles'): a clause of its own, which nothing above the verb it is coordinated with bears on."""
    return verb.dep_ == "conj" and any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _is_time_anchor(token: Token) -> bool:
    return (token.dep_ == "prep" and token.lower_ in _TIME_ANCHORS
            or token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_ANCHORS for c in token.children))


def _governs(governor: Token, below: Token) -> bool:
    """Whether a governing cue (``governor``) bears on the trigger it stands above, reached through
    ``below``. A passive or a participle ('a suspect wanted in a shooting', 'a driver sought over the
    attacks', 'what is being called an accidental shooting') speaks of its own
    subject, and a trigger under its preposition is what that subject did or went through, not what is
    wanted. A cue of the ``governor_for`` kind ('call') is a verb that calls for or calls on someone to do
    it, or convenes it ('called a march for Thursday'): 'called for attacks', 'called on its followers to
    storm the prisons' are planned; 'police were called to a shooting', 'what they called a shooting',
    'a shooting call' are not."""
    if below.dep_ in {"prep", "agent", "oprd", "attr"} and _passive(governor):
        return False
    if _lookup("governor", governor) == "planned" and _told_in_the_past_tense(below):
        return False
    if _lookup("governor_for", governor):
        if governor.pos_ != "VERB" or _passive(governor) or below.dep_ in {"oprd", "attr"}:
            return False
        if below.dep_ == "prep":
            return below.lower_ in {"for", "on"}
        return below.dep_ != "dobj" or not any(c.dep_ in {"dobj", "oprd"} and c != below for c in governor.children)
    return _lookup("governor", governor) is not None


def _told_in_the_past_tense(clause: Token) -> bool:
    """Is the word below a cue of plans the verb of a clause (a complement, or one the parser hangs on it as
    adverbial) with a past-tense auxiliary of its own ('was killed', 'were hurt', 'had fled')? What is wanted
    or planned is told by an infinitive or a future ('wanted to attack', 'planned that they would attack'),
    never by a clause in the past: there the parser has misread the cue, as in 'a suspect wanted for two
    bombings was killed in a gunfight', where 'wanted' describes the suspect and 'was killed' is the sentence's
    main verb. A denial's past clause is what it denies ('denied that its jets had bombed the market')."""
    return clause.dep_ in {"ccomp", "advcl"} and any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD"
                                                     for c in clause.children)


def _passive(verb: Token) -> bool:
    return verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children))


def _is_progressive(verb: Token) -> bool:
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


#: Verbs that go 'into' a happening to find out about it: police 'looking into a shooting' approach no attack.
_INQUIRIES = frozenset("look probe inquire enquire delve dig".split())

GENERAL = "general"
_PRESENT = frozenset({"VBZ", "VBP"})


def _tells_a_habit(verb: Token) -> bool:
    """'frequently attacks', 'have repeatedly attacked': a habit in the present or the present perfect;
    'were repeatedly raped' tells what happened to these victims, an event."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return True  # 'frequent attacks'
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in _PRESENT and not auxiliaries:
        return True
    return any(a.tag_ in _PRESENT for a in auxiliaries) and not any(a.lemma_ == "be" and a.tag_ == "VBD" for a in auxiliaries)


def _told_as_a_kind(noun: Token) -> bool:
    """Acts named in the plural with no article, number, owner or name ('attacks', 'such bombings'), the subject of a
    present-tense verb that says what such acts are like ('attacks remain common', 'IEDs pack a smaller
    punch', 'such bombings are rare'): a kind of act, no one happening. A headline's present ('Car bombs
    kill 20') tells a happening, so the verb or its complement must be one of the ``kind`` cues."""
    if noun.tag_ not in {"NNS", "NNPS"} or noun.dep_ != "nsubj" or not _in_the_present(noun.head):
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} or c.ent_type_ or c.pos_ == "PROPN" for c in noun.children):
        return False  # 'the attacks', 'two bombings', 'the city's bombings', 'the Velor market bombings': these ones
    verb = noun.head
    return _lookup("kind", verb) is not None or any(
        c.dep_ in {"acomp", "attr"} and _lookup("kind", c) is not None for c in verb.children)


def _in_the_present(verb: Token) -> bool:
    """A verb in the simple present; the tagger reads some as a bare form ('bombs pack a punch'), which with no
    auxiliary or 'to' before it is the present too."""
    return verb.tag_ in _PRESENT or verb.tag_ == "VB" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _every(time_word: Token) -> bool:
    """'every day', 'each week': a time that recurs."""
    return any(c.dep_ == "det" and _lookup("frequency", c) for c in time_word.children)


def find_modality(trigger: Span) -> str:
    found: set[str] = set()
    chain, anchored = _chain(trigger.root)
    if _told_as_a_kind(trigger.root):
        found.add(GENERAL)
    for position, token in enumerate(chain):
        told = _cues_at(chain, position)
        if _negation_beyond_a_preposition(chain, position):
            told.discard("denied")
        # above a time anchor ('after', 'during') only a denial bears on the trigger: the rest is another happening's
        found |= told if position < anchored else told & {"denied"}
    return next((m for m in PRIORITY if m in found), REPORTED)


def _arranged(verb: Token, below: Token) -> bool:
    """'be' with a to-infinitive under it tells what is arranged or meant to happen, not what happened: 'the
    battalion is to withdraw on Friday', 'the jammers are to be tested at the range', 'the aim was to seize the
    port'."""
    return verb.lemma_.lower() == "be" and below.dep_ == "xcomp" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in below.children)


def _negation_beyond_a_preposition(chain: list[Token], position: int) -> bool:
    """A 'not' on a word the trigger hangs on through a preposition negates that word, not the trigger: 'have
    not made an arrest in the shooting', 'did not take part in the assault', 'have not named
    the victims of the attack' tell of a shooting, an assault and an attack that happened. A 'not' on the
    trigger's own verb, or on one whose object or clause it is, denies it ('did not carry out the strike')."""
    return position > 0 and any(link.dep_ == "pobj" for link in chain[:position]) and any(
        child.dep_ == "neg" for child in chain[position].children)


def _coordinated(chain: list[Token], position: int) -> bool:
    """The trigger's verb is coordinated with this word of the chain, not governed by it: 'threatened the nurses
    and seized a motorbike', 'denied the charges and attacked the reporter' tell a seizure and an attack that
    happened. What the coordinated verbs share still bears on both: the auxiliary ('will attack and burn the
    village'), a 'not', and the verbs above them ('plans to attack and burn the village'), unless the second
    verb has a tense of its own (:func:`_own_clause`)."""
    return chain[position - 1].dep_ == "conj"


def _cues_at(chain: list[Token], position: int) -> set[str]:
    """The modalities the cues on and around one word of the chain give."""
    found: set[str] = set()
    token = chain[position]
    for child in token.children:
        if child.dep_ in {"aux", "auxpass"}:
            if (modality := _lookup("aux", child)) is not None:
                found.add(modality)
        elif child.dep_ == "neg" and (modality := _lookup("negation", child)):
            found.add(modality)
        elif child.dep_ == "mark" and (modality := _lookup("marker", child)):
            found.add(modality)
        elif child.dep_ == "det" and position == 0 and (modality := _lookup("determiner", child)):
            found.add(modality)
        elif child.dep_ in {"amod", "advmod"} and (modality := _lookup("modifier", child)):
            if modality != GENERAL or _tells_a_habit(token):
                found.add(modality)
        elif child.dep_ == "npadvmod" and _every(child) and _tells_a_habit(token):
            found.add(GENERAL)  # 'soldiers are killed every day in attacks': a habit, not one happening
    if position > 0 and _governs(token, chain[position - 1]) and not _coordinated(chain, position):
        found.add(_lookup("governor", token) or _lookup("governor_for", token))
    if position > 0 and _lookup("governor_future", token) and not _coordinated(chain, position) and any(
        c.dep_ == "aux" and _lookup("aux", c) for c in token.children
    ):
        found.add("planned")
    if position > 0 and _arranged(token, chain[position - 1]):
        found.add("planned")  # 'the drones are to be tested next month': arranged, not done
    if (position > 0 and _is_progressive(token) and _lookup("approach", chain[position - 1])
            and token.lemma_.lower() not in _INQUIRIES):
        found.add("planned")  # 'is moving into the practical phase of an attack': not there yet
    if _is_progressive(token):
        found.add("ongoing")
    return found
