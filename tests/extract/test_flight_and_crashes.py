"""Developments ACLED codes as 'Other' that news tells without an event word of violence (issue 13): many
unarmed people who leave, abandon, flee or are evacuated from the places they live in (displacement), and an
aircraft or drone of an armed force that crashed hurting no one. Leaving that moves no one ('the blast left
12 dead'), flight to somewhere, fighters who leave, and a drone that only landed or crashed where no one is
at war stay no event."""

import pytest

from warlog import extract

OTHER = ("Strategic developments", "Other")


def _reported(text):
    return [(r.event_type, r.sub_event_type) for r in extract(text, published="2024-03-12", outlet="Test Wire").reports
            if r.modality == "reported"]


@pytest.mark.issue(13)
@pytest.mark.parametrize("text", [
    "On 3 March, about 600 villagers left Tessit and the hamlets around it after armed bandits threatened them.",
    "Hundreds of families abandoned their farms near Velor because of repeated raids by cattle rustlers.",
    "Residents fled their homes in the north of Velor province as militants approached, local officials said.",
    "Aid workers evacuated some 4,000 residents from camps near Velor because of fighting between two militias.",
    "About 300 households evacuated to a school outside Velor because of clashes between the army and rebels.",
])
def test_many_people_leaving_their_homes_is_displacement(text):
    assert _reported(text) == [OTHER]


@pytest.mark.issue(13)
@pytest.mark.parametrize("text", [
    "The car bomb left 12 people dead outside the governor's office in Velor, the army said.",
    "Two gunmen fled the scene on a motorbike after the attack on the police post in Velor.",
    "The soldiers left the town of Velor on Monday after the rebels agreed to a ceasefire.",
])
def test_leaving_that_is_no_flight_of_civilians_is_no_displacement(text):
    assert OTHER not in _reported(text)


@pytest.mark.issue(13)
def test_an_armed_force_s_drone_that_crashed_is_an_other_development():
    text = "An army helicopter crashed in a maize field outside the Velor barracks on 9 May; its crew walked away."
    assert _reported(text) == [OTHER]


@pytest.mark.issue(13)
def test_a_drone_that_came_down_where_no_one_is_at_war_is_nothing():
    assert _reported("Last winter a hobbyist's drone crashed on the lawn of the parliament in Velor.") == []


CHANGE = ("Strategic developments", "Change to group/activity")


@pytest.mark.issue(13)
@pytest.mark.parametrize("text,coded", [
    ("Dozens of rebel fighters in pickup trucks were spotted on the road north of Velor on Friday.", [CHANGE]),
    ("On 2 June, soldiers searched every house in the Velor market quarter for weapons and found none.", [OTHER]),
    ("Rebel fighters cordoned off the market of Velor for three hours on Tuesday.", [OTHER]),
    ("Soldiers at a checkpoint outside Velor fired into the air on Monday as a lorry approached without stopping.", [OTHER]),
])
def test_forces_seen_searching_or_firing_into_the_air_are_developments(text, coded):
    assert _reported(text) == coded


@pytest.mark.issue(13)
@pytest.mark.parametrize("text", [
    "Police searched the flat of the suspect in Velor on Monday and found a stolen laptop.",
    "Troops searched for survivors of the landslide in the hills above Velor.",
    "A neighbour spotted a stolen car outside the bank in Velor on Friday.",
])
def test_everyday_searches_and_sightings_are_no_development(text):
    assert _reported(text) == []


@pytest.mark.issue(13)
def test_a_search_with_arrests_is_the_arrests():
    text = "Soldiers searched the village of Velor and arrested six men suspected of links to the rebels."
    assert _reported(text) == [("Strategic developments", "Arrests")]


@pytest.mark.issue(13)
def test_warning_shots_at_a_protest_leave_the_protest():
    text = "Riot police fired warning shots into the air as students marched on the education ministry in Velor."
    assert ("Strategic developments", "Other") not in _reported(text)
    assert not any(sub == "Air/drone strike" for _, sub in _reported(text))


@pytest.mark.issue(13)
def test_unexploded_ordnance_that_killed_is_an_explosion():
    text = "A piece of unexploded ordnance killed two boys herding goats outside Velor on Sunday, the district chief said."
    assert _reported(text) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


@pytest.mark.issue(13)
def test_going_to_the_streets_is_a_protest():
    text = "Thousands of opposition supporters went to the streets of Velor after the election results were announced."
    assert _reported(text) == [("Protests", "Peaceful protest")]
