"""US local news: its cues, states and counties make ambiguous places prefer the US namesake (issue 15)."""

import pytest

from warlog.extract import extract_article
from warlog.models import Article
from warlog.places import find_places
from warlog.places.normalise import name_key
from warlog.places.people import person_surnames
from warlog.places.us_context import us_context


def test_cues_states_and_counties_are_read_from_the_text():
    context = us_context("MACON, Ga. - Deputies of the Bibb County Sheriff's Office were called to the 300 block "
                         "of Pine Street. A man from Dothan, AL was charged with a felony. wsbtv.com")
    assert context.evidence == 3.0  # capped: office, block, felony, two towns with their state
    assert context.states == {"US-GA": 1, "US-AL": 1}
    assert name_key("Bibb") in context.counties


@pytest.mark.parametrize("text,states", [
    ("Police in Olympia, Washington state, said the road was closed.", {"US-WA"}),
    ("The senator flew back to Washington on Monday.", set()),
    ("Officers from Fort Smith, Ark., and a reporter for arkansasonline.com were there.", {"US-AR"}),
    ("Voters in West Virginia went to the polls.", {"US-WV"}),
])
def test_states_named_in_full_in_ap_style_or_in_a_web_address(text, states):
    assert set(us_context(text).states) == states


def test_text_with_no_us_cue_gives_no_us_evidence():
    context = us_context("Gunmen attacked a police post in Marsabit County, Kenya, and the Kenya Police Service "
                         "said two officers were killed.")
    assert context.evidence == 0 and not context.states


@pytest.mark.parametrize("text,mention,admin1", [
    ("SAVANNAH, GA - A man was shot on Friday night, and the Police Department asked for witnesses.",
     "SAVANNAH", "Georgia"),
    ("A boy was wounded in Lexington on Sunday, the Richland County Sheriff's Office in South Carolina said.",
     "Lexington", "South Carolina"),
    ("Police said a woman was shot in Philadelphia on the 400 block of Elm Street.", "Philadelphia", "Pennsylvania"),
    ("Two men were shot in Paris on Saturday, the Lamar County Sheriff's Office in Texas said.", "Paris", "Texas"),
])
def test_us_context_picks_the_us_namesake_in_the_named_state(places, text, mention, admin1):
    found = places(text)[mention]
    assert (found.country, found.admin1) == ("US", admin1)


def test_without_us_cues_the_namesake_abroad_stays(places):
    assert places("Protesters blocked the main road in Savannah region, Ghanaian police said.")[
        "Savannah region"].country == "GH"


def test_a_surname_that_recurs_alone_is_the_person_not_a_town(nlp):
    doc = nlp("Officers found Idris Hassan bleeding behind a garage. Hassan died at the hospital.")
    assert "Hassan" in person_surnames(doc)
    assert not [p for p in find_places(doc) if p.mention == "Hassan"]


def test_a_report_with_no_place_takes_the_town_whose_police_the_article_names(nlp):
    text = ("Officers of the Tifton Police Department were called to the 600 block of Maple Avenue, where a "
            "teenager had been shot in the leg.")
    reports = extract_article(Article(article_id="a", text=text, source="test"), nlp).reports
    assert reports and {(r.location, r.admin1, r.geo_precision) for r in reports} == {("Tifton", "Georgia", 2)}


def test_a_us_report_with_only_a_state_takes_the_town_the_article_names(nlp):
    text = ("DULUTH, Minn. - Two people were wounded early Sunday. Police in Minnesota said a man was shot "
            "outside a bar and a woman was hit by a stray bullet.")
    reports = extract_article(Article(article_id="a", text=text, source="test"), nlp).reports
    unplaced = [r for r in reports if r.sentence.startswith("Two people")]  # its sentence names no place
    assert unplaced and all((r.location, r.geo_precision) == ("Duluth", 2) for r in unplaced)


def test_a_neighbourhood_named_like_a_town_elsewhere_is_part_of_the_article_town(places):
    found = places("A man was shot on the 2900 block of Oak Street in the Kensington neighborhood, Philadelphia "
                   "police said. Philadelphia detectives are looking for a gunman.")
    neighbourhood, city = found["Kensington neighborhood"], found["Philadelphia"]
    assert neighbourhood.admin1 == "Pennsylvania" and neighbourhood.geo_precision == 2
    assert abs(neighbourhood.latitude - city.latitude) < 0.3 and abs(neighbourhood.longitude - city.longitude) < 0.3


def test_a_place_whose_name_begins_with_the_is_no_river(places):
    assert places("Four people were shot on Sunday in the Bronx, police said.")["Bronx"].admin1 == "New York"


@pytest.mark.parametrize("host,city", [
    ("fresnobee.com", "Fresno"), ("abc7chicago.com", "Chicago"), ("sanantonio.example-news.com", "San Antonio"),
    ("washingtonpost.com", "Washington"), ("mobile.example.com", None), ("kansascity.com", None),
])
def test_an_outlet_named_after_its_city_gives_the_article_a_home(host, city):
    home = us_context(f"A man was hurt.\n{host}").home
    assert (home.name if home else None) == city


def test_kansas_city_in_a_web_address_names_no_state_kansas():
    assert "US-KS" not in us_context("A man was hurt.\nkansascity.com").states


def test_the_home_of_the_outlet_places_news_that_names_only_streets(nlp):
    text = "A pizza courier was shot in the 3100 block of Pine Avenue on Tuesday afternoon, police said."
    article = Article(article_id="a", text=text, source="test", outlet="tulsaworld.com")
    reports = extract_article(article, nlp).reports
    assert reports and {(r.location, r.admin1, r.geo_precision) for r in reports} == {("Tulsa", "Oklahoma", 2)}


def test_a_neighbourhood_takes_the_point_of_the_outlets_city(nlp):
    doc = nlp("Two men were wounded in the Englewood neighborhood late Saturday, police said.")
    found = {p.mention: p for p in find_places(doc, context=doc.text + "\nabc7chicago.com")}
    assert found["Englewood neighborhood"].admin1 == "Illinois"


@pytest.mark.parametrize("text,states", [
    ("Houston police said a man was shot in the 300 block of Elm Street.", {"US-TX": 1}),
    ("Detectives in the 300 block of Elm Street said Andrew Jackson and Rosa Houston were shot.", {}),
    ("Cleveland police said a man was shot in the 300 block of Elm Street.", {}),  # Cleveland, Tennessee too
    ("Police in Houston said a man was shot. No US cue here.", {}),
])
def test_a_big_city_named_in_a_us_article_names_its_state(text, states):
    assert us_context(text).city_states == states


@pytest.mark.parametrize("text,county,admin1", [
    # No state named: the big city named says which Harris County.
    ("A woman was shot on Sunday in northwest Harris County, the sheriff's office said. Houston officers were "
     "also at the scene.", "Harris County", "Texas"),
    # The possessive belongs to the county's name: not the village of Prince George, Virginia.
    ("Two officers were hurt on Friday in Prince George's County, Maryland, police said.", "Prince George's County",
     "Maryland"),
])
def test_a_us_county_is_read_in_its_state(places, text, county, admin1):
    found = places(text)[county]
    assert (found.feature, found.admin1) == ("admin2", admin1)


@pytest.mark.parametrize("text,make", [
    ("Deputies said the Springfield .45-caliber handgun went off as he oiled it at home in Oshkosh.", "Springfield"),
    ("Troopers took a Smith & Wesson revolver from the car in Ford City.", "Wesson"),
    ("Troopers took a Remington with a scope from the car in Ford City.", "Remington"),
])
def test_a_gun_makers_name_is_no_place(places, text, make):
    assert make not in places(text)


def test_a_town_named_like_a_gun_maker_is_still_a_town(places):
    assert places("A woman was shot in Springfield on Friday night, police said.")["Springfield"].country == "US"


def test_a_town_abroad_alone_in_a_us_story_is_part_of_the_article_town(places):
    found = places("Memphis police said a boy, 3, was shot on Sunday at the Whitehaven apartments. Officers of the "
                   "Police Department are searching for the gunman in Whitehaven.")
    assert (found["Whitehaven"].country, found["Whitehaven"].admin1, found["Whitehaven"].geo_precision) == (
        "US", "Tennessee", 2)


@pytest.mark.issue(15)
def test_a_county_names_its_state_in_every_text_a_worker_reads():
    # The county's states are cached per process: reading one text must not use them up for the next.
    first = us_context("Deputies of the Bracken County Sheriff's Office found a man shot on a farm road.")
    second = us_context("A woman was charged with a felony on Monday, the Bracken County Sheriff's Office said.")
    assert first.states == second.states == {"US-KY": 1}
