# reportwatch: `make run` starts everything on an embedded broker; `make test` runs the suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install run once test unit stream lint typecheck native native-check score bench schemas clean

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP) ## create .venv and install reportwatch with its test tools

run: $(STAMP) ## broker + four services + seeds; prints alerts until Ctrl-C
	$(BIN)/reportwatch run

once: $(STAMP) ## the same, exiting once the seeds are processed
	$(BIN)/reportwatch run --once

test: $(STAMP) lint typecheck ## lint, type-check and run every test (the engine's twice: sources, compiled)
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory native-check

unit: $(STAMP) ## the tests that need no broker
	$(BIN)/python -m pytest tests/unit tests/corpus

stream: $(STAMP) ## the tests on the embedded broker
	$(BIN)/python -m pytest tests/stream

lint: $(STAMP) ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP) ## mypy (strict) on the pure core
	$(BIN)/mypy

native: $(STAMP) ## compile the extraction engine with mypyc (a minute); used while its sources are unchanged
	$(BIN)/python -m services.extractor.build_native

native-check: native ## the engine's unit tests and the spec corpus against the compiled engine
	RW_NATIVE=1 $(BIN)/python -m pytest -q tests/unit tests/corpus -m "not monkeypatches_engine"

score: $(STAMP) ## extraction quality on the labelled dev corpus (needs ../shared)
	python3 ../shared/corpus/score.py --gold ../shared/corpus/dev/dev.jsonl \
		--cmd "$(BIN)/reportwatch extract --format contract"

bench: $(STAMP) ## extraction speed and memory (see bench/README.md)
	$(BIN)/python bench/extract.py

schemas: $(STAMP) ## regenerate schemas/json and schemas/asyncapi.yaml
	$(BIN)/reportwatch schemas

clean: ## remove the virtualenv and local state
	rm -rf $(VENV) .reportwatch .pytest_cache .mypy_cache .ruff_cache services/extractor/engine/_native
