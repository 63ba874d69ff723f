# Two commands for a fresh machine:  `make run`  and  `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install bench data-check clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -c "from routes_api.solvers.ophs import warm_up; print(f'optimiser compiled in {warm_up():.0f} s')"
	touch $(STAMP)

install: $(STAMP)

## Start the API on the embedded data at http://127.0.0.1:8000 (docs at /docs)
run: $(STAMP)
	$(BIN)/routes-api serve --host 127.0.0.1 --port 8000

## Run the whole test suite (installs Chromium, Noto CJK and poppler first when run as root)
test: $(STAMP)
	./scripts/install-system-deps.sh
	$(BIN)/python -m pytest -q

data-check: $(STAMP)
	$(BIN)/routes-api data check

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache
