"""WikiEvents: full news articles with every event mention annotated in the KAIROS ontology.

KAIROS annotates each mention ('the bombing', 'the blast', 'killed'), where warlog makes one report per
event it is told of in a sentence, so detection is scored per sentence: a sentence holds an attack (a
death, an injury, an arrest, a demonstration) when a gold mention of that type has its trigger there.

What warlog tells of in a sentence, by the ontology's own split of types: an attack (``Conflict.Attack``) when
a report of a violent type has its trigger there and that trigger is an event word, not a casualty word
('killed', 'wounded' are ``Life.Die`` and ``Life.Injure`` mentions, even where warlog infers the violence
behind them), nor a weapon that does the killing ('a car bomb killed 12': KAIROS never takes a weapon for a
trigger, so the sentence holds a death and no attack mention); a death or an injury where the words of a
report's figure stand (its stated field span; the trigger's sentence where the figure has none: 'A bomb hit
the market. Six people died.' tells the deaths in the second sentence, where KAIROS marks them), or a claim of
the dead or the injured has its words there (its category word, 'killed', else its figure: not where warlog's
sentence starts, which may be a headline run into it); an arrest when an Arrests report or a claim of the
detained does; a demonstration when a protest or riot report does. Every modality counts: KAIROS marks
planned, denied and past events too, and background and retold mentions that warlog keeps as reports but never
makes events of ('after the bombing', 'the attack took place at the gate': modalities ``background`` and
``retold``, :mod:`warlog.extract.background`).

The annotation is not exhaustive, so precision here is a floor: of the set's sentences holding
'killed', 'died', 'dead' or 'deaths', about a quarter carry no ``Life.Die`` mention, and of those
holding 'explosion', 'blast', 'bombing', 'attack' or 'exploded', over two fifths carry no
``Conflict.Attack`` one, among them whole incidents with their tolls and most later retellings of an
article's bombing (measured on the set, session 15).

The set's ``text`` is its sentences run together without the space between them ('...terror.AD"It
depends'); warlog reads the sentences joined by a space, as the article printed them, and each sentence
is found by its offsets in that text.

Arguments are scored as recall, two ways. By name: a gold Attacker is found when a report from its
sentence names it as actor1; a Victim as actor2 or target; a Target as target or actor2; a Place as the
report's location or admin unit. ACLED-style names ('Civilians (Afghanistan)') seldom contain KAIROS's
head words ('members', 'he'), so this undercounts. By span: the argument is found when a report from its
sentence read the field from words (a ``stated`` field span, :class:`warlog.models.FieldSpan`) that
overlap a mention of the argument's entity, itself or any mention coreferent with it; a Victim may
also be the words a toll counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from warlog.data import read_table
from warlog.eval import Scorecard
from warlog.eval.real import Coded, code_texts, read_rows
from warlog.eval.real.compare import plain
from warlog.models import Claim, RawDocument, Report
from warlog.nlp.loader import load_nlp

VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
NOT_ATTACKS = {"Abduction/forced disappearance", "Sexual violence"}

#: Each kind scored: the KAIROS types that are it, and the warlog reports that are it.
KINDS: dict[str, tuple[tuple[str, ...], Callable[[Report], bool]]] = {
    "attack": (("Conflict.Attack",),
               lambda r: r.event_type in VIOLENT_TYPES and r.sub_event_type not in NOT_ATTACKS and not _told_by_casualty_word(r)),
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
#: For each argument role, the fields whose stated spans may hold a mention of it.
ROLE_SPANS = {
    "Attacker": ("actor1", "assoc_actor_1"),
    "Victim": ("actor2", "target", "fatalities", "civilian_fatalities", "injured"),
    "Target": ("target", "actor2"),
    "Place": ("location",),
}
_ARGUMENT_EVENTS = ("Conflict.Attack", "Life.Die", "Life.Injure")


#: For each kind told by a figure, the report field whose stated words tell it.
TOLL_FIELDS = {"death": "fatalities", "injury": "injured"}

#: For each kind, the claim categories that tell of it.
CLAIM_CATEGORIES = {"death": {"killed", "civilians_killed"}, "injury": {"injured"}, "arrest": {"detained"}}


@lru_cache(maxsize=1)
def _casualty_lemmas() -> frozenset[str]:
    """warlog's casualty words ('kill', 'die', 'wound', ...) as its trigger table lists them."""
    return _trigger_patterns("casualty")


@lru_cache(maxsize=1)
def _device_words() -> frozenset[str]:
    """warlog's words for a weapon as a thing ('bomb', 'car bomb', 'IED', 'grenade'), as its trigger table lists them."""
    return _trigger_patterns("device")


def _trigger_patterns(rule: str) -> frozenset[str]:
    return frozenset(row["pattern"] for row in read_table("triggers/triggers.csv") if row["rule"] == rule)


def _trigger_in_sentence(report: Report) -> int:
    """Where the report's trigger starts in its sentence: its stated span where it has one (the same word may
    stand twice, or in another case in a headline run into the sentence), else the first place the sentence
    holds it (-1 where it does not)."""
    for span in report.field_spans:
        if span.field == "trigger" and span.derivation == "stated" and span.char_start is not None:
            return span.char_start - report.char_start
    return report.sentence.find(report.trigger)


@lru_cache(maxsize=256)
def _parsed(sentence: str) -> Doc:
    return load_nlp()(sentence)


def _trigger_tokens(report: Report) -> list[Token]:
    """The words of the report's trigger in spaCy's parse of its own sentence."""
    at = _trigger_in_sentence(report)
    if at < 0:
        return []
    end = at + len(report.trigger)
    return [token for token in _parsed(report.sentence) if at <= token.idx < end]


def _told_by_casualty_word(report: Report) -> bool:
    """The report's event is told by a casualty word, which KAIROS marks as ``Life.Die`` or ``Life.Injure`` and not
    as an attack: the trigger is one ('killed', 'wounded'), or it is a weapon that does the killing ('a car bomb
    killed 12', 'roadside bomb kills a general'). KAIROS takes for a trigger the word that tells the event, and a
    weapon is no such word: in the set, none of the 226 attack triggers names a weapon, while weapons stand as
    arguments (ExplosiveDevice, Instrument), and where a weapon is the subject of 'kill' the sentence carries the
    death alone. warlog is right to code the explosion there (ACLED codes the bombing a toll tells of); the
    sentence holds no attack mention to match it with."""
    lemmas = _casualty_lemmas()
    tokens = _trigger_tokens(report)
    if report.trigger.lower() in lemmas or any(token.lemma_.lower() in lemmas for token in tokens[:1]):
        return True
    return bool(tokens) and _is_device(tokens) and _kills(tokens[-1])


def _is_device(tokens: list[Token]) -> bool:
    words = _device_words()
    return " ".join(t.lemma_.lower() for t in tokens) in words or " ".join(t.lower_ for t in tokens) in words


def _kills(weapon: Token) -> bool:
    """The weapon is the subject of a casualty verb ('a bomb killed', 'IED kills'), the agent of one in the
    passive ('a general was killed by a roadside bomb'), or the subject of one that claims the victims in a
    relative clause ('two car bombs that killed nine')."""
    lemmas = _casualty_lemmas()
    if weapon.dep_ == "nsubj" and weapon.head.lemma_.lower() in lemmas:
        return True
    if weapon.dep_ == "pobj" and weapon.head.dep_ == "agent" and weapon.head.head.lemma_.lower() in lemmas:
        return True
    return any(child.dep_ == "relcl" and child.lemma_.lower() in lemmas for child in weapon.children)


def article_text(doc: dict) -> str:
    return " ".join(doc["sentences"])


def _sentence_spans(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    """Each gold sentence's character span in the cleaned article, found with any run of spaces standing for
    any other (cleaning closes up the set's doubled spaces: 'the Press Secretary  issued'); an empty span
    where cleaning changed its words (a wiki heading it took out)."""
    spans, position = [], 0
    for sentence in sentences:
        words = sentence.split()
        found = re.compile(r"\s+".join(map(re.escape, words))).search(text, position) if words else None
        if found is None:
            spans.append((-1, -2))
            continue
        spans.append(found.span())
        position = found.end()
    return spans


def _index_at(spans: list[tuple[int, int]], offset: int) -> int | None:
    return next((i for i, (start, end) in enumerate(spans) if start <= offset <= end), None)


def _trigger_offset(report: Report) -> int:
    return report.char_start + max(_trigger_in_sentence(report), 0)


def _names(field_value: str | None, argument: str) -> bool:
    if not field_value:
        return False
    a, b = plain(field_value), plain(argument)
    return bool(a and b) and (b in a or a in b)


def _claim_offset(claim: Claim) -> int:
    """Where a claim is told: the words of its category ('killed', KAIROS's trigger) or of its figure, where
    they are stated, else its sentence's start. warlog's sentence may run a line of page furniture or a
    headline into the next ('Advertisement No one has ... killed three'), and the deaths are told where
    'killed' stands, not where that sentence begins."""
    for field in ("category", "value"):
        for span in claim.field_spans:
            if span.field == field and span.derivation == "stated" and span.char_start is not None:
                return span.char_start
    return claim.char_start


def _claimed(coded: Coded, spans: list[tuple[int, int]]) -> dict[str, set[int]]:
    """For each kind, the sentences where a claim tells of it: a figure above zero, as for a report ('no one was
    hurt' tells no injury)."""
    found: dict[str, set[int]] = {kind: set() for kind in CLAIM_CATEGORIES}
    for claim in coded.claims:
        index = _index_at(spans, _claim_offset(claim))
        for kind, categories in CLAIM_CATEGORIES.items():
            if index is not None and claim.category in categories and (claim.value_best or 0) > 0:
                found[kind].add(index)
    return found


def _told_in(report: Report, kind: str, spans: list[tuple[int, int]]) -> set[int]:
    """The sentences where a report tells of its kind: where its trigger stands, or, for a death or an
    injury, where the words of its figure do ('A bomb hit the market. Six people died.': the deaths are
    told in the second sentence, which KAIROS marks with ``Life.Die``), as its stated field spans say."""
    figure = TOLL_FIELDS.get(kind)
    told = {_index_at(spans, span.char_start) for span in report.field_spans
            if span.field == figure and span.derivation == "stated" and span.char_start is not None}
    told.discard(None)
    if told:
        return told
    at = _index_at(spans, _trigger_offset(report))
    return set() if at is None else {at}


def _score_kinds(card: Scorecard, doc: dict, reports: list[Report], claimed: dict[str, set[int]],
                 spans: list[tuple[int, int]]) -> None:
    for kind, (prefixes, is_kind) in KINDS.items():
        gold = {m["trigger"]["sent_idx"] for m in doc["event_mentions"] if m["event_type"].startswith(prefixes)}
        found = {i for r in reports if is_kind(r) for i in _told_in(r, kind, spans)} | claimed.get(kind, set())
        score = card.score(f"{kind} detection (sentences)")
        score.tp += len(gold & found)
        score.fp += len(found - gold)
        score.fn += len(gold - found)
        for i in sorted(gold - found):
            card.mistake(f"{kind} missed", 1, f"{doc['id']} #{i}: {doc['sentences'][i][:220]}")
        for i in sorted(found - gold):
            card.mistake(f"{kind} spurious", 1, f"{doc['id']} #{i}: {doc['sentences'][i][:220]}")


def _token_chars(doc: dict, spans: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
    """Each gold token's character span in the cleaned article, None where its sentence was not found."""
    chars: list[tuple[int, int] | None] = []
    tokens = iter(doc["tokens"])
    for sentence, count, (start, _) in zip(doc["sentences"], doc["sentence_token_counts"], spans):
        position = 0
        for _ in range(count):
            token = next(tokens)
            at = sentence.find(token, position) if start >= 0 else -1
            chars.append(None if at < 0 else (start + at, start + at + len(token)))
            position = at + len(token) if at >= 0 else position
    return chars


def _entity_spans(doc: dict, spans: list[tuple[int, int]]) -> dict[str, list[tuple[int, int]]]:
    """For each gold entity mention, the character spans of it and of every mention coreferent with it."""
    chars = _token_chars(doc, spans)
    own: dict[str, tuple[int, int]] = {}
    for mention in doc["entity_mentions"]:
        first, last = chars[mention["tok_start"]], chars[mention["tok_end"] - 1]
        if first is not None and last is not None:
            own[mention["id"]] = (first[0], last[1])
    linked = {mention_id: [mention_id] for mention_id in own}
    for cluster in doc.get("coref_clusters") or []:
        for mention_id in cluster:
            linked[mention_id] = cluster
    return {mention_id: [own[other] for other in cluster if other in own] for mention_id, cluster in linked.items()}


def _stated_overlap(report: Report, fields: tuple[str, ...], targets: list[tuple[int, int]]) -> bool:
    return any(span.field in fields and span.derivation == "stated" and span.char_start is not None
               and any(span.char_start < end and start < span.char_end for start, end in targets)
               for span in report.field_spans)


def _score_arguments(card: Scorecard, doc: dict, by_sentence: dict[int, list[Report]],
                     entities: dict[str, list[tuple[int, int]]]) -> None:
    for mention in doc["event_mentions"]:
        if not mention["event_type"].startswith(_ARGUMENT_EVENTS):
            continue
        reports = by_sentence.get(mention["trigger"]["sent_idx"], [])
        for argument in mention["arguments"]:
            fields = ROLE_FIELDS.get(argument["role"])
            if fields is None:
                continue
            role = argument["role"].lower()
            card.count(f"argument {role}", any(_names(getattr(r, name), argument["text"])
                                               for r in reports for name in fields))
            targets = entities.get(argument["entity_id"], [])
            card.count(f"argument {role}, by span", any(_stated_overlap(r, ROLE_SPANS[argument["role"]], targets)
                                                       for r in reports))


def evaluate(path: Path, limit: int | None = None) -> Scorecard:
    docs = read_rows(path, limit)
    card = Scorecard(name="wikievents (news articles, KAIROS mentions)", items=len(docs))
    documents = [(doc["id"], RawDocument(source=doc["id"], text=article_text(doc))) for doc in docs]
    for doc, coded in zip(docs, code_texts(documents)):
        card.count("articles read", coded.article is not None)
        spans = _sentence_spans(coded.article.text, doc["sentences"]) if coded.article else []
        by_sentence: dict[int, list[Report]] = {}
        for report in coded.reports:
            index = _index_at(spans, _trigger_offset(report))
            if index is not None:
                by_sentence.setdefault(index, []).append(report)
        _score_kinds(card, doc, coded.reports, _claimed(coded, spans), spans)
        _score_arguments(card, doc, by_sentence, _entity_spans(doc, spans))
    return card
