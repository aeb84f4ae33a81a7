"""Who did what to whom: actor spans around a trigger, normalised through the actor dictionary."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.tokens import Span, Token

from warlog.data import read_table
from warlog.extract.attribution import speech_stances
from warlog.extract.syntax import governing_verb
from warlog.models import Event, Report
from warlog.nlp.rulers import national_forces

_SUBJECT_DEPS = {"nsubj", "csubj"}
_PASSIVE_SUBJECT_DEPS = {"nsubjpass"}
_OBJECT_DEPS = {"dobj", "obj", "attr"}
_MODIFIER_DEPS = {"compound", "poss", "amod", "nmod"}
_AGAINST_PREPOSITIONS = {"against", "on", "with", "between", "targeting", "at"}
_STATE_INTERS = {1, 8}


@dataclass(frozen=True)
class Actor:
    name: str
    inter: int | None
    span: Span
    #: Actors named with this one, on its side ('soldiers and Wagner mercenaries'): ACLED's associated actors.
    allies: tuple[Actor, ...] = ()

    @property
    def assoc(self) -> str | None:
        return "; ".join(a.name for a in self.allies) or None

    @property
    def is_state(self) -> bool:
        return self.inter in _STATE_INTERS

    @property
    def is_civilian(self) -> bool:
        return self.inter == 7


@lru_cache(maxsize=1)
def _dictionary() -> dict[tuple[str, str], tuple[str, int | None]]:
    table: dict[tuple[str, str], tuple[str, int | None]] = {}
    for row in read_table("actors/actors.csv"):
        table[("ACTOR", row["id"])] = (row["name"], int(row["inter"]) if row["inter"] else None)
    for row in read_table("actors/generic.csv"):
        table[("GENERIC", row["id"])] = (_generic_name(row["name_template"]), int(row["inter"]) if row["inter"] else None)
    return table


def _generic_name(template: str) -> str:
    return template.replace(" ({country})", "").replace(" of {country}", "").replace("{country}", "").strip()


@lru_cache(maxsize=1)
def _generic_rows_by_name() -> dict[str, list[dict[str, str]]]:
    rows: dict[str, list[dict[str, str]]] = {}
    for row in read_table("actors/generic.csv"):
        rows.setdefault(_generic_name(row["name_template"]), []).append(row)
    return rows


@lru_cache(maxsize=1)
def _overrides() -> dict[tuple[str, str], list[dict[str, str]]]:
    found: dict[tuple[str, str], list[dict[str, str]]] = {}
    for row in read_table("actors/context_overrides.csv"):
        found.setdefault((row["generic_id"], row["country"]), []).append(row)
    return found


def _in_force(row: dict[str, str], day: date | None) -> bool:
    if day is None:
        return True
    return (not row["valid_from"] or date.fromisoformat(row["valid_from"]) <= day) and (
        not row["valid_to"] or day <= date.fromisoformat(row["valid_to"]))


def in_country(name: str | None, inter: int | None, country: str | None, country_name: str | None,
               day: date | None) -> tuple[str | None, int | None]:
    """A generic actor named for the event's country: 'the coalition' in Yemen in 2016 is the Saudi-led
    coalition (``context_overrides.csv``); 'gunmen' in Nigeria are 'Unidentified Armed Group (Nigeria)'.
    State forces take ACLED's government period ('Military Forces of Nigeria (2015-2023)') and are
    external forces (inter 8) outside their own country; communal militias found in several countries
    take the event's ('Fulani Ethnic Militia (Nigeria)')."""
    name, inter = _generic_in_country(name, inter, country, country_name, day)
    if _takes_country(name) and (plain := acled_country_name(country, country_name)):
        name = f"{name} ({plain})"
    return with_government_period(name_then(name, day), inter, country, day)


@lru_cache(maxsize=1)
def _former_names() -> dict[str, list[tuple[date, str]]]:
    """Actor name -> the names it went by before, each with its last day (``former_names.csv``)."""
    names = {row["id"]: row["name"] for row in read_table("actors/actors.csv")}
    found: dict[str, list[tuple[date, str]]] = {}
    for row in read_table("actors/former_names.csv"):
        found.setdefault(names[row["actor_id"]], []).append((date.fromisoformat(row["valid_to"]), row["name"]))
    return {name: sorted(former) for name, former in found.items()}


def name_then(name: str | None, day: date | None) -> str | None:
    """The name an actor went by on ``day``: 'Islamic State (Sahel)' was ACLED's 'Islamic State (Greater
    Sahara)' until the group became a province of its own in March 2022."""
    if name is None or day is None:
        return name
    return next((former for last, former in _former_names().get(name, []) if day <= last), name)


#: ACLED's names of communal militias, which it writes with their country ('Toposa Ethnic Militia (Kenya)').
_COMMUNAL_NAME = re.compile(r"[^()]+ Ethnic Militia")


def _takes_country(name: str | None) -> bool:
    """Communal militias found in several countries ('Fulani Ethnic Militia') and those named from the
    text ('Toposa militia'): ACLED adds the country."""
    return bool(name) and (name in _communal_without_country() or _COMMUNAL_NAME.fullmatch(name) is not None)


@lru_cache(maxsize=1)
def _communal_without_country() -> frozenset[str]:
    return frozenset(row["name"] for row in read_table("actors/actors.csv")
                     if row["kind"] == "ethnic_militia" and not row["country"] and "(" not in row["name"])


def _generic_in_country(name, inter, country, country_name, day) -> tuple[str | None, int | None]:
    rows = _generic_rows_by_name().get(name or "")
    if not rows or not country:
        return name, inter
    # A name several generic rows share ('Unidentified Armed Group') has one template and no override.
    if len({row["id"] for row in rows}) == 1:
        for override in _overrides().get((rows[0]["id"], country), []):
            if _in_force(override, day):
                return _dictionary()[("ACTOR", override["actor_id"])]
    template = rows[0]["name_template"]
    if "{country}" not in template or not (country_name or country in _countries()):
        return name, inter
    plain = acled_country_name(country, country_name)
    return template.replace("of {country}", f"of {_with_article(country, plain)}").replace("{country}", plain), inter


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, str]]:
    """ISO code -> ACLED's name for the country and whether it takes 'the' ('Military Forces of the Philippines')."""
    return {row["id"]: row for row in read_table("actors/countries.csv")}


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    return {row["name"].lower(): code for code, row in _countries().items()}


def acled_country_name(code: str | None, fallback: str | None) -> str | None:
    """The country as ACLED names it ('Democratic Republic of Congo', 'eSwatini'), else the gazetteer's name."""
    row = _countries().get(code or "")
    return row["name"] if row else fallback


def _with_article(code: str | None, name: str) -> str:
    row = _countries().get(code or "")
    return f"{row['article']} {name}" if row and row["article"] else name


@lru_cache(maxsize=1)
def _periods() -> dict[str, list[dict[str, str]]]:
    found: dict[str, list[dict[str, str]]] = {}
    for row in read_table("actors/state_periods.csv"):
        found.setdefault(row["country"], []).append(row)
    return found


#: ACLED's state actors: 'Military Forces of the Philippines', 'Police Forces of Kenya (2013-2022)'.
_STATE_NAME = re.compile(r"^(?:Military Forces|Police Forces|Government) of (?:the )?(?P<country>[A-Za-z' -]+?)"
                         r"(?P<period> \(\d{4}-(?:\d{4})?\))?$")


def state_country(name: str | None) -> str | None:
    """The ISO code of the state a state actor's name belongs to, if warlog knows it."""
    match = _STATE_NAME.match(name or "")
    return _country_codes().get(match["country"].lower()) if match else None


def government_period(country: str | None, day: date | None) -> str | None:
    """ACLED's label for the government in power on ``day`` ('2015-2023'; '2023-' while in office)."""
    if day is None:
        return None
    for row in _periods().get(country or "", []):
        if _in_force(row, day):
            return row["label"]
    return None


def with_government_period(name: str | None, inter: int | None, country: str | None,
                           day: date | None) -> tuple[str | None, int | None]:
    """'Military Forces of Nigeria' on 3 March 2019 -> 'Military Forces of Nigeria (2015-2023)'; the
    forces of another state than the event's are external forces (inter 8)."""
    match = _STATE_NAME.match(name or "")
    home = state_country(name)
    if match is None or home is None:
        return name, inter
    if country and home != country and inter == 1:
        inter = 8
    period = government_period(home, day)
    if period and not match["period"]:
        name = f"{name} ({period})"
    return name, inter


def resolve(span: Span) -> Actor:
    """Normalise an actor span; unknown ids keep their surface text. An unnamed militia qualified by a
    people or a place is that community's militia (:func:`communal_militia`)."""
    name, inter = _dictionary().get((span.label_, span.id_), (span.text, None))
    if span.label_ == "GENERIC" and (community := communal_militia(span)):
        return Actor(community, 4, span)
    return Actor(name, inter, span)


#: Words for a community's fighters: 'Toposa raiders', 'Garre militia'.
_COMMUNITY_FIGHTERS = frozenset({"militia", "militias", "militiaman", "militiamen", "raiders"})
#: Capitalised qualifiers that name a faith or a creed, not a community ('Islamist militia').
_CREEDS = frozenset("islamist islamic jihadist muslim christian catholic buddhist hindu shiite shia sunni "
                    "maoist communist".split())
_PEOPLE_ENTITIES = frozenset({"NORP", "GPE"})


def communal_militia(span: Span) -> str | None:
    """ACLED's name for an unnamed militia the text qualifies by a people: 'Toposa raiders' -> 'Toposa
    Ethnic Militia' (the country is added with the event's, :func:`in_country`). Names the dictionary
    knows match first, being longer. The tagger cannot tell a people's name from a place's (it reads
    rare peoples as places), so ACLED's 'Communal Militia' of a town is not attempted."""
    root = span.root
    if root.lower_ not in _COMMUNITY_FIGHTERS:
        return None
    qualifier = next((t for t in root.lefts if t.i < span.start and t.dep_ in _MODIFIER_DEPS
                      and _names_a_community(t)), None)
    if qualifier is None:
        return None
    words = [t for t in qualifier.subtree if t.i < span.start and _names_a_community(t)]
    return f"{' '.join(t.text for t in words)} Ethnic Militia"


def _names_a_community(token: Token) -> bool:
    """A capitalised word ('Pokot', 'Somali') that no actor name holds; at a sentence's start, where
    every word is capitalised ('Suspected'), only one the tagger takes for a people or a place (it reads
    rare peoples as places)."""
    return (token.is_title and (not token.is_sent_start or token.ent_type_ in _PEOPLE_ENTITIES)
            and token.lower_ not in _CREEDS
            and not any(a.start <= token.i < a.end for a in token.doc.spans.get("actors", [])))


def with_allies(span: Span, spans: list[Span]) -> Actor:
    """The actor of ``span`` with the actors joined to it by 'and' or 'with the support of' as its
    associated actors. State forces lead, as ACLED codes joint operations ('Wagner mercenaries and
    FACA soldiers' is the army, with Wagner associated)."""
    joined = {span.root.i, *(c.i for c in span.root.conjuncts)}
    backers = {g.i for c in span.root.children if c.dep_ == "prep" and c.lower_ in _ALONGSIDE for g in c.children}
    backers |= {g.i for c in span.root.children if c.dep_ == "acl" and c.lemma_.lower() in _SUPPORTED
                for p in c.children if p.dep_ == "agent" for g in p.children}
    side = [a for a in (resolve(s) for s in spans if s.root.i in joined) if a.inter != 7] or [resolve(span)]
    # Of actors joined by 'and', state forces lead; who backs the actor ('backed by troops') stays behind it.
    lead = next((a for a in side if a.inter == 1), side[0])
    helpers = [resolve(s) for s in spans if s.root.i in backers and s.root.i not in joined]
    allies = tuple(a for a in [*side, *helpers] if a is not lead and a.name != lead.name and a.inter != 7)
    return Actor(lead.name, lead.inter, lead.span, tuple({a.name: a for a in allies}.values()))


#: Prepositions and verbs that join an ally to an actor: 'soldiers alongside Dozo hunters', 'troops
#: backed by Wagner mercenaries'.
_ALONGSIDE = frozenset({"alongside", "with"})
_SUPPORTED = frozenset({"back", "support", "assist", "accompany", "aid", "help", "join", "reinforce"})


#: ACLED's name for a state's civilian authorities, which takes the country ('Government of Benin (2016-)').
_GOVERNMENT = "Government"
_STRATEGIC = "Strategic developments"

#: Crowd events and the inter code of the crowd that acts in them.
_CROWD_INTERS = {"Protests": 6, "Riots": 5}
_CROWD_NAMES = {6: "Protesters", 5: "Rioters"}
_EXCESSIVE_FORCE = "Excessive force against protesters"


#: Measures only a government can take: whoever imposed one the text leaves unnamed is the government.
_GOVERNMENT_MEASURES = ("curfew", "state of emergency", "martial law", "emergency rule")


def name_report_actors(report: Report) -> None:
    """Name a report's actors for its country and date: the text's actors, as ACLED names them. A curfew,
    state of emergency or martial law imposed by no one named was imposed by the government ('a curfew
    was imposed', 'the mayor declared a curfew'): ACLED's 'Government of X'."""
    here = report.country, report.country_name, report.event_date
    if report.actor1 is None and report.event_type == _STRATEGIC and any(
            m in (report.sentence or "").lower() for m in _GOVERNMENT_MEASURES):
        report.actor1, report.inter1 = _GOVERNMENT, 1
    report.actor1, report.inter1 = in_country(report.actor1, report.inter1, *here)
    report.actor2, report.inter2 = in_country(report.actor2, report.inter2, *here)
    report.assoc_actor_1 = _named_each(report.assoc_actor_1, *here)
    report.assoc_actor_2 = _named_each(report.assoc_actor_2, *here)


def code_event_actors(event: Event) -> None:
    """Code an event's sides as ACLED does where its reports' text leaves them open or names them
    otherwise: unnamed victims and attackers (:func:`_fill_unnamed_sides`), and crowds: a protest's
    actor1 is 'Protesters (Country)', a riot's 'Rioters (Country)'; the group a crowd comes from is
    associated with it, the police that met it is actor2. Reports keep what their text says."""
    here = event.country, event.country_name, event.event_date
    _fill_unnamed_sides(event, here)
    _no_civilian_doers(event, here)
    crowd = _CROWD_INTERS.get(event.event_type)
    if crowd is None:
        return
    if event.sub_event_type == _EXCESSIVE_FORCE:
        crowd_actor = in_country(_CROWD_NAMES[6], 6, *here)
        if event.inter1 == 6:
            event.actor1, event.inter1, event.actor2, event.inter2 = event.actor2, event.inter2, *crowd_actor
        elif event.inter2 != 6:
            event.actor2, event.inter2 = crowd_actor
        return
    if event.inter1 != crowd:
        _crowd_as_actor1(event, crowd, here)
    elif event.country:
        # ACLED names a crowd after where it gathers: Ukrainians protesting in Cape Town are
        # 'Protesters (South Africa)'.
        event.actor1, event.inter1 = in_country(_CROWD_NAMES[crowd], crowd, *here)
    _code_crowd_counterpart(event, here)


def _crowd_as_actor1(event: Event, crowd: int, here: tuple) -> None:
    """The crowd leads a protest or riot; the police the text led with meet it, the civilians a mob set
    on are its victims, and the group it came from is its associated actor."""
    former, former_inter = event.actor1, event.inter1
    event.actor1, event.inter1 = in_country(_CROWD_NAMES[crowd], crowd, *here)
    if former is None or former_inter in _CROWD_INTERS.values():
        return
    if former_inter == 1 or (former_inter == 7 and event.sub_event_type == _MOB_VIOLENCE):
        if event.actor2 is None or event.inter2 == event.inter1:
            event.actor2, event.inter2 = former, former_inter
    elif former_inter != 7:
        event.assoc_actor_1 = "; ".join(n for n in (former, event.assoc_actor_1) if n)


def _code_crowd_counterpart(event: Event, here: tuple) -> None:
    """ACLED's second side of a crowd event: a peaceful protest has none (no one met it); a protest
    with intervention was met by the police unless the text names who met it."""
    if event.sub_event_type == _PEACEFUL_PROTEST:
        event.actor2, event.inter2, event.assoc_actor_2 = None, None, None
    elif event.sub_event_type == _INTERVENTION and event.actor2 is None:
        event.actor2, event.inter2 = in_country("Police Forces", 1, *here)


#: Events whose unnamed victims are civilians in ACLED's coding, and whose unnamed perpetrator is an
#: unidentified armed group.
_AGAINST_CIVILIANS = "Violence against civilians"
_REMOTE = "Explosions/Remote violence"
_MOB_VIOLENCE = "Mob violence"
_ARRESTS = "Arrests"
_PEACEFUL_PROTEST = "Peaceful protest"
_INTERVENTION = "Protest with intervention"
#: Sub-types whose unnamed other side ACLED codes as civilians: the mob's victims, the people
#: arrested, the owners of what was looted or destroyed.
_LOOTING = "Looting/property destruction"
_CIVILIANS_ON_THE_OTHER_SIDE = frozenset({_MOB_VIOLENCE, _ARRESTS, _LOOTING})


def _fill_unnamed_sides(report: Event, here: tuple) -> None:
    """What ACLED codes when the text leaves a side unnamed: the victims of violence against civilians,
    of a mob, of a bomb that killed or hurt people, the people arrested and the owners of what was
    looted or destroyed are 'Civilians (Country)'; who attacked civilians or set off a bomb unseen is
    'Unidentified Armed Group (Country)'; who made an arrest unnamed is the country's police."""
    if report.actor2 is None and _unnamed_victims_are_civilians(report):
        report.actor2, report.inter2 = in_country("Civilians", 7, *here)
    if report.actor1 is None and report.event_type in {_AGAINST_CIVILIANS, _REMOTE}:
        report.actor1, report.inter1 = in_country("Unidentified Armed Group", 3, *here)
    if report.actor1 is None and report.sub_event_type == _ARRESTS:
        report.actor1, report.inter1 = in_country("Police Forces", 1, *here)


#: Armed violence whose doers ACLED never codes as civilians: villagers or farmers who attack or fight
#: armed are a community's militia, the unnamed one ('Communal Militia (Country)', ``generic.csv``).
_ARMED_VIOLENCE = frozenset({_AGAINST_CIVILIANS, "Battles"})
_UNNAMED_COMMUNITY = "Communal Militia"


def _no_civilian_doers(event: Event, here: tuple) -> None:
    """Civilians are those violence is done to. Residents or farmers the text names as attacking or
    fighting are their community's militia, as ACLED codes villagers who take up arms (inter 4); those
    who loot or destroy are 'Rioters (Country)' (riots and protests are coded with the crowd)."""
    if event.inter1 != 7:
        return
    if event.event_type in _ARMED_VIOLENCE:
        event.actor1, event.inter1 = in_country(_UNNAMED_COMMUNITY, 4, *here)
    elif event.sub_event_type == _LOOTING:
        event.actor1, event.inter1 = in_country(_CROWD_NAMES[5], 5, *here)


def _unnamed_victims_are_civilians(report: Event) -> bool:
    if report.event_type == _AGAINST_CIVILIANS or report.sub_event_type in _CIVILIANS_ON_THE_OTHER_SIDE:
        return True
    people_hurt = report.fatalities_best or report.civilian_fatalities_best or report.injured_best
    return report.event_type == _REMOTE and bool(people_hurt)


def _named_each(names: str | None, country: str | None, country_name: str | None, day: date | None) -> str | None:
    if not names:
        return names
    return "; ".join(in_country(n, None, country, country_name, day)[0] or n for n in names.split("; "))


def _in_subtree(span: Span, heads: list[Token]) -> bool:
    return any(head.left_edge.i <= span.start and span.end - 1 <= head.right_edge.i for head in heads)


def _children(token: Token, deps: set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _against_objects(token: Token) -> list[Token]:
    return [
        grandchild
        for child in token.children
        if child.dep_ == "prep" and child.lower_ in _AGAINST_PREPOSITIONS
        for grandchild in child.children
        if grandchild.dep_ == "pobj"
    ]


def _agents(verb: Token) -> list[Token]:
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _is_speaker(span: Span, verb: Token | None = None) -> bool:
    """'police told state media', 'according to the SDF', 'residents said': who tells of the event;
    not the subject of ``verb``, the trigger's own ('JNIM announced a blockade')."""
    head = span.root
    if head.dep_ in {"nsubj", "nsubjpass"} and head.head.lemma_.lower() in speech_stances():
        return verb is None or head.head.i != verb.i
    return head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according"


def _between(token: Token, spans: list[Span]) -> list[Span]:
    """'fighting between the SDF and Islamic State': the actors named after 'between', in order."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "between":
            sides = [g for g in child.children if g.dep_ == "pobj"]
            return [s for s in spans if _in_subtree(s, sides)]
    return []


def find_actors(trigger: Span, sentence: Span) -> tuple[Actor | None, Actor | None]:
    """actor1 (who acted) and actor2 (acted upon, or the other side) for a trigger.

    The sides come from the parse: the subject or agent of the trigger's verb and the words that
    modify the trigger ('coalition jets', 'Russian shelling') act; its object, a passive subject, or
    what it is 'against' or 'on' are acted upon; 'between X and Y' gives both. With no side found,
    a speaker is actor1 when the trigger's doer points back to it ('the army said its troops
    killed 18'), else the first actor of the sentence that is neither a civilian nor telling of the
    event; actor2 is only ever read from the parse.
    """
    spans = [s for s in sentence.doc.spans.get("actors", []) if s.start >= sentence.start and s.end <= sentence.end]
    root = trigger.root
    sides = _between(root, spans)
    if len(sides) >= 2:
        return with_allies(sides[0], spans), with_allies(sides[1], spans)
    verb = governing_verb(root)
    side1_heads = _children(verb, _SUBJECT_DEPS) + _agents(verb) + _children(root, _MODIFIER_DEPS)
    side2_heads = _children(verb, _OBJECT_DEPS | _PASSIVE_SUBJECT_DEPS) + _against_objects(root) + _against_objects(verb)
    side2_heads += _given_to(verb)
    actor1 = next((s for s in spans if _in_subtree(s, side1_heads) and not _is_speaker(s, verb)), None)
    actor2 = next((s for s in spans if s is not actor1 and _in_subtree(s, side2_heads) and not _is_speaker(s)), None)
    if (layer := _who_laid_it(root, verb, spans)) is not None and layer is not actor1:
        # 'a FAMa convoy hit an IED planted by JNIM': who set the device acted; whom it hit is the other side.
        actor1, actor2 = layer, actor1 or (actor2 if actor2 is not layer else None)
    if actor1 is not None and (actor1.id_ in _SITES or _ran_into(root, verb)):
        # 'an army convoy struck a mine', 'a FAMa patrol hit an IED': the forces a post or a vehicle
        # stands for, and those whose vehicle set off a device, are acted upon.
        actor1, actor2 = None, actor2 or actor1
    if actor2 is not None and actor2.id_ in _SITES and verb.lemma_.lower() in _BUILDING:
        actor2 = None  # 'building a military base', 'handed over the police station': no side.
    if actor2 is None and verb.lemma_.lower() not in _BUILDING and not (actor1 is not None and resolve(actor1).is_state):
        # 'Military convoy struck by a mine', 'a grenade hurled into a police post': the forces a post or a
        # vehicle stands for were hit, wherever the parse hangs it (state forces do not strike their own
        # posts); a post that only says where ('killed outside a police post') is no side.
        actor2 = next((s for s in spans if s.id_ in _SITES and s is not actor1 and not _only_where(s)), None)
    if actor1 is None and _unnamed_doer(verb):
        actor1 = next((s for s in spans if s is not actor2 and _is_speaker(s) and s.root.head in root.ancestors
                       and resolve(s).inter != 7), None)
    if actor1 is None and (national := _national_forces_of(root)) is not None:
        return national, (resolve(actor2) if actor2 else None)
    if actor1 is None or _is_unnamed_armed(actor1):
        # 'armed men stormed a mine; JNIM is suspected', 'a mine hit a bus. JNIM claimed it': ACLED codes the
        # group the text suspects or that claimed the act, not an unidentified one.
        actor1 = _suspected_group(sentence, actor2) or actor1
    if actor1 is None:
        # Not the other side again under another word ('a truck ran over a mine, wounding four soldiers').
        other = resolve(actor2).name if actor2 else "\0"
        actor1 = next((s for s in spans if s is not actor2 and s.id_ not in _SITES and resolve(s).inter != 7
                       and not _same_forces(resolve(s).name, other) and not _is_speaker(s)), None)
    first = with_allies(actor1, spans) if actor1 else None
    second = with_allies(actor2, spans) if actor2 else None
    if first is not None and first.allies and second is None and root.lemma_.lower() in _RECIPROCAL:
        # 'soldiers and JNIM militants clashed': the two sides, not allies.
        return Actor(first.name, first.inter, first.span), first.allies[0]
    if second is None and (first.inter in _CROWD_NAMES if first is not None else _tells_of_a_crowd(trigger)):
        second = _forces_meeting(sentence, first)
    if first is not None and second is not None:
        first = Actor(first.name, first.inter, first.span, tuple(a for a in first.allies if a.name != second.name))
    return as_doer(first), second


#: Generic rows for armed men the text does not name: 'gunmen', 'militants', 'jihadists', 'insurgents'.
_UNNAMED_ARMED = frozenset({"unidentified_gunmen", "militants", "jihadists", "insurgents"})
#: Words that tie a named group to an act as its suspected or self-declared doer: 'suspected JNIM
#: militants', '(JNIM is suspected)', 'believed to be Al Shabaab', 'claimed by ISWAP', 'presumably IS Sahel'.
_SUSPICION = frozenset("suspect suspected presume presumed presumably assume assumed believe believed likely "
                       "allegedly alleged blame blamed claim claimed attribute attributed accuse accused "
                       "probably".split())
#: Sentences before and after the event's own in which a suspected group is looked for.
_SUSPECT_BEFORE, _SUSPECT_AFTER = 1, 2
#: Inter codes of named armed groups that can be suspected of an act (rebels, militias, communal militias).
_SUSPECT_INTERS = frozenset({2, 3, 4})


def _around(sentence: Span, before: int, after: int) -> tuple[int, int]:
    """Token bounds of ``sentence`` with up to ``before`` sentences before it and ``after`` after it."""
    doc, start, end = sentence.doc, sentence.start, sentence.end
    for _ in range(before):
        start = doc[start - 1].sent.start if start > 0 else start
    for _ in range(after):
        end = doc[end].sent.end if end < len(doc) else end
    return start, end


def _phrase_noun(span: Span) -> Token:
    """The noun a name modifies, or the name's own head: 'militants' of 'suspected JNIM militants'."""
    noun = span.root
    while noun.dep_ in {"compound", "amod", "nmod"} and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _is_unnamed_armed(span: Span) -> bool:
    return span.label_ == "GENERIC" and span.id_ in _UNNAMED_ARMED


def _suspected_group(sentence: Span, actor2: Span | None) -> Span | None:
    """A named armed group the text ties to the act by suspicion or claim, in the event's sentence or
    close to it: 'Armed men stormed a mine; JNIM is suspected', 'A minibus ran over a mine. JNIM claimed
    responsibility.' The sentence's own suspect comes first, then the nearest."""
    low, high = _around(sentence, _SUSPECT_BEFORE, _SUSPECT_AFTER)
    found = [s for s in sentence.doc.spans.get("actors", []) if low <= s.start and s.end <= high and s.label_ == "ACTOR"
             and (actor2 is None or (s.start, s.end) != (actor2.start, actor2.end))
             and resolve(s).inter in _SUSPECT_INTERS and _named_as_suspect(s) and not _acted_upon(s)]
    return min(found, key=lambda s: (not (sentence.start <= s.start < sentence.end), abs(s.start - sentence.start)),
               default=None)


def _named_as_suspect(span: Span) -> bool:
    """'suspected JNIM militants', 'probably laid by IS Sahel', 'JNIM is suspected', 'claimed by ISWAP',
    'ULFA suspected': a word of suspicion or claim just before or after the name, or governing it."""
    near = span.doc[max(span.sent.start, span.start - 4):min(span.sent.end, span.end + 1)]
    heads = list(span.root.ancestors)[:3]
    return any(t.lower_ in _SUSPICION or t.lemma_.lower() in _SUSPICION for t in [*near, *heads])


def _acted_upon(span: Span) -> bool:
    """'arrested two suspected JNIM members', 'suspected Al Shabaab fighters were killed': the group is
    what the act was done to ('JNIM is suspected' is not)."""
    noun = _phrase_noun(span)
    if noun.dep_ == "pobj":  # 'a sweep against presumed JNIM fighters', not 'blamed the blast on the NPA'
        return noun.head.lower_ in _AGAINST_PREPOSITIONS and not any(
            t.lemma_.lower() in _SUSPICION for t in list(noun.ancestors)[:3])
    return noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() not in _SUSPICION


#: Sentences after a crowd's own in which the forces that met it are looked for.
_MET_AFTER = 1


@lru_cache(maxsize=1)
def _crowd_triggers() -> frozenset[str]:
    """The event words of protests and riots ('rioted', 'demonstration'), whose crowd the text may leave unnamed."""
    return frozenset(row["id"] for row in read_table("triggers/triggers.csv") if row["event_type"] in _CROWD_INTERS)


def _tells_of_a_crowd(trigger: Span) -> bool:
    return trigger.id_ in _crowd_triggers()


def _forces_meeting(sentence: Span, crowd: Actor | None) -> Actor | None:
    """The state forces a crowd met, named anywhere in its sentence or the next one: 'a crowd hurled rocks
    at the police', 'Rioters blocked the road. Police dispersed them.'
    ACLED codes them as the crowd's other side (a peaceful protest's is dropped again,
    :func:`code_event_actors`)."""
    start, end = _around(sentence, 0, _MET_AFTER)
    return next((with_allies(s, []) for s in sentence.doc.spans.get("actors", [])
                 if start <= s.start and s.end <= end and (crowd is None or s.start != crowd.span.start)
                 and resolve(s).inter == 1 and _faces_a_crowd(s)), None)


#: Prepositions by which forces meet a crowd: 'stones thrown at police', 'clashed with police', 'dispersed by police'.
_MEETING_PREPOSITIONS = frozenset({"at", "with", "against", "on", "by"})
#: Verbs whose forces do not meet the crowd: they tell, are told, look into it or hold someone later.
_NOT_MEETING = frozenset({"tell", "inform", "alert", "call", "investigate", "probe", "arrest", "detain", "summon",
                          "deploy", "send", "launch", "open"})


def _faces_a_crowd(span: Span) -> bool:
    """Forces that act on a crowd or that it acts on ('police fired tear gas', 'hurled rocks at officers',
    'the police station was set ablaze'), not those who speak of it, are told of it or investigate it."""
    noun = _phrase_noun(span)
    verb = noun.head
    if noun.dep_ == "pobj":
        return verb.lower_ in _MEETING_PREPOSITIONS and verb.head.lemma_.lower() not in _NOT_MEETING
    return (noun.dep_ in {"nsubj", "nsubjpass", "dobj", "conj"} and verb.lemma_.lower() not in _NOT_MEETING
            and verb.lemma_.lower() not in speech_stances())


#: Words for herders, civilians while they are acted upon.
_HERDERS = frozenset({"herder", "herdsman", "herdsmen", "pastoralist"})


def as_doer(actor: Actor | None) -> Actor | None:
    """An actor as the one who acted: herders who act in an event are ACLED's herder militia ('Fulani
    Ethnic Militia' where the Fulani herd, ``context_overrides.csv``), not civilians."""
    if actor is None or not actor.is_civilian or actor.span.root.lemma_.lower() not in _HERDERS:
        return actor
    return Actor(*_dictionary()[("GENERIC", "herder_militia")], actor.span, actor.allies)


def _same_forces(name: str, other: str) -> bool:
    """'Military Forces' (soldiers) and 'Military Forces of Kenya' (the Kenyan army): one side."""
    return name.startswith(other) or other.startswith(name)


#: Generic rows naming state forces by a post or a vehicle of theirs ('an army patrol', 'a police station').
_SITES = frozenset({"military_sites", "police_sites"})
#: Verbs that build, open or hand over a post, which is then no side of the event.
_BUILDING = frozenset({"build", "construct", "establish", "erect", "open", "set", "hand", "relocate"})
#: Verbs whose 'to' names the other side: 'surrendered to the army', 'defected to the rebels'.
_GIVING_UP = frozenset({"surrender", "defect", "hand", "yield", "submit"})
#: Participles that tell who set a device: 'an IED planted by', 'a mine laid by', 'a bomb left by'.
_LAID = frozenset({"plant", "lay", "set", "leave", "place", "bury", "hide", "install"})
#: Verbs of a device going off on someone ('a convoy hit an IED'); not of one found or defused, whose
#: finder acts.
_SET_OFF = frozenset({"hit", "strike", "run", "step", "trip", "detonate", "explode", "go", "blow", "kill",
                      "wound", "injure", "damage"})


#: Verbs of a vehicle or a person setting off a device by touching it: 'hit an IED', 'ran over a mine'.
_RAN_INTO = frozenset({"hit", "strike", "run", "step", "trip"})
#: Devices set off by whoever touches them (not a car bomb driven at its target).
_LAID_DEVICES = frozenset({"ied", "mine", "landmine", "bomb", "explosive", "device", "booby", "trap"})


#: Prepositions by which a post only tells where something happened: 'at a police station', 'outside an army
#: camp', 'a village under Kotwali police station' (South Asian news places villages by their station).
_LOCATING = frozenset("at in inside outside near of from behind beside within around by under".split())


def _only_where(site: Span) -> bool:
    return site.root.dep_ == "pobj" and site.root.head.lower_ in _LOCATING


def _ran_into(root: Token, verb: Token) -> bool:
    """Whether the event's device is what the verb's subject ran into ('a patrol hit an IED', 'a truck
    ran over a landmine'): the subject was hit, it did not act."""
    if verb.i == root.i or verb.lemma_.lower() not in _RAN_INTO or root.lemma_.lower() not in _LAID_DEVICES:
        return False
    return root.head.i == verb.i or (root.dep_ == "pobj" and root.head.head.i == verb.i)


def _given_to(verb: Token) -> list[Token]:
    """'NPA fighters surrendered to the 4th Infantry Battalion': who received the surrender."""
    if verb.lemma_.lower() not in _GIVING_UP:
        return []
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]


def _who_laid_it(root: Token, verb: Token, spans: list[Span]) -> Span | None:
    """The actor named as the agent of a participle that sets the event's device: 'an IED planted by
    JNIM militants', 'struck a landmine laid by the rebels'."""
    if verb.lemma_.lower() not in _SET_OFF:
        return None
    for device in (root, *_children(verb, _OBJECT_DEPS)):
        for part in device.children:
            if part.dep_ == "acl" and part.lemma_.lower() in _LAID:
                layer = next((s for s in spans if _in_subtree(s, _agents(part))), None)
                if layer is not None:
                    return layer
    return None


#: Event words whose joined subjects are the two sides: 'police and protesters clashed'.
_RECIPROCAL = frozenset("clash fight fighting exchange battle skirmish confrontation clashes".split())


def _national_forces_of(root: Token) -> Actor | None:
    """'Israeli strikes', 'Russian shelling': a nationality on the event word names that state's forces."""
    for child in root.children:
        forces = state_forces(child.text) if child.dep_ in {"amod", "compound"} else None
        if forces is not None:
            return Actor(*forces, root.doc[child.i:child.i + 1])
    return None


def state_forces(adjective: str) -> tuple[str, int | None] | None:
    """The name and inter code of the forces of the state a nationality adjective names ('Israeli')."""
    actor_id = national_forces().get(adjective)
    return _dictionary()[("ACTOR", actor_id)] if actor_id else None


def _unnamed_doer(verb: Token) -> bool:
    """No subject, or one that points back: 'denied firing the rockets', 'said its troops killed 18',
    'claimed it had attacked': the speaker is who acted."""
    subjects = _children(verb, _SUBJECT_DEPS)
    return not subjects or any(s.pos_ == "PRON" or any(t.dep_ == "poss" and t.pos_ == "PRON" for t in s.subtree)
                               for s in subjects)
