"""Parse only what can hold an event or a claim: a cheap pass before the full spaCy pipeline.

Most sentences of a news article are background, quotes and context: no event word, no number.
Parsing them is most of the cost. :func:`keep_relevant` blanks such sentences out with spaces of the
same length, so that the full pipeline skips them almost for free while every character offset
still points into the article's own text (provenance needs exact spans).

A sentence is kept when it holds a cue: a word that starts like an event trigger, a casualty or
claim word, or any number (digits or number words). A figure in the next sentence ('Eleven people
died.') is a cue of its own; a source named in the previous sentence is kept when the cued sentence
refers back to it ('..., he said'). The first paragraph (dateline and lede) is always kept.

The sentence splitter is a regular expression rather than spaCy's: it only has to be cheap and
err on the side of longer sentences; the full parse decides the real boundaries.
"""

from __future__ import annotations

import re
from functools import lru_cache

from warlog.data import read_table

#: Sentence ends: a full stop, question or exclamation mark (perhaps closing a quote) before a space,
#: or a line break.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019)]))\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])|\n+")
_NUMBER = re.compile(r"\d")
#: A speaker named in the sentence before: 'he said', 'they told reporters', 'the group added'.
_REFERS_BACK = re.compile(r"\b(?:he|she|they|it|the group|the ministry|the army|the statement)\s+"
                          r"(?:said|says|added|told|claimed|reported|stated)\b", re.IGNORECASE)
#: Claim categories whose words ('city', 'area') say nothing about an event.
_VAGUE_CATEGORIES = frozenset({"area", "other"})
#: Words too common to say anything when they are part of a trigger phrase.
_WEAK_WORDS = frozenset("over into with from take make have been that this hand open sign state level round reach".split())


def _stem(word: str) -> str:
    """'strike' -> 'strik' (strikes, striking), 'casualty' -> 'casualt' (casualties)."""
    return word[:-1] if word.endswith(("e", "y")) and len(word) > 4 else word


def _longest_word(pattern: str) -> str:
    words = [w for w in pattern.lower().split() if w.isalpha() and w not in _WEAK_WORDS]
    return max(words, key=len, default="")


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern:
    """Word starts that may begin a cue, from the project's own lexicons."""
    stems = {_stem(_longest_word(row["pattern"])) for row in read_table("triggers/triggers.csv")}
    stems |= {_stem(row["lemma"]) for row in read_table("claims/categories.csv") if row["category"] not in _VAGUE_CATEGORIES}
    stems |= {row["form"] for row in read_table("nlp/cue_forms.csv")}
    stems |= {_longest_word(row["pattern"]) for row in read_table("numbers/vague.csv")}
    stems = {s for s in stems if len(s) >= 3}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, stems), key=len, reverse=True)) + ")", re.IGNORECASE)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of rough sentences, covering the text with the gaps between them."""
    spans, start = [], 0
    for boundary in _SENTENCE_END.finditer(text):
        spans.append((start, boundary.start()))
        start = boundary.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s]


def _has_cue(sentence: str) -> bool:
    return bool(_NUMBER.search(sentence) or _cue_pattern().search(sentence))


def _first_paragraph_end(text: str) -> int:
    stripped = text.lstrip()
    end = stripped.find("\n\n")
    return len(text) - len(stripped) + (end if end >= 0 else len(stripped))


def keep_relevant(text: str) -> str:
    """The text with every sentence that cannot hold an event or claim (nor neighbours one) blanked out.

    The result has the same length as ``text`` and the same characters wherever it keeps them.
    """
    spans = sentence_spans(text)
    cued = [_has_cue(text[s:e]) for s, e in spans]
    lede_end = _first_paragraph_end(text)
    refers_back = [cued[i] and bool(_REFERS_BACK.search(text[s:e])) for i, (s, e) in enumerate(spans)]
    keep = [
        s < lede_end or cued[i] or (i + 1 < len(spans) and refers_back[i + 1])
        for i, (s, _) in enumerate(spans)
    ]
    if all(keep):
        return text
    characters = list(text)
    for (start, end), kept in zip(spans, keep):
        if not kept:
            characters[start:end] = [c if c == "\n" else " " for c in text[start:end]]
    return "".join(characters)
