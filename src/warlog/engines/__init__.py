"""Engines that run the per-article stages: local processes (default) or a Dask cluster.

Dask is an optional extra, so :mod:`warlog.engines.dask` is imported only when
asked for, through :func:`load_dask_engine`; the local engine never imports it.
"""

from __future__ import annotations

from warlog.engines.local import LocalEngine, default_workers
from warlog.errors import Errors, WarlogError

_DASK_PACKAGES = ("dask", "distributed")


def load_dask_engine() -> type:
    """The :class:`~warlog.engines.dask.DaskEngine` class, or a WarlogError (E009) when Dask is missing."""
    try:
        from warlog.engines.dask import DaskEngine
    except ImportError as err:
        if (err.name or "").split(".")[0] in _DASK_PACKAGES:
            raise WarlogError(Errors.E009) from None
        raise
    return DaskEngine


__all__ = ["LocalEngine", "default_workers", "load_dask_engine"]
