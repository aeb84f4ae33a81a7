"""Is a figure a running tally over a period ('since 2014', 'in June alone') or one happening's count?

Two uses. :func:`is_cumulative` tells the report extractor that a sentence holds a tally, so its
casualty figures belong to no single incident. :func:`claim_scope` decides the scope of one claim
from the words of its own clause only, because one sentence often gives a snapshot and a tally side
by side ('400,000 people remain trapped ..., who said 580 had been killed since February').

The cues are in ``data/claims/scope.csv``, by kind: ``tally`` phrases (both uses), ``period``
phrases and ``period_noun`` words ('in the war', 'during the campaign'; claims only), ``month``
names (a month or a year without a day is a period), ``incident`` words that pin a count to one
day, and ``category`` names whose claims are tallies unless a day is named (displacement totals).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from warlog.data import read_table
from warlog.extract.attribution import speech_stances

CUMULATIVE = "cumulative"
INCIDENT = "incident"
#: Arcs into a separate statement: its period words are not this clause's.
_SEPARATE_CLAUSES = {"ccomp", "relcl", "parataxis", "appos"}
_PERIOD_PREPOSITIONS = {"in", "during", "of", "over", "throughout", "since", "by", "for"}
_YEAR = re.compile(r"^(?:1[89]|20)\d{2}s?$")
_DAY_OF_MONTH = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$")


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[tuple[str, ...], ...]]:
    by_kind: dict[str, list[tuple[str, ...]]] = {}
    for row in read_table("claims/scope.csv"):
        by_kind.setdefault(row["kind"], []).append(tuple(row["pattern"].split()))
    return {kind: tuple(patterns) for kind, patterns in by_kind.items()}


def _contains(words: list[str], kind: str) -> bool:
    present = set(words)
    for cue in _cues().get(kind, ()):
        if not present.issuperset(cue):
            continue
        n = len(cue)
        if any(tuple(words[i : i + n]) == cue for i in range(len(words) - n + 1)):
            return True
    return False


def is_cumulative(sentence: Span) -> bool:
    """True when the sentence holds a tally phrase ('since 2014', 'so far'), not a comparison ('the
    deadliest incident since the assault began' counts one incident)."""
    return _contains([t.lower_ for t in sentence if not _compares(t) and not _opens_a_day(t)], "tally")


#: Windows short enough to be one happening's: 'over the past 24 hours', 'in the last day'.
_ONE_DAY_WORDS = frozenset("hour hours day night".split())


def _opens_a_day(token: Token) -> bool:
    """'past' or 'last' before a day or some hours: a day's fighting, which ACLED codes as one event."""
    if token.lower_ not in {"past", "last"}:
        return False
    following = token.doc[token.i + 1 : token.i + 3]
    return any(t.lower_ in _ONE_DAY_WORDS for t in following)


def _compares(token: Token) -> bool:
    """'since' after a superlative in its phrase: 'the deadliest ... since', 'the worst since'."""
    if token.lower_ != "since":
        return False
    return any(t.tag_ == "JJS" or t.lower_ in {"most", "first"} for t in token.doc[max(token.i - 6, token.sent.start):token.i])


def clause_head(anchor: Token, *, split_statements: bool = False) -> Token:
    """The verb of the clause that states ``anchor``, climbing out of participles and coordinated verbs
    ('..., killing about 60 militants' shares the period of the clause it hangs from). With
    ``split_statements``, a coordinated verb with its own subject ('... and Israel released 240') is
    a statement of its own."""
    head = next((t for t in [anchor, *anchor.ancestors] if _is_clause_verb(t)), anchor.sent.root)
    while (head.dep_ in {"conj", "advcl", "xcomp"} and not _has_marker(head)
           and not (split_statements and head.dep_ == "conj" and _has_subject(head)) and _is_clause_verb(head.head)):
        head = head.head
    return head


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def _is_clause_verb(token: Token) -> bool:
    # 'including' and 'among' are tagged as verbs but work as prepositions.
    return token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"prep", "pcomp", "amod"} or token.dep_ == "ROOT"


def clause_of(anchor: Token, *, split_statements: bool = False) -> list[Token]:
    """The tokens of the clause that states ``anchor``: its verb with that verb's modifiers and
    coordinated verbs, without embedded statements and side clauses ('when ...', 'bringing ...'),
    except a clause that opens a period ('since the offensive began') and the ones holding ``anchor``.
    Coordinated statements share their period ('Hamas freed 105 during the truce, and Israel released
    240'); ``split_statements`` keeps them apart, for what each one counts."""
    head = clause_head(anchor, split_statements=split_statements)
    keep = {anchor.i, *(t.i for t in anchor.ancestors)}
    clause, todo = [], [head]
    while todo:
        token = todo.pop()
        clause.append(token)
        for child in token.children:
            separate = (child.dep_ in _SEPARATE_CLAUSES or (child.dep_ == "advcl" and not _opens_period(child))
                        or split_statements and child.dep_ == "conj" and _has_subject(child))
            if child.i in keep or not separate:
                todo.append(child)
    return sorted(clause, key=lambda t: t.i)


def _has_marker(clause: Token) -> bool:
    return any(c.dep_ == "mark" for c in clause.children)


def _opens_period(clause: Token) -> bool:
    """A clause marked by 'since' ('since the offensive began')."""
    return any(c.dep_ == "mark" and _contains([c.lower_], "tally") for c in clause.children)


def _names_a_period(clause: list[Token]) -> bool:
    """'in the war', 'during the nine-month campaign', 'over the two decades'."""
    nouns = {cue[0] for cue in _cues().get("period_noun", ())}
    return any(
        t.lemma_.lower() in nouns and t.dep_ == "pobj" and t.head.lower_ in _PERIOD_PREPOSITIONS for t in clause
    )


def _month_or_year(clause: list[Token]) -> bool:
    """A date that is a month or a year without a day ('in March', 'in 2016', 'in May and June')."""
    months = {cue[0] for cue in _cues().get("month", ())}
    dates = [t for t in clause if t.ent_type_ == "DATE"]
    named = [t for t in dates if t.lower_ in months or _YEAR.match(t.text)]
    has_day = any(_DAY_OF_MONTH.match(t.text) for t in dates)
    return bool(named) and not has_day


def claim_scope(anchor: Token, category: str, *, default: str = INCIDENT) -> str:
    """cumulative or incident, for the figure at ``anchor`` with category ``category``.

    ``default`` applies when the clause names neither a period nor a day: the caller may know
    that the sentence goes on with a tally begun before ('He said the strikes had destroyed 19').
    """
    clause = clause_of(anchor)
    words = [t.lower_ for t in clause]
    if _contains(words, "tally") or _contains(words, "period") or _names_a_period(clause) or _month_or_year(clause):
        return CUMULATIVE
    if _contains(words, "incident"):
        return INCIDENT
    if (category,) in _cues().get("category", ()) or _present_perfect(clause_head(anchor)):
        return CUMULATIVE
    return default


def _present_perfect(verb: Token) -> bool:
    """'has killed', 'have been displaced': a count up to now ('have said' dates the saying, not the count)."""
    return (verb.tag_ == "VBN" and verb.lemma_.lower() not in speech_stances()
            and any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve"} for c in verb.children))
