# JOBS4ALL CPD for Open edX — developer commands. `make run` and `make test` need nothing
# but Python 3.11+ (and, for the browser tests and catalogs, Debian's chromium and gettext).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= 8000
LANGS  := de pl pt es el
export DJANGO_SETTINGS_MODULE := jobs4all_xblocks.demo.settings

.PHONY: screenshots run test bench translations translations_extract translations_compile archives install clean help

help:
	@echo "make run           set up .venv and serve the workbench demo at http://127.0.0.1:$(PORT)"
	@echo "make test          install the test dependencies and run the whole test suite"
	@echo "make bench         benchmarks of the evidence store (10,000 learners x 24 outcomes)"
	@echo "make translations  extract messages into the catalogs and compile them"
	@echo "make screenshots   retake the screenshots the README shows (tests/screenshots/)"
	@echo "make archives      build the importable course archives (course_export/dist/)"

$(VENV)/.demo: setup.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[demo,course]'
	touch $@

$(VENV)/.test: setup.py $(VENV)/.demo
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.test

run: $(VENV)/.demo
	$(PY) -m django migrate --run-syncdb --noinput -v 0
	$(PY) -m jobs4all_xblocks.demo.seed
	@echo "Serving the JOBS4ALL demo at http://127.0.0.1:$(PORT)/  (?student=staff_1 for the staff view, ?lang=de for German)"
	$(PY) -m django runserver 127.0.0.1:$(PORT) --noreload

test: $(VENV)/.test
	$(PY) -m pytest

bench: $(VENV)/.test
	$(PY) -m tests.bench.evidence_bench

screenshots: $(VENV)/.test
	JOBS4ALL_UPDATE_SCREENSHOTS=1 $(PY) -m pytest tests/browser -q

translations: translations_extract translations_compile

translations_extract: $(VENV)/.test
	$(PY) -m jobs4all_xblocks.catalogs extract
	$(PY) -m course_export extract

translations_compile: $(VENV)/.test
	$(PY) -m jobs4all_xblocks.catalogs compile

archives: $(VENV)/.demo
	$(PY) -m course_export build --all

clean:
	rm -rf build dist *.egg-info var test-artifacts course_export/dist
