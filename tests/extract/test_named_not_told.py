"""Event words that name something else: a place ('the scene of the blast'), a body of people ('the protest
movement') or a candidate's meeting ('a campaign rally'). They tell no event, not even a retold one."""

import pytest

from warlog import extract


def _all_reports(text):
    return extract(text, published="2019-04-02", outlet="Test Wire").reports


def _told_in(text, words):
    """The reports, of any modality, whose sentence holds ``words``."""
    return [r for r in _all_reports(text) if words in r.sentence]


BLAST = ("A car bomb went off beside an army checkpoint in Marrak on Monday, killing three soldiers. "
         "Militants of the Marrak Front said they set off the bomb. "
         "Ambulances reached the scene of the blast within minutes. "
         "Two streets from the blast site, the market stayed open.")


@pytest.mark.parametrize("words", ["Ambulances reached", "Two streets from"])
def test_an_event_told_already_named_as_a_place_is_no_mention(words):
    assert _told_in(BLAST, words) == []
    assert [r.sub_event_type for r in _all_reports(BLAST) if r.modality == "reported"] == ["Remote explosive/landmine/IED"]


def test_the_scene_of_a_shooting_not_told_before_still_tells_it():
    reports = _all_reports("Officers were called to the scene of a shooting on Dover Street early on Sunday. "
                           "A teenager was taken to hospital with a wound to his arm.")
    assert any(r.sub_event_type == "Attack" for r in reports)


@pytest.mark.parametrize("text", [
    "The senator spoke for an hour at a campaign rally in Fenwick on Thursday.",
    "At an election rally in the port city, the president promised new roads.",
    "She had grown up in the student protest movement and later ran for the council.",
    "The protest leaders met the interior minister behind closed doors.",
])
def test_words_that_name_no_demonstration(text):
    assert [r for r in _all_reports(text) if r.event_type in {"Protests", "Riots"}] == []


@pytest.mark.parametrize("text", [
    "Hundreds of nurses held a rally outside the health ministry on Thursday over unpaid wages.",
    "Thousands marched through Fenwick on Sunday in a protest against the new fuel tax.",
])
def test_rallies_and_protests_held_stay_protests(text):
    assert any(r.event_type == "Protests" for r in _all_reports(text))
