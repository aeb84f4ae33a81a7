"""Regions in force on an event's day (issue 14): datasets coded years ago file events under the
regions of their time, and a user extending one asks for those with WARLOG_UNITS=historical."""

from datetime import date, datetime

import pytest

from warlog.extract import extract_article
from warlog.models import Article
from warlog.places.past_units import admin1_then, historical_requested, historical_units

pytestmark = pytest.mark.issue(14)


@pytest.mark.parametrize(("country", "admin1", "admin2", "day", "then"), [
    ("PK", "Khyber Pakhtunkhwa", "North Waziristan", date(2015, 3, 1), "Federally Administered Tribal Areas"),
    ("PK", "Khyber Pakhtunkhwa", "North Waziristan", date(2019, 3, 1), "Khyber Pakhtunkhwa"),
    ("PK", "Khyber Pakhtunkhwa", "Peshawar", date(2015, 3, 1), "Khyber Pakhtunkhwa"),
    ("NP", "Lumbini", "Banke", date(2015, 5, 2), "Mid-West"),
    ("NP", "Lumbini", "Rupandehi", date(2015, 5, 2), "West"),
    ("NP", "Bagmati", None, date(2016, 1, 9), "Central"),
    ("NP", "Madhesh", None, date(2015, 9, 1), "Central"),
    ("NP", "Madhesh", "Siraha", date(2015, 9, 1), "East"),
    ("NP", "Bagmati", "Kathmandu", date(2021, 1, 9), "Bagmati"),
    ("MM", "Shan-North", "Lashio", date(2022, 6, 1), "Shan"),
    ("BD", "Mymensingh", "Jamalpur", date(2015, 1, 20), "Dhaka"),
    ("BD", "Mymensingh", "Jamalpur", date(2016, 1, 20), "Mymensingh"),
    ("IN", "Telangana", "Hyderabad", date(2013, 1, 1), "Andhra Pradesh"),
    ("NP", "Lumbini", "Banke", None, "Lumbini"),
])
def test_a_region_is_the_one_in_force_on_the_day(country, admin1, admin2, day, then):
    assert admin1_then(country, admin1, admin2, day) == then


def test_historical_units_are_asked_for_inside_the_block_only():
    assert not historical_requested()
    with historical_units():
        assert historical_requested()
    assert not historical_requested()


def test_a_report_takes_the_region_of_its_day_when_asked(nlp):
    text = "On 4 March 2015, a drone strike hit a compound in Miranshah, North Waziristan, killing four militants."
    article = Article(article_id="a", text=text, source="test", published=datetime(2015, 3, 6, 12))
    today = extract_article(article, nlp).reports[0]
    with historical_units():
        then = extract_article(article, nlp).reports[0]
    assert today.admin1 == "Khyber Pakhtunkhwa"
    assert then.admin1 == "Federally Administered Tribal Areas"
