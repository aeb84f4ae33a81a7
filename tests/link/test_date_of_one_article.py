"""One article that dates what followed its event a day later (an arrest the next day, a death in hospital)
gives the event the day it tells first; between outlets, the day nearer each one's news still wins a tie."""

from datetime import date, datetime

import pytest

from warlog.link.events import build_events
from warlog.models import Report, Story

PLACE = {"location": "Kolo", "latitude": 6.9, "longitude": 2.6, "geo_precision": 1, "date_precision": "day",
         "date_from": "sentence"}


def _report(n, trigger, day, *, article="a1", start=0):
    return Report(report_id=f"r{n}", article_id=article, event_type="Violence against civilians",
                  sub_event_type="Attack", trigger=trigger, sentence=f"... {trigger} ...", char_start=start,
                  char_end=start + 20, event_date=day, **PLACE)


def _events(reports, published=datetime(2022, 2, 15)):
    ids = list(dict.fromkeys(r.article_id for r in reports))
    story = Story("s1", ids, None, None, None, [])
    return build_events([story], reports, published=dict.fromkeys(ids, published), outlet_of=dict.fromkeys(ids),
                        copy_of=dict.fromkeys(ids))


@pytest.mark.issue(14)
def test_one_article_dates_its_event_by_the_day_it_tells_first():
    # 'On 8 February, gunmen shot a guard at a clinic in Kolo. He died in hospital the following day.'
    shot = _report(1, "shot", date(2022, 2, 8))
    died = _report(2, "died", date(2022, 2, 9), start=80)
    [event] = _events([shot, died])
    assert event.event_date == date(2022, 2, 8)


@pytest.mark.issue(14)
def test_between_outlets_the_day_nearer_its_own_news_still_wins_a_tie():
    early = _report(1, "shot", date(2022, 2, 8), article="a1")
    later = _report(2, "shot", date(2022, 2, 9), article="a2")
    [event] = _events([early, later])
    assert event.event_date == date(2022, 2, 9)
