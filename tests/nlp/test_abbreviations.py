"""News abbreviations keep their full stop: it ends no sentence."""

import pytest


@pytest.mark.parametrize("text", [
    "Gunmen attacked a convoy, killing five people incl. two soldiers near the bridge.",
    "Cpl. Daniel Moyo was wounded near the checkpoint in Kurram Dist. on Monday.",
    "Approx. 300 fighters entered the town, the govt. spokesman said.",
])
def test_an_abbreviation_inside_a_sentence_does_not_split_it(nlp, text):
    assert len(list(nlp(text).sents)) == 1


def test_the_sentence_after_a_real_full_stop_still_starts(nlp):
    assert len(list(nlp("Shelling hit the market. Two people were killed.").sents)) == 2
