"""The project's own spaCy components: span rulers built from the data tables.

Each table under ``data/`` becomes ruler patterns whose ``id`` is the row's id, so every span
found can be traced to the row that matched it (``span_ruler`` for names; the faster
:mod:`warlog.nlp.phrase_ruler` for triggers, which match lemmas and parts of speech):

* ``doc.spans["actors"]``: actor aliases (label ``ACTOR``) and generic actor
  phrases (label ``GENERIC``), from ``data/actors/``.
* ``doc.spans["sources"]``: in-text sources of figures, from ``data/actors/sources.csv``.
* ``doc.spans["triggers"]``: event triggers (label: the ACLED sub-event type,
  or ``CASUALTY``), from ``data/triggers/triggers.csv``.
* ``doc.spans["targets"]``: kinds of target, from ``data/triggers/targets.csv``.

Longest match wins within each key.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language

from warlog.data import read_table
from warlog.nlp.phrase_ruler import PHRASE_RULER

RULERS = ("warlog_actors", "warlog_sources", "warlog_triggers", "warlog_targets")
_LONGEST = {"@misc": "spacy.first_longest_spans_filter.v1"}
CASUALTY = "CASUALTY"


def _aliases(value: str) -> list[str]:
    return [alias.strip() for alias in value.split("|") if alias.strip()]


def actor_patterns() -> list[dict]:
    patterns = [
        {"label": "ACTOR", "pattern": alias, "id": row["id"]}
        for row in read_table("actors/actors.csv")
        for alias in {row["name"], *_aliases(row["aliases"])}
    ]
    patterns += [
        {"label": "GENERIC", "pattern": alias, "id": row["id"]}
        for row in read_table("actors/generic.csv")
        for alias in _aliases(row["pattern"])
    ]
    return patterns + abbreviation_patterns() + national_military_patterns()


#: The all-caps start of an ACLED name ('CPC: Coalition of Patriots for Change').
_ABBREVIATION = re.compile(r"^(?P<abbr>[A-Z][A-Z0-9]{2,}):")
#: Abbreviations that name another body as often in English news: the Somali National Army, the
#: Massachusetts Institute of Technology, India's National Democratic Alliance.
_SHARED_ABBREVIATIONS = frozenset({"SNA", "MIT", "NDA"})


def abbreviation_patterns() -> list[dict]:
    """'CPC militants', 'UPC fighters': an actor's abbreviation written in capitals names it, matched
    case-sensitively, so the aliases need not list every 'X militants' and 'X fighters' and a word
    spelled like it in lower case ('cpc', 'Fact') is no actor."""
    return [
        {"label": "ACTOR", "pattern": [{"ORTH": match["abbr"]}], "id": row["id"]}
        for row in read_table("actors/actors.csv")
        if (match := _ABBREVIATION.match(row["name"])) and match["abbr"] not in _SHARED_ABBREVIATIONS
    ]


def national_military_patterns() -> list[dict]:
    """'Turkish drone', 'Iraqi helicopters': a nationality before a military noun names that state's forces.

    The phrase goes to the country's first ``state_forces`` actor, so it resolves like any alias.
    """
    return [
        {"label": "ACTOR", "pattern": f"{adjective} {noun['noun']}", "id": actor_id}
        for adjective, actor_id in national_forces().items()
        for noun in read_table("actors/military_nouns.csv")
    ]


@lru_cache(maxsize=1)
def national_forces() -> dict[str, str]:
    """Nationality adjective ('Turkish') -> the id of its country's first ``state_forces`` actor."""
    main_force: dict[str, str] = {}
    for row in read_table("actors/actors.csv"):
        if row["kind"] == "state_forces":
            main_force.setdefault(row["country"], row["id"])
    return {nation["adjective"]: main_force[nation["country"]]
            for nation in read_table("actors/nationalities.csv") if nation["country"] in main_force}


def source_patterns() -> list[dict]:
    return [
        {"label": "SOURCE", "pattern": alias, "id": row["id"]}
        for row in read_table("actors/sources.csv")
        for alias in {row["name"], *_aliases(row["aliases"])}
    ]


def target_patterns() -> list[dict]:
    return [
        {"label": row["target"], "pattern": alias, "id": row["id"]}
        for row in read_table("triggers/targets.csv")
        for alias in _aliases(row["pattern"])
    ]


_POS = {"verb": {"POS": "VERB"}, "noun": {"POS": {"IN": ["NOUN", "PROPN"]}}}


def _token_patterns(words: list[str], match: str, pos: str) -> list[list[dict]]:
    """Token patterns for one trigger: by lower-case form, and by lemma where asked.

    A part of speech, when given, constrains the first token and the lemma form only: the surface
    form alone cannot tell 'strike' the noun from 'strike' the verb.
    """
    by_lower = [{"LOWER": w} for w in words]
    variants = [by_lower]
    if match == "lemma":
        variants.append([{"LEMMA": w} for w in words])
    if pos:
        variants = [[{**variant[0], **_POS[pos]}, *variant[1:]] for variant in variants[1:] or variants]
    return variants


def trigger_patterns() -> list[dict]:
    patterns = []
    for row in read_table("triggers/triggers.csv"):
        label = row["sub_event_type"] or CASUALTY
        for pattern in _token_patterns(row["pattern"].split(), row["match"], row["pos"]):
            patterns.append({"label": label, "pattern": pattern, "id": row["id"]})
    return patterns


def add_rulers(nlp: Language) -> Language:
    """Add warlog's span rulers to ``nlp`` (after the NER when there is one)."""
    specs = (
        ("warlog_actors", "actors", "LOWER", actor_patterns()),
        ("warlog_sources", "sources", "LOWER", source_patterns()),
        ("warlog_triggers", "triggers", None, trigger_patterns()),
        ("warlog_targets", "targets", "LOWER", target_patterns()),
    )
    model = list(nlp.pipe_names)
    for name, key, attr, patterns in specs:
        if attr:
            config = {"spans_key": key, "spans_filter": _LONGEST, "validate": False, "phrase_matcher_attr": attr}
            ruler = nlp.add_pipe("span_ruler", name=name, config=config)
        else:
            ruler = nlp.add_pipe(PHRASE_RULER, name=name, config={"spans_key": key})
        # span_ruler runs its phrases through the pipeline before it; lower-case forms need the
        # tokenizer only, and the model would take seconds over thousands of names.
        with nlp.select_pipes(disable=model):
            ruler.add_patterns(patterns)
    return nlp
