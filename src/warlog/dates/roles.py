"""What a date is the date *of*: an event, the period of a count, or something else.

The role comes from the word the date hangs on in the dependency parse (its
*governor*): 'police **said** on Thursday' dates a statement (other), 'jets **struck**
on Thursday' and 'the **attack** on Monday' date events, 'met', 'signed', 'a
**ceremony** on 30 September' are other. A statement that announces a military
outcome ('said on Monday it had **taken** the town') takes the outcome's date, as
ACLED does. A date spanning more than a day is a *period* when the clause counts
something ('512 civilians died during April', 'the toll recorded in 2016') or tracks a
trend ('revenues fell sharply in late 2016'). A date is forward-looking when its
clause is ('expected to double by the end of the year', 'extended until Saturday').

The cue words are in ``data/dates/roles.csv``; the rules below only say where in the
parse each kind of cue must stand.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from warlog.dates import tables

#: Dependency labels of a clause that reports what a speech verb says.
_COMPLEMENTS = {"ccomp", "xcomp"}
#: Dependency labels of a verb's own participants (who did it, to what).
_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "attr"}
#: Modifiers of a participant that make it a count ('512 civilians', 'more civilians').
_QUANTIFIERS = {"nummod", "quantmod", "amod"}
#: Dependency labels by which a date reaches a noun through a preposition ('strikes on ... between ...').
_VIA_PREPOSITION = {"prep", "agent"}
#: How many clause heads are climbed to find a forward-looking verb.
_FORWARD_CLIMB = 3


def _is(token: Token, kind: str) -> bool:
    lemmas, forms = tables.role_cues().get(kind, (frozenset(), frozenset()))
    return token.lemma_.lower() in lemmas or token.lower_ in forms


def is_happening(token: Token) -> bool:
    """Is the token a noun naming a happening ('killing', 'attack', 'protest')?"""
    return token.pos_ in {"NOUN", "PROPN"} and _is(token, "happening")


def dates_a_statement(span: Span) -> bool:
    """Does the date hang on a statement ('police **said** on Monday', 'the army's **announcement** on 19/11',
    'an announcement **made** on 26/09': :func:`said_on`), name the statement it dates ('**source** dated
    08/12', a prefix of the mention), or hang on nothing at all (a page's stamp)? Such a day is when news
    of an event came out."""
    if any(_is(token, "statement_noun") for token in span):
        return True
    governor, _ = climb(span)
    return governor is None or said_on(governor)


def said_on(governor: Token) -> bool:
    """Is the word a date hangs on a statement or a record of one ('police **said** on Monday', 'the
    **statement** of 3 May', 'an announcement **made** on 26/09', 'a report **published** Monday')?"""
    return (_is(governor, "speech") or _is(governor, "statement_noun") or _describes_a_record(governor)
            or any(_is(a, "statement_noun") for a in _arguments(governor)))


def tree_distance(a: Token, b: Token) -> int | None:
    """Arcs on the dependency path between two tokens, None when they are in different sentences."""
    depth = {token.i: steps for steps, token in enumerate([a, *a.ancestors])}
    for steps, token in enumerate([b, *b.ancestors]):
        if token.i in depth:
            return depth[token.i] + steps
    return None


def climb(span: Span) -> tuple[Token | None, list[Token]]:
    """The verb or noun ``span`` attaches to, and the tokens passed on the way there.

    Prepositions, determiners, numbers, time-of-day nouns ('at 4 a.m. on Saturday') and
    nouns naming a portion of the date ('the whole of last year') are passed through. So
    is a noun the date reaches through a preposition ('strikes on bakeries between 8 and
    14 May', 'a car bomb on Friday had killed'), up to the verb, unless the noun names a
    statement or a meeting. A date that modifies a noun directly ('the April 7 attack',
    'the weekend bombing') is the date of that noun. A date with a 'when' clause ('after
    Sept. 2016, when the wall was completed') is the date of that clause.
    """
    when_clause = _when_clause(span)
    if when_clause is not None:
        return when_clause, []
    speech = _speech_verb_just_before(span)
    if speech is not None:
        return speech, []
    passed_nouns = tables.time_nouns()
    token, path = span.root, []
    while token.head.i != token.i:
        came_from, token = token, token.head
        if span.start <= token.i < span.end:
            continue
        if token.pos_ in {"VERB", "AUX"}:
            return token, path
        if token.pos_ in {"NOUN", "PROPN"} and token.lower_ not in passed_nouns:
            if came_from.dep_ not in _VIA_PREPOSITION or _is(token, "statement_noun"):
                return token, path
        path.append(token)
    return None, path


def _speech_verb_just_before(span: Span) -> Token | None:
    """The speech verb a date follows at once ('police **said** Monday the girl shot herself', 'said on
    Friday'): news style puts the day of the statement there. Without a 'that', the parser often hangs the
    day on the reported verb instead ('shot'), which would date the shooting to the day police spoke. A day
    owned by a noun ('said Monday's shooting was ...') is that noun's."""
    doc = span.doc
    before = span.start - 1
    if before >= 0 and doc[before].lower_ == "on":
        before -= 1
    if before < 0 or span.end < len(doc) and doc[span.end].tag_ == "POS":
        return None
    verb = doc[before]
    return verb if verb.pos_ in {"VERB", "AUX"} and _is(verb, "speech") else None


def _when_clause(span: Span) -> Token | None:
    """The verb of a 'when' clause on the date; through a speech verb to what it reports
    ('on 4 April 2017, when witnesses said a jet dropped four bombs')."""
    for token in span:
        for child in token.children:
            if child.dep_ in {"relcl", "advcl"} and any(c.lower_ == "when" for c in child.children):
                reported = [c for c in child.children if c.dep_ == "ccomp"] if _is(child, "speech") else []
                return reported[0] if reported else child
    return None


def _reports_outcome(verb: Token, dated: set[int]) -> bool:
    """Does a speech verb report a military outcome ('said it had taken the town', 'announced the capture')?

    Not when the outcome carries its own date ('overran the base on 28/12, officials said
    on Wednesday'): then the speech verb's date is only the statement's.
    """
    for child in verb.children:
        if child.dep_ == "dobj" and _is(child, "outcome"):
            return True
        if child.dep_ not in _COMPLEMENTS or child.i in dated:
            continue
        if any(c.dep_ == "aux" and _is(c, "modal") for c in child.children):
            continue
        if _is(child, "outcome") and child.tag_ in {"VBD", "VBN", "JJ"}:
            return True
        if any(c.dep_ in {"advmod", "acomp", "oprd", "xcomp"} and _is(c, "outcome") for c in child.children):
            return True
    return False


def _reports_a_happening(verb: Token) -> bool:
    """Is the speech verb a happening reported to the police ('the shooting **was reported** at 10 a.m.
    Sunday', 'a shooting, which was reported Sunday', 'shots were reported')? Its date is the happening's."""
    for child in verb.children:
        if child.dep_ != "nsubjpass":
            continue
        if is_happening(child):
            return True
        if child.tag_ == "WDT" and verb.dep_ == "relcl" and is_happening(verb.head):
            return True
    return False


def _describes_a_record(governor: Token) -> bool:
    """Is the date on a participle describing a statement or a record ('The video, **obtained** Thursday
    from prosecutors, shows the shooting', 'a report **published** Monday')? It is the day the record came
    out, not the day of what the record shows."""
    return governor.dep_ == "acl" and governor.tag_ == "VBN" and _is(governor.head, "statement_noun")


def _arguments(governor: Token) -> list[Token]:
    return [child for child in governor.children if child.dep_ in _ARGUMENTS]


def _dates_a_statement(governor: Token, dated: set[int]) -> bool:
    """Statements, meetings, ceremonies, states that persist ('still waiting'), background ('were')."""
    if _is(governor, "speech"):
        return not _reports_outcome(governor, dated) and not _reports_a_happening(governor)
    if _is(governor, "meeting") or _is(governor, "statement_noun") or _describes_a_record(governor):
        return True
    if governor.pos_ in {"VERB", "AUX"} and any(_is(a, "statement_noun") for a in _arguments(governor)):
        return True
    if any(_is(child, "state") for child in governor.children):
        return True
    return governor.pos_ == "AUX" and _is(governor, "copula")


def follows_up(governor: Token | None, evidence: Token) -> bool:
    """Does the date hang on what followed an incident (an arrest, a charge, a plea, a funeral) with
    the incident's words below it ('was **arrested** Thursday night over the killing of a shopkeeper',
    'was **charged** Wednesday with murdering a neighbour')? That date is the follow-up's, and
    bounds the incident only."""
    return governor is not None and governor.i != evidence.i and dates_a_follow_up(governor) and governor in evidence.ancestors


def dates_a_follow_up(governor: Token | None) -> bool:
    """Does the date hang on a word for what follows an incident ('was **arrested** Wednesday', 'the
    **sentencing** on Monday'), or on a verb that puts someone into one ('was **taken** into custody on
    Tuesday'), whatever incident it follows?"""
    return governor is not None and (_is(governor, "followup") or any(
        child.dep_ == "prep" and child.lower_ == "into" and any(_is(noun, "followup") for noun in child.children)
        for child in governor.children))


@lru_cache(maxsize=1)
def _follow_up_words() -> re.Pattern:
    """The follow-up cue words of ``roles.csv`` in their regular inflections ('charged', 'pleads', 'sentencing')."""
    lemmas, forms = tables.role_cues()["followup"]
    stems = sorted({lemma.removesuffix("e") for lemma in lemmas} | set(forms), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, stems)) + r")(?:e|es|ed|ing|s|d)?\b", re.IGNORECASE)


def tells_a_follow_up(text: str) -> bool:
    """Does ``text`` (unparsed) tell of what follows an incident: an arrest, a charge, a plea, a sentence?"""
    return _follow_up_words().search(text) is not None


def _quantifies(modifier: Token) -> bool:
    """'512' in '512 civilians', 'more' in 'more civilians'."""
    return modifier.dep_ in _QUANTIFIERS and (modifier.tag_ == "CD" or _is(modifier, "count"))


def _counts(governor: Token, path: list[Token]) -> bool:
    """Does the clause count something or track a trend over the date's span?"""
    if any(t.tag_ == "CD" or _is(t, "count") for t in path) or _is(governor, "count"):
        return True
    if governor.dep_ in {"acl", "relcl"} and _is(governor.head, "count"):
        return True
    nouns = _arguments(governor) + [t for t in path if t.pos_ in {"NOUN", "PROPN"}]
    for noun in nouns:
        if _is(noun, "count") or any(_quantifies(q) for q in noun.children):
            return True
    return _is(governor, "trend") and any(_is(child, "degree") for child in governor.children)


def _updates_a_count(governor: Token) -> bool:
    """'The death toll rose to 250 on Tuesday': a day on which a figure changed, not an event."""
    return _is(governor, "trend") and any(_is(a, "count") for a in _arguments(governor))


def looks_forward(governor: Token | None, path: list[Token]) -> bool:
    """Is the date's clause about the future ('expected to resume before ...', 'extended until Saturday')?"""
    if governor is None:
        return False
    if _is(governor, "deadline") and any(_is(t, "deadline_prep") for t in path):
        return True
    token = governor
    for _ in range(_FORWARD_CLIMB):
        if _is(token, "future") or any(c.dep_ == "aux" and _is(c, "future_aux") for c in token.children):
            return True
        if token.dep_ not in _COMPLEMENTS or token.head.i == token.i:
            return False
        token = token.head
    return False


def role_from_parse(governor: Token | None, path: list[Token], *, lasting: bool, dated: set[int]) -> str:
    """event, period or other for a date attached to ``governor``.

    ``lasting`` says the date spans more than a couple of days (only such a date can be
    the period of a count); ``dated`` holds the tokens other date mentions attach to.
    """
    if governor is None:
        return "event"
    if _dates_a_statement(governor, dated):
        return "other"
    if lasting and (_counts(governor, path) or _is(governor, "condition")):
        return "period"
    if not lasting and _updates_a_count(governor):
        return "other"
    return "event"
