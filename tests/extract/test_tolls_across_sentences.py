"""Issues 13 and 15: one fight's or attack's dead told over two sentences. Both sides' dead add up, a later
whole toll replaces its parts, and a partial victim named first does not stand for the whole."""

import pytest

from warlog import extract
from warlog.extract.provenance import ADDED_RULE, WHOLE_RULE
from warlog.extract.scope import is_cumulative, tells_a_whole_toll
from warlog.link.events import article_events
from warlog.nlp.loader import load_nlp


def _first(text):
    reports = [r for r in extract(text, published="2021-05-12", outlet="Test Wire").reports if r.modality == "reported"]
    return reports[0]


def _fatality_rules(report):
    return [(span.surface, span.rule) for span in report.field_spans if span.field == "fatalities"]


@pytest.mark.parametrize("text, dead", [
    # another group told as more, in a sentence with an event word of its own
    ("Two soldiers were killed in a clash with rebels near Tarvo on Monday. Seven rebels also died in the fighting, "
     "the army said.", 9),
    # the other side's dead, in a sentence with no event of its own
    ("Gunmen attacked an army post in Belvik district on Tuesday, killing three soldiers. Five of the attackers were "
     "killed when troops returned fire.", 8),
    ("Police shot dead two robbers in Anvik on Thursday. A police officer was also killed in the exchange of fire.", 3),
])
def test_dead_of_each_side_add_up(text, dead):
    report = _first(text)
    assert report.fatalities_best == dead
    assert all(rule == ADDED_RULE for _, rule in _fatality_rules(report))


@pytest.mark.parametrize("text, dead, words", [
    ("A man gunned down his wife at their home in Marlow on Sunday night. Police said the gunman killed four people "
     "in all before turning the gun on himself.", 4, "four"),
    ("Fighting between the army and rebels near Kesso killed four soldiers on Friday. Twelve rebels were also killed, "
     "bringing the death toll to 16, a spokesman said.", 16, "16"),
    ("A bomb exploded at a market in Dura on Monday, killing five people. The death toll later rose to nine, hospital "
     "officials said.", 9, "nine"),
])
def test_a_later_whole_toll_replaces_its_parts(text, dead, words):
    report = _first(text)
    assert report.fatalities_best == dead
    assert _fatality_rules(report) == [(words, WHOLE_RULE)]


@pytest.mark.parametrize("text, dead", [
    # one side named twice: a breakdown of the first count
    ("Three policemen were killed in an ambush near Oradel on Monday. Two officers died at the scene and a third in "
     "hospital.", 3),
    # a part of the dead
    ("Four people were killed in a bomb attack in Senna on Friday. Two children were among the dead.", 4),
    # the same dead told again
    ("Two soldiers were killed in a clash with rebels on Monday. The two soldiers were also buried on Tuesday, "
     "the army said.", 2),
    # 'more than' is a hedge, and these people are no dead
    ("A gunman shot dead three people at a bar in Hollins on Saturday. More than 40 people were inside at the time.", 3),
    # a running tally is no one attack's toll
    ("Militants attacked a checkpoint in Varo on Monday, killing two soldiers. In all, more than 300 soldiers have "
     "died in the province since March.", 2),
    # more dead on another day are another attack's
    ("Gunmen killed four villagers in Nakuri on Sunday. Two more people were killed in a nearby village on Monday.", 4),
])
def test_figures_that_are_no_more_dead_of_the_event(text, dead):
    assert _first(text).fatalities_best == dead


def _sentence(text):
    return next(load_nlp()(text).sents)


@pytest.mark.parametrize("text, whole, cumulative", [
    ("Police said the gunman killed four people in all before he was arrested.", True, False),
    ("In all, 300 people have died in the province.", True, True),
    ("In all, 300 people died in the province since March.", False, True),
    ("The gunman killed four people.", False, False),
])
def test_one_happenings_whole_is_no_running_tally(text, whole, cumulative):
    sentence = _sentence(text)
    assert tells_a_whole_toll(sentence) is whole
    assert is_cumulative(sentence) is cumulative


def _event_dead(text):
    return article_events(extract(text, published="2021-05-12", outlet="Test Wire"))[0].fatalities_best


def test_a_later_toll_told_plainly_leaves_the_first_figure():
    text = ("A man gunned down his wife outside a pharmacy in Corvale on Tuesday evening, police said. Officers found "
            "his car near the river an hour later. The gunman killed four people, police said.")
    assert _event_dead(text) == 1


def test_a_whole_toll_told_later_in_the_article_replaces_the_part():
    text = ("A man gunned down his wife outside a pharmacy in Corvale on Tuesday evening, police said. Officers found "
            "his car near the river an hour later. Police said the gunman killed four people in all before he was "
            "arrested.")
    assert _event_dead(text) == 4


def test_a_first_toll_of_several_stays_the_article_s_figure():
    text = ("Gunmen killed three guards at a depot in Corvale on Tuesday, police said. Officers found the gunmen's car "
            "near the river an hour later. Police said the gang had killed seven people in raids last year.")
    assert _event_dead(text) == 3


def test_the_side_whose_dead_are_added_is_named_with_its_words():
    report = _first("Two villagers died on Monday when a patrol came under fire outside Oradel. Four of the gunmen were "
                    "also killed in the fighting, a police spokesman said.")
    assert report.fatalities_best == 6
    assert [span.surface for span in report.field_spans if span.field == "actor2"] == ["gunmen"]
