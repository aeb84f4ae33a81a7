"""Places in short coder-style notes about invented incidents: clause openers, namesakes abroad, units."""

import pytest


def test_a_capitalised_word_opening_a_clause_is_no_part_of_the_name_after_it(places):
    found = places("12 June: The Arba Minch market chairman was beaten by a crowd of traders.")
    assert found["Arba Minch"].country == "ET"


def test_a_name_matching_a_city_abroad_only_through_a_spelling_fold_is_no_place_far_from_the_text(places):
    # 'Al-Kasur' folds onto Kasur in Pakistan; the note is about a checkpoint in Iraq.
    found = places("A car bomb exploded at the Al-Kasur checkpoint near Baiji, Saladin governorate, Iraq.")
    assert all(mention.country == "IQ" for mention in found.values())


def test_an_unknown_village_read_only_by_its_consonants_is_placed_in_the_district_after_it(places):
    # 'Ermeru' is read as Ermera in Timor-Leste only through its consonants.
    found = places("On 9 August, shopkeepers in Ermeru, South Jakarta, beat a pickpocket.")
    assert (found["Ermeru"].country, found["Ermeru"].name, found["Ermeru"].role) == ("ID", "South Jakarta", "event")


def test_a_country_named_beyond_a_border_is_no_focus_of_an_article_about_its_neighbour(nlp):
    from warlog.places import article_focus, document_country, find_places

    text = ("Gunmen torched a school in a town near the Somalia border. Parents said the teachers had hidden from "
            "Somalia army patrols before Kenyan officers reached them.")
    places = find_places(nlp(text))
    assert document_country(places, text).country == "KE"
    focus = article_focus(places, text)
    assert focus is None or focus.country == "KE"


def test_al_shabab_spelled_with_one_a_points_to_somalia(nlp):
    from warlog.places import document_country, find_places

    text = "Al-Shabab militants ambushed a convoy on Tuesday, killing four soldiers."
    assert document_country(find_places(nlp(text)), text).country == "SO"


def test_a_distance_with_no_bearing_places_the_event_near_its_anchor(places):
    found = places("A bomb exploded about 15 km from Dori on Sunday, wounding two soldiers.")
    near = found["about 15 km from Dori"]
    assert (near.name, near.geo_precision, near.feature, near.role) == ("Dori", 2, "relative", "event")


def test_a_country_crossed_into_is_where_what_follows_happened(nlp):
    from warlog.places import document_country, find_places

    text = "Somali gunmen crossed into Kenya at night and burned a police post."
    assert document_country(find_places(nlp(text)), text).country == "KE"


def test_a_name_an_apposition_calls_a_company_is_no_place(places):
    found = places("Staff of Kingston, a mining company, blocked the road to its pit near Tarkwa.")
    assert "Kingston" not in found and found["near Tarkwa"].country == "GH"


def test_a_company_word_that_only_qualifies_a_town_leaves_the_town_a_place(places):
    found = places("Miners marched through Obuasi, a company town in the south, over unpaid bonuses.")
    assert found["Obuasi"].country == "GH"


def test_a_town_after_a_building_and_in_is_a_place_though_tagged_inside_one_organisation(places):
    # The tagger reads 'the Independence Monument in Bangkok' as one organisation.
    found = places("Teachers held a silent protest by the Independence Monument in Bangkok over unpaid allowances.")
    assert found["Bangkok"].country == "TH"


def test_an_organisation_named_for_a_region_keeps_its_in(places):
    assert "Islamic Maghreb" not in places("AQIM, or Al Qaeda in the Islamic Maghreb, claimed the ambush.")


@pytest.mark.parametrize("text,name,expected", [
    ("Traders in Muse shut their shops to protest a new border fee.", "Muse", "Mu-se"),
    ("Farmers marched to the office of Loilen township over seized land.", "Loilen", "Loilem"),
])
def test_myanmar_towns_spelled_as_news_spells_them(places, text, name, expected):
    found = next(mention for mention in places(text).values() if name in mention.mention)
    assert (found.country, found.name) == ("MM", expected)
