"""A span ruler for phrases of word forms or lemmas, with an optional part of speech on the first word.

spaCy's ``span_ruler`` runs token patterns through the ``Matcher``, which tries every pattern at
every token: with the trigger table's ~400 patterns it cost as much as the dependency parser.
Trigger patterns need no token logic beyond a part of speech, so this ruler finds the phrases with
two ``PhraseMatcher``s (lower-case forms and lemmas), which look words up by hash, and checks the
part of speech on the matches. It takes the same pattern dicts and gives the same spans as
``span_ruler`` with ``spacy.first_longest_spans_filter.v1``; ``tests/nlp/test_phrase_ruler.py``
holds it to that.

Accepted token patterns: every token ``{"LOWER": w}`` or every token ``{"LEMMA": w}``; the first
token may add ``"POS": tag`` or ``"POS": {"IN": [tags]}``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

ATTRS = ("LOWER", "LEMMA")
#: The factory name to give ``nlp.add_pipe``.
PHRASE_RULER = "warlog_phrase_ruler"


@dataclass(frozen=True)
class _Rule:
    label: str
    span_id: str
    pos: frozenset[str] | None


class PhraseRuler:
    """Adds ``doc.spans[spans_key]``: the longest non-overlapping phrases of its patterns."""

    def __init__(self, nlp: Language, name: str, spans_key: str):
        self.name = name
        self.spans_key = spans_key
        self.vocab = nlp.vocab
        self.matchers = {attr: PhraseMatcher(nlp.vocab, attr=attr) for attr in ATTRS}
        self.rules: dict[str, list[_Rule]] = {}

    def add_patterns(self, patterns: list[dict]) -> None:
        for pattern in patterns:
            attr, words, pos = _read(pattern["pattern"])
            key = f"{attr}:{' '.join(words)}"
            if key not in self.rules:
                self.rules[key] = []
                self.matchers[attr].add(key, [self._phrase(attr, words)])
            self.rules[key].append(_Rule(pattern["label"], pattern.get("id", ""), pos))

    def _phrase(self, attr: str, words: list[str]) -> Doc:
        return Doc(self.vocab, words=words, lemmas=words if attr == "LEMMA" else None)

    def __call__(self, doc: Doc) -> Doc:
        found = set()
        for attr, matcher in self.matchers.items():
            if attr == "LEMMA" and not doc.has_annotation("LEMMA"):
                continue  # a pipeline without a lemmatizer (tests): lemma phrases cannot match
            for match_id, start, end in matcher(doc):
                pos = doc[start].pos_
                for rule in self.rules[self.vocab.strings[match_id]]:
                    if rule.pos is None or pos in rule.pos:
                        found.add(Span(doc, start, end, label=rule.label, span_id=rule.span_id))
        doc.spans[self.spans_key] = filter_spans(sorted(found))
        return doc


def _read(tokens: list[dict]) -> tuple[str, list[str], frozenset[str] | None]:
    """(attribute, words, parts of speech allowed for the first word) of one token pattern."""
    attr = next(a for a in ATTRS if a in tokens[0])
    if any(set(t) - {attr, "POS"} or "POS" in t and i for i, t in enumerate(tokens)):
        raise ValueError(f"not a phrase pattern: {tokens}")
    pos = tokens[0].get("POS")
    allowed = None if pos is None else frozenset(pos["IN"] if isinstance(pos, dict) else [pos])
    return attr, [t[attr] for t in tokens], allowed


@Language.factory(PHRASE_RULER, default_config={"spans_key": "triggers"})
def make_phrase_ruler(nlp: Language, name: str, spans_key: str) -> PhraseRuler:
    return PhraseRuler(nlp, name, spans_key)
