# Precedent Bank: `make serve` to browse the bank, `make test` to check everything.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve site offline test lint chromium clean

# The build reports problems in records itself (on every page while serving), so serve and
# offline run no separate `precedents validate`: its warnings would print twice.
serve: $(VENV)/.installed  ## Build the bank and serve it at http://127.0.0.1:8000 (PORT=8001 for another)
	@case "$(PORT)" in ""|*[!0-9]*) echo "PORT must be a number, e.g. make serve PORT=8001"; exit 2;; esac
	@$(BIN)/python -c 'import socket; socket.create_server(("127.0.0.1", $(PORT))).close()' \
		2>/dev/null || { echo "port $(PORT) is in use; run \`make serve PORT=$$(($(PORT) + 1))\`"; exit 1; }
	$(BIN)/mkdocs serve -a 127.0.0.1:$(PORT)

site: $(VENV)/.installed  ## Build the site into site/
	$(BIN)/precedents build

offline: $(VENV)/.installed  ## Build precedent-bank-offline.zip, to open from the file system
	$(BIN)/mkdocs build --strict -f mkdocs-offline.yml
	rm -f precedent-bank-offline.zip
	cd site-offline && ../$(BIN)/python -m zipfile -c ../precedent-bank-offline.zip precedent-bank
	@echo "wrote precedent-bank-offline.zip: unzip it and open precedent-bank/index.html"

test: $(VENV)/.installed-dev chromium  ## ruff, mypy, pytest, and a strict build
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest
	$(BIN)/mkdocs build --strict --site-dir "$$(mktemp -d)"

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Precedent Bank needs Python 3.11 or newer (PYTHON=$(PYTHON))"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

# The browser tests drive Debian's chromium. Install it when we can (root or passwordless
# sudo); otherwise those tests are skipped, unless PB_REQUIRE_BROWSER=1 (as in CI) fails them.
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = 0 ]; then sudo=""; \
		elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; \
		else echo "chromium is not installed and apt needs root: browser tests will be skipped"; exit 0; fi; \
		$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq chromium; \
	fi

clean:
	rm -rf site site-offline precedent-bank-offline.zip tests/artifacts .pytest_cache .mypy_cache .ruff_cache
