"""Drones captured are aircraft taken, not ground (issue 13): the state taking them disrupts weapons use, armed men
taking them loot them, and the learned coder may not turn either into a change of territory; a town captured
still is one."""

import pytest

from warlog import extract


def _types(text):
    return [r.sub_event_type for r in extract(text, published="2023-06-12", outlet="Test Wire").reports]


@pytest.mark.parametrize("text,sub_type", [
    ("Soldiers captured two rebel drones near Velor on Monday.", "Disrupted weapons use"),
    ("Rebels captured two army drones near Velor on Monday.", "Looting/property destruction"),
    ("Rebels captured the town of Velor on Monday.", "Non-state actor overtakes territory"),
])
def test_drones_captured_are_no_ground_taken(text, sub_type):
    assert _types(text) == [sub_type]
