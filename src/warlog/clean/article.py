"""From a raw input item to a clean :class:`~warlog.models.Article`, or a skip."""

from __future__ import annotations

import re
from datetime import datetime

import trafilatura

from warlog.clean.furniture import split_paragraphs, strip_furniture
from warlog.clean.language import detect_language
from warlog.clean.normalise import article_id_for, normalise_text
from warlog.dates.datelines import find_dateline, parse_dateline
from warlog.errors import SkipKind
from warlog.ingest.metadata import published_or_none
from warlog.models import Article, RawDocument, Skip
from warlog.nlp.prefilter import has_cue, has_event_cue

#: A first paragraph longer than this is a lede, not a title.
MAX_TITLE_CHARS = 160
MAX_TITLE_WORDS = 25
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")


def _looks_like_title(paragraph: str) -> bool:
    return (
        len(paragraph) <= MAX_TITLE_CHARS
        and len(paragraph.split()) <= MAX_TITLE_WORDS
        and not _SENTENCE_END.search(paragraph)
    )


def _first_content_index(paragraphs: list[str]) -> int:
    """Index of the first paragraph that is not a dateline."""
    for index, paragraph in enumerate(paragraphs):
        if parse_dateline(paragraph) is None:
            return index
    return len(paragraphs)


def take_title(paragraphs: list[str], title: str | None) -> tuple[str | None, list[str]]:
    """Split the title off the body.

    With a known title, a leading paragraph repeating it is removed from the body, unless it is the whole
    body (a feed item that gives only its headline: the headline is its news).
    Without one, the first non-dateline paragraph is the title when it reads like
    one (short, no closing period) and more text follows.
    """
    index = _first_content_index(paragraphs)
    if index >= len(paragraphs):
        return title, paragraphs
    candidate = paragraphs[index]
    if title is not None:
        if normalise_text(candidate) == normalise_text(title) and len(paragraphs) > index + 1:
            return title, paragraphs[:index] + paragraphs[index + 1 :]
        return title, paragraphs
    if _looks_like_title(candidate) and index + 1 < len(paragraphs):
        return candidate, paragraphs[:index] + paragraphs[index + 1 :]
    return None, paragraphs


def headline_of_empty_page(body: str, title: str | None) -> str | None:
    """The headline of a page whose text has no word for an event (:func:`warlog.nlp.prefilter.has_event_cue`)
    while the headline can tell one: its only news, coded from it (:mod:`warlog.extract.headline`), and what
    tells it apart from the outlet's other pages that hold the same notice. Pages whose headline tells no
    news either ('Our latest posts') hold nothing apart, and stay one article."""
    if title is None or normalise_text(title) == normalise_text(body) or has_event_cue(body):
        return None
    return title if has_cue(title) else None


def _text_from_html(document: RawDocument) -> str | None:
    extracted = trafilatura.bare_extraction(
        document.html, url=document.url, with_metadata=True, include_comments=False, include_tables=False
    )
    if extracted is None or not extracted.text:
        return None
    document.title = document.title or extracted.title
    document.outlet = document.outlet or extracted.sitename
    document.url = document.url or extracted.url
    document.published = document.published or published_or_none(extracted.date)
    return extracted.text


def clean_document(document: RawDocument, *, now: datetime | None = None) -> Article | Skip:
    """Clean one raw item into an article, or say why it cannot be one."""
    source = document.source
    if document.language and not document.language.lower().startswith("en"):
        return Skip(source, SkipKind.NOT_ENGLISH, f"language given as {document.language!r}, warlog reads English")
    text = document.text if document.text is not None else _text_from_html(document)
    if text is None:
        return Skip(source, SkipKind.NO_TEXT, "no article text found in the HTML")
    paragraphs = strip_furniture(split_paragraphs(text))
    if not paragraphs:
        return Skip(source, SkipKind.EMPTY, "nothing but page furniture")
    title, paragraphs = take_title(paragraphs, document.title)
    body = "\n\n".join(paragraphs)
    language = detect_language(body)
    if language != "en":
        return Skip(source, SkipKind.NOT_ENGLISH, f"text is in another language ({language}), warlog reads English")
    published, published_from = document.published, "metadata" if document.published else None
    if published is None:
        published = find_dateline(paragraphs)
        published_from = "dateline" if published else None
    return Article(
        article_id=article_id_for(body, document.outlet, headline=headline_of_empty_page(body, title)),
        text=body,
        source=source,
        external_id=document.external_id,
        outlet=document.outlet,
        url=document.url,
        title=title,
        published=published,
        published_from=published_from,
        language=language,
        n_chars=len(body),
        ingested_at=now,
    )
