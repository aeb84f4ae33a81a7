"""Who says so: the in-text source of a statement ('according to X', 'X said', 'said X').

The outlet is never the source: when nobody is named, there is no attribution
and the outlet speaks in its own voice. A pronoun subject ('he said') is
resolved to the last named speaker before it in the article.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from warlog.data import read_table

SPEECH_VERBS = frozenset(
    "say tell report state claim announce estimate confirm add note warn accuse deny insist count "
    "document record acknowledge admit allege assert believe contend explain reveal suggest write "
    "put tally cite indicate show mention".split()
)
_PRONOUNS = frozenset("he she they it we i who which".split())
_SUBJECTS = {"nsubj", "nsubjpass"}
_CUT_DEPS = {"appos", "relcl", "acl", "punct", "advcl", "prep"}
_ANONYMOUS_CUES = ("anonymous", "anonymity", "not authorised", "not authorized", "declined to be named", "speaking on condition")
_PERSON_TITLES = frozenset("official spokesman spokeswoman spokesperson commander minister secretary general colonel col. gen. maj. chief officer envoy".split())


@dataclass(frozen=True)
class Attribution:
    """A source named in the text, with the verb or phrase that names it."""

    claimant: str
    claimant_type: str | None
    cue: Token
    span: Span


@lru_cache(maxsize=1)
def _source_types() -> dict[str, tuple[str, str]]:
    return {row["id"]: (row["name"], row["type"]) for row in read_table("actors/sources.csv")}


def _phrase(head: Token) -> Span:
    """The noun phrase of ``head`` without appositions and relative clauses."""
    doc = head.doc
    left = head.left_edge.i
    right = head.i
    for child in head.rights:
        if child.dep_ in _CUT_DEPS or child.text == ",":
            break
        right = child.right_edge.i
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > head.i:
            right = max(right, child.right_edge.i)
    span = doc[left : right + 1]
    while len(span) > 1 and span[0].dep_ in {"det", "punct"} and span[0].lower_ in {"the", "a", "an", ",", "\u201c", '"'}:
        span = span[1:]
    return span


def _classify(span: Span) -> tuple[str, str | None]:
    """Normalised name and type of a source phrase."""
    doc = span.doc
    for source in doc.spans.get("sources", []):
        if source.start < span.end and span.start < source.end:
            name, kind = _source_types().get(source.id_, (source.text, None))
            return name, kind
    text = span.text.strip(" ,\u201c\u201d\"")
    lowered = span.sent.text.lower()
    if any(cue in lowered for cue in _ANONYMOUS_CUES) or text.lower().startswith(("a senior", "an official", "a senior official", "officials")):
        return text, "anonymous_official"
    for actor in doc.spans.get("actors", []):
        if actor.start >= span.start and actor.end <= span.end and actor.label_ == "ACTOR":
            return text, "belligerent"
    return text, None


def _is_named(span: Span) -> bool:
    return len(span) > 0 and not (len(span) == 1 and span[0].lower_ in _PRONOUNS)


def attributions(doc: Doc) -> dict[int, Attribution]:
    """Attributions by sentence start, for every sentence of ``doc`` that names a source.

    'According to X' wins over a speech verb; a pronoun speaker takes the last
    named speaker of an earlier sentence.
    """
    found: dict[int, Attribution] = {}
    last_named: Attribution | None = None
    for sentence in doc.sents:
        attribution = _according_to(sentence) or _speech_verb(sentence, last_named)
        if attribution is not None:
            found[sentence.start] = attribution
            if _is_named(attribution.span):
                last_named = attribution
    return found


def _according_to(sentence: Span) -> Attribution | None:
    tokens = list(sentence)
    for index, token in enumerate(tokens[:-2]):
        if token.lower_ == "according" and tokens[index + 1].lower_ == "to":
            objects = [c for c in tokens[index + 1].children if c.dep_ == "pobj"]
            if objects:
                span = _phrase(objects[0])
                name, kind = _classify(span)
                return Attribution(name, kind, token, span)
    return None


def _speech_verb(sentence: Span, last_named: Attribution | None) -> Attribution | None:
    for token in sentence:
        if token.lemma_.lower() not in SPEECH_VERBS or token.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
        if subjects:
            span = _phrase(subjects[0])
        else:
            # The small parser often misses a subject followed by an apposition
            # ('Airwars, a monitoring group, says'): take the named source before the verb.
            named = [s for s in (*sentence.doc.spans.get("sources", []), *sentence.ents)
                     if sentence.start <= s.start and s.end <= token.i and s.label_ in {"SOURCE", "ORG", "PERSON"}]
            if not named:
                continue
            span = min(named, key=lambda s: s.start)
        if not _is_named(span):
            if last_named is None:
                continue
            return Attribution(last_named.claimant, last_named.claimant_type, token, last_named.span)
        name, kind = _classify(span)
        return Attribution(name, kind, token, span)
    return None
