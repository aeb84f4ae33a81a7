"""Which of ACLED's sub-types one event is, where the coder or a loose reading picked a neighbouring one:
ground taken or people and things taken, weapons dropped from the air, never set off or set off by the
state, protests the text calls violent, abductions whose captives were hurt, crowds storming a home,
accusations told as the cause of what was done. Texts written for these tests about invented incidents."""

import pytest

from warlog import extract
from warlog.link.events import article_events


def _event(text, published="2022-05-09"):
    """The text's first event as the link step codes it: (event type, sub-type)."""
    events = article_events(extract(text, published=published, outlet="Test Wire"))
    return (events[0].event_type, events[0].sub_event_type) if events else None


@pytest.mark.parametrize(
    "text,expected",
    [
        # People or things taken are no ground taken, whatever the coder reads in 'captured'.
        ("Rebels captured and executed three fishermen on Lake Albert on Tuesday.",
         ("Violence against civilians", "Attack")),
        ("Government troops captured a rebel surveillance drone near Kalemie on Friday.",
         ("Strategic developments", "Disrupted weapons use")),
        # The state among those who took it back: the government regains it.
        ("Government soldiers and a pro-government militia retook the border town of Kamanyola from the rebels on Sunday.",
         ("Battles", "Government regains territory")),
        ("Rebels captured the town of Kalemie on Sunday after heavy fighting with the army.",
         ("Battles", "Non-state actor overtakes territory")),
    ],
)
def test_ground_taken_or_not(text, expected):
    assert _event(text) == expected


def test_a_grenade_dropped_by_drone_is_a_drone_strike():
    text = "On 3 May 2022, JNIM militants dropped a grenade by drone on an army post in Dori. Two soldiers were wounded."
    assert _event(text) == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("An IED buried under the bridge outside Lamu failed to detonate when a convoy crossed it on Monday.",
         ("Strategic developments", "Disrupted weapons use")),
        ("Deminers from the army detonated an IED they had dug up near a water point outside Gao.",
         ("Strategic developments", "Disrupted weapons use")),
        ("Army engineers retrieved two landmines from a field outside Dori.",
         ("Strategic developments", "Disrupted weapons use")),
        ("Soldiers on patrol found a roadside bomb near Beledweyne and disarmed it.",
         ("Strategic developments", "Disrupted weapons use")),
        # Armed men who set one off attack with it.
        ("Militants detonated an IED under a bus near Gao on Friday, killing six passengers.",
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ],
)
def test_weapons_not_used_as_meant(text, expected):
    assert _event(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("On 5 May 2021, a march by taxi drivers against fuel prices in Bouake turned violent in the afternoon.",
         ("Riots", "Violent demonstration")),
        ("Violent protests over the price of bread spread to three towns of Gao region on Monday.",
         ("Riots", "Violent demonstration")),
        ("Police violently dispersed a march of teachers in Gao on Monday.",
         ("Protests", "Excessive force against protesters")),
    ],
)
def test_a_protest_the_text_calls_violent(text, expected):
    assert _event(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Unknown men kidnapped a journalist outside his home in Bangui and tortured him for two days.",
         ("Violence against civilians", "Attack")),
        ("Bandits on motorbikes kidnapped a dozen passengers from a bus near Kaduna and whipped the driver.",
         ("Violence against civilians", "Attack")),
        ("On 3 March 2022, gunmen kidnapped a teacher in Kaduna and wounded his driver.",
         ("Violence against civilians", "Attack")),
        ("On 3 March 2022, gunmen kidnapped three farmers near Kaduna.",
         ("Violence against civilians", "Abduction/forced disappearance")),
    ],
)
def test_captives_hurt_make_an_attack(text, expected):
    assert _event(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # 'Stormed' follows whom it struck, as 'attacked' and 'raided' do.
        ("Youths stormed the house of a teacher in Nakuru on Sunday, injuring him and his son.",
         ("Riots", "Mob violence")),
        ("On 2 May 2021, militants stormed an army post near Dori, killing four soldiers.",
         ("Battles", "Armed clash")),
        ("On 2 May 2021, gunmen stormed a village near Kaduna, killing 12 villagers.",
         ("Violence against civilians", "Attack")),
        # What a lynched man was accused of is no second event.
        ("Villagers in Kitui beat to death a shopkeeper accused of stabbing a customer in a quarrel over change.",
         ("Riots", "Mob violence")),
    ],
)
def test_storming_and_accusations(text, expected):
    assert _event(text) == expected


def test_an_accusation_is_background():
    reports = extract("Villagers in Kitui beat to death a shopkeeper accused of stabbing a customer in a quarrel over change.",
                      published="2021-05-09", outlet="Test Wire").reports
    assert [r.modality for r in reports if r.trigger == "stabbing"] == ["background"]


def test_a_fight_outweighs_the_looting_done_in_it():
    text = "Gunmen raided a gendarmerie post outside Djibo on Tuesday and seized three pickup trucks."
    assert _event(text) == ("Battles", "Armed clash")


def test_merchants_killed_in_a_raid_are_civilians():
    text = "Bandits raided a gold panning camp outside Kidal on Saturday and shot dead two merchants."
    assert _event(text) == ("Violence against civilians", "Attack")


def test_others_after_a_count_of_fighters_are_fighters():
    text = "Nine insurgents died and a few others were hurt when Frontier Corps troops raided a hideout near Kohlu."
    assert _event(text) == ("Battles", "Armed clash")
