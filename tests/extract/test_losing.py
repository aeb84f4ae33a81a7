"""'Lost' counts the dead only where what was lost is life or the people counted."""

import pytest

from warlog import extract


def _category(text, number):
    [claim] = [c for c in extract(text, published="2020-02-03", outlet="Test Wire").claims if c.number_text == number]
    return claim.category


@pytest.mark.parametrize("text,number", [
    ("Doctors at the district hospital said 14 people lost their lives in the collapse.", "14"),
    ("The regiment lost 40 soldiers in the fighting for the pass, its commander said.", "40"),
])
def test_lives_or_people_lost_are_the_dead(text, number):
    assert _category(text, number) == "killed"


@pytest.mark.parametrize("text,number", [
    ("Surgeons said nine people lost limbs after the blast at the depot.", "nine"),
    ("Officials said 300 families lost their homes when the river burst its banks.", "300"),
])
def test_limbs_or_homes_lost_are_no_deaths(text, number):
    assert _category(text, number) != "killed"
