"""The Python API for notebooks: the same core the command line uses.

DOCS: docs/output.md
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from pathlib import Path

import pandas as pd

from warlog.clean import clean_document
from warlog.errors import Errors, WarlogError
from warlog.extract import extract_article
from warlog.ingest.metadata import parse_published
from warlog.models import Extraction, RawDocument, Skip, with_span_owners
from warlog.nlp import load_nlp
from warlog.schema import EXPORTABLE, column_names
from warlog.store import Store
from warlog.store.provenance import event_field_sources
from warlog.store.queries import find_event_id


def extract(
    text: str,
    *,
    published: str | datetime | None = None,
    outlet: str | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Extraction:
    """Extract the reports and claims of one article, without a database.

    Example:
        >>> result = warlog.extract("An airstrike hit a market in Tabqa on Thursday, killing 12 civilians.",
        ...                         published="2017-03-24", outlet="Levant Wire")
        >>> result.reports[0].sub_event_type
        'Air/drone strike'

    Raises:
        WarlogError: when the text cannot be an article (empty, not English, ...) or ``published`` is no date.
    """
    try:
        when = parse_published(published) if isinstance(published, str) else published
    except ValueError as err:
        raise WarlogError(Errors.E021.format(option="published", expected="a date such as 2017-06-14",
                                             value=published) + f" ({err})") from None
    document = RawDocument(source="<text>", text=text, published=when, outlet=outlet, title=title, url=url)
    article = clean_document(document, now=datetime.now().replace(microsecond=0))
    if isinstance(article, Skip):
        raise WarlogError(f"Not extracted: {article.reason}.")
    return with_span_owners(extract_article(article, load_nlp()))


class Database:
    """A warlog database opened for reading; each table is a pandas DataFrame.

    Example:
        >>> db = warlog.open("warlog.duckdb")
        >>> db.events[["event_id", "sub_event_type", "fatalities_best", "grade"]]
    """

    def __init__(self, path: str | Path):
        if not Path(path).exists():
            raise WarlogError(Errors.E006.format(path=path))
        self.path = str(path)

    def table(self, name: str) -> pd.DataFrame:
        if name not in EXPORTABLE:
            raise WarlogError(Errors.E004.format(table=name, choices=", ".join(EXPORTABLE)))
        with Store(self.path, read_only=True) as store:
            return store.table(name)

    def explain(self, event_id: str) -> pd.DataFrame:
        """Every traced field of one event (or the one event whose id starts so) with where it comes from:
        the report or claim, its article and outlet, its sentence, and the words' character span in the
        article, or the coding rule that set it (the view ``event_fields``).

        Example:
            >>> db.explain("3f2a9c")[["field", "value", "surface", "derivation", "outlet"]]

        Raises:
            WarlogError: when no event, or more than one, has that id or prefix.
        DOCS: docs/output.md#provenance
        """
        with Store(self.path, read_only=True) as store:
            found = find_event_id(store, event_id)
            if found is None:
                raise WarlogError(Errors.E011.format(event_id=event_id))
            return pd.DataFrame([asdict(source) for source in event_field_sources(store, [found])],
                                columns=column_names("event_fields"))

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name in EXPORTABLE:
            return self.table(name)
        raise AttributeError(name)

    def __dir__(self):
        return [*super().__dir__(), *EXPORTABLE]


def open(path: str | Path = "warlog.duckdb") -> Database:  # noqa: A001 - the documented name
    """Open a warlog database for reading. See :class:`Database`."""
    return Database(path)
