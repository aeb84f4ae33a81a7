"""Disagreements between sources about one quantity: the ``disputes`` table (issue 4).

A death toll is rarely one number: the health ministry says 213, shopkeepers say at least 300, the
coalition admits 603 civilian deaths since 2014 while a monitor counts 744 in June alone. This
module puts such figures side by side.

1. Figures. Claims that state the same figure (category, unit, scope, period, stance and
   low/best/high) within one story are one figure with many sources: a wire story and the outlets
   repeating a ministry's toll make one side, and ``n_sources`` counts independent outlets (copies
   of one wire story count once).
2. Quantities. Two figures are about the same quantity when they have the same category and unit,
   compatible subjects ('people' fits any; 'soldiers' and 'militants' are two quantities),
   compatible places and periods, and, for counts of one incident, the same event (when the
   report extractor tied the claim's sentence to one).
3. Disputes. A quantity whose figures disagree is a dispute, listing every figure as a side:
   ``contradiction`` when two figures for the same period have ranges that do not overlap;
   ``period_gap`` when the count over a shorter period is larger than the count over a longer one
   that contains it ('744 in June alone' against '603 since 2014': a striking gap, not an error
   in either); ``rejected`` when a source disputes or denies a figure in so many words.

Ranges: an open end is open ('at least 12' reaches any higher figure); approximate figures
('about', 'estimated', vague words) are widened by :data:`APPROXIMATE_MARGIN` either way.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from warlog.clean.normalise import stable_id
from warlog.errors import Errors, WarlogError
from warlog.extract.numbers import people_groups
from warlog.link.grouping import linked_groups
from warlog.models import IN_TITLE, Event, Report, Story
from warlog.schema import column_names
from warlog.store import Store

#: How far an approximate figure ('about 400', 'dozens') stretches either way when ranges are compared.
APPROXIMATE_MARGIN = 0.1
APPROXIMATE_HEDGES = frozenset({"around", "estimated", "nearly", "vague"})
#: Periods whose ends differ by no more than this many days are the same period.
PERIOD_TOLERANCE_DAYS = 3
CONTRADICTION, PERIOD_GAP, REJECTED = "contradiction", "period_gap", "rejected"
_ASSERTED = "asserted"
_PART_AFTER = (" of them", " of whom", " of the ", " of those")
_PART_BEFORE = ("including", "among them", "among", "of whom", "of them")
_GENERIC_GROUP = "person"

_CLAIMS_SQL = """
SELECT c.claim_id, c.article_id, c.number_text, c.value_low, c.value_best, c.value_high, c.hedge,
       c.category, c.unit, c.subject, c.scope, c.period_start, c.period_end, c.place, c.claimant,
       c.claimant_type, c.stance, c.char_start, c.char_end, c.sentence, a.outlet, a.published
FROM claims c JOIN articles a USING (article_id)
WHERE c.value_best IS NOT NULL AND c.article_id IN (SELECT unnest(?))
ORDER BY c.claim_id
"""


@dataclass(frozen=True)
class StoredClaim:
    """A ``claims`` row with what linking adds: outlet, publication, wire origin, story and event."""

    claim_id: str
    article_id: str
    number_text: str
    value_low: float | None
    value_best: float
    value_high: float | None
    hedge: str | None
    category: str
    unit: str | None
    subject: str | None
    scope: str
    period_start: date | None
    period_end: date | None
    place: str | None
    claimant: str | None
    claimant_type: str | None
    stance: str
    char_start: int
    char_end: int
    outlet: str | None
    published: datetime | None
    origin: str
    story_id: str | None = None
    event_id: str | None = None

    @property
    def voice(self) -> str:
        """Who makes the claim: the named source, else the outlet in its own voice."""
        return self.claimant or f"{self.outlet or 'unnamed outlet'} (own voice)"


@dataclass
class Figure:
    """Claims stating one figure about one quantity, from any number of articles."""

    claims: list[StoredClaim] = field(default_factory=list)

    @property
    def first(self) -> StoredClaim:
        return self.claims[0]

    def interval(self) -> tuple[float, float]:
        """The range the figure allows, open ends open, approximate figures widened."""
        claim = self.first
        low = claim.value_low if claim.value_low is not None else (0.0 if claim.value_high is not None else claim.value_best)
        high = claim.value_high if claim.value_high is not None else (math.inf if claim.value_low is not None else claim.value_best)
        if claim.hedge in APPROXIMATE_HEDGES:
            low, high = low * (1 - APPROXIMATE_MARGIN), high * (1 + APPROXIMATE_MARGIN)
        return low, high


@dataclass
class DisputeSide:
    """One row of the ``disputes`` table: one side of one dispute (fields = the table's columns)."""

    dispute_id: str
    side: int
    kind: str
    story_id: str | None
    event_id: str | None
    category: str
    subject: str | None
    unit: str | None
    scope: str
    period_start: date | None
    period_end: date | None
    place: str | None
    number_text: str
    value_low: float | None
    value_best: float
    value_high: float | None
    stance: str
    claimants: list[str]
    claimant_types: list[str]
    outlets: list[str]
    n_sources: int
    n_claims: int
    claim_ids: list[str]
    article_ids: list[str]
    first_published: datetime | None
    note: str


def _head(subject: str | None) -> str:
    word = (subject or "").lower().split()[-1:] or ["people"]
    return word[0][:-1] if word[0].endswith("s") and not word[0].endswith("ss") else word[0]


def _is_people(head: str, subject: str | None) -> bool:
    return head in people_groups() or bool(subject) and subject.split()[-1][:1].isupper()


def _compatible_subjects(a: StoredClaim, b: StoredClaim) -> bool:
    """Same counted noun, or 'people' against any people ('Palestinians', 'civilians'); 'soldiers' is
    not 'militants', and things ('strikes', 'missions') only match themselves."""
    head_a, head_b = _head(a.subject), _head(b.subject)
    if head_a == head_b:
        return True
    groups = people_groups()
    generic_a, generic_b = groups.get(head_a) == _GENERIC_GROUP, groups.get(head_b) == _GENERIC_GROUP
    return (generic_a and _is_people(head_b, b.subject)) or (generic_b and _is_people(head_a, a.subject))


def _compatible_places(a: StoredClaim, b: StoredClaim) -> bool:
    return a.place is None or b.place is None or a.place.lower() == b.place.lower()


def _period(claim: StoredClaim) -> tuple[date, date] | None:
    if claim.period_start is None and claim.period_end is None:
        return None
    start = claim.period_start or date.min
    end = claim.period_end or (claim.published.date() if claim.published else date.max)
    return start, end


def _period_relation(a: StoredClaim, b: StoredClaim) -> str:
    """same, a_within_b, b_within_a or apart, from the claims' periods and scopes."""
    if a.scope != b.scope:
        return "a_within_b" if a.scope == "incident" else "b_within_a"
    pa, pb = _period(a), _period(b)
    if pa is None or pb is None:
        return "same"
    close = abs((pa[0] - pb[0]).days) <= PERIOD_TOLERANCE_DAYS and abs((pa[1] - pb[1]).days) <= PERIOD_TOLERANCE_DAYS
    if close:
        return "same"
    if pb[0] <= pa[0] and pa[1] <= pb[1]:
        return "a_within_b"
    if pa[0] <= pb[0] and pb[1] <= pa[1]:
        return "b_within_a"
    return "apart"


def _same_quantity(a: StoredClaim, b: StoredClaim) -> bool:
    if (a.category, a.unit) != (b.category, b.unit) or a.story_id != b.story_id:
        return False
    if a.category == "other" and (_head(a.subject) != _head(b.subject)
                                  or people_groups().get(_head(a.subject)) == _GENERIC_GROUP):
        return False  # 'other' holds anything: only the same named thing ('strikes') is the same quantity
    if not (_compatible_subjects(a, b) and _compatible_places(a, b)):
        return False
    both_incidents = a.scope == b.scope == "incident"
    if both_incidents and a.event_id and b.event_id and a.event_id != b.event_id:
        return False
    return _period_relation(a, b) != "apart"


def _figure_key(claim: StoredClaim) -> tuple:
    return (claim.story_id, claim.event_id if claim.scope == "incident" else None, claim.category, claim.unit,
            claim.scope, claim.period_start, claim.period_end, claim.place and claim.place.lower(),
            claim.value_low, claim.value_best, claim.value_high, claim.hedge, claim.stance)


def is_part(claim: StoredClaim, sentence: str) -> bool:
    """'two of them children', 'nine of the 17', 'including 12 staff members': part of another figure."""
    at = sentence.find(claim.number_text)
    before, after = sentence[:at].lower().rstrip(" ,"), sentence[at + len(claim.number_text):].lower()
    return at >= 0 and (after.startswith(_PART_AFTER) or before.endswith(_PART_BEFORE))


def group_figures(claims: list[StoredClaim]) -> list[Figure]:
    """Claims stating the same figure about the same thing, as one figure each."""
    figures: dict[tuple, Figure] = {}
    for claim in claims:
        figures.setdefault(_figure_key(claim), Figure()).claims.append(claim)
    return list(figures.values())


def group_quantities(figures: list[Figure]) -> list[list[Figure]]:
    """Figures about the same quantity, grouped (a figure joins every group it is compatible with one of).

    Only figures of one story, category and unit can be the same quantity: pairs are sought within
    those blocks, not across the archive.
    """
    blocks: dict[tuple, list[int]] = {}
    for i, figure in enumerate(figures):
        blocks.setdefault((figure.first.story_id, figure.first.category, figure.first.unit), []).append(i)
    links = ((i, j) for block in blocks.values() for n, i in enumerate(block) for j in block[n + 1:]
             if _same_quantity(figures[i].first, figures[j].first))
    return linked_groups(figures, links)


def _disagreement(a: Figure, b: Figure) -> str | None:
    """How two figures about one quantity disagree, if they do."""
    relation = _period_relation(a.first, b.first)
    (a_low, a_high), (b_low, b_high) = a.interval(), b.interval()
    if relation == "same" and (a_high < b_low or b_high < a_low):
        return CONTRADICTION
    if relation == "a_within_b" and a_low > b_high or relation == "b_within_a" and b_low > a_high:
        return PERIOD_GAP
    return None


def dispute_kind(quantity: list[Figure]) -> str | None:
    """contradiction, period_gap or rejected for a group of figures about one quantity; None if they agree."""
    kinds = {kind for i, a in enumerate(quantity) for b in quantity[i + 1 :] if (kind := _disagreement(a, b))}
    if CONTRADICTION in kinds:
        return CONTRADICTION
    if any(f.first.stance != _ASSERTED for f in quantity):
        return REJECTED
    return PERIOD_GAP if kinds else None


def _describe(figure: Figure) -> str:
    claim = figure.first
    period = f"{claim.period_start or '…'} to {claim.period_end or '…'}" if _period(claim) else claim.scope
    stance = "" if claim.stance == _ASSERTED else f"{claim.stance} "
    return f"{stance}{claim.number_text} ({period}; {', '.join(sorted({c.voice for c in figure.claims}))})"


def _note(kind: str, sides: list[Figure], event: Event | None) -> str:
    described = " vs ".join(_describe(f) for f in sides)
    reason = {
        CONTRADICTION: "ranges for the same period do not overlap",
        PERIOD_GAP: "a count over a shorter period exceeds one over a longer period: a gap, not necessarily an error",
        REJECTED: "a source disputes or denies a figure",
    }[kind]
    return f"{_what(event)}{sides[0].first.category}: {described}. {reason}."


def _what(event: Event | None) -> str:
    """The event a dispute is about, as a reader names it: 'Air/drone strike in Douentza on 2024-03-12: '."""
    if event is None:
        return ""
    where = f" in {event.location}" if event.location else ""
    when = f" on {event.event_date}" if event.event_date else ""
    return f"{event.sub_event_type}{where}{when}: "


def _sources(figure: Figure, outlet_of: dict[str, str | None]) -> int:
    """Independent sources: distinct outlets of the original articles (a wire copy counts as its original)."""
    return len({outlet_of.get(c.origin) or c.origin for c in figure.claims})


def _side(dispute_id: str, number: int, kind: str, figure: Figure, note: str, outlet_of: dict[str, str | None],
          event: Event | None) -> DisputeSide:
    """One side; an incident's figures without a period of their own cover their event's day and place."""
    claim = figure.first
    claims = figure.claims
    published = [c.published for c in claims if c.published is not None]
    day = event.event_date if event is not None and claim.period_start is None and claim.period_end is None else None
    return DisputeSide(
        dispute_id=dispute_id, side=number, kind=kind, story_id=claim.story_id,
        event_id=event.event_id if event is not None else None, category=claim.category,
        subject=claim.subject, unit=claim.unit, scope=claim.scope, period_start=claim.period_start or day,
        period_end=claim.period_end or day, place=claim.place or (event.location if event is not None else None),
        number_text=claim.number_text, value_low=claim.value_low,
        value_best=claim.value_best, value_high=claim.value_high, stance=claim.stance,
        claimants=sorted({c.voice for c in claims}), claimant_types=sorted({c.claimant_type for c in claims if c.claimant_type}),
        outlets=sorted({c.outlet for c in claims if c.outlet}), n_sources=_sources(figure, outlet_of),
        n_claims=len(claims), claim_ids=sorted(c.claim_id for c in claims),
        article_ids=sorted({c.article_id for c in claims}), first_published=min(published) if published else None,
        note=note,
    )


def find_disputes(claims: list[StoredClaim], outlet_of: dict[str, str | None],
                  events: dict[str, Event] | None = None) -> list[DisputeSide]:
    """Every dispute among ``claims``, one row per side, sides ordered by figure. A dispute over an
    incident's figures names its event (of ``events``, by id)."""
    rows: list[DisputeSide] = []
    for quantity in group_quantities(group_figures(claims)):
        kind = dispute_kind(quantity) if len(quantity) > 1 else None
        if kind is None:
            continue
        sides = sorted(quantity, key=lambda f: (f.first.value_best, f.first.stance, f.first.claim_id))
        dispute_id = stable_id(*sorted(c.claim_id for f in sides for c in f.claims))
        event = _event_of_dispute(sides, events or {})
        note = _note(kind, sides, event)
        rows.extend(_side(dispute_id, n, kind, figure, note, outlet_of, event) for n, figure in enumerate(sides, start=1))
    return rows


def _event_of_dispute(sides: list[Figure], events: dict[str, Event]) -> Event | None:
    """The one event every incident figure of the dispute counts, if there is one."""
    ids = {c.event_id for f in sides for c in f.claims if c.scope == "incident"}
    return events.get(ids.pop()) if len(ids) == 1 and None not in ids else None


def _event_of(claim_row: dict, spans: dict[str, list[tuple[int, int, str]]]) -> str | None:
    """The event whose report covers the claim's sentence, if exactly one does."""
    events = {event for start, end, event in spans.get(claim_row["article_id"], ())
              if start < claim_row["char_end"] and claim_row["char_start"] < end}
    return events.pop() if len(events) == 1 else None


def load_claims(store: Store, stories: list[Story], events: list[Event], reports: list[Report],
                copy_of: dict[str, str | None]) -> list[StoredClaim]:
    """Claims with figures in the articles of ``stories``, tied to their story, event and wire origin as
    linking has just placed them (the database still holds the old links); parts of other figures left out."""
    story_of = {article: story.story_id for story in stories for article in story.article_ids}
    event_of_report = {report: event.event_id for event in events for report in event.report_ids}
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for report in reports:
        if report.report_id in event_of_report and report.evidence_in != IN_TITLE:  # claims are the text's
            spans[report.article_id].append((report.char_start, report.char_end, event_of_report[report.report_id]))
    cursor = store.con.execute(_CLAIMS_SQL, [list(story_of)])
    names = [d[0] for d in cursor.description]
    claims = []
    for values in cursor.fetchall():
        row = dict(zip(names, values))
        sentence = row.pop("sentence")
        claim = StoredClaim(**row, origin=copy_of.get(row["article_id"]) or row["article_id"],
                            story_id=story_of[row["article_id"]], event_id=_event_of(row, spans))
        if not is_part(claim, sentence):
            claims.append(claim)
    return claims


def read_disputes(store: Store, *, category: str | None = None) -> list[list[DisputeSide]]:
    """The stored disputes, each as its list of sides, most widely sourced first."""
    names = column_names("disputes")
    where = "WHERE category = ?" if category else ""
    rows = store.con.execute(
        f"SELECT {', '.join(names)} FROM disputes {where} ORDER BY dispute_id, side", [category] if category else []
    ).fetchall()
    disputes: dict[str, list[DisputeSide]] = defaultdict(list)
    for values in rows:
        side = DisputeSide(**dict(zip(names, values)))
        disputes[side.dispute_id].append(side)
    return sorted(disputes.values(), key=lambda sides: (-sum(s.n_sources for s in sides), sides[0].dispute_id))


def list_disputes(db: str | Path, *, category: str | None = None) -> list[list[DisputeSide]]:
    """The disputes stored in the database at ``db``, each as its sides.

    Example:
        >>> for sides in list_disputes("warlog.duckdb", category="killed"):
        ...     print(sides[0].note)
    """
    if not Path(db).exists():
        raise WarlogError(Errors.E006.format(path=db))
    with Store(db, read_only=True) as store:
        return read_disputes(store, category=category)


__all__ = ["DisputeSide", "Figure", "StoredClaim", "find_disputes", "list_disputes", "load_claims", "read_disputes"]
