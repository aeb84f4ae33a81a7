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


def _hits(triggers: list[Span], targets: list[Span]) -> list[tuple[Span, Span]]:
    """(target, trigger) for each target a trigger hit, with the targets joined to it by 'and'."""
    found = []
    for trigger in triggers:
        for target in targets:
            if _hit_by(target, trigger):
                joined = {target.root.i, *(c.i for c in target.root.conjuncts)}
                found += [(t, trigger) for t in targets if t.root.i in joined]
    return found


def split_by_target(reports: list[Report], doc: Doc) -> list[Report]:
    """Each report followed by one report per further kind of target that its trigger, or another
    word for the same kind of event in its sentence ('the air strike on a school ... the strikes at a
    bakery and a market'), hit; the further reports carry no figures."""
    result: list[Report] = []
    for report in reports:
        result.append(report)
        if report.target is None:
            continue
        triggers = [t for t in doc.spans.get("triggers", []) if t.label_ == report.sub_event_type
                    and report.char_start <= t.start_char and t.end_char <= report.char_end]
        own = _trigger_of(report, doc)
        if own is None or not triggers:
            continue
        inside = [t for t in _targets_in(doc, report.char_start, report.char_end)
                  if any(g.start <= t.start and t.end <= g.end for g in doc.spans.get("triggers", []))]
        if any(t.label_ == report.target for t in inside):
            continue  # the 'car' of 'car bomber' is the weapon, not a second target
        targets = [t for t in _targets_in(doc, report.char_start, report.char_end) if t not in inside]
        kinds = {report.target}
        # One thing named twice ('an SDF checkpoint' as a checkpoint and a military position) is one target.
        places = {t.root.i for t in targets if t.label_ == report.target}
        for target, trigger in _hits(sorted(triggers, key=lambda t: t.start != own.start), targets):
            if target.label_ in kinds or target.root.i in places:
                continue
            kinds.add(target.label_)
            places.add(target.root.i)
            result.append(replace(report, target=target.label_, trigger=trigger.text,
                                  **{name: None for name in _COUNT_FIELDS},
                                  report_id=stable_id(report.article_id, report.char_start, report.char_end,
                                                      report.sub_event_type, target.label_)))
    return result
