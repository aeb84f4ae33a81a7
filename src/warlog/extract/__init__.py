"""Extraction: event reports and numeric claims from an annotated article."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from warlog.extract.attribution import attributions
from warlog.extract.claims import extract_claims
from warlog.extract.provenance import trace_reports
from warlog.dates import find_dates, writes_month_first
from warlog.extract.reports import extract_reports
from warlog.extract.when_where import date_reports, locate_claims, locate_reports, publication_day
from warlog.models import Article, Extraction
from warlog.nlp.per_doc import doc_text
from warlog.nlp.prefilter import keep_relevant
from warlog.places import document_country, find_places


#: Articles parsed together by ``nlp.pipe``.
PIPE_BATCH = 16


def extract_from_doc(article: Article, doc: Doc) -> Extraction:
    """Reports and claims of an article from its annotated text.

    ``doc`` may be of the article's text with irrelevant sentences blanked out
    (:func:`warlog.nlp.prefilter.keep_relevant`): offsets are the same, and evidence is
    always quoted from the article itself.
    """
    found = attributions(doc)
    published = publication_day(article.published)
    context = place_context(article)
    places = find_places(doc, context=context)
    guess = document_country(places, doc_text(doc), context=context)
    month_first = writes_month_first(guess.country)
    extraction = Extraction(
        article=article,
        reports=extract_reports(doc, article.article_id, found),
        claims=extract_claims(doc, article.article_id, found, published=article.published, month_first=month_first),
    )
    date_reports(extraction.reports, doc, find_dates(doc, published, month_first=month_first), published)
    locate_reports(extraction.reports, doc, places, context=context, text=article.text, title=article.title,
                   guess=guess)
    locate_claims(extraction.claims, doc, places)
    trace_reports(extraction.reports, doc, article.text)
    for record in (*extraction.reports, *extraction.claims):
        record.sentence = article.text[record.char_start:record.char_end]
    return extraction


def place_context(article: Article) -> str:
    """The whole text, then the title and the outlet: what places are read against (the prefilter blanks sentences
    such as 'It happened in the 1400 block of North Maple Avenue', which say where the news is from).
    The text comes first so that offsets into it are offsets into the article."""
    return "\n".join(filter(None, (article.text, article.title, article.outlet)))


def extract_article(article: Article, nlp: Language) -> Extraction:
    """Annotate one article and extract its reports and claims."""
    return extract_from_doc(article, nlp(keep_relevant(article.text)))


def extract_batch(articles: list[Article], nlp: Language) -> list[Extraction]:
    """:func:`extract_article` for many articles, parsed in batches by ``nlp.pipe`` (faster than one by one)."""
    docs = nlp.pipe((keep_relevant(a.text) for a in articles), batch_size=PIPE_BATCH)
    return [extract_from_doc(article, doc) for article, doc in zip(articles, docs)]


__all__ = ["extract_article", "extract_batch", "extract_from_doc"]
