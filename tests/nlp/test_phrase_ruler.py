"""The phrase ruler finds the same trigger spans as spaCy's span_ruler, faster."""

import pytest

from warlog.nlp.phrase_ruler import PHRASE_RULER
from warlog.nlp.rulers import _LONGEST, trigger_patterns

TEXTS = [
    "Coalition jets struck a market in Raqqa on Tuesday, killing 11 civilians.",
    "The strike on the bakery came hours after gunmen opened fire on a checkpoint.",
    "Workers went on strike in Mosul. Police shot dead two protesters who took to the streets.",
    "Islamic State fighters overran the village and abducted 40 men before the army shelled their positions.",
    "A roadside bomb exploded near a convoy; the attack was claimed by the group, which later fell back.",
    "The two sides signed a ceasefire deal and agreed to exchange prisoners.",
]


@pytest.fixture(scope="module")
def both_rulers():
    from warlog.nlp.loader import load_model

    nlp = load_model()
    config = {"spans_key": "by_span_ruler", "spans_filter": _LONGEST, "validate": False}
    nlp.add_pipe("span_ruler", name="by_span_ruler", config=config).add_patterns(trigger_patterns())
    nlp.add_pipe(PHRASE_RULER, name="by_phrase_ruler", config={"spans_key": "by_phrase_ruler"}).add_patterns(trigger_patterns())
    return nlp


def _spans(doc, key):
    return [(s.start, s.end, s.label_, s.id_) for s in doc.spans[key]]


@pytest.mark.slow
@pytest.mark.parametrize("text", TEXTS)
def test_phrase_ruler_finds_what_span_ruler_finds(both_rulers, text):
    doc = both_rulers(text)
    assert _spans(doc, "by_phrase_ruler") == _spans(doc, "by_span_ruler")
    assert doc.spans["by_phrase_ruler"], "every text holds a trigger"


@pytest.mark.slow
def test_part_of_speech_picks_the_row(nlp):
    """'bomb' the verb is an air strike (bomb_verb), 'bomb' the noun an explosive (bomb_noun)."""
    verb = nlp("Jets bombed the town on Friday.")
    noun = nlp("A bomb exploded in the town on Friday.")
    assert [s.id_ for s in verb.spans["triggers"] if s.text == "bombed"] == ["bomb_verb"]
    assert [s.id_ for s in noun.spans["triggers"] if s.text == "bomb"] == ["bomb_noun"]


def test_rejects_patterns_it_cannot_match_as_phrases():
    import spacy

    ruler = spacy.blank("en").add_pipe(PHRASE_RULER)
    with pytest.raises(ValueError, match="not a phrase pattern"):
        ruler.add_patterns([{"label": "X", "pattern": [{"LOWER": "a"}, {"LOWER": "b", "POS": "NOUN"}]}])
