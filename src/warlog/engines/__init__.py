"""Engines that run the per-article stages: local processes (default); Dask comes with issue 7."""

from warlog.engines.local import LocalEngine, default_workers

__all__ = ["LocalEngine", "default_workers"]
