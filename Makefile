# `make run` and `make test` set themselves up: they create .venv and install the
# package with its extras the first time (and again whenever pyproject.toml changes).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test poll bench lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,postgres]'
	$(BIN)/python -m compileall -q monitor storage classifiers notifications
	$(BIN)/python -m monitor.pipeline.rules_cache  # the rules compiled once, for the first start
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/monitor run

poll: $(STAMP)
	$(BIN)/monitor poll

test: $(STAMP)
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python bench/bench_poll.py
	$(BIN)/python bench/bench_warm.py
	$(BIN)/python bench/bench_stories.py
	$(BIN)/python bench/bench_classify.py
	$(BIN)/python bench/bench_worker.py
	$(BIN)/python bench/bench_web.py
	$(BIN)/python bench/bench_enrich.py
	$(BIN)/python bench/bench_scale.py --sizes 1000,100000 --rounds 3

lint: $(STAMP)
	$(BIN)/ruff check monitor classifiers notifications storage tests bench

clean:
	rm -rf $(VENV) build *.egg-info
