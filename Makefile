# The museum kiosk. `make run` and `make test` are all a fresh Debian 12
# machine needs: both install the Debian packages they miss (as root, or
# through sudo), saying what they install.

CC ?= gcc
PKGS := sdl2 SDL2_ttf libpng zlib libdeflate libsystemd x11 xext libdrm espeak-ng
VERSION := $(shell git describe --always --dirty 2>/dev/null || echo dev)

WARN := -Wall -Wextra -Werror -Wshadow -Wpointer-arith -Wstrict-prototypes \
        -Wmissing-prototypes -Wvla -Wformat=2
CFLAGS_BASE := -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) -g
# The core is held to more: no silent narrowing of numbers, and a switch on
# an enum names every value, default or not (the state machine's proof
# that every state handles every event).
CORE_WARN := -Wconversion -Wsign-conversion -Wswitch-enum
OPT ?= -O2

BUILD ?= build
SAN_BUILD := build/san
SAN_FLAGS := -O1 -fsanitize=address,undefined -fno-omit-frame-pointer \
             -fno-sanitize-recover=all

CORE_SRC := $(wildcard src/core/*.c)
PLATFORM_SRC := $(wildcard src/platform/*.c)
APP_SRC := $(wildcard src/app/*.c)
EMBED_SRC := src/platform/embedded.S
EMBEDDED_FILES := assets/fonts/AtkinsonHyperlegible-Regular.ttf assets/fonts/AtkinsonHyperlegible-Bold.ttf data/content.ini

UNIT_TESTS := test_content test_calendar test_sm test_deck test_reading test_textfit test_view test_script test_imgcmp test_thumb test_rotate test_fade test_rebase test_log test_gesture test_lockdown test_random_keys test_hours test_settings test_zstream test_reload test_palette test_chevron test_metrics test_usage test_complaint test_narration

# Mesa (its DRI drivers, EGL and GBM): on KMS and Wayland the panel is fed
# through SDL's GL renderer (board.h), a GPU's driver or, without one,
# kms_swrast / llvmpipe; --no-install-recommends would leave them out.
# espeak-ng and its data (the es-419 and en voices): the narration.
RUN_PACKAGES := gcc make pkg-config libc6-dev libsdl2-dev libsdl2-ttf-dev libpng-dev zlib1g-dev \
                libdeflate-dev libsystemd-dev libx11-dev libxext-dev libdrm-dev libgl1-mesa-dri libegl-mesa0 libgbm1 \
                libespeak-ng-dev espeak-ng-data
# The VM test (tests/vm/): QEMU, a busybox initramfs, python3 for QMP. The
# kernel is downloaded, not installed. Xorg (its modesetting driver is in
# the core package), xset and xdotool: the VM's second boot, under X11.
# systemd and udev: the third boot, the host's systemd as the VM's PID 1
# starting data/kiosk.service, with udev finding the keyboard as on a kiosk.
VM_PACKAGES := qemu-system-x86 busybox-static cpio xz-utils python3 imagemagick \
               xserver-xorg-core x11-xserver-utils xdotool systemd udev
# The firmware (src/firmware/, `make firmware`): the Arm cross compiler,
# its C library and QEMU's Arm boards.
FW_PACKAGES := gcc-arm-none-eabi libnewlib-arm-none-eabi qemu-system-arm
# systemd: systemd-analyze checks data/kiosk.service (a slim container may
# lack it). openbox: the window manager test. cage, grim, xwayland: the
# Wayland test (cage wants xwayland). chromium: opens --compare's HTML
# report as a curator's browser would (tests/cli.sh). prometheus: promtool
# checks the metrics file and the alerts (tests/fleet/);
# prometheus-node-exporter: its textfile collector reads the file;
# x11-xserver-utils: xset.
TEST_PACKAGES := $(RUN_PACKAGES) libcmocka-dev xvfb xdotool x11-utils imagemagick valgrind tzdata systemd \
                 openbox cage grim xwayland chromium prometheus prometheus-node-exporter x11-xserver-utils \
                 $(VM_PACKAGES) $(FW_PACKAGES)

.PHONY: all run test test-vm deps test-deps vm-deps unit san update-golden clean help \
        mutants test-repeat print-unit-tests
.DELETE_ON_ERROR:
# Keep test objects between runs (make would delete them as intermediates).
.SECONDARY:

all: $(BUILD)/kiosk

help:
	@echo "make run            install what is missing, build, start the kiosk"
	@echo "make test           install what is missing, build, run every test"
	@echo "make test-vm        only the VM test: the kiosk on KMS/DRM, under Xorg and systemd, in QEMU"
	@echo "make firmware       the core for a Cortex-M7 (QEMU mps2-an500), and its memory map"
	@echo "make test-firmware  only the firmware test: its traces in QEMU against the simulator's"
	@echo "make update-golden  re-render the golden reference screenshots"
	@echo "make mutants        the mutation score (tests/mutants/): each mutation killed or not"
	@echo "make test-repeat N=20  the end-to-end tests N times, stopping at the first failure"
	@echo "make clean          remove build/ and out/"

# ------------------------------------------------------------ packages
# Installs the Debian packages of $(1) that are not installed yet.
define install_missing
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi; \
	  $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing >/dev/null || exit 1; \
	fi
endef

deps:
	$(call install_missing,$(RUN_PACKAGES))

test-deps:
	$(call install_missing,$(TEST_PACKAGES))

vm-deps:
	$(call install_missing,$(RUN_PACKAGES) $(VM_PACKAGES))

# --------------------------------------------------------------- build
# $(1): build directory, $(2): extra flags. Objects mirror src/ so that a
# folder still shows its layer.
define kiosk_rules
$(1)/obj/core/%.o: src/core/%.c $$(wildcard src/core/*.h) | $(1)/obj/core
	$$(CC) $$(CFLAGS_BASE) $$(CORE_WARN) $(2) -c $$< -o $$@

$(1)/obj/platform/%.o: src/platform/%.c $$(wildcard src/*/*.h) | $(1)/obj/platform
	$$(CC) $$(CFLAGS_BASE) $(2) $$$$(pkg-config --cflags $$(PKGS)) -c $$< -o $$@

# Without the libraries' include paths: the app sees the board only
# through src/platform's headers, never SDL's (tests/check_layers.sh).
$(1)/obj/app/%.o: src/app/%.c $$(wildcard src/*/*.h) | $(1)/obj/app
	$$(CC) $$(CFLAGS_BASE) $(2) -DKIOSK_VERSION='"$$(VERSION)"' -c $$< -o $$@

$(1)/obj/platform/embedded.o: $$(EMBED_SRC) $$(EMBEDDED_FILES) | $(1)/obj/platform
	$$(CC) -c $$< -o $$@

$(1)/obj/core $(1)/obj/platform $(1)/obj/app $(1)/obj/tests:
	mkdir -p $$@

# The build fails when the built-in content does not validate: the binary
# checks the very file it embedded, with the loader it will boot with.
$(1)/kiosk: $$(CORE_SRC:src/%.c=$(1)/obj/%.o) $$(PLATFORM_SRC:src/%.c=$(1)/obj/%.o) \
            $$(APP_SRC:src/%.c=$(1)/obj/%.o) $(1)/obj/platform/embedded.o
	$$(CC) $(2) $$^ -o $$@ $$$$(pkg-config --libs $$(PKGS)) -lm
	@./$$@ --check-content data/content.ini >/dev/null 2>&1 || \
	  { ./$$@ --check-content data/content.ini; rm -f $$@; \
	    echo "data/content.ini does not validate: fix it, the kiosk embeds it"; exit 1; }

$(1)/obj/tests/%.o: tests/unit/%.c $$(wildcard tests/unit/*.h tests/tools/*.h src/core/*.h) | $(1)/obj/tests
	$$(CC) $$(CFLAGS_BASE) $(2) -Isrc -c $$< -o $$@

# With the core's assertion hook for cmocka (tests/unit/assert_hook.c).
$(1)/test_%: $(1)/obj/tests/test_%.o $(1)/obj/tests/assert_hook.o $$(CORE_SRC:src/%.c=$(1)/obj/%.o)
	$$(CC) $(2) $$^ -o $$@ -lcmocka

# The log's test needs the log itself, from the platform layer.
$(1)/test_log: $(1)/obj/tests/test_log.o $(1)/obj/platform/log.o
	$$(CC) $(2) $$^ -o $$@ -lcmocka

# The contrast test computes WCAG luminance: pow() from libm.
$(1)/test_palette: $(1)/obj/tests/test_palette.o $(1)/obj/tests/assert_hook.o $$(CORE_SRC:src/%.c=$(1)/obj/%.o)
	$$(CC) $(2) $$^ -o $$@ -lcmocka -lm

# The rate-limited failure log (src/app/complaint.c) and the log under it.
$(1)/test_complaint: $(1)/obj/tests/test_complaint.o $(1)/obj/app/complaint.o $(1)/obj/platform/log.o
	$$(CC) $(2) $$^ -o $$@ -lcmocka

# Hot reload on its own, no kiosk around it: reload.c and the content
# source it reads through (the font checks every character).
$(1)/obj/tests/test_reload.o: tests/unit/test_reload.c $$(wildcard src/*/*.h) | $(1)/obj/tests
	$$(CC) $$(CFLAGS_BASE) $(2) $$$$(pkg-config --cflags $$(PKGS)) -Isrc -c $$< -o $$@

$(1)/test_reload: $(1)/obj/tests/test_reload.o $(1)/obj/app/reload.o $(1)/obj/app/content_source.o \
                  $(1)/obj/platform/regfile.o $(1)/obj/platform/log.o $(1)/obj/platform/glyphs.o \
                  $(1)/obj/platform/fonts.o $(1)/obj/platform/embedded.o $(1)/obj/platform/assert_hook.o \
                  $$(CORE_SRC:src/%.c=$(1)/obj/%.o)
	$$(CC) $(2) $$^ -o $$@ -lcmocka $$$$(pkg-config --libs $$(PKGS))

# The PNG writer's zlib stream, checked by inflating it with zlib.
$(1)/test_zstream: $(1)/obj/tests/test_zstream.o $(1)/obj/platform/zstream.o
	$$(CC) $(2) $$^ -o $$@ -lcmocka $$$$(pkg-config --libs zlib libdeflate)

$(1)/notify-listen: tests/tools/notify_listen.c
	$$(CC) -std=c11 -Wall -Wextra -Werror $(2) $$< -o $$@

# The platform's input in lockdown, under random SDL events: input.c with
# SDL, and the core's gesture and chord (no display needed).
$(1)/random-events: tests/platform/random_events.c tests/tools/xorshift.h $(1)/obj/platform/input.o \
                    $(1)/obj/core/gesture.o $(1)/obj/core/lockdown.o $(1)/obj/core/rotate.o
	$$(CC) $$(CFLAGS_BASE) $(2) $$$$(pkg-config --cflags $$(PKGS)) -Isrc $$(filter-out %.h,$$^) -o $$@ $$$$(pkg-config --libs $$(PKGS)) -lcmocka

# The narration's sound path through SDL's disk audio driver (no sound
# card needed): the worker, the ring and the voice, with SDL.
$(1)/speech-device: tests/platform/speech_device.c $(1)/obj/platform/speech_device.o \
                    $(1)/obj/platform/voice.o $(1)/obj/platform/log.o
	$$(CC) $$(CFLAGS_BASE) $(2) $$$$(pkg-config --cflags $$(PKGS)) -Isrc $$^ -o $$@ $$$$(pkg-config --libs $$(PKGS)) -lcmocka

# The embedded font tells I, l and 1 apart, and O and 0: the fonts and
# SDL_ttf, no display.
$(1)/glyph-shapes: tests/platform/glyph_shapes.c $(1)/obj/platform/fonts.o $(1)/obj/platform/embedded.o \
                   $(1)/obj/platform/log.o
	$$(CC) $$(CFLAGS_BASE) $(2) $$$$(pkg-config --cflags $$(PKGS)) -Isrc $$^ -o $$@ $$$$(pkg-config --libs $$(PKGS)) -lcmocka

# The tallest empty band of a slide (tests/portrait.sh).
$(1)/empty-band: tests/tools/empty_band.c $(1)/obj/platform/pngio.o $(1)/obj/platform/zstream.o \
                 $(1)/obj/platform/log.o
	$$(CC) $$(CFLAGS_BASE) $(2) $$$$(pkg-config --cflags $$(PKGS)) -Isrc $$^ -o $$@ $$$$(pkg-config --libs $$(PKGS))

$(1)/golden-compare: tests/tools/golden_compare.c $(1)/obj/core/imgcmp.o $(1)/obj/platform/pngio.o \
                     $(1)/obj/platform/zstream.o $(1)/obj/platform/log.o
	$$(CC) $$(CFLAGS_BASE) $(2) $$$$(pkg-config --cflags $$(PKGS)) -Isrc $$^ -o $$@ $$$$(pkg-config --libs $$(PKGS))
endef

$(eval $(call kiosk_rules,$(BUILD),$(OPT)))
$(eval $(call kiosk_rules,$(SAN_BUILD),$(SAN_FLAGS)))

unit: $(UNIT_TESTS:%=$(BUILD)/%)
san: $(SAN_BUILD)/kiosk $(UNIT_TESTS:%=$(SAN_BUILD)/%)

# ----------------------------------------------------------------- run
# With a display: the kiosk fullscreen. Without one: every slide headless
# into out/slides/.
run: deps $(BUILD)/kiosk
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  exec ./$(BUILD)/kiosk; \
	else \
	  echo "No display found: rendering the slides headless."; \
	  ./$(BUILD)/kiosk --headless --shots out/slides && \
	  echo "Open out/slides/slide-001.png ... to see them."; \
	fi

# ---------------------------------------------------------------- test
test: test-deps $(BUILD)/kiosk unit $(BUILD)/golden-compare $(BUILD)/notify-listen san
	@BUILD=$(BUILD) SAN_BUILD=$(SAN_BUILD) UNIT_TESTS="$(UNIT_TESTS)" tests/run.sh

# Only the VM test (tests/vm/run.sh), which `make test` runs too.
test-vm: vm-deps $(BUILD)/kiosk $(BUILD)/golden-compare
	@BUILD=$(BUILD) tests/vm/run.sh

# The platform-level lockdown test (tests/run.sh runs both builds).
test: $(BUILD)/random-events $(SAN_BUILD)/random-events $(BUILD)/speech-device $(BUILD)/glyph-shapes $(BUILD)/empty-band

# The mutation score (tests/mutants/run.sh): every mutation of
# tests/mutants/list.tsv in a scratch copy under build/mutants/, the fast
# checks first and the rest only when they miss it. Not part of `make
# test`: it takes about a minute a mutation, more for a survivor.
mutants: test-deps
	@tests/mutants/run.sh

# The end-to-end tests (tests/e2e/) N times in a row, stopping at the
# first failure: flakes show here, not in someone's CI.
N ?= 20
test-repeat: test-deps $(BUILD)/kiosk $(BUILD)/golden-compare $(BUILD)/notify-listen
	@BUILD=$(BUILD) tests/repeat.sh $(N)

# For scripts that run the unit tests outside make (tests/mutants/run.sh).
print-unit-tests:
	@echo $(UNIT_TESTS)

# References are only ever rewritten here, on purpose.
update-golden: $(BUILD)/kiosk
	@BUILD=$(BUILD) tests/golden/update.sh

clean:
	rm -rf build out

# ---------------------------------------------------------------- fuzz
# libFuzzer targets on the SDL-free core (tests/fuzz/README.md). `make fuzz`
# runs each for FUZZ_SECONDS on a copy of its corpus under $(FUZZ_BUILD);
# `make test` builds them and tests/run.sh runs each briefly. Crashing
# inputs are kept in $(FUZZ_BUILD)/artifacts/.
FUZZ_PACKAGES := clang libclang-rt-14-dev
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_BUILD := $(BUILD)/fuzz
FUZZ_TARGETS := content script settings usage
FUZZ_FLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -g -O1 \
              -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined \
              -fno-sanitize-recover=all -Isrc

.PHONY: fuzz fuzz-deps fuzz-build

fuzz-deps:
	$(call install_missing,$(FUZZ_PACKAGES))

fuzz-build: $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/fuzz_%)

# Against the core sources directly: no objects shared with the gcc builds.
$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_check.h $(CORE_SRC) $(wildcard src/core/*.h) | fuzz-deps
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_FLAGS) $< $(CORE_SRC) -o $@

fuzz: fuzz-build
	@BUILD=$(BUILD) FUZZ_BUILD=$(FUZZ_BUILD) tests/fuzz/run.sh long $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# `make test` needs the fuzz targets too (tests/run.sh runs them briefly).
test: fuzz-build

# ---------------------------------------------------- soak and benchmark
# The kiosk's own objects but main.o: tests/soak and tests/bench drive them
# as main.c does, with a simulated clock or a stopwatch.
KIOSK_LIB_OBJS = $(filter-out $(BUILD)/obj/app/main.o, \
    $(CORE_SRC:src/%.c=$(BUILD)/obj/%.o) $(PLATFORM_SRC:src/%.c=$(BUILD)/obj/%.o) \
    $(APP_SRC:src/%.c=$(BUILD)/obj/%.o)) $(BUILD)/obj/platform/embedded.o
# `make soak` runs 100 simulated days (two 32-bit millisecond wraps);
# `make test` runs 10 through tests/run.sh. SOAK_DAYS=N for another length.
SOAK_DAYS ?= 100

.PHONY: soak soak-deps bench bench-deps

$(BUILD)/soak: tests/soak/soak.c tests/tools/xorshift.h $(KIOSK_LIB_OBJS) $(wildcard src/*/*.h)
	$(CC) $(CFLAGS_BASE) $(OPT) $$(pkg-config --cflags $(PKGS)) -Isrc \
	  $(filter %.c %.o,$^) -o $@ $$(pkg-config --libs $(PKGS)) -lm

# The soak keeps opening hours in Europe/Madrid: it needs the zone files.
soak-deps:
	$(call install_missing,tzdata)

soak: deps soak-deps $(BUILD)/soak
	./$(BUILD)/soak --days $(SOAK_DAYS)

# The test run includes a 10-day soak.
test: $(BUILD)/soak

$(BUILD)/bench: tests/bench/bench.c $(KIOSK_LIB_OBJS) $(wildcard src/*/*.h)
	$(CC) $(CFLAGS_BASE) $(OPT) $$(pkg-config --cflags $(PKGS)) -Isrc \
	  $(filter %.c %.o,$^) -o $@ $$(pkg-config --libs $(PKGS)) -lm

$(BUILD)/xwait: tests/bench/xwait.c
	$(CC) $(CFLAGS_BASE) $(OPT) $< -o $@ $$(pkg-config --cflags --libs x11)

# `make bench`: the numbers against the issue's targets, with feh as the
# lean peer (tests/bench/bench.sh); measured, never asserted.
BENCH_PACKAGES := xvfb x11-utils feh libx11-dev time

bench-deps:
	$(call install_missing,$(BENCH_PACKAGES))

bench: deps bench-deps $(BUILD)/kiosk $(BUILD)/bench $(BUILD)/xwait firmware
	@BUILD=$(BUILD) tests/bench/bench.sh

# ------------------------------------------------------------ firmware
# The core on a microcontroller (src/firmware/, README "Firmware"): built
# with arm-none-eabi-gcc and newlib for QEMU's mps2-an500 (a Cortex-M7),
# with the built-in content, the scripts of tests/scripts/ and font
# metrics tables generated from the fonts the simulator draws with. No
# heap: the link fails when malloc or its kin are in the image.
FW_BUILD := $(BUILD)/firmware
FW_CC := arm-none-eabi-gcc
FW_ARCH := -mcpu=cortex-m7 -mthumb -mfloat-abi=soft
# -isystem: Debian's arm-none-eabi-gcc finds its own freestanding
# stdint.h before newlib's, and newlib's <inttypes.h> then has no PRIu64.
FW_CFLAGS := -std=c11 -isystem /usr/include/newlib $(FW_ARCH) -Os -g \
             -ffunction-sections -fdata-sections -specs=nano.specs $(WARN) $(CORE_WARN)
FW_SRC := $(addprefix src/firmware/,trace.c fontmetrics.c format.c main.c startup.c semihost.c)
FW_OBJS := $(CORE_SRC:src/%.c=$(FW_BUILD)/obj/%.o) $(FW_SRC:src/%.c=$(FW_BUILD)/obj/%.o) \
           $(FW_BUILD)/obj/fontmetrics_tables.o $(FW_BUILD)/obj/embedded.o
FW_SCRIPTS := $(wildcard tests/scripts/*.script)
FW_FONTS := assets/fonts/AtkinsonHyperlegible-Regular.ttf assets/fonts/AtkinsonHyperlegible-Bold.ttf
# The sizes the tables hold: every size an 800x480 slide is set at, as it
# shrinks to fit, with room (a size outside fails the test: misses).
FW_PX := 4 96
# What no object of the image may define: an allocator.
FW_HEAP_SYMBOLS := malloc free realloc calloc _sbrk _malloc_r _free_r _realloc_r _calloc_r _sbrk_r

.PHONY: firmware firmware-deps test-firmware

firmware-deps:
	$(call install_missing,$(FW_PACKAGES))

$(FW_BUILD)/obj/core $(FW_BUILD)/obj/firmware:
	mkdir -p $@

$(FW_BUILD)/obj/%.o: src/%.c $(wildcard src/core/*.h src/firmware/*.h) | $(FW_BUILD)/obj/core $(FW_BUILD)/obj/firmware
	$(FW_CC) $(FW_CFLAGS) -c $< -o $@

# The generator runs here, on the build machine, with FreeType, HarfBuzz
# and SDL_ttf (the simulator's own libraries).
$(FW_BUILD)/gen-fontmetrics: src/firmware/tools/gen_fontmetrics.c | $(FW_BUILD)/obj/firmware
	$(CC) -std=c11 -Wall -Wextra -Werror -O1 $< -o $@ $$(pkg-config --cflags --libs freetype2 harfbuzz SDL2_ttf)

$(FW_BUILD)/fontmetrics_tables.c: $(FW_BUILD)/gen-fontmetrics data/content.ini $(FW_FONTS)
	$< $@ data/content.ini $(FW_PX) $(FW_FONTS)

$(FW_BUILD)/obj/fontmetrics_tables.o: $(FW_BUILD)/fontmetrics_tables.c src/firmware/fontmetrics.h
	$(FW_CC) $(FW_CFLAGS) -Isrc/firmware -c $< -o $@

# The folder too: a script removed changes its time, not any script's.
$(FW_BUILD)/embedded.S: src/firmware/tools/gen_embedded.sh data/content.ini $(FW_SCRIPTS) tests/scripts \
                        | $(FW_BUILD)/obj/firmware
	src/firmware/tools/gen_embedded.sh $@ data/content.ini $(FW_SCRIPTS)

$(FW_BUILD)/obj/embedded.o: $(FW_BUILD)/embedded.S
	$(FW_CC) $(FW_ARCH) -c $< -o $@

$(FW_BUILD)/kiosk.elf: $(FW_OBJS) src/firmware/mps2-an500.ld
	$(FW_CC) $(FW_ARCH) -specs=nano.specs -nostartfiles -T src/firmware/mps2-an500.ld \
	  -Wl,--gc-sections -Wl,-Map=$(FW_BUILD)/kiosk.map $(FW_OBJS) -o $@
	@heap=$$(arm-none-eabi-nm $@ | awk -v names="$(FW_HEAP_SYMBOLS)" \
	  'BEGIN { n = split(names, a, " "); for (i = 1; i <= n; i++) bad[a[i]] = 1 } \
	   $$NF in bad { print $$NF }'); \
	  if [ -n "$$heap" ]; then rm -f $@; echo "the firmware links an allocator:" $$heap; exit 1; fi

firmware: firmware-deps deps $(FW_BUILD)/kiosk.elf
	@src/firmware/tools/memory_map.sh $(FW_BUILD)/kiosk.elf

# The same trace program on this machine, measuring with SDL_ttf as the
# simulator does or (--tables) with the board's tables built for it
# (tests/firmware/host_trace.c); $(1): build directory, $(2): flags. The
# sanitizer build runs it too (tests/run.sh).
define host_trace_rule
$(1)/firmware/host-trace: tests/firmware/host_trace.c src/firmware/trace.c src/firmware/fontmetrics.c \
                          $(FW_BUILD)/fontmetrics_tables.c $$(wildcard src/firmware/*.h) \
                          $$(CORE_SRC:src/%.c=$(1)/obj/%.o) $(1)/obj/platform/fonts.o \
                          $(1)/obj/platform/embedded.o $(1)/obj/platform/log.o \
                          $(1)/obj/platform/assert_hook.o
	@mkdir -p $$(@D)
	$$(CC) $$(CFLAGS_BASE) $(2) $$$$(pkg-config --cflags $$(PKGS)) -Isrc -Isrc/firmware \
	  $$(filter %.c %.o,$$^) -o $$@ $$$$(pkg-config --libs $$(PKGS))
endef
$(eval $(call host_trace_rule,$(BUILD),$(OPT)))
$(eval $(call host_trace_rule,$(SAN_BUILD),$(SAN_FLAGS)))

# Only the firmware test (tests/firmware/run.sh), which `make test` runs too.
test-firmware: firmware $(FW_BUILD)/host-trace
	@BUILD=$(BUILD) tests/firmware/run.sh

test: firmware $(FW_BUILD)/host-trace $(SAN_BUILD)/firmware/host-trace
