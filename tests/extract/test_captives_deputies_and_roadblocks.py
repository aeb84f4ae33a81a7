"""Who was hit and how a road was blocked (issue 13): a captive executed is attacked whatever side he fought on;
road users are civilians; a deputy named by a party or a chamber is a member of it, not a sheriff's officer; a crowd
that barricades a road, or blocks it with things, is a violent demonstration; a riot whose next sentences tell
rioters turning on unarmed people is mob violence. Every sentence is written for these tests."""

import pytest

from warlog import extract


def _events(text):
    """(event type, sub-type) of the reports a text tells as news."""
    reports = extract(text, published="2024-05-14", outlet="Test Wire").reports
    return [(r.event_type, r.sub_event_type) for r in reports if r.modality == "reported"]


ATTACK = ("Violence against civilians", "Attack")
ARMED_CLASH = ("Battles", "Armed clash")
VIOLENT_DEMONSTRATION = ("Riots", "Violent demonstration")


@pytest.mark.issue(13)
def test_an_armed_group_that_executes_a_rival_commander_attacks_him():
    text = "Al-Shabaab militants executed a commander of the Ahlu Sunna Waljama'a militia near Dusamareb on Friday."
    assert _events(text)[:1] == [ATTACK]


@pytest.mark.issue(13)
def test_road_users_attacked_are_civilians():
    assert _events("ISWAP militants attacked road users on the highway south of Marlo on Tuesday.") == [ATTACK]


@pytest.mark.issue(13)
@pytest.mark.parametrize("text", [
    "Thugs attacked a deputy of the national assembly at a market in Marlo on Tuesday.",
    "Gunmen attacked an opposition deputy at his farm near Marlo on Sunday.",
])
def test_a_deputy_of_a_chamber_attacked_is_a_civilian(text):
    assert _events(text)[:1] == [ATTACK]


@pytest.mark.issue(13)
def test_a_deputy_alone_is_an_officer():
    assert _events("A gunman attacked a deputy during a traffic stop in Marlo County on Tuesday.")[:1] == [ARMED_CLASH]


@pytest.mark.issue(13)
@pytest.mark.parametrize("text", [
    "Angry fishermen barricaded the coast road into Marlo on Monday over a ban on night fishing.",
    "Students blocked the main road in Marlo with their motorbikes on Monday to protest a rise in fees.",
])
def test_a_road_barricaded_or_blocked_with_things_is_a_violent_demonstration(text):
    assert _events(text)[:1] == [VIOLENT_DEMONSTRATION]


@pytest.mark.issue(13)
@pytest.mark.parametrize("text", [
    "Residents blocked the road to the mine with a sit-in on Monday, demanding jobs.",
    "Students blocked the main road in Marlo on Monday to protest a rise in fees.",
])
def test_a_road_blocked_by_the_crowd_itself_stays_a_peaceful_protest(text):
    assert _events(text)[:1] == [("Protests", "Peaceful protest")]


@pytest.mark.issue(13)
def test_a_riot_whose_next_sentence_tells_traders_stoned_is_mob_violence():
    text = "A riot broke out at the cattle market in Marlo on Saturday. Youths stoned two traders and burned their stalls."
    assert _events(text)[:1] == [("Riots", "Mob violence")]


@pytest.mark.issue(13)
def test_a_riot_whose_next_sentence_tells_a_police_station_stoned_stays_a_violent_demonstration():
    text = "A riot broke out outside the town hall in Marlo on Saturday. Youths stoned the police station and burned tyres."
    assert _events(text)[:1] == [VIOLENT_DEMONSTRATION]
