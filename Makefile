# Every target sets up its own virtualenv from the exact pins in requirements/lock.txt.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: setup generate check validate drift lint typecheck test bench mock clean

setup: $(STAMP)

$(STAMP): requirements/lock.txt requirements/bench.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/lock.txt -r requirements/bench.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

generate: $(STAMP)  ## the main job: regenerate generated/ from specs/
	$(PY) -m generator generate

check: $(STAMP)  ## fail when generated/ differs from what the specs produce
	$(PY) -m generator check

validate: $(STAMP)
	$(PY) -m generator validate

drift: $(STAMP)  ## every spec against its provider's facts lock (sources/<provider>.facts.json)
	$(PY) -m generator drift

lint: $(STAMP)
	$(VENV)/bin/ruff check generator mockserver benchmarks tests
	$(VENV)/bin/ruff format --check generator mockserver benchmarks

typecheck: $(STAMP)
	$(VENV)/bin/mypy generator mockserver benchmarks
	cd generated && ../$(VENV)/bin/mypy --strict -p imagegen

test: $(STAMP)  ## everything: generator and client tests, check, drift, lint, mypy
	$(PY) -m pytest
	$(MAKE) --no-print-directory check drift lint typecheck

bench: $(STAMP)
	$(PY) -m benchmarks

mock: $(STAMP)  ## the spec-driven mock provider on 127.0.0.1:8000, for offline development
	$(PY) -m mockserver --port 8000

clean:
	rm -rf $(VENV)
