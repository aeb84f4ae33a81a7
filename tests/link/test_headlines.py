"""A headline's toll chooses between the figures its article's text gives (issue 15)."""

from datetime import datetime

import pytest

from warlog.link.events import build_events
from warlog.link.headlines import headline_tolls
from warlog.models import Report, Story


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "title,tolls",
    [
        ("3 dead, 2 hurt after gunfire at Linden block party", {"fatalities": {3}, "injured": {2}}),
        ("Gunman kills four at Linden diner", {"fatalities": {4}}),
        ("Six wounded outside a Linden club", {"injured": {6}}),
        ("Five shot, two fatally, on Linden's east side", {"fatalities": {2}, "injured": {3}}),
        ("Cashier killed, three others injured in Linden store robbery", {"fatalities": {1}, "injured": {3}}),
        ("Police: 7 people shot near Linden park", {"injured": {7}}),
        ("14-year-old hurt in Linden; police seek 2 men", {}),
        ("Linden council approves budget for 2017", {}),
        (None, {}),
    ],
)
def test_headline_tolls(title, tolls):
    assert headline_tolls(title) == tolls


def _report(n, article, start, dead, trigger="killed"):
    return Report(report_id=f"r{n}", article_id=article, event_type="Violence against civilians", sub_event_type="Attack",
                  trigger=trigger, fatalities_best=dead, fatalities_low=dead, location="Linden", latitude=40.63,
                  longitude=-74.24, geo_precision=1, sentence=f"... {trigger} ...", char_start=start,
                  char_end=start + 20)


def _events(reports, titles):
    ids = list(dict.fromkeys(r.article_id for r in reports))
    story = Story("s1", ids, "Shooting at a Linden bar", None, None, [])
    return build_events([story], reports, published=dict.fromkeys(ids, datetime(2016, 6, 12)),
                        outlet_of=dict.fromkeys(ids), copy_of=dict.fromkeys(ids), titles=titles)


@pytest.mark.issue(15)
def test_a_headline_finds_the_whole_toll_where_the_lede_tells_one_victim():
    """'One of the four people killed was a retired nurse' (read as one dead), then 'four people were
    killed': the headline '4 killed in Linden bar shooting' says the article's toll is the four."""
    reports = [_report(1, "a1", 0, 1), _report(2, "a1", 400, 4)]
    [event] = _events(reports, {"a1": "4 killed in Linden bar shooting"})
    assert event.fatalities_best == 4
    [event] = _events(reports, {"a1": "Linden mourns a retired nurse"})
    assert event.fatalities_best == 1


@pytest.mark.issue(15)
def test_a_headline_never_lowers_the_toll_its_lede_gives():
    """'Infant, 2 women killed': the headline names parts of the toll the lede gives whole (three)."""
    reports = [_report(1, "a1", 0, 3), _report(2, "a1", 500, 2)]
    [event] = _events(reports, {"a1": "Infant, 2 women killed in Linden shooting"})
    assert event.fatalities_best == 3
