# The project's interface. README.md and CONTRIBUTING.md document each target.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
ADDR   ?= 127.0.0.1:8000

# MkDocs 1.6 prints a banner about MkDocs 2 at every run; it says nothing about this site.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build check lint test bench venv clean new-case new-legal status pdf offline

# Create the virtual environment from the pinned requirements, again only when they change.
$(STAMP): requirements.txt requirements-test.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

# Test tools from npm (axe-core, for the accessibility tests), pinned in package-lock.json; skipped
# with a note where npm is missing (the browser tests then skip, or fail under CI=true).
NPM_STAMP := node_modules/.installed
$(NPM_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm not found: axe-core not installed, the accessibility tests will skip (.ci/install-system-deps installs npm)" >&2; fi

venv: $(STAMP) $(NPM_STAMP)

## serve: build and serve the site at http://$(ADDR)/ with live reload (also watches cases/, legal/, routes/, schema/)
serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr $(ADDR)

## build: strict build of both languages into site/
build: $(STAMP)
	$(BIN)/mkdocs build --strict

## check: validate cases/, legal/, routes/routes.yml and the chapters' cross-links without building
check: $(STAMP)
	@$(BIN)/python -m handbook check

## new-case: write cases/$(ID).yml from the template, e.g. make new-case ID=fr-lyon-social-clauses
new-case: $(STAMP)
	@test -n "$(ID)" || { echo "usage: make new-case ID=<country>-<place>-<topic>, e.g. ID=fr-lyon-social-clauses" >&2; exit 2; }
	@$(BIN)/python -m handbook new-case "$(ID)"

## new-legal: write legal/$(ID).yml (an act, judgment or guidance and its provisions) from the template, e.g. make new-legal ID=pl-pzp-2019
new-legal: $(STAMP)
	@test -n "$(ID)" || { echo "usage: make new-legal ID=<jurisdiction>-<act>, e.g. ID=pl-pzp-2019" >&2; exit 2; }
	@$(BIN)/python -m handbook new-legal "$(ID)"

## status: list chapters missing a translation or older than their Polish source, and copied texts
status: $(STAMP)
	@$(BIN)/python -m handbook status

## lint: ruff on the Python code (rules in pyproject.toml)
lint: $(STAMP)
	$(BIN)/ruff check .

## test: the whole test suite (unit, real builds, browser); .ci/run calls this
# Two workers (the machines have 2 cores); a module's tests stay on one worker, so a module's fixture builds once,
# and the session's shared builds (tests/conftest.py) are made once for both workers.
test: $(STAMP) $(NPM_STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadscope

## bench: build time, phases and memory for N = 10, 100, 1000 synthetic cases (BENCH_SIZES=...) against plain MkDocs pages
bench: $(STAMP)
	$(BIN)/python tests/bench.py

## pdf: build with PDF links, then print every chapter and case collection (pl, en) to site/pdf/ with Chromium
pdf: $(STAMP)
	HANDBOOK_PDF_LINKS=true $(BIN)/mkdocs build --strict
	$(BIN)/python tools/print_pdf.py site

## offline: zip of the site, with its PDFs, that works from file:// (USB stick) into site-offline/
offline: $(STAMP)
	$(BIN)/python tools/offline.py --out site-offline --pdf

clean:
	rm -rf site site-offline docs/cases docs/law docs/data docs/schema docs/status docs/print docs/chooser .cache/handbook
