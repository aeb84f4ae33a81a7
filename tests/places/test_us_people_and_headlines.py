"""US local news: people's names are no towns, datelines and headlines say where the news is (issue 15)."""

import pytest

from warlog.extract import extract_article
from warlog.models import Article
from warlog.places.people import written_people
from warlog.places.us_context import side_of, us_context


def _reports(nlp, text, title=None, outlet=None):
    article = Article(article_id="a", text=text, source="test", title=title, outlet=outlet)
    return extract_article(article, nlp).reports


def test_people_are_read_by_their_age_and_their_title():
    people = written_people("Marta Quill, 41, of Elm Road was treated and released. Sgt. Owen Barlow said the "
                            "case is open, and Mr. Tisdale declined to comment.")
    assert {"Quill", "Barlow", "Tisdale"} <= people.surnames
    assert {"Marta", "Owen"} <= people.given


def test_a_county_after_a_title_word_is_no_person():
    assert "Hardin" not in written_people("The Sheriff Hardin County office stayed open.").surnames


def test_a_surname_after_to_stays_the_person(places):
    found = places("Deputies said Carl Anderson, 19, fired the shot. The rifle belonged to Anderson, "
                   "the Police Department said.")
    assert "Anderson" not in found


def test_a_surname_named_only_in_a_sentence_the_parse_skips_is_no_town(nlp):
    text = ("A girl was shot and wounded at a birthday party on Saturday night, the Police Department said.\n\n"
            "Dana Hilton, 44, who lives next door, called for help.\n\n"
            "\"We were all in shock,\" Hilton said after the shooting.")
    assert all(r.location != "Hilton" for r in _reports(nlp, text))


@pytest.mark.parametrize("text,mention,city", [
    ("Two men were hurt in a shooting in Port St. Lucie on Friday, police said.", "Port St. Lucie", "Port Saint Lucie"),
])
def test_a_name_with_an_abbreviation_inside_is_found(places, text, mention, city):
    assert places(text)[mention].name == city


def test_a_dateline_in_capitals_is_a_place_whatever_the_tagger_calls_it(places):
    found = places("BINGHAMTON – A man was shot in the arm outside a bar late Friday, officers said.")
    assert found["BINGHAMTON"].admin1 == "New York"


def test_a_states_own_police_is_us_evidence():
    assert us_context("Ohio State Highway Patrol troopers closed the road.").evidence > 0
    assert us_context("The Delta State Police Command said two men were held.").evidence == 0


def test_a_county_in_the_headline_places_news_whose_text_names_no_town(nlp):
    text = "Kentucky State Police say a farmer was wounded in a shooting on Tuesday. Troopers are still looking into it."
    reports = _reports(nlp, text, title="Farmer hurt in Hardin County shooting")
    assert reports and {(r.location, r.admin1) for r in reports} == {("Hardin", "Kentucky")}


def test_a_headline_town_places_news_that_names_no_place_or_country(nlp):
    text = "A man was shot in the leg while he sat in his car on Thursday night. He is expected to recover."
    reports = _reports(nlp, text, title="Man shot in Evansville parking lot")
    assert reports and {(r.location, r.admin1) for r in reports} == {("Evansville", "Indiana")}


def test_a_headline_town_whose_biggest_namesake_is_abroad_places_nothing_in_the_us(nlp):
    text = "Two people were shot and wounded on Sunday, and a man was later detained."
    assert all(r.country != "US" for r in _reports(nlp, text, title="Two hurt in Paris shooting"))


def test_a_small_town_of_another_state_in_a_big_city_paper_is_part_of_the_city(places, nlp):
    text = "Two men were wounded in Liberty City late Sunday, Miami police said. A detective asked for witnesses."
    reports = _reports(nlp, text, outlet="miamiherald.com")
    assert reports and all(r.admin1 == "Florida" for r in reports)


@pytest.mark.parametrize("host,side", [("wxyz.com", "east"), ("kxyz-tv.com", "west"), ("kxyz5.com", "west"),
                                       ("nytimes.com", None)])
def test_call_letters_say_which_side_of_the_mississippi_a_station_is_on(host, side):
    assert side_of(host) == side


@pytest.mark.parametrize("host,state", [("wxyz.com", "Pennsylvania"), ("kxyz.com", "California")])
def test_a_stations_side_chooses_between_small_namesakes(places, host, state):
    found = places(f"A boy was shot and wounded at a home in Ford City on Sunday, the Police Department said.\n{host}")
    assert found["Ford City"].admin1 == state


def test_a_phone_numbers_area_code_names_its_state_and_city():
    context = us_context("Anyone who saw the car is asked to call detectives at 314-444-0142.")
    assert context.states == {"US-MO": 1} and context.home.name == "St. Louis"


@pytest.mark.parametrize("text", ["Call the national hotline at 1-800-555-0199.", "Call 416-555-0100 in Toronto.",
                                  "The vote was 2014-2015 and 1200 people came."])
def test_toll_free_foreign_and_other_numbers_name_no_state(text):
    assert not us_context(text).states


def test_a_phone_number_chooses_between_big_namesakes(places):
    found = places("A jogger was wounded by a stray round near a park in Pasadena early Sunday. Anyone with information "
                   "may call the police at 626-555-0188.")
    assert found["Pasadena"].admin1 == "California"


@pytest.mark.issue(15)
def test_a_town_naming_where_a_person_lives_is_no_event_place(places):
    found = places("Police are learning more about the Boulder student who was killed at a party in Denver on Sunday.")
    assert (found["Boulder"].role, found["Denver"].role) == ("other", "event")
