"""A headline or heading that lost its line break ends before the sentence it ran into."""

import pytest


@pytest.mark.parametrize("text, first", [
    ("Truck Bomb Hits Fuel Depot An explosion tore through a depot in Kora on Monday.", "Truck Bomb Hits Fuel Depot"),
    ("Three hurt as grenade hits bus stop in Lira The attackers fled on foot.", "Three hurt as grenade hits bus stop in Lira"),
    ("Second blast While rescuers searched the rubble, another bomb went off.", "Second blast"),
    ("Share this story We spoke to three witnesses of the raid.", "Share this story"),
    ("Depot Blaze Kills Three Guards A Kora fire officer said the tanks burned for hours.",
     "Depot Blaze Kills Three Guards"),
])
def test_a_line_run_into_a_sentence_ends_before_it(nlp, text, first):
    assert next(iter(nlp(text).sents)).text == first


@pytest.mark.parametrize("text", [
    "Police found Class A drugs and a pistol in the car.",
    "The men of Company A crossed the river at dawn.",
    "Judges at The Hague heard the case, and the editor of The New York Times said nothing.",
    "The army said the rebels had fled.",
    "On Monday The Hague district court ruled on the case.",
    "He told The Kora Herald on Monday that the troops had left.",
])
def test_names_titles_and_labels_split_no_sentence(nlp, text):
    assert len(list(nlp(text).sents)) == 1
