"""warlog: turn raw conflict news into a deduplicated, geolocated, source-attributed event record.

DOCS: README.md, docs/output.md
"""

from warlog.api import Database, extract, open
from warlog.models import Article, Claim, Event, Extraction, Report, Story
from warlog.pipeline import RunSummary, run

__all__ = [
    "Article",
    "Claim",
    "Database",
    "Event",
    "Extraction",
    "Report",
    "RunSummary",
    "Story",
    "extract",
    "open",
    "run",
]
__version__ = "0.1.0"
