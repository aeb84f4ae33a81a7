"""Acts of a kind and habits told in the present are no happening (issue 13): 'such bombings are rare', 'IEDs
pack a smaller punch', 'soldiers are killed every day in ambushes' give reports of modality ``general``, which make
no event. A headline's present ('Car bombs kill 20') and a blast told beside a kind of act still tell of one."""

import pytest

from warlog import extract


def _reports(text):
    return extract(text, published="2023-06-12", outlet="Test Wire").reports


@pytest.mark.parametrize("text", [
    "Such bombings are rare in the old quarter of Velor.",
    "Roadside bombs pack a smaller punch and are cheap to build.",
    "Officers say about a dozen conscripts are killed every week in ambushes and clashes along the border road.",
    "Rebels raid army posts in the hills each month, the governor told reporters.",
])
def test_a_kind_of_act_or_a_habit_in_the_present_is_general(text):
    reports = _reports(text)
    assert reports and {r.modality for r in reports} == {"general"}


def test_a_headline_present_still_tells_a_happening():
    assert [r.modality for r in _reports("Car bombs kill 20 in Velor market")] == ["reported"]


def test_a_blast_told_beside_a_kind_of_act_is_news():
    reports = _reports("Bombings are rare in Velor, but a car bomb killed 20 people at the market on Monday.")
    assert [(r.trigger, r.modality) for r in reports] == [("car bomb", "reported")]


def test_acts_told_in_the_past_every_day_are_no_habit_of_the_present():
    reports = _reports("During the siege, shells fell on the market of Velor every day, killing four people on Monday.")
    assert "general" not in {r.modality for r in reports}
