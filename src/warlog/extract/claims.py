"""Numeric claims: every figure an article gives about people or territory, with who gives it.

A first rule set (issue 4 deepens it): each counting quantity becomes a claim;
its category comes from the counted noun and the words around it
(``data/claims/categories.csv``), its claimant from the sentence's attribution,
its scope from cumulative cues (``data/claims/scope.csv``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from warlog.clean.normalise import stable_id
from warlog.data import read_table
from warlog.extract.attribution import Attribution
from warlog.extract.casualties import MAX_ARCS, _arcs_between
from warlog.extract.numbers import Quantity, counted_noun, find_quantities, is_not_a_count, people_groups
from warlog.extract.scope import is_cumulative
from warlog.models import Claim

_AREA_UNITS = {("square", "km"): "km2", ("square", "kilometers"): "km2", ("square", "kilometres"): "km2",
               ("sq", "km"): "km2", ("km2",): "km2", ("hectares",): "ha", ("square", "miles"): "mi2"}
_GROUP_CATEGORY = {"fighter": "fighters", "protester": "participants"}
_DENIAL_LEMMAS = {"deny", "reject", "dismiss"}


@lru_cache(maxsize=1)
def _categories() -> dict[tuple[str, str], str]:
    return {(row["where"], row["lemma"]): row["category"] for row in read_table("claims/categories.csv")}


def _area_unit(quantity: Quantity, doc: Doc) -> str | None:
    following = tuple(t.lower_ for t in doc[quantity.end : quantity.end + 2])
    for words, unit in _AREA_UNITS.items():
        if following[: len(words)] == words:
            return unit
    return None


def _category_from_context(anchor: Token, noun: Token | None, sentence: Span) -> str | None:
    categories = _categories()
    if noun is not None and (category := categories.get(("noun", noun.lemma_.lower()))):
        return category
    candidates = []
    for token in sentence:
        category = categories.get(("verb", token.lemma_.lower())) or categories.get(("verb", token.lower_))
        if category is None:
            continue
        distance = _arcs_between(anchor, token)
        if distance is not None and distance <= MAX_ARCS:
            candidates.append((distance, category))
    return min(candidates)[1] if candidates else None


def categorise(quantity: Quantity, noun: Token | None, sentence: Span) -> str:
    doc = sentence.doc
    group = people_groups().get(noun.lemma_.lower()) if noun is not None else None
    category = _category_from_context(doc[quantity.end - 1], noun, sentence)
    if category == "killed" and group == "civilian":
        return "civilians_killed"
    if category is not None:
        return category
    return _GROUP_CATEGORY.get(group or "", "other")


def _subject(noun: Token | None) -> str | None:
    if noun is None:
        return None
    left = min([noun.i] + [c.i for c in noun.lefts if c.dep_ in {"compound", "amod", "nmod"}])
    return noun.doc[left : noun.i + 1].text


def extract_claims(doc: Doc, article_id: str, attributions: dict[int, Attribution]) -> list[Claim]:
    """Every numeric claim in an annotated article."""
    claims: list[Claim] = []
    for sentence in doc.sents:
        cumulative = None
        attribution = attributions.get(sentence.start)
        for quantity in find_quantities(sentence):
            unit = _area_unit(quantity, doc)
            noun = counted_noun(quantity, doc)
            if unit is None and (is_not_a_count(quantity, doc) or noun is None and quantity.hedge != "vague"):
                continue
            if cumulative is None:
                cumulative = is_cumulative(sentence)
            category = "area" if unit else categorise(quantity, noun, sentence)
            if category == "other" and noun is not None and noun.lemma_.lower() not in people_groups():
                if noun.pos_ != "NOUN":
                    continue
            claims.append(_make_claim(article_id, doc, sentence, quantity, noun, unit, category, cumulative, attribution))
    return claims


def _make_claim(article_id, doc, sentence, quantity, noun, unit, category, cumulative, attribution) -> Claim:
    denied = attribution is not None and attribution.cue.lemma_.lower() in _DENIAL_LEMMAS
    return Claim(
        claim_id=stable_id(article_id, quantity.start, quantity.end),
        article_id=article_id,
        number_text=quantity.text,
        value_low=quantity.low,
        value_best=quantity.best,
        value_high=quantity.high,
        hedge=quantity.hedge,
        category=category,
        unit=unit,
        subject=_subject(noun),
        scope="cumulative" if cumulative else "incident",
        claimant=attribution.claimant if attribution else None,
        claimant_type=attribution.claimant_type if attribution else None,
        stance="denied" if denied else "asserted",
        sentence=sentence.text,
        char_start=sentence.start_char,
        char_end=sentence.end_char,
    )
