"""Dask is an optional extra: the local engine never imports it, and its absence is one clear error."""

import subprocess
import sys

import pytest

from warlog.errors import Errors, WarlogError
from warlog.pipeline import run

from conftest import EXAMPLES, ROOT

NO_DASK_IMPORTED = """
import sys
import warlog.cli.app
from warlog.pipeline import run
run([sys.argv[1]], db=sys.argv[2], workers=1)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("dask", "distributed"))
assert not loaded, loaded
"""


def test_the_local_engine_does_not_import_dask(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    command = [sys.executable, "-c", NO_DASK_IMPORTED, str(tmp_path), str(tmp_path / "local.duckdb")]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_without_dask_the_dask_engine_is_a_one_line_error(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)
    monkeypatch.delitem(sys.modules, "warlog.engines.dask", raising=False)
    with pytest.raises(WarlogError) as error:
        run([EXAMPLES], db=tmp_path / "x.duckdb", engine="dask")
    assert str(error.value) == Errors.E009 and not (tmp_path / "x.duckdb").exists()
