"""warlog: turn raw conflict news into a deduplicated, geolocated, source-attributed event record.

DOCS: README.md, docs/output.md
"""

import os as _os
import sys as _sys

try:
    from warlog.api import Database, extract, open
    from warlog.models import Article, Claim, Event, Extraction, Report, Story
    from warlog.pipeline import RunSummary, run
except KeyboardInterrupt:
    # Loading spaCy, DuckDB and pandas takes a second or two, before `warlog`'s own error handling
    # (warlog.cli.entry) can run: a Ctrl-C then is an ordinary interrupt for the command, not a traceback.
    if _os.path.basename(_sys.argv[0]) not in ("warlog", "__main__.py") or "--debug" in _sys.argv:
        raise
    print("warlog: Interrupted.", file=_sys.stderr)
    raise SystemExit(130) from None

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
