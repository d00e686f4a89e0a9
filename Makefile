# Rejection Desktop: the two commands people need are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Debian packages Qt needs: offscreen (tests) and a real X11 window, plus fonts.
QT_DEBS   := libglib2.0-0 libgl1 libxkbcommon0 libegl1 libfreetype6 libfontconfig1 libdbus-1-3 \
             fontconfig-config fonts-dejavu-core libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 \
             libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 \
             libxcb-image0 libwayland-client0 libwayland-cursor0
# What the test suite uses besides Qt: a real notification server on Xvfb, sqlite3, pdf tools,
# headless Wayland compositors (sway has xdg-activation, Weston 10 has not) for the raise test.
TEST_DEBS := $(QT_DEBS) sqlite3 xvfb xauth dbus-daemon dbus-x11 dunst libnotify-bin libglib2.0-bin \
             poppler-utils desktop-file-utils appstream sway weston at-spi2-core python3-pyatspi
# Building the bundle and the .deb, and testing them (make test-dist): libwayland-egl1 is linked by
# the bundle's wayland EGL plugin and, with libnotify-bin, is in the .deb's Depends (dpkg -i test);
# xvfb and weston (headless) give the bundle a real X11 display and Wayland compositor.
DIST_DEBS := $(QT_DEBS) binutils dpkg-dev fakeroot libwayland-egl1 libnotify-bin xvfb weston \
             desktop-file-utils appstream
# .deb compression: xz for releases (smaller, about 50 s), zstd for a quick local or CI build.
DEB_COMPRESSION ?= xz

.PHONY: run test test-fast test-dist lint typecheck dist deb venv translations qm system-deps-run system-deps-test \
        screenshots benchmarks clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

venv: $(STAMP)

system-deps-run:
	sh scripts/ensure-debs.sh $(QT_DEBS)

system-deps-test:
	sh scripts/ensure-debs.sh $(TEST_DEBS)

## make translations: pyside6-lupdate the package into resources/translations/*.ts (new strings
## to translate), then pyside6-lrelease them into the .qm files the app loads.
translations: $(STAMP)
	$(BIN)/python scripts/translations.py

## make qm: only compile the .ts files (the .qm are build output: run, test and dist need them).
qm: $(STAMP)
	$(BIN)/python scripts/translations.py --release

## make run: set up .venv if needed and start the app on the default data folder.
run: system-deps-run $(STAMP) qm
	$(BIN)/rejection-desktop

## make test: install what the tests need, then the static checks and the whole pytest suite.
test: system-deps-test $(STAMP) qm
	$(MAKE) --no-print-directory lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m "not dist"

## make test-fast: the unit and service tests only, in seconds: no GUI, no subprocesses (so no
## kill tests and no command line), no D-Bus, nothing marked slow.
FAST_TESTS := -m "not (gui or subprocess or notifications or slow or dist)" tests/unit
test-fast: system-deps-run $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q $(FAST_TESTS)

## make lint: ruff, the layer contract (import-linter, see pyproject.toml), and that every
## user-facing string can be extracted for translation (scripts/check_strings.py).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/python scripts/check_strings.py

typecheck: $(STAMP)
	$(BIN)/mypy

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py shots

benchmarks: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py --with-bundle

.PHONY: icons

## make icons: render the app icon's PNGs, .ico and .icns from resources/icons/*.svg (committed).
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_icons.py

## make dist: the PyInstaller one-folder bundle dist/rejection-desktop (see build.spec).
dist: $(STAMP) qm
	sh scripts/ensure-debs.sh $(DIST_DEBS)
	$(BIN)/pyinstaller --noconfirm build.spec

## make deb: dist/rejection-desktop_<version>_<arch>.deb and a .tar.gz of the bundle in dist/.
deb: dist
	$(BIN)/python packaging/linux/build_packages.py --compression $(DEB_COMPRESSION)

## make test-dist: build the bundle and packages afresh (in a temp dir) and test them (tests/dist).
test-dist: system-deps-test $(STAMP)
	sh scripts/ensure-debs.sh $(DIST_DEBS)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m dist tests/dist

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
