# Quick start: `make run` serves the demo on http://127.0.0.1:$(PORT); `make test` runs the whole suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 5000
FLASK := APP_ENV=development $(BIN)/flask --app wsgi
STAMP := $(VENV)/.installed

.PHONY: run test install db demo browsers test-postgres screenshots bench phi-model clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

db: install
	$(FLASK) db upgrade

demo: db
	$(FLASK) demo

run: demo
	$(FLASK) run --host 127.0.0.1 --port $(PORT)

# Browser tests drive Debian's Chromium (never a downloaded browser); they skip with a notice when it is absent.
browsers:
	@command -v chromium >/dev/null 2>&1 || { command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null) || \
	  echo "Chromium not installed: browser tests will be skipped (install Debian's chromium to run them)."; }

test: install browsers
	$(BIN)/python -m pytest -q

test-postgres: install browsers
	TEST_DATABASE_URL=$${TEST_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/test} $(BIN)/python -m pytest -q

screenshots: install browsers
	$(BIN)/python -m tests.browser.screenshots

bench: install
	$(BIN)/python bench/phi_eval.py
	$(BIN)/python bench/anchoring_bench.py

# The PHI guard's word model is trained on what the rules find: retrain it after changing a rule (tests check).
phi-model: install
	$(BIN)/python supervision/phi/data/train_model.py

clean:
	rm -rf $(VENV) instance/*.sqlite3 .pytest_cache
