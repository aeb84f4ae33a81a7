"""spaCy's attribute ruler, with its one-token patterns looked up in an index instead of run by the Matcher.

The small English model's attribute ruler maps tags to parts of speech and morphology with 179
``Matcher`` patterns. The Matcher tries every pattern at every token, which made this table lookup
cost as much as the dependency parser. Nearly all of the patterns test one token for plain values
(a tag, a lower-case form, a dependency label, whether it is a space): those are found through an
index by tag and by form. The handful of fixed-length multi-token patterns ('gon' 'na', an expletive 'there' and
its verb) are found the same way, by their first token, and tested token by token; a regular expression is
tested once per word form and remembered, where the Matcher ran it at every token. Patterns with operators
('OP') still go through a Matcher. The matches, their order and so the annotations are exactly spaCy's
(``tests/nlp/test_attribute_index.py`` holds it to that); patterns, serialisation and scoring are
spaCy's own, inherited.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

#: The factory name.
INDEXED_ATTRIBUTE_RULER = "warlog_attribute_ruler"
#: The one-token attributes the index can test, in order of preference to index by (the most selective
#: first), and their columns in ``Doc.to_array``.
_INDEXED = ("TAG", "LOWER", "DEP", "IS_SPACE")
_ARRAY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]
_COLUMN = {attr: column for column, attr in enumerate(_INDEXED)}
#: Verdicts a regular expression keeps before it starts over: an archive's word forms are unbounded.
_MOST_VERDICTS = 100_000


class _TokenTest:
    """The conditions of one token of a pattern, equal to a value, IN / NOT_IN a list or matching a REGEX, tested
    on the token's row of ``Doc.to_array`` (string values as their hashes): building a ``Token`` for each test
    cost more than the test. A regular expression's verdict on a string is kept, keyed by its hash (the same
    in every vocabulary).

    ``known`` is the attribute the index already checked for equality; it is not tested again.
    """

    def __init__(self, pattern: dict, strings, known: str | None = None):
        self.conditions = []
        self.searches = []
        for attr, wanted in pattern.items():
            if attr == known:
                continue
            if isinstance(wanted, dict) and "REGEX" in wanted:
                self.searches.append((_COLUMN[attr], re.compile(wanted["REGEX"]), {}))
            elif isinstance(wanted, dict):
                (operator, values), = wanted.items()
                self.conditions.append((_COLUMN[attr], operator == "IN", frozenset(_key(attr, v, strings) for v in values)))
            else:
                self.conditions.append((_COLUMN[attr], True, frozenset([_key(attr, wanted, strings)])))

    def __call__(self, row: list[int], strings) -> bool:
        return (all((row[column] in allowed) is inside for column, inside, allowed in self.conditions)
                and all(_searched(row[column], regex, verdicts, strings) for column, regex, verdicts in self.searches))


def _searched(key: int, regex: re.Pattern, verdicts: dict[int, bool], strings) -> bool:
    """The regular expression's verdict on the string ``key`` hashes, from ``strings`` (the doc's) once."""
    if key not in verdicts:
        if len(verdicts) >= _MOST_VERDICTS:
            verdicts.clear()
        verdicts[key] = regex.search(strings[key]) is not None
    return verdicts[key]


class _PatternTest:
    """A fixed-length pattern anchored at its first token: the first token's test less what the index checked,
    then every following token's own."""

    def __init__(self, pattern: list[dict], strings, known: str | None):
        self.first = _TokenTest(pattern[0], strings, known)
        self.rest = [_TokenTest(token, strings) for token in pattern[1:]]
        self.length = len(pattern)
        #: A one-token pattern the index lookup alone decides.
        self.decided = self.length == 1 and not self.first.conditions and not self.first.searches

    def matches_at(self, rows: list[list[int]], i: int, strings) -> bool:
        if i + self.length > len(rows) or not self.first(rows[i], strings):
            return False
        return all(test(rows[i + 1 + k], strings) for k, test in enumerate(self.rest))

    def starts(self, array: numpy.ndarray, strings) -> list[int]:
        """Where the pattern may start when no index holds it: the tokens whose form passes the first token's
        regular expression, each distinct form tested once; every token if it has none."""
        if not self.first.searches:
            return list(range(len(array)))
        column, regex, verdicts = self.first.searches[0]
        forms = numpy.unique(array[:, column]).tolist()
        passing = [key for key in forms if _searched(key, regex, verdicts, strings)]
        return numpy.nonzero(numpy.isin(array[:, column], passing))[0].tolist() if passing else []


def _key(attr: str, value, strings) -> int:
    """A pattern's value as ``Doc.to_array`` gives it: a string's hash, or a flag as 0 or 1."""
    return int(value) if attr == "IS_SPACE" else strings.add(value)


def _is_indexable(pattern: list[dict]) -> bool:
    """Does every token of the pattern test only the indexed attributes, with no operator (a fixed length)?"""
    return all(attr in _COLUMN and (not isinstance(wanted, dict) or len(wanted) == 1 and wanted.keys() <= {"IN", "NOT_IN", "REGEX"})
               for token in pattern for attr, wanted in token.items())


class IndexedAttributeRuler(AttributeRuler):
    """An ``AttributeRuler`` whose ``match`` finds fixed-length patterns by index."""

    def __init__(self, vocab, name: str = INDEXED_ATTRIBUTE_RULER, **kwargs):
        super().__init__(vocab, name, **kwargs)
        self._empty_index()

    def clear(self) -> None:
        super().clear()
        self._empty_index()

    def _empty_index(self) -> None:
        self._index: dict[str, dict[int, list[tuple[int, _PatternTest]]]] = {attr: {} for attr in _INDEXED}
        self._anywhere: list[tuple[int, _PatternTest]] = []
        self._others = Matcher(self.vocab)

    def add(self, patterns, attrs: dict, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        match_id = self.vocab.strings[str(len(self.attrs) - 1)]
        for pattern in patterns:
            if _is_indexable(pattern):
                self._add_to_index(match_id, pattern)
            else:
                self._others.add(match_id, [pattern])

    def _add_to_index(self, match_id: int, pattern: list[dict]) -> None:
        """File the pattern under each value its first token's most selective attribute may take (equal or IN);
        a first token with none (NOT_IN or REGEX only) is tried at every token."""
        attr = next((a for a in _INDEXED if a in pattern[0] and _allowed_values(pattern[0][a]) is not None), None)
        test = _PatternTest(pattern, self.vocab.strings, known=attr)
        if attr is None:
            self._anywhere.append((match_id, test))
            return
        for value in _allowed_values(pattern[0][attr]):
            self._index[attr].setdefault(_key(attr, value, self.vocab.strings), []).append((match_id, test))

    def match(self, doc: Doc):
        found = set(self._others(doc, allow_missing=True, as_spans=False)) if len(self._others) else set()
        if not len(doc):
            return []
        tables = [self._index[attr] for attr in _INDEXED]
        array = doc.to_array(_ARRAY_ATTRS)
        rows = array.tolist()
        strings = doc.vocab.strings
        for i, row in enumerate(rows):
            for table, value in zip(tables, row):
                for match_id, test in table.get(value, ()):
                    if test.decided or test.matches_at(rows, i, strings):
                        found.add((match_id, i, i + test.length))
        for match_id, test in self._anywhere:
            found.update((match_id, i, i + test.length) for i in test.starts(array, strings) if test.matches_at(rows, i, strings))
        # As spaCy's: sorted by the pattern's number, so that later patterns have precedence.
        return sorted((int(self.vocab.strings[match_id]), match_id, start, end) for match_id, start, end in found)


def _allowed_values(wanted) -> list | None:
    """The values an equality or IN condition allows; None for NOT_IN (nothing to look up)."""
    if not isinstance(wanted, dict):
        return [wanted]
    return list(wanted["IN"]) if "IN" in wanted else None


@Language.factory(INDEXED_ATTRIBUTE_RULER, default_config={"validate": False})
def make_indexed_attribute_ruler(nlp: Language, name: str, validate: bool) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)


def index_attribute_ruler(nlp: Language) -> Language:
    """Swap the pipeline's ``attribute_ruler`` for an indexed one with the same patterns."""
    if "attribute_ruler" not in nlp.pipe_names:
        return nlp
    patterns = nlp.get_pipe("attribute_ruler").patterns
    ruler = nlp.replace_pipe("attribute_ruler", INDEXED_ATTRIBUTE_RULER)
    ruler.add_patterns(patterns)
    return nlp
