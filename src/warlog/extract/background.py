"""Mentions that are no news of their own: an event told as the time, cause or past of another.

News names many events it does not report: 'after the bombing', 'on the second day of the strike', 'during the hartal',
'violating the ceasefire', 'a mine left over from the fighting', 'since the offensive began' (the time
of what it reports; 'following' is no such word: 'the army withdrew following an attack' may tell the
attack as news), 'thousands rallied to denounce Turkish shelling' (what a protest was against, somewhere
else), 'families who had fled fighting', 'some 600 families were displaced following raids' (why people
moved), 'the school had housed 50 families since the winter' (a state that lasted, no happening), 'a man
accused of stabbing his neighbour' (an accusation, the cause of what was done to him).
ACLED codes the news, not what it recalls; KAIROS annotates every mention. So such a trigger becomes a
report of modality ``background``: the article's evidence that it mentions the event, never an event
(:data:`warlog.extract.modality.EVENT_MODALITIES`). A later mention of an event the article has already
reported is ``retold`` (see :func:`warlog.extract.reports._merge_retellings`).

The cue words are in ``data/triggers/background.csv``; where they must stand is read from the parse
around the trigger, not from word order, so 'protesters clashed with police after the rally' keeps its
clash (the rally is the background there).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from warlog.data import grouped_column
from warlog.extract.casualties import TOLL_LEMMAS

BACKGROUND = "background"
RETOLD = "retold"
#: Modalities of a mention that makes no event: told as background, or told again.
MENTION_MODALITIES = frozenset({BACKGROUND, RETOLD})
#: Nouns whose 'from' names the event they count: 'the toll from the strike', 'casualties from the shelling'.
_COUNTED_BY_EVENT = TOLL_LEMMAS | frozenset("casualty death injury".split())
_PERFECT = frozenset({"have"})


def _cues(where: str) -> frozenset[str]:
    return grouped_column("triggers/background.csv", "cue", by="where")[where]


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _time_or_cause(root: Token) -> bool:
    """'after the bombing', 'a mine left over from the fighting'; not 'the toll
    from Tuesday's strike', which counts the strike's own dead."""
    return (root.pos_ == "NOUN" and root.dep_ == "pobj" and root.head.lower_ in _cues("preposition")
            and _lemma(root.head.head) not in _COUNTED_BY_EVENT)


def _time_of_another(root: Token) -> bool:
    """'on the third day of the blockade, bombs went off', 'during the first week of the strike', 'on the eve
    of the shutdown': the event a time word counts is when the news happened, not the news; a time word
    that is itself the subject or object ('the blockade entered its third day') is no such frame."""
    if not (root.dep_ == "pobj" and root.head.lower_ == "of"):
        return False
    time_word = root.head.head
    return _lemma(time_word) in _cues("time_noun") and time_word.dep_ in {"pobj", "npadvmod", "appos"}


def _during_a_campaign(root: Token) -> bool:
    """'bombs went off during the hartal', 'buses were torched amid the blockade': a shutdown, a general strike
    or a blockade that lasts days is the time of what happened in it, not the news (a one-day gathering is
    not: 'police fired on protesters during the rally' keeps its rally)."""
    return (root.dep_ == "pobj" and root.head.lower_ in _cues("campaign_preposition")
            and _lemma(root) in _cues("campaign_noun"))


def _broken(root: Token) -> bool:
    """'exchanged fire, violating the ceasefire agreement', 'in a ceasefire violation', 'a breach of the truce':
    an agreement named by its breach is recalled; the news is what broke it."""
    breakers = _cues("broken_by")
    noun = root
    while noun.dep_ in {"compound", "amod"}:
        if _lemma(noun.head) in breakers:
            return True
        noun = noun.head
    return (noun.dep_ in {"dobj", "obj"} and _lemma(noun.head) in breakers
            or noun.dep_ == "pobj" and noun.head.lower_ == "of" and _lemma(noun.head.head) in breakers)


def _protested_against(root: Token) -> bool:
    """What a protest was held against: 'rallied to denounce Turkish shelling', 'marched to protest
    against the shelling', 'a demonstration over the killings'."""
    if root.dep_ in {"dobj", "obj"} and _lemma(root.head) in _cues("protest_verb"):
        return True
    return (root.dep_ == "pobj" and root.head.lower_ in _cues("protest_preposition")
            and _lemma(root.head.head) in _cues("protest_word") | _cues("protest_verb"))


def _fled_from(root: Token) -> bool:
    """Why people moved: 'families who had fled fighting', 'forced out of their homes by the fighting'."""
    if root.dep_ in {"dobj", "obj"} and _lemma(root.head) in _cues("flight_verb"):
        return True
    agent = root.head if root.dep_ == "pobj" and root.head.dep_ == "agent" else None
    return agent is not None and _lemma(agent.head) in _cues("driven_out_by")


#: Words that join a cause's preposition to its noun: 'because of', 'due to'.
_CAUSE_JOINERS = frozenset({"of", "to"})


def _why_people_moved(root: Token) -> bool:
    """What made people leave, told after the leaving: 'some 600 families were displaced following raids', 'fled
    their homes due to fighting', 'abandoned the village because of the raids'. The news is the flight (ACLED
    codes the displacement), the violence its cause, told in full where it is the news ('bandits attacked the
    village, and 3,000 people fled')."""
    if root.dep_ != "pobj":
        return False
    word, cause = root.head, False
    while word.lower_ in _CAUSE_JOINERS or word.lower_ in _cues("flight_cause"):
        cause = cause or word.lower_ in _cues("flight_cause")
        if word.head is word:
            return False
        word = word.head
    moved = _cues("flight_verb") | _cues("driven_out_by") | _cues("moved_verb")
    return cause and word.pos_ == "VERB" and _lemma(word) in moved


def _lasting_state(root: Token) -> bool:
    """'had housed 50 families since the winter', 'has controlled the town since 2014': a verb of a state
    in the perfect with a 'since' tells a state lasting from then, not a happening ('have bombed the city
    since Tuesday' tells strikes)."""
    if _lemma(root) not in _cues("lasting_state"):
        return False
    perfect = any(c.dep_ == "aux" and _lemma(c) in _PERFECT for c in root.children)
    since = any(c.dep_ == "prep" and c.lower_ == "since" for c in root.children)
    return perfect and since


#: Prepositions that join an accusation to the act it names: 'accused of', 'charged with', 'for allegedly'.
_ACCUSATION_JOINERS = frozenset("of with for".split())


def _accused_of(root: Token) -> bool:
    """'A man accused of stabbing his neighbour was beaten to death', 'arrested on suspicion of killing a
    trader', 'lynched for allegedly stealing a goat': what someone is accused of is the cause the sentence
    gives for what was done to them, an accusation, not an event the sentence reports. Not one a speaker makes
    ('residents accused soldiers of killing three villagers'), which is how news often tells the event itself."""
    if root.dep_ not in {"pcomp", "pobj"} or root.head.lower_ not in _ACCUSATION_JOINERS:
        return False
    cues = _cues("accused_of")
    accusation = root.head.head
    said_of_the_accused = (accusation.tag_ == "VBN" or accusation.pos_ == "NOUN") and not any(
        c.dep_ in {"dobj", "obj"} for c in accusation.children)  # 'accused troops of shelling': a speaker's accusation
    return _lemma(accusation) in cues and said_of_the_accused or any(c.lower_ in cues for c in root.children)


def told_in_background(trigger: Span) -> bool:
    """The trigger names an event the sentence tells as background, not as what happened."""
    root = trigger.root
    return (_time_or_cause(root) or _time_of_another(root) or _during_a_campaign(root) or _broken(root) or _protested_against(root)
            or _fled_from(root) or _why_people_moved(root) or _lasting_state(root) or _accused_of(root))


__all__ = ["BACKGROUND", "MENTION_MODALITIES", "RETOLD", "told_in_background"]
