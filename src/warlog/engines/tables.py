"""The rows every engine writes: Arrow tables named after the database tables.

The local engine hands them straight to :meth:`Store.write_tables`; the Dask
engine's workers write them to Parquet (:mod:`warlog.engines.parquet`) and the
main process reads them back into the same method. One row format and one
writer, so the dedupe rules cannot drift apart between engines.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

import pyarrow as pa

from warlog.errors import SkipKind, failure_reason
from warlog.ingest.names import printable
from warlog.models import Extraction, Skip, field_span_rows
from warlog.store.duckdb_store import to_arrow


def extraction_tables(extractions: list[Extraction]) -> dict[str, pa.Table]:
    """Articles (marked extracted), reports, claims and their field spans of ``extractions``."""
    return {
        "articles": to_arrow("articles", [asdict(e.article) | {"extracted": True} for e in extractions]),
        "reports": to_arrow("reports", [asdict(r) for e in extractions for r in e.reports]),
        "claims": to_arrow("claims", [asdict(c) for e in extractions for c in e.claims]),
        "field_spans": to_arrow("field_spans", [row for e in extractions for row in field_span_rows(e)]),
    }


def skip_table(skips: list[Skip], *, now: datetime) -> pa.Table:
    return to_arrow("skips", [asdict(s) | {"skipped_at": now} for s in skips])


def storable(extractions: list[Extraction]) -> tuple[list[Extraction], list[Skip]]:
    """The extractions that make valid rows, and a skip for each one that does not.

    Rows are checked as a batch first (one conversion); only when that fails is
    each one tried alone, so one bad record never costs the batch around it.
    """
    try:
        extraction_tables(extractions)
        return extractions, []
    except Exception:  # noqa: BLE001 - find the records at fault below
        pass
    kept, skips = [], []
    for extraction in extractions:
        try:
            extraction_tables([extraction])
            kept.append(extraction)
        except Exception as err:  # noqa: BLE001 - isolation
            skips.append(Skip(extraction.article.source, SkipKind.FAILED, printable(f"cannot be stored: {failure_reason(err)}")))
    return kept, skips
