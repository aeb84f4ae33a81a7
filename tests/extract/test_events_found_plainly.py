"""Events news tells in plain words, with no word of war around them (issue 13): a killing or wounding done by people, a
fight named only by the people it hurt, and scores of people arrested at once. Deaths with no doer ('a storm
killed three people') or a driver's, the arrest of a few suspects and a fight that hurt soldiers stay as they were."""

import pytest

from warlog import extract


def _reported(text):
    return [(r.event_type, r.sub_event_type) for r in extract(text, published="2024-03-12", outlet="Test Wire").reports
            if r.modality == "reported"]


@pytest.mark.issue(13)
@pytest.mark.parametrize("text", [
    "On 3 May, a number of people killed a suspected thief in Lodwa.",
    "On 3 May, a group of people killed a presumed cattle thief by burning him alive in Lodwa.",
    "A man killed his neighbour with a machete after a quarrel over a goat in Lodwa.",
    "On 2 June, gendarmes arrested and severely wounded two herders near Lodwa.",
])
def test_a_killing_done_by_people_is_an_event(text):
    assert _reported(text)


@pytest.mark.issue(13)
@pytest.mark.parametrize("text", [
    "A storm killed three people in the hills above Lodwa on Sunday.",
    "The bus crash killed 21 passengers on the road to Lodwa on Monday.",
    "A drunk driver killed three pedestrians at a crossing in Lodwa on Sunday.",
])
def test_deaths_with_no_one_doing_them_are_no_event(text):
    assert _reported(text) == []


@pytest.mark.issue(13)
def test_a_fight_named_by_the_students_it_hurt_is_mob_violence():
    text = "On 3 May, four students were injured during clashes at the teachers' college in Lodwa."
    assert _reported(text) == [("Riots", "Mob violence")]


@pytest.mark.issue(13)
def test_a_fight_that_hurt_soldiers_stays_a_clash():
    text = "Two soldiers were killed in clashes near Lodwa on Tuesday."
    assert _reported(text) == [("Battles", "Armed clash")]


@pytest.mark.issue(13)
@pytest.mark.parametrize("text", [
    "On 4 June, 45 drug suspects were arrested during a police operation in Marlo City.",
    "Police arrested 120 people in a crackdown on unlicensed street vendors in the capital.",
])
def test_scores_arrested_at_once_is_an_arrest_event(text):
    assert _reported(text) == [("Strategic developments", "Arrests")]


@pytest.mark.issue(13)
def test_a_few_suspects_arrested_for_a_theft_is_no_event():
    assert _reported("Police arrested three suspects over the theft of a car in Marlo City.") == []


@pytest.mark.issue(13)
@pytest.mark.parametrize("text", [
    "Three die in election riot in Marlo",
    "Election protests turned violent in Marlo on Sunday as youths burned tyres and stoned cars.",
])
def test_an_election_riot_or_protest_is_one(text):
    assert _reported(text)[0][0] in {"Riots", "Protests"}


@pytest.mark.issue(13)
@pytest.mark.parametrize(("text", "sub_type"), [
    ("Riot police dispersed a crowd of traders outside the town hall in Marlo on Friday.", "Protest with intervention"),
    ("Police in Marlo violently dispersed campaigners of a pro-democracy movement at the stadium.",
     "Excessive force against protesters"),
])
def test_a_crowd_dispersed_is_a_protest_the_state_stopped(text, sub_type):
    assert _reported(text) == [("Protests", sub_type)]


@pytest.mark.issue(13)
def test_a_dispersal_beside_its_protest_word_tells_one_protest():
    assert _reported("Riot police in Marlo used batons and water cannon to disperse the protesters.") == [
        ("Protests", "Protest with intervention")]


@pytest.mark.issue(13)
def test_youths_disrupting_a_meeting_is_a_protest():
    text = "Police had to fire in the air when a group of youths disrupted a meeting chaired by the governor in Marlo."
    assert _reported(text) == [("Protests", "Protest with intervention")]


@pytest.mark.issue(13)
@pytest.mark.parametrize("text", [
    "Heavy rain disrupted the match in Marlo on Saturday.",
    "The rail strike disrupted traffic across Marlo.",
])
def test_disrupting_no_gathering_is_no_protest(text):
    assert _reported(text) == []


def _coded(text):
    return [(r.sub_event_type, r.disorder_type, r.fatalities_best)
            for r in extract(text, published="2024-03-12", outlet="Test Wire").reports if r.modality == "reported"]


@pytest.mark.issue(13)
@pytest.mark.parametrize(("text", "killed"), [
    ("Four goat herders were killed near the Tessa river crossing on Sunday.", 4),
    ("Two people were killed in Lodwa on Sunday night.", 2),
    ("A migrant was killed on the Tessa road on Sunday.", 1),
])
def test_people_killed_with_no_doer_and_no_mishap_told_are_violence(text, killed):
    assert _coded(text) == [("Attack", "Unclear violence", killed)]


@pytest.mark.issue(13)
@pytest.mark.parametrize("text", [
    "Four goat herders were killed in a road accident near the Tessa river crossing on Sunday.",
    "Two workers were killed on Sunday when a factory fire broke out in Lodwa.",
    "A minibus plunged into a ravine near Lodwa on Sunday. Twelve passengers were killed.",
    "Four villagers were killed near Lodwa on Sunday as floods swept through the valley.",
    "Two farmers were killed by lightning near Lodwa.",
    "The budget was killed in the Senate on Sunday.",
])
def test_deaths_told_with_their_mishap_or_of_no_people_are_no_violence(text):
    assert _coded(text) == []


@pytest.mark.issue(13)
@pytest.mark.parametrize("text", [
    "A bus was torched in Lodwa on Sunday.",
    "Unknown people set fire to the town hall in Lodwa overnight.",
])
def test_a_vehicle_or_building_set_on_fire_is_property_destruction_without_a_word_of_war(text):
    assert _reported(text) == [("Strategic developments", "Looting/property destruction")]


@pytest.mark.issue(13)
@pytest.mark.parametrize("text", [
    "The veteran guard torched the visitors' defence for 40 points on Sunday.",
    "His remarks set fire to the debate in parliament on Sunday.",
])
def test_torching_no_vehicle_or_building_is_no_event(text):
    assert _reported(text) == []


@pytest.mark.issue(13)
def test_riders_who_clash_with_the_police_are_a_crowd():
    assert _reported("Motorcycle taxi riders clashed with police in Lodwa on Sunday.") == [("Riots", "Mob violence")]


@pytest.mark.issue(13)
def test_one_persons_arson_after_a_quarrel_stays_a_private_crime():
    assert _reported("A man torched the car of his cousin in Lodwa after a row over money.") == []
