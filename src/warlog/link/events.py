"""Events: reports merged across articles, with sources counted and a corroboration grade.

Within a story, reports that happened or are ongoing are one event when they are of one kind
(:func:`event_kind`; a bare clash or attack, :func:`is_bare`, joins any violent kind that names it better), at
compatible places (the same place, or within a distance that
grows with the coarser geo precision, or one report without a place; a town name the story's outlets
place in two regions is one of them, :mod:`warlog.link.namesakes`) and on compatible dates
(a day apart at most, or a window as wide as the coarser date precision, or one undated, or one
dated only by the day its news came out and the other up to two weeks before: :func:`_bounds`).
Figures follow ACLED and UCDP: ``best`` is the most conservative figure any
source gives, ``low``/``high`` the spread across sources; of the injured, which ACLED does not code,
``best`` is the middle of the sources' figures (everyone hurt, as hospitals and the Gun Violence
Archive count them).

Grades, Airwars-style:

* ``contested``: the story also holds a denial of an event of this type;
* ``confirmed``: a report is attributed to the event's own perpetrator (actor1);
* ``fair``: two or more independent sources (copies of one wire story count once);
* ``weak``: one source.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from warlog.clean.normalise import stable_id
from warlog.data import read_table
from warlog.dates import precision_rank, tells_a_follow_up
from warlog.extract.actors import code_event_actors
from warlog.extract.background import RETOLD
from warlog.extract.context import ACLED_DISORDERS
from warlog.extract.modality import EVENT_MODALITIES
from warlog.extract.scope import text_tells_a_whole_toll
from warlog.link.headlines import headline_tolls
from warlog.link.namesakes import one_place_per_name
from warlog.extract.when_where import trigger_span
from warlog.models import Event, Extraction, Report, Story
from warlog.places.distance import km_between

#: Greatest distance between two reports of one event, by the coarser geo precision (1 town, 2 near, 3 region).
PLACE_TOLERANCE_KM = {1: 10.0, 2: 50.0, 3: 150.0}
#: Greatest gap between two reports' dates, by the coarser date precision.
DATE_TOLERANCE_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}
_REMOTE_VIOLENCE = "Explosions/Remote violence"
_TOLD_MANY_WAYS = frozenset({_REMOTE_VIOLENCE, "Protests"})
_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory"})
#: The kind (:func:`event_kind`) of every change of who holds a place.
TERRITORY_KIND = "territory"
_VIOLENT = frozenset({"Battles", _REMOTE_VIOLENCE, "Violence against civilians"})
#: Sub-types that a death toll alone or a generic word is coded as.
_BARE = frozenset({"Armed clash", "Attack"})
_COUNT_KINDS = ("fatalities", "civilian_fatalities", "injured")


#: Words that say a toll was updated: 'the toll has risen to 25', 'climbed to', 'now stands at'.
_UPDATED_TOLL = re.compile(r"\b(?:risen|rose|climbed|increased|jumped|grown|grew)\s+to\b|\bnow stands at\b", re.IGNORECASE)
#: Kinds of count that ACLED codes as 0 when no source reports any: a death toll is always coded, injuries are not.
_ZERO_WHEN_UNREPORTED = frozenset({"fatalities"})


def _figures(report: Report, kind: str) -> tuple[int, int, int] | None:
    """A report's (low, best, high) of one kind of count, the best standing in for a missing bound."""
    best = getattr(report, f"{kind}_best")
    if best is None:
        return None
    low, high = getattr(report, f"{kind}_low"), getattr(report, f"{kind}_high")
    return (best if low is None else low, best, best if high is None else high)


def _spread(reports: list[Report], kind: str, dead: int | None = None,
            headlines: dict[str, dict[str, set[int]]] | None = None) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) across sources, ``reports`` in publication order. Each article gives one
    figure (:func:`_article_tolls`, which its ``headlines`` may choose); ``best`` is the most
    conservative of the articles' figures (the dead; of the injured, the middle one: :func:`_middle`), of
    those given by reports that name the event when any is (a bare toll merged in from another article,
    'four were killed', may count only part of it), unless a later report says the toll has risen: then
    the latest such update. The injured of an event with ``dead`` may be none (:func:`_maybe_the_dead`)."""
    told = [(report, figures) for report in reports if (figures := _figures(report, kind)) is not None]
    if kind == "injured" and dead:
        told = _besides_the_dead(reports, told)
    if not told:
        return (0, 0, 0) if kind in _ZERO_WHEN_UNREPORTED else (None, None, None)
    tellers = _article_tolls(told, {article: tolls.get(kind, set()) for article, tolls in (headlines or {}).items()},
                             wholes=kind == "fatalities")
    bests = [best for report, (_, best, _) in tellers if not is_bare(report)] or [best for _, (_, best, _) in tellers]
    updates = [best for report, (_, best, _) in told if _UPDATED_TOLL.search(report.sentence or "")]
    best = updates[-1] if updates else _middle(bests) if kind == "injured" else min(bests)
    if kind == "injured" and _maybe_the_dead(tellers, dead):
        best = 0
    return min(best, *(low for _, (low, _, _) in tellers)), best, max(best, *(high for _, (_, _, high) in tellers))


def _middle(figures: list[int]) -> int:
    """The figure in the middle of the articles' figures, of two the higher: the wounded of an incident,
    as hospitals and the Gun Violence Archive count them, are everyone hurt, and an outlet that tells
    one victim's story or an early count ('a man was shot', then 'four people were shot') gives part of
    them more often than outlets add people nobody else counts; one outlet's stray figure, high or low,
    does not move the middle."""
    ordered = sorted(figures)
    return ordered[len(ordered) // 2]


#: A word that tells one more person: 'her mother was also shot', 'a woman was also wounded'.
_ALSO = re.compile(r"\balso\b", re.IGNORECASE)


def _besides_the_dead(reports: list[Report], told: list[tuple[Report, tuple[int, int, int]]]
                      ) -> list[tuple[Report, tuple[int, int, int]]]:
    """The wounded of an event with dead, less one person told as wounded after an article's toll of the
    dead that counts no wounded ('A man was killed on Elm Street on Friday. ... He had a bullet wound
    in his chest when medics reached him'): that is how the dead man was hurt, told before his death, not a
    second victim, whom news counts with the toll ('one killed, one hurt') or tells as another ('his
    mother was also shot'), or whom a later report counts beside the whole toll again ('killed his
    daughter and wounded his son' after 'a girl was killed'; a report telling fewer dead, 'wounded, the
    gunman ran and died', may tell one of them hurt, then dead)."""
    tolls: dict[str, Report] = {}
    for report in reports:
        held = tolls.get(report.article_id)
        if report.fatalities_best and (held is None or report.char_start < held.char_start):
            tolls[report.article_id] = report
    return [(report, figures) for report, figures in told
            if not (figures[1] == 1 and (toll := tolls.get(report.article_id)) is not None
                    and toll.char_start < report.char_start and toll.injured_best is None
                    and not _ALSO.search(report.sentence or "") and not _retells_the_toll(report, toll))]


def _retells_the_toll(report: Report, toll: Report) -> bool:
    """A report counting at least the dead of the article's first toll tells that toll again."""
    return bool(report.fatalities_best) and report.fatalities_best >= toll.fatalities_best


def _maybe_the_dead(tellers: list[tuple[Report, tuple[int, int, int]]], dead: int | None) -> bool:
    """Every article's wounded is someone told only as shot ('a teenager was shot on Elm Street', a
    low of 0: nothing says he lived), no more of them than the event's dead: one outlet tells the
    shooting, another the death, of the same people, and nobody is known to be hurt besides."""
    return bool(dead) and all(low == 0 and best <= dead for _, (low, best, _) in tellers)


def _article_tolls(told: list[tuple[Report, tuple[int, int, int]]], headlined: dict[str, set[int]],
                   wholes: bool = False) -> list[tuple[Report, tuple[int, int, int]]]:
    """Per article, the first report in its text that gives a figure, with its figures: news leads
    with the toll ('a man died and four others were hurt') and then tells the victims one by one
    ('a 20-year-old was shot in the leg'), parts of that toll, not another source's lower count.
    Where the article's headline gives a higher figure (``headlined``, :mod:`warlog.link.headlines`)
    that a report of its text gives too, the first such report: a lede that opens on one victim ('one
    of the four killed was a nurse') gives part of the toll the headline gives whole. A lower one is
    the headline's own part ('infant, 2 women killed'), not a reason to lower the article's toll.
    A first figure of people told only as shot, who may be the dead ('a woman was shot on Elm Street'),
    gives way to a later toll of the dead and the hurt ('two were killed and two others wounded'). With
    ``wholes`` (the dead), a first figure lower than a later toll told as the whole ('the gunman killed four
    people in all', 'bringing the toll to 16': :func:`~warlog.extract.scope.text_tells_a_whole_toll`) is a
    part of it ('gunned down his wife'). A later higher figure told plainly is not: it is as often another
    happening the article recalls, or a count of everyone shot, as the whole of the first."""
    in_order = sorted(told, key=lambda pair: pair[0].char_start)
    first: dict[str, tuple[Report, tuple[int, int, int]]] = {}
    for report, figures in in_order:
        held = first.setdefault(report.article_id, (report, figures))
        if (_maybe_the_dead_told_as_shot(held[1]) and figures[0] > 0 and report.fatalities_best
                or wholes and figures[1] > held[1][1] and text_tells_a_whole_toll(report.sentence or "")):
            first[report.article_id] = (report, figures)
    whole = {}
    for report, figures in in_order:
        if figures[1] > first[report.article_id][1][1] and figures[1] in headlined.get(report.article_id, set()):
            whole.setdefault(report.article_id, (report, figures))
    return list({**first, **whole}.values())


def _maybe_the_dead_told_as_shot(figures: tuple[int, int, int]) -> bool:
    """A figure of people told only as shot, none of them known to live (a low of 0: 'a man was shot')."""
    return figures[0] == 0 < figures[1]


def _disputed(reports: list[Report]) -> bool:
    ranges = [
        (r.fatalities_low if r.fatalities_low is not None else r.fatalities_best,
         r.fatalities_high if r.fatalities_high is not None else r.fatalities_best)
        for r in reports
        if r.fatalities_best is not None
    ]
    return any(low_a is not None and high_b is not None and low_a > high_b for low_a, _ in ranges for _, high_b in ranges)


def _most_common(values: Iterable[str | None]) -> str | None:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None


def _best_supported_sub_type(members: list[Report], published: dict[str, datetime | None]) -> str | None:
    """The sub-type most reports give (those that tell more than a bare toll first); between as many, the one
    told first (the earliest article, then the earliest in it: a lede tells the event, later sentences its
    parts and aftermath), not the one whose report id happens to sort first: :func:`_most_common` keeps the
    first of equal counts."""
    told = sorted(members, key=lambda r: (published.get(r.article_id) or datetime.max, r.char_start))
    return _most_common(r.sub_event_type for r in told if not is_bare(r)) or _most_common(r.sub_event_type for r in told)


def _disorder_type(reports: list[Report]) -> str | None:
    """ACLED's disorder type when a report gives one (one outlet may tell a shooting as part of a war,
    another as a crime), else the commonest mark of violence outside it."""
    return (_most_common(r.disorder_type for r in reports if r.disorder_type in ACLED_DISORDERS)
            or _most_common(r.disorder_type for r in reports))


def _grade(reports: list[Report], actor1: str | None, n_sources: int, denied: bool) -> str:
    if denied:
        return "contested"
    if actor1 and any(r.attributed_to and (actor1.lower() in r.attributed_to.lower() or r.attributed_to.lower() in actor1.lower()) for r in reports):
        return "confirmed"
    return "fair" if n_sources >= 2 else "weak"


def _notes(event: Event, reports: list[Report], outlet_of: dict[str, str | None]) -> str:
    who = event.actor1 or "An unidentified actor"
    whom = f" against {event.actor2}" if event.actor2 else ""
    what = event.sub_event_type.lower()
    target = f" hitting a {event.target}" if event.target else ""
    where = f" in {event.location}" if event.location else ""
    text = f"{who}: {what}{whom}{target}{where}."
    if event.fatalities_best:
        text += f" Fatalities coded {event.fatalities_best} (range {event.fatalities_low}-{event.fatalities_high or 'open'})."
    else:
        text += " No fatalities reported."
    figures = sorted(
        {(r.fatalities_best, r.attributed_to or outlet_of.get(r.article_id) or "unnamed outlet") for r in reports if r.fatalities_best is not None}
    )
    if event.disputed and figures:
        text += " Sources disagree: " + "; ".join(f"{source} gives {n}" for n, source in figures) + "."
    text += f" Reported by {event.n_sources} independent source(s)."
    return text


def event_kind(report: Report | Event) -> str:
    """What must agree for two reports (or events) to be one event: the sub-type; any remote-violence sub-type
    (outlets call one strike an air raid or a missile attack); any protest sub-type; any change of
    territory (who 'liberated' and who 'captured' a town depends on the outlet)."""
    if report.event_type in _TOLD_MANY_WAYS:
        return report.event_type
    return TERRITORY_KIND if report.sub_event_type in _TERRITORY else report.sub_event_type


@dataclass(frozen=True)
class _Member:
    """A report with what event clustering asks of it again and again, worked out once."""

    report: Report
    kind: str
    violent: bool
    bare: bool
    exchange: bool
    blast: bool

    @classmethod
    def of(cls, report: Report) -> _Member:
        return cls(report, event_kind(report), harms(report), is_bare(report), tells_an_exchange(report),
                   tells_a_blast(report))


def _kinds_agree(a: _Member | _Dated, b: _Member | _Dated) -> bool:
    """Of one kind; or violent, with one of them bare (:func:`is_bare`), which the other names better; or an
    attack and an exchange of fire (:func:`tells_an_exchange`); or a bomb that went off unmeant
    (:func:`went_off`) and the blast a later sentence tells ('one of the men died in the explosion')."""
    return (a.kind == b.kind or a.violent and b.violent and (a.bare or b.bare)
            or {a.kind, b.kind} == _ATTACK_OR_CLASH and (a.exchange or b.exchange)
            or a.blast and b.blast and _DISRUPTED in {a.kind, b.kind})


#: The sub-types one shooting is told as where shots went both ways.
_ATTACK_OR_CLASH = frozenset({"Attack", "Armed clash"})
#: Words for shots fired both ways: 'a gun battle', 'the shootout', 'an exchange of fire'.
_EXCHANGES = frozenset({"gun battle", "gunbattle", "gunfight", "firefight", "shootout", "shoot-out", "exchange of fire",
                        "exchange of gunfire", "exchanged fire", "exchanged gunfire"})


def harms(report: Report) -> bool:
    """Violence, or a bomb that went off unmeant: ACLED codes 'the device exploded prematurely as they planted
    it' as disrupted weapons use, a strategic development, yet its blast kills."""
    return report.event_type in _VIOLENT or went_off(report)


def went_off(report: Report) -> bool:
    """A disrupted weapons use whose sentence tells a bomb going off (not one defused or seized)."""
    return report.sub_event_type == _DISRUPTED and _GOING_OFF.search(report.sentence or "") is not None


def tells_a_blast(report: Report) -> bool:
    """An explosion, or a bomb that went off unmeant (:func:`went_off`)."""
    return report.event_type == _REMOTE_VIOLENCE or went_off(report)


_DISRUPTED = "Disrupted weapons use"
#: Words of a bomb going off.
_GOING_OFF = re.compile(r"\b(detonat|explod|explosion|blast|went off|go off|goes off)", re.IGNORECASE)


def tells_an_exchange(report: Report) -> bool:
    """A clash told by a word for shots fired both ways: the same shooting one outlet tells as an attack
    (a gunman fired at a club's guards) another tells as a 'gun battle' with them, since the word says
    only that shots went both ways, not who set out to attack whom."""
    return report.sub_event_type == "Armed clash" and (report.trigger or "").lower() in _EXCHANGES


def is_bare(report: Report) -> bool:
    """A clash or attack coded from a death toll alone ('eleven people died') or a generic word ('the
    attack'): it says least about what happened. 'Clashes' and 'fighting' are not bare."""
    return report.sub_event_type in _BARE and (report.trigger or "").lower().startswith(_bare_stems())


@lru_cache(maxsize=1)
def _bare_stems() -> tuple[str, ...]:
    """Word starts of the casualty words and generic triggers of ``data/triggers/triggers.csv``."""
    rows = read_table("triggers/triggers.csv")
    words = {row["pattern"].split()[0] for row in rows if not row["sub_event_type"] or row["generic"]}
    return tuple(sorted({w[:-1] if w.endswith(("e", "y")) else w for w in words}))


def _country_only(report: Report) -> bool:
    """Placed at nothing finer than its country (from its actors and admin words): it says only which
    country, so it sits anywhere in it."""
    return report.geo_precision == 3 and report.location is not None and report.location == report.country_name


#: Where a sentence takes someone to a hospital ('rushed to a hospital in Temple', 'taken to a Redding
#: hospital'): the group ``to`` runs from the 'to' to a few words after the hospital, where its town stands.
_TAKEN_TO_HOSPITAL = re.compile(
    r"\b(?:taken|rushed|transported|transferred|airlifted|flown|driven|brought|carried)\b[^.;]{0,40}?"
    r"(?P<to>\bto\b[^.;]{0,60}?\b(?:hospital|medical cent(?:er|re)|trauma cent(?:er|re))[^.;]{0,40})", re.IGNORECASE)


def _placed_at_hospital(report: Report) -> bool:
    """The report's town is the one its sentence names for the hospital its wounded were taken to: where
    they were treated, often another town than where they were hurt ('shot in Killeen ... rushed to a
    hospital in Temple'). A town named where the shooting happened still places it."""
    return bool(report.location) and _names_hospital_town(report.sentence or "", report.location)


@lru_cache(maxsize=4096)
def _names_hospital_town(sentence: str, town: str) -> bool:
    """Cached: clustering asks it of every pair of reports that stand apart."""
    found = _TAKEN_TO_HOSPITAL.search(sentence)
    return found is not None and town.lower() in found.group("to").lower()


def _places_agree(a: Report, b: Report) -> bool:
    """At one place, or near enough for the coarser precision; a report that takes its wounded to a hospital
    (:func:`_placed_at_hospital`) may be placed at the hospital's town, which says nothing of where it happened."""
    if a.latitude is None or b.latitude is None or (a.latitude, a.longitude) == (b.latitude, b.longitude):
        return True
    if (_country_only(a) or _country_only(b)) and a.country == b.country:
        return True
    coarser = max(a.geo_precision or 3, b.geo_precision or 3)
    return (km_between((a.latitude, a.longitude), (b.latitude, b.longitude)) <= PLACE_TOLERANCE_KM.get(coarser, PLACE_TOLERANCE_KM[3])
            or _placed_at_hospital(a) or _placed_at_hospital(b))


def _dates_agree(a: Report, b: Report) -> bool:
    if a.event_date is None or b.event_date is None or _bounds(a, b) or _bounds(b, a):
        return True
    if _told_after_its_news(a, b) or _told_after_its_news(b, a):
        return False
    coarser = max(_date_tolerance(a), _date_tolerance(b))
    return abs((a.event_date - b.event_date).days) <= coarser


#: A day's slack past a bound: a page dated late in the evening, read in another time zone, can come out
#: on the calendar day before the one its text gives the event.
_PAST_BOUND = timedelta(days=1)


def _told_after_its_news(bound: Report, other: Report) -> bool:
    """``bound`` is dated by its article's publication (its text gives its event no day) and another
    article's text dates ``other`` days after it: news cannot tell of what had not happened yet, so a page
    of 27 December that tells a shooting without a day is not the shooting another outlet dates to 2
    January, however coarse a bound's precision (a week) is. A stamp in the text is no such bound: a page
    also stamps the older stories it links to."""
    return (bound.date_from == "published" and other.date_from not in BOUND_DATES and bound.article_id != other.article_id
            and other.event_date - bound.event_date > _PAST_BOUND)


def _bounds(bound: Report, other: Report) -> bool:
    """``bound``'s date only bounds its event (:data:`BOUND_DATES`: its text gives none, so it took the day
    its news came out) and ``other`` dates an event on or before that day, within what news still tells
    as news (:data:`NEWS_AGE`): 'police have named the man wounded at the bus stop', in news nine days
    after the Saturday another outlet gives, tells the same shooting. An event happens before its news,
    never after it; and a day a sentence gives a follow-up (a trial, a plea) is not the event's."""
    return (bound.date_from in BOUND_DATES and other.date_from not in BOUND_DATES and bound.article_id != other.article_id
            and timedelta(0) <= bound.event_date - other.event_date <= NEWS_AGE
            and not tells_a_follow_up(other.sentence or ""))


def _told_apart(a: Report, b: Report) -> bool:
    """One article tells two happenings: it dates two reports, each in its own sentence, more than a day
    apart, or places them in two towns further apart than one town reaches ('a school near Raqqa on
    March 21, as well as a bakery in Tabqa on March 22'). A day's difference is one night told across
    midnight, in one article as across outlets ('wounded late on Friday', 'walked into a hospital early
    on Saturday'; outlets count 'late Monday' and 'overnight' differently); across articles a vaguer
    place is tolerated too (one outlet's 'near Raqqa' may be another's Tabqa)."""
    if a.article_id != b.article_id:
        return False
    dated_apart = (a.date_from == b.date_from == "sentence" and a.date_precision == b.date_precision == "day"
                   and abs((a.event_date - b.event_date).days) > 1)
    return dated_apart or _towns_apart(a, b)


def _towns_apart(a: Report, b: Report) -> bool:
    towns = (1, 2)
    return (a.geo_precision in towns and b.geo_precision in towns and a.latitude is not None
            and b.latitude is not None and a.location != b.location
            and km_between((a.latitude, a.longitude), (b.latitude, b.longitude)) > PLACE_TOLERANCE_KM[1]
            and not _placed_at_hospital(a) and not _placed_at_hospital(b))


def _date_tolerance(report: Report) -> int:
    return DATE_TOLERANCE_DAYS.get(report.date_precision or "day", 1)


def _date_reach(report: Report) -> int:
    """How many days from its date a report may be from another of its event (:func:`_dates_agree`)."""
    return max(_date_tolerance(report), NEWS_AGE.days if report.date_from in BOUND_DATES else 0)


#: Farther than any two reports of one story are.
_FAR = 10**9


@dataclass
class _Cluster:
    """The reports of one event being built, with the span of their dates to turn most reports away at once."""

    members: list[_Member]
    earliest: date | None = None
    latest: date | None = None
    widest: int = 0

    def add(self, member: _Member) -> None:
        self.members.append(member)
        day = member.report.event_date
        if day is not None:
            self.earliest = day if self.earliest is None else min(self.earliest, day)
            self.latest = day if self.latest is None else max(self.latest, day)
            self.widest = max(self.widest, _date_reach(member.report))

    def could_hold(self, member: _Member) -> bool:
        """False when some member's date is surely too far (no pair of precisions allows it)."""
        day = member.report.event_date
        if day is None or self.earliest is None:
            return True
        tolerance = max(self.widest, _date_reach(member.report))
        return (day - self.earliest).days <= tolerance and (self.latest - day).days <= tolerance

    def distance_to(self, member: _Member) -> tuple[bool, int, int]:
        """How near a report is to this event: an event some report names comes first; then, for a
        day-dated report, days from the closest day-dated
        member (a better home for a toll told with its date than one dated only by publication); then
        the event its own article's lede tells (a toll told without its event is the article's main
        event's), else characters from its closest member in the same article (the sentence that
        explains a killing follows it)."""
        report = member.report
        days = [abs((m.report.event_date - report.event_date).days) for m in self.members
                if report.date_precision == m.report.date_precision == "day"]
        chars = [m.report.char_start if m.report.char_start < LEDE_CHARS else LEDE_CHARS + abs(m.report.char_start - report.char_start)
                 for m in self.members if m.report.article_id == report.article_id]
        return all(m.bare for m in self.members), min(days, default=_FAR), min(chars, default=_FAR)

    def agrees_with(self, member: _Member) -> bool:
        report = member.report
        return self.could_hold(member) and all(
            _dates_agree(m.report, report) and _kinds_agree(m, member) and _places_agree(m.report, report)
            and not _told_apart(m.report, report) for m in self.members)


def _cluster(reports: list[Report]) -> list[list[Report]]:
    """Reports of one story into events: each joins the first event it agrees with entirely. Reports
    that name their event come first, so that bare ones join the events they belong to rather than
    start events of their own; a bare one joins the nearest of those it agrees with
    (:meth:`_Cluster.distance_to`)."""
    clusters: list[_Cluster] = []
    members = [_Member.of(r) for r in reports]
    for member in sorted(members, key=lambda m: (m.bare, m.report.geo_precision or 9, m.report.report_id)):
        fits = [c for c in clusters if c.agrees_with(member)]
        home = min(fits, key=lambda c: c.distance_to(member)) if member.bare and fits else next(iter(fits), None)
        if home is None:
            home = _Cluster([])
            clusters.append(home)
        home.add(member)
    return [[m.report for m in cluster.members] for cluster in clusters]


#: A report dated no finer than this ('in 2014', 'in January')...
_COARSE_DATES = frozenset({"month", "year"})
#: ...whose period ended this long before its article was published tells background, not news.
BACKGROUND_AGE = timedelta(days=31)


def is_background(report: Report, published: datetime | None) -> bool:
    """'since seizing the area in 2014', 'an assault in January split the enclave': an event the article
    recalls, dated only to a month or a year that ended well before the article. It stays a report."""
    if report.date_precision not in _COARSE_DATES or report.event_date is None or published is None:
        return False
    return published.date() - report.event_date > BACKGROUND_AGE


#: How far into an article its lede runs (a dateline and a sentence or two).
LEDE_CHARS = 400


def _news_of(clusters: list[list[Report]], published: dict[str, datetime | None]) -> list[list[Report]]:
    """The events a story reports, of its clusters of reports.

    A cluster that only tells part of another again is none (:func:`_told_within`). A cluster told
    only in passing (no report in an article's lede, none with a figure, none dated by its own sentence:
    'fighting continues', 'the coalition's bombing') is no event of its own beside one that the story
    tells as news (:func:`_is_news`). Two violent clusters (or one told only as
    'Other') that give the same toll at compatible places and dates are one incident told in two
    words ('the air strike' and 'the fighting' with the same eleven dead): the second joins the first.
    """
    news = [c for c in clusters if any(_is_news(r, published.get(r.article_id)) for r in c)]
    kept = news if news else clusters
    kept = [c for c in kept if not any(_told_within(c, other) for other in kept if other is not c)]
    merged: list[list[Report]] = []
    for cluster in kept:
        home = next((m for m in merged if _same_toll(m, cluster)), None)
        if home is None:
            merged.append(list(cluster))
        else:
            home.extend(cluster)
    return merged


#: A report its own sentence dates further back than this before its article is recalled, not reported
#: (a story spans at most two weeks: :data:`warlog.link.stories.STORY_SPAN`).
NEWS_AGE = timedelta(days=14)


def _is_news(report: Report, published: datetime | None) -> bool:
    """A report told as news: with a figure, in its article's lede, where news puts what happened, or
    of a specific kind and dated to a recent day by its own sentence ('on March 22 a strike hit a
    bakery in Tabqa'): what an article dates it tells as having happened, while mentions in passing
    take the article's publication date, and a strike dated a month back recalls old news."""
    return (report.char_start < LEDE_CHARS or report.fatalities_best is not None or report.injured_best is not None
            or _dated_recently(report, published))


#: Sub-types too generic to make a passing, dated mention news of its own ('a fighting position in central
#: Raqqa on 9 July', 'since the offensive began on June 6').
_GENERIC = frozenset({"Armed clash", "Other"})


def _dated_recently(report: Report, published: datetime | None) -> bool:
    return (report.date_from == "sentence" and report.date_precision == "day" and report.event_date is not None
            and report.sub_event_type not in _GENERIC and not is_bare(report)
            and (published is None or published.date() - report.event_date <= NEWS_AGE))


def _same_toll(a: list[Report], b: list[Report]) -> bool:
    tolls_a = {r.fatalities_best for r in a if r.fatalities_best}
    tolls_b = {r.fatalities_best for r in b if r.fatalities_best}
    return (bool(tolls_a & tolls_b) and all(r.event_type in _VIOLENT or r.sub_event_type == "Other" for r in (*a, *b))
            and all(_places_agree(x, y) and _dates_agree(x, y) for x in a for y in b))


def _told_within(part: list[Report], whole: list[Report]) -> bool:
    """``part`` tells nothing but a piece of ``whole`` again, at a place it names for another reason, so
    it is no event and adds nothing to ``whole`` (its reports stay reports):

    * its article's count of the dead again, placed where they came from ('our own count stands at nine
      dead: a teacher from X, a couple from Y'): bare tolls (:func:`is_bare`) each told by an article
      that tells ``whole``, which names its event and gives the same toll;
    * the fighting for a place on the day the story tells that it changed hands ('the army retook the
      town; soldiers were still fighting in a few streets'): ACLED codes a change of territory as a
      battle, one event per place, day and sides, and the fighting that brought it is that battle.
    """
    if not all(_dates_agree(x, y) for x in part for y in whole):
        return False
    articles = {r.article_id for r in whole}
    tolls = {r.fatalities_best for r in whole if r.fatalities_best}
    retold = (any(not is_bare(r) for r in whole) and all(is_bare(r) and r.article_id in articles
                                                          and r.fatalities_best in tolls for r in part))
    fought_for = (any(event_kind(r) == TERRITORY_KIND for r in whole)
                  and all(r.sub_event_type == "Armed clash" and not is_bare(r) for r in part)
                  and all(_places_agree(x, y) for x in part for y in whole))
    return retold or fought_for


#: How closely a report's date is told (its ``date_from``): by the text for the event itself, then a
#: bound (a statement's day or the dateline), then the publication date.
_HOW_TOLD = {"sentence": 0, "lead": 0, "dateline": 1, "published": 2}


def _most_agreed_day(members: list[Report], published: dict[str, datetime | None] | None = None) -> Report | None:
    """Of the reports dated at the finest precision any gives, one whose date most articles give (one
    article's many mentions count once). ACLED codes the finest date that sources support, and where
    outlets differ, the one most of them support: a later article's aside ('a vigil on Friday') does
    not move the event. Ties go to a date the text tells for the event over a bound; within one article,
    then to what it tells first (the lede, not what followed it: 'On 8 May, gunmen shot a guard at a
    clinic. He died in hospital the following day'; nor an earlier incident it recalls further down: 'Sunday's
    shooting comes after a boy was shot on Monday night'); between articles, to the date nearest its own
    article's publication (:func:`_days_before_news`), then to the earliest published article."""
    dated = [m for m in members if m.event_date is not None]
    finest = min((_date_rank(m) for m in dated), default=None)
    dated = [m for m in dated if _date_rank(m) == finest]
    votes = Counter(day for day, _ in {(m.event_date, m.article_id) for m in dated})
    order = {article: i for i, article in enumerate(dict.fromkeys(m.article_id for m in dated))}

    def support(m: Report) -> tuple[int, int]:
        return -votes[m.event_date], _HOW_TOLD.get(m.date_from, len(_HOW_TOLD))

    told_first: dict[str, Report] = {}
    for m in sorted(dated, key=lambda m: (support(m), m.char_start)):
        told_first.setdefault(m.article_id, m)
    return min(told_first.values(), key=lambda m: (support(m), _days_before_news(m, (published or {}).get(m.article_id)),
                                                   order[m.article_id]), default=None)


def _days_before_news(report: Report, published: datetime | None) -> int:
    """How long before its article a report dates its event. Where two outlets name different days for one
    event, equally often, the one nearer its own news is the likelier: a weekday read against a page stamp
    a day early ('Thursday' in an article stamped on Wednesday) lands six days back, and an outlet writing
    days later has more room to misplace the day than one writing on it."""
    if published is None or report.event_date is None:
        return 0
    return abs((published.date() - report.event_date).days)


def _date_rank(report: Report) -> float:
    """How finely a report dates its event: its precision's rank, a bound (:data:`BOUND_DATES`, precision week:
    the day its news came out) after any date up to a month that the text tells for the event ('shot in
    May' in an article of June 10: ACLED codes the month the source gives, not the report's day), before
    a year."""
    if report.date_from in BOUND_DATES:
        return precision_rank("month") + 0.5
    return precision_rank(report.date_precision)


def _most_precise(members: list[Report], field: str) -> Report | None:
    """The first report (in publication order) that gives ``field`` with the finest geo precision, one that
    names the event before a bare toll (:func:`is_bare`), which may be placed where its dead came from; one
    that takes its wounded to a hospital (:func:`_placed_at_hospital`) only when no other places the event."""
    return min((m for m in members if getattr(m, field) is not None),
               key=lambda m: (_placed_at_hospital(m), m.geo_precision or 9, is_bare(m)), default=None)


_PLACE_FIELDS = ("location", "country", "country_name", "country_score", "admin1", "admin2", "latitude", "longitude",
                 "geo_precision", "geonameid")


def _place_and_date(event: Event, members: list[Report], first_published: date | None,
                    published: dict[str, datetime | None] | None = None) -> Report | None:
    """The most precise place any report gives, and the date the sources support best
    (:func:`_most_agreed_day`), returning the report that dates it. An event happens before the first
    article that reports it: days after that (a hearing, a funeral) are another happening's."""
    where = _most_precise(members, "latitude") or _most_precise(members, "location")
    if where is not None:
        for name in _PLACE_FIELDS:
            setattr(event, name, getattr(where, name))
    before = [m for m in members if first_published is None or m.event_date is None or m.event_date <= first_published]
    told = [m for m in before if not _dates_its_follow_up(m, (published or {}).get(m.article_id))]
    when = _most_agreed_day(told or before or members, published)
    if when is not None:
        _date_as(event, when)
    return when


def _dates_its_follow_up(report: Report, published: datetime | None) -> bool:
    """A report whose sentence tells what followed the event (an arrest, a charge, a plea, a sentence) and
    dates it to the day its article came out ('the accused admitted the charge at a hearing on Monday', in
    Monday's news): that day is the follow-up's, news of the day, not the event's. A follow-up sentence
    that dates the event further back ('arrested for Saturday's shooting', 'charged in the Jan. 1
    shooting') still dates it."""
    return (report.date_from == "sentence" and report.event_date is not None and published is not None
            and report.event_date >= published.date() and tells_a_follow_up(report.sentence or ""))


def _date_as(event: Event, when: Report) -> None:
    event.event_date, event.date_precision, event.time_precision = when.event_date, when.date_precision, when.time_precision


#: Where a report's date only bounds its event (``Report.date_from``): its text gives the event no date, so it
#: took the day its news came out (a statement's day, the dateline, the publication date).
BOUND_DATES = frozenset({"dateline", "published"})


@dataclass(frozen=True)
class _Dated:
    """An event with the report that dates it (:func:`_place_and_date`), and what says which events are akin."""

    event: Event
    when: Report
    kind: str
    violent: bool
    bare: bool
    follow_up: bool
    members: tuple[Report, ...] = ()
    exchange: bool = False
    blast: bool = False

    @classmethod
    def of(cls, event: Event, when: Report, members: list[Report]) -> _Dated:
        return cls(event, when, event_kind(event), event.event_type in _VIOLENT or any(map(harms, members)),
                   all(is_bare(m) for m in members), any(tells_a_follow_up(m.sentence or "") for m in members),
                   tuple(members), any(tells_an_exchange(m) for m in members), any(map(tells_a_blast, members)))


def _date_bounded_events(dated: list[_Dated], published: dict[str, datetime | None],
                         retellings: dict[str, list[Report]] | None = None) -> None:
    """An event of a story that no text dates to a day takes a day the story's news gives an event of its
    kind (:func:`_news_day`; kinds agree as reports' do, :func:`_kinds_agree`: one outlet's 'shooting' is
    a bare attack that any violence names better), the earliest, the day the story began:

    - one whose date only bounds it (a charge, a trial, a funeral told days or months later with no date
      for the shooting) happened on or before that bound: on the day its own article gives when it tells
      the event again (``retellings``, per article: :func:`_retold_day`), else on the story's day; with
      no such day in the story, it takes the day its own article tells first for an event of its kind
      (:func:`_recalled_day`);
    - one dated only to a week or a month ('shot this month', 'last week') happened within the span its
      date stands for (:data:`DATE_TOLERANCE_DAYS` around it)."""
    retold = {id(d): day for d in dated if d.when.date_from in BOUND_DATES
              and (day := _retold_day(d, retellings or {}, published)) is not None}
    days = [replace(d, when=retold[id(d)]) if id(d) in retold else d for d in dated
            if id(d) in retold or _news_day(d.when, published.get(d.when.article_id))]
    for coarse in dated:
        when = coarse.when
        if when.date_from in BOUND_DATES:
            within = [d.when for d in days if d.when.event_date <= when.event_date and _kinds_agree(coarse, d)]
            day = retold.get(id(coarse)) or _earliest(within) or _recalled_day(coarse, dated)
        elif when.date_precision in _SPANS:
            reach = timedelta(days=DATE_TOLERANCE_DAYS[when.date_precision])
            day = _earliest([d.when for d in days if abs(d.when.event_date - when.event_date) <= reach
                             and _kinds_agree(coarse, d)])
        else:
            continue
        if day is not None:
            _date_as(coarse.event, day)


#: Dates the text gives as a span of days rather than one day.
_SPANS = frozenset({"week", "month"})


def _earliest(days: list[Report]) -> Report | None:
    return min(days, key=lambda day: (day.event_date, precision_rank(day.date_precision)), default=None)


def _retold_day(bounded: _Dated, retellings: dict[str, list[Report]],
                published: dict[str, datetime | None]) -> Report | None:
    """The day an article gives its event when it tells it again (a retelling, modality ``retold``:
    :func:`warlog.extract.reports._merge_retellings`) after a first mention with no date of its own: 'A
    teen was shot by a friend, police said. ... He was taken to hospital early Saturday'. The retelling
    follows a report of the event in the same article, is of its kind, and its own sentence dates it to a
    recent day (:func:`_news_day`) no later than the bound (the day an article gives all its events, its
    lead, may be a hearing's)."""
    first = {}
    for member in bounded.members:
        first[member.article_id] = min(first.get(member.article_id, member.char_start), member.char_start)
    told = [r for article, start in first.items() for r in retellings.get(article, ())
            if r.char_start > start and r.date_from == "sentence" and r.event_date <= bounded.when.event_date
            and _news_day(r, published.get(article)) and _kinds_agree(bounded, _Member.of(r))]
    return min(told, key=lambda r: (published.get(r.article_id) or datetime.max, r.char_start), default=None)


def _recalled_day(bounded: _Dated, dated: list[_Dated]) -> Report | None:
    """The day an article that tells a follow-up (an arrest, a charge, a plea, a sentence) and gives the
    event it follows no date tells first for an event of its kind, however long ago: it names the day of
    the shooting it follows ('charged in the Jan. 1 shooting death', 'the shooting happened on May 30').
    An article that tells a new shooting with no day and recalls an old one is no follow-up of the old one."""
    if not bounded.follow_up:
        return None
    told = [d.when for d in dated if d.when.article_id in bounded.event.article_ids and d.when.date_from not in BOUND_DATES
            and d.when.date_precision == "day" and d.when.event_date <= bounded.when.event_date and _kinds_agree(bounded, d)]
    return min(told, key=lambda day: day.char_start, default=None)


def _news_day(report: Report, published: datetime | None) -> bool:
    """Dated to a day by the text, not long before its article (:data:`NEWS_AGE`): what the article tells as news."""
    return (report.date_from not in BOUND_DATES and report.date_precision == "day" and report.event_date is not None
            and (published is None or published.date() - report.event_date <= NEWS_AGE))


def article_events(extraction: Extraction) -> list[Event]:
    """The events one article tells of by itself, coded as the link step codes them, in the order it tells them.

    Example:
        >>> text = ("Rebels attacked an army post near Kidal on Monday, killing four soldiers. "
        ...         "Later that day protesters marched in Gao against the attack.")
        >>> [e.sub_event_type for e in article_events(warlog.extract(text, published="2023-03-09"))]
        ['Armed clash', 'Peaceful protest']
    """
    article = extraction.article
    events = build_events([], extraction.reports, published={article.article_id: article.published},
                          outlet_of={article.article_id: article.outlet}, copy_of={})
    # A report starts where its sentence does: two events of one sentence are told in their triggers' order.
    told_at = {report.report_id: (report.char_start, trigger_span(report)[0]) for report in extraction.reports}
    return sorted(events, key=lambda event: min(told_at[r] for r in event.report_ids))


def build_events(
    stories: list[Story],
    reports: list[Report],
    *,
    published: dict[str, datetime | None],
    outlet_of: dict[str, str | None],
    copy_of: dict[str, str | None],
    titles: dict[str, str | None] | None = None,
) -> list[Event]:
    """Merge reports into events, story by story; the articles' ``titles`` choose between the figures
    their texts give (:func:`_article_tolls`)."""
    headlines = {article_id: tolls for article_id, title in (titles or {}).items() if (tolls := headline_tolls(title))}
    story_of = {article_id: story.story_id for story in stories for article_id in story.article_ids}
    by_story: dict[str, list[Report]] = {}
    denials: set[tuple[str, str]] = set()
    retellings: dict[str, list[Report]] = {}
    for report in reports:
        story_id = story_of.get(report.article_id, report.article_id)
        if report.modality in EVENT_MODALITIES and not is_background(report, published.get(report.article_id)):
            by_story.setdefault(story_id, []).append(report)
        elif report.modality == "denied":
            denials.add((story_id, event_kind(report)))
        elif report.modality == RETOLD:
            retellings.setdefault(report.article_id, []).append(report)
    groups = {(story_id, i): members for story_id, story_reports in by_story.items()
              for i, members in enumerate(_news_of(_cluster(one_place_per_name(story_reports, titles)), published))}
    events = []
    dated: dict[str, list[_Dated]] = {}
    for (story_id, _), members in groups.items():
        members.sort(key=lambda r: (published.get(r.article_id) or datetime.max, r.report_id))
        sub_event_type = _best_supported_sub_type(members, published)
        article_ids = list(dict.fromkeys(r.article_id for r in members))
        sources = {copy_of.get(a) or a for a in article_ids}
        actor1 = _most_common(r.actor1 for r in members)
        event = Event(
            event_id=stable_id("event", members[0].report_id),
            story_id=story_id,
            report_ids=[r.report_id for r in members],
            article_ids=article_ids,
            event_type=next(r.event_type for r in members if r.sub_event_type == sub_event_type),
            sub_event_type=sub_event_type,
            disorder_type=_disorder_type(members),
            actor1=actor1,
            actor2=_most_common(r.actor2 for r in members),
            assoc_actor_1=_most_common(r.assoc_actor_1 for r in members),
            assoc_actor_2=_most_common(r.assoc_actor_2 for r in members),
            inter1=next((r.inter1 for r in members if r.actor1 == actor1 and r.inter1), None),
            target=_most_common(r.target for r in members),
            n_reports=len(members),
            n_articles=len(article_ids),
            n_sources=len(sources),
            outlets=sorted({outlet_of[a] for a in article_ids if outlet_of.get(a)}),
            claimants=sorted({r.attributed_to for r in members if r.attributed_to}),
            disputed=_disputed(members),
        )
        event.inter2 = next((r.inter2 for r in members if r.actor2 == event.actor2 and r.inter2), None)
        for kind in _COUNT_KINDS:
            low, best, high = _spread(members, kind, dead=event.fatalities_best, headlines=headlines)
            setattr(event, f"{kind}_low", low)
            setattr(event, f"{kind}_best", best)
            setattr(event, f"{kind}_high", high)
        if event.fatalities_best == 0 and event.civilian_fatalities_best is None:
            event.civilian_fatalities_low = event.civilian_fatalities_best = event.civilian_fatalities_high = 0
        first = min((published[a] for a in article_ids if published.get(a) is not None), default=None)
        when = _place_and_date(event, members, first.date() if first is not None else None, published)
        if when is not None:
            dated.setdefault(story_id, []).append(_Dated.of(event, when, members))
        code_event_actors(event)
        event.grade = _grade(members, actor1, len(sources), any((story_id, event_kind(m)) in denials for m in members))
        event.notes = _notes(event, members, outlet_of)
        events.append(event)
    for story_events in dated.values():
        _date_bounded_events(story_events, published, retellings)
    return events
