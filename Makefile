# Stickler: `make demo` and `make test` work on a fresh Debian 12 machine as root.
SHELL := /bin/bash
SWIFT ?= swift
# Every Debian package the build, the tests, the demo and the benchmark need.
DEBIAN_PACKAGES := pkg-config libvectorscan-dev libssl-dev libblkid-dev libudev-dev libarchive-dev \
                   libpoppler-glib-dev libsqlite3-dev ripgrep util-linux bc \
                   udev dosfstools mtools exfatprogs ntfs-3g fusefat exfat-fuse fuse3 fdisk cryptsetup-bin \
                   xz-utils zip dbus libnotify-bin dunst xvfb xauth \
                   chromium clamav clamav-daemon clamdscan clamav-testfiles \
                   qpdf p7zip-full gpg gpgconf unzip time
BENCH_DIR := .bench
BENCH_MB ?= 256
BENCH_STICK_MB ?= 1024

FUZZ_SECONDS ?= 600

.PHONY: all deps build release test demo demo-folder bench fuzz man clean

all: build

# Installs whatever is missing (apt-get update first); does nothing when all is present.
deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" != 0 ]; then echo "missing Debian packages:$$missing (run as root, or install them)"; exit 1; fi; \
	  echo "installing:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	$(SWIFT) build

# The Swift runtime and Foundation linked in: start-up skips resolving thousands of their
# symbols and runtime calls skip the PLT (8-9% on a scan of a folder; see README, Performance).
release: deps
	$(SWIFT) build -c release --static-swift-stdlib

# XCTest only (no Swift Testing suites), then a plain closing line "N passed, N failed".
test: deps
	$(SWIFT) build --build-tests
	@set -o pipefail; $(SWIFT) test --skip-build --disable-swift-testing 2>&1 | tee .build/test.log; rc=$$?; \
	  line=$$(grep -E "^[[:space:]]*Executed [0-9]+ tests?, with .*[0-9]+ failures?" .build/test.log | tail -1); \
	  total=$$(echo "$$line" | sed -E 's/.*Executed ([0-9]+) tests?.*/\1/'); \
	  skipped=$$(echo "$$line" | grep -oE '[0-9]+ tests? skipped' | grep -oE '^[0-9]+' || echo 0); \
	  failed=$$(echo "$$line" | sed -E 's/.*[^0-9]([0-9]+) failures?.*/\1/'); \
	  if [ -n "$$line" ]; then echo "$$((total - failed - skipped)) passed, $$skipped skipped, $$failed failed"; fi; exit $$rc

# As root: the hotplug flow on loop devices (udevd, sticklerd, three sticks). Otherwise:
# stickler scan on a synthetic staff USB stick folder.
demo: release
	@if [ "$$(id -u)" = 0 ] && [ -e /dev/loop-control ]; then \
	  bash scripts/demo-hotplug.sh .build/release; \
	else \
	  echo "(not root: showing a folder scan instead of the hotplug flow)"; \
	  $(MAKE) --no-print-directory demo-folder; \
	fi

demo-folder:
	@rm -rf .demo && mkdir -p .demo
	@STICKLER_STATE_DIR=$(CURDIR)/.demo/state .build/release/stickler generate stick ".demo/USB stick"
	@echo; echo "== stickler scan on a synthetic staff USB stick =="
	@STICKLER_STATE_DIR=$(CURDIR)/.demo/state .build/release/stickler scan ".demo/USB stick"; rc=$$?; \
	  echo; echo "exit status $$rc (0 nothing found, 1 personal data found, 2 error)"; [ $$rc -le 1 ]

bench: release
	@bash scripts/bench.sh $(BENCH_DIR) $(BENCH_MB)
	@if [ "$$(id -u)" = 0 ] && [ -e /dev/loop-control ]; then \
	  echo; echo "== hotplug: add -> verdict (sticklerd on loop devices)"; \
	  bash scripts/bench-hotplug.sh .build/release $(BENCH_DIR) $(BENCH_STICK_MB); \
	else echo "(not root: hotplug benchmark skipped)"; fi

# libFuzzer, one run per extractor (FUZZ_SECONDS each; FUZZ_TARGETS to choose). Not in CI.
fuzz: build
	@bash scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# Man pages (packaging/man) from the commands' own help, by swift-argument-parser's plugin.
man:
	mkdir -p packaging/man
	$(SWIFT) package --allow-writing-to-package-directory generate-manual --output-directory packaging/man \
	  --authors "The Stickler authors"

clean:
	rm -rf .build .demo .fuzz
