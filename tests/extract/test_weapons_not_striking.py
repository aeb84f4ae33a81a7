"""Weapons told as things or as aircraft that come down harmlessly tell no strike (issue 13): a drone that
crashed or landed and hurt no one, a vehicle 'used as a car bomb', bombs evidence 'ties' someone to, a suicide no
word tells as a blast. A drone that crashed into people and killed them, a rocket that landed, and an attack
drones were used in still do."""

import pytest

from warlog import extract


def _reports(text):
    return extract(text, published="2023-06-12", outlet="Test Wire").reports


def _told_in(text, words):
    """The reports, of any modality, whose sentence holds ``words``."""
    return [r for r in _reports(text) if words in r.sentence]


@pytest.mark.parametrize("text", [
    "Last winter a hobbyist's drone crashed on the lawn of the parliament in Velor.",
    "Staff could not say when the drone landed on the roof of the tax office in Velor.",
    "The quadcopter lost its signal and crashed into a garden shed near Velor airport.",
])
def test_a_drone_that_came_down_and_hurt_no_one_is_no_strike(text):
    assert [r for r in _reports(text) if r.sub_event_type == "Air/drone strike"] == []


def test_a_drone_that_crashed_into_people_and_killed_them_is_a_strike():
    reports = _reports("A drone crashed into a wedding party in Velor province on Saturday, killing four guests.")
    assert [r.sub_event_type for r in reports] == ["Air/drone strike"]


def test_a_rocket_that_landed_is_still_shelling():
    reports = _reports("A rocket landed on a primary school in Velor on Monday, the army said.")
    assert [r.sub_event_type for r in reports] == ["Shelling/artillery/missile attack"]


STORY = ("Two bombs went off at the Velor spring fair on Sunday, killing five people. "
         "Officials said the attackers had used two stolen delivery vans as car bombs. "
         "Prosecutors say the suspect bought timers online and that fingerprints tie him to the bombs.")


@pytest.mark.parametrize("words", ["used stolen delivery vans", "fingerprints tie him"])
def test_a_bomb_named_as_what_a_thing_served_as_or_as_evidence_is_no_explosion(words):
    assert _told_in(STORY, words) == []
    assert [r.sub_event_type for r in _reports(STORY) if r.modality == "reported"] == ["Remote explosive/landmine/IED"]


def test_an_attack_drones_were_used_in_is_one_of_war():
    text = "Investigators say two drones loaded with explosives were used in an attack on the governor of Velor."
    assert any(r.event_type != "Protests" and "attack" in r.trigger for r in _reports(text))


def test_power_seized_in_a_coup_is_no_ground_taken():
    reports = _reports("Velor's generals seized power in a bloodless coup last May and suspended the constitution.")
    assert [r for r in reports if "territory" in r.sub_event_type] == []


def test_a_suicide_is_no_suicide_bombing_unless_a_word_tells_a_blast():
    """The learned coder reads 'suicide' as ACLED's suicide bomb; a death by one's own hand is no bombing."""
    violent = "Gunmen attacked a police post in Jos on Sunday, killing two officers. "
    suicide = violent + "Another suicide took place at the police academy in Jos on Monday, the commissioner said."
    bombing = violent + "A suicide attacker detonated his vest inside the police academy in Jos on Monday, the commissioner said."
    assert "Suicide bomb" not in {r.sub_event_type for r in _reports(suicide)}
    assert "Suicide bomb" in {r.sub_event_type for r in _reports(bombing)}
