"""Score event reports against ``eval/reports/gold.jsonl`` (issue 3).

Predicted reports are matched to gold events one to one within each item: a pair scores highest when
the predicted trigger overlaps the gold trigger, then when the sub-type or the event type agrees.
Detection and sub-event type are scored as precision/recall/F1 (an unmatched prediction is a false
positive, an unmatched gold event a false negative); the sub-type's weighted F1 weights each
sub-type's F1 by its gold support, as scikit-learn's ``average='weighted'`` does. The set codes
events, so mentions that make none (modality ``background`` or ``retold``,
:mod:`warlog.extract.background`) are not scored. Every other field is
an accuracy over matched pairs. Actors are compared after normalising the gold surface text through
warlog's own actor dictionary (the gold keeps what the text says; warlog outputs canonical names).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

from warlog.api import extract
from warlog.eval import Scorecard, read_gold
from warlog.extract.actors import as_doer, in_country, resolve, state_forces
from warlog.extract.background import MENTION_MODALITIES
from warlog.models import Report
from warlog.nlp import load_nlp

COUNT_FIELDS = ("fatalities", "civilian_fatalities", "injured")
EXACT_FIELDS = ("event_type", "modality", "target")


def _trigger_span(text: str, trigger: str) -> tuple[int, int]:
    start = text.lower().find(trigger.lower())
    return (start, start + len(trigger)) if start >= 0 else (-1, -1)


def _trigger_start(report: Report) -> int:
    start = report.sentence.find(report.trigger)
    return report.char_start + max(start, 0)


def _pair_score(gold: dict, span: tuple[int, int], report: Report) -> float:
    start = _trigger_start(report)
    overlaps = start < span[1] and span[0] < start + len(report.trigger)
    near = span[0] >= report.char_start and span[1] <= report.char_end
    return 4 * overlaps + 1 * near + 2 * (gold["sub_event_type"] == report.sub_event_type) + (
        gold["event_type"] == report.event_type
    )


def match(text: str, gold_events: list[dict], reports: list[Report]) -> list[tuple[dict, Report]]:
    """Greedy one-to-one matching by pair score; a pair needs the trigger inside the report or the same type."""
    candidates = []
    for g, gold in enumerate(gold_events):
        span = _trigger_span(text, gold["trigger"])
        for r, report in enumerate(reports):
            score = _pair_score(gold, span, report)
            if score >= 2:
                candidates.append((score, g, r))
    used_gold: set[int] = set()
    used_reports: set[int] = set()
    pairs = []
    for _score, g, r in sorted(candidates, key=lambda c: -c[0]):
        if g not in used_gold and r not in used_reports:
            used_gold.add(g)
            used_reports.add(r)
            pairs.append((gold_events[g], reports[r]))
    return pairs


@lru_cache(maxsize=4096)
def canonical_actor(surface: str | None, country: str | None = None, country_name: str | None = None,
                    day=None, doer: bool = False) -> str | None:
    """The dictionary name for a surface actor text (named for the event's country, as warlog names its
    own; as the one who acted where ``doer``), or the text itself, lower-cased."""
    if not surface:
        return None
    doc = load_nlp()(surface)
    spans = list(doc.spans.get("actors", []))
    if spans:
        actor = resolve(max(spans, key=len))
        name = (as_doer(actor) if doer else actor).name
    else:
        forces = state_forces(surface.strip())  # 'Israeli' for 'Israeli strikes'
        name = forces[0] if forces else surface
    return _loose(in_country(name, None, country, country_name, day)[0])


def _loose(text: str) -> str:
    words = [w for w in text.lower().replace("'s", "").split() if w not in {"the", "a", "an"}]
    return " ".join(words)


def same_actor(gold: str | None, predicted: str | None, report: Report | None = None, doer: bool = False) -> bool:
    where = (report.country, report.country_name, report.event_date) if report else (None, None, None)
    gold_name = canonical_actor(gold, *where, doer)
    if gold_name is None or predicted is None:
        return gold_name is None and predicted is None
    predicted_name = _loose(predicted)
    return gold_name == predicted_name or gold_name in predicted_name or predicted_name in gold_name


def same_source(gold: str | None, predicted: str | None) -> bool:
    """Loose: the first gold source and the prediction share a content word."""
    if not gold or not predicted:
        return not gold and not predicted
    first = set(_loose(gold.split(";")[0]).split())
    return bool(first & set(_loose(predicted).split()))


def _score_pair(card: Scorecard, item_id: str, gold: dict, report: Report) -> None:
    for name in EXACT_FIELDS:
        right = gold[name] == getattr(report, name)
        card.count(name, right)
        if not right:
            card.errors.append(f"{item_id} {name}: gold {gold[name]!r} got {getattr(report, name)!r}")
    for name in COUNT_FIELDS:
        triple = tuple(gold[f"{name}_{part}"] for part in ("low", "best", "high"))
        got = tuple(getattr(report, f"{name}_{part}") for part in ("low", "best", "high"))
        card.count(f"{name}_best", triple[1] == got[1])
        card.count(f"{name}_low_best_high", triple == got)
        if triple[1] != got[1]:
            card.errors.append(f"{item_id} {name}: gold {triple} got {got}")
    for name in ("actor1", "actor2"):
        right = same_actor(gold[name], getattr(report, name), report, doer=name == "actor1")
        card.count(name, right)
        if not right:
            card.errors.append(f"{item_id} {name}: gold {gold[name]!r} got {getattr(report, name)!r}")
    right = same_source(gold["attributed_to"], report.attributed_to)
    card.count("attributed_to", right)
    if not right:
        card.errors.append(f"{item_id} attributed_to: gold {gold['attributed_to']!r} got {report.attributed_to!r}")


def _score_types(card: Scorecard, item_id: str, gold_events: list[dict], reports: list[Report],
                 pairs: list[tuple[dict, Report]], support: Counter, per_type: dict) -> None:
    matched_gold = {id(g) for g, _ in pairs}
    matched_reports = {id(r) for _, r in pairs}
    detection = card.score("detection")
    detection.tp += len(pairs)
    detection.fp += len(reports) - len(pairs)
    detection.fn += len(gold_events) - len(pairs)
    for gold, report in pairs:
        right = gold["sub_event_type"] == report.sub_event_type
        per_type.setdefault(gold["sub_event_type"], card.score(f"  {gold['sub_event_type']}"))
        per_type.setdefault(report.sub_event_type, card.score(f"  {report.sub_event_type}"))
        if right:
            per_type[gold["sub_event_type"]].tp += 1
        else:
            per_type[gold["sub_event_type"]].fn += 1
            per_type[report.sub_event_type].fp += 1
            card.errors.append(f"{item_id} sub_event_type: gold {gold['sub_event_type']!r} got "
                               f"{report.sub_event_type!r} ({report.trigger!r})")
    for gold in gold_events:
        support[gold["sub_event_type"]] += 1
        if id(gold) not in matched_gold:
            per_type.setdefault(gold["sub_event_type"], card.score(f"  {gold['sub_event_type']}")).fn += 1
            card.errors.append(f"{item_id} missed: {gold['sub_event_type']} {gold['trigger']!r} ({gold['modality']})")
    for report in reports:
        if id(report) not in matched_reports:
            per_type.setdefault(report.sub_event_type, card.score(f"  {report.sub_event_type}")).fp += 1
            card.errors.append(f"{item_id} spurious: {report.sub_event_type} {report.trigger!r} ({report.modality})")


def evaluate(gold_path: Path) -> Scorecard:
    card = Scorecard("reports")
    card.score("detection")
    support: Counter = Counter()
    per_type: dict = {}
    for item in read_gold(gold_path):
        card.items += 1
        reports = [r for r in extract(item["text"], published=item.get("published")).reports
                   if r.modality not in MENTION_MODALITIES]
        pairs = match(item["text"], item["events"], reports)
        _score_types(card, item["id"], item["events"], reports, pairs, support, per_type)
        for gold, report in pairs:
            _score_pair(card, item["id"], gold, report)
    _weighted_sub_type(card, support, per_type)
    return card


def _weighted_sub_type(card: Scorecard, support: Counter, per_type: dict) -> None:
    """The per-sub-type F1s weighted by gold support (scikit-learn's ``average='weighted'``)."""
    total = sum(support.values())
    card.values["sub_event_type weighted F1"] = (
        sum(per_type[name].f1 * n for name, n in support.items()) / total if total else 0.0
    )
