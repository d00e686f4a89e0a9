"""The PyInstaller bundle starts as a person would start it, and carries what it needs."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from bundle_tools import (
    ROOT,
    SmokeReport,
    app_env,
    linked_libraries,
    run,
    weston_display,
    xvfb_display,
)
from smoke_check import smoke_problems

from rejection_desktop import APP_NAME, __version__
from rejection_desktop.db.migrations import latest_version

pytestmark = pytest.mark.dist

# Qt modules the app uses (charts, icon, desktop bus, single instance, PDF export) and plyer's.
APP_IMPORTS = ["PySide6.QtCharts", "PySide6.QtSvg", "PySide6.QtDBus", "PySide6.QtNetwork",
               "PySide6.QtPrintSupport", "PySide6.QtWidgets", "plyer.platforms.linux.notification"]
# Qt libraries the filter keeps, and the ones it must keep out (each was there before filtering).
KEPT_QT_LIBS = ["Core", "Gui", "Widgets", "Network", "Charts", "OpenGL", "OpenGLWidgets", "Svg",
                "DBus", "PrintSupport", "XcbQpa", "WaylandClient"]
DROPPED_QT_LIBS = ["Qml", "Quick", "VirtualKeyboard", "EglFSDeviceIntegration"]


def executable(bundle: Path) -> Path:
    return bundle / "rejection-desktop"


def test_smoke_starts_the_real_app_and_resolves_the_plyer_backend(bundle, tmp_path):
    data = tmp_path / "data"
    result = run([executable(bundle), "--smoke", "--data-dir", data])

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    report = SmokeReport.parse(result.stdout)
    assert report["version"] == __version__
    assert report["platform"] == "offscreen"
    assert Path(report["data_dir"]) == data
    assert "No module named" not in report["notifier"], report["notifier"]
    assert not report["notifier"].startswith("unavailable"), report["notifier"]
    if shutil.which("notify-send"):
        assert report["notifier"] == "plyer:NotifySendNotification"
    with sqlite3.connect(data / "journal.sqlite3") as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
        challenges = conn.execute("SELECT count(*) FROM challenge").fetchone()[0]
    assert challenges == int(report["challenges"]) >= 100


def test_the_ci_smoke_check_passes_on_the_bundle(bundle):
    """packaging/smoke_check.py, which CI runs on Windows, macOS and Linux."""
    cmd = [sys.executable, ROOT / "packaging" / "smoke_check.py", executable(bundle)]
    if shutil.which("notify-send"):
        cmd.append("--require-notifier")
    result = run(cmd)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke check passed" in result.stdout


def test_the_ci_smoke_check_flags_missing_plyer_modules():
    missing = "unavailable:_ModuleNotFoundError:_No_module_named_'plyer.platforms'"
    report = {"version": __version__, "notifier": missing}
    assert smoke_problems(report, require_notifier=False) == [
        f"plyer modules are missing from the bundle: {missing}"]
    assert smoke_problems({"version": __version__, "notifier": "plyer:Notification"},
                          require_notifier=True)
    assert smoke_problems(None, require_notifier=False) == ["no 'smoke ok' line"]
    assert smoke_problems({"version": __version__, "notifier": "plyer:NotifySendNotification",
                           "buttons": "none"}, require_notifier=True) == [
        "jeepney is missing from the bundle: reminders would have no buttons"]
    windows = {"version": __version__, "notifier": "plyer:WindowsNotification"}
    assert smoke_problems({**windows, "buttons": "desktop-notifier:WinRTDesktopNotifier"},
                          require_notifier=True) == []
    assert smoke_problems({**windows, "buttons": "none:ModuleNotFoundError"},
                          require_notifier=True) == [
        "desktop-notifier cannot load in the bundle (ModuleNotFoundError): reminders would "
        "have no buttons"]
    assert smoke_problems({"version": __version__, "notifier": "unavailable:x",
                           "buttons": "desktop-notifier:DummyNotificationCenter"},
                          require_notifier=False)


def test_a_second_smoke_reuses_the_journal(bundle, tmp_path):
    first = run([executable(bundle), "--smoke", "--data-dir", tmp_path])
    second = run([executable(bundle), "--smoke", "--data-dir", tmp_path])
    assert first.returncode == second.returncode == 0, second.stderr
    assert SmokeReport.parse(second.stdout)["challenges"] == \
        SmokeReport.parse(first.stdout)["challenges"]


def test_version(bundle):
    result = run([executable(bundle), "--version"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{APP_NAME} {__version__}"


def test_the_qt_modules_the_app_uses_import_inside_the_bundle(bundle):
    result = run([executable(bundle)],
                 env=app_env(REJECTION_DESKTOP_BUNDLE_IMPORTS=",".join(APP_IMPORTS)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "bundle imports ok: " + ",".join(APP_IMPORTS)


def test_an_encrypted_journal_opens_in_the_bundle(bundle, tmp_path):
    """The bundle's own commands encrypt a journal; ``--smoke --passphrase-stdin`` opens it
    (SQLCipher, Argon2id and AES-GCM all load), a wrong passphrase is refused in one line."""
    data = tmp_path / "data"
    exe = executable(bundle)
    assert run([exe, "--smoke", "--data-dir", data]).returncode == 0
    passphrase = "a passphrase for the bundle"

    def with_stdin(*args: str | Path, stdin: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(part) for part in (exe, *args)], input=stdin,
                              capture_output=True, text=True, env=app_env(), timeout=180,
                              check=False)

    enabled = with_stdin("encryption", "enable", "--passphrase-stdin", "--data-dir", data,
                         stdin=passphrase + "\n")
    assert enabled.returncode == 0, enabled.stderr
    assert "recovery code: " in enabled.stdout
    assert (data / "journal.key").is_file()
    assert not (data / "journal.sqlite3").read_bytes().startswith(b"SQLite format 3")
    smoke = with_stdin("--smoke", "--passphrase-stdin", "--data-dir", data,
                       stdin=passphrase + "\n")
    assert smoke.returncode == 0, smoke.stderr
    assert "Traceback" not in smoke.stderr
    report = SmokeReport.parse(smoke.stdout)
    assert int(report["challenges"]) >= 100 and int(report["schema"]) == latest_version()
    wrong = with_stdin("--smoke", "--passphrase-stdin", "--data-dir", data,
                       stdin="not the passphrase\n")
    assert wrong.returncode == 1
    assert wrong.stderr.strip().splitlines()[-1] == "rejection-desktop: wrong passphrase"
    status = run([exe, "encryption", "status", "--data-dir", data])
    assert status.stdout.strip() == "encrypted"


def test_the_encryption_libraries_import_inside_the_bundle(bundle):
    modules = ["sqlcipher3.dbapi2", "argon2.low_level",
               "cryptography.hazmat.primitives.ciphers.aead", "jeepney.io.blocking"]
    result = run([executable(bundle)],
                 env=app_env(REJECTION_DESKTOP_BUNDLE_IMPORTS=",".join(modules)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "bundle imports ok: " + ",".join(modules)


def test_the_import_check_fails_for_a_module_the_filter_keeps_out(bundle):
    result = run([executable(bundle)],
                 env=app_env(REJECTION_DESKTOP_BUNDLE_IMPORTS="PySide6.QtQuick"))
    assert result.returncode == 1
    assert "bundle imports failed: PySide6.QtQuick: ModuleNotFoundError" in result.stdout


def test_unused_qt_parts_are_filtered_and_used_ones_kept(bundle):
    names = {path.name for path in bundle.rglob("*")}
    for lib in KEPT_QT_LIBS:
        assert f"libQt6{lib}.so.6" in names, lib
    for lib in DROPPED_QT_LIBS:
        assert f"libQt6{lib}.so.6" not in names, lib
    plugins = bundle / "_internal" / "PySide6" / "Qt" / "plugins"
    for plugin in ["platforms/libqxcb.so", "platforms/libqwayland.so",
                   "platforms/libqoffscreen.so", "iconengines/libqsvgicon.so",
                   "imageformats/libqsvg.so",
                   "platforminputcontexts/libibusplatforminputcontextplugin.so",
                   "platformthemes/libqxdgdesktopportal.so",
                   "wayland-shell-integration/libxdg-shell.so"]:
        assert (plugins / plugin).is_file(), plugin
    for plugin in ["platforminputcontexts/libqtvirtualkeyboardplugin.so",
                   "platformthemes/libqgtk3.so", "printsupport/libcupsprintersupport.so"]:
        assert not (plugins / plugin).exists(), plugin


def test_resources_are_bundled_where_resources_py_finds_them(bundle):
    resources = bundle / "_internal" / "resources"
    for name in ["challenges.json", "prompts.json", "safety_behaviours.json",
                 "icons/rejection-desktop.svg", "icons/rejection-desktop-256.png"]:
        assert (resources / name).read_bytes() == (ROOT / "resources" / name).read_bytes(), name


def test_every_linked_library_is_in_the_bundle_or_on_every_target_system(bundle):
    """ldd over every binary: nothing missing, and only a short, known list from the system."""
    outside = linked_libraries(bundle)
    missing = sorted(name for name, paths in outside.items() if None in paths)
    assert not missing, f"libraries found neither in the bundle nor on this system: {missing}"
    allowed = ("libc.so", "libm.so", "libdl.so", "libpthread.so", "librt.so", "libresolv.so",
               "ld-linux", "libGL", "libEGL", "libGLX", "libGLdispatch", "libOpenGL", "libxcb.so",
               "libwayland-")
    unexpected = sorted(name for name in outside if not name.startswith(allowed))
    assert not unexpected, f"the bundle relies on system libraries it should carry: {unexpected}"


@pytest.mark.skipif(not shutil.which("Xvfb"), reason="Xvfb is not installed (make test-dist)")
def test_smoke_on_a_real_x11_display(bundle, tmp_path):
    """The xcb platform plugin and the xcb libraries the bundle carries really load."""
    with xvfb_display() as display:
        env = app_env(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        result = run([executable(bundle), "--smoke", "--data-dir", tmp_path], env=env)
    assert result.returncode == 0, result.stderr
    assert SmokeReport.parse(result.stdout)["platform"] == "xcb"


@pytest.mark.skipif(not shutil.which("weston"), reason="weston is not installed (make test-dist)")
def test_smoke_on_a_real_wayland_compositor(bundle, tmp_path):
    """The wayland platform plugin and the shell integration the filter keeps really load."""
    with weston_display(tmp_path / "runtime") as wayland:
        env = app_env(QT_QPA_PLATFORM="wayland", **wayland)
        result = run([executable(bundle), "--smoke", "--data-dir", tmp_path / "data"], env=env)
    assert result.returncode == 0, result.stderr
    assert SmokeReport.parse(result.stdout)["platform"] == "wayland"
