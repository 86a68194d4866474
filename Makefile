# The cell kiosk: build, test and demo on Debian.
#   make demo   installs what is missing, builds, runs the demo on demo/kiosk.sqlite
#   make test   installs what is missing, builds, runs every test (unit, store, real terminal,
#               and the fast subset of the torture suite)
#   make torture  the whole torture suite on a release build (docs/torture.md)
#   make bench  the benchmarks against dialog, lynx and w3m on a release build (docs/performance.md)

SWIFT      ?= swift
BUILD_DIR  ?= .build
KIOSK      := $(BUILD_DIR)/debug/kiosk
DEMO_DB    ?= demo/kiosk.sqlite
# Debian packages the build and the tests need.
DEB_PACKAGES := libncurses-dev libsqlite3-dev libgumbo-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libcurl4 libxml2 pkg-config tmux
# What a release build links besides: the development files of Foundation's HTTP and XML
# libraries, which a build with the Swift runtime inside the binary links by name.
RELEASE_PACKAGES := libcurl4-openssl-dev libxml2-dev
# The peers `make bench` measures the kiosk against.
BENCH_PACKAGES := dialog lynx w3m
RELEASE    := $(BUILD_DIR)/release

SCRIPTS    := Tests/Scripts
PTY_SCRIPTS = $(addprefix $(SCRIPTS)/,$(shell grep -v '^\#' $(SCRIPTS)/pty-subset.txt))

.PHONY: all build test unit-test script-test pty-test torture-quick torture bench release demo deps clean

all: build

deps:
	@scripts/install-deps.sh $(DEB_PACKAGES)

build: deps
	$(SWIFT) build --build-path $(BUILD_DIR)

unit-test: deps
	$(SWIFT) build --build-path $(BUILD_DIR) --build-tests
	$(SWIFT) test --build-path $(BUILD_DIR) --skip-build

# Every screen script in-process, then a subset through a real pty against the same snapshots.
script-test: build
	$(KIOSK) script --jobs 2 --themes themes $(SCRIPTS)
	$(KIOSK) script --pty --jobs 2 --themes themes $(PTY_SCRIPTS)

pty-test: build
	Tests/pty/run-all.sh $(KIOSK)

# The torture suite's fast subset; `make torture` runs it whole.
torture-quick: build
	$(BUILD_DIR)/debug/kiosk-torture --quick --kiosk $(KIOSK)

test: unit-test script-test pty-test torture-quick

# Built as deploy/README.md installs it: the Swift runtime and Foundation inside the binary.
# One product at a time: GRDB's dynamic library product cannot link the runtime statically.
release: deps
	@scripts/install-deps.sh $(RELEASE_PACKAGES)
	for product in kiosk kiosk-torture kiosk-bench; do \
	  $(SWIFT) build -c release --static-swift-stdlib --build-path $(BUILD_DIR) --product $$product || exit 1; \
	done

torture: release
	$(RELEASE)/kiosk-torture --kiosk $(RELEASE)/kiosk

bench: release
	@scripts/install-deps.sh $(BENCH_PACKAGES)
	$(RELEASE)/kiosk-bench --kiosk $(RELEASE)/kiosk

demo: build
	@mkdir -p $(dir $(DEMO_DB))
	$(KIOSK) demo --db $(DEMO_DB) --themes themes

clean:
	rm -rf $(BUILD_DIR)
