"""The indexed attribute ruler matches and annotates exactly as spaCy's attribute ruler."""

import pytest

from warlog.nlp.attribute_index import IndexedAttributeRuler, index_attribute_ruler

TEXTS = [
    "Coalition jets struck a market in Raqqa on Tuesday, killing 11 civilians, the monitor said.",
    "We're gonna hold the line, y'all. Let's go! It ain't over, c'mon. Nothin' left, y' know, we gotta go.",
    "There are 3 routes out of the city; there were more before the siege.  \n\nShe gets the figures; he got the names.",
    "Did the army have any reason to fire? It does not say, and we had no answer by 5:30 p.m.",
]


@pytest.fixture(scope="module")
def models():
    from warlog.nlp.loader import load_model

    return load_model(), index_attribute_ruler(load_model())


def _annotations(doc):
    return [(t.pos_, str(t.morph), t.lemma_) for t in doc]


@pytest.mark.slow
@pytest.mark.parametrize("text", TEXTS)
def test_indexed_ruler_matches_as_spacys(models, text):
    spacys, indexed = models
    assert isinstance(indexed.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    with spacys.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = spacys(text)
    expected = spacys.get_pipe("attribute_ruler").match(doc)
    assert indexed.get_pipe("attribute_ruler").match(doc) == expected
    assert expected, "every text sets some attributes"
    assert _annotations(indexed(text)) == _annotations(spacys(text))


@pytest.mark.slow
def test_keeps_spacys_patterns(models):
    spacys, indexed = models
    assert indexed.get_pipe("attribute_ruler").patterns == spacys.get_pipe("attribute_ruler").patterns
