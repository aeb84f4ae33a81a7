"""Cleaning: page furniture out, title and dateline found, language checked, id assigned."""

from warlog.clean.article import clean_document

__all__ = ["clean_document"]
