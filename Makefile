# Every target creates or refreshes .venv itself, so a fresh clone needs only `make run` / `make test`.
# The interpreter .venv is made from: Debian's own python3.11 where it can make one (built with
# profile-guided and link-time optimisation), else python3. The python3 first on this machine's
# PATH (pyenv's) is built with neither: the same tests ran 6 % more instructions on it (callgrind,
# two test files: 13.71 G against 12.94 G) and 7 % more CPU time in whole runs of the tests
# (four pairs alternated, bench/missed_targets.md).
# An existing .venv keeps the interpreter it was made from: `rm -rf .venv` to change it.
DEBIAN_PYTHON := /usr/bin/python3.11
PYTHON ?= $(if $(shell $(DEBIAN_PYTHON) -c 'import ensurepip, venv' 2>/dev/null && echo yes),$(DEBIAN_PYTHON),python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := i18n/cercle_fr.ts i18n/cercle_en.ts
QM := $(TS:.ts=.qm)
export QT_QPA_PLATFORM ?= offscreen

.PHONY: lock run test lint i18n i18n-update screenshots bench crashtest fuzz build build-test icons clean

# Installs exactly what requirements/dev.lock pins, each file checked against its hash; the
# project itself is then installed editable without resolving anything; that install also compiles
# storage/_pbkdf2.c into storage/ when it can (pyproject.toml), so a change to it installs again.
LOCK := requirements/dev.lock
UV_VERSION := 0.13.9
$(STAMP): pyproject.toml $(LOCK) storage/_pbkdf2.c
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	@# A failed rebuild must not leave the old module in use (pip only warns: it is optional).
	rm -f storage/_pbkdf2*.so storage/_pbkdf2*.pyd
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	@$(PY) -c 'from storage import kdf; print("key derivation:", kdf.implementation())'
	touch $(STAMP)

# Re-resolve the locks from pyproject.toml (needs the network). uv resolves for Linux, Windows and
# macOS at once (--universal), so the release workflow installs from the same files everywhere.
lock: $(STAMP)
	$(PY) -m pip install --quiet uv==$(UV_VERSION)
	$(VENV)/bin/uv pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes \
		--no-header -o requirements/runtime.lock
	$(VENV)/bin/uv pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes \
		--no-header --extra test --extra build -o $(LOCK)

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
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

# Both cores (pytest-xdist; worksteal evens out the long layout and fuzz tests at the end). Bytecode
# is written even where the environment says not to (PYTHONDONTWRITEBYTECODE): otherwise each
# worker compiles every module and rewrites every test's asserts again, several seconds each run.
test: $(STAMP) i18n lint
	PYTHONDONTWRITEBYTECODE= $(VENV)/bin/pytest -q -n auto --dist worksteal

screenshots: $(STAMP) i18n
	$(PY) docs/make_screenshots.py docs/screenshots

# Builds the frozen app first when a source is newer than it: its start time and folder size are
# part of the figures. The whole run stays under ~5 minutes on a quiet 2-core machine (the first
# run also generates the large group, ~15 s, cached in .bench/). It writes docs/benchmarks.md.
# One area only: .venv/bin/python -m bench.run --only members [--quick] --output /tmp/x.md
# (without --output it replaces docs/benchmarks.md)
FROZEN_SOURCES := app ui storage i18n packaging pyproject.toml requirements
bench: $(STAMP) i18n
	@if [ ! -x dist/Cercle/Cercle ] || [ -n "$$(find $(FROZEN_SOURCES) -newer dist/Cercle/Cercle \
		-type f ! -path '*/__pycache__/*' -print -quit)" ]; then $(MAKE) build; fi
	$(PY) -m bench.run

crashtest: $(STAMP)
	CERCLE_CRASH_RUNS=100 $(VENV)/bin/pytest -q tests/storage/test_crash_safety.py

# Bytes and rows 2,000 cases each, content mutation of sealed bundles 10,000 (docs/robustness.md),
# and the validation gate's column property 2,000; `make test` runs the same tests with 30 cases
# per campaign and 200 columns.
FUZZ_CONTENT ?= 10000
fuzz: $(STAMP)
	CERCLE_FUZZ_EXAMPLES=2000 CERCLE_FUZZ_CONTENT=$(FUZZ_CONTENT) $(VENV)/bin/pytest -q -m slow \
		tests/app/handover tests/storage/test_domain.py

# A one-folder app in dist/Cercle plus the release archive (packaging/archive.py: Linux adds the
# icons, desktop file and menu installer). .github/workflows/release.yml runs these same commands on
# Linux, Windows and macOS; see README "Release".
build: $(STAMP) i18n
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging/cercle.spec
	$(PY) packaging/archive.py dist
	@du -sh dist/Cercle

# Starts the frozen app offscreen and checks it end to end (packaging/smoke_test.py).
build-test: $(STAMP)
	$(PY) packaging/smoke_test.py dist/Cercle

# Re-render packaging/icons/ from ui/assets/icon.svg (outputs are committed).
icons: $(STAMP)
	$(PY) packaging/make_icons.py

clean:
	@# The stamp too: without it the next install would not build the module again.
	rm -rf build dist $(QM) .pytest_cache storage/_pbkdf2*.so storage/_pbkdf2*.pyd $(STAMP)
