"""A contraction typeset with a typographic apostrophe is read as the same contraction with a straight one."""

import pytest

SENTENCES = [
    "The council wants to close the market. That’s petrol on the flames.",
    "It’s a grim week for the valley, and they’re still clearing the road.",
    "We don’t know who fired, and he’ll not say. I’m told they’ve left and she’d gone.",
    "The militia’s commander said the soldiers’ camp was empty. THAT’S ALL.",
]


def _reading(doc):
    return [(t.tag_, t.pos_, t.dep_, t.lemma_.replace("\u2019", "'"), t.head.i) for t in doc]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_typographic_contraction_is_tagged_parsed_and_lemmatised_as_a_straight_one(nlp, text):
    assert _reading(nlp(text)) == _reading(nlp(text.replace("\u2019", "'")))


def test_the_copula_behind_a_typographic_apostrophe_is_be(nlp):
    doc = nlp("That’s petrol on the flames.")
    copula = doc[1]
    assert (copula.text, copula.pos_, copula.lemma_, copula.dep_) == ("’s", "AUX", "be", "ROOT")
    assert doc.text == "That’s petrol on the flames."  # the text itself is not changed
