"""Brawls, things seized that are no ground, aircraft shot down, situations defused and floggings (issue 13).
ACLED codes a brawl between rival crowds as mob violence, a helicopter shot down as a fight with its crew,
arms seized by the state or by no one named as disrupted weapons use, a 'defused situation' as no weapon at
all and people flogged or whipped as attacked. Every sentence is written for these tests."""

import pytest

from warlog import extract
from warlog.extract.reports import _only_unarmed_hit
from warlog.nlp import load_nlp


def _events(text):
    """(event type, sub-type) of the reports a text tells as news."""
    reports = extract(text, published="2016-08-20", outlet="Test Wire").reports
    return [(r.event_type, r.sub_event_type) for r in reports if r.modality == "reported"]


@pytest.mark.parametrize("text", [
    "A brawl broke out between two groups of traders at the Marhapur cattle market on Sunday, leaving four people injured.",
    "Three guests were taken to hospital after a brawl between two rival youth groups at a wedding in Ostrava.",
    "Two factions of ruling party supporters fought in the streets of Kalimpur on Friday, and three people were hurt.",
])
def test_a_fight_between_crowds_is_mob_violence(text):
    assert _events(text)[:1] == [("Riots", "Mob violence")]


def test_a_brawl_of_no_crowd_and_no_one_hurt_is_no_event():
    assert _events("The debate in the council of Verlin turned into a brawl of words over the budget.") == []


@pytest.mark.parametrize("text, verb", [
    ("Militiamen shot dead two fishermen near Verlin on accusations of feeding the rebels.", "shot"),
    ("Police arrested a teacher on charges of sedition in Ostrava.", "arrested"),
])
def test_what_an_act_is_done_on_as_its_reason_is_not_whom_it_hit(text, verb):
    doc = load_nlp()(text)
    word = next(t for t in doc if t.text == verb)
    assert _only_unarmed_hit(doc[word.i : word.i + 1])


def test_the_state_taking_a_victims_cash_takes_no_ground():
    text = ("Soldiers shot dead a shopkeeper in Kalimpur on Monday. The soldiers seized his motorbike and his phone.")
    assert ("Battles", "Government regains territory") not in _events(text)
    assert _events(text)[:1] == [("Violence against civilians", "Attack")]


@pytest.mark.parametrize("text", [
    "On Monday, a cache of rifles and ammunition was seized in a farmhouse outside Ostrava, near the border.",
    "Soldiers seized a consignment of rifles from a rebel hideout near Ostrava on Monday.",
])
def test_arms_seized_by_the_state_or_no_one_named_are_disrupted_weapons_use(text):
    assert _events(text)[:1] == [("Strategic developments", "Disrupted weapons use")]


def test_arms_seized_during_clashes_are_part_of_the_fight():
    assert _events("Troops exchanged fire with rebels in the hills near Ostrava for two hours and seized four rifles.") == [
        ("Battles", "Armed clash")]


@pytest.mark.parametrize("text", [
    "Rebels shot down an army helicopter near Kalimpur on Tuesday.",
    "Insurgents claimed to have downed an air force plane over the hills east of Verlin.",
])
def test_a_crewed_aircraft_shot_down_is_a_clash(text):
    assert _events(text)[:1] == [("Battles", "Armed clash")]


def test_a_drone_shot_down_is_disrupted_weapons_use():
    assert _events("Army air defences shot down two rebel drones over the base at Kalimpur on Tuesday.")[:1] == [
        ("Strategic developments", "Disrupted weapons use")]


@pytest.mark.parametrize("text", [
    "Two soldiers and a bus driver argued at a checkpoint outside Marhapur until an officer defused the row.",
    "Talks between the rebels and the army in Verlin helped defuse tensions along the front line, diplomats said.",
])
def test_a_situation_defused_is_no_weapon_disrupted(text):
    assert ("Strategic developments", "Disrupted weapons use") not in _events(text)


def test_a_bomb_defused_is_disrupted_weapons_use():
    assert _events("Army engineers defused a roadside bomb on the road to Kalimpur on Tuesday.") == [
        ("Strategic developments", "Disrupted weapons use")]


@pytest.mark.parametrize("text", [
    "Islamist fighters whipped three women in the market of Kalo for not covering their hair.",
    "Militiamen flogged a shopkeeper in front of his shop in Marhapur for selling cigarettes.",
])
def test_people_flogged_or_whipped_are_attacked(text):
    assert _events(text)[:1] == [("Violence against civilians", "Attack")]


@pytest.mark.parametrize("text", [
    "Heavy rain lashed the coast near Verlin on Tuesday.",
    "The coach lashed out at the referee after the match in Verlin.",
])
def test_lashing_weather_or_words_is_no_event(text):
    assert _events(text) == []
