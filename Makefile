# eventwire: `make demo` and `make test` are all a fresh machine needs.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= eventwire.duckdb

.PHONY: install demo test bench bench-quick eval clean

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

# The whole benchmark takes about 40 minutes on a 2-core machine; bench-quick takes about 2.
bench: install
	$(BIN)/eventwire bench examples/corpus --articles 200
	$(BIN)/python benchmarks/dedup_synthetic.py --mentions 1000000
	$(BIN)/eventwire bench examples/corpus --scale --articles 2000 --memory-sizes 1000,5000,20000

bench-quick: install
	$(BIN)/eventwire bench examples/corpus --articles 100
	$(BIN)/python benchmarks/dedup_synthetic.py --mentions 100000

eval: install
	$(BIN)/eventwire eval --brief

clean:
	rm -rf $(VENV) *.egg-info build bench-results eval-results test-artifacts eventwire/web/node_modules $(DB) $(DB).wal
