"""Where each field of a report or claim comes from: the words in the article, or the rule that gave it.

The project promises that every field traces to an article, a sentence and a character span. A
report's evidence (``char_start``/``char_end``) is its sentence; this module adds a
:class:`~warlog.models.FieldSpan` per field: the actor's words, the place named, the date
expression, each figure of a toll. The extractor builds reports and claims as before and carries the
spans it holds anyway (actors, sources, numbers: :func:`actor_spans`, :func:`source_spans`,
:func:`number_spans`); what later stages choose (the trigger among repeats, the target, the place,
the date, the figures shared out between events) is traced here once the report is finished, by
reading the same annotations again (:func:`trace_reports`), so no rule of the extractor changes
for it and its figures stay what they were.
DOCS: docs/output.md#provenance
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from warlog.dates import DateMention
from warlog.extract.actors import Actor
from warlog.extract.attribution import Attribution
from warlog.extract.casualties import Casualty, coded_fatalities, find_casualties, shared_tolls
from warlog.extract.numbers import Quantity
from warlog.models import Claim, FieldSpan, Report
from warlog.nlp.per_doc import doc_text
from warlog.places import PlaceMention

STATED, HEADLINE, CONVENTION, INFERRED = "stated", "headline", "convention", "inferred"
DERIVATIONS = (STATED, HEADLINE, CONVENTION, INFERRED)

#: Quantity hedges that mean no number was written: the figure is a coding convention's
#: ('several' dead = 10, 'dozens' = 24, 'an unknown number' = 0; ``data/numbers/``).
_CONVENTION_HEDGES = frozenset({"vague", "unknown"})

#: Why a value no words state holds, by the place or date source it came from.
FOCUS_RULE = "the article's main place: the report's own sentences name none"
COUNTRY_RULE = "the article's country, from its actors and place words: no place is named"
DATE_RULES = {
    "lead": "the date the article gives its events (its lead): the report's sentence names none",
    "dateline": "the day the news came out (a statement's day or the dateline): the text gives the event no date",
    "published": "the article's publication date: the text gives the event no date",
}
CODER_RULE = "the event coder's reading of the whole sentence; these are its main words"
CODED_RULE = "the figure the text says the event was coded with"
CARRIED_RULE = "the report's figures as the extractor shared them out or carried them from a neighbouring sentence"
ADDED_RULE = "the dead or hurt of each group, told in sentences of their own about one happening, added"
WHOLE_RULE = "the whole toll a later sentence gives ('in all', 'bringing the toll to'), in place of the parts told before it"


def words(field: str, span: Span, *, derivation: str = STATED, rule: str | None = None) -> FieldSpan:
    """A field told by the words of ``span``."""
    return FieldSpan(field, span.start_char, span.end_char, span.text, derivation, rule)


def actor_spans(actors: tuple[Actor | None, Actor | None]) -> tuple[FieldSpan, ...]:
    """The words naming a report's two sides and the allies of each (ACLED's associated actors)."""
    spans = []
    for side, actor in zip(("1", "2"), actors):
        if actor is None:
            continue
        spans.append(words(f"actor{side}", actor.span))
        spans.extend(words(f"assoc_actor_{side}", ally.span) for ally in actor.allies)
    return tuple(spans)


def source_spans(attribution: Attribution | None, field: str) -> tuple[FieldSpan, ...]:
    """The words naming who the text says gave the news or the figure."""
    return () if attribution is None else (words(field, attribution.span),)


def number_spans(quantity: Quantity, doc: Doc, field: str) -> tuple[FieldSpan, ...]:
    """The words of a figure: stated, or a coding convention's reading of words that give no number."""
    return (_figure(field, quantity, doc),)


def _figure(field: str, quantity: Quantity, doc: Doc) -> FieldSpan:
    span = doc[quantity.start:quantity.end]
    if quantity.hedge in _CONVENTION_HEDGES:
        return words(field, span, derivation=CONVENTION, rule=f"'{span.text}' counted as {_figure_text(quantity)}")
    return words(field, span)


def _figure_text(quantity: Quantity) -> str:
    if quantity.best is None:
        return "unknown"
    bounds = [f"{value:g}" for value in (quantity.low, quantity.high) if value is not None and value != quantity.best]
    return f"{quantity.best:g}" + (f" (range {' to '.join(bounds)})" if len(bounds) == 2 else "")


def trace_reports(reports: list[Report], doc: Doc, text: str) -> None:
    """Add to each finished report the spans of what the extractor chose after building it: its trigger
    and target, and the figures of its toll. Place and date spans are added where they are chosen
    (:func:`place_spans`, :func:`date_spans`)."""
    casualties = _SentenceCasualties(doc)
    coded = coded_fatalities(text)
    split = bool(shared_tolls(text))
    for report in reports:
        trigger = _trigger(report, doc)
        spans = [] if trigger is None else [_trigger_span(trigger, doc)]
        target = _target(report, doc, trigger)
        if target is not None:
            spans.append(words("target", target))
        spans.extend(_count_spans(report, doc, casualties, coded, split=split))
        report.field_spans = tuple(s for s in report.field_spans if s.field not in _TRACED_HERE) + tuple(spans)


_TRACED_HERE = frozenset({"trigger", "target", "fatalities", "civilian_fatalities", "injured"})


def _trigger(report: Report, doc: Doc) -> Span | None:
    """The trigger's words: its first occurrence in the evidence, as dates and places read it
    (:func:`warlog.extract.when_where.trigger_span`)."""
    offset = report.sentence.find(report.trigger) if report.trigger else -1
    if offset < 0:
        return None
    start = report.char_start + offset
    return doc.char_span(start, start + len(report.trigger))


def _trigger_span(trigger: Span, doc: Doc) -> FieldSpan:
    ruled = any(t.start_char == trigger.start_char and t.end_char == trigger.end_char for t in doc.spans.get("triggers", []))
    return words("trigger", trigger) if ruled else words("trigger", trigger, derivation=INFERRED, rule=CODER_RULE)


def _target(report: Report, doc: Doc, trigger: Span | None) -> Span | None:
    """The target's words: the target span of the report's kind in its evidence nearest the trigger,
    one after it before one before it (as :func:`warlog.extract.reports._target` chooses)."""
    if report.target is None:
        return None
    at = trigger.start if trigger is not None else 0
    found = [s for s in doc.spans.get("targets", []) if s.label_ == report.target
             and report.char_start <= s.start_char and s.end_char <= report.char_end]
    return min(found, key=lambda s: (s.start < at, abs(s.start - at)), default=None)


class _SentenceCasualties:
    """The casualty figures of the sentences a report's characters cover."""

    def __init__(self, doc: Doc):
        self.sentences = list(doc.sents)

    def within(self, start: int, end: int) -> list[list[Casualty]]:
        """Per sentence, as each sentence's figures are read together (:func:`_counted`)."""
        return [find_casualties(sentence) for sentence in self.sentences if sentence.start_char < end and sentence.end_char > start]


#: The figures of a report and the casualties that count in each: the dead, the civilians among them,
#: the hurt (a part of a larger count, 'among them two children', is in the larger count).
_KINDS = {
    "fatalities": lambda c: c.kind == "killed" and not c.subset,
    "civilian_fatalities": lambda c: c.kind == "killed" and c.civilian,
    "injured": lambda c: c.kind == "injured",
}


def _counted(casualties: list[Casualty]) -> list[Casualty]:
    """The casualties a figure is made of, as :func:`warlog.extract.casualties.counts_from` reads them:
    one person named alone beside a count of their kind is one of the count; a part of a larger
    count of civilians adds nothing."""
    counted_kinds = {c.kind for c in casualties if not c.alone and not c.doer and c.quantity.best}
    kept = [c for c in casualties if not (c.alone and c.kind in counted_kinds)]
    wholes = [c for c in kept if not c.subset]
    return wholes or kept


def _count_spans(report: Report, doc: Doc, casualties: _SentenceCasualties,
                 coded: list[tuple[int, int]], *, split: bool = False) -> list[FieldSpan]:
    """The words behind each figure of the report: the casualty figures of its kind in its evidence,
    unless they do not add up to it and the text says which figure it was coded with ('fatalities
    coded as 9'); with no figure of its kind there, or a toll the text says is ``split`` among events
    ('fatalities split between two events'), a note that the extractor shared it out or carried it."""
    spans = []
    told = casualties.within(report.char_start, report.char_end)
    for field, of_kind in _KINDS.items():
        best = getattr(report, f"{field}_best")
        if best is None:
            continue
        figures = list({c.quantity.start: c.quantity for sentence in told for c in _counted([c for c in sentence if of_kind(c)])}.values())
        by_code = _coded_figure(best, field, coded, doc) if sum(q.best or 0 for q in figures) != best else None
        whole = _whole_toll(best, figures, doc) if field == "fatalities" and by_code is None else None
        if by_code is not None:
            spans.append(by_code)
        elif whole is not None:
            spans.append(replace(_figure(field, whole, doc), rule=WHOLE_RULE))
        elif figures and not (split and field == "fatalities" and sum(q.best or 0 for q in figures) != best):
            added = len({doc[q.start].sent.start for q in figures}) > 1
            spans.extend(replace(span, rule=ADDED_RULE) if added and span.rule is None else span
                         for span in (_figure(field, quantity, doc) for quantity in figures))
        else:
            spans.append(FieldSpan(field, derivation=INFERRED, rule=CARRIED_RULE))
    return spans


def _whole_toll(best: int, figures: list[Quantity], doc: Doc) -> Quantity | None:
    """The figure that gives the report's dead whole, told after their parts in a sentence of its own ('Police
    said he killed four people in all': :func:`warlog.extract.scope.tells_a_whole_toll`), where the parts and
    the whole do not add up to the report's figure."""
    from warlog.extract.scope import tells_a_whole_toll  # scope reads this module's derivations: imported here

    if sum(q.best or 0 for q in figures) == best:
        return None
    return next((q for q in reversed(figures) if q.best == best and tells_a_whole_toll(doc[q.start].sent)), None)


def _coded_figure(best: int, field: str, coded: list[tuple[int, int]], doc: Doc) -> FieldSpan | None:
    """'Fatalities coded as 9': the figure's words, when such a statement gives the report's dead
    (:func:`warlog.extract.casualties.apply_coded_fatalities`)."""
    if field != "fatalities":
        return None
    for offset, figure in coded:
        start = doc_text(doc).find(str(figure), offset)
        if figure == best and start >= 0:
            return FieldSpan(field, start, start + len(str(figure)), str(figure), STATED, CODED_RULE)
    return None


def place_spans(place: PlaceMention | None, text: str, title: str | None, *, rule: str | None = None,
                field: str = "location") -> tuple[FieldSpan, ...]:
    """The words naming a report's place: stated where they are its own sentence's, else ``rule`` says
    why the place holds (the article's main place, its country). A place read from the title (which
    places are read with: :func:`warlog.extract.place_context`) points into the title."""
    derivation = STATED if rule is None else INFERRED
    if place is None:
        return (FieldSpan(field, derivation=INFERRED, rule=rule),)
    if 0 <= place.start < place.end <= len(text) and text[place.start:place.end] == place.mention:
        return (FieldSpan(field, place.start, place.end, place.mention, derivation, rule),)
    offset = len(text) + 1
    if title and 0 <= place.start - offset < place.end - offset <= len(title):
        start, end = place.start - offset, place.end - offset
        if title[start:end] == place.mention:
            return (FieldSpan(field, start, end, place.mention, HEADLINE if rule is None else INFERRED, rule),)
    return (FieldSpan(field, derivation=INFERRED, rule=rule or f"'{place.mention}', read with the article"),)


def date_spans(mention: DateMention | None, source: str | None, text: str) -> tuple[FieldSpan, ...]:
    """The words dating a report: its own sentence's date expression (stated), or the lead's or a
    statement's (inferred), or none where the date is the article's own (publication, dateline)."""
    if source is None:
        return ()
    rule = DATE_RULES.get(source)
    return (mention_span("event_date", mention, text, rule=rule)
            or FieldSpan("event_date", derivation=INFERRED, rule=rule or "the text's dates"),)


def mention_span(field: str, mention: DateMention | None, text: str, *, rule: str | None = None) -> FieldSpan | None:
    """The words of a date ``mention`` as ``field`` (stated, or inferred by ``rule``), when they stand at its
    offsets in ``text``; None for a date read from elsewhere (a dateline, a page stamp)."""
    if mention is None or not 0 <= mention.start < mention.end <= len(text) or text[mention.start:mention.end] != mention.mention:
        return None
    return FieldSpan(field, mention.start, mention.end, mention.mention, STATED if rule is None else INFERRED, rule)
