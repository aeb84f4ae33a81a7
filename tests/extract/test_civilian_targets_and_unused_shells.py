"""Whom an attack hit and whether a weapon was used decide ACLED's sub-type (issue 13): a firm's or an
agency's convoy and staff in civilian service are civilians, so violence against them is an attack, not an
armed clash; a headline's present-tense verb that the parse reads as a noun still names its victims; and a
shell or rocket that never went off, or was found or destroyed, is disrupted weapons use."""

import pytest

from warlog import extract
from warlog.extract.background import MENTION_MODALITIES


def _sub_types(text, published="2023-05-10"):
    return [r.sub_event_type for r in extract(text, published=published, outlet="Test Wire").reports
            if r.modality not in MENTION_MODALITIES]


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2023, gunmen attacked a mining company convoy near Tarvola.",
        "On 4 May 2023, gunmen attacked a truck of an aid agency near Tarvola.",
        "On 4 May 2023, gunmen ambushed election officers near Tarvola.",
        "On 4 May 2023, militants beat up two health agents on the road to Tarvola.",
    ],
)
def test_civilian_bodies_and_civilian_service_are_attacked(text):
    assert _sub_types(text) == ["Attack"]


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2023, gunmen attacked an army convoy near Tarvola.",
        "On 4 May 2023, gunmen ambushed police officers near Tarvola.",
        "On 4 May 2023, gunmen attacked a security company convoy near Tarvola.",
    ],
)
def test_armed_targets_stay_a_clash(text):
    assert _sub_types(text) == ["Armed clash"]


def test_a_headline_verb_read_as_a_noun_still_names_its_victims():
    assert _sub_types("Gunmen ambush construction firm convoy near Tarvola") == ["Attack"]
    assert _sub_types("Rebels ambush army convoy near Tarvola") == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2023, soldiers destroyed an unexploded rocket near Tarvola.",
        "On 4 May 2023, an unexploded mortar shell was found in a field near Tarvola and removed by the army.",
    ],
)
def test_shells_that_never_went_off_are_disrupted(text):
    assert _sub_types(text) == ["Disrupted weapons use"]


def test_a_shell_that_hit_people_is_still_shelling():
    assert _sub_types("On 4 May 2023, a mortar shell hit a market in Tarvola, killing three people.") == [
        "Shelling/artillery/missile attack"]


def test_fighters_out_of_service_are_civilians():
    assert _sub_types("On 4 May 2023, gunmen shot dead a retired soldier in Tarvola.") == ["Attack"]


def test_a_passive_clause_without_subject_befalls_the_main_clause_subject():
    assert _sub_types("Two soldiers on escort duty were injured on 4 May 2023 near Tarvola after being attacked by "
                      "militants.") == ["Armed clash"]


def test_a_camp_told_as_abandoned_changes_hands_without_a_fight():
    assert _sub_types("On 4 May 2023, soldiers captured an abandoned rebel camp near Tarvola.") == [
        "Non-violent transfer of territory"]
    assert _sub_types("On 4 May 2023, soldiers captured a rebel camp near Tarvola.") == ["Government regains territory"]


def test_people_taken_in_a_gapped_passive_are_no_ground():
    assert "Non-state actor overtakes territory" not in _sub_types(
        "On 4 May 2023, troops attacked rebels near Tarvola. One rebel commander was killed and ten others captured.")


@pytest.mark.parametrize("text", ["On 4 May 2023, gunmen seized fifty heads of cattle in Tarvola.",
                                  "On 4 May 2023, bandits seized a large sum of money from a trader in Tarvola."])
def test_goods_measured_out_are_looted_not_ground(text):
    assert _sub_types(text) == ["Looting/property destruction"]
