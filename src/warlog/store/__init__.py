"""Storage: DuckDB by default, with the schema from :mod:`warlog.schema`."""

from warlog.store.duckdb_store import Store

__all__ = ["Store"]
