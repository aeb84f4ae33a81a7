"""Who did violence and to whom, read from the words that name them: the owner of a thing attacked, people
named by what they are rather than by what they were called or by a number standing for them, a crowd as a
mob, and the state as who held a protest back (issue 13)."""

import pytest

from warlog import extract
from warlog.extract.background import MENTION_MODALITIES


def _sub_types(text, published="2021-06-14"):
    return [r.sub_event_type for r in extract(text, published=published, outlet="Test Wire").reports
            if r.modality not in MENTION_MODALITIES]


@pytest.mark.parametrize(
    "text,sub_event_type",
    [
        ("Armed men attacked a grocer's delivery van outside Tamba late on Sunday, police said.", "Attack"),
        ("Gunmen attacked the car of a police commander in Kolo.", "Armed clash"),
        ("Gunmen attacked the army's convoy near Kolo.", "Armed clash"),
    ],
)
def test_a_thing_attacked_is_its_owners(text, sub_event_type):
    assert _sub_types(text)[:1] == [sub_event_type]


@pytest.mark.parametrize(
    "text,sub_event_type",
    [
        ("The army killed six men of the Kora clan whom officials described as militants near Tamba.", "Attack"),
        ("The army killed six fighters of the Kora Liberation Front near Tamba.", "Armed clash"),
    ],
)
def test_what_people_are_called_does_not_arm_them(text, sub_event_type):
    assert _sub_types(text)[:1] == [sub_event_type]


@pytest.mark.parametrize(
    "text,sub_event_type",
    [
        # a crowd's violence is a mob's even where an armed group is named beside it
        ("Dozens of villagers attacked and wounded two herders near Tamba after cattle strayed into their fields, "
         "a month after rebels raided the area.", "Mob violence"),
        # a party's supporters who attack are its militia; armed men hit make a fight
        ("Party supporters attack reporters of a local radio station in Kolomba.", "Attack"),
        ("Villagers attacked a rebel camp near Kolomba, killing two fighters.", "Armed clash"),
        # rioters who stone what unarmed people own turn on them, not on the state
        ("Rioters hurled rocks at the motorcade of a ruling-party senator as it left Tamba.", "Mob violence"),
        ("Rioters hurled rocks at an army patrol as it left Tamba.", "Violent demonstration"),
    ],
)
def test_a_crowds_violence_is_a_mobs(text, sub_event_type):
    assert _sub_types(text)[:1] == [sub_event_type]


@pytest.mark.parametrize(
    "text,sub_event_type",
    [
        # a bare number stands for the people its sentence named before it
        ("Militia fighters kidnapped six farmers near Kolo and killed two, residents said.", "Attack"),
        ("Soldiers detained two students in Kolo and killed one of them, relatives said.", "Attack"),
        ("Troops ambushed six rebels outside Kolo on Monday and killed two, a local official said.", "Armed clash"),
    ],
)
def test_a_number_stands_for_the_people_named_before_it(text, sub_event_type):
    assert _sub_types(text)[:1] == [sub_event_type]


@pytest.mark.parametrize(
    "text,sub_event_type",
    [
        # the state holding a protest back is an intervention; a crowd blocking a road is its own protest
        ("Hundreds of nurses marched in Tamba on Monday over unpaid wages. Police blocked the marchers from reaching "
         "the ministry.", "Protest with intervention"),
        ("Teachers rallied in Tamba to demand back pay, but the town council tried to prevent their march.",
         "Protest with intervention"),
        ("Students protested at the university in Tamba on Monday. Officers surrounded the campus.",
         "Protest with intervention"),
        ("Farmers blocked the main road in Tamba to protest against the price of fertiliser.", "Peaceful protest"),
    ],
)
def test_who_held_a_protest_back(text, sub_event_type):
    assert _sub_types(text)[:1] == [sub_event_type]


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text,sub_event_type",
    [
        # a verb coordinated with another shares its subject: the crowd beat him too
        ("A group of youths chased and beat a motorcyclist who had knocked over a child in Kolo.", "Mob violence"),
        # a crowd's killing is a mob's, as its beating is; armed men's stays an attack
        ("Residents of a Tamba suburb stoned a suspected pickpocket to death on Saturday.", "Mob violence"),
        ("Angry residents killed a suspected car thief in the Tamba bus station on Sunday.", "Mob violence"),
        ("Gunmen killed a suspected informer in the Tamba bus station on Sunday.", "Attack"),
        # the attacked who flee do not become the attackers
        ("Farmers were attacked by gunmen near Tamba and fled to the next village.", "Attack"),
    ],
)
def test_a_crowds_killing_and_its_second_verb_are_a_mobs(text, sub_event_type):
    assert _sub_types(text)[:1] == [sub_event_type]


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text,sub_event_type",
    [
        # a killing outweighs the abduction told with it, even when nobody counts the dead
        ("A schoolteacher was kidnapped on his farm outside Tamba on Friday and killed by gunmen, his family said.", "Attack"),
        # a raid on a village is no development, whatever the flight it caused
        ("Gunmen raided the village of Kolo and hundreds of residents fled.", "Attack"),
    ],
)
def test_violence_outweighs_what_is_told_with_it(text, sub_event_type):
    assert _sub_types(text)[:1] == [sub_event_type]


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text,sub_event_type",
    [
        # whom an attack was aimed at, named by a verb of aiming
        ("Armed men staged a night attack targeting worshippers at a church in Kolo.", "Attack"),
        ("Armed men staged a night attack targeting soldiers at a camp in Kolo.", "Armed clash"),
        # an operation whose dead are all unarmed people was done to them, not fought with them
        ("An army unit carried out a search operation around Kolo and shot dead six herders.", "Attack"),
        ("An army unit carried out a search operation around Kolo and shot dead six militants.", "Armed clash"),
    ],
)
def test_whom_an_attack_or_operation_hit_decides_attack_or_clash(text, sub_event_type):
    assert _sub_types(text)[:1] == [sub_event_type]


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text,sub_event_type",
    [
        # armed men hit make a fight, whoever attacked them
        ("A police sergeant was shot dead during an attack by rebels on the outskirts of Kolo on Monday.", "Armed clash"),
        ("Government forces targeted a rebel command room outside Kolo and reportedly killed nine mercenaries.",
         "Armed clash"),
        # a clause about the victims that names an armed group does not arm them
        ("Two civilians were wounded by soldiers as they searched for rebel fighters near Kolo.", "Attack"),
    ],
)
def test_armed_men_hit_make_a_fight(text, sub_event_type):
    assert _sub_types(text)[:1] == [sub_event_type]


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text,sub_event_type",
    [
        # what an attack was made with: its doer, what was used, or 'with' hung on whom it hit
        ("Two army helicopters opened fire on farms outside Kolo on Tuesday.", "Air/drone strike"),
        ("Rebels used a drone to attack an army depot near Kolo, killing two soldiers.", "Air/drone strike"),
        ("Troops attacked the hamlet by using helicopters, residents said.", "Air/drone strike"),
        ("Gunmen attacked villagers with machetes near Kolo, killing three.", "Attack"),
        # bombs are dropped from the air
        ("Military jets dropped three bombs on a rebel camp near Kolo on Friday.", "Air/drone strike"),
    ],
)
def test_the_weapon_an_attack_was_made_with_names_its_sub_type(text, sub_event_type):
    assert _sub_types(text)[:1] == [sub_event_type]
