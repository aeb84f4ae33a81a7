"""Exports: jsonl, csv and parquet of every table; GeoJSON, ACLED and UCDP GED layouts of the events."""

from warlog.export.tables import ALL_FORMATS, EVENT_FORMATS, FORMATS, export_table

__all__ = ["ALL_FORMATS", "EVENT_FORMATS", "FORMATS", "export_table"]
