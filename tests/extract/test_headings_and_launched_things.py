"""A section heading names what follows it, and a launched weapon's name that qualifies another noun names a
thing: neither is an event of its own."""

import pytest

from warlog import extract


def _reports(text):
    return extract(text, published="2021-06-07", outlet="Test Wire").reports


def test_a_heading_is_no_event_and_leaves_the_toll_to_its_section():
    text = ("Rebels shelled the port of Kora on Monday, officials said. Roadside bombs While soldiers cleared the "
            "coast road, a bomb hidden in a culvert went off, killing four of them.")
    reports = _reports(text)
    assert not any(r.sentence.startswith("Roadside bombs") for r in reports)
    assert [(r.trigger, r.fatalities_best) for r in reports if "culvert" in r.sentence] == [("bomb", 4)]


def test_a_heading_with_a_verb_or_a_full_stop_is_still_read():
    assert any(r.sub_event_type == "Remote explosive/landmine/IED" for r in _reports("Car bomb kills four in Kora."))


@pytest.mark.parametrize("text", [
    "The opposition says the new tax is rocket fuel for the protests in Kora, where rebels attacked a post.",
    "The ministry signed a contract for missile defences after rebels attacked a post near Kora.",
])
def test_a_launched_weapon_naming_a_thing_is_no_strike(text):
    assert not any(r.sub_event_type == "Shelling/artillery/missile attack" for r in _reports(text))


@pytest.mark.parametrize("text", [
    "Mortar shells landed near the market of Kora on Monday, killing two traders.",
    "Rocket fire hit the town of Kora on Monday, wounding three.",
])
def test_a_launched_weapon_qualifying_its_fire_or_its_rounds_is_its_strike(text):
    assert any(r.sub_event_type == "Shelling/artillery/missile attack" for r in _reports(text))
