"""Exports: jsonl, csv and parquet (ACLED-style and GeoJSON come with later issues)."""

from warlog.export.tables import FORMATS, export_table

__all__ = ["FORMATS", "export_table"]
