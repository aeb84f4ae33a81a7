"""A 'since' clause that counts people tells the happening it counts ('on alert since gunmen attacked the fair,
killing nine people'), not a running tally; a figure outside the clause ('Since the offensive began, 500
have died') still is one (issue 13)."""

from warlog import extract
from warlog.extract.scope import is_cumulative
from warlog.nlp.loader import load_nlp


def _sentence(text):
    return next(load_nlp()(text).sents)


def test_a_since_clause_that_counts_its_dead_is_no_tally():
    sentence = _sentence("Velor has been on high alert since gunmen attacked its spring fair, killing nine people.")
    assert not is_cumulative(sentence)


def test_a_figure_outside_the_since_clause_is_a_tally():
    assert is_cumulative(_sentence("Since the offensive began in March, 500 people have died in Velor."))
    assert is_cumulative(_sentence("At least 40 soldiers have been killed in the province since 2019."))


def test_the_attack_a_since_clause_counts_is_reported():
    text = "Velor has been on high alert since a militant band staged a wave of attacks in the capital, killing 60 people."
    reports = extract(text, published="2023-06-12", outlet="Test Wire").reports
    assert any(r.event_type == "Violence against civilians" and r.trigger == "attacks" for r in reports)
