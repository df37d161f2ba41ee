# qawl — the commands a user and CI type. `make setup` is idempotent: it only reinstalls when
# pyproject.toml or requirements.lock changed since the last run.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= demo.db
PORT ?= 8000
SHARED ?= ../shared

.PHONY: setup demo test test-fast bench serve clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(STAMP)

demo: setup
	rm -f $(DB)
	$(BIN)/qawl ingest examples/articles --db $(DB)
	$(BIN)/qawl who --db $(DB)
	@echo "qawl web UI: http://127.0.0.1:$(PORT)/  (API docs: /docs; Ctrl-C stops the server)"
	$(BIN)/qawl serve --db $(DB) --port $(PORT)

test: setup
	sh scripts/ensure-chromium.sh
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python bench/run.py --shared $(SHARED)

serve: setup
	$(BIN)/qawl serve --db $(DB) --port $(PORT)

clean:
	rm -rf $(VENV) .pytest_cache demo.db
