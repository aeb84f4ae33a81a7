"""Who did violence and to whom, read from the words that name them: the owner of a thing attacked, people
named by what they are rather than by what they were accused of or by a number standing for them, and a crowd
as a mob (issue 13)."""

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


@pytest.mark.parametrize(
    "text,sub_event_type",
    [
        # a crowd's violence is a mob's even where the note names an armed group or a crime beside it
        ("On 7 May 2020, residents attacked and injured a herder in Kolomba (Tanda, Borgou), claiming his cattle "
         "had destroyed their crops.", "Mob violence"),
        ("On 7 May 2020, a mob attacked two men accused of stealing a goat in Kolomba market.", "Mob violence"),
        # armed men hit: a fight, not a mob's violence
        ("On 7 May 2020, villagers attacked a rebel camp near Kolomba, killing two fighters.", "Armed clash"),
        # rioters who stone what unarmed people own turn on them, not on the state
        ("Rioters threw stones at the convoy of an opposition candidate in Kolomba.", "Mob violence"),
        ("Rioters threw stones at a police convoy in Kolomba.", "Violent demonstration"),
    ],
)
def test_a_crowds_violence_is_a_mobs(text, sub_event_type):
    assert _sub_types(text)[:1] == [sub_event_type]


@pytest.mark.parametrize(
    "text,sub_event_type",
    [
        # a bare number stands for the people its sentence named before it
        ("On 6 February 2024, soldiers arrested three traders and killed one in the commune of Kolo.", "Attack"),
        ("On 6 February 2024, soldiers arrested three rebels and killed one near Kolo.", "Armed clash"),
    ],
)
def test_a_number_stands_for_the_people_named_before_it(text, sub_event_type):
    assert _sub_types(text)[:1] == [sub_event_type]
