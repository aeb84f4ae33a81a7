"""spaCy's attribute ruler, with its one-token patterns looked up in an index instead of run by the Matcher.

The small English model's attribute ruler maps tags to parts of speech and morphology with 179
``Matcher`` patterns. The Matcher tries every pattern at every token, which made this table lookup
cost as much as the dependency parser. Nearly all of the patterns test one token for plain values
(a tag, a lower-case form, a dependency label, whether it is a space): those are found through an
index by tag and by form, and only the handful of multi-token or regex patterns still go through a
Matcher. The matches, their order and so the annotations are exactly spaCy's
(``tests/nlp/test_attribute_index.py`` holds it to that); patterns, serialisation and scoring are
spaCy's own, inherited.
"""

from __future__ import annotations

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


class _OneTokenTest:
    """The conditions of a one-token pattern, equal to a value or IN / NOT_IN a list, tested on the token's
    row of ``Doc.to_array`` (string values as their hashes): building a ``Token`` for each test cost more
    than the test.

    ``known`` is the attribute the index already checked for equality; it is not tested again.
    """

    def __init__(self, pattern: dict, strings, known: str | None = None):
        self.conditions = []
        for attr, wanted in pattern.items():
            if attr == known:
                continue
            if isinstance(wanted, dict):
                (operator, values), = wanted.items()
                self.conditions.append((_COLUMN[attr], operator == "IN", frozenset(_key(attr, v, strings) for v in values)))
            else:
                self.conditions.append((_COLUMN[attr], True, frozenset([_key(attr, wanted, strings)])))

    def __call__(self, row: list[int]) -> bool:
        return all((row[column] in allowed) is inside for column, inside, allowed in self.conditions)


def _key(attr: str, value, strings) -> int:
    """A pattern's value as ``Doc.to_array`` gives it: a string's hash, or a flag as 0 or 1."""
    return int(value) if attr == "IS_SPACE" else strings.add(value)


def _is_one_token_test(pattern: list[dict]) -> bool:
    if len(pattern) != 1:
        return False
    return all(attr in _COLUMN and (not isinstance(wanted, dict) or wanted.keys() <= {"IN", "NOT_IN"} and len(wanted) == 1)
               for attr, wanted in pattern[0].items())


class IndexedAttributeRuler(AttributeRuler):
    """An ``AttributeRuler`` whose ``match`` finds one-token patterns by index."""

    def __init__(self, vocab, name: str = INDEXED_ATTRIBUTE_RULER, **kwargs):
        super().__init__(vocab, name, **kwargs)
        self._index: dict[str, dict[int, list[tuple[int, _OneTokenTest]]]] = {attr: {} for attr in _INDEXED}
        self._others = Matcher(vocab)

    def clear(self) -> None:
        super().clear()
        self._index = {attr: {} for attr in _INDEXED}
        self._others = Matcher(self.vocab)

    def add(self, patterns, attrs: dict, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        match_id = self.vocab.strings[str(len(self.attrs) - 1)]
        for pattern in patterns:
            if _is_one_token_test(pattern):
                self._add_to_index(match_id, pattern[0])
            else:
                self._others.add(match_id, [pattern])

    def _add_to_index(self, match_id: int, pattern: dict) -> None:
        """File the pattern under each value its most selective attribute may take (equal or IN)."""
        attr = next(a for a in _INDEXED if a in pattern and _allowed_values(pattern[a]) is not None)
        values = _allowed_values(pattern[attr])
        test = _OneTokenTest(pattern, self.vocab.strings, known=attr)
        for value in values:
            self._index[attr].setdefault(_key(attr, value, self.vocab.strings), []).append((match_id, test))

    def match(self, doc: Doc):
        found = set(self._others(doc, allow_missing=True, as_spans=False))
        tables = [self._index[attr] for attr in _INDEXED]
        rows = doc.to_array(_ARRAY_ATTRS).tolist() if len(doc) else []
        for i, row in enumerate(rows):
            for table, value in zip(tables, row):
                for match_id, test in table.get(value, ()):
                    if not test.conditions or test(row):
                        found.add((match_id, i, i + 1))
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
