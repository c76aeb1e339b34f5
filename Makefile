# eventwire: `make demo` and `make test` are all a fresh machine needs.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= eventwire.duckdb

.PHONY: install demo test bench eval clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml eventwire/web/package-lock.json
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,eval,spark]'
	npm ci --prefix eventwire/web --no-audit --no-fund --silent
	touch $@

demo: install
	$(BIN)/eventwire ingest examples/corpus --db $(DB)
	$(BIN)/eventwire summary --db $(DB)
	@echo
	@echo "Next: $(BIN)/eventwire serve --db $(DB)   then open http://127.0.0.1:8765/"

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/eventwire bench examples/corpus --articles 200

eval: install
	$(BIN)/eventwire eval --brief

clean:
	rm -rf $(VENV) *.egg-info build bench-results eval-results test-artifacts eventwire/web/node_modules $(DB) $(DB).wal
