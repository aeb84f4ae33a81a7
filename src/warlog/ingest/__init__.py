"""Readers for every format a news archive comes in: txt, HTML, JSON(L), WARC, stdin."""

from warlog.ingest.sources import SUPPORTED_SUFFIXES, iter_items

__all__ = ["SUPPORTED_SUFFIXES", "iter_items"]
