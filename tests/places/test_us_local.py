"""US local news: postal towns, streets named after towns, places abroad and broadcasters (issue 15)."""

import pytest

from warlog.extract import extract_article
from warlog.models import Article
from warlog.places.index import gazetteer
from warlog.places.normalise import name_key
from warlog.places.streets import street_names
from warlog.places.us_context import us_context
from warlog.places.us_postal import county_name


@pytest.mark.parametrize("text,streets", [
    ("Deputies closed the 2300 block of West Lindell after the crash.", {"Lindell"}),
    ("The car stopped near Hamlin and Crawford avenues just before noon.", {"Hamlin", "Crawford"}),
    ("Deputies found him at a house near Ventura and Maple Avenues.", {"Ventura", "Maple"}),
    ("He lived on Brandon near Elm and worked at a store on Fulton Street.", {"Brandon", "Fulton"}),
    ("The mayor of Fulton spoke at the Superior Court on Monday.", set()),
])
def test_names_written_as_streets(text, streets):
    assert street_names(text) == streets


@pytest.mark.parametrize("text,street", [
    ("Police Department officers found the man in the 3400 block of Oxford. The man shot on Oxford died later.",
     "Oxford"),
    ("Shots were fired near Thompson and Colorado avenues, the Police Department said. A neighbour on Thompson "
     "heard them.", "Thompson"),
    ("Two people were hurt in east Dayton, police said. The shots were fired near Ventura and Maple Streets.",
     "Ventura"),
])
def test_a_street_named_after_a_town_is_no_place(places, text, street):
    assert street not in places(text)


def test_a_state_that_names_a_street_is_still_the_state_elsewhere(places):
    found = places("A clerk was shot on Pennsylvania Avenue, the Police Department said. He grew up in "
                   "Pennsylvania and moved here last year.")
    assert found["Pennsylvania"].feature == "admin1"


def test_postal_towns_that_geonames_lacks_are_in_the_index():
    key = name_key("Crowheart")
    towns = [p for p, _ in gazetteer().lookup([key]).get(key, []) if p.country == "US"]
    assert [(p.source, p.admin1, p.admin2) for p in towns] == [("postal", "Wyoming", "Fremont")]


def test_a_postal_town_is_read_in_us_news_only(places):
    found = places("A rancher was wounded near Crowheart, Wyo., on Sunday, the county sheriff's office said.")
    assert (found["Crowheart"].country, found["Crowheart"].admin1) == ("US", "Wyoming")
    assert "Crowheart" not in places("Villagers said the convoy passed Crowheart before dawn.")


@pytest.mark.parametrize("written,bare", [("Harris County", "Harris"), ("Orleans Parish", "Orleans"),
                                          ("Richmond city", "Richmond"), (None, None)])
def test_postal_counties_are_named_as_the_index_names_them(written, bare):
    assert county_name(written) == bare


def test_a_place_abroad_in_us_news_with_no_town_is_dropped(places):
    found = places("Metro detectives said a man was shot on Tuesday, and the Police Department is looking for a "
                   "white sedan. Metro asked witnesses to call.")
    assert not [m for m in found.values() if m.country not in (None, "US")]


def test_a_capital_abroad_stays_in_us_news(places):
    found = places("The Police Department said the suspect had flown in from Tokyo on Monday.")
    assert found["Tokyo"].country == "JP"


@pytest.mark.parametrize("text", ["The shooting was first reported by WXYZ-TV on Sunday.",
                                  "A reporter for KABC Channel 7 was at the scene.", "Story by kxyz.com staff"])
def test_broadcasters_call_letters_are_us_evidence(text):
    assert us_context(text).evidence >= 1


def test_a_world_body_acronym_is_no_us_evidence():
    assert us_context("WHO and WFP staff reached the camp, the KFOR commander said.").evidence == 0


@pytest.mark.parametrize("title,town,state", [
    ("Boy, 4, wounded in Murfreesboro - Channel 9 News, Springfield", "Murfreesboro", "Tennessee"),
    ("Pocatello man charged after a relative is hurt", "Pocatello", "Idaho"),
])
def test_a_report_with_no_place_takes_the_town_its_headline_names(nlp, title, town, state):
    text = ("Officers of the Police Department said a child had been shot in the leg at a home on Friday. "
            "Investigators found the gun in a bedroom.")
    article = Article(article_id="a", text=text, source="test", title=title, outlet="wxyz.com")
    reports = extract_article(article, nlp).reports
    assert reports and {(r.location, r.admin1, r.geo_precision) for r in reports} == {(town, state, 2)}


def test_page_furniture_after_the_headline_names_no_town(nlp):
    text = "A woman was shot at a home on Friday night, and the Police Department is looking for a man."
    article = Article(article_id="a", text=text, source="test", title="Woman hurt at home - KXYZ News, Pocatello",
                      outlet="kxyz.com")
    assert all(r.location != "Pocatello" for r in extract_article(article, nlp).reports)


@pytest.mark.parametrize("text,mention,city", [
    ("ST. LOUIS -- A man was wounded late Friday in a parking garage, police said.", "ST. LOUIS", "St. Louis"),
    ("Two teenagers were shot in north St. Paul on Sunday, police said.", "St. Paul", "Saint Paul"),
    ("A clerk was hurt in a robbery in Ft. Worth on Monday.", "Ft. Worth", "Fort Worth"),
])
def test_a_name_that_starts_with_an_abbreviation_is_found(places, text, mention, city):
    assert places(text)[mention].name == city


def test_a_street_abbreviation_starts_no_place(places):
    assert set(places("A man was hurt on Main St. on Monday, and a woman was shot on Oak St.")) == set()


def test_a_state_that_a_street_is_named_after_is_no_state_there(places):
    text = "Shots were fired near Thompson and Colorado avenues, the Police Department said."
    assert "Colorado" not in places(text)
    assert us_context(text).states == {}
    assert us_context("A driver was hit on Maryland Parkway, the Police Department said.").states == {}


def test_a_small_us_town_is_not_read_through_one_of_its_other_names():
    # GeoNames keeps 'Pennington' as another name of Warren, Arkansas: news writes it as a person.
    from warlog.places.us_context import small_town_by_another_name

    key = name_key("Pennington")
    town, kind = next((p, k) for p, k in gazetteer().lookup([key])[key] if p.name == "Warren")
    assert small_town_by_another_name(town, kind, "Pennington", us_news=False)
    saint = name_key("St. Joseph")
    city, kind = next((p, k) for p, k in gazetteer().lookup([saint])[saint] if p.admin1 == "Missouri")
    assert not small_town_by_another_name(city, kind, "St. Joseph", us_news=True)
    marcos = name_key("Marcos")
    village, kind = next((p, k) for p, k in gazetteer().lookup([marcos])[marcos] if p.name == "Lo de Marcos")
    assert small_town_by_another_name(village, kind, "Marcos", us_news=True)
    assert not small_town_by_another_name(village, kind, "Marcos", us_news=False)


@pytest.mark.parametrize("written,key", [("St. Mary Parish", "st mary"), ("Saint Mary", "st mary"),
                                         ("St. Mary", "st mary"), ("Clark County", "clark")])
def test_a_county_is_one_key_however_saint_is_written(written, key):
    from warlog.places.us_context import county_key

    assert county_key(written) == key


def test_a_county_many_states_share_is_the_one_with_the_biggest_seat(places):
    found = places("A hiker was shot on Saturday in Clark County, the sheriff's office said.")
    assert found["Clark County"].admin1 == "Nevada"


@pytest.mark.parametrize("host,text,city", [
    # A small town's paper: Hillsboro, Oregon is a city, but towns of its name elsewhere are not much smaller.
    ("hillsborofreepress.com", "A boy was hurt at a farm, the county sheriff's office said.", None),
    ("hillsborofreepress.com", "A boy was hurt at a farm near Portland, Ore., the sheriff's office said.",
     "Hillsboro"),
])
def test_an_outlet_named_after_a_shared_town_name_needs_its_state(host, text, city):
    home = us_context(f"{text}\n{host}").home
    assert (home.name if home else None) == city


def test_the_outlets_city_wins_a_tie_for_the_articles_town(nlp):
    from warlog.places import find_places

    text = ("A man from Peoria was shot in the Kensington neighborhood on Monday, police said. He was taken "
            "to a hospital in Chicago.")
    doc = nlp(text)
    found = {p.mention: p for p in find_places(doc, context=text + "\nchicagotribune.com")}
    district = found["Kensington neighborhood"]
    assert (district.admin1, district.anchor) == ("Illinois", "Chicago")


def test_a_small_town_of_a_state_the_article_does_not_name_needs_a_neighbour(places):
    # Clifton Heights is a Pennsylvania borough: in an Ohio story it is a part of the city named.
    found = places("CINCINNATI, Ohio -- A woman was shot in Clifton Heights on Friday night, the Police "
                   "Department said.")
    assert "Clifton Heights" not in found or found["Clifton Heights"].admin1 == "Ohio"
    kept = places("A woman from Clifton Heights was shot in Cincinnati, the Police Department said.")
    assert kept["Clifton Heights"].admin1 == "Pennsylvania"


def test_a_county_only_one_state_has_names_that_state():
    context = us_context("Two hunters were hurt in Bracken County on Sunday, the sheriff's office said.")
    assert context.states == {"US-KY": 1}
    assert us_context("Two hunters were hurt in Clark County on Sunday, the sheriff's office said.").states == {}
    assert us_context("Rebels attacked a market in Bracken County, the governor said.").states == {}


def test_news_in_the_district_is_in_washington(nlp):
    text = "Two teenagers were shot on Tuesday afternoon in Southeast D.C., the Metropolitan Police Department said."
    reports = extract_article(Article(article_id="a", text=text, source="test"), nlp).reports
    assert reports and {(r.location, r.admin1, r.geo_precision) for r in reports} == {
        ("Washington", "District of Columbia", 2)}


def test_an_outlet_named_after_a_shared_city_name_counts_where_the_article_names_the_city():
    home = us_context("A boy was hurt, Buffalo police said on Sunday.\nbuffalonews.com").home
    assert (home.name, home.admin1) == ("Buffalo", "New York")


def test_outside_us_news_a_name_best_read_as_a_small_us_towns_other_name_is_no_place(places):
    assert "Pennington" not in places("Rebels raided Pennington at dawn and burned the market, the army said.")
