"""What only tells part of an event again is no event: an article's second count of its dead, the fighting
for a town on the day it changed hands; and an undated lede joins the change of hands it tells, or the
killing whose toll it gives."""

from dataclasses import replace
from datetime import date, datetime

import pytest

from warlog.link import happenings
from warlog.link.events import build_events
from warlog.link.stories import same_happening
from warlog.models import Report, Story

TOWN = {"location": "Raqqa", "latitude": 35.95, "longitude": 39.01, "geo_precision": 1,
        "event_date": date(2017, 7, 9), "date_precision": "day", "date_from": "sentence"}
#: A town some 60 km off, where the dead of the strike came from.
HOME_TOWN = {"location": "Maskanah", "latitude": 35.97, "longitude": 38.04}


def _report(n, sub_event_type, event_type, trigger, *, article="a1", start=0, dead=None, modality="reported", **where):
    return Report(report_id=f"r{n}", article_id=article, event_type=event_type, sub_event_type=sub_event_type,
                  modality=modality, trigger=trigger, fatalities_best=dead, sentence=f"... {trigger} ...",
                  char_start=start, char_end=start + 20, **{**TOWN, **where})


def _events(reports, published=datetime(2017, 7, 10)):
    ids = list(dict.fromkeys(r.article_id for r in reports))
    story = Story("s1", ids, None, None, None, [])
    return build_events([story], reports, published=dict.fromkeys(ids, published), outlet_of=dict.fromkeys(ids),
                        copy_of=dict.fromkeys(ids))


STRIKE = _report(1, "Air/drone strike", "Explosions/Remote violence", "struck", dead=9)


def test_an_article_counting_its_dead_again_by_their_home_towns_makes_no_second_event():
    retold = _report(2, "Armed clash", "Battles", "dead", start=700, dead=9, **HOME_TOWN)
    [event] = _events([STRIKE, retold])
    assert (event.sub_event_type, event.location, event.fatalities_best) == ("Air/drone strike", "Raqqa", 9)


def test_a_toll_another_article_gives_at_another_town_stays_an_event():
    elsewhere = _report(2, "Armed clash", "Battles", "dead", article="a2", dead=9, **HOME_TOWN)
    assert len(_events([STRIKE, elsewhere])) == 2


TAKEN = _report(1, "Government regains territory", "Battles", "retook")


def test_fighting_in_a_town_on_the_day_it_changed_hands_is_the_battle_for_it():
    region = {"location": "Raqqa governorate", "geo_precision": 3}
    fighting = _report(2, "Armed clash", "Battles", "fighting", start=300, modality="ongoing", **region)
    [event] = _events([TAKEN, fighting])
    assert event.sub_event_type == "Government regains territory"


def test_fighting_in_another_town_that_day_stays_a_clash_of_its_own():
    fighting = _report(2, "Armed clash", "Battles", "fighting", start=300, modality="ongoing", **HOME_TOWN)
    assert sorted(e.sub_event_type for e in _events([TAKEN, fighting])) == ["Armed clash", "Government regains territory"]


def test_an_undated_lede_on_a_change_of_hands_is_the_one_dated_days_before():
    undated = {"event_date": date(2017, 7, 11), "date_precision": "week", "date_from": "published"}
    lede = _report(2, "Non-state actor overtakes territory", "Battles", "liberation", article="a2", **undated)
    found = happenings([TAKEN, lede])
    assert same_happening(*found["a2"], *found["a1"])
    shooting = replace(lede, sub_event_type="Attack", event_type="Violence against civilians", trigger="shot")
    assert "a2" not in happenings([TAKEN, shooting])


@pytest.mark.issue(15)
@pytest.mark.parametrize(("dead", "joins"), [(4, True), (2, False)])
def test_an_undated_lede_with_a_rare_toll_is_the_killing_of_as_many_dated_days_before(dead, joins):
    """'Four dead in a shooting in Raqqa' (dated by its page, two days on) is the shooting another outlet dated
    with four dead there; a lede with another toll, or one of one or two dead (such shootings recur from one
    day to the next in a town), is not known by its toll."""
    dated = _report(1, "Attack", "Violence against civilians", "shot", dead=4)
    undated = {"event_date": date(2017, 7, 11), "date_precision": "week", "date_from": "published"}
    lede = _report(2, "Attack", "Violence against civilians", "shooting", article="a2", dead=dead, **undated)
    found = happenings([dated, lede])
    assert ("a2" in found and same_happening(*found["a2"], *found["a1"])) == joins
    other_toll = happenings([replace(dated, fatalities_best=5), lede])
    assert not ("a2" in other_toll and same_happening(*other_toll["a2"], *other_toll["a1"]))


@pytest.mark.issue(15)
@pytest.mark.parametrize(("hurt", "joins"), [(4, True), (3, False)])
def test_an_undated_lede_with_many_shot_is_the_shooting_dated_days_before_with_as_many_dead_and_hurt(hurt, joins):
    """'A man killed his uncle and wounded four others' (dated by its page, two days on) is the shooting
    another outlet dated with one dead and four hurt there; one with another count of the hurt is not."""
    dated = replace(_report(1, "Attack", "Violence against civilians", "shot", dead=1), injured_best=4)
    undated = {"event_date": date(2017, 7, 11), "date_precision": "week", "date_from": "published"}
    lede = replace(_report(2, "Attack", "Violence against civilians", "opened fire", article="a2", dead=1, **undated),
                   injured_best=hurt)
    found = happenings([dated, lede])
    assert ("a2" in found and same_happening(*found["a2"], *found["a1"])) == joins


def test_an_undated_lede_with_two_shot_is_known_by_no_toll():
    """Shootings with one or two hurt recur in a town from one day to the next: such a lede pins nothing down."""
    undated = {"event_date": date(2017, 7, 11), "date_precision": "week", "date_from": "published"}
    lede = replace(_report(2, "Attack", "Violence against civilians", "shot", article="a2", dead=1, **undated),
                   injured_best=1)
    assert "a2" not in happenings([lede])
