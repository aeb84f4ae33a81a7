"""Score ``warlog.dates`` on ``eval/dates/gold.jsonl``: ``python -m warlog.eval dates --errors 30``.

A found mention matches a gold one when their character spans overlap (each used
once, largest overlap first). Among matches the scorer checks the resolved interval,
the precision label and the role; over all gold event dates of day precision it checks
the start date to within a day (a missed mention counts as wrong). ``date_for_span``
is scored on the sentence of each gold event date: right when its date is that
date within a day, or inside the gold interval widened by a day for longer spans;
and per sentence, right when it gives any of the sentence's gold event dates. It is
also scored on event triggers (warlog's trigger ruler), as extraction calls it: each
trigger goes to the gold event date nearest it in the parse, and each date is checked
on its nearest trigger.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from spacy.tokens import Doc, Span

from warlog.dates import DateMention, date_for_span, find_dates
from warlog.dates.roles import tree_distance
from warlog.eval import Scorecard, read_gold
from warlog.nlp import load_nlp

ONE_DAY = timedelta(days=1)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _overlap(gold: dict, found: DateMention) -> int:
    return min(gold["end"], found.end) - max(gold["start"], found.start)


def match_mentions(golds: list[dict], found: list[DateMention]) -> list[tuple[dict, DateMention]]:
    """Gold and found mentions paired by overlapping spans, largest overlap first, each used once."""
    pairs = sorted(
        ((_overlap(gold, mention), g, f) for g, gold in enumerate(golds) for f, mention in enumerate(found)),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_found: set[int] = set()
    matched = []
    for overlap, g, f in pairs:
        if overlap > 0 and g not in used_gold and f not in used_found:
            used_gold.add(g)
            used_found.add(f)
            matched.append((golds[g], found[f]))
    return sorted(matched, key=lambda pair: pair[0]["start"])


def _within_a_day(value: date | None, gold: dict) -> bool:
    """Is ``value`` the gold date (or inside the gold interval) give or take a day?"""
    start, end = _day(gold["start_date"]), _day(gold["end_date"])
    if start is None and end is None:
        return value is None
    if value is None:
        return False
    low, high = (start or end), (end or start)
    return low - ONE_DAY <= value <= high + ONE_DAY


def _describe(mention: DateMention) -> str:
    return f"{mention.mention!r} {mention.start_date}..{mention.end_date} {mention.precision} {mention.role}"


def _score_detection(card: Scorecard, item: dict, found: list[DateMention], matched: list) -> None:
    score = card.score("mention (span overlap)")
    score.tp += len(matched)
    score.fn += len(item["dates"]) - len(matched)
    score.fp += len(found) - len(matched)
    gold_ids = {id(gold) for gold, _ in matched}
    found_ids = {id(mention) for _, mention in matched}
    for gold in item["dates"]:
        if id(gold) not in gold_ids:
            card.errors.append(f"{item['id']} missed {gold['mention']!r} ({gold['role']})")
    for mention in found:
        if id(mention) not in found_ids:
            card.errors.append(f"{item['id']} spurious {_describe(mention)}")


def _score_matches(card: Scorecard, item: dict, matched: list) -> None:
    for gold, mention in matched:
        card.count("exact span (matched)", (gold["start"], gold["end"]) == (mention.start, mention.end))
        interval = (_day(gold["start_date"]), _day(gold["end_date"])) == (mention.start_date, mention.end_date)
        card.count("start and end exact (matched)", interval)
        card.count("precision label (matched)", gold["precision"] == mention.precision)
        card.count("role (matched)", gold["role"] == mention.role)
        if not interval or gold["precision"] != mention.precision or gold["role"] != mention.role:
            card.errors.append(
                f"{item['id']} gold {gold['mention']!r} {gold['start_date']}..{gold['end_date']} "
                f"{gold['precision']} {gold['role']} | found {_describe(mention)}"
            )


def _score_event_days(card: Scorecard, item: dict, matched: list) -> None:
    found_for = {id(gold): mention for gold, mention in matched}
    for gold in item["dates"]:
        if gold["role"] == "event" and gold["precision"] == "day":
            mention = found_for.get(id(gold))
            right = mention is not None and _within_a_day(mention.start_date, gold)
            card.count("event day +-1 (all gold day events)", right)


def _score_date_for_span(card: Scorecard, item: dict, doc: Doc, found: list[DateMention]) -> None:
    events = [gold for gold in item["dates"] if gold["role"] == "event"]
    by_sentence: dict[tuple[int, int], list[dict]] = {}
    for gold in events:
        sentence = doc.char_span(gold["start"], gold["end"], alignment_mode="expand")[0].sent
        by_sentence.setdefault((sentence.start_char, sentence.end_char), []).append(gold)
    for (start, end), golds in by_sentence.items():
        value, _ = date_for_span(found, doc, start, end, item["published"])
        hits = [_within_a_day(value, gold) for gold in golds]
        for gold, hit in zip(golds, hits):
            card.count("date_for_span(sentence) +-1 (per gold event)", hit)
        card.count("date_for_span(sentence) +-1 (per sentence)", any(hits))
        if not any(hits):
            wanted = ", ".join(f"{g['mention']!r}={g['start_date']}" for g in golds)
            card.errors.append(f"{item['id']} date_for_span gave {value}, gold {wanted}")


def _owned_triggers(doc: Doc, events: list[dict]) -> dict[int, list[tuple[int, Span]]]:
    """Each trigger of warlog's ruler given to the gold event date nearest it in the parse."""
    roots = [doc.char_span(g["start"], g["end"], alignment_mode="expand").root for g in events]
    owned: dict[int, list[tuple[int, Span]]] = {}
    for trigger in doc.spans.get("triggers", []):
        distances = [(tree_distance(root, trigger.root), index) for index, root in enumerate(roots)]
        known = [(d, index) for d, index in distances if d is not None]
        if known:
            distance, index = min(known)
            owned.setdefault(index, []).append((distance, trigger))
    return owned


def _score_date_for_trigger(card: Scorecard, item: dict, doc: Doc, found: list[DateMention]) -> None:
    """date_for_span on the trigger (warlog's ruler) nearest each gold event date, as extraction calls it."""
    events = [gold for gold in item["dates"] if gold["role"] == "event"]
    for index, triggers in _owned_triggers(doc, events).items():
        gold, trigger = events[index], min(triggers, key=lambda pair: (pair[0], pair[1].start))[1]
        value, _ = date_for_span(found, doc, trigger.start_char, trigger.end_char, item["published"])
        hit = _within_a_day(value, gold)
        card.count("date_for_span(trigger) +-1 (per gold event with a trigger)", hit)
        if not hit:
            card.errors.append(f"{item['id']} date_for_span({trigger.text!r}) gave {value}, "
                               f"gold {gold['mention']!r}={gold['start_date']}")


def evaluate(gold_path: Path) -> Scorecard:
    """Detection, resolution, precision, role and event-date figures on one gold file."""
    nlp = load_nlp()
    card = Scorecard("dates")
    for item in read_gold(gold_path):
        card.items += 1
        doc = nlp(item["text"])
        found = find_dates(doc, item["published"])
        matched = match_mentions(item["dates"], found)
        _score_detection(card, item, found, matched)
        _score_matches(card, item, matched)
        _score_event_days(card, item, matched)
        _score_date_for_span(card, item, doc, found)
        _score_date_for_trigger(card, item, doc, found)
    return card
