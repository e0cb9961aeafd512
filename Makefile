# laomo-graph — the two set-up commands on a fresh Debian 12 machine:
#   make run    Debian packages it needs, a project virtualenv (.venv), the sample data
#               loaded into the embedded store, the UI on http://127.0.0.1:$(PORT)
#   make test   the same plus chromium, a JDK 17 and Maven (the local Neo4j), then the whole suite
# Nothing is installed into the system interpreter (PEP 668): Python packages go to $(VENV).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DB ?= data/laomo.lbug
PORT ?= 8501
PYTEST_ARGS ?=
STAMP := $(VENV)/.installed

# What Debian must provide.  Run-time: venv support and the CJK font of the profile card.
# Tests add the browser and the JDK + Maven that build the local Neo4j launcher.
DEB_RUN := python3-venv fonts-noto-cjk
DEB_TEST := $(DEB_RUN) chromium openjdk-17-jdk-headless maven

.PHONY: install system-deps system-deps-run run sample ui test test-fast lint format clean
include Makefile.neo4j
NEO4J_PYTHON = $(PY)

$(PY):
	$(PYTHON) -m venv $(VENV) || { echo "could not create $(VENV): run 'make system-deps' (python3-venv)" >&2; exit 1; }

$(STAMP): $(PY) pyproject.toml requirements.lock
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install -q --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

install: $(STAMP)

# Installs the missing Debian packages when run as root; otherwise prints the exact command.
system-deps:
	@PKGS="$(DEB_TEST)" PYTHON="$(PYTHON)" sh scripts/system-deps.sh

system-deps-run:
	@PKGS="$(DEB_RUN)" PYTHON="$(PYTHON)" sh scripts/system-deps.sh

sample: install
	$(PY) -m laomo.cli load --db $(DB) data/profiles

ui: install
	$(PY) -m laomo.cli ui --db $(DB) --port $(PORT)

run: system-deps-run sample ui

test: system-deps install neo4j-build
	$(PY) -m pytest -q -rfE $(PYTEST_ARGS)

test-fast: install
	$(PY) -m pytest -q -x -m "not browser" $(PYTEST_ARGS)

# ruff (lint + format check) everywhere; mypy strict on the core (graph/, loaders/).
lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

format: install
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

# Back to a tree like a fresh clone (the store, caches, the virtualenv, build output).
clean:
	rm -rf $(DB) $(DB).wal data/generated data/neo4j .pytest_cache .mypy_cache .ruff_cache \
	  tools/neo4j/target $(VENV) *.egg-info build
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
