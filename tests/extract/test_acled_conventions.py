"""ACLED's coding conventions on sentences written for these tests: fatality words without numbers,
a coder's stated figure, state forces named with their government's years, crowds and allies."""

from datetime import date

import pytest

from warlog import extract
from warlog.link.events import article_events
from warlog.extract.actors import government_period, in_country
from warlog.extract.casualties import coded_fatalities, shared_tolls


def _reports(text, published="2021-06-14"):
    return extract(text, published=published, outlet="Test Wire").reports


def _events(text, published="2021-06-14"):
    """The events of one text, as the link step codes them."""
    return article_events(extract(text, published=published, outlet="Test Wire"))


@pytest.mark.parametrize(
    "text,low,best,high",
    [
        ("Gunmen killed several villagers in Kaduna, Nigeria on Sunday.", 3, 10, 19),
        ("Militants attacked a checkpoint in Djibo, Burkina Faso. A number of soldiers were killed.", 3, 10, 19),
        ("Gunmen killed dozens of villagers in Zamfara, Nigeria on Sunday.", 12, 12, 99),
        ("Militants attacked an army post in Djibo, Burkina Faso, killing an unknown number of soldiers.", 0, 0, None),
    ],
)
def test_fatality_words_without_numbers(text, low, best, high):
    report = _reports(text)[0]
    assert (report.fatalities_low, report.fatalities_best, report.fatalities_high) == (low, best, high)


def test_a_scale_word_keeps_its_own_reading():
    assert not any(r.fatalities_best == 10 for r in _reports("Several thousand people fled Kaduna, Nigeria after gunmen attacked."))


def test_a_day_range_before_a_month_is_no_toll():
    report = _reports("Troops raided a rebel camp in Cotabato, Philippines, killing 5 fighters from 14-15 Mar 2018.")[0]
    assert report.fatalities_best == 5


def test_a_coders_stated_figure_wins():
    text = ("Soldiers clashed with militants near Djibo, Burkina Faso. Residents said up to 20 died. "
            "Fatalities coded as 8.")
    assert [r.fatalities_best for r in _reports(text)][:1] == [8]
    assert [figure for _, figure in coded_fatalities("an unknown number of fatalities, coded at the lowest estimate of 5.")] == [5]
    assert coded_fatalities("the town was coded as Paoua.") == []


def _dead(text):
    """The dead of the text's first report that counts any."""
    return next((r.fatalities_best for r in _reports(text) if r.fatalities_best is not None), None)


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text,dead",
    [
        # whatever is done 'to death' kills; 'sentenced to death' does not
        ("Villagers in Kisumu, Kenya stoned three suspected cattle thieves to death on Sunday.", 3),
        ("A herder was hacked to death in a clash between farmers and herders near Jos, Nigeria.", 1),
        ("A court in Kaduna, Nigeria sentenced two kidnappers to death on Monday.", None),
        # 'burned alive' kills, and 'them' is the people just named
        ("A mob in Goma seized four suspected robbers and burned them alive on Friday.", 4),
        # a killing's victims are people, whatever noun names them; animals are not
        ("Gunmen shot dead a motorcyclist and wounded a passenger near Bunia on Friday.", 1),
        ("Three Kuku were killed when raiders attacked their village near Yei, South Sudan.", 3),
        ("Raiders killed 40 cattle and two herders near Marsabit, Kenya.", 2),
        ("Herders clashed with farmers near Jos, Nigeria, and the farmers killed nine goats.", None),
        # the noun counted is itself the dead
        ("Officials said 14 fatalities were inflicted on the rebels in the fighting near Beni.", 14),
        # bodies found shot dead
        ("Two teachers were found shot dead near Garissa, Kenya on Tuesday.", 2),
        # alternatives are one count, its lowest the figure
        ("Two or three soldiers were killed when militants attacked a post near Djibo, Burkina Faso.", 2),
        # a label's number counts no one
        ("Gunmen killed a trader in Kaya, Burkina Faso (coded at geoprecision 2) on Sunday.", 1),
        # a killing an allegation names was done before: its dead are not the event's
        ("Youths in Bunia beat to death a suspect accused of killing two shopkeepers.", 1),
        ("Police in Nakuru, Kenya arrested a man for killing two children.", None),
        # a thing destroyed beside the dead is no victim; a hyphenated word is one person
        ("A truck was destroyed and two soldiers killed near Menaka, Mali on Monday.", 2),
        ("A rebel sub-leader was killed in a shootout with police in Jolo, Philippines.", 1),
        # people of different sides listed together are all counted; one named again is one
        ("Two police officers, two soldiers and a driver were killed by a roadside bomb near Wajir, Kenya.", 5),
        ("A crowd in Kisumu, Kenya caught a suspected thief and beat him, then killed him.", 1),
        ("A crowd in Kisumu, Kenya lynched a suspected thief and killed him on Sunday.", 1),
        # a toll told across several attacks is shared out
        ("Twelve people were killed in two bomb attacks on markets in Maiduguri, Nigeria on Monday.", 6),
    ],
)
def test_tolls_as_a_coder_reads_them(text, dead):
    assert _dead(text) == dead


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2021, a number of protesters damaged a toll gate near Kumasi, Ghana.",
        "On 3 June 2021, police arrested two murder suspects in a raid in Kisumu, Kenya.",
    ],
)
def test_a_death_word_that_names_another_thing_counts_no_dead(text):
    assert _dead(text) is None


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text,dead",
    [
        ("A teacher and two farmers were gunned down by bandits near Gusau, Nigeria, on Sunday.", 3),
        ("Two militiamen were said to have been beaten and killed by soldiers near Beni, Congo, on Sunday.", 2),
        ("Four Free Syrian Army (FSA) fighters were killed in shelling near Azaz, Syria, on Sunday.", 4),
        ("The mayor of Kaga Bandoro, along with three guards, was killed by gunmen in the Central African"
         " Republic on Sunday.", 4),
    ],
)
def test_deaths_told_in_other_words_count(text, dead):
    assert _dead(text) == dead


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text,dead",
    [
        ("A gang of robbers exchanged fire with police at a bank in Wa, Ghana, on Sunday; one dead, two arrested.", 1),
        ("Bandits fought vigilantes at a market in Gusau, Nigeria, on Sunday: one dead, four arrested.", 1),
        ("Gunmen raided a camp near Jos, Nigeria, on Sunday. Eight settlers and some guards (2 named persons)"
         " were killed in the raid.", 8 + 2),
    ],
)
def test_people_counted_for_another_fate_are_not_the_dead(text, dead):
    assert _dead(text) == dead


@pytest.mark.issue(13)
def test_a_death_count_still_counts_the_dead():
    assert _dead("Gunmen attacked a market in Kaduna, Nigeria, on Sunday. The death count rose to 12.") == 12


@pytest.mark.issue(13)
def test_a_toll_split_among_events_gives_each_its_share():
    text = ("On 4 May 2021, militiamen attacked three villages near Djibo, Burkina Faso, killing 31 people. "
            "Fatalities split across four events.")
    assert _dead(text) == 7  # 31 / 4, rounded down as a conservative toll is
    spans = [s for s in _reports(text)[0].field_spans if s.field == "fatalities"]
    assert [(s.derivation, s.surface) for s in spans] == [("inferred", None)]  # not the 31 read as stated
    assert shared_tolls("Eleven killed; fatalities divided between two events.") == [(15, 2)]
    assert shared_tolls("The town was split between two factions.") == []


@pytest.mark.parametrize(
    "generic,country,name,day,expected",
    [
        ("Military Forces", "NG", "Nigeria", date(2019, 3, 3), ("Military Forces of Nigeria (2015-2023)", 1)),
        ("Police Forces", "KE", "Kenya", date(2001, 5, 1), ("Police Forces of Kenya (1978-2002)", 1)),
        ("Military Forces", "PH", "Philippines", date(2017, 1, 9), ("Military Forces of the Philippines (2016-2022)", 1)),
        ("Military Forces", "CD", "Democratic Republic of the Congo", date(2020, 1, 9),
         ("Military Forces of the Democratic Republic of Congo (2019-)", 1)),
        ("Military Forces of France", "ML", "Mali", date(2019, 3, 3), ("Military Forces of France (2017-)", 8)),
        ("Protesters", "KE", "Kenya", date(2019, 3, 3), ("Protesters (Kenya)", None)),
    ],
)
def test_state_forces_take_the_government_years(generic, country, name, day, expected):
    inter = 1 if "Forces" in generic else None
    assert in_country(generic, inter, country, name, day) == expected


def test_no_period_without_a_date():
    assert government_period("NG", None) is None


def test_protests_and_riots_name_the_crowd():
    protest = _events("Police fired tear gas at protesters in Accra, Ghana on Monday.")[0]
    assert (protest.actor1, protest.inter1) == ("Protesters (Ghana)", 6)
    assert protest.actor2.startswith("Police Forces of Ghana") and protest.inter2 == 1
    shooting = _events("Police shot dead three protesters in Kisumu, Kenya on Monday.")[0]
    assert shooting.actor1.startswith("Police Forces of Kenya") and shooting.actor2 == "Protesters (Kenya)"


@pytest.mark.parametrize(
    "text,sub_event_type,actor2",
    [
        ("Hundreds of nurses marched peacefully through Nairobi, Kenya on Monday to demand unpaid wages.",
         "Peaceful protest", None),
        ("Traders protesting new taxes in Kisumu, Kenya on Monday were dispersed.",
         "Protest with intervention", "Police Forces of Kenya (2013-2022)"),
        ("Farmers rioted in Eldoret, Kenya on Monday, blocking roads with burning tyres.", "Violent demonstration", None),
    ],
)
def test_the_side_a_crowd_meets(text, sub_event_type, actor2):
    event = _events(text)[0]
    assert (event.sub_event_type, event.actor2) == (sub_event_type, actor2)


def test_a_crowd_is_named_after_where_it_gathers():
    event = _events("Nurses rallied outside the health ministry in Pretoria, South Africa on Saturday over unpaid overtime.")[0]
    assert (event.actor1, event.inter1) == ("Protesters (South Africa)", 6)


def test_allies_are_associated_actors():
    report = _reports("Malian soldiers and Wagner mercenaries shot dead 12 traders on a market road near Segou, Mali on Monday.")[0]
    assert report.actor1 == "Military Forces of Mali (2021-)"
    assert report.assoc_actor_1 == "Wagner Group"
    assert _events("Malian soldiers and Wagner mercenaries shot dead 12 traders on a market road near Segou, Mali on Monday.")[0].assoc_actor_1 == "Wagner Group"


def test_joined_sides_of_a_clash_are_opponents():
    report = _events("Police and protesters clashed in Nairobi, Kenya on Monday.")[0]
    assert {report.inter1, report.inter2} == {1, 5}


@pytest.mark.parametrize(
    "text,actor",
    [
        ("NPA rebels ambushed an army patrol in Davao Oriental, Philippines, killing two soldiers.", "NPA: New People's Army"),
        ("Anti-balaka militiamen attacked a village near Bambari, Central African Republic.", "Anti-Balaka"),
        ("Pokot raiders attacked herders in Baringo, Kenya, stealing hundreds of cattle.", "Pokot Ethnic Militia (Kenya)"),
    ],
)
def test_named_groups(text, actor):
    assert actor in {r.actor1 for r in _reports(text)}


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        ("A roadside bomb struck a bus in Kano, Nigeria, on Monday. Eight passengers were killed and several more injured.", 8, 3),
        ("A roadside bomb hit an army truck near Djibo, Burkina Faso: 3 dead and several wounded.", 3, 3),
        ("A roadside bomb killed five soldiers and wounded many others near Djibo, Burkina Faso.", 5, 3),
    ],
)
def test_injured_counts_stay_with_the_injured(text, killed, injured):
    report = _reports(text)[0]
    assert (report.fatalities_best, report.injured_best) == (killed, injured)


def test_each_target_of_a_strike_gets_its_own_report():
    reports = _reports("Coalition air strikes hit a bakery and a market in Tabqa, Syria on March 22, killing 12 people.",
                       published="2017-03-24")
    assert [r.target for r in reports] == ["bakery", "market"]
    assert [r.fatalities_best for r in reports] == [12, None]  # the toll is told once, for both
    assert len({r.report_id for r in reports}) == 2


@pytest.mark.parametrize(
    "text,actor1,actor2",
    [
        ("Unidentified gunmen shot dead a farmer in Kandi, Benin on Monday.",
         "Unidentified Armed Group (Benin)", "Civilians (Benin)"),
        ("A roadside bomb killed three civilians near Djibo, Burkina Faso on Monday.",
         "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"),
        ("A grenade thrown into a bar wounded six people in Garissa, Kenya on Monday.",
         "Unidentified Armed Group (Kenya)", "Civilians (Kenya)"),
        ("Twelve people were arrested in Mombasa, Kenya on Tuesday over the bombing.",
         "Police Forces of Kenya (2013-2022)", "Civilians (Kenya)"),
        ("Armed men looted shops and torched houses in Laikipia, Kenya on Monday.",
         "Unidentified Armed Group (Kenya)", "Civilians (Kenya)"),
    ],
)
def test_unnamed_sides_as_acled_codes_them(text, actor1, actor2):
    told = _reports(text)[0]
    assert None in (told.actor1, told.actor2)  # the report keeps what the text says
    report = _events(text)[0]
    assert (report.actor1, report.actor2) == (actor1, actor2)


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab frequently attacks AMISOM bases in southern Somalia.",
        "Gunmen have repeatedly attacked villages in Zamfara, Nigeria, in recent years.",
        "Bandits have killed thousands of people in northwest Nigeria since 2011.",
        "The junta will continue to ignore civilian casualties in its air campaign, analysts said.",
    ],
)
def test_commentary_habits_and_tallies_make_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize(
    "text,killed",
    [
        # GTD counts the attackers who died: 'in addition to the bombers' adds them.
        ("Three suicide bombers rammed fuel tankers packed with explosives into a police compound in Samarra, Iraq on "
         "Monday. In addition to the bombers, 13 policemen died in the blasts.", 16),
        ("A suicide bomber detonated his vest by a checkpoint near Tikrit, Iraq on Monday. "
         "In addition to the assailant, six policemen were killed.", 7),
        # A toll told across several attacks is shared out, rounded down.
        ("A car bomb went off outside a bus depot in Hillah, Iraq on Monday, one of four coordinated attacks "
         "that hit the city that morning. At least 30 people died across the attacks.", 7),
    ],
)
def test_gtd_conventions_for_tolls(text, killed):
    assert _events(text)[0].fatalities_best == killed


def test_communal_militias_take_the_country():
    assert in_country("Fulani Ethnic Militia", 4, "NG", "Nigeria", date(2019, 5, 3)) == ("Fulani Ethnic Militia (Nigeria)", 4)
    assert in_country("Herder Militia", 4, "NG", "Nigeria", date(2019, 5, 3)) == ("Fulani Ethnic Militia (Nigeria)", 4)


def test_targets_of_another_verb_are_not_split_off():
    reports = _reports("Gunmen raided a village near Jos, Nigeria on Sunday, burning homes and churches.")
    assert len(reports) == len({r.sub_event_type for r in reports})


def test_repeated_acts_against_these_victims_are_events():
    reports = _reports("Women who escaped a militant camp near Maiduguri, Nigeria said they were repeatedly raped.")
    assert [r.modality for r in reports] == ["reported"]


@pytest.mark.parametrize(
    "text,sub_event_type",
    [
        ("Inmates at the central jail in Kisumu rioted on Monday, setting fire to their cells.", "Mob violence"),
        ("A riot broke out between fans of two wrestlers in Kano, Nigeria, and a trader was hurt.", "Mob violence"),
        ("Rioters protesting the fuel price rise burned tyres in Kano, Nigeria on Monday.", "Violent demonstration"),
    ],
)
def test_riots_among_groups_or_prisoners_are_mob_violence(text, sub_event_type):
    assert _reports(text)[0].sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "text,sub_event_type",
    [
        # The victims of the verb coordinated with the trigger, of a participle and of a headline's passive.
        ("Gunmen assaulted and robbed two journalists near the market in Gao, Mali on Tuesday.", "Attack"),
        ("Army post in Djibo attacked by gunmen on Tuesday.", "Armed clash"),
        ("Militants attacked a National Army vehicle near Mocimboa, Mozambique, on Friday.", "Armed clash"),
        # One happening told by two words of attack: the one that names its victims decides.
        ("Bandits attacked and killed farmers during a raid on a village in Zamfara, Nigeria.", "Attack"),
    ],
)
def test_who_was_attacked_decides_attack_or_clash(text, sub_event_type):
    assert {r.sub_event_type for r in _reports(text)} == {sub_event_type}


def test_a_toll_beside_a_denied_clash_is_an_attack():
    events = _events("On 4 June 2021, soldiers killed a herder near Bria, Central African Republic, while leaving "
                     "the area (no fighting with the rebels was reported).")
    assert [(e.sub_event_type, e.fatalities_best) for e in events] == [("Attack", 1)]


def test_demonstrating_is_a_protest_showing_is_not():
    assert [r.sub_event_type for r in _reports("Hundreds of nurses demonstrated outside the health ministry in "
                                               "Accra, Ghana on Monday over unpaid allowances.")] == ["Peaceful protest"]
    assert _reports("The figures published on Monday demonstrate that the economy of Ghana is recovering.") == []


@pytest.mark.parametrize(
    "text,actor",
    [
        # An abbreviation in capitals names its actor whatever word follows it.
        ("MPC militants ambushed a supply convoy near Kaga-Bandoro, Central African Republic on Monday.",
         "MPC: Patriotic Movement for Central Africa"),
        # A militia qualified by a people the dictionary does not list is that people's militia.
        ("Karimojong raiders killed three herders near Lokiriama, Kenya on Sunday.", "Karimojong Ethnic Militia (Kenya)"),
        ("Suspected Nyangatom militia shot dead two fishermen on the lake shore near Kibish, Kenya.",
         "Nyangatom Ethnic Militia (Kenya)"),
        # Herders who act are a herder militia, the Fulani's where the Fulani herd.
        ("Transhumant herders wounded four farmers near Karimama, Benin on Tuesday.", "Fulani Ethnic Militia (Benin)"),
    ],
)
def test_actors_named_as_acled_names_them(text, actor):
    assert _events(text)[0].actor1 == actor


def test_a_creed_is_no_community():
    assert _events("Islamist militia burned a school near Arbinda, Burkina Faso on Friday.")[0].actor1 == \
        "Unidentified Armed Group (Burkina Faso)"


def test_a_word_in_lower_case_is_no_abbreviation():
    assert "MPC: Patriotic Movement for Central Africa" not in {
        r.actor1 for r in _reports("Gunmen fired on the mpc offices in Bangui, Central African Republic on Monday.")}


@pytest.mark.parametrize(
    "text",
    [
        "Villagers attacked a cattle camp near Tanguieta, Benin on Monday, killing two people.",
        "Farmers armed with machetes killed a herder near Kandi, Benin on Friday after a row over crops.",
    ],
)
def test_civilians_who_take_up_arms_are_a_communal_militia(text):
    event = _events(text)[0]
    assert (event.actor1, event.inter1) == ("Communal Militia (Benin)", 4)


@pytest.mark.parametrize(
    "text,actor1,actor2",
    [
        # Who set a device acted; the forces it hit are the other side.
        ("A police truck struck a landmine laid by Al-Shabaab fighters near Lafey, Kenya on Monday.",
         "Al Shabaab", "Police Forces of Kenya (2013-2022)"),
        # Who found or defused a device acted on it.
        ("Soldiers defused a bomb planted by BIFF militants near Datu Piang, Maguindanao, Philippines on Monday.",
         "Military Forces of the Philippines (2016-2022)", "BIFF: Bangsamoro Islamic Freedom Fighters"),
        # Who received a surrender is the other side; an army unit is the army.
        ("Nine NPA guerrillas surrendered to the 39th Infantry Battalion in Kitaotao, Bukidnon, Philippines on Monday.",
         "NPA: New People's Army", "Military Forces of the Philippines (2016-2022)"),
        # A patrol that ran into a device was hit by it; its layer is unseen.
        ("A FAMa patrol hit an IED near Hombori, Mali on Monday.",
         "Unidentified Armed Group (Mali)", "Military Forces of Mali (2021-)"),
        # A car bomb driven at its target was set off by its driver.
        ("An ISWAP suicide bomber drove a car packed with explosives into an army base near Monguno, Nigeria on Monday.",
         "ISWAP", "Military Forces of Nigeria (2015-2023)"),
        # Foreign fighters hired by the state in the Central African Republic are Wagner's.
        ("Mercenaries shot dead three gold miners near Bozoum, Central African Republic on Monday.",
         "Wagner Group", "Civilians (Central African Republic)"),
        # An attack on a post or a station is on the forces that hold it.
        ("Gunmen stormed a gendarmerie post in Titao, Burkina Faso on Monday.",
         "Unidentified Armed Group (Burkina Faso)", "Police Forces of Burkina Faso (2015-2022)"),
    ],
)
def test_the_other_side_as_acled_codes_it(text, actor1, actor2):
    event = _events(text)[0]
    assert (event.actor1, event.actor2) == (actor1, actor2)


@pytest.mark.issue(13)
@pytest.mark.parametrize("text,sub_event_type", [
    ("Opposition activists set fire to a truck near the market in Barisal on Monday.", "Violent demonstration"),
    ("Angry villagers ransacked the health post in Kenema after a patient died.", "Mob violence"),
    ("Angry youths vandalised the council office in Wa in protest against the choice of a new chief executive.",
     "Violent demonstration"),
    # armed men who burn houses destroy property as an armed group
    ("Gunmen set fire to houses in the village of Kauru overnight.", "Looting/property destruction"),
])
def test_property_wrecked_by_protesters_or_a_crowd_is_a_riot(text, sub_event_type):
    assert _reports(text)[0].sub_event_type == sub_event_type


@pytest.mark.issue(13)
@pytest.mark.parametrize("text,sub_event_type", [
    ("Raiders fired on a group of soldiers at the ford.", "Armed clash"),
    ("Bandits fired on a group of farmers at the ford.", "Attack"),
])
def test_a_counting_word_before_the_people_shot_at_says_nothing_of_who_they_are(text, sub_event_type):
    assert _reports(text)[0].sub_event_type == sub_event_type


@pytest.mark.issue(13)
@pytest.mark.parametrize("text", [
    "Police and Naxalite cadres exchanged fire in a forest near Sukma on Tuesday.",
    "Fighting broke out between two rival militias in Djugu territory on Friday, forcing hundreds of families to leave their fields.",
])
def test_a_fight_is_the_news_not_the_flight_it_caused(text):
    assert [r.sub_event_type for r in _reports(text) if r.modality == "reported"][:1] == ["Armed clash"]
