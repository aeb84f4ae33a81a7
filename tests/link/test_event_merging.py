"""Reports of one story merge into events: kinds that outlets tell differently, and bare tolls."""

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from warlog.link.events import build_events
from warlog.models import Report, Story

RAQQA = {"location": "Raqqa", "latitude": 35.95, "longitude": 39.01, "geo_precision": 1,
         "event_date": date(2017, 7, 9), "date_precision": "day"}


def _report(n, sub_event_type, trigger, fatalities=None, event_type="Explosions/Remote violence"):
    return Report(report_id=f"r{n}", article_id=f"a{n}", event_type=event_type, sub_event_type=sub_event_type,
                  trigger=trigger, fatalities_best=fatalities, fatalities_low=fatalities, **RAQQA,
                  sentence=f"... {trigger} ...", char_start=0, char_end=len(trigger) + 8)


def _events(reports):
    story = Story("s1", [r.article_id for r in reports], "Strike on Raqqa", None, None, [])
    ids = [r.article_id for r in reports]
    return build_events([story], reports, published=dict.fromkeys(ids, datetime(2017, 7, 10)),
                        outlet_of=dict.fromkeys(ids), copy_of=dict.fromkeys(ids))


def test_a_bare_toll_joins_the_strike_it_counts_and_does_not_set_its_best_figure():
    [event] = _events([
        _report(1, "Air/drone strike", "struck", 11),
        _report(2, "Air/drone strike", "air raid", 15),
        _report(3, "Attack", "killed", 4, event_type="Violence against civilians"),
    ])
    assert (event.sub_event_type, event.n_reports) == ("Air/drone strike", 3)
    assert (event.fatalities_low, event.fatalities_best) == (4, 11)


def test_clashes_on_the_day_of_a_strike_stay_an_event_of_their_own():
    events = _events([_report(1, "Air/drone strike", "struck", 11), _report(2, "Armed clash", "clashes", 3, event_type="Battles")])
    assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Armed clash"]


def test_one_capture_told_as_liberation_and_as_takeover_is_one_event():
    events = _events([_report(1, "Government regains territory", "liberated", event_type="Battles"),
                      _report(2, "Non-state actor overtakes territory", "captured", event_type="Battles")])
    assert len(events) == 1


def test_a_district_and_its_town_pin_down_the_same_happening():
    from warlog.link import happenings
    from warlog.link.stories import same_happening

    town = _report(1, "Air/drone strike", "struck", 17)
    district = replace(_report(2, "Air/drone strike", "air raid", 43), location="al-Badu", geo_precision=2,
                       latitude=35.952, longitude=39.009)
    found = happenings([town, district])
    assert len(found["a1"]) == len(found["a2"]) == 1
    assert same_happening(*found["a1"], *found["a2"])


def _dated(report_id, start, day, precision, date_from):
    return Report(report_id=report_id, article_id="a1", event_type="Violence against civilians", sub_event_type="Attack",
                  trigger="shot", sentence="... shot ...", char_start=start, char_end=start + 12,
                  **{**RAQQA, "event_date": day, "date_precision": precision}, date_from=date_from)


def test_on_a_tie_the_event_takes_the_day_its_lede_tells_over_one_told_further_down():
    # 'A boy was shot on Sunday ... Sunday's shooting comes after a girl was shot on Saturday night.'
    [event] = _events([_dated("r0", 900, date(2017, 7, 8), "day", "sentence"),
                       _dated("r1", 0, date(2017, 7, 9), "day", "lead")])
    assert event.event_date == date(2017, 7, 9)


def test_on_a_tie_a_statements_day_beats_the_publication_date():
    [event] = _events([_dated("r0", 0, date(2017, 7, 10), "week", "published"),
                       _dated("r1", 300, date(2017, 7, 8), "week", "dateline")])
    assert event.event_date == date(2017, 7, 8)


def test_an_article_that_lists_its_victims_one_by_one_gives_its_lede_toll():
    """The lede's toll is the article's; the victims it then lists one by one are parts of it, and
    another outlet's lower figure still sets the most conservative best."""
    lede, victim = _report(1, "Air/drone strike", "struck", 11), _report(2, "Air/drone strike", "air raid", 1)
    victim.article_id, victim.char_start = "a1", 300
    other = _report(3, "Air/drone strike", "bombed", 9)
    [event] = _events([lede, victim])
    assert event.fatalities_best == 11
    [event] = _events([lede, victim, other])
    assert (event.fatalities_low, event.fatalities_best, event.fatalities_high) == (9, 9, 11)


def _story_of(*reports, published):
    story = Story("s1", list(dict.fromkeys(r.article_id for r in reports)), "Shooting at a party", None, None, [])
    return build_events([story], list(reports), published=published, outlet_of=dict.fromkeys(published),
                        copy_of=dict.fromkeys(published))


@pytest.mark.issue(15)
def test_an_event_told_only_by_a_later_charge_takes_the_day_its_story_began():
    """'Police charged a man on Friday over a teenager's killing' (no day for the shooting, so dated by
    its article, a month on) is the shooting an earlier article dated to 2 June: it happened on or before."""
    shooting = replace(_dated("r0", 0, date(2017, 6, 2), "day", "sentence"), sub_event_type="Armed clash",
                       event_type="Battles")
    charge = replace(_dated("r1", 0, date(2017, 7, 9), "week", "published"), article_id="a2", trigger="killing")
    events = _story_of(shooting, charge, published={"a1": datetime(2017, 6, 3), "a2": datetime(2017, 7, 9)})
    assert [e.event_date for e in events] == [date(2017, 6, 2)] * 2


def test_an_old_case_an_article_recalls_dates_no_undated_event_of_its_story():
    """'A man was shot dead outside a bar' (undated) in an article that recalls that 'two men were killed there
    on 1 March 2015': the old case is no day this story began on."""
    recalled = replace(_dated("r0", 900, date(2015, 3, 1), "day", "sentence"), fatalities_best=2)
    lede = replace(_dated("r1", 0, date(2017, 7, 9), "week", "published"), trigger="killing")
    events = _story_of(recalled, lede, published={"a1": datetime(2017, 7, 9)})
    assert sorted(e.event_date for e in events) == [date(2015, 3, 1), date(2017, 7, 9)]


@pytest.mark.issue(15)
@pytest.mark.parametrize(("told", "day"), [
    # The plea is the day's news: its day is the hearing's, and the shooting happened when the story began.
    ("Dale Ormsby pleaded guilty on Monday to killing a bartender, his lawyer said.", date(2017, 6, 2)),
    # An arrest told with the day of the shooting it follows dates that shooting.
    ("A man has been arrested for Sunday's shooting outside a bar.", date(2017, 11, 12)),
])
def test_a_follow_ups_own_day_in_the_news_of_that_day_does_not_date_the_event(told, day):
    shooting = replace(_dated("r0", 0, date(2017, 6, 2), "day", "sentence"), fatalities_best=1)
    hearing = replace(_dated("r1", 200, day if day.month == 11 else date(2017, 11, 13), "day", "sentence"),
                      article_id="a2", sentence=told)
    retold = replace(_dated("r2", 0, date(2017, 11, 13), "day", "published"), article_id="a2", fatalities_best=1,
                     sentence="A man was shot dead outside a bar in 2017.")
    events = _story_of(shooting, hearing, retold, published={"a1": datetime(2017, 6, 3), "a2": datetime(2017, 11, 13)})
    follow_up = next(e for e in events if "a2" in e.article_ids)
    assert follow_up.event_date == day


@pytest.mark.issue(15)
def test_a_month_the_text_tells_for_the_event_beats_the_day_its_news_came_out():
    # 'A girl was shot in June' in an article of 10 July, beside sentences the article alone dates.
    [event] = _events([_dated("r0", 0, date(2017, 7, 10), "week", "published"),
                       _dated("r1", 300, date(2017, 6, 15), "month", "sentence")])
    assert (event.event_date, event.date_precision) == (date(2017, 6, 15), "month")


@pytest.mark.issue(15)
def test_a_follow_up_dates_the_shooting_it_follows_by_the_day_it_names_for_it():
    """'A grand jury indicted a man after a toddler was shot' (undated) in an article that says further down
    'the shooting happened on 30 May': the indictment's article is about that shooting."""
    told = replace(_dated("r0", 900, date(2017, 5, 30), "day", "sentence"), fatalities_best=1)
    lede = replace(_dated("r1", 0, date(2017, 10, 16), "week", "published"), trigger="shot",
                   sentence="A grand jury indicted a man after a toddler was shot with his rifle.")
    events = _story_of(told, lede, published={"a1": datetime(2017, 10, 16)})
    assert [e.event_date for e in events] == [date(2017, 5, 30)] * 2


@pytest.mark.issue(15)
def test_an_event_dated_to_a_month_takes_the_day_its_story_gives_within_it():
    # 'A boy slain in a shootout this month' (16 January) and another outlet's 'shot on Sunday' (8 January).
    shooting = _dated("r0", 0, date(2017, 1, 8), "day", "sentence")
    later = replace(_dated("r1", 0, date(2017, 1, 10), "month", "sentence"), article_id="a2", fatalities_best=1)
    events = _story_of(shooting, later, published={"a1": datetime(2017, 1, 9), "a2": datetime(2017, 1, 19)})
    assert [e.event_date for e in events] == [date(2017, 1, 8)] * len(events)


@pytest.mark.issue(15)
def test_on_an_even_vote_the_day_nearest_its_own_news_wins():
    """Two outlets stamped on the 12th: one tells the shooting 'on Wednesday' (the 12th), the other 'late on
    Tuesday'. Each day has one vote; the one its article was written on wins, though the other came out first."""
    near = replace(_dated("r0", 0, date(2017, 7, 12), "day", "sentence"), article_id="a2")
    far = _dated("r1", 0, date(2017, 7, 11), "day", "sentence")
    events = _story_of(far, near, published={"a1": datetime(2017, 7, 12, 6), "a2": datetime(2017, 7, 12, 9)})
    assert [e.event_date for e in events] == [date(2017, 7, 12)]


@pytest.mark.issue(15)
def test_an_undated_report_takes_the_day_its_article_gives_when_it_tells_the_event_again():
    """'A boy was wounded by a friend's gun, police said' (dated only by its article, on Monday) and further
    down, told again, 'he reached the hospital early on Saturday': the shooting was on Saturday."""
    first = _dated("r0", 0, date(2017, 7, 10), "week", "published")
    again = replace(_dated("r1", 250, date(2017, 7, 8), "day", "sentence"), modality="retold")
    [event] = _story_of(first, again, published={"a1": datetime(2017, 7, 10)})
    assert event.event_date == date(2017, 7, 8)


def test_a_retelling_dated_only_by_its_articles_lead_does_not_date_the_event():
    """A day the article gives all its events (here a hearing's) is no day of the shooting it tells again."""
    first = _dated("r0", 0, date(2017, 7, 10), "week", "published")
    again = replace(_dated("r1", 250, date(2017, 7, 10), "day", "lead"), modality="retold")
    [event] = _story_of(first, again, published={"a1": datetime(2017, 7, 11)})
    assert (event.event_date, event.date_precision) == (date(2017, 7, 10), "week")


@pytest.mark.issue(13)
def test_a_tie_between_sub_types_goes_to_the_one_told_first_not_to_the_first_report_id():
    shelled = replace(_report(1, "Shelling/artillery/missile attack", "shelled"), article_id="a1", char_start=300, char_end=310)
    struck = replace(_report(2, "Air/drone strike", "air strike"), article_id="a1", char_start=10, char_end=20)
    [event] = _events([shelled, struck])
    assert event.sub_event_type == "Air/drone strike"


@pytest.mark.issue(15)
def test_news_dated_only_by_its_own_day_joins_the_shooting_another_outlet_dated_days_before():
    """'Police have named the man wounded at the bus stop' (no day: dated by its article, ten days on)
    tells the shooting another outlet dated to a Sunday and gave one wounded: one event, on that Sunday."""
    shot = replace(_dated("r0", 0, date(2017, 7, 30), "day", "sentence"), injured_best=1, injured_low=1)
    arrests = replace(_dated("r1", 0, date(2017, 8, 9), "week", "published"), article_id="a2",
                      sentence="Police have named the man wounded at the bus stop.")
    [event] = _story_of(shot, arrests, published={"a1": datetime(2017, 7, 31), "a2": datetime(2017, 8, 9)})
    assert (event.n_articles, event.event_date, event.injured_best) == (2, date(2017, 7, 30), 1)


@pytest.mark.issue(15)
@pytest.mark.parametrize(("day", "told"), [
    # Its news came out over a week before this shooting: it cannot tell it.
    (date(2017, 8, 19), "A woman was shot on Elm Street on Saturday."),
    # A trial's day is no day of the shooting.
    (date(2017, 8, 1), "Jurors will be chosen on Tuesday for the trial of the man charged in the shooting."),
])
def test_news_dated_only_by_its_own_day_stays_apart_from_a_later_day_and_a_follow_ups(day, told):
    other = replace(_dated("r0", 0, day, "day", "sentence"), sentence=told)
    undated = replace(_dated("r1", 0, date(2017, 8, 9), "week", "published"), article_id="a2")
    events = _story_of(other, undated, published={"a1": datetime.combine(day + timedelta(days=1), datetime.min.time()), "a2": datetime(2017, 8, 9)})
    assert len(events) == 2


@pytest.mark.issue(15)
@pytest.mark.parametrize(("second_day", "events"), [
    # 'Four teenagers were wounded late on Friday outside a party ... A fifth walked into a hospital early on
    # Saturday with a bullet wound': one night told across midnight.
    (date(2017, 7, 8), 1),
    # 'A man was shot on Friday ... On Sunday a woman was shot two streets away': two shootings.
    (date(2017, 7, 9), 2),
])
def test_one_article_telling_a_night_across_midnight_tells_one_shooting(second_day, events):
    friday = replace(_dated("r0", 0, date(2017, 7, 7), "day", "sentence"), injured_best=4, injured_low=4)
    later = replace(_dated("r1", 400, second_day, "day", "sentence"), injured_best=1, injured_low=1)
    assert len(_story_of(friday, later, published={"a1": datetime(2017, 7, 10)})) == events


@pytest.mark.issue(15)
@pytest.mark.parametrize(("told", "events"), [
    ("She was rushed to a hospital in Carver, where she is in stable condition.", 1),
    # A shooting in the other town, told with its own hospital elsewhere, is another shooting.
    ("A man was shot in Carver an hour later and taken to a hospital in Milltown.", 2),
])
def test_the_town_a_hospital_stands_in_neither_parts_nor_places_the_shooting(told, events):
    shot = replace(_dated("r0", 0, date(2017, 7, 7), "day", "sentence"), location="Elmwood", injured_best=1,
                   sentence="A woman was shot outside a bar in Elmwood late on Friday.")
    carver = replace(_dated("r1", 120, date(2017, 7, 7), "day", "sentence"), location="Carver", latitude=36.22,
                     injured_best=1, sentence=told)
    found = _story_of(shot, carver, published={"a1": datetime(2017, 7, 8)})
    assert len(found) == events
    assert next(e for e in found if "r0" in e.report_ids).location == "Elmwood"


def _told_in(article, day, precision, date_from, start=0):
    return replace(_dated(f"r-{article}-{start}", start, day, precision, date_from), article_id=article)


def test_news_dated_only_by_its_page_does_not_take_a_shooting_another_outlet_dates_days_later():
    # 'Police investigate a shooting near the fairgrounds' (a page of 3 July, no day in its text) and
    # 'A boy was shot on Sunday' (8 July, another outlet): a page cannot tell what had not happened yet.
    early_page = _told_in("a1", date(2017, 7, 3), "week", "published")
    later_day = _told_in("a2", date(2017, 7, 8), "day", "sentence")
    events = _events([early_page, later_day])
    assert len(events) == 2
    assert {e.event_date for e in events} == {date(2017, 7, 3), date(2017, 7, 8)}


def test_a_page_dated_a_day_before_the_day_another_outlet_gives_may_still_tell_it():
    # A late-evening page read in another time zone lands on the calendar day before.
    events = _events([_told_in("a1", date(2017, 7, 7), "week", "published"),
                      _told_in("a2", date(2017, 7, 8), "day", "sentence")])
    assert len(events) == 1



@pytest.mark.issue(15)
def test_an_attack_and_a_gun_battle_at_one_place_and_day_are_one_shooting():
    """'A gunman opened fire on the guards of a club' and 'the gun battle spilled into the car park':
    a word for shots fired both ways names the same shooting; clashes told otherwise stay apart."""
    events = _events([_report(1, "Attack", "opened fire", 1, event_type="Violence against civilians"),
                      _report(2, "Armed clash", "gun battle", event_type="Battles")])
    assert len(events) == 1
    events = _events([_report(1, "Attack", "opened fire", 1, event_type="Violence against civilians"),
                      _report(2, "Armed clash", "clashes", event_type="Battles")])
    assert len(events) == 2
