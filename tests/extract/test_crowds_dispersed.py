"""What police disperse (issue 13): a crowd told by a pronoun or by the kind of gathering is a protest stopped,
and a verb the rules refused because it disperses or disrupts no people ('the wind dispersed the smoke') gives
the learned coder no protest either."""

import pytest

from warlog import extract


def _reported(text):
    return [(r.event_type, r.sub_event_type) for r in extract(text, published="2024-03-12", outlet="Test Wire").reports
            if r.modality == "reported"]


@pytest.mark.issue(13)
@pytest.mark.parametrize("text", [
    "The wind dispersed the smoke over the town of Marlo.",
    "Heavy rain disrupted the final in Marlo on Saturday.",
])
def test_a_verb_that_names_no_crowd_is_no_protest(text):
    assert _reported(text) == []


@pytest.mark.issue(13)
@pytest.mark.parametrize("text", [
    "Hawkers blocked the market gate in Marlo on Monday. They were dispersed by police with tear gas.",
    "Police in Marlo dispersed the candlelight vigil outside the prison on Friday.",
    "Police dispersed a procession of opposition supporters in Marlo.",
    "Police in Marlo dispersed the picket outside the brewery gate.",
])
def test_what_police_disperse_is_a_protest_they_stopped(text):
    assert ("Protests", "Protest with intervention") in _reported(text)
