# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run test lint bench install screenshots guides clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

# The reader's hot modules, compiled with Cython whenever their source changes (screening/native.py).
READER_SOURCES := $(addprefix screening/,folding.py languages.py reading.py facts.py context.py native.py build_reader.py)
build/reader/sources.json: $(READER_SOURCES) $(VENV)/.installed
	$(BIN)/python -m screening.build_reader

install: $(VENV)/.installed build/reader/sources.json

## Fresh machine: install, migrate SQLite (and create the cache table), seed the demo, serve on 127.0.0.1:8000.
run: install
	DEBUG=true $(BIN)/python manage.py migrate --noinput
	DEBUG=true $(BIN)/python manage.py createcachetable
	DEBUG=true $(BIN)/python manage.py seed_demo
	@echo "Serving on http://127.0.0.1:8000/ (demo logins above)"
	DEBUG=true $(BIN)/python manage.py runserver 127.0.0.1:8000

## The test suite. Set DATABASE_URL (PostgreSQL) and REDIS_URL to run the service-backed tests;
## .ci/run does, with CI=true, where a test that cannot reach them fails instead of skipping.
test: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports

## Benchmarks (need PostgreSQL and Redis; see bench/README.md).
bench: install
	$(BIN)/python bench/run.py

## Screenshots of the main pages into docs/ (needs Chromium).
screenshots: install
	$(BIN)/python docs/make_screenshots.py

## The user guides' screenshots into docs/guides/img/, taken by their browser test (needs Chromium).
guides: install
	UPDATE_GUIDE_SCREENSHOTS=1 $(BIN)/python -m pytest tests/browser/test_user_guides.py

clean:
	rm -rf $(VENV) build db.sqlite3 staticfiles .pytest_cache
