"""Crowds that gather with a demand, crowds that clash with the police, village guards who carry arms and bombs that
failed (issue 13): news tells a protest without a word for one ('gathered outside the office demanding ...'), a
scuffle with the police without naming its hurt, a defence volunteer hit by gunmen is an armed man, not a civilian,
and a bomb that failed to go off is a weapon disrupted, not an explosion. Every sentence is written for these tests."""

import pytest

from warlog import extract


def _events(text):
    """(event type, sub-type) of the reports a text tells as news."""
    reports = extract(text, published="2015-03-10", outlet="Test Wire").reports
    return [(r.event_type, r.sub_event_type) for r in reports if r.modality == "reported"]


def _families(text):
    return [event_type for event_type, _ in _events(text)]


@pytest.mark.parametrize("text", [
    "Some 150 tea growers gathered at the district office in Marhapur on Monday to demand a higher leaf price.",
    "Angry residents squatted on the main road of Kalimpur demanding the repair of the water pumps.",
    "About 60 nurses assembled outside the state hospital in Verlin, denouncing the cut in their allowances.",
    "Supporters of the opposition stood holding placards outside the provincial assembly in Ostrava on Tuesday.",
])
def test_a_gathering_with_a_demand_is_a_protest(text):
    assert _families(text)[:1] == ["Protests"]


@pytest.mark.parametrize("text", [
    "Hundreds of mourners gathered at the temple in Marhapur on Sunday to pray for the victims of the flood.",
    "Fans gathered outside the stadium in Verlin to watch the final on a giant screen.",
    "The family stood at the gate for an hour waiting for the bus.",
])
def test_a_gathering_for_anything_else_is_no_event(text):
    assert _events(text) == []


def test_a_crowd_that_clashes_with_security_personnel_riots():
    assert _families("A group of traders clashed with security personnel at the Kalimpur bazaar on Monday.") == ["Riots"]


def test_fighters_who_clash_with_the_police_stay_a_battle():
    assert "Riots" not in _families("Militants clashed with security personnel near the Kalimpur checkpoint on Monday, "
                                    "and two militants were killed.")


@pytest.mark.parametrize("text", [
    "Insurgents shot dead a village defence volunteer in the Marhapur district on Tuesday.",
    "Two village defence volunteers were shot dead by insurgents near Kalimpur on Tuesday.",
])
def test_village_defence_volunteers_hit_by_gunmen_are_a_clash(text):
    assert _events(text)[:1] == [("Battles", "Armed clash")]


@pytest.mark.parametrize("text", [
    "Gunmen shot dead two civil defence volunteers who were clearing rubble in Verlin on Tuesday.",
    "Gunmen shot dead a defence lawyer outside the court in Ostrava on Tuesday.",
])
def test_rescuers_and_lawyers_named_for_defence_are_civilians(text):
    assert _events(text)[:1] == [("Violence against civilians", "Attack")]


@pytest.mark.parametrize("text", [
    "An attempt by two suspected militants to bomb the party office in Marhapur failed when the device they threw into "
    "the yard failed to explode.",
    "A grenade hurled at the Kalimpur police post on Friday failed to explode, officials said.",
])
def test_a_bombing_that_failed_is_disrupted_weapons_use(text):
    assert _events(text)[:1] == [("Strategic developments", "Disrupted weapons use")]


@pytest.mark.parametrize("text", [
    "At least ten party activists were hurt in a clash with the riot police in Marhapur on Tuesday morning.",
    "Clashes erupted between villagers and police in the Kalimpur district on Tuesday.",
    "Residents of the old quarter clashed with supporters of the ruling party near the Verlin bus stand on Thursday.",
])
def test_crowds_that_clash_with_the_police_or_each_other_riot(text):
    assert _families(text)[:1] == ["Riots"]


def test_a_town_taken_with_no_violence_reported_changed_hands_peacefully():
    assert _events("Troops captured the town of Kalimpur from the rebels on Monday. No violence was reported.")[:1] == [
        ("Strategic developments", "Non-violent transfer of territory")]


def test_a_gunfight_with_police_is_no_riot_whoever_was_hurt():
    assert _families("Two party activists were wounded by bullets in a gunfight with the police near the Kalimpur bypass "
                     "early on Thursday.")[:1] == ["Battles"]


def test_a_petition_handed_in_by_a_gathering_is_a_protest():
    assert _families("Some 200 boat owners gathered at the Ostrava port office on Monday to submit a petition against "
                     "the new licence fee.")[:1] == ["Protests"]


def test_forces_moved_yield_to_the_ambush_they_met():
    assert _events("An army convoy bringing fresh reinforcements to Kalimpur was ambushed on the hill road on Sunday, "
                   "leaving two soldiers dead.")[:1] == [("Battles", "Armed clash")]


def test_rounds_fired_at_security_forces_are_a_clash_not_a_base():
    assert _events("Gunmen fired several rounds at security forces guarding the Marhapur border camp late on "
                   "Monday.")[:1] == [("Battles", "Armed clash")]


@pytest.mark.parametrize("text", [
    "A handful of dock workers picketed outside the Ostrava fuel depot on Monday.",
    "Angry residents hit the streets of Kalimpur on Monday against the new water tariff.",
])
def test_pickets_and_crowds_in_the_streets_are_protests(text):
    assert _families(text)[:1] in (["Protests"], ["Riots"])


def test_a_police_picket_is_no_protest():
    assert _events("Police pickets were set up along the Marhapur highway ahead of the minister's visit.") == []
