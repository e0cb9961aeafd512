# laomo-graph — the two set-up commands on a fresh machine:
#   make run    install, load the sample data into the embedded store, start the UI
#   make test   install (incl. the local Neo4j launcher) and run the whole suite
PYTHON ?= python3
DB ?= data/laomo.lbug
PORT ?= 8501
PYTEST_ARGS ?=
STAMP := .install.stamp

.PHONY: install system-deps run sample ui test test-fast lint clean
include Makefile.neo4j
NEO4J_PYTHON = $(PYTHON)

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m pip install -q -r requirements.lock
	$(PYTHON) -m pip install -q --no-deps -e .
	@touch $(STAMP)

install: $(STAMP)

# Debian packages the UI tests and the profile-card export need (CJK font, chromium).
system-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	  else echo "please install the Debian packages chromium and fonts-noto-cjk (sudo apt-get install chromium fonts-noto-cjk)"; exit 1; fi; \
	fi

sample: install
	$(PYTHON) -m laomo.cli load --db $(DB) data/profiles

ui: install
	$(PYTHON) -m laomo.cli ui --db $(DB) --port $(PORT)

run: sample ui

test: install system-deps neo4j-build
	$(PYTHON) -m pytest -q -rfE $(PYTEST_ARGS)

test-fast: install
	$(PYTHON) -m pytest -q -x -m "not browser" $(PYTEST_ARGS)

clean:
	rm -rf $(DB) $(DB).wal data/generated .pytest_cache $(STAMP)
