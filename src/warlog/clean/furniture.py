"""Strip page furniture (share rows, icon lists, comment forms, player timers, cookie notices).

Two passes, both per paragraph (a line of text):

1. The project's patterns in ``data/furniture/patterns.csv`` remove what is
   certainly furniture, wherever it stands.
2. jusText's classifier (stopword density and length, as in its paper) judges
   the rest; a paragraph it calls boilerplate is removed only when it is short,
   because jusText also rejects real paragraphs dense in names and numbers, and
   losing a paragraph of news costs data; and never when it is a whole sentence of
   some length ('The army denied carrying out any air strike in the area.'), which
   furniture seldom is.

Datelines are never removed (they date the article), nor is the first line
after them, which may be the title.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

import justext

from warlog.clean.language import english_stopwords
from warlog.data import read_table
from warlog.dates.datelines import parse_dateline

#: jusText may only remove paragraphs shorter than this many words.
MAX_WORDS_JUSTEXT_MAY_DROP = 15
#: A paragraph of at least this many words that ends a sentence is news, whatever jusText says.
MIN_WORDS_OF_A_SENTENCE = 8
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?$")


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...]]:
    drop = tuple(re.compile(row["pattern"]) for row in _rows("drop_line"))
    trim = tuple(re.compile(row["pattern"]) for row in _rows("trim"))
    return drop, trim


def _rows(action: str) -> list[dict[str, str]]:
    return [row for row in read_table("furniture/patterns.csv") if row["action"] == action]


@lru_cache(maxsize=1)
def _heading_patterns() -> tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...]]:
    headings = tuple(re.compile(row["pattern"]) for row in _rows("heading"))
    appendices = tuple(re.compile(row["pattern"]) for row in _rows("appendix"))
    return headings, appendices


def split_at_headings(paragraphs: list[str]) -> list[str]:
    """The paragraphs broken at section headings in wiki markup, without the headings and without a page's
    closing sections ('See also', 'References': lists of links that name other events). A page flattened to
    one line runs its headings into its sentences ('... elections. == Attack == The bomber ...'), where they
    would be read as part of the next sentence. A closing section ends at the next heading of another kind."""
    headings, appendices = _heading_patterns()
    if not any(pattern.search(p) for p in paragraphs for pattern in headings):
        return paragraphs
    pieces: list[str] = []
    in_appendix = False
    for paragraph in paragraphs:
        position = 0
        for match in sorted((m for pattern in headings for m in pattern.finditer(paragraph)), key=lambda m: m.start()):
            if match.start() < position:
                continue
            if not in_appendix:
                pieces.append(paragraph[position:match.start()])
            in_appendix = any(pattern.search(match.group("title").strip()) for pattern in appendices)
            position = match.end()
        if not in_appendix:
            pieces.append(paragraph[position:])
    return [piece.strip() for piece in pieces if piece.strip()]


def split_paragraphs(text: str) -> list[str]:
    """Split text into non-empty, whitespace-trimmed lines."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _matches_pattern(paragraph: str) -> bool:
    drop, _ = _patterns()
    return any(pattern.search(paragraph) for pattern in drop)


def _trim(paragraph: str) -> str:
    _, trim = _patterns()
    for pattern in trim:
        paragraph = pattern.sub("", paragraph)
    return paragraph.strip()


def _justext_boilerplate(paragraphs: list[str]) -> list[bool]:
    page = "<html><body>" + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs) + "</body></html>"
    judged = justext.justext(page, english_stopwords())
    if len(judged) != len(paragraphs):
        return [False] * len(paragraphs)
    return [p.is_boilerplate for p in judged]


def strip_furniture(paragraphs: list[str]) -> list[str]:
    """Return the paragraphs that are not page furniture, in order, without repeats in a row."""
    kept = [_trim(p) for p in split_at_headings(paragraphs) if not _matches_pattern(p)]
    kept = [p for p in kept if p.strip()]
    droppable = _droppable(kept)
    # jusText parses the page again: only worth it when it may drop something.
    boilerplate = _justext_boilerplate(kept) if droppable else []
    result: list[str] = []
    for index, paragraph in enumerate(kept):
        if index in droppable and boilerplate[index]:
            continue
        if result and result[-1] == paragraph:
            continue
        result.append(paragraph)
    return result


def _droppable(paragraphs: list[str]) -> set[int]:
    """Paragraphs jusText may remove: short ones after the first line of content that are no dateline."""
    first_content = next((i for i, p in enumerate(paragraphs) if parse_dateline(p) is None), len(paragraphs))
    return {i for i, p in enumerate(paragraphs)
            if i > first_content and len(p.split()) < MAX_WORDS_JUSTEXT_MAY_DROP and parse_dateline(p) is None
            and not _is_a_sentence(p)}


def _is_a_sentence(paragraph: str) -> bool:
    return len(paragraph.split()) >= MIN_WORDS_OF_A_SENTENCE and bool(_SENTENCE_END.search(paragraph))
