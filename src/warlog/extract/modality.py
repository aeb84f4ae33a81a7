"""Did it happen? reported, ongoing, planned, denied, hypothetical or general, from cues in the parse.

'The coalition will attack Raqqa' is not an attack, and neither is 'al-Shabaab frequently attacks
AMISOM bases' (general: a habit told as commentary, no one happening): cues from
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


def _chain(root: Token) -> list[Token]:
    """The trigger and the words above it whose cues govern it. A trigger inside a subject ('a toddler
    wounded in a shooting is expected to survive') is not governed by the subject's verb: what is
    expected is the survival, not the shooting (a trigger that is the subject itself is: 'the offensive
    is expected to start')."""
    chain = [root]
    for head in root.ancestors:
        if len(chain) > MAX_GOVERNOR_STEPS or head.lemma_.lower() in _SPEECH or (
                chain[-1] is not root and chain[-1].dep_ in _SUBJECTS):
            break
        chain.append(head)
    return chain


def _is_progressive(verb: Token) -> bool:
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


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


def find_modality(trigger: Span) -> str:
    found: set[str] = set()
    chain = _chain(trigger.root)
    for position, token in enumerate(chain):
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
        if position > 0 and (modality := _lookup("governor", token)):
            found.add(modality)
        if position > 0 and _lookup("governor_future", token) and any(
            c.dep_ == "aux" and _lookup("aux", c) for c in token.children
        ):
            found.add("planned")
        if position > 0 and _is_progressive(token) and _lookup("approach", chain[position - 1]):
            found.add("planned")  # 'is moving into the practical phase of an attack': not there yet
        if _is_progressive(token):
            found.add("ongoing")
    return next((m for m in PRIORITY if m in found), REPORTED)
