"""Storage: DuckDB by default, with the schema from :mod:`warlog.schema`."""

from warlog.store.duckdb_store import Links, Store

__all__ = ["Links", "Store"]
