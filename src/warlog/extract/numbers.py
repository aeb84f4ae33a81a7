"""Quantities in news text: digits and words, ranges, hedges, vague words, people counted in pieces.

Written for warlog because the parsers on PyPI (word2number, text2num and the
like) turn one clean number phrase into an int; news needs the span of every
quantity in a sentence with its hedge, its range and its counted noun, and must
leave ages, years, times, distances and money alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from warlog.data import grouped_column, read_table
from warlog.nlp.per_doc import once_per_doc

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
#: The number words a count may be written in, for readers of unparsed text (headlines).
UNIT_WORDS = tuple(word for word in _UNITS if word != "zero")
TEN_WORDS = tuple(_TENS)
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SCALE_ABBREVIATIONS = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_DIGIT_RANGE = re.compile(r"^(\d[\d,.]*)[-\u2013](\d[\d,.]*)$")
_ARTICLES = {"a", "an"}
_POSSESSIVES = {"her", "his", "their", "its"}
_RANGE_JOINERS = {"-", "\u2013", "to", "and"}

@dataclass(frozen=True)
class Quantity:
    """A quantity found in a sentence; ``start``/``end`` are token indices in the doc."""

    start: int
    end: int
    text: str
    low: float | None
    best: float | None
    high: float | None
    hedge: str | None = None


@lru_cache(maxsize=1)
def _vague() -> dict[tuple[str, ...], tuple[float, float, float]]:
    return {
        tuple(row["pattern"].split()): (float(row["low"]), float(row["best"]), float(row["high"]))
        for row in read_table("numbers/vague.csv")
    }


@lru_cache(maxsize=1)
def _hedges_by_length() -> list[tuple[int, dict[tuple[str, ...], tuple[str, str]]]]:
    """The hedges (words -> hedge, bound) grouped by their length in words, the longest first."""
    by_length: dict[int, dict[tuple[str, ...], tuple[str, str]]] = {}
    for row in read_table("numbers/hedges.csv"):
        words = tuple(row["pattern"].split())
        by_length.setdefault(len(words), {})[words] = (row["hedge"], row["bound"])
    return sorted(by_length.items(), reverse=True)


def _not_a_count_words() -> dict[str, frozenset[str]]:
    """Words right before or after a number that make it a measure, a price or a label, by position."""
    return grouped_column("numbers/not_a_count.csv", "word", by="where")


@lru_cache(maxsize=1)
def suffixes() -> dict[str, str]:
    """Word after a hyphenated number ('50-day', '300-strong') -> measure or size."""
    return {row["word"]: row["kind"] for row in read_table("numbers/suffixes.csv")}


@lru_cache(maxsize=1)
def _zeros() -> dict[tuple[str, ...], None]:
    return {tuple(row["pattern"].split()): None for row in read_table("numbers/zero.csv")}


@lru_cache(maxsize=1)
def people_groups() -> dict[str, str]:
    """Lemma of a people-counting noun -> civilian, fighter, protester or person."""
    return {row["lemma"]: row["group"] for row in read_table("numbers/people.csv")}


def people_group(noun: Token) -> str | None:
    """The group of a people-counting noun, by its lemma or its own form ('servicemen'); a deputy named by a
    party or a chamber is a member of it (:func:`_deputy_of_a_chamber`)."""
    groups = people_groups()
    group = groups.get(noun.lemma_.lower()) or groups.get(noun.lower_)
    return "person" if group == "fighter" and _deputy_of_a_chamber(noun) else group


#: A 'deputy' alone is a sheriff's officer in American news; these words name him a member of a chamber, as
#: most of the world's news means the word ('an opposition deputy', 'a Liberal deputy', 'a deputy of the assembly').
_CHAMBER_WORDS = frozenset("""parliament parliamentary assembly congress chamber senate legislature legislative
    party opposition ruling liberal conservative socialist communist nationalist independent elected
    national provincial regional federal""".split())


def _deputy_of_a_chamber(noun: Token) -> bool:
    """'Deputy' qualified by a party, a chamber or a political word before it or by an 'of' after it."""
    if noun.lemma_.lower() != "deputy":
        return False
    before = [c for c in noun.children if c.dep_ in {"amod", "compound", "poss"}]
    after = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in _CHAMBER_WORDS or t.ent_type_ == "NORP" for q in before + after for t in q.subtree)


#: Words that name people armed to defend a place ('village defence volunteers', 'a self-defense group'), and the
#: words for people they name so (not 'defence lawyers', 'the defence minister' or 'a defence analyst').
_DEFENDING = frozenset("defence defense self-defence self-defense".split())
_DEFENDERS = frozenset("volunteer guard group committee militia force unit corps".split())


def named_to_defend(word: Token) -> bool:
    """A defence word naming people as guards of their village or community, who carry arms wherever they are
    raised ('village defence volunteers'); not 'civil defence' volunteers, who are rescuers."""
    return (word.lower_ in _DEFENDING and word.head.lemma_.lower() in _DEFENDERS
            and not (word.i > 0 and word.nbor(-1).lower_ == "civil"))


def parse_number_word(word: str) -> float | None:
    """Value of one token: '1,500', '2.5', 'eleven', 'twenty-five', 'thousand'."""
    word = word.lower().strip()
    if _DIGITS.match(word):
        return float(word.replace(",", ""))
    if word in _UNITS:
        return float(_UNITS[word])
    if word in _TENS:
        return float(_TENS[word])
    if word in _SCALES:
        return float(_SCALES[word])
    if "-" in word:
        tens, _, unit = word.partition("-")
        if tens in _TENS and unit in _UNITS:
            return float(_TENS[tens] + _UNITS[unit])
    return None


def _is_number_token(token: Token) -> bool:
    return parse_number_word(token.text) is not None or bool(_DIGIT_RANGE.match(token.text))


def combine_number_words(words: list[str]) -> float | None:
    """Value of consecutive number tokens: ['1.5', 'million'], ['twenty', 'five'], ['three', 'hundred']."""
    total, current = 0.0, 0.0
    for word in words:
        value = parse_number_word(word)
        if value is None:
            return None
        if word.lower() in _SCALES:
            current = (current or 1.0) * value
            if value >= 1_000:
                total, current = total + current, 0.0
        else:
            current += value
    return total + current


def _is_hyphenated_tens(tokens: list[Token], j: int) -> bool:
    """'twenty - five' as spaCy splits 'twenty-five'."""
    return (
        tokens[j].text == "-" and j > 0 and j + 1 < len(tokens)
        and tokens[j - 1].lower_ in _TENS and tokens[j + 1].lower_ in _UNITS
    )


def _read_number(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """Read the number starting at ``tokens[i]``; return its value and the index after it."""
    j = i
    words: list[str] = []
    if tokens[i].lower_ in _ARTICLES and i + 1 < len(tokens) and tokens[i + 1].lower_ in _SCALES:
        # 'a million', 'a thousand': the article reads as one.
        words.append("one")
        j = i + 1
    while j < len(tokens):
        if _is_hyphenated_tens(tokens, j):
            j += 1
            continue
        if parse_number_word(tokens[j].text) is None:
            break
        if words and _DIGITS.match(tokens[j].text) and _DIGITS.match(tokens[j - 1].text):
            break
        words.append(tokens[j].text)
        j += 1
    if not words:
        return None
    value = combine_number_words(words)
    if value is None:
        return None
    if j < len(tokens) and tokens[j].lower_ in _SCALE_ABBREVIATIONS:
        return value * _SCALE_ABBREVIATIONS[tokens[j].lower_], j + 1
    return value, j


def _widen_range_low(low: float, high: float) -> float:
    """'3-4,000' means 3,000 to 4,000: the low end borrows the high end's scale."""
    if 0 < low < 10 <= high and low < high:
        scale = 10 ** (len(str(int(high))) - len(str(int(low))))
        if low * scale <= high:
            return low * scale
    return low


#: Entries of each word table by their first word, so that a token is only compared with the entries
#: it can start. Keyed by the table's id: every table passed in is built once per process (lru_cache).
_BY_FIRST_WORD: dict[int, dict[str, list[tuple[tuple[str, ...], object]]]] = {}


def _entries_starting(table: dict, word: str) -> list[tuple[tuple[str, ...], object]]:
    index = _BY_FIRST_WORD.get(id(table))
    if index is None:
        index = {}
        for words, value in table.items():
            index.setdefault(words[0], []).append((words, value))
        _BY_FIRST_WORD[id(table)] = index
    return index.get(word, [])


def _match_words(tokens: list[Token], i: int, table: dict) -> tuple[tuple[str, ...], object] | None:
    """Longest entry of ``table`` (keyed by lower-case word tuples) starting at ``tokens[i]``."""
    best = None
    for words, value in _entries_starting(table, tokens[i].lower_):
        n = len(words)
        if (best is None or n > len(best[0])) and tuple(t.lower_ for t in tokens[i : i + n]) == words:
            best = (words, value)
    return best


def _hedge_before(tokens: list[Token], i: int) -> tuple[str, str, int] | None:
    """A hedge ending just before ``tokens[i]``: (hedge, bound, start index)."""
    for n, hedges in _hedges_by_length():
        found = hedges.get(tuple(t.lower_ for t in tokens[i - n : i])) if i - n >= 0 else None
        if found is not None:
            return *found, i - n
    return None


def _apply_hedge(value: float, bound: str) -> tuple[float | None, float, float | None]:
    if bound == "low":
        return value, value, None
    if bound == "high":
        return None, value, value
    return value, value, value


def _pieces_count(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """'a woman and her three children' -> 4: people counted in pieces, starting at an article."""
    groups = people_groups()
    if tokens[i].lower_ not in _ARTICLES or i + 4 >= len(tokens):
        return None
    if tokens[i + 1].lemma_.lower() not in groups and tokens[i + 1].lower_ not in groups:
        return None
    if tokens[i + 2].lower_ != "and" or tokens[i + 3].lower_ not in _POSSESSIVES:
        return None
    number = _read_number(tokens, i + 4)
    if number is None or number[1] >= len(tokens):
        return None
    value, after = number
    noun = tokens[after]
    if noun.lemma_.lower() not in groups and noun.lower_ not in groups:
        return None
    return 1 + value, after + 1


def find_quantities(sentence: Span, *, zeros: bool = False) -> list[Quantity]:
    """Every quantity in ``sentence``, left to right, without overlaps.

    With ``zeros``, words that count nothing ('no civilians', 'nobody', 'not a single')
    are quantities of 0 too; the caller decides whether they count anything.
    """
    # Reports and claims both read every sentence's quantities: find them once per document.
    key = ("warlog.quantities", sentence.start, sentence.end, zeros)
    return list(once_per_doc(sentence.doc, key, lambda: tuple(_scan_quantities(sentence, zeros))))


def _scan_quantities(sentence: Span, zeros: bool) -> list[Quantity]:
    tokens = list(sentence)
    offset = sentence.start
    found: list[Quantity] = []
    i = 0
    while i < len(tokens):
        quantity = _quantity_at(tokens, i, offset) or (_zero_at(tokens, i, offset) if zeros else None)
        if quantity is None:
            i += 1
            continue
        found.append(quantity)
        i = quantity.end - offset
    return found


def _zero_at(tokens: list[Token], i: int, offset: int) -> Quantity | None:
    """'no', 'nobody', 'not a single' at ``tokens[i]``, unless they start a hedge ('no more than 50')."""
    match = _match_words(tokens, i, _zeros())
    if match is None:
        return None
    end = i + len(match[0])
    for j in range(end, min(end + 3, len(tokens))):
        later = _quantity_at(tokens, j, offset)
        if later is not None and later.start - offset <= i:
            return None
    return _make(tokens, offset, i, end, 0.0, 0.0, 0.0, None)


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """Words other than numbers that can begin a quantity: 'a' ('a woman and her ...'), 'between', 'dozens'."""
    return frozenset({*_ARTICLES, "between", *(words[0] for words in _vague())})


def _quantity_at(tokens: list[Token], i: int, offset: int) -> Quantity | None:
    if tokens[i].lower_ not in _first_words() and not _is_number_token(tokens[i]):
        return None  # most tokens: skip the pattern tables
    start, hedge, bound = i, None, "point"
    pieces = _pieces_count(tokens, i)
    if pieces is not None:
        value, end = pieces
        return _make(tokens, offset, start, end, value, value, value, None)
    vague = _match_words(tokens, i, _vague())
    if vague is not None and not _is_number_token(tokens[i]) or (vague and tokens[i].lower_ in _ARTICLES):
        return _vague_quantity(tokens, i, offset, vague)
    if tokens[i].lower_ == "between":
        between = _between(tokens, i, offset)
        if between is not None:
            return between
    range_match = _DIGIT_RANGE.match(tokens[i].text)
    if range_match:
        low, high = (float(g.replace(",", "")) for g in range_match.groups())
        end = i + 1
        multiplier = _read_number(tokens, end)
        if multiplier and tokens[end].lower_ in _SCALES:
            low, high, end = low * multiplier[0], high * multiplier[0], multiplier[1]
        return _make_hedged(tokens, offset, start, end, low, high)
    number = _read_number(tokens, i)
    if number is None:
        return None
    value, end = number
    if end + 1 < len(tokens) and tokens[end].text in _RANGE_JOINERS - {"and"}:
        upper = _read_number(tokens, end + 1)
        if upper is not None and upper[0] > value:
            return _make_hedged(tokens, offset, start, upper[1], _widen_range_low(value, upper[0]), upper[0])
    found_hedge = _hedge_before(tokens, i)
    if found_hedge is not None:
        hedge, bound, start = found_hedge
    low, best, high = _apply_hedge(value, bound)
    return _make(tokens, offset, start, end, low, best, high, hedge)


def _vague_quantity(tokens: list[Token], i: int, offset: int, vague: tuple) -> Quantity:
    """'dozens' keeps its spread, 'several thousand' scales it; a hedge before it ('about a dozen',
    'more than a dozen') replaces the spread."""
    words, (low, best, high) = vague
    end = i + len(words)
    if end < len(tokens) and tokens[end].lower_ in _SCALES:
        scale = _SCALES[tokens[end].lower_]
        low, best, high, end = low * scale, best * scale, high * scale, end + 1
    found_hedge = _hedge_before(tokens, i)
    if found_hedge is None:
        return _make(tokens, offset, i, end, low, best, high, "vague")
    hedge, bound, start = found_hedge
    return _make(tokens, offset, start, end, *_apply_hedge(best, bound), hedge)


def _between(tokens: list[Token], i: int, offset: int) -> Quantity | None:
    first = _read_number(tokens, i + 1)
    if first is None or first[1] >= len(tokens) or tokens[first[1]].lower_ != "and":
        return None
    second = _read_number(tokens, first[1] + 1)
    if second is None:
        return None
    return _make(tokens, offset, i, second[1], first[0], first[0], second[0], None)


def _make_hedged(tokens, offset, start, end, low, high) -> Quantity:
    found_hedge = _hedge_before(tokens, start)
    hedge = found_hedge[0] if found_hedge else None
    if found_hedge:
        start = found_hedge[2]
    return _make(tokens, offset, start, end, low, low, high, hedge)


def _make(tokens, offset, start, end, low, best, high, hedge) -> Quantity:
    text = tokens[0].doc[offset + start : offset + end].text
    return Quantity(offset + start, offset + end, text, low, best, high, hedge)


def is_not_a_count(quantity: Quantity, doc) -> bool:
    """True for years, ages, times, distances, money and other numbers that count no one."""
    if _labelled(quantity, doc):
        return True
    noun = counted_noun(quantity, doc)
    if noun is not None and noun.lemma_.lower() in people_groups():
        return False
    if noun is not None and noun.lower_ in _not_a_count_words()["after"]:
        return True  # '150 Syrian pounds'
    first, last = doc[quantity.start], doc[quantity.end - 1]
    following = doc[quantity.end] if quantity.end < len(doc) else None
    preceding = doc[quantity.start - 1] if quantity.start > 0 else None
    if first.ent_type_ in {"MONEY", "PERCENT", "ORDINAL"} or _in_date_or_time(first):
        return True
    if following is not None and following.lower_ in _not_a_count_words()["after"]:
        return True
    if hyphen_suffix(quantity, doc) is not None:
        return True
    if preceding is not None and preceding.lower_ == "of" and quantity.start > 1 and (
            doc[quantity.start - 2].lower_ in _not_a_count_words()["fraction"]):
        return True  # 'a quarter of a million': a fraction warlog does not read
    if re.match(r"^\d{1,2}[:.]\d{2}$", last.text) or re.match(r"^(?:1[89]|20)\d{2}s?$", last.text) and quantity.best and 1800 <= quantity.best <= 2100:
        return True
    if following is not None and following.text == "," and quantity.best is not None and quantity.best < 120:
        before = quantity.start - (2 if preceding is not None and preceding.lower_ in _AGE_WORDS else 1)
        if before >= 1 and doc[before].text == ",":
            return _names_a_person(doc[before - 1])
    return _ages_listed(quantity, doc)


#: Words that may stand between a person and an age given between commas: 'his friend, also 23,', 'the
#: brothers, both 19,', 'a man, aged 40,'.
_AGE_WORDS = frozenset("also both aged age now".split())


def _ages_listed(quantity: Quantity, doc) -> bool:
    """'Two men, 26 and 21, were shot', 'three men, 19, 21 and 22,': ages listed between commas
    after the people they are of."""
    start, end = quantity.start, quantity.end
    while start >= 2 and doc[start - 1].lower_ in {"and", ","} and _is_number_token(doc[start - 2]):
        start -= 2
    while end + 1 < len(doc) and doc[end].lower_ in {"and", ","} and _is_number_token(doc[end + 1]):
        end += 2
    if (start, end) == (quantity.start, quantity.end) or start < 2 or end >= len(doc):
        return False
    return (doc[start - 1].text == "," and doc[end].text == "," and quantity.best is not None
            and quantity.best < 120 and _names_a_person(doc[start - 2]))


def _labelled(quantity: Quantity, doc) -> bool:
    """A number a label word names ('Route 5', 'Photo 3 of 12 Two men were hurt'), whatever noun follows."""
    preceding = doc[quantity.start - 1] if quantity.start > 0 else None
    return (preceding is not None and preceding.lower_ in _not_a_count_words()["before"]
            or _listed_after_a_label(quantity, doc))


#: Words that list labels or number them: 'numbers 10 and 11', 'Routes 5, 6 or 7', 'Photo 3 of 12'.
_LIST_WORDS = frozenset({"and", "or", ",", "&", "of"})


def _listed_after_a_label(quantity: Quantity, doc) -> bool:
    """'homicides number 10 and 11', 'Nos. 3 and 4', 'Photo 3 of 12': a number listed after one that
    a label word names is a label too."""
    i = quantity.start - 1
    while i >= 2 and doc[i].lower_ in _LIST_WORDS and _is_number_token(doc[i - 1]):
        i -= 2
        if doc[i].lower_ in _not_a_count_words()["before"]:
            return True
    return False


#: Words that stand for one of the people just counted: 'One, 24, was shot in the leg; another, 30, ...'.
_ONE_OF_SEVERAL = frozenset("one another other".split())


def _names_a_person(token: Token) -> bool:
    """'Pettigrew, 28,' and 'the victim, 24,': a name the tagger missed or a person noun, which news
    follows with the age between commas, also when the tagger takes the name for an organisation
    ('Jo-Lynn Abernathy, 3, of Akron'), or a word for one of several ('another, 30,'); not a place
    ('Kabul, 12,')."""
    if token.ent_type_ == "PERSON" or people_group(token) is not None or token.lower_ in _ONE_OF_SEVERAL:
        return True
    return token.tag_ == "NNP" and token.ent_type_ not in {"GPE", "LOC", "FAC", "NORP"}


def _in_date_or_time(token: Token) -> bool:
    """Inside a date or time with words or a year ('March 2011', 'Oct. 29', '5:07 a.m.'); the tagger also
    marks bare counts as dates ('injuring 64'), which stay counts."""
    if token.ent_type_ not in {"DATE", "TIME"}:
        return False
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    words = entity if entity is not None else [token]
    return any(t.text.rstrip(".").isalpha() or re.match(r"^(?:1[89]|20)\d{2}s?$|^\d{1,2}[:.]\d{2}$", t.text) for t in words)


def hyphen_suffix(quantity: Quantity, doc) -> str | None:
    """The kind of word hyphenated after the number ('50-day': measure, '300-strong': size), if any."""
    if quantity.end + 1 >= len(doc) or doc[quantity.end].text not in {"-", "\u2013"}:
        return None
    return suffixes().get(doc[quantity.end + 1].lemma_.lower()) or suffixes().get(doc[quantity.end + 1].lower_)


#: How many words after a count its noun may come: past plain words ('five security force members'),
#: past a name with its acronym ('four Free Syrian Army (FSA) fighters').
_WORD_REACH = 4
_NAME_REACH = 8


def _named_noun(head: Token, end: int) -> Token:
    """Through the compounds, and the names that qualify a noun, to the noun they name."""
    while head.head.i > head.i and head.head.i - end <= _NAME_REACH and (
            head.dep_ == "compound" and head.head.i - end <= _WORD_REACH or head.dep_ == "nmod" and head.pos_ == "PROPN"):
        head = head.head
    return head


def counted_noun(quantity: Quantity, doc) -> Token | None:
    """The noun the quantity counts: '603 civilians', 'dozens of civilians', 'a woman and her children'."""
    last = doc[quantity.end - 1]
    if quantity.end < len(doc) and doc[quantity.end].lower_ == "of" and quantity.end + 1 < len(doc):
        for token in doc[quantity.end + 1 : min(len(doc), quantity.end + 6)]:
            if token.pos_ == "PRON" and token.dep_ != "poss" or token.is_punct:
                break  # '10 of them, a monitor said': the pronoun stands for people already named
            if token.pos_ in {"NOUN", "PROPN"} and token.dep_ not in {"compound", "poss"}:
                return token
    if last.pos_ in {"NOUN"} and last.lemma_.lower() in people_groups():
        return last
    head = _named_noun(last.head, quantity.end)
    reach = _NAME_REACH if any(t.pos_ == "PROPN" for t in doc[quantity.end:head.i]) else _WORD_REACH
    if head.i >= quantity.end and head.pos_ in {"NOUN", "PROPN"} and head.i - quantity.end <= reach:
        return head
    if quantity.end < len(doc) and doc[quantity.end].pos_ in {"NOUN"}:
        return doc[quantity.end]
    return None
