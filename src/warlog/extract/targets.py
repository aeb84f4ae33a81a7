"""One report per target: 'strikes hit a bakery and a market in Tabqa' tells of two places hit.

A sentence that names several targets of one trigger, joined by 'and' or a comma, gives each its own
report, so that each target can be its own event where ACLED would code two (two towns, two days)
and the link step can still join them where it would code one. The figures stay with the first
report: a toll told once for both targets is not counted twice.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from warlog.clean.normalise import stable_id
from warlog.models import Report

_COUNT_FIELDS = tuple(f"{kind}_{part}" for kind in ("fatalities", "civilian_fatalities", "injured")
                      for part in ("low", "best", "high"))


def _targets_in(doc: Doc, start: int, end: int) -> list[Span]:
    return [s for s in doc.spans.get("targets", []) if start <= s.start_char and s.end_char <= end]


def _joined(first: Span, targets: list[Span]) -> list[Span]:
    """The targets joined to ``first`` by 'and' or a list, other kinds of place than it, in order."""
    heads = {first.root.i, *(c.i for c in first.root.conjuncts)}
    joined = [t for t in targets if t.root.i in heads and t.start != first.start]
    kinds: set[str] = {first.label_}
    distinct = []
    for target in joined:
        if target.label_ not in kinds:
            kinds.add(target.label_)
            distinct.append(target)
    return distinct


def _trigger_of(report: Report, doc: Doc) -> Span | None:
    return next((t for t in doc.spans.get("triggers", []) if t.text == report.trigger
                 and report.char_start <= t.start_char and t.end_char <= report.char_end), None)


def _hit_by(target: Span, trigger: Span) -> bool:
    """The target is what the trigger (or its verb) acts on: its object, or what it hit 'on', 'at',
    'in'; not the object of another verb of the sentence ('raids on villages, burning homes and churches')."""
    doers = {trigger.root.i, trigger.root.head.i if trigger.root.dep_ in {"dobj", "nsubj", "nsubjpass"} else -1}
    head = target.root.head
    if target.root.dep_ in {"dobj", "nsubjpass", "obj"}:
        return head.i in doers
    return target.root.dep_ == "pobj" and head.dep_ == "prep" and head.head.i in doers


def split_by_target(reports: list[Report], doc: Doc) -> list[Report]:
    """Each report followed by one report per further target its trigger hit, without figures."""
    result: list[Report] = []
    for report in reports:
        result.append(report)
        if report.target is None:
            continue
        targets = _targets_in(doc, report.char_start, report.char_end)
        trigger = _trigger_of(report, doc)
        first = next((t for t in targets if t.label_ == report.target), None)
        if first is None or trigger is None or not _hit_by(first, trigger):
            continue
        for other in _joined(first, targets):
            extra = replace(report, target=other.label_, **{name: None for name in _COUNT_FIELDS},
                            report_id=stable_id(report.article_id, report.char_start, report.char_end,
                                                report.sub_event_type, other.label_))
            result.append(extra)
    return result
