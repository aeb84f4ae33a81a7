"""WikiEvents: full news articles with every event mention annotated in the KAIROS ontology.

KAIROS annotates each mention ('the bombing', 'the blast', 'killed'), where warlog makes one report per
event it is told of in a sentence, so detection is scored per sentence: a sentence holds an attack (a
death, an injury, an arrest, a demonstration) when a gold mention of that kind has its trigger there, and
warlog finds one when a report of that kind comes from it. warlog's sentences are matched to the gold
sentences by text, since cleaning may rejoin the article's lines. Arguments are scored as recall: a gold
Attacker is found when a report from its sentence names it as actor1; a Victim as actor2 or target; a
Target as target or actor2; a Place as the report's location or admin unit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz

from warlog.eval import Scorecard
from warlog.eval.real import code_texts, read_rows
from warlog.eval.real.compare import plain
from warlog.models import RawDocument, Report

VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
NOT_ATTACKS = {"Abduction/forced disappearance", "Sexual violence"}

#: Each kind scored: the KAIROS types that are it, and the warlog reports that are it.
KINDS: dict[str, tuple[tuple[str, ...], Callable[[Report], bool]]] = {
    "attack": (("Conflict.Attack",),
               lambda r: r.event_type in VIOLENT_TYPES and r.sub_event_type not in NOT_ATTACKS),
    "death": (("Life.Die",), lambda r: (r.fatalities_best or 0) > 0),
    "injury": (("Life.Injure",), lambda r: (r.injured_best or 0) > 0),
    "arrest": (("Justice.ArrestJailDetain",), lambda r: r.sub_event_type == "Arrests"),
    "demonstration": (("Conflict.Demonstrate",), lambda r: r.event_type in {"Protests", "Riots"}),
}

#: For each argument role, the report fields that may name it.
ROLE_FIELDS = {
    "Attacker": ("actor1",),
    "Victim": ("actor2", "target"),
    "Target": ("target", "actor2"),
    "Place": ("location", "admin1", "admin2"),
}
_ARGUMENT_EVENTS = ("Conflict.Attack", "Life.Die", "Life.Injure")


def _sentence_of(report: Report, sentences: list[str]) -> int | None:
    """The gold sentence a report's sentence is, by the best textual match."""
    scores = [fuzz.partial_ratio(report.sentence, sentence) if sentence else 0 for sentence in sentences]
    best = max(range(len(scores)), key=scores.__getitem__, default=None)
    return best if best is not None and scores[best] >= 80 else None


def _names(field_value: str | None, argument: str) -> bool:
    if not field_value:
        return False
    a, b = plain(field_value), plain(argument)
    return bool(a and b) and (b in a or a in b)


def _score_kinds(card: Scorecard, doc: dict, by_sentence: dict[int, list[Report]]) -> None:
    for kind, (prefixes, is_kind) in KINDS.items():
        gold = {m["trigger"]["sent_idx"] for m in doc["event_mentions"] if m["event_type"].startswith(prefixes)}
        found = {i for i, reports in by_sentence.items() if any(is_kind(r) for r in reports)}
        score = card.score(f"{kind} detection (sentences)")
        score.tp += len(gold & found)
        score.fp += len(found - gold)
        score.fn += len(gold - found)
        for i in sorted(gold - found):
            card.mistake(f"{kind} missed", 1, f"{doc['id']} #{i}: {doc['sentences'][i][:220]}")
        for i in sorted(found - gold):
            card.mistake(f"{kind} spurious", 1, f"{doc['id']} #{i}: {doc['sentences'][i][:220]}")


def _score_arguments(card: Scorecard, doc: dict, by_sentence: dict[int, list[Report]]) -> None:
    for mention in doc["event_mentions"]:
        if not mention["event_type"].startswith(_ARGUMENT_EVENTS):
            continue
        reports = by_sentence.get(mention["trigger"]["sent_idx"], [])
        for argument in mention["arguments"]:
            fields = ROLE_FIELDS.get(argument["role"])
            if fields is None:
                continue
            found = any(_names(getattr(r, name), argument["text"]) for r in reports for name in fields)
            card.count(f"argument {argument['role'].lower()}", found)


def evaluate(path: Path, limit: int | None = None) -> Scorecard:
    docs = read_rows(path, limit)
    card = Scorecard(name="wikievents (news articles, KAIROS mentions)", items=len(docs))
    documents = [(doc["id"], RawDocument(source=doc["id"], text=doc["text"])) for doc in docs]
    for doc, coded in zip(docs, code_texts(documents)):
        by_sentence: dict[int, list[Report]] = {}
        for report in coded.reports:
            index = _sentence_of(report, doc["sentences"])
            if index is not None:
                by_sentence.setdefault(index, []).append(report)
        card.count("articles read", coded.article is not None)
        _score_kinds(card, doc, by_sentence)
        _score_arguments(card, doc, by_sentence)
    return card
