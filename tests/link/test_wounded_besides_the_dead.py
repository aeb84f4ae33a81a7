"""The wounded of an event with dead: one person told as hurt after the toll is the dead told again (issue 15)."""

from datetime import datetime

import pytest

from warlog.link.events import build_events
from warlog.models import Report, Story


def _report(n, start, dead=None, hurt=None, hurt_low=None, sentence="... shot ..."):
    return Report(report_id=f"r{n}", article_id="a1", event_type="Violence against civilians", sub_event_type="Attack",
                  trigger="shot", fatalities_best=dead, fatalities_low=dead, injured_best=hurt,
                  injured_low=hurt if hurt_low is None else hurt_low, location="Linden", latitude=40.63,
                  longitude=-74.24, geo_precision=1, sentence=sentence, char_start=start, char_end=start + 20)


def _event(*reports):
    story = Story("s1", ["a1"], "Shooting in Linden", None, None, [])
    [event] = build_events([story], list(reports), published={"a1": datetime(2016, 6, 12)}, outlet_of={"a1": None},
                           copy_of={"a1": None})
    return event


@pytest.mark.issue(15)
def test_one_person_told_as_hurt_after_a_toll_of_dead_is_the_dead_again():
    """'A courier was killed on Elm Street on Friday.' ... 'He was shot in the chest, then driven to Linden
    General.' One dead, no wounded told."""
    event = _event(_report(1, 0, dead=1), _report(2, 300, hurt=1))
    assert (event.fatalities_best, event.injured_best) == (1, None)


@pytest.mark.issue(15)
def test_wounded_the_toll_counts_or_a_count_of_several_stay():
    """'One man was killed and another hurt' counts its wounded with the dead; 'three others were
    wounded' further down counts more than one person."""
    event = _event(_report(1, 0, dead=1, hurt=1), _report(2, 300, hurt=1))
    assert event.injured_best == 1
    event = _event(_report(1, 0, dead=1), _report(2, 300, hurt=3))
    assert event.injured_best == 3


@pytest.mark.issue(15)
def test_one_person_told_as_also_hurt_after_a_toll_is_another_victim():
    """'A courier was killed on Elm Street on Friday.' ... 'His brother was also hit and should pull
    through.' One dead, one wounded."""
    event = _event(_report(1, 0, dead=1), _report(2, 300, hurt=1, sentence="His brother was also shot and will recover."))
    assert (event.fatalities_best, event.injured_best) == (1, 1)


@pytest.mark.issue(15)
def test_a_later_toll_of_dead_and_hurt_outweighs_a_first_victim_told_only_as_shot():
    """'A woman was shot outside a bank on Main Street.' ... 'Two tellers died and two guards were badly
    hurt.' The woman may be one of the dead; the toll counts two wounded."""
    event = _event(_report(1, 0, dead=2, hurt=1, hurt_low=0), _report(2, 300, dead=2, hurt=2))
    assert (event.fatalities_best, event.injured_best) == (2, 2)
    event = _event(_report(1, 0, dead=2, hurt=1, hurt_low=0), _report(2, 300, hurt=2))
    assert (event.fatalities_best, event.injured_best) == (2, 0)


def _told_by(article, hurt):
    return Report(report_id=f"r-{article}", article_id=article, event_type="Violence against civilians",
                  sub_event_type="Attack", trigger="shot", injured_best=hurt, injured_low=hurt, location="Linden",
                  latitude=40.63, longitude=-74.24, geo_precision=1, sentence="... shot ...", char_start=0, char_end=20)


def _event_of_outlets(*reports):
    articles = [r.article_id for r in reports]
    story = Story("s1", articles, "Shooting in Linden", None, None, [])
    [event] = build_events([story], list(reports), published=dict.fromkeys(articles, datetime(2016, 6, 12)),
                           outlet_of=dict.fromkeys(articles), copy_of=dict.fromkeys(articles))
    return event


@pytest.mark.issue(15)
def test_the_wounded_are_the_middle_of_what_outlets_count():
    """One outlet tells one victim's story ('a teenager was shot at the party'), another counts all
    four hurt: the event has four wounded, with the spread kept. Of three outlets, one stray figure
    (a round-up's weekend count, say) does not move the middle."""
    event = _event_of_outlets(_told_by("a1", 1), _told_by("a2", 4))
    assert (event.injured_low, event.injured_best, event.injured_high) == (1, 4, 4)
    event = _event_of_outlets(_told_by("a1", 4), _told_by("a2", 4), _told_by("a3", 23))
    assert (event.injured_low, event.injured_best, event.injured_high) == (4, 4, 23)
    event = _event_of_outlets(_told_by("a1", 1), _told_by("a2", 3), _told_by("a3", 3))
    assert event.injured_best == 3


@pytest.mark.issue(15)
def test_one_wounded_told_beside_the_whole_toll_again_is_another_victim():
    """'A woman was killed at her home on Birch Lane.' ... 'Her husband shot her and their son, killing
    her and leaving the boy in critical condition.' The later sentence counts the whole toll again and one hurt
    beside them: one dead, one wounded."""
    event = _event(_report(1, 0, dead=1), _report(2, 300, dead=1, hurt=1))
    assert (event.fatalities_best, event.injured_best) == (1, 1)


@pytest.mark.issue(15)
def test_one_hurt_told_with_fewer_dead_than_the_toll_may_be_one_of_them():
    """'A gunman killed three people at a Linden depot.' ... 'Wounded by a guard, he ran to the yard and
    died there.' One of the dead told hurt, then dead: no wounded."""
    event = _event(_report(1, 0, dead=3), _report(2, 300, dead=1, hurt=1))
    assert (event.fatalities_best, event.injured_best) == (3, None)

