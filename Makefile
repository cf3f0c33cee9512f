# The two commands a newcomer runs (as root on Debian 12):
#   make demo    install what is missing, build Release, run the built-in demo
#   make check   install what is missing, build Debug with ASan+UBSan, run every test
.PHONY: all deps demo check build-release build-debug unit e2e clean

MAKEFLAGS += --no-print-directory
JOBS ?= $(shell nproc)
RELEASE := build/release
DEBUG := build/debug
PYTEST := /usr/bin/python3 -m pytest

all: build-release

deps:
	@scripts/install-deps

build-release: deps
	@cmake -S . -B $(RELEASE) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(RELEASE) -j$(JOBS)

build-debug: deps
	@cmake -S . -B $(DEBUG) -DCMAKE_BUILD_TYPE=Debug -DVTSIM_SANITIZE=ON >/dev/null
	@cmake --build $(DEBUG) -j$(JOBS)

demo: build-release
	@scripts/demo $(RELEASE)/vtsim

unit: build-debug
	@cd $(DEBUG) && ctest --output-on-failure -j$(JOBS)

e2e: build-debug
	@VTSIM_BIN=$(CURDIR)/$(DEBUG)/vtsim $(PYTEST) -q tests/e2e

# The Release build is compiled too: -O2 enables warnings (-Werror) that -O0 misses.
check: build-debug build-release
	@scripts/check $(DEBUG)

clean:
	rm -rf build
