"""A square bracket opened after a word is an aside inside its sentence, not the start of another."""

import pytest

from warlog import extract


@pytest.mark.parametrize("text", [
    "Gunmen attacked the hamlet of Gbako [Gbako-Sud] near Ndele and killed two herders.",
    "The commander said his men [the rebels] had fled toward the river after the ambush.",
])
def test_a_bracket_after_a_word_does_not_split_the_sentence(nlp, text):
    assert len(list(nlp(text).sents)) == 1


def test_a_bracket_after_a_full_stop_may_start_one(nlp):
    assert len(list(nlp("Shelling hit the market. [Updated] Two people were killed.").sents)) == 2


def test_the_toll_after_a_bracketed_name_stays_with_its_event():
    reports = extract("Gunmen attacked the hamlet of Gbako [Gbako-Sud] near Ndele and killed two herders.",
                      published="2022-03-14", outlet="Test Wire").reports
    assert [(r.sub_event_type, r.fatalities_best) for r in reports] == [("Attack", 2)]
