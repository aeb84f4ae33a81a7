"""Parse only what can hold an event or a claim: a cheap pass before the full spaCy pipeline.

Most sentences of a news article are background, quotes and context: no event word, no number.
Parsing them is most of the cost. :func:`keep_relevant` blanks such sentences out with spaces of the
same length, so that the full pipeline skips them almost for free while every character offset
still points into the article's own text (provenance needs exact spans).

A sentence is kept when it can hold an event: a word that starts like an event trigger or a
casualty word ('struck', 'died', 'toll'); or when it can hold a claim: a figure (digits, a number
word, a vague quantity) together with a word that says what is counted ('civilians', 'displaced',
'detained'). A figure alone ('on 5 June', 'a city of 200,000 residents' is kept, 'built in 1972' is
not) costs no parse. A figure in the next sentence ('Eleven people died.') is a cue of its own; a
source named in the previous sentence is kept when the cued sentence refers back to it ('..., he
said'). The first paragraph (dateline and lede) is always kept, and so is the sentence right after
the article's first cued one when it names a day: news often tells what happened in one sentence and
when in the next ('A boy was hurt by a stray bullet. / It happened around 9 p.m. Sunday ...').

The sentence splitter is a regular expression rather than spaCy's: it only has to be cheap and
err on the side of longer sentences; the full parse decides the real boundaries.
"""

from __future__ import annotations

import re
from functools import lru_cache

from warlog.data import read_table
from warlog.dates import tables as dates_tables
from warlog.regex_union import union_of

#: Sentence ends: a full stop, question or exclamation mark (perhaps closing a quote) before a space,
#: or a line break.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019)]))\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])|\n+")
#: A speaker named in the sentence before: 'he said', 'they told reporters', 'the group added'.
_REFERS_BACK = re.compile(r"\b(?:he|she|they|it|the group|the ministry|the army|the statement)\s+"
                          r"(?:said|says|added|told|claimed|reported|stated)\b", re.IGNORECASE)
#: Claim categories whose words ('city', 'area') say nothing about an event.
_VAGUE_CATEGORIES = frozenset({"area", "other"})
#: Words too common to say anything when they are part of a trigger phrase.
_WEAK_WORDS = frozenset("the and for its his her their out off all any not but was are has had over into with from "
                         "take make have been that this hand open sign state level round reach".split())


def _stem(word: str) -> str:
    """'strike' -> 'strik' (strikes, striking), 'casualty' -> 'casualt' (casualties)."""
    return word[:-1] if word.endswith(("e", "y")) and len(word) > 4 else word


def _longest_word(pattern: str) -> str:
    words = [w for w in pattern.lower().split() if w.isalpha() and w not in _WEAK_WORDS]
    return max(words, key=len, default="")


def _word_starts(stems: set[str]) -> re.Pattern:
    """Words beginning with one of ``stems``; group 1 is the (longest) stem, group 0 the whole word."""
    stems = {s for s in stems if len(s) >= 3}
    return re.compile(rf"\b({union_of(stems)})\w*", re.IGNORECASE)


def _cue_forms(kind: str) -> set[str]:
    return {row["form"] for row in read_table("nlp/cue_forms.csv") if row["kind"] == kind}


def _content_stems(pattern: str) -> frozenset[str]:
    """'take to the street' -> {'street'}; 'gun down' -> {'gun', 'down'}: the words a trigger needs."""
    words = (w for w in pattern.lower().split() if w.isalpha() and w not in _WEAK_WORDS)
    return frozenset(_stem(w) for w in words if len(w) >= 3)


@lru_cache(maxsize=1)
def _event_cues() -> tuple[re.Pattern, frozenset[str], tuple[frozenset[str], ...]]:
    """What finds event words: the pattern of all trigger stems, the stems that cue alone, and the
    sets of stems that cue only together (every content word of a phrase: 'gun down')."""
    phrases = {_content_stems(row["pattern"]) for row in read_table("triggers/triggers.csv")} - {frozenset()}
    single = {next(iter(p)) for p in phrases if len(p) == 1} | _cue_forms("event")
    together = tuple(p for p in phrases if len(p) > 1 and not p & single)
    return _word_starts(single | {s for p in together for s in p}), frozenset(single), together


def has_event_cue(sentence: str) -> bool:
    """Does ``sentence`` (or any text) hold a word that starts like an event trigger or a casualty word?"""
    pattern, single, together = _event_cues()
    found = {m.group(1).lower() for m in pattern.finditer(sentence) if m.group(0).lower() not in _not_cues()}
    return bool(found & single) or any(p <= found for p in together)


@lru_cache(maxsize=1)
def _not_cues() -> frozenset[str]:
    """Words that begin like a trigger but name no event: 'according', 'fighters'."""
    return frozenset(_cue_forms("not"))


@lru_cache(maxsize=1)
def _figure_cues() -> re.Pattern:
    """Digits, number words and vague quantities ('dozens', 'scores of')."""
    stems = {_longest_word(row["pattern"]) for row in read_table("numbers/vague.csv")} | _cue_forms("figure")
    return re.compile(r"\d|" + _word_starts(stems).pattern, re.IGNORECASE)


@lru_cache(maxsize=1)
def _counted_cues() -> re.Pattern:
    """Words that say what a figure counts: claim categories ('displaced') and people ('civilians')."""
    stems = {_stem(row["lemma"]) for row in read_table("claims/categories.csv") if row["category"] not in _VAGUE_CATEGORIES}
    stems |= {_stem(row["lemma"]) for row in read_table("numbers/people.csv")}
    return _word_starts(stems)


@lru_cache(maxsize=1)
def _month_abbreviation_end() -> re.Pattern:
    """A text ending in an abbreviated month ('... on Nov.'): its full stop ends no sentence before a day
    number ('on Nov. 22 at the park'), which blanking would otherwise cut from its month."""
    forms = {form[:-1] for row in read_table("dates/months.csv") for form in row["forms"].split("|") if form.endswith(".")}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + r")\.$")


#: A clock time's 'a.m.' or 'p.m.' ending a rough sentence.
_CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
#: A middle initial after a name ('George M.'): the name goes on in the next word.
_INITIAL_END = re.compile(r"\b[A-Z][a-z]+ [A-Z]\.$")


@lru_cache(maxsize=1)
def _when_cues() -> re.Pattern:
    """A weekday, a month with its day ('Nov. 22', '22 November'), or a day word ('yesterday', 'overnight')."""
    months = "|".join(sorted(map(re.escape, dates_tables.month_numbers()), key=len, reverse=True))
    days = "|".join(sorted(map(re.escape, [*dates_tables.weekday_numbers(), *dates_tables.words("relative_day"),
                                           "overnight"]), key=len, reverse=True))
    return re.compile(rf"\b(?:{days})\b|\b(?:{months})(?:\s|(?<=\.))?\d|\d\s(?:{months})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _abbreviation_end() -> re.Pattern:
    """A text ending in an abbreviation whose full stop ends no sentence ('Sgt.', 'St.': ``data/nlp/abbreviations.csv``)."""
    forms = {row["form"] for row in read_table("nlp/abbreviations.csv")}
    return re.compile(r"(?<![\w.])(?:" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + r")$",
                      re.IGNORECASE)


def _keeps_together(text: str, boundary: re.Match) -> bool:
    """Is the boundary no sentence end? After an abbreviation ('at Mount St. | Mary') or a middle initial
    ('Dana K. | Ortiz was shot on Friday': cut there, the day would be blanked as a sentence of its own),
    between a day number and its abbreviated month ('on Nov. | 22'), or a day and its clock time ('at 1 p.m. |
    Sunday')."""
    if "\n" in boundary.group():
        return False
    after, before = text[boundary.end():boundary.end() + 12], text[max(0, boundary.start() - 8):boundary.start()]
    if _abbreviation_end().search(before) or _INITIAL_END.search(text[max(0, boundary.start() - 20):boundary.start()]):
        return True
    if after[:1].isdigit():
        return _month_abbreviation_end().search(before) is not None
    return _CLOCK_END.search(before) is not None and _when_cues().match(after) is not None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of rough sentences, covering the text with the gaps between them."""
    spans, start = [], 0
    for boundary in _SENTENCE_END.finditer(text):
        if _keeps_together(text, boundary):
            continue
        spans.append((start, boundary.start()))
        start = boundary.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s]


def has_cue(sentence: str) -> bool:
    """Can ``sentence`` hold an event or a claim: an event or casualty word, or a figure with a word that says
    what it counts?"""
    if has_event_cue(sentence):
        return True
    return bool(_figure_cues().search(sentence) and _counted_cues().search(sentence))


def _first_paragraph_end(text: str) -> int:
    stripped = text.lstrip()
    end = stripped.find("\n\n")
    return len(text) - len(stripped) + (end if end >= 0 else len(stripped))


def _says_when_of_lede(spans: list[tuple[int, int]], cued: list[bool], text: str) -> int | None:
    """The index of the sentence right after the first cued one, when it names a day, else None."""
    first = next((i for i, is_cued in enumerate(cued) if is_cued), None)
    if first is None or first + 1 >= len(spans):
        return None
    start, end = spans[first + 1]
    return first + 1 if _when_cues().search(text, start, end) else None


def keep_relevant(text: str) -> str:
    """The text with every sentence that cannot hold an event or claim (nor neighbours one) blanked out.

    The result has the same length as ``text`` and the same characters wherever it keeps them.
    """
    spans = sentence_spans(text)
    cued = [has_cue(text[s:e]) for s, e in spans]
    lede_end = _first_paragraph_end(text)
    refers_back = [cued[i] and bool(_REFERS_BACK.search(text[s:e])) for i, (s, e) in enumerate(spans)]
    says_when = _says_when_of_lede(spans, cued, text)
    keep = [
        s < lede_end or cued[i] or (i + 1 < len(spans) and refers_back[i + 1]) or i == says_when
        for i, (s, _) in enumerate(spans)
    ]
    if all(keep):
        return text
    characters = list(text)
    for (start, end), kept in zip(spans, keep):
        if not kept:
            characters[start:end] = [c if c == "\n" else " " for c in text[start:end]]
    return "".join(characters)
