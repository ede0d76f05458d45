# MigrAktiv Spandau! — every task a developer or CI needs. `make help` lists them.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# Where `make run` serves the site; the demo's Site takes its host and port from it (absolute URLs, hreflang, sitemap).
export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)

.DEFAULT_GOAL := help

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2}'

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	$(PYTHON) -m venv $(VENV)

# `make run` installs what the site and its demo need; `make test` adds the test and benchmark tools.
$(VENV)/.installed-run: requirements/run.txt requirements/base.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements/run.txt
	@touch $@

$(VENV)/.installed: requirements/dev.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements/dev.txt
	@touch $@

.PHONY: install-run
install-run: $(VENV)/.installed-run

.PHONY: install
install: $(VENV)/.installed ## Create .venv and install the locked dependencies (development and test tools included)

.PHONY: migrate
migrate: install-run ## Apply database migrations and create the rate-limit cache table (SQLite by default, DATABASE_URL if set)
	$(MANAGE) migrate --no-input
	$(MANAGE) createcachetable

.PHONY: seed
seed: migrate ## Load the demo content and the dev-only admin (idempotent)
	$(MANAGE) seed_demo --with-admin

.PHONY: run
run: seed ## Set everything up and serve the site on http://127.0.0.1:8000 (with the webhook and mail workers and the scheduler)
	@echo "Site: http://$(HOST):$(PORT)/  Admin: http://$(HOST):$(PORT)/admin/ (admin / migraktiv-demo)"
	$(MANAGE) db_worker --backend webhooks --queue-name webhooks & \
	$(MANAGE) db_worker --backend mail --queue-name mail & \
	$(MANAGE) run_scheduler & \
	$(MANAGE) runserver $(HOST):$(PORT)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	@touch $@

.PHONY: node
node: node_modules/.installed ## Install the pinned npm tools of the browser tests (axe-core, the Nu HTML checker) and fonts

.PHONY: backup
backup: install ## Write the database and all media into one archive (BACKUP=file.tar.gz; default backup-<date>.tar.gz)
	$(MANAGE) backup_site $(BACKUP)

.PHONY: restore
restore: install ## Restore BACKUP=file.tar.gz into an EMPTY database and media storage; stops at the first error
	@test -n "$(BACKUP)" || { echo "usage: make restore BACKUP=backup-YYYYMMDD-HHMMSS.tar.gz"; exit 2; }
	$(MANAGE) restore_site $(BACKUP)

.PHONY: test
test: install node ## Run the test suite (ruff, migrations check and browser tests included)
	$(PY) -m pytest -n auto --dist loadgroup $(PYTEST_ARGS)

.PHONY: screenshots
screenshots: install node ## Save screenshots of the key pages (German and Arabic, desktop and phone) and of the admin per role to docs/screenshots/
	$(PY) -m pytest -q -p no:cacheprovider tests/browser/screenshots.py

FONTS := site/static/fonts
NOTO := node_modules/@fontsource-variable
.PHONY: fonts
fonts: install node ## Rebuild the self-hosted Noto fonts in site/static/fonts from the pinned npm packages (subset with fonttools)
	mkdir -p $(FONTS)
	cp $(NOTO)/noto-sans/files/noto-sans-latin-wght-normal.woff2 $(FONTS)/noto-sans-latin.woff2
	$(VENV)/bin/pyftsubset $(NOTO)/noto-sans/files/noto-sans-latin-ext-wght-normal.woff2 \
		--unicodes="U+0100-024F,U+0259,U+02C7,U+02D8-02DD,U+1E00-1E9F,U+20A0-20C0,U+2113" \
		--layout-features='*' --flavor=woff2 --output-file=$(FONTS)/noto-sans-latin-ext.woff2
	cp $(NOTO)/noto-sans/files/noto-sans-vietnamese-wght-normal.woff2 $(FONTS)/noto-sans-vietnamese.woff2
	cp $(NOTO)/noto-sans/files/noto-sans-cyrillic-wght-normal.woff2 $(FONTS)/noto-sans-cyrillic.woff2
	$(VENV)/bin/pyftsubset $(NOTO)/noto-sans-arabic/files/noto-sans-arabic-arabic-wght-normal.woff2 \
		--unicodes="U+0600-06FF,U+0750-077F,U+200C-200F,U+2010-2011,U+204F,U+25CC,U+FD3E-FD3F" \
		--layout-features='*' --flavor=woff2 --output-file=$(FONTS)/noto-sans-arabic.woff2
	$(VENV)/bin/pyftsubset $(NOTO)/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-wght-normal.woff2 \
		--unicodes="U+1200-137F" --layout-features='*' --flavor=woff2 --output-file=$(FONTS)/noto-sans-ethiopic.woff2
	cp $(NOTO)/noto-sans/LICENSE $(FONTS)/OFL-noto-sans.txt
	cp $(NOTO)/noto-sans-arabic/LICENSE $(FONTS)/OFL-noto-sans-arabic.txt
	cp $(NOTO)/noto-sans-ethiopic/LICENSE $(FONTS)/OFL-noto-sans-ethiopic.txt

.PHONY: lint
lint: install ## Check code and template style
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check $$(git ls-files '*.html')

.PHONY: format
format: install ## Fix code and template style
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml $$(git ls-files '*.html')

.PHONY: messages
messages: install ## Update the .po files (locale/ and each app's locale/) from code and templates, then compile them (needs GNU gettext)
	$(MANAGE) makemessages --all --no-obsolete --add-location file --ignore '.venv/*' --ignore 'staticfiles/*' --ignore 'tests/*' --ignore 'bench/*'
	$(MANAGE) compilemessages --ignore '.venv/*'

.PHONY: compilemessages
compilemessages: install ## Compile locale/*.po into the .mo files Django reads
	$(MANAGE) compilemessages --ignore '.venv/*'

.PHONY: lock
lock: install ## Re-resolve requirements/*.txt from pyproject.toml
	$(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip compile pyproject.toml --quiet --python-version 3.11 -o requirements/base.txt
	$(VENV)/bin/uv pip compile pyproject.toml --quiet --python-version 3.11 --extra dev -o requirements/dev.txt

.PHONY: audit
audit: ## Check the pinned requirements for known vulnerabilities (pip-audit in its own venv; needs the advisory service online)
	$(PYTHON) -m venv .venv-audit
	.venv-audit/bin/python -m pip install --quiet pip-audit==2.10.1
	.venv-audit/bin/pip-audit --strict --disable-pip --no-deps -r requirements/base.txt -r requirements/dev.txt

.PHONY: bench
bench: install ## Run the benchmarks under bench/
	@for script in bench/*.py; do echo "== $$script"; $(PY) $$script || exit 1; done

.PHONY: clean
clean: ## Remove the virtualenv, the SQLite database, collected static files and caches
	rm -rf $(VENV) .venv-audit db.sqlite3 staticfiles .pytest_cache .ruff_cache
