"""The country of a short note that names no place the gazetteer knows, from its other evidence: state
forces and armed groups, peoples, leaders, words only one country's news uses, currencies (invented notes)."""

import pytest

from warlog import extract


@pytest.mark.parametrize(
    "text,country",
    [
        ("Defence volunteers escorting teachers to a school exchanged fire with gunmen; nobody was hurt.", "TH"),
        ("Landguards armed with machetes chased farmers off a disputed plot at dawn.", "GH"),
        ("Traders selling rice at 900 naira a bag marched against new market levies.", "NG"),
        ("Okada riders blocked the highway after a colleague was beaten by officers.", "NG"),
        ("Burma Army troops shelled a monastery compound, wounding four novices.", "MM"),
        ("Supporters of Thaksin gathered outside a provincial court to await a verdict.", "TH"),
        ("Hawkers evicted from Uhuru Park threw stones at county askaris.", "KE"),
        ("A Petroleum Facilities Guard unit exchanged fire with unknown gunmen at a pumping station.", "LY"),
        ("Bodu Bala Sena supporters burned tyres outside a police station after an arrest.", "LK"),
        ("Students were lathi-charged while staging a sit-in outside the vice-chancellor's office.", "IN"),
        ("Youths loyal to a rival claimant set fire to the Traditional Council's office over a stool dispute.", "GH"),
        ("Two PNU agents were beaten at a tallying centre as results were read.", "KE"),
        ("Villagers of a remote chiefdom chased away surveyors sent to mark a mining concession.", "SL"),
        ("Upper-caste men beat a Dalit groom for riding a horse to his wedding.", "IN"),
        ("Two levies personnel guarding a polio team were shot dead by men on a motorbike.", "PK"),
        ("A suspected Muslim separatist cell set off a roadside bomb as a ranger patrol passed.", "TH"),
    ],
)
def test_a_note_naming_no_known_place_takes_its_country_from_other_evidence(nlp, text, country):
    from warlog.places import document_country, find_places

    assert document_country(find_places(nlp(text)), text).country == country


def test_an_event_known_only_by_its_country_is_coded_there_at_precision_3_in_the_capitals_region():
    text = "Gunmen set fire to a rubber tapping shed guarded by defence volunteers; no one was hurt."
    report = extract(text, published="2021-03-02", outlet="Test Wire").reports[0]
    assert (report.country, report.geo_precision, report.admin1) == ("TH", 3, "Bangkok")


def test_the_capital_of_a_country_whose_government_sits_elsewhere_is_its_seat_of_government():
    # Porto-Novo is Benin's capital in law; the presidency, ministries and press are in Cotonou.
    known_by_country = ("Men armed with machetes attacked a delegation of Boni Yayi's party on a rural road, "
                        "wounding three.")
    report = extract(known_by_country, published="2021-03-02", outlet="Test Wire").reports[0]
    assert (report.country, report.geo_precision, report.admin1) == ("BJ", 3, "Littoral")
    named_so = "A grenade was thrown at a bar in the Beninese capital late on Friday, wounding two people."
    report = extract(named_so, published="2021-03-02", outlet="Test Wire").reports[0]
    assert (report.location, report.geo_precision) == ("Cotonou", 1)


def test_a_surname_shared_with_a_country_cue_is_no_evidence_when_written_otherwise(nlp):
    # 'Okada' alone is a Japanese surname as often as a Nigerian motorcycle taxi: only the riders count.
    from warlog.places import document_country, find_places

    text = "A man named Okada was injured when a scaffold collapsed."
    assert document_country(find_places(nlp(text)), text).country != "NG"


def _country(nlp, text):
    from warlog.places import document_country, find_places
    from warlog.places.name_hints import unplaced_name_evidence

    doc = nlp(text)
    return document_country(find_places(doc), text, unplaced=unplaced_name_evidence(doc)).country


@pytest.mark.parametrize("text", [
    "A few hundred marchers gathered outside the Ugandan Embassy to denounce a new media law.",
    "Demonstrators burned a flag in front of the embassy of France after the cartoons were reprinted.",
])
def test_an_embassy_is_never_in_its_own_country(nlp, text):
    assert _country(nlp, text) not in {"UG", "FR"}


def test_refugees_named_by_nationality_are_abroad(nlp):
    text = "Police raided a Somali refugee settlement at night and detained dozens of young men."
    assert _country(nlp, text) != "SO"


def test_both_sides_of_a_border_written_as_a_pair_are_far_sides(nlp):
    # Only 'Kenya' becomes a mention in 'Somalia-Kenya'; Somalia is as much a far side as Kenya.
    text = ("Kenyan soldiers camped near the Somalia-Kenya border fought gunmen for hours. The gunmen were said "
            "to answer to a former Somali colonel.")
    assert _country(nlp, text) != "SO"


def test_a_country_the_attackers_fled_to_is_where_they_went_after(nlp):
    text = "Raiders shot a herder dead at a borehole and then escaped into Ethiopia with forty camels."
    assert _country(nlp, text) != "ET"


def test_a_name_left_unplaced_still_tells_the_country_when_only_one_country_has_it(nlp):
    # 'Mohmand Agency' read as an organisation is no event place, but only Pakistan has one.
    assert _country(nlp, "Six soldiers died when militants ambushed a convoy in the hills of Mohmand Agency.") == "PK"
    assert _country(nlp, "Raiders attacked Loiyangalani at dawn, driving off two hundred goats.") == "KE"


def test_an_unplaced_name_counts_for_the_country_of_the_entries_spelled_as_written(nlp):
    # Only Benin has a 'Bante'; the Philippine 'Bantay' shares its key through the 'ay'/'e' fold alone.
    assert _country(nlp, "Thieves robbed the Bante cotton cooperative of its takings overnight.") == "BJ"


def test_a_capitalised_english_word_naming_a_village_is_no_country_evidence(nlp):
    assert _country(nlp, "Lawyers marched to parliament to demand the release of a colleague.") is None


def test_a_village_whose_only_namesake_lies_abroad_yields_to_a_clear_country():
    # Only India's Gopalpur is in the gazetteer; the parties and the upazila are Bangladesh's.
    text = "Jubo League activists hacked a Chhatra Dal leader to death at Gopalpur village in a remote upazila on Sunday night."
    report = extract(text, published="2021-03-02", outlet="Test Wire").reports[0]
    assert (report.country, report.geo_precision) == ("BD", 3)


def test_a_capital_named_as_such_keeps_the_event_though_the_note_is_about_another_country():
    text = "Thousands marched in Nairobi against the Tatmadaw's crackdown on the NLD, carrying portraits of Suu Kyi."
    report = extract(text, published="2021-03-02", outlet="Test Wire").reports[0]
    assert (report.country, report.location) == ("KE", "Nairobi")


@pytest.mark.parametrize("text,country", [
    ("Lecturers at Kumasi Polytechnic locked the main gate to press for unpaid allowances.", "GH"),
    ("A lecturer was beaten by guards at the University of Eldoret over a disputed exam.", "KE"),
    ("Bobo-Dioulasso Dafra University students boycotted lectures after a fee rise.", "BF"),
    ("Vendors rallied outside the Phnom Penh Night Market office against a rent rise.", "KH"),
    # Brazil has a Colombo too; a body is named after the capital.
    ("Welders at the Colombo Dockyard walked out over unpaid overtime.", "LK"),
])
def test_a_town_named_inside_the_name_of_a_body_tells_the_country(nlp, text, country):
    # The parse reads these as organisations, never as places; a school named after a big town is in it.
    assert _country(nlp, text) == country


def test_a_town_named_beside_a_far_side_keeps_its_country(nlp):
    # Kenya is where the rebels fled to, but Nairobi, where they live now, is in it too.
    text = "Officials say a band of LRA deserters escaped to Kenya and are hiding in Nairobi."
    assert _country(nlp, text) == "KE"


@pytest.mark.parametrize("text,country", [
    ("Residents in Benin marched against the Danish government's ruling on a shrine.", "BJ"),
    ("Customs officers held a Tunisian trader at the airport, on his way to Italy with cash.", "TN"),
])
def test_a_tie_goes_to_the_country_named_over_a_nationality(nlp, text, country):
    assert _country(nlp, text) == country


@pytest.mark.parametrize("text", [
    "Gunmen boarded a cargo ship with a Greek captain and three Filipino crew members.",
    "Youths blocked the access road to a Canadian mining company's pit.",
    "Two French journalists were detained at a checkpoint.",
])
def test_nationalities_of_visitors_and_foreign_firms_are_no_country_evidence(text):
    from warlog.places.country import demonym_evidence

    assert not demonym_evidence(text)


def test_a_nationality_of_forces_is_still_evidence():
    from warlog.places.country import demonym_evidence

    assert demonym_evidence("Malian soldiers repelled an attack on their camp.") == {"ML": 0.5}


def test_an_admin_word_outweighs_a_village_whose_namesake_lies_abroad(nlp):
    # Only India's Islampur is in the gazetteer; an upazila is a unit only Bangladesh has.
    assert _country(nlp, "Police fired on a crowd at Islampur bazar in a remote upazila, wounding four.") == "BD"


def test_a_thai_name_written_without_its_hyphen_is_found(nlp):
    from warlog.places import find_places

    found = find_places(nlp("Two rangers were hurt when a bomb went off beside a rubber plantation in Rangae."))
    assert [(p.name, p.country) for p in found] == [("Ra-ngae", "TH")]
