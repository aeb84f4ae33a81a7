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
    ],
)
def test_a_note_naming_no_known_place_takes_its_country_from_other_evidence(nlp, text, country):
    from warlog.places import document_country, find_places

    assert document_country(find_places(nlp(text)), text).country == country


def test_an_event_known_only_by_its_country_is_coded_there_at_precision_3():
    text = "Gunmen set fire to a rubber tapping shed guarded by defence volunteers; no one was hurt."
    report = extract(text, published="2021-03-02", outlet="Test Wire").reports[0]
    assert (report.country, report.geo_precision, report.admin1) == ("TH", 3, None)


def test_a_surname_shared_with_a_country_cue_is_no_evidence_when_written_otherwise(nlp):
    # 'Okada' alone is a Japanese surname as often as a Nigerian motorcycle taxi: only the riders count.
    from warlog.places import document_country, find_places

    text = "A man named Okada was injured when a scaffold collapsed."
    assert document_country(find_places(nlp(text)), text).country != "NG"
