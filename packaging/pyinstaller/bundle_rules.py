"""What goes into the PyInstaller bundle: one set of rules for build.spec and the benchmark spec.

PyInstaller's Qt hooks collect every plugin of the Qt modules the app imports, and with them
libraries the app never loads (QtQml/QtQuick through the virtual-keyboard input plugin, QtPdf
through the pdf image format, GTK through the gtk3 theme, CUPS and GnuTLS through the printer
plugin). Python ``excludes`` cannot stop that, so the rules below filter the Analysis tables
(``a.binaries`` AND ``a.datas``, where the symlinks live), then drop the system libraries that
nothing kept in the bundle links against any more.

What stays on purpose: QtNetwork (single-instance hand-over through QLocalServer), QtCharts with
QtOpenGL/QtOpenGLWidgets, QtSvg (the icon), QtDBus (the desktop portal theme, notifications),
QtPrintSupport (PDF export), the xcb, wayland and offscreen platforms, and the compose and ibus
input methods (dead keys, CJK input). ``--smoke`` on the bundle checks that nothing needed went.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from pathlib import PurePosixPath

# Qt modules the app uses: listed so the bundle carries them before the first page imports them.
# QtCharts links the Qt libraries QtOpenGL and QtOpenGLWidgets, which therefore come along; their
# Python bindings (9 MB) are not needed for charts and come only if the app imports them.
QT_MODULES = [
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtCharts",
    "PySide6.QtSvg",
    "PySide6.QtDBus",
    "PySide6.QtPrintSupport",
]

# plyer facades the app calls (plyer.notification).
PLYER_FACADES = ["notification"]

# The encrypted journal (issue 16), imported inside functions only when a journal is encrypted
# (and jeepney only on Linux, to watch the session lock): listed so the bundle always carries
# them. sqlcipher3's extension links its own OpenSSL statically (nothing from the system);
# argon2-cffi's bindings need cffi's backend; cryptography's Rust extension is self-contained.
ENCRYPTION_MODULES = [
    "sqlcipher3.dbapi2",
    "playhouse.sqlcipher_ext",
    "argon2.low_level",
    "_argon2_cffi_bindings._ffi",
    "_cffi_backend",
    "cryptography.exceptions",
    "cryptography.hazmat.primitives.ciphers.aead",
    "cryptography.hazmat.bindings._rust",
]
LINUX_MODULES = ["jeepney", "jeepney.io.blocking", "jeepney.bus_messages"]

# Notifications with buttons on Windows and macOS (notifications/crossplatform.py):
# desktop-notifier imports its platform backend inside a function, and the winrt projections
# are separate namespace packages; listed so a build without them fails here, not at the first
# reminder. Its data (the default icon, read through importlib.resources) comes with
# ``notifier_datas``.
NATIVE_NOTIFIER_MODULES = {
    "win32": ["desktop_notifier", "desktop_notifier.backends.winrt", "winrt.system",
              "winrt.windows.applicationmodel.core", "winrt.windows.data.xml.dom",
              "winrt.windows.foundation", "winrt.windows.foundation.collections",
              "winrt.windows.ui.notifications"],
    "darwin": ["desktop_notifier", "desktop_notifier.backends.macos",
               "desktop_notifier.backends.macos_support", "rubicon.objc",
               "rubicon.objc.runtime"],
}

# Python modules that must never be analysed into the bundle.
EXCLUDED_MODULES = [
    "tkinter",
    "setuptools",
    "pkg_resources",
    "distutils",
    "_distutils_hack",
    "ssl",  # no network access; http.client and urllib work without it (via logging.handlers)
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
    "PySide6.QtMultimedia",
    "PySide6.QtVirtualKeyboard",
    "PySide6.Qt3DCore",
]

# Bundle paths (forward slashes, matched case-insensitively) the app never loads.
_QT = r"(?:pyside6/(?:qt/)?(?:lib/|bin/)?)?"
_PLUGINS = r"pyside6/(?:qt/)?plugins/"
DROPPED_PATHS = [
    # Qt libraries pulled in by plugins, not by anything the app imports.
    _QT + r"(?:lib)?qt6(?:qml|qmlmeta|qmlmodels|qmlworkerscript|quick|quickwidgets|pdf|"
          r"virtualkeyboard|virtualkeyboardqml|eglfsdeviceintegration|eglfskmssupport|"
          r"wlshellintegration|waylandeglclienthwintegration)\b",
    _QT + r"qt(?:qml|quick|pdf|virtualkeyboard|webengine)\w*\.(?:framework|dll)",
    r"pyside6/(?:qt/)?qml/",
    # Plugins: keep platforms xcb/wayland/offscreen (+ cocoa, windows), compose/ibus input.
    _PLUGINS + r"platforms/(?:lib)?q(?:eglfs|linuxfb|minimal|minimalegl|vkkhrdisplay|"
    r"vnc|direct2d)\.",
    _PLUGINS + r"platforminputcontexts/(?:lib)?qtvirtualkeyboardplugin",
    _PLUGINS + r"platformthemes/(?:lib)?qgtk3",
    _PLUGINS + r"(?:egldeviceintegrations|generic|networkinformation|tls|"
    r"printsupport|qmltooling|sqldrivers|position|sensors|multimedia)/",
    _PLUGINS + r"imageformats/(?:lib)?q(?:gif|icns|jpeg|pdf|tga|tiff|wbmp|webp)",
    _PLUGINS + r"wayland-shell-integration/(?:lib)?(?:fullscreen-shell-v1|ivi-shell|"
    r"qt-shell|wl-shell-plugin)",
    _PLUGINS + r"wayland-graphics-integration-client/(?:lib)?(?:dmabuf-server|"
    r"drm-egl-server|shm-emulation-server|vulkan-server)",
    # Translations of Qt modules the app does not use.
    r"pyside6/(?:qt/)?translations/qt_help_",
]
_DROPPED = re.compile("|".join(f"(?:^{pattern})" for pattern in DROPPED_PATHS), re.IGNORECASE)

# Libraries that belong to Python, Qt or PySide itself: never removed as orphans.
_CORE_LIBRARY = re.compile(r"^(?:lib)?(?:python|qt6|pyside6|shiboken6|icu)", re.IGNORECASE)


def plyer_platform() -> str:
    """plyer's name for the platform the bundle is built on (``linux``, ``win``, ``macosx``)."""
    if sys.platform.startswith("win"):
        return "win"
    if sys.platform == "darwin":
        return "macosx"
    return "linux"


def hidden_imports() -> list[str]:
    """Qt modules the app uses plus plyer's platform modules for the facades the app calls.

    plyer imports ``plyer.platforms.<platform>.<facade>`` by name at first use, so the analysis
    cannot see it. Only the facades in ``PLYER_FACADES`` are collected: the whole platform
    package would bring setuptools, pdb and asyncio along (``linux/filechooser.py`` imports
    distutils).
    """
    from importlib.util import find_spec  # noqa: PLC0415

    platform_package = f"plyer.platforms.{plyer_platform()}"
    modules = [f"{platform_package}.{facade}" for facade in PLYER_FACADES]
    missing = [name for name in modules if find_spec(name) is None]
    if missing:
        raise SystemExit(f"bundle_rules: plyer modules not found: {', '.join(missing)}; "
                         "without them the frozen app cannot notify")
    extra = [*ENCRYPTION_MODULES, *(LINUX_MODULES if sys.platform.startswith("linux") else [])]
    missing = [name for name in extra if find_spec(name) is None]
    if missing:
        raise SystemExit(f"bundle_rules: modules not found: {', '.join(missing)}; without "
                         "them the frozen app cannot open an encrypted journal")
    notifier = NATIVE_NOTIFIER_MODULES.get(sys.platform, [])
    missing = [name for name in notifier if find_spec(name) is None]
    if missing:
        raise SystemExit(f"bundle_rules: modules not found: {', '.join(missing)}; without "
                         "them reminders have no buttons (pip install desktop-notifier)")
    return [*QT_MODULES, "plyer.platforms", platform_package, *modules, *extra, *notifier]


def notifier_datas() -> list[tuple[str, str]]:
    """desktop-notifier's data files (its default icon) on Windows and macOS."""
    if sys.platform not in NATIVE_NOTIFIER_MODULES:
        return []
    from PyInstaller.utils.hooks import collect_data_files  # noqa: PLC0415

    return collect_data_files("desktop_notifier")


def _dest(entry: tuple[str, str, str]) -> str:
    return PurePosixPath(entry[0].replace("\\", "/")).as_posix()


def is_dropped(dest: str) -> bool:
    """True when a bundle path matches one of the ``DROPPED_PATHS`` rules."""
    return bool(_DROPPED.search(dest.replace("\\", "/")))


def _linked_names(entry: tuple[str, str, str]) -> set[str]:
    """Base names (lower case) of the libraries one collected binary links against."""
    from PyInstaller.depend import bindepend  # noqa: PLC0415

    try:
        imports = bindepend.get_imports(entry[1])
    except Exception:  # an unreadable binary keeps everything it might need
        return {"*"}
    return {PurePosixPath(name.replace("\\", "/")).name.lower() for name, _ in imports}


def _is_orphan_candidate(entry: tuple[str, str, str]) -> bool:
    """A system library the dependency analysis collected (top level, not Python/Qt itself)."""
    dest = _dest(entry)
    return entry[2] == "BINARY" and "/" not in dest and not _CORE_LIBRARY.match(dest)


def prune_orphans(binaries: list[tuple[str, str, str]]) -> tuple[list, list]:
    """Drop collected system libraries that no kept binary links against any more."""
    candidates = {_dest(entry).lower(): entry for entry in binaries if _is_orphan_candidate(entry)}
    kept = [entry for entry in binaries if _dest(entry).lower() not in candidates]
    needed: set[str] = set()
    frontier = kept
    while frontier:
        for entry in frontier:
            needed |= _linked_names(entry)
        if "*" in needed:
            return binaries, []
        frontier = [candidates.pop(name) for name in list(candidates) if name in needed]
        kept.extend(frontier)
    return kept, list(candidates.values())


def _drop_dangling_symlinks(datas: list, removed_paths: set[str]) -> tuple[list, list]:
    """Symlink entries (``SYMLINK`` in ``a.datas``) that point at a file removed above.

    Only links to removed files go: links to folders or to other links (macOS frameworks'
    ``Versions/Current``) are left alone.
    """
    kept, dropped = [], []
    for entry in datas:
        if entry[2] == "SYMLINK":
            target = os.path.normpath(os.path.join(os.path.dirname(entry[0]), entry[1]))
            if target.replace("\\", "/").lower() in removed_paths:
                dropped.append(entry)
                continue
        kept.append(entry)
    return kept, dropped


def filter_analysis(binaries: Iterable, datas: Iterable,
                    report: str | None = None) -> tuple[list, list]:
    """The Analysis ``binaries`` and ``datas`` without what the app never loads.

    ``report`` names a text file that lists every dropped entry (for review and debugging).
    """
    binaries, datas = list(binaries), list(datas)
    dropped = [entry for entry in [*binaries, *datas] if is_dropped(_dest(entry))]
    binaries = [entry for entry in binaries if not is_dropped(_dest(entry))]
    datas = [entry for entry in datas if not is_dropped(_dest(entry))]
    binaries, orphans = prune_orphans(binaries)
    removed_paths = {_dest(entry).lower() for entry in [*dropped, *orphans]}
    datas, dangling = _drop_dangling_symlinks(datas, removed_paths)
    if report:
        os.makedirs(os.path.dirname(report) or ".", exist_ok=True)
        with open(report, "w", encoding="utf-8") as out:
            for title, entries in (("matched a rule", dropped), ("orphaned", orphans),
                                   ("dangling symlink", dangling)):
                out.write(f"# dropped: {title} ({len(entries)})\n")
                out.writelines(f"{_dest(entry)}\n" for entry in sorted(entries))
    return binaries, datas
