"""A bomb that went off in its planters' hands is ACLED's disrupted weapons use, and the blast a later sentence
tells ('both men died in the explosion') is the same incident, its toll the event's; a bomb defused is no blast."""

from datetime import date, datetime

import pytest

from warlog.link.events import build_events
from warlog.models import Report, Story

PLACE = {"location": "Kolo", "latitude": 6.9, "longitude": 2.6, "geo_precision": 1, "date_precision": "day",
         "date_from": "sentence", "event_date": date(2022, 2, 8)}


def _report(n, event_type, sub_event_type, trigger, sentence, dead=None, start=0):
    return Report(report_id=f"r{n}", article_id="a1", event_type=event_type, sub_event_type=sub_event_type,
                  trigger=trigger, sentence=sentence, char_start=start, char_end=start + 20, fatalities_best=dead,
                  **PLACE)


def _events(reports):
    story = Story("s1", ["a1"], None, None, None, [])
    return build_events([story], reports, published={"a1": datetime(2022, 2, 15)}, outlet_of={"a1": None},
                        copy_of={"a1": None})


def _mishap(sentence):
    return _report(1, "Strategic developments", "Disrupted weapons use", "bomb", sentence)


@pytest.mark.issue(13)
@pytest.mark.parametrize("event_type,sub_event_type,trigger", [
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", "explosion"),
    ("Violence against civilians", "Attack", "died"),
])
def test_the_blast_told_after_a_bomb_went_off_unmeant_is_its_toll(event_type, sub_event_type, trigger):
    mishap = _mishap("A bomb exploded prematurely as two men were burying it beside a road near Kolo.")
    toll = _report(2, event_type, sub_event_type, trigger, "Both men died in the explosion.", dead=2, start=90)
    [event] = _events([mishap, toll])
    assert (event.sub_event_type, event.fatalities_best) == ("Disrupted weapons use", 2)


@pytest.mark.issue(13)
def test_a_bomb_defused_is_no_blast_for_another_toll():
    defused = _mishap("Soldiers defused a bomb found beside a road near Kolo.")
    blast = _report(2, "Explosions/Remote violence", "Remote explosive/landmine/IED", "explosion",
                    "An explosion at a fuel depot killed two workers.", dead=2, start=90)
    assert len(_events([defused, blast])) == 2
