"""Is a figure a running tally over a period ('since 2014', 'in June alone') or one happening's count?

Two uses. :func:`is_cumulative` tells the report extractor that a sentence holds a tally, so its
casualty figures belong to no single incident. :func:`claim_scope` decides the scope of one claim
from the words of its own clause only, because one sentence often gives a snapshot and a tally side
by side ('400,000 people remain trapped ..., who said 580 had been killed since February'), and
gives the words that decided it, nearest the figure, for the claim's ``scope`` field span.

The cues are in ``data/claims/scope.csv``, by kind: ``tally`` phrases (both uses), ``period``
phrases and ``period_noun`` words ('in the war', 'during the campaign'; claims only), ``month``
names (a month or a year without a day is a period), ``incident`` words that pin a count to one
day, and ``category`` names whose claims are tallies unless a day is named (displacement totals).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Span, Token

from warlog.data import read_table
from warlog.extract.attribution import speech_stances
from warlog.extract.provenance import CONVENTION, INFERRED, STATED, words
from warlog.models import FieldSpan

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
    return next(_cues_in(words, kind), None) is not None


def _cues_in(words: list[str], kind: str) -> Iterator[tuple[int, int]]:
    """Where each cue of ``kind`` stands in ``words``: its first index and its length."""
    present = set(words)
    for cue in _cues().get(kind, ()):
        if not present.issuperset(cue):
            continue
        n = len(cue)
        yield from ((i, n) for i in range(len(words) - n + 1) if tuple(words[i : i + n]) == cue)


def is_cumulative(sentence: Span) -> bool:
    """True when the sentence holds a tally phrase ('since 2014', 'so far'), not a comparison ('the
    deadliest incident since the assault began' counts one incident) nor a 'since' whose own clause tells
    the happening it counts ('has been on alert since gunmen attacked the fair, killing nine'), nor one
    happening's whole told in the past ('the gunman killed four people in all': :func:`tells_a_whole_toll`;
    'in all, 300 have died' counts up to now)."""
    return _contains([t.lower_ for t in sentence if not _compares(t) and not _opens_a_day(t)
                      and not _since_a_counted_happening(t)], "tally") and not (
        tells_a_whole_toll(sentence) and not any(t.lemma_ == "have" and t.dep_ == "aux" for t in sentence))


def tells_a_whole_toll(sentence: Span) -> bool:
    """The sentence gives one happening's whole toll ('Police said the gunman killed four people in all',
    'Twelve rebels were also killed, bringing the death toll to 16'): it holds a ``whole`` word and no tally
    or period word besides ('in all, 300 have died since May' is a tally)."""
    return _whole_toll_in([t.lower_ for t in sentence])


def text_tells_a_whole_toll(text: str) -> bool:
    """:func:`tells_a_whole_toll` for a sentence kept as text (a report's evidence), read word by word."""
    return _whole_toll_in(_WORDS.findall(text.lower()))


#: Words of a text as the parser splits most of them (a report's evidence read without its parse).
_WORDS = re.compile(r"\w+(?:[-']\w+)*")


def _whole_toll_in(words: list[str]) -> bool:
    wholes = list(_cues_in(words, "whole"))
    if not wholes:
        return False
    covered = {i + k for i, n in wholes for k in range(n)}
    return (all(covered.issuperset(range(i, i + n)) for i, n in _cues_in(words, "tally"))
            and not _contains(words, "period") and not _contains(words, "period_noun"))


def _since_a_counted_happening(token: Token) -> bool:
    """'since' opening a clause that counts people ('since gunmen attacked the fair, killing nine people'):
    the figure is that happening's, and what lasted since it is the rest of the sentence. 'Since the
    offensive began, 500 have died' counts outside its clause, a tally."""
    return token.lower_ == "since" and token.dep_ == "mark" and any(
        t.like_num and t.dep_ == "nummod" and t.head.pos_ == "NOUN" for t in token.head.subtree)


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


def _period_noun(clause: list[Token]) -> Span | None:
    """'in the war', 'during the nine-month campaign', 'over the two decades': from the preposition to its noun."""
    nouns = {cue[0] for cue in _cues().get("period_noun", ())}
    noun = next((t for t in clause if t.lemma_.lower() in nouns and t.dep_ == "pobj"
                 and t.head.lower_ in _PERIOD_PREPOSITIONS), None)
    return noun.doc[noun.head.i : noun.i + 1] if noun is not None else None


def _months_or_years(clause: list[Token]) -> list[Span]:
    """Dates that are a month or a year without a day ('in March', 'in 2016', 'in May and June')."""
    months = {cue[0] for cue in _cues().get("month", ())}
    dates = [t for t in clause if t.ent_type_ == "DATE"]
    if any(_DAY_OF_MONTH.match(t.text) for t in dates):
        return []
    return [_entity_of(t) for t in dates if t.lower_ in months or _YEAR.match(t.text)]


def _entity_of(token: Token) -> Span:
    return next((e for e in token.sent.ents if e.start <= token.i < e.end), token.doc[token.i : token.i + 1])


@dataclass(frozen=True)
class ScopeReading:
    """A claim's scope with what decided it: the words (``cue``, None when no word did) and how."""

    scope: str
    cue: Span | None
    derivation: str
    rule: str | None = None

    def span(self) -> FieldSpan:
        """The claim's ``scope`` field span."""
        if self.cue is None:
            return FieldSpan("scope", derivation=self.derivation, rule=self.rule)
        return words("scope", self.cue, derivation=self.derivation, rule=self.rule)


#: Why a figure whose clause names neither a period nor a day is one happening's count.
NO_PERIOD_RULE = "no period or day named: one happening's count"


def claim_scope(anchor: Token, category: str, *, default: ScopeReading | None = None) -> ScopeReading:
    """cumulative or incident, for the figure at ``anchor`` with category ``category``, with the words
    that decide it.

    ``default`` applies when the clause names neither a period nor a day: the caller may know
    that the sentence goes on with a tally begun before ('He said the strikes had destroyed 19').
    """
    clause = clause_of(anchor)
    period = _nearest(anchor, _stated_periods(clause))
    if period is not None:
        return ScopeReading(CUMULATIVE, period, STATED)
    day = _nearest(anchor, [_clause_words(clause, *at) for at in _cues_in([t.lower_ for t in clause], "incident")])
    if day is not None:
        return ScopeReading(INCIDENT, day, STATED)
    if (category,) in _cues().get("category", ()):
        return ScopeReading(CUMULATIVE, None, CONVENTION, f"{category} figures are totals unless a day is named")
    perfect = _present_perfect(clause_head(anchor))
    if perfect is not None:
        return ScopeReading(CUMULATIVE, perfect, INFERRED, "present perfect: a count up to now")
    return default or ScopeReading(INCIDENT, None, CONVENTION, NO_PERIOD_RULE)


def _stated_periods(clause: list[Token]) -> list[Span]:
    """The words naming a period a clause counts over: tally and period phrases ('since 2014', 'so
    far'), period nouns ('during the war') and months or years without a day ('in June')."""
    lowered = [t.lower_ for t in clause]
    phrases = [_clause_words(clause, *at) for kind in ("tally", "period") for at in _cues_in(lowered, kind)]
    noun = _period_noun(clause)
    return [*phrases, *([noun] if noun is not None else []), *_months_or_years(clause)]


def _nearest(anchor: Token, spans: list[Span]) -> Span | None:
    """The span told closest to the figure: a clause may name a period for each of two figures."""
    return min(spans, key=lambda span: min(abs(span.start - anchor.i), abs(span.end - 1 - anchor.i)), default=None)


def _clause_words(clause: list[Token], at: int, length: int) -> Span:
    """The clause's words from ``at``, with the object of a cue ending in a preposition ('since 2014')."""
    first, last = clause[at], clause[at + length - 1]
    end = max(t.i for t in last.subtree) if last.dep_ == "prep" else last.i
    return first.doc[first.i : end + 1]


def _present_perfect(verb: Token) -> Span | None:
    """'has killed', 'have been displaced': a count up to now ('have said' dates the saying, not the count)."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() in speech_stances():
        return None
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve"}), None)
    return verb.doc[aux.i : verb.i + 1] if aux is not None else None
