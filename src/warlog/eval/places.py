"""Score place finding and resolution on ``eval/places/gold.jsonl`` (see its README for the coding).

Gold and predicted mentions are paired when their spans overlap (largest overlap first). Measured:
mention detection (overlap and exact span), and on the pairs: coordinates within 25 km (all, below
country level, and for town-level event places, the ACLED comparison that matters most), country,
first-level region, ACLED geo precision, role; role 'event' as a detection; and per item, whether
``place_for_span`` over the sentence of the first gold event place picks a place within 25 km of it,
and whether the article's focus country is right. The gold ``focus_country`` is only compared with,
never given to the system.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from warlog.eval import Scorecard, read_gold
from warlog.places.distance import km_between
from warlog.nlp import load_nlp
from warlog.places import PlaceMention, article_focus, find_places, place_for_span
from warlog.places.index import gazetteer
from warlog.places.normalise import name_key
from warlog.places.sources import bare_region_name
from warlog.places.user import ENV_VAR

KM = 25.0


def within(gold: dict, place: PlaceMention | None, km: float = KM) -> bool:
    if place is None or place.latitude is None or place.longitude is None:
        return False
    return km_between((gold["latitude"], gold["longitude"]), (place.latitude, place.longitude)) <= km


def same_admin1(country: str | None, gold: str | None, predicted: str | None) -> bool:
    """Region names match by key ('Donetsk Oblast' = 'Donetsk oblast') or by naming the same region."""
    if not gold or not predicted:
        return gold == predicted
    if name_key(bare_region_name(gold)) == name_key(bare_region_name(predicted)):
        return True
    gold_region = gazetteer().region(country, gold)
    return gold_region is not None and gold_region == gazetteer().region(country, predicted)


def _overlap(gold: dict, place: PlaceMention) -> int:
    return min(gold["end"], place.end) - max(gold["start"], place.start)


def pair_mentions(gold: list[dict], predicted: list[PlaceMention]) -> list[tuple[dict, PlaceMention]]:
    """One-to-one pairs of overlapping spans, largest overlap first."""
    options = sorted(((_overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
                      if _overlap(g, p) > 0), reverse=True)
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, gi, pi in options:
        if gi not in used_gold and pi not in used_predicted:
            used_gold.add(gi)
            used_predicted.add(pi)
            pairs.append((gold[gi], predicted[pi]))
    return pairs


def _describe(place: PlaceMention) -> str:
    return (f"{place.mention!r} -> {place.name} ({place.country}, {place.admin1}, {place.feature}, "
            f"p{place.geo_precision}, {place.role})")


def _score_detection(card: Scorecard, item: dict, pairs: list, predicted: list[PlaceMention]) -> None:
    gold = item["places"]
    detection = card.score("mention (span overlap)")
    detection.tp += len(pairs)
    detection.fn += len(gold) - len(pairs)
    detection.fp += len(predicted) - len(pairs)
    exact = card.score("mention (exact span)")
    hits = sum(1 for g, p in pairs if (g["start"], g["end"]) == (p.start, p.end))
    exact.tp += hits
    exact.fn += len(gold) - hits
    exact.fp += len(predicted) - hits
    paired_gold = {id(g) for g, _ in pairs}
    paired_predicted = {id(p) for _, p in pairs}
    card.errors += [f"{item['id']} missed {g['mention']!r} ({g['name']}, {g['role']})" for g in gold if id(g) not in paired_gold]
    card.errors += [f"{item['id']} spurious {_describe(p)}" for p in predicted if id(p) not in paired_predicted]


def _score_pairs(card: Scorecard, item: dict, pairs: list) -> None:
    for gold, place in pairs:
        near = within(gold, place)
        card.count("within 25 km (paired)", near)
        if gold["feature"] != "country":
            card.count("within 25 km (paired, below country)", near)
        if gold["geo_precision"] == 1 and gold["role"] == "event":
            card.count("within 25 km (town-level event places)", near)
        card.count("country (paired)", gold["country"] == place.country)
        if gold["feature"] != "country":
            card.count("admin1 (paired, below country)", same_admin1(gold["country"], gold["admin1"], place.admin1))
        card.count("geo_precision (paired)", gold["geo_precision"] == place.geo_precision)
        card.count("role (paired)", gold["role"] == place.role)
        wrong = [label for label, right in (("far", near), ("precision", gold["geo_precision"] == place.geo_precision),
                                            ("role", gold["role"] == place.role)) if not right]
        if wrong:
            card.errors.append(f"{item['id']} {'/'.join(wrong)}: gold {gold['mention']!r} {gold['name']} "
                               f"p{gold['geo_precision']} {gold['role']}; got {_describe(place)}")


def _score_roles(card: Scorecard, item: dict, pairs: list, predicted: list[PlaceMention]) -> None:
    """Event places as a detection: a hit is a predicted event place paired with a gold one."""
    role = card.score("role event")
    hits = sum(1 for g, p in pairs if g["role"] == p.role == "event")
    role.tp += hits
    role.fp += sum(1 for p in predicted if p.role == "event") - hits
    role.fn += sum(1 for g in item["places"] if g["role"] == "event") - hits


def _score_item_place(card: Scorecard, item: dict, doc, predicted: list[PlaceMention]) -> None:
    first = next((g for g in item["places"] if g["role"] == "event"), None)
    if first is None:
        return
    sentence = doc.char_span(first["start"], first["end"], alignment_mode="expand").sent
    picked = place_for_span(predicted, doc, sentence.start_char, sentence.end_char)
    card.count("place_for_span within 25 km (items)", within(first, picked))
    if item["focus_country"] == "SY":
        card.count("event governorate (Syria items)",
                   picked is not None and same_admin1("SY", first["admin1"], picked.admin1))
    if not within(first, picked):
        got = _describe(picked) if picked else "nothing"
        card.errors.append(f"{item['id']} place_for_span: gold {first['mention']!r} {first['name']}; got {got}")
    focus = article_focus(predicted)
    card.count("article focus country (items)", focus is not None and focus.country == item["focus_country"])


@contextmanager
def _without_user_places():
    """Score the shipped gazetteer only: a user place file (WARLOG_PLACES) is set aside meanwhile."""
    saved = os.environ.pop(ENV_VAR, None)
    try:
        yield
    finally:
        if saved is not None:
            os.environ[ENV_VAR] = saved


def evaluate(gold_path: Path) -> Scorecard:
    """Run ``find_places`` on every gold text and score it."""
    with _without_user_places():
        return _evaluate(gold_path)


def _evaluate(gold_path: Path) -> Scorecard:
    nlp = load_nlp()
    card = Scorecard(name="places")
    for item in read_gold(gold_path):
        card.items += 1
        doc = nlp(item["text"])
        predicted = find_places(doc)
        pairs = pair_mentions(item["places"], predicted)
        _score_detection(card, item, pairs, predicted)
        _score_pairs(card, item, pairs)
        _score_roles(card, item, pairs, predicted)
        _score_item_place(card, item, doc, predicted)
    return card
