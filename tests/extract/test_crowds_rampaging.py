"""A crowd's rampage is a riot (issue 13): mob violence, or a violent demonstration where a protest or a riot is told
beside it. A gunman's rampage is his shooting; an animal's, a striker's or a price's is no event."""

import pytest

from warlog import extract


def _reported(text):
    return [(r.event_type, r.sub_event_type) for r in extract(text, published="2024-03-12", outlet="Test Wire").reports
            if r.modality == "reported"]


@pytest.mark.issue(13)
@pytest.mark.parametrize("text", [
    "Hundreds of quarry workers went on a rampage and damaged company trucks in Marlo after a row over wages.",
    "Angry youths rampaged through the cattle market in Marlo on Friday, smashing stalls.",
])
def test_a_crowds_rampage_is_mob_violence(text):
    assert _reported(text) == [("Riots", "Mob violence")]


@pytest.mark.issue(13)
def test_a_rampage_told_beside_a_protest_is_a_violent_demonstration():
    text = ("The teachers' college in Marlo was shut on Monday. Students went on the rampage, burning a hostel. "
            "They were protesting a rise in fees.")
    assert ("Riots", "Violent demonstration") in _reported(text)
    assert ("Riots", "Mob violence") not in _reported(text)


@pytest.mark.issue(13)
@pytest.mark.parametrize("text", [
    "An elephant went on a rampage in a village near Marlo, trampling crops.",
    "The Marlo striker went on a scoring rampage in the second half.",
])
def test_a_rampage_of_no_people_is_no_event(text):
    assert _reported(text) == []


@pytest.mark.issue(13)
def test_pupils_who_rampage_and_walk_out_demonstrate():
    text = "Pupils at a boarding school in Marlo went on rampage, smashing windows and staging a walkout over food."
    assert _reported(text) == [("Riots", "Violent demonstration")]
