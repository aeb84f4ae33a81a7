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
    "Some 4,000 people were evacuated from the district because of fighting between two militias.",
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
