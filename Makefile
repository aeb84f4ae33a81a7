# Two commands set everything up: `make demo` and `make test`.
# Each builds .venv from the pinned requirements when it is missing or stale.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
WARLOG := $(VENV)/bin/warlog
DB ?= warlog.duckdb
PIP := $(PY) -m pip --disable-pip-version-check -q

.PHONY: demo test test-slow fuzz bench eval eval-real train clean venv serve screenshots

venv: $(VENV)/.runtime

$(VENV)/.runtime: requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -r requirements.lock
	$(PIP) install --no-deps -e .
	touch $@

$(VENV)/.test: $(VENV)/.runtime requirements-test.lock requirements-dask.lock
	$(PIP) install -r requirements-test.lock
	touch $@

demo: $(VENV)/.runtime
	$(WARLOG) run examples/corpus --db $(DB)

test: $(VENV)/.test
	$(PY) -m pytest -q

test-slow: $(VENV)/.test
	$(PY) -m pytest -q --slow

serve: $(VENV)/.runtime
	$(WARLOG) serve --db $(DB)

# The README's pictures of the web view, taken by the browser tests from the example corpus.
screenshots: $(VENV)/.test
	WARLOG_SCREENSHOTS=$(CURDIR)/docs $(PY) -m pytest -q tests/web -k screenshots

# Issue 17: many Hypothesis examples over the readers, a whole `warlog run` over a mixed bad corpus,
# then peak memory on oversized input (bench/bad_input.py; about 2 GB of temporary files).
fuzz: $(VENV)/.test
	WARLOG_FUZZ=1 $(PY) -m pytest -q tests/fuzz tests/test_bad_input.py
	$(PY) bench/bad_input.py

bench: $(VENV)/.test
	$(PY) bench/run.py
	$(PY) bench/web.py

eval: $(VENV)/.runtime
	$(PY) -m warlog.eval

# Real, professionally coded text outside the repository (../shared/dev or WARLOG_DEV_DATA); skips where absent.
eval-real: $(VENV)/.runtime
	$(PY) -m warlog.eval real all

# Rebuilds the event coder (data/training/examples.jsonl and model.npz) from its templates; deterministic.
train: $(VENV)/.test
	$(PY) -m warlog.extract.coder_train

clean:
	rm -rf $(VENV) $(DB) $(DB).wal .pytest_cache bench/out
