"""The dateline API used by warlog.clean keeps working on the shared month table."""

from datetime import datetime

import pytest

from warlog.dates import find_dateline, parse_dateline


@pytest.mark.parametrize(
    "paragraph,expected",
    [
        ("25 Oct, 2016 21:16", datetime(2016, 10, 25, 21, 16)),
        ("Tue 05 Jul 2016", datetime(2016, 7, 5)),
        ("Sat 17 Jun 2017 | Levant Wire | Army", datetime(2017, 6, 17)),
        ("Published: Sept. 3, 2019", datetime(2019, 9, 3)),
        ("2014-08-07T09:30", datetime(2014, 8, 7, 9, 30)),
    ],
)
def test_parse_dateline(paragraph, expected):
    assert parse_dateline(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph", ["Oct 17", "The offensive began on 17 October 2016 with heavy shelling of the outskirts."]
)
def test_not_a_dateline(paragraph):
    assert parse_dateline(paragraph) is None


def test_find_dateline_looks_at_leading_paragraphs():
    assert find_dateline(["Headline", "04 May, 2017 18:25", "Body text."]) == datetime(2017, 5, 4, 18, 25)
