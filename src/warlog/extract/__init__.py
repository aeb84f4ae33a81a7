"""Extraction: event reports and numeric claims from an annotated article."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from warlog.extract.attribution import attributions
from warlog.extract.claims import extract_claims
from warlog.extract.headline import as_headline_report, headline_context, headline_to_code
from warlog.extract.provenance import trace_reports
from warlog.dates import find_dates, writes_month_first
from warlog.extract.reports import extract_reports
from warlog.extract.when_where import date_reports, locate_claims, locate_reports, publication_day
from warlog.models import Article, Extraction, Report
from warlog.nlp.per_doc import doc_text
from warlog.nlp.prefilter import keep_relevant
from warlog.places import CountryGuess, PlaceMention, document_country, find_places
from warlog.places.name_hints import unplaced_name_evidence


#: Articles parsed together by ``nlp.pipe``.
PIPE_BATCH = 16


def extract_from_doc(article: Article, doc: Doc) -> Extraction:
    """Reports and claims of an article from its annotated text.

    ``doc`` may be of the article's text with irrelevant sentences blanked out
    (:func:`warlog.nlp.prefilter.keep_relevant`): offsets are the same, and evidence is
    always quoted from the article itself.
    """
    found = attributions(doc)
    context = place_context(article)
    places, guess = _places(doc, context)
    extraction = Extraction(
        article=article,
        reports=extract_reports(doc, article.article_id, found),
        claims=extract_claims(doc, article.article_id, found, published=article.published,
                              month_first=writes_month_first(guess.country)),
    )
    _date_and_place(extraction.reports, doc, article, places, guess, context=context, text=article.text,
                    title=article.title)
    locate_claims(extraction.claims, doc, places)
    for record in (*extraction.reports, *extraction.claims):
        record.sentence = article.text[record.char_start:record.char_end]
    return extraction


def add_headline_reports(extraction: Extraction, doc: Doc) -> None:
    """Code the article's headline, parsed alone in ``doc``, as its body is coded, and add its reports
    to ``extraction`` (:mod:`warlog.extract.headline`: used where the body tells no event)."""
    article = extraction.article
    context = headline_context(article)
    places, guess = _places(doc, context)
    reports = extract_reports(doc, article.article_id, attributions(doc))
    _date_and_place(reports, doc, article, places, guess, context=context, text=doc_text(doc), title=None)
    extraction.reports += [as_headline_report(report, doc_text(doc)) for report in reports]


def _places(doc: Doc, context: str) -> tuple[list[PlaceMention], CountryGuess]:
    places = find_places(doc, context=context)
    return places, document_country(places, doc_text(doc), context=context, unplaced=unplaced_name_evidence(doc))


def _date_and_place(reports: list[Report], doc: Doc, article: Article, places: list[PlaceMention],
                    guess: CountryGuess, *, context: str, text: str, title: str | None) -> None:
    """Date and place the reports read from ``doc`` (of ``text``, perhaps with sentences blanked out) and
    trace their figures to its words."""
    published = publication_day(article.published)
    dates = find_dates(doc, published, month_first=writes_month_first(guess.country))
    date_reports(reports, doc, dates, published)
    locate_reports(reports, doc, places, context=context, text=text, title=title, guess=guess)
    trace_reports(reports, doc, text)


def place_context(article: Article) -> str:
    """The whole text, then the title and the outlet: what places are read against (the prefilter blanks sentences
    such as 'It happened in the 1400 block of North Maple Avenue', which say where the news is from).
    The text comes first so that offsets into it are offsets into the article."""
    return "\n".join(filter(None, (article.text, article.title, article.outlet)))


def extract_article(article: Article, nlp: Language) -> Extraction:
    """Annotate one article and extract its reports and claims; its headline's too when its body tells
    no event."""
    extraction = extract_from_doc(article, nlp(keep_relevant(article.text)))
    headline = headline_to_code(extraction)
    if headline is not None:
        add_headline_reports(extraction, nlp(headline))
    return extraction


def extract_batch(articles: list[Article], nlp: Language) -> list[Extraction]:
    """:func:`extract_article` for many articles, parsed in batches by ``nlp.pipe`` (faster than one by one)."""
    docs = nlp.pipe((keep_relevant(a.text) for a in articles), batch_size=PIPE_BATCH)
    extractions = [extract_from_doc(article, doc) for article, doc in zip(articles, docs)]
    headlines = [(extraction, headline) for extraction in extractions
                 if (headline := headline_to_code(extraction)) is not None]
    for (extraction, _), doc in zip(headlines, nlp.pipe((h for _, h in headlines), batch_size=PIPE_BATCH)):
        add_headline_reports(extraction, doc)
    return extractions


__all__ = ["extract_article", "extract_batch", "extract_from_doc"]
