"""Event reports: every mention of a conflict event, coded in ACLED's taxonomy.

A first rule set (issue 3 deepens it): triggers from ``data/triggers`` name the
event; rules named in the lexicon refine the sub-type from the actors and
victims; modality, actors, target, casualties and attribution come from the
parse around the trigger. Casualty figures in the next sentence attach to an
event when that sentence names no event of its own ('An airstrike hit the
market. Eleven people died.'). Sentences about cumulative tallies give their
figures to claims, not to an incident.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from warlog.clean.normalise import stable_id
from warlog.data import read_table
from warlog.extract.actors import Actor, find_actors
from warlog.extract.attribution import Attribution
from warlog.extract.casualties import counts_from, find_casualties
from warlog.extract.modality import find_modality
from warlog.extract.scope import is_cumulative
from warlog.models import Counts, Report
from warlog.nlp.rulers import CASUALTY

ATTACK = ("Violence against civilians", "Attack")
ARMED_CLASH = ("Battles", "Armed clash")
GOVERNMENT_REGAINS = ("Battles", "Government regains territory")
NON_STATE_OVERTAKES = ("Battles", "Non-state actor overtakes territory")
PROTEST_INTERVENTION = ("Protests", "Protest with intervention")
EXCESSIVE_FORCE = ("Protests", "Excessive force against protesters")
_INTERVENTION_WORDS = frozenset("disperse dispersed tear gas arrest arrested detain detained water cannon baton beat".split())
_MILITARY_CONTEXT = frozenset("air aircraft drone warplane jet coalition missile military bomb kill killed wound hit target".split())
#: A casualty-only sentence makes its own report with this much confidence.
CASUALTY_ONLY_CONFIDENCE = 0.4


@lru_cache(maxsize=1)
def _triggers() -> dict[str, dict[str, str]]:
    return {row["id"]: row for row in read_table("triggers/triggers.csv")}


def _sentence_words(sentence: Span) -> set[str]:
    return {t.lower_ for t in sentence} | {t.lemma_.lower() for t in sentence}


def _refine(row: dict[str, str], actor1: Actor | None, counts: Counts, sentence: Span) -> tuple[str, str] | None:
    """Apply the lexicon's rule; ``None`` drops the trigger."""
    rule = row["rule"]
    types = (row["event_type"], row["sub_event_type"])
    if rule == "strike_context":
        return types if _sentence_words(sentence) & _MILITARY_CONTEXT else None
    if rule == "attack_by_victim":
        civilians_only = counts.civilian_fatalities_best and counts.civilian_fatalities_best == counts.fatalities_best
        return ATTACK if civilians_only else types
    if rule == "territory_by_actor":
        return GOVERNMENT_REGAINS if actor1 is not None and actor1.is_state else NON_STATE_OVERTAKES
    if rule == "protest_outcome":
        words = _sentence_words(sentence)
        if counts.fatalities_best:
            return EXCESSIVE_FORCE
        return PROTEST_INTERVENTION if words & _INTERVENTION_WORDS else types
    return types


def _confidence(weight: float, actor1: Actor | None, counts: Counts) -> float:
    score = weight * 0.8 + (0.1 if actor1 else 0.0) + (0.1 if counts.fatalities_best or counts.injured_best else 0.0)
    return round(min(score, 1.0), 2)


def _next_sentence_counts(sentences: list[Span], index: int, event_sentences: set[int]) -> tuple[Counts, Span | None]:
    """Casualties in the following sentence, when it names no event of its own."""
    if index + 1 >= len(sentences) or (index + 1) in event_sentences:
        return Counts(), None
    following = sentences[index + 1]
    if is_cumulative(following):
        return Counts(), None
    casualties = find_casualties(following)
    return (counts_from(casualties), following) if casualties else (Counts(), None)


def _make_report(article_id, doc, first: Span, last: Span, types, trigger, modality, actors, counts, target, attribution, confidence) -> Report:
    actor1, actor2 = actors
    start, end = first.start_char, last.end_char
    return Report(
        report_id=stable_id(article_id, start, end, types[1]),
        article_id=article_id,
        event_type=types[0],
        sub_event_type=types[1],
        modality=modality,
        actor1=actor1.name if actor1 else None,
        actor2=actor2.name if actor2 else None,
        inter1=actor1.inter if actor1 else None,
        inter2=actor2.inter if actor2 else None,
        target=target,
        attributed_to=attribution.claimant if attribution else None,
        trigger=trigger.text,
        confidence=confidence,
        sentence=doc.text[start:end],
        char_start=start,
        char_end=end,
        **{k: v for k, v in vars(counts).items()},
    )


def _target(trigger: Span, sentence: Span) -> str | None:
    targets = [s for s in sentence.doc.spans.get("targets", []) if sentence.start <= s.start and s.end <= sentence.end]
    if not targets:
        return None
    return min(targets, key=lambda s: (s.start < trigger.start, abs(s.start - trigger.start))).label_


def extract_reports(doc: Doc, article_id: str, attributions: dict[int, Attribution]) -> list[Report]:
    """Every event report in an annotated article."""
    sentences = list(doc.sents)
    by_sentence: dict[int, list[Span]] = {}
    for trigger in doc.spans.get("triggers", []):
        index = next(i for i, s in enumerate(sentences) if s.start <= trigger.start < s.end)
        by_sentence.setdefault(index, []).append(trigger)
    event_sentences = {i for i, ts in by_sentence.items() if any(t.label_ != CASUALTY for t in ts)}
    reports: list[Report] = []
    for index, triggers in sorted(by_sentence.items()):
        sentence = sentences[index]
        cumulative = is_cumulative(sentence)
        counts = Counts() if cumulative else counts_from(find_casualties(sentence))
        attribution = attributions.get(sentence.start)
        event_triggers = [t for t in triggers if t.label_ != CASUALTY]
        if not event_triggers:
            if cumulative or not counts.fatalities_best or (index - 1) in event_sentences:
                continue
            casualty = triggers[0]
            actors = find_actors(casualty, sentence)
            types = ATTACK if counts.civilian_fatalities_best == counts.fatalities_best else ARMED_CLASH
            reports.append(
                _make_report(article_id, doc, sentence, sentence, types, casualty,
                             find_modality(casualty), actors, counts, _target(casualty, sentence), attribution,
                             CASUALTY_ONLY_CONFIDENCE)
            )
            continue
        seen: set[str] = set()
        for trigger in event_triggers:
            row = _triggers()[trigger.id_]
            actors = find_actors(trigger, sentence)
            last = sentence
            trigger_counts = counts
            if not cumulative and not (counts.fatalities_best or counts.injured_best):
                trigger_counts, following = _next_sentence_counts(sentences, index, event_sentences)
                last = following or sentence
            types = _refine(row, actors[0], trigger_counts, sentence)
            if types is None or types[1] in seen:
                continue
            # Figures go to the sentence's first event only, so that events never count a death twice.
            if seen:
                trigger_counts = Counts()
            seen.add(types[1])
            reports.append(
                _make_report(article_id, doc, sentence, last, types, trigger, find_modality(trigger), actors,
                             trigger_counts, _target(trigger, sentence), attribution,
                             _confidence(float(row["weight"]), actors[0], trigger_counts))
            )
    return reports
