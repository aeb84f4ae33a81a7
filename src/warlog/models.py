"""Records passed between pipeline stages.

Field names match the columns in :mod:`warlog.schema` (a test keeps them in step),
so a record turns into a table row with :func:`dataclasses.asdict`. A field that holds
rows of another table says so in its metadata (``stored_in``): a report's and a claim's
``field_spans`` become rows of ``field_spans``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime


@dataclass
class RawDocument:
    """One input item as a reader found it, before cleaning.

    Exactly one of ``text`` and ``html`` is set.
    """

    source: str
    text: str | None = None
    html: str | None = None
    title: str | None = None
    published: datetime | None = None
    outlet: str | None = None
    url: str | None = None
    external_id: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Skip:
    """An input item that was not ingested, and why."""

    source: str
    kind: str
    reason: str


@dataclass
class Article:
    article_id: str
    text: str
    source: str
    external_id: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: datetime | None = None
    published_from: str | None = None
    language: str | None = None
    n_chars: int = 0
    copy_of: str | None = None
    ingested_at: datetime | None = None
    extracted: bool = False


@dataclass
class Evidence:
    """Where in ``articles.text`` a record comes from."""

    sentence: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class FieldSpan:
    """Where the value of one field of a report or claim comes from (table ``field_spans``).

    ``derivation`` says how: ``stated`` (the words at ``char_start:char_end`` of ``articles.text``
    say it), ``headline`` (the words at those offsets of ``articles.title``), ``convention`` (a coding
    rule gives the value, from the words at the span when it has one: ACLED's 'several' dead = 10)
    or ``inferred`` (worked out from the rest of the article: its main place, its country, its
    publication date; the span, when set, is the words it was worked out from). ``rule`` names the
    convention or inference. A field told by several stretches of text (figures that add up, allies)
    has one row per stretch, numbered by ``part``. The extractor leaves the record kind, id and
    article empty; the store fills them in (:func:`field_span_rows`), and so does the Python API
    (:func:`with_span_owners`).
    DOCS: docs/output.md#provenance
    """

    field: str
    char_start: int | None = None
    char_end: int | None = None
    surface: str | None = None
    derivation: str = "stated"
    rule: str | None = None
    part: int = 0
    record_kind: str = ""
    record_id: str = ""
    article_id: str = ""


def _spans() -> tuple[FieldSpan, ...]:
    return field(default=(), metadata={"stored_in": "field_spans"})


@dataclass
class Counts:
    """Casualty figures with UCDP-style low/best/high spread."""

    fatalities_low: int | None = None
    fatalities_best: int | None = None
    fatalities_high: int | None = None
    civilian_fatalities_low: int | None = None
    civilian_fatalities_best: int | None = None
    civilian_fatalities_high: int | None = None
    injured_low: int | None = None
    injured_best: int | None = None
    injured_high: int | None = None


@dataclass
class Place:
    location: str | None = None
    country: str | None = None
    country_name: str | None = None
    country_score: float | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    geonameid: int | None = None
    event_date: date | None = None
    date_precision: str | None = None
    time_precision: int | None = None


@dataclass
class Actors:
    actor1: str | None = None
    actor2: str | None = None
    assoc_actor_1: str | None = None
    assoc_actor_2: str | None = None
    inter1: int | None = None
    inter2: int | None = None


#: ``Report.evidence_in`` of a report coded from its article's headline: its offsets point into the title.
IN_TITLE = "title"


@dataclass
class Report(Place, Counts, Actors, Evidence):
    """One mention of a conflict event in one article."""

    report_id: str = ""
    article_id: str = ""
    event_type: str = ""
    sub_event_type: str = ""
    disorder_type: str | None = None
    modality: str = "reported"
    target: str | None = None
    attributed_to: str | None = None
    trigger: str = ""
    confidence: float = 0.0
    date_from: str | None = None
    #: :data:`IN_TITLE` for a report coded from its article's headline (:mod:`warlog.extract.headline`).
    evidence_in: str = "text"
    field_spans: tuple[FieldSpan, ...] = _spans()


@dataclass
class Claim(Evidence):
    """One numeric claim in one article, with who makes it."""

    claim_id: str = ""
    article_id: str = ""
    number_text: str = ""
    value_low: float | None = None
    value_best: float | None = None
    value_high: float | None = None
    hedge: str | None = None
    category: str = "other"
    unit: str | None = None
    subject: str | None = None
    scope: str = "incident"
    period_start: date | None = None
    period_end: date | None = None
    place: str | None = None
    claimant: str | None = None
    claimant_type: str | None = None
    stance: str = "asserted"
    field_spans: tuple[FieldSpan, ...] = _spans()


@dataclass
class Event(Place, Counts, Actors):
    """Reports about one happening, merged across articles."""

    event_id: str = ""
    story_id: str | None = None
    report_ids: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    event_type: str = ""
    sub_event_type: str = ""
    disorder_type: str | None = None
    target: str | None = None
    n_reports: int = 0
    n_articles: int = 0
    n_sources: int = 0
    outlets: list[str] = field(default_factory=list)
    claimants: list[str] = field(default_factory=list)
    grade: str = "weak"
    disputed: bool = False
    notes: str = ""


@dataclass
class FieldSource:
    """Where one field of an event comes from (view ``event_fields``): a report whose own value the event
    took, with that report's words for it (its field span), or the event-level rule that set it.

    An event is made of its reports at each link step; its date, place, toll and actors are chosen
    among theirs (the most precise place, the day most articles give, the most conservative toll),
    so every report that gives the event's value is a source of it, one row each; a toll's claims
    (who gives that figure) are rows too. A value no report gives was set by a coding rule (``rule``).
    DOCS: docs/output.md#provenance
    """

    event_id: str
    field: str
    value: str | None = None
    record_kind: str | None = None
    record_id: str | None = None
    article_id: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    sentence: str | None = None
    evidence_in: str | None = None
    evidence_start: int | None = None
    evidence_end: int | None = None
    char_start: int | None = None
    char_end: int | None = None
    surface: str | None = None
    derivation: str | None = None
    rule: str | None = None


@dataclass
class Story:
    story_id: str
    article_ids: list[str]
    title: str | None
    first_published: datetime | None
    last_published: datetime | None
    outlets: list[str]
    identity_keys: list[str] = field(default_factory=list)
    identity_names: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    """What the per-article stages produce for one article."""

    article: Article
    reports: list[Report] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


def field_span_rows(extraction: Extraction) -> list[dict]:
    """The ``field_spans`` rows of an extraction's reports and claims, each with its record's kind and id.
    A record whose id an earlier one has (the store keeps that one's row) gives none."""
    rows, seen = [], set()
    for kind, record in _records(extraction):
        if (kind, _record_id(kind, record)) in seen:
            continue
        seen.add((kind, _record_id(kind, record)))
        rows += [asdict(span) for span in _owned(kind, record)]
    return rows


def with_span_owners(extraction: Extraction) -> Extraction:
    """``extraction`` with each field span naming its record (kind, id, article) and its part, as stored
    in ``field_spans``: what a reader of one extraction (``warlog extract``, the Python API) sees."""
    owned = {"report": [], "claim": []}
    for kind, record in _records(extraction):
        owned[kind].append(replace(record, field_spans=_owned(kind, record)))
    return replace(extraction, reports=owned["report"], claims=owned["claim"])


def _records(extraction: Extraction) -> list[tuple[str, Report | Claim]]:
    return [("report", r) for r in extraction.reports] + [("claim", c) for c in extraction.claims]


def _record_id(kind: str, record: Report | Claim) -> str:
    return record.report_id if kind == "report" else record.claim_id


def _owned(kind: str, record: Report | Claim) -> tuple[FieldSpan, ...]:
    return tuple(replace(span, record_kind=kind, record_id=_record_id(kind, record), article_id=record.article_id,
                         part=part) for part, span in _numbered(record.field_spans))


def _numbered(spans: tuple[FieldSpan, ...]) -> list[tuple[int, FieldSpan]]:
    """Each span with its place among the spans of its field."""
    seen: dict[str, int] = {}
    numbered = []
    for span in spans:
        numbered.append((seen.get(span.field, 0), span))
        seen[span.field] = seen.get(span.field, 0) + 1
    return numbered
