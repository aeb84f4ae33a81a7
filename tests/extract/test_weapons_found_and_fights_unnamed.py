"""Events told with no word of war around them (issue 13): bombs found or seized are weapons of war by themselves,
and a fight told only by the people it left hurt is a crowd's fight."""

import pytest

from warlog import extract


def _reported(text):
    return [(r.event_type, r.sub_event_type) for r in extract(text, published="2024-03-12", outlet="Test Wire").reports
            if r.modality == "reported"]


@pytest.mark.issue(13)
@pytest.mark.parametrize("text", [
    "Two bombs were found near the home of a retired judge in Marlo on Monday.",
    "Police recovered three petrol bombs from a shed in Marlo.",
])
def test_bombs_found_are_disrupted_weapons_use(text):
    assert _reported(text) == [("Strategic developments", "Disrupted weapons use")]


@pytest.mark.issue(13)
def test_a_bomb_named_by_an_everyday_noun_is_no_weapon():
    assert _reported("Auditors in Marlo found a pension time bomb in the council's accounts.") == []


@pytest.mark.issue(13)
def test_a_fight_told_by_whom_it_left_hurt_is_mob_violence():
    text = "A clash over a strip of grazing land near Marlo left at least nine people injured on Sunday."
    assert _reported(text) == [("Riots", "Mob violence")]


@pytest.mark.issue(13)
@pytest.mark.parametrize("text", [
    "The two factions of the party clashed over the choice of a leader at the convention in Marlo.",
    "Ministers clashed over the budget at a cabinet meeting in Marlo.",
])
def test_a_quarrel_is_no_fight(text):
    assert _reported(text) == []


@pytest.mark.issue(13)
def test_a_clash_that_left_soldiers_dead_stays_a_clash():
    text = "A clash with rebels near Marlo left four soldiers dead on Sunday."
    assert _reported(text) == [("Battles", "Armed clash")]
