"""Weapons kept from their use or gone off unmeant are ACLED's disrupted weapons use, not the attack they
were made for: mines cleared off a road, a bomb destroyed in a controlled explosion, a grenade set off by
accident, a bomb that blew up early in its makers' hands (issue 13)."""

import pytest

from warlog import extract
from warlog.extract.background import MENTION_MODALITIES


def _coded(text, published="2021-06-14"):
    return [(r.sub_event_type, r.fatalities_best) for r in extract(text, published=published, outlet="Test Wire").reports
            if r.modality not in MENTION_MODALITIES]


@pytest.mark.parametrize(
    "text,coded",
    [
        ("Engineers cleared the track of landmines laid by the insurgents near Tamba on 3 May.",
         [("Disrupted weapons use", None)]),
        ("Police detonated the bomb in a controlled explosion near the Tamba bus station on 3 May.",
         [("Disrupted weapons use", None)]),
        ("On 3 May, a militant accidentally detonated a grenade at a market in Tamba, killing two people.",
         [("Disrupted weapons use", 2)]),
        ("A bomb exploded prematurely in a house in Tamba on 3 May, killing the two militants who were building it.",
         [("Disrupted weapons use", 2)]),
        # meant to go off: the attack it was made for
        ("Militants detonated a bomb at a checkpoint near Tamba on 3 May, killing two soldiers.",
         [("Remote explosive/landmine/IED", 2)]),
        ("A remote-controlled bomb hit an army truck near Tamba on 3 May, wounding four soldiers.",
         [("Remote explosive/landmine/IED", None)]),
    ],
)
def test_weapons_kept_from_use_or_gone_off_unmeant(text, coded):
    assert _coded(text) == coded


def test_other_violence_done_by_mistake_stays_itself():
    assert _coded("Government forces accidentally shelled a school near Tamba on 3 May, killing four pupils.") == [
        ("Shelling/artillery/missile attack", 4)]


def test_a_gun_that_went_off_by_accident_is_still_a_shooting():
    assert _coded("A gun went off accidentally at a party in Dayton on Saturday night, killing a teenager.") == [
        ("Attack", 1)]
