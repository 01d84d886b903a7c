# Two commands matter: `make run` starts the app, `make test` runs every test.
# Both install what is missing first (scripts/setup.sh) and are fast when
# nothing changed.

SHELL := /bin/bash
.DEFAULT_GOAL := run

# Build outputs live outside the clone so a fresh clone (and CI) reuses them.
export CARGO_TARGET_DIR ?= $(HOME)/.cache/diwan/target
export PATH := $(HOME)/.cargo/bin:$(PATH)

APP_BIN := $(CARGO_TARGET_DIR)/debug/diwan-app
CLI_BIN := $(CARGO_TARGET_DIR)/debug/diwan
TAURI := ui/node_modules/.bin/tauri

.PHONY: holidays-data run test test-long setup build ui app cli hub test-rust test-ui test-e2e bindings screenshots bench bench-app bench-hub clean package test-package

setup:
	@scripts/setup.sh

ui: setup
	cd ui && npm run --silent build

# `tauri build --debug --no-bundle` embeds ui/dist (a plain cargo build would
# load the dev server instead).
app: ui
	$(TAURI) build --debug --no-bundle

cli: setup
	cargo build --locked -p diwan-cli

# The team hub's program (docs/hub.md); `diwan hub ...` finds it beside `diwan`.
hub: setup
	cargo build --locked -p diwan-hub

build: app cli hub

run: build
	@if [ -n "$$DISPLAY" ] || [ -n "$$WAYLAND_DISPLAY" ]; then \
		exec $(APP_BIN); \
	else \
		echo "No display: starting Diwan under Xvfb (screenshots: make screenshots)."; \
		exec xvfb-run -a -s '-screen 0 1280x820x24' $(APP_BIN); \
	fi

test-rust: setup
	cargo fmt --all -- --check
	cargo clippy --locked --workspace --all-targets -- -D warnings
	cargo test --locked --workspace --exclude diwan-app

test-ui: setup
	cd ui && npm run --silent check && npm test

test-e2e: build
	cd tests/e2e && DIWAN_APP=$(APP_BIN) DIWAN_CLI=$(CLI_BIN) npm test

test: test-rust test-ui test-e2e

# The long runs that do not fit CI's budget: 10,000 SIGKILLs of writers
# (make test runs 500) and 10,000 hostile inputs for each importer (make
# test runs 24). DIWAN_KILLS, DIWAN_KILL_SEED and DIWAN_FUZZ_CASES change them.
test-long: setup
	DIWAN_KILLS=$${DIWAN_KILLS:-10000} cargo test --locked --release -p diwan-cli --test crash -- --nocapture
	DIWAN_FUZZ_CASES=$${DIWAN_FUZZ_CASES:-10000} cargo test --locked --release -p diwan-api hostile_tests

# The installable package: the release app, which carries the `diwan`
# command line (`/usr/bin/diwan` is src-tauri/packaging/diwan, running
# `diwan-app --cli`), its desktop entry, icon and dependencies, in one .deb
# under $(CARGO_TARGET_DIR)/release/bundle/deb/.
package: ui
	$(TAURI) build --bundles deb,rpm
	scripts/repack-deb.sh

# Installs the .deb with apt, runs the installed app and command line, removes it.
test-package: package
	scripts/test-package.sh

# Start-up and memory beside the floor app (../shared/floor-app), release
# builds under Xvfb, interleaved runs (tests/e2e/bench-app.mjs; README,
# "Benchmarks"). The ministry database is generated once (~1 min).
FLOOR_TARGET ?= $(HOME)/.cache/floor-target
BENCH_DB ?= $(CARGO_TARGET_DIR)/diwan-bench/app-ministry.db
bench-app: ui
	$(TAURI) build --no-bundle
	cd ../shared/floor-app && CARGO_TARGET_DIR=$(FLOOR_TARGET) cargo build --release
	@if [ ! -f $(BENCH_DB) ]; then \
		mkdir -p $(dir $(BENCH_DB)) && rm -f $(BENCH_DB).partial* && \
		$(CARGO_TARGET_DIR)/release/diwan-app --cli --db $(BENCH_DB).partial demo --scale ministry && \
		mv $(BENCH_DB).partial $(BENCH_DB) && \
		for s in -wal -shm; do [ ! -f $(BENCH_DB).partial$$s ] || mv $(BENCH_DB).partial$$s $(BENCH_DB)$$s; done; \
		rm -f $(BENCH_DB).partial.lock; \
	fi
	cd tests/e2e && DIWAN_APP=$(CARGO_TARGET_DIR)/release/diwan-app DIWAN_CLI=$(CARGO_TARGET_DIR)/release/diwan-app \
		FLOOR_APP=$(FLOOR_TARGET)/release/probe-app BENCH_DB=$(BENCH_DB) node bench-app.mjs

# Regenerates ui/src/lib/bindings.ts from the Rust DTOs.
bindings:
	UPDATE_BINDINGS=1 cargo test --locked -p diwan-api committed_typescript_bindings

# Screenshots of the app in ar, fr and en into tests/e2e/artifacts/.
screenshots: build
	cd tests/e2e && DIWAN_APP=$(APP_BIN) DIWAN_CLI=$(CLI_BIN) DIWAN_SCREENSHOTS=1 npm test

# The calendar benchmark on ministry-scale data (generated once, ~1 min) and
# the translation-memory lookup on 1,000,000 segments (generated once, a few
# minutes); each prints its ratios against the bare SQL last.
bench: setup
	cargo bench --locked -p diwan-store
	cargo bench --locked -p diwan-api --bench memory

# The team hub under load: 300 simulated desktops pushing and pulling for a
# minute on loopback, beside plain INSERTs through the same driver (its own
# PostgreSQL, started and stopped; README, "Team hub").
bench-hub: setup
	cargo bench --locked -p diwan-hub --bench load

# Writes crates/diwan-core/data/holidays.tsv (committed) from the
# date-holidays package pinned in scripts/holidays: every country's public
# holidays for the years Diwan plans in (README, "Observances").
holidays-data:
	cd scripts/holidays && npm ci --no-audit --no-fund && node generate.mjs

clean:
	rm -rf ui/dist tests/e2e/artifacts
	cargo clean
