# Two commands on a fresh machine: `make run` and `make test`. See README.md.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-heavy lint assets messages migrate seed bench ci clean chromium test-packages gettext lighthouse

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

# Stamp files: reinstall only when the requirements change.
$(VENV)/.runtime: requirements.txt pyproject.toml | $(VENV)/bin/python
	$(PIP) install -q -r requirements.txt
	$(PIP) install -q --no-deps -e .
	touch $@

$(VENV)/.dev: requirements-dev.txt $(VENV)/.runtime
	$(PIP) install -q -r requirements-dev.txt
	touch $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

# Front end: GOV.UK Frontend plus our Sass and scripts, built into static/dist.
assets: node_modules/.package-lock.json
	npm run --silent build

# Interface translations: locale/*/django.po are committed; the .mo files are built here.
messages: $(VENV)/.runtime gettext
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v0

# Debian's gettext (msgfmt) for compilemessages.
gettext:
	@if ! command -v msgfmt >/dev/null; then \
		if [ "$$(id -u)" = "0" ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; \
		else \
			echo "msgfmt missing: install Debian's gettext (sudo apt-get install gettext)"; exit 1; \
		fi; \
	fi

migrate: $(VENV)/.runtime
	$(MANAGE) migrate --noinput -v0

seed: migrate
	$(MANAGE) seed_demo
	$(MANAGE) ensure_dev_admin
	@# The accessibility statement shows the last browser test run here, if there was one.
	@if [ -f test-results/accessibility.json ]; then $(MANAGE) record_accessibility_test; fi

# The worker (report notifications; the dev settings print emails here) runs in the
# background and is stopped when runserver stops, whether it exits or gets Ctrl+C.
run: $(VENV)/.runtime assets messages seed
	@echo ""
	@echo "  Site:   http://$(HOST):$(PORT)/"
	@echo "  Admin:  http://$(HOST):$(PORT)/admin/  (local only: see README for the login)"
	@echo "  Worker: manage.py run_worker (restart make run after changing a task)"
	@echo ""
	@$(MANAGE) run_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT; \
	trap 'exit 130' INT; trap 'exit 143' TERM; \
	$(MANAGE) runserver $(HOST):$(PORT)

# Debian's chromium for the browser tests; Playwright's own download is unreachable.
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = "0" ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else \
			echo "chromium missing: install Debian's chromium (sudo apt-get install chromium)"; exit 1; \
		fi; \
	fi

# What the suite needs from Debian, in one apt run when root: chromium for the browser
# tests (required) and redis-server for the page cache and rate limits on Redis, as
# production runs them (those tests are skipped without it).
test-packages:
	@missing=""; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	command -v redis-server >/dev/null || missing="$$missing redis-server"; \
	if [ -n "$$missing" ] && [ "$$(id -u)" = "0" ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi; \
	if [ ! -x /usr/bin/chromium ]; then \
		echo "chromium missing: install Debian's chromium (sudo apt-get install chromium)"; exit 1; \
	fi; \
	command -v redis-server >/dev/null || echo "redis-server missing: the tests on Redis are skipped"

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint templates --lint

test: $(VENV)/.dev assets messages test-packages lint
	$(MANAGE) makemigrations --check --dry-run -v0
	$(VENV)/bin/pytest -n 2 $(PYTEST_ARGS)

# Tests that start several servers (PostgreSQL, Redis, Caddy, two gunicorn nodes): not in
# `make test`; .ci/run runs them after the suites. Debian's packages are installed as root.
test-heavy: $(VENV)/.dev assets messages
	$(PY) -c "from bench import services; services.install('postgresql', 'redis-server', 'caddy')"
	$(VENV)/bin/pytest -m heavy -p no:randomly $(PYTEST_ARGS)

# Throughput and latency as production serves them, the report burst and the campaign
# spike (bench/): prints the table and the targets, and fails when one is missed.
bench: $(VENV)/.dev assets messages
	$(PY) -m bench $(BENCH_ARGS)

# Lighthouse (npm, pinned) on Debian's chromium, mobile settings, against a seeded
# throwaway copy of the site: prints scores and exits non-zero under target. Not in `make test`.
lighthouse: $(VENV)/.runtime assets chromium
	$(PY) -m tools.lighthouse $(LIGHTHOUSE_ARGS)

clean:
	rm -rf $(VENV) node_modules static/dist collected-static db.sqlite3
