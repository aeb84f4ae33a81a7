"""Actors as ACLED names them, on sentences written for these tests: the group a text suspects or that
claimed the act, the forces a crowd met, Russians hired to fight, the forces a post or vehicle stands for."""

import pytest

from warlog import extract
from warlog.link.events import article_events


def _events(text, published="2022-06-14"):
    """The events of one text, as the link step codes them."""
    return article_events(extract(text, published=published, outlet="Test Wire"))


@pytest.mark.parametrize(
    "text,actor1",
    [
        ("Armed men stormed a gold mine near Kaya, Burkina Faso on 3 May 2022 and shot dead four miners; JNIM is "
         "suspected.", "JNIM: Group for Support of Islam and Muslims"),
        ("Six passengers were hurt when their minibus ran over a landmine outside Gayeri, Burkina Faso on Monday. "
         "JNIM claimed responsibility on Wednesday.", "JNIM: Group for Support of Islam and Muslims"),
        ("Unknown assailants torched a school and beat its headmaster near Malanville, Benin on Friday. Residents "
         "believe the attackers were IS Sahel fighters.", "Islamic State (Sahel)"),
    ],
)
def test_a_suspected_or_claiming_group_is_the_doer(text, actor1):
    assert _events(text)[0].actor1 == actor1


@pytest.mark.parametrize(
    "text,actor1,actor2",
    [
        ("Police arrested two suspected Al Shabaab members in Garissa, Kenya on Monday.",
         "Police Forces of Kenya (2013-2022)", "Al Shabaab"),
        ("Soldiers killed three suspected Ansaroul Islam fighters near Djibo, Burkina Faso on Monday.",
         "Military Forces of Burkina Faso (2022-)", "Ansaroul Islam"),
    ],
)
def test_a_suspect_acted_upon_stays_the_other_side(text, actor1, actor2):
    event = _events(text)[0]
    assert (event.actor1, event.actor2) == (actor1, actor2)


@pytest.mark.parametrize(
    "text,actor2",
    [
        ("Several hundred opposition supporters rallied in Cotonou, Benin on Monday and hurled rocks at the "
         "police, who answered with tear gas.", "Police Forces of Benin (2016-)"),
        ("Youths rioted in Kisumu, Kenya on Monday, burning tyres and blocking roads. Police dispersed them with "
         "tear gas.", "Police Forces of Kenya (2013-2022)"),
        ("A mob burned a church in Kisumu, Kenya on Monday. Police are investigating the attack.", "Civilians (Kenya)"),
        ("Farmers rioted in Eldoret, Kenya on Monday, blocking roads with burning tyres.", None),
    ],
)
def test_the_forces_a_crowd_met_are_its_other_side(text, actor2):
    event = _events(text)[0]
    assert event.event_type == "Riots" and event.actor2 == actor2


@pytest.mark.parametrize(
    "text,published,actor1",
    [
        ("Russian instructors shot dead four traders near Bossangoa, Central African Republic on Sunday.",
         "2021-05-10", "Wagner Group"),
        ("Russian instructors shot dead four traders near Bossangoa, Central African Republic on Sunday.",
         "2016-05-10", "Foreign Mercenaries (Central African Republic)"),
    ],
)
def test_russians_hired_to_fight_are_named_by_country_and_period(text, published, actor1):
    assert _events(text, published)[0].actor1 == actor1


def test_the_group_blamed_for_a_bomb_is_its_doer():
    event = _events("A landmine tore through a police pickup outside Las Navas, Northern Samar, Philippines on Monday, "
                    "hurting three officers. The provincial police director blamed the blast on NPA rebels.")[0]
    assert event.actor1 == "NPA: New People's Army"


def test_a_vehicle_hit_stands_for_its_forces():
    event = _events("Military convoy struck by a roadside mine near Kantchari, Burkina Faso on Monday, two soldiers hurt.")[0]
    assert event.actor2 == "Military Forces of Burkina Faso (2022-)"


@pytest.mark.parametrize(
    "text,actor1",
    [
        ("A night curfew was imposed on Tuesday in Djibo, Burkina Faso, after attacks on nearby villages.",
         "Government of Burkina Faso (2022-)"),
        ("The mayor of Kandi, Benin, declared a curfew from 9 pm on 3 March 2022 after clashes between herders "
         "and farmers.", "Government of Benin (2016-)"),
    ],
)
def test_a_curfew_imposed_by_no_one_named_is_the_governments(text, actor1):
    event = _events(text)[0]
    assert (event.event_type, event.actor1, event.inter1) == ("Strategic developments", actor1, 1)


def test_a_killing_after_curfew_is_no_government_act():
    event = _events("Two people were shot dead after curfew in Kandi, Benin on 3 March 2022.")[0]
    assert not (event.actor1 or "").startswith("Government")


@pytest.mark.parametrize(
    "text,actor1",
    [
        ("Suspected GNLA militants torched two trucks near Williamnagar, Meghalaya, India on Sunday.",
         "GNLA: Garo National Liberation Army"),
        ("Imbonerakure militiamen beat three opposition activists in Muyinga, Burundi on Monday.", "Imbonerakure"),
    ],
)
def test_armed_groups_of_the_countries_warlog_meets(text, actor1):
    assert _events(text, "2019-06-14")[0].actor1 == actor1


@pytest.mark.parametrize("published,actor1", [("2019-06-14", "Islamic State (Greater Sahara)"),
                                              ("2023-06-14", "Islamic State (Sahel)")])
def test_a_group_is_named_as_it_was_on_the_day(published, actor1):
    event = _events("ISGS fighters stormed a village near Tillaberi, Niger on Monday, killing six herders.", published)[0]
    assert event.actor1 == actor1
