"""Extraction: event reports and numeric claims from an annotated article."""

from __future__ import annotations

from spacy.language import Language

from warlog.extract.attribution import attributions
from warlog.extract.claims import extract_claims
from warlog.extract.reports import extract_reports
from warlog.models import Article, Extraction


def extract_article(article: Article, nlp: Language) -> Extraction:
    """Annotate one article and extract its reports and claims."""
    doc = nlp(article.text)
    found = attributions(doc)
    return Extraction(
        article=article,
        reports=extract_reports(doc, article.article_id, found),
        claims=extract_claims(doc, article.article_id, found),
    )


__all__ = ["extract_article"]
