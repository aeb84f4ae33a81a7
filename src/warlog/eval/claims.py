"""Score numeric claims against ``eval/claims/gold.jsonl`` (issue 4).

Matching: within each item, predicted claims are paired one to one with gold claims. A pair needs the
predicted number's characters to overlap the gold ``number_text`` or, failing that, the same best value
in the same sentence; among candidates, overlap counts most, then the same value, then the same claimant
(the gold codes a disputed figure twice, once per claimant).

Every field is scored end to end as precision/recall/F1 over (claim, field value) pairs: a matched claim
with the right value is a true positive; a wrong value is a false positive and a false negative; an
unmatched prediction is a false positive and an unmatched gold claim a false negative. For ``claimant``
and ``claimant_type`` an empty value means the outlet's own voice: it is not a finding, so an empty
prediction for a named gold claimant is only a false negative and a name where the gold has none only a
false positive. The ratios (``... | matched``) are accuracies over matched pairs alone.

Field rules:

* ``value``: low, best and high all equal (an open end must be open in both).
* ``subject``: loose; the two phrases share their head word (last word, singular) or one contains the other.
* ``claimant``: see :func:`same_claimant`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from warlog.api import extract
from warlog.eval import Scorecard, read_gold
from warlog.models import Claim

FIELDS = ("value", "category", "claimant", "claimant_type", "scope", "subject", "stance", "hedge")
#: Fields where an empty value is the outlet's own voice rather than a label.
OPTIONAL_FIELDS = frozenset({"claimant", "claimant_type"})
_DETERMINERS = {"the", "a", "an"}
_PUNCTUATION = re.compile(r"[^\w\s&'-]")


@dataclass(frozen=True)
class Predicted:
    """A predicted claim with the character span of its number in the article text."""

    claim: Claim
    start: int
    end: int


def _claimant_words(name: str) -> tuple[list[str], list[str]]:
    """Normalised words of a claimant and the same words with their original case."""
    cased = _PUNCTUATION.sub(" ", name.replace("\u2019", "'").replace("'s ", " ").replace("s' ", "s ")).split()
    while cased and cased[0].lower() in _DETERMINERS:
        cased = cased[1:]
    return [w.lower() for w in cased], cased


def same_claimant(gold: str | None, predicted: str | None) -> bool:
    """Whether two claimant strings name the same source.

    Both are lower-cased, stripped of punctuation, possessive 's and leading articles ('the', 'a').
    They match when equal, when the shorter one is the end of the longer one and starts with a
    capital letter, or when both end in the same personal name of two capitalised words or more:
    a name keeps matching whatever title or description stands before it ('Col. Ryan Dillon' =
    'U.S. Army Col. Ryan Dillon', 'OCHA' = 'the UN humanitarian office OCHA', "Ukraine's adviser
    Mykola Dmytrenko" = 'Ukrainian adviser Mykola Dmytrenko'), while 'coalition' does not match
    'the US-led coalition'.
    """
    if not gold or not predicted:
        return not gold and not predicted
    gold_words, predicted_words = _claimant_words(gold), _claimant_words(predicted)
    if gold_words[0] == predicted_words[0]:
        return True
    gold_name, predicted_name = _final_name(gold_words[1]), _final_name(predicted_words[1])
    if len(gold_name) >= 2 and gold_name == predicted_name:
        return True
    (short, short_cased), (long, _) = sorted([gold_words, predicted_words], key=lambda words: len(words[0]))
    return bool(short) and short_cased[0][:1].isupper() and long[-len(short):] == short


def _final_name(cased: list[str]) -> list[str]:
    """The run of capitalised words that ends a claimant ('Mykola Dmytrenko')."""
    name: list[str] = []
    for word in reversed(cased):
        if not word[:1].isupper():
            break
        name.insert(0, word)
    return name if len(name) < len(cased) else []


def _head(phrase: str) -> str:
    word = phrase.lower().split()[-1] if phrase.split() else ""
    return word[:-1] if word.endswith("s") else word


def same_subject(gold: str | None, predicted: str | None) -> bool:
    if not gold or not predicted:
        return not gold and not predicted
    g, p = gold.lower(), predicted.lower()
    return _head(g) == _head(p) or g in p or p in g


def _same_number(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 1e-6)


def _field(record: dict | Claim, name: str):
    get = record.get if isinstance(record, dict) else lambda key: getattr(record, key)
    if name == "value":
        return tuple(get(f"value_{part}") for part in ("low", "best", "high"))
    return get(name)


def field_agrees(name: str, gold: dict, claim: Claim) -> bool:
    expected, got = _field(gold, name), _field(claim, name)
    if name == "value":
        return all(_same_number(e, g) for e, g in zip(expected, got))
    if name == "claimant":
        return same_claimant(expected, got)
    if name == "subject":
        return same_subject(expected, got)
    return expected == got


def _predicted_spans(text: str, claims: list[Claim]) -> list[Predicted]:
    """Locate each claim's number inside its sentence; repeated numbers take successive occurrences."""
    found, taken = [], set()
    for claim in claims:
        start = text.find(claim.number_text, claim.char_start, claim.char_end)
        while start in taken and start >= 0:
            start = text.find(claim.number_text, start + 1, claim.char_end)
        start = start if start >= 0 else claim.char_start
        taken.add(start)
        found.append(Predicted(claim, start, start + len(claim.number_text)))
    return found


def _gold_spans(text: str, gold_claims: list[dict]) -> list[tuple[int, int]]:
    spans = []
    for gold in gold_claims:
        start = text.find(gold["number_text"])
        spans.append((start, start + len(gold["number_text"])) if start >= 0 else (-1, -1))
    return spans


def _pair_score(gold: dict, span: tuple[int, int], predicted: Predicted) -> int:
    overlaps = span[0] < predicted.end and predicted.start < span[1]
    same_value = _same_number(gold["value_best"], predicted.claim.value_best)
    in_sentence = predicted.claim.char_start <= span[0] < predicted.claim.char_end
    if not overlaps and not (same_value and in_sentence):
        return 0
    return 4 * overlaps + 2 * same_value + same_claimant(gold["claimant"], predicted.claim.claimant)


def match(text: str, gold_claims: list[dict], claims: list[Claim]) -> list[tuple[dict, Claim]]:
    """Greedy one-to-one pairs of gold and predicted claims, best-scoring first."""
    predicted = _predicted_spans(text, claims)
    spans = _gold_spans(text, gold_claims)
    candidates = [
        (score, g, p)
        for g, gold in enumerate(gold_claims)
        for p, guess in enumerate(predicted)
        if (score := _pair_score(gold, spans[g], guess)) > 0
    ]
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _score, g, p in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if g not in used_gold and p not in used_predicted:
            used_gold.add(g)
            used_predicted.add(p)
            pairs.append((gold_claims[g], claims[p]))
    return pairs


def _count_field(card: Scorecard, item_id: str, name: str, gold: dict, claim: Claim) -> None:
    score = card.score(name)
    right = field_agrees(name, gold, claim)
    card.count(f"{name} | matched", right)
    if right:
        score.tp += _field(gold, name) is not None or name not in OPTIONAL_FIELDS
        return
    if _field(claim, name) is not None or name not in OPTIONAL_FIELDS:
        score.fp += 1
    if _field(gold, name) is not None or name not in OPTIONAL_FIELDS:
        score.fn += 1
    card.errors.append(f"{item_id} {name}: {gold['number_text']!r} gold {_field(gold, name)!r} "
                       f"got {_field(claim, name)!r}")


def _count_unmatched(card: Scorecard, item_id: str, gold_claims: list[dict], claims: list[Claim],
                     pairs: list[tuple[dict, Claim]]) -> None:
    matched_gold = {id(g) for g, _ in pairs}
    matched_claims = {id(c) for _, c in pairs}
    for gold in gold_claims:
        if id(gold) not in matched_gold:
            card.score("detection").fn += 1
            for name in FIELDS:
                card.score(name).fn += _field(gold, name) is not None or name not in OPTIONAL_FIELDS
            card.errors.append(f"{item_id} missed: {gold['number_text']!r} {gold['category']} ({gold['subject']})")
    for claim in claims:
        if id(claim) not in matched_claims:
            card.score("detection").fp += 1
            for name in FIELDS:
                card.score(name).fp += _field(claim, name) is not None or name not in OPTIONAL_FIELDS
            card.errors.append(f"{item_id} spurious: {claim.number_text!r} {claim.category} ({claim.subject})")


def evaluate(gold_path: Path) -> Scorecard:
    """Extract every item of the gold set and score its claims field by field."""
    card = Scorecard("claims")
    for name in ("detection", *FIELDS):
        card.score(name)
    for item in read_gold(gold_path):
        card.items += 1
        result = extract(item["text"], published=item.get("published"))
        pairs = match(result.article.text, item["claims"], result.claims)
        card.score("detection").tp += len(pairs)
        for gold, claim in pairs:
            for name in FIELDS:
                _count_field(card, item["id"], name, gold, claim)
        _count_unmatched(card, item["id"], item["claims"], result.claims, pairs)
    return card
