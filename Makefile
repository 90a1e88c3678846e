# Every target sets up the virtualenv it needs from exact pins: `generate` only what generation needs
# (requirements/generate.txt), `test` and the others add requirements/test.txt, `bench` adds bench.txt.
# Packages are installed with the pinned uv (parallel downloads); plain pip is the fallback.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
UV_VERSION := 0.13.9
GEN_STAMP := $(VENV)/.generate-stamp
TEST_STAMP := $(VENV)/.test-stamp
BENCH_STAMP := $(VENV)/.bench-stamp
# Install into the venv with uv when it is there, else with pip.
INSTALL = if [ -x $(VENV)/bin/uv ]; then $(VENV)/bin/uv pip install --quiet --python $(PY) $(1); \
	else $(PY) -m pip install --quiet --disable-pip-version-check $(1); fi

.PHONY: setup generate check validate drift lint typecheck test bench node-tools mock clean

setup: $(TEST_STAMP)

$(VENV)/.venv-stamp:
	@echo "make: creating $(VENV) with the pinned installer (uv $(UV_VERSION))"
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION) \
		|| echo "make: uv could not be installed; falling back to pip (slower)"
	touch $@

$(GEN_STAMP): requirements/generate.txt $(VENV)/.venv-stamp
	@echo "make: installing what generation needs (requirements/generate.txt)"
	@$(call INSTALL,-r requirements/generate.txt)
	touch $@

$(TEST_STAMP): $(GEN_STAMP) requirements/test.txt pyproject.toml generated/pyproject.toml
	@echo "make: installing test, lint and mock tools (requirements/test.txt), the generator (imagegen-specgen) and the client (generated/)"
	@$(call INSTALL,-r requirements/test.txt)
	@$(call INSTALL,--no-deps --no-build-isolation -e . -e generated)
	touch $@

$(BENCH_STAMP): $(TEST_STAMP) requirements/bench.txt
	@echo "make: installing the benchmark references (requirements/bench.txt)"
	@$(call INSTALL,-r requirements/bench.txt)
	touch $@

generate: $(GEN_STAMP)  ## the main job: regenerate generated/ from specs/
	$(PY) -m imagegen_specgen generate

check: $(GEN_STAMP)  ## fail when generated/ differs from what the specs produce (cached: .generator-cache/)
	$(PY) scripts/unasync.py --check  # the runtime's sync modules are generated from the async ones
	$(PY) -m imagegen_specgen check $(if $(CI),--no-cache)  # CI (CI=true) takes the full, uncached path

validate: $(GEN_STAMP)
	$(PY) -m imagegen_specgen validate

drift: $(GEN_STAMP)  ## every spec against its provider's facts lock (sources/<provider>.facts.json)
	$(PY) -m imagegen_specgen drift

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check imagegen_specgen benchmarks scripts tests
	$(VENV)/bin/ruff format --check imagegen_specgen benchmarks scripts

typecheck: $(TEST_STAMP)
	$(VENV)/bin/mypy imagegen_specgen benchmarks scripts
	cd generated && ../$(VENV)/bin/mypy --strict -p imagegen_typed

# pytest's workers (pytest-xdist; work stealing, so the long tests do not queue behind one another): most tests
# wait on sockets, timeouts and subprocesses, so more workers than cores pays; `make test WORKERS=0`: one process.
WORKERS ?= 4

# The suite starts hundreds of Python processes (workers, generator runs, pytest over generated tests): each would
# compile every module it imports again where bytecode writing is off (PYTHONDONTWRITEBYTECODE), so `make test`
# turns it on and keeps the bytecode in the virtualenv, out of the work tree (PYTHONPYCACHEPREFIX).
test: export PYTHONDONTWRITEBYTECODE :=
test: export PYTHONPYCACHEPREFIX := $(CURDIR)/$(VENV)/pycache
test: $(TEST_STAMP)  ## everything: generator and client tests, check, drift, lint, mypy
	$(PY) -m pytest $(if $(filter 0,$(WORKERS)),,-n $(WORKERS) --dist worksteal)
	$(MAKE) --no-print-directory -j 2 check drift lint typecheck

bench: $(BENCH_STAMP)
	$(PY) -m benchmarks

node-tools:  ## Node, Prism and Redocly CLI for the OpenAPI export's tests (else those tests skip, saying so)
	.ci/install-node-tools

mock: $(TEST_STAMP)  ## the spec-driven mock provider on 127.0.0.1:$(PORT) (make mock PORT=8765)
	$(PY) -m imagegen_specgen.mock --port $(PORT)

clean:
	rm -rf $(VENV)
