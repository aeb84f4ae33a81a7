"""Who did what to whom: actor spans around a trigger, normalised through the actor dictionary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.tokens import Span, Token

from warlog.data import read_table

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


def _governing_verb(token: Token) -> Token:
    for candidate in [token, *token.ancestors]:
        if candidate.pos_ in {"VERB", "AUX"}:
            return candidate
    return token


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


def find_actors(trigger: Span, sentence: Span) -> tuple[Actor | None, Actor | None]:
    """actor1 (who acted) and actor2 (acted upon, or the other side) for a trigger."""
    spans = [s for s in sentence.doc.spans.get("actors", []) if s.start >= sentence.start and s.end <= sentence.end]
    if not spans:
        return None, None
    root = trigger.root
    verb = _governing_verb(root)
    side1_heads = _children(verb, _SUBJECT_DEPS) + _agents(verb) + _children(root, _MODIFIER_DEPS)
    side2_heads = _children(verb, _OBJECT_DEPS | _PASSIVE_SUBJECT_DEPS) + _against_objects(root) + _against_objects(verb)
    actor1 = next((s for s in spans if _in_subtree(s, side1_heads)), None)
    actor2 = next((s for s in spans if s is not actor1 and _in_subtree(s, side2_heads)), None)
    if actor1 is None:
        actor1 = next((s for s in spans if s is not actor2 and resolve(s).inter != 7), None)
    if actor2 is None:
        actor2 = next((s for s in spans if s is not actor1 and s.start > (actor1.start if actor1 else -1)), None)
    return (resolve(actor1) if actor1 else None), (resolve(actor2) if actor2 else None)
