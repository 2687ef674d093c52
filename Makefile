# Every target creates or refreshes .venv itself, so a fresh clone needs only `make run` / `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := i18n/cercle_fr.ts i18n/cercle_en.ts
QM := $(TS:.ts=.qm)
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint i18n i18n-update screenshots bench crashtest fuzz build build-test clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

i18n/%.qm: i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

i18n: $(QM)

# Re-extract the strings from the sources into the .ts files (translators then fill cercle_fr.ts).
i18n-update: $(STAMP)
	$(PY) -m i18n.tools update

run: $(STAMP) i18n
	QT_QPA_PLATFORM= $(VENV)/bin/cercle $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

test: $(STAMP) i18n lint
	$(VENV)/bin/pytest -q

screenshots: $(STAMP) i18n
	$(PY) docs/make_screenshots.py docs/screenshots

bench: $(STAMP) i18n
	$(PY) -m bench.run

crashtest: $(STAMP)
	CERCLE_CRASH_RUNS=100 $(VENV)/bin/pytest -q tests/storage/test_crash_safety.py

fuzz: $(STAMP)
	CERCLE_FUZZ_EXAMPLES=2000 $(VENV)/bin/pytest -q -m slow tests/handover

build: $(STAMP) i18n
	$(PY) -m pip install --quiet -e '.[build]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/cercle.spec
	tar -C dist -czf dist/Cercle-linux-x86_64.tar.gz Cercle

build-test:
	$(PY) packaging/smoke_test.py dist/Cercle

clean:
	rm -rf build dist $(QM) .pytest_cache
