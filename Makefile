# qawl — the commands a user and CI type. `make setup` is idempotent: it only reinstalls when
# pyproject.toml or requirements.lock changed since the last run.
# The interpreter .venv is made from. Debian's python3 is built with profile-guided and link-time
# optimisation and linked statically; on a plain source build (pyenv's python3 3.11.7, first on PATH
# on the development machine) qawl took 4.5–7% more CPU for the same work (bench/README.md,
# session 7); it is used when it is Python 3.11 or newer (pyproject's requires-python).
# `make PY=python3.12 setup` picks another one (the virtualenv is then made again).
PY ?= $(shell /usr/bin/python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && echo /usr/bin/python3 || echo python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= demo.db
PORT ?= 8000
SHARED ?= ../shared

.PHONY: setup demo test test-fast bench serve clean

setup:
	@sh scripts/ensure-venv.sh "$(PY)" "$(VENV)"
	@$(MAKE) --no-print-directory $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(STAMP)

demo: setup
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/qawl ingest examples/articles/01_interview_numbered.txt --db $(DB) --outlet "شبكة الفرات" --date 2024-03-10
	$(BIN)/qawl ingest examples/articles/02_report_quotes.txt --db $(DB) --outlet "أخبار الساحل" --date 2024-03-11
	$(BIN)/qawl ingest examples/articles/03_tv_interview.txt --db $(DB) --outlet "قناة الأفق" --date 2024-03-12
	$(BIN)/qawl ingest examples/articles/04_egypt_style.jsonl --db $(DB)
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
	rm -rf $(VENV) .pytest_cache demo.db demo.db-wal demo.db-shm
