"""Who an attack hit, read from the words that name them: the owner of a thing attacked, and people
named by what they are rather than by what they were accused of (issue 13)."""

import pytest

from warlog import extract
from warlog.extract.background import MENTION_MODALITIES


def _sub_types(text, published="2021-06-14"):
    return [r.sub_event_type for r in extract(text, published=published, outlet="Test Wire").reports
            if r.modality not in MENTION_MODALITIES]


@pytest.mark.parametrize(
    "text,sub_event_type",
    [
        ("On 4 March 2021, gunmen attacked the vehicle of the mayor of Kolo on the road to Tamba.", "Attack"),
        ("On 4 March 2021, gunmen attacked a trader's shop in Kolo.", "Attack"),
        ("On 4 March 2021, gunmen attacked the car of a police commander in Kolo.", "Armed clash"),
        ("On 4 March 2021, gunmen attacked the army's convoy near Kolo.", "Armed clash"),
    ],
)
def test_a_thing_attacked_is_its_owners(text, sub_event_type):
    assert _sub_types(text)[:1] == [sub_event_type]


@pytest.mark.parametrize(
    "text,sub_event_type",
    [
        ("On 4 March 2021, soldiers killed four members of the herding community accused of being rebels near Kolo.",
         "Attack"),
        ("On 4 March 2021, soldiers killed three villagers suspected of collaborating with the rebels near Kolo.",
         "Attack"),
        ("On 4 March 2021, soldiers killed four members of the Kolo Liberation Front near Kolo.", "Armed clash"),
    ],
)
def test_what_people_are_accused_of_does_not_arm_them(text, sub_event_type):
    assert _sub_types(text)[:1] == [sub_event_type]
