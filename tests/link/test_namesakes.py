"""A town name that a story's outlets place in two states is one town: the one a sentence names the
state of, else the one a headline names the state of, else the one more articles place it at (issue 15)."""

from datetime import date, datetime

from warlog.link.events import build_events
from warlog.link.namesakes import one_place_per_name
from warlog.models import Report, Story

#: Two real towns of one name about 800 km apart.
MAINE = {"location": "Bangor", "admin1": "Maine", "latitude": 44.80, "longitude": -68.77}
PENNSYLVANIA = {"location": "Bangor", "admin1": "Pennsylvania", "latitude": 40.87, "longitude": -75.21}


def _report(n, article, sentence, where, precision=2):
    return Report(report_id=f"r{n}", article_id=article, event_type="Violence against civilians",
                  sub_event_type="Attack", modality="reported", trigger="shot", fatalities_best=1,
                  sentence=sentence, char_start=0, char_end=len(sentence), country="US", geo_precision=precision,
                  event_date=date(2016, 5, 2), date_precision="day", date_from="sentence", **where)


def test_the_state_a_sentence_names_wins_over_more_articles():
    reports = [_report(1, "a1", "A man was shot dead in Bangor on Monday.", MAINE),
               _report(2, "a2", "Bangor police said a man was shot dead.", MAINE),
               _report(3, "a3", "BANGOR, Pennsylvania - A man was shot dead on Monday.", PENNSYLVANIA, 1)]
    assert {r.admin1 for r in one_place_per_name(reports)} == {"Pennsylvania"}
    assert reports[0].admin1 == "Maine"  # the reports themselves keep what their articles say


def test_more_articles_win_when_no_sentence_names_a_state():
    reports = [_report(1, "a1", "A man was shot dead in Bangor.", MAINE),
               _report(2, "a2", "Bangor officers found a man shot dead.", MAINE),
               _report(3, "a3", "A man died after a shooting in Bangor.", PENNSYLVANIA)]
    assert {r.admin1 for r in one_place_per_name(reports)} == {"Maine"}


def test_on_a_tie_the_state_a_headline_of_the_story_names_wins():
    reports = [_report(1, "a1", "A man was shot dead in Bangor.", MAINE),
               _report(2, "a2", "A man died after a shooting in Bangor.", PENNSYLVANIA)]
    titles = {"a1": "Shooting on Main Street", "a2": "Police news | Channel 9, Bangor, Pennsylvania"}
    assert {r.admin1 for r in one_place_per_name(reports, titles)} == {"Pennsylvania"}


def test_a_tie_leaves_each_report_its_own_place():
    reports = [_report(1, "a1", "A man was shot dead in Bangor.", MAINE),
               _report(2, "a2", "A man died after a shooting in Bangor.", PENNSYLVANIA)]
    assert [r.admin1 for r in one_place_per_name(reports)] == ["Maine", "Pennsylvania"]


def test_the_story_makes_one_event_at_the_town_it_means():
    reports = [_report(1, "a1", "A man was shot dead in Bangor on Monday.", MAINE),
               _report(2, "a2", "BANGOR, Pennsylvania - A man was shot dead on Monday.", PENNSYLVANIA, 1)]
    story = Story("s1", ["a1", "a2"], None, None, None, [])
    ids = ["a1", "a2"]
    [event] = build_events([story], reports, published=dict.fromkeys(ids, datetime(2016, 5, 3)),
                           outlet_of=dict.fromkeys(ids), copy_of=dict.fromkeys(ids))
    assert (event.location, event.admin1) == ("Bangor", "Pennsylvania")
