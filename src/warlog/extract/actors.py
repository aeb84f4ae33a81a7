"""Who did what to whom: actor spans around a trigger, normalised through the actor dictionary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.tokens import Span, Token

from warlog.data import read_table
from warlog.extract.attribution import speech_stances
from warlog.extract.syntax import governing_verb
from warlog.nlp.rulers import national_forces

_SUBJECT_DEPS = {"nsubj", "csubj"}
_PASSIVE_SUBJECT_DEPS = {"nsubjpass"}
_OBJECT_DEPS = {"dobj", "obj", "attr"}
_MODIFIER_DEPS = {"compound", "poss", "amod", "nmod"}
_AGAINST_PREPOSITIONS = {"against", "on", "with", "between", "targeting", "at"}
_STATE_INTERS = {1, 8}


@dataclass(frozen=True)
class Actor:
    name: str
    inter: int | None
    span: Span

    @property
    def is_state(self) -> bool:
        return self.inter in _STATE_INTERS

    @property
    def is_civilian(self) -> bool:
        return self.inter == 7


@lru_cache(maxsize=1)
def _dictionary() -> dict[tuple[str, str], tuple[str, int | None]]:
    table: dict[tuple[str, str], tuple[str, int | None]] = {}
    for row in read_table("actors/actors.csv"):
        table[("ACTOR", row["id"])] = (row["name"], int(row["inter"]) if row["inter"] else None)
    for row in read_table("actors/generic.csv"):
        table[("GENERIC", row["id"])] = (_generic_name(row["name_template"]), int(row["inter"]) if row["inter"] else None)
    return table


def _generic_name(template: str) -> str:
    return template.replace(" ({country})", "").replace(" of {country}", "").replace("{country}", "").strip()


@lru_cache(maxsize=1)
def _generic_rows_by_name() -> dict[str, list[dict[str, str]]]:
    rows: dict[str, list[dict[str, str]]] = {}
    for row in read_table("actors/generic.csv"):
        rows.setdefault(_generic_name(row["name_template"]), []).append(row)
    return rows


@lru_cache(maxsize=1)
def _overrides() -> dict[tuple[str, str], list[dict[str, str]]]:
    found: dict[tuple[str, str], list[dict[str, str]]] = {}
    for row in read_table("actors/context_overrides.csv"):
        found.setdefault((row["generic_id"], row["country"]), []).append(row)
    return found


def _in_force(row: dict[str, str], day: date | None) -> bool:
    if day is None:
        return True
    return (not row["valid_from"] or date.fromisoformat(row["valid_from"]) <= day) and (
        not row["valid_to"] or day <= date.fromisoformat(row["valid_to"]))


def in_country(name: str | None, inter: int | None, country: str | None, country_name: str | None,
               day: date | None) -> tuple[str | None, int | None]:
    """A generic actor named for the event's country: 'the coalition' in Yemen in 2016 is the Saudi-led
    coalition (``context_overrides.csv``); 'gunmen' in Nigeria are 'Unidentified Armed Group (Nigeria)'."""
    rows = _generic_rows_by_name().get(name or "")
    if not rows or not country:
        return name, inter
    # A name several generic rows share ('Unidentified Armed Group') has one template and no override.
    if len({row["id"] for row in rows}) == 1:
        for override in _overrides().get((rows[0]["id"], country), []):
            if _in_force(override, day):
                return _dictionary()[("ACTOR", override["actor_id"])]
    template = rows[0]["name_template"]
    return (template.replace("{country}", country_name) if country_name and "{country}" in template else name), inter


def resolve(span: Span) -> Actor:
    """Normalise an actor span; unknown ids keep their surface text."""
    name, inter = _dictionary().get((span.label_, span.id_), (span.text, None))
    return Actor(name, inter, span)


def _in_subtree(span: Span, heads: list[Token]) -> bool:
    return any(head.left_edge.i <= span.start and span.end - 1 <= head.right_edge.i for head in heads)


def _children(token: Token, deps: set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _against_objects(token: Token) -> list[Token]:
    return [
        grandchild
        for child in token.children
        if child.dep_ == "prep" and child.lower_ in _AGAINST_PREPOSITIONS
        for grandchild in child.children
        if grandchild.dep_ == "pobj"
    ]


def _agents(verb: Token) -> list[Token]:
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _is_speaker(span: Span, verb: Token | None = None) -> bool:
    """'police told state media', 'according to the SDF', 'residents said': who tells of the event;
    not the subject of ``verb``, the trigger's own ('JNIM announced a blockade')."""
    head = span.root
    if head.dep_ in {"nsubj", "nsubjpass"} and head.head.lemma_.lower() in speech_stances():
        return verb is None or head.head.i != verb.i
    return head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according"


def _between(token: Token, spans: list[Span]) -> list[Span]:
    """'fighting between the SDF and Islamic State': the actors named after 'between', in order."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "between":
            sides = [g for g in child.children if g.dep_ == "pobj"]
            return [s for s in spans if _in_subtree(s, sides)]
    return []


def find_actors(trigger: Span, sentence: Span) -> tuple[Actor | None, Actor | None]:
    """actor1 (who acted) and actor2 (acted upon, or the other side) for a trigger.

    The sides come from the parse: the subject or agent of the trigger's verb and the words that
    modify the trigger ('coalition jets', 'Russian shelling') act; its object, a passive subject, or
    what it is 'against' or 'on' are acted upon; 'between X and Y' gives both. With no side found,
    a speaker is actor1 when the trigger's doer points back to it ('the army said its troops
    killed 18'), else the first actor of the sentence that is neither a civilian nor telling of the
    event; actor2 is only ever read from the parse.
    """
    spans = [s for s in sentence.doc.spans.get("actors", []) if s.start >= sentence.start and s.end <= sentence.end]
    root = trigger.root
    sides = _between(root, spans)
    if len(sides) >= 2:
        return resolve(sides[0]), resolve(sides[1])
    verb = governing_verb(root)
    side1_heads = _children(verb, _SUBJECT_DEPS) + _agents(verb) + _children(root, _MODIFIER_DEPS)
    side2_heads = _children(verb, _OBJECT_DEPS | _PASSIVE_SUBJECT_DEPS) + _against_objects(root) + _against_objects(verb)
    actor1 = next((s for s in spans if _in_subtree(s, side1_heads) and not _is_speaker(s, verb)), None)
    actor2 = next((s for s in spans if s is not actor1 and _in_subtree(s, side2_heads) and not _is_speaker(s)), None)
    if actor1 is None and _unnamed_doer(verb):
        actor1 = next((s for s in spans if s is not actor2 and _is_speaker(s) and s.root.head in root.ancestors
                       and resolve(s).inter != 7), None)
    if actor1 is None and (national := _national_forces_of(root)) is not None:
        return national, (resolve(actor2) if actor2 else None)
    if actor1 is None:
        actor1 = next((s for s in spans if s is not actor2 and resolve(s).inter != 7 and not _is_speaker(s)), None)
    return (resolve(actor1) if actor1 else None), (resolve(actor2) if actor2 else None)


def _national_forces_of(root: Token) -> Actor | None:
    """'Israeli strikes', 'Russian shelling': a nationality on the event word names that state's forces."""
    for child in root.children:
        forces = state_forces(child.text) if child.dep_ in {"amod", "compound"} else None
        if forces is not None:
            return Actor(*forces, root.doc[child.i:child.i + 1])
    return None


def state_forces(adjective: str) -> tuple[str, int | None] | None:
    """The name and inter code of the forces of the state a nationality adjective names ('Israeli')."""
    actor_id = national_forces().get(adjective)
    return _dictionary()[("ACTOR", actor_id)] if actor_id else None


def _unnamed_doer(verb: Token) -> bool:
    """No subject, or one that points back: 'denied firing the rockets', 'said its troops killed 18',
    'claimed it had attacked': the speaker is who acted."""
    subjects = _children(verb, _SUBJECT_DEPS)
    return not subjects or any(s.pos_ == "PRON" or any(t.dep_ == "poss" and t.pos_ == "PRON" for t in s.subtree)
                               for s in subjects)
