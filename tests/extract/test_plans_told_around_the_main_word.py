"""What is only arranged or expected is no happening (issue 13): 'be' with a to-infinitive tells a plan ('rebels
are to attack the town'), and an event only the learned coder finds must have happened by its main word's own
cues too ('the convoy will be moved at night'), the main word of an impersonal passive being the verb of what
it reports ('it is thought the convoy will be moved')."""

import pytest

from warlog import extract
from warlog.extract.reports import _main_word


def _reports(text):
    return extract(text, published="2023-06-12", outlet="Test Wire").reports


def test_be_with_a_to_infinitive_tells_a_plan():
    [report] = _reports("Rebels are to attack the town at dawn, a defector said.")
    assert (report.trigger, report.modality) == ("attack", "planned")


@pytest.mark.parametrize("text", [
    "Armed drones fitted with explosives will be flown over the valley next week, the ministry said.",
    "Counter-drone jammers are to be tested at an army range near the coast, officials said.",
])
def test_the_coder_adds_no_event_whose_main_word_tells_a_plan(text):
    assert _reports(text) == []


@pytest.mark.parametrize("text, main", [
    ("It is thought the convoy will be moved to the border at night.", "moved"),
    ("The jammers are to be tested at the range.", "tested"),
    ("Gunmen killed four traders, a police spokesman said.", "killed"),
])
def test_the_main_word_is_the_verb_of_what_is_told_or_arranged(nlp, text, main):
    assert _main_word(next(iter(nlp(text).sents))).text == main
