"""The .deb and the .tar.gz: contents, metadata, and a real install, run and removal."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bundle_tools import SmokeReport, dependency_closure, linked_libraries, owning_package, run

from rejection_desktop import APP_EXECUTABLE, APP_ID, APP_NAME, __version__

pytestmark = pytest.mark.dist

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
REQUIRED_DEPENDS = ["libgl1", "libegl1", "libxcb1", "libwayland-client0", "libwayland-cursor0",
                    "fontconfig-config", "fonts-dejavu-core | fonts-liberation2", "libnotify-bin"]


def control_fields(deb: Path) -> dict[str, str]:
    text = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True,
                          check=True).stdout
    fields, key = {}, None
    for line in text.splitlines():
        if line.startswith(" ") and key:
            fields[key] += "\n" + line
        else:
            key, value = line.split(":", 1)
            fields[key] = value.strip()
    return fields


def test_control_fields(packages):
    deb = packages[".deb"]
    fields = control_fields(deb)
    assert deb.name == f"{APP_EXECUTABLE}_{__version__}_{fields['Architecture']}.deb"
    assert fields["Package"] == APP_EXECUTABLE
    assert fields["Version"] == __version__
    depends = [part.strip() for part in fields["Depends"].split(",")]
    for needed in REQUIRED_DEPENDS:
        assert needed in depends, needed
    assert any(part.startswith("libc6 (>= ") for part in depends)
    assert int(fields["Installed-Size"]) > 50_000


def test_files_are_laid_out_and_owned_by_root(packages, deb_tree):
    listing = subprocess.run(["dpkg-deb", "-c", str(packages[".deb"])], capture_output=True,
                             text=True, check=True).stdout.splitlines()
    assert all(" root/root " in line for line in listing)
    assert not [line for line in listing if line[0] != "l" and line[8] == "w"], "world-writable"
    app = deb_tree / "opt" / APP_EXECUTABLE / APP_EXECUTABLE
    assert os.access(app, os.X_OK)
    link = deb_tree / "usr" / "bin" / APP_EXECUTABLE
    assert os.readlink(link) == f"/opt/{APP_EXECUTABLE}/{APP_EXECUTABLE}"
    icons = deb_tree / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        assert (icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file(), size
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (deb_tree / "usr" / "share" / "doc" / APP_EXECUTABLE / "copyright").is_file()


@pytest.mark.skipif(not shutil.which("desktop-file-validate"),
                    reason="desktop-file-utils is not installed (make test-dist)")
def test_desktop_file_validates_and_matches_the_app(deb_tree):
    path = deb_tree / "usr" / "share" / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(path, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Name"] == APP_NAME
    assert desktop["Exec"] == APP_EXECUTABLE
    assert desktop["Icon"] == APP_ID
    # Qt sets WM_CLASS to the application name, which app.py sets to APP_EXECUTABLE.
    assert desktop["StartupWMClass"] == APP_EXECUTABLE


@pytest.mark.skipif(not shutil.which("appstreamcli"),
                    reason="appstream is not installed (make test-dist)")
def test_metainfo_validates_and_matches_the_app(deb_tree):
    path = deb_tree / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(path)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    component = ET.parse(path).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    assert component.find("releases/release").get("version") == __version__


@pytest.mark.skipif(not shutil.which("dpkg") or not shutil.which("apt-cache"),
                    reason="needs dpkg and apt-cache (a Debian-like system)")
def test_depends_cover_every_system_library_the_bundle_links(bundle, packages):
    """Each library from outside the bundle comes from a package Depends brings in."""
    closure = dependency_closure(control_fields(packages[".deb"])["Depends"])
    uncovered = {}
    for name, paths in linked_libraries(bundle).items():
        for path in paths:
            package = owning_package(path) if path else None
            if package not in closure:
                uncovered[name] = package or "not found"
    assert not uncovered, f"libraries not covered by Depends: {uncovered}"


def test_tarball_unpacks_into_a_working_bundle(packages, tmp_path):
    tarball = packages[".gz"]
    assert tarball.name == f"{APP_EXECUTABLE}-{__version__}-linux-{os.uname().machine}.tar.gz"
    with tarfile.open(tarball) as archive:
        members = archive.getmembers()
        assert all(member.uid == 0 and member.gid == 0 for member in members)
        assert {member.name.split("/")[0] for member in members} == {APP_EXECUTABLE}
    subprocess.run(["tar", "-xzf", str(tarball), "-C", str(tmp_path)], check=True)
    result = run([tmp_path / APP_EXECUTABLE / APP_EXECUTABLE, "--smoke", "--data-dir",
                  tmp_path / "data"])
    assert result.returncode == 0, result.stderr
    assert SmokeReport.parse(result.stdout)["version"] == __version__


def package_status(name: str) -> str:
    result = subprocess.run(["dpkg-query", "-W", "-f", "${db:Status-Status}", name],
                            capture_output=True, text=True, check=False)
    return result.stdout.strip()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="installing a .deb with dpkg -i needs root (CI runs as root)")
def test_deb_installs_runs_and_removes(packages, tmp_path):
    if package_status(APP_EXECUTABLE) == "installed":
        pytest.skip(f"{APP_EXECUTABLE} is already installed here; not replacing it")
    installed = subprocess.run(["dpkg", "-i", str(packages[".deb"])], capture_output=True,
                               text=True, check=False)
    try:
        assert installed.returncode == 0, installed.stdout + installed.stderr
        assert package_status(APP_EXECUTABLE) == "installed"
        smoke = run(["/usr/bin/rejection-desktop", "--smoke", "--data-dir", tmp_path / "data"])
        assert smoke.returncode == 0, smoke.stderr
        report = SmokeReport.parse(smoke.stdout)
        assert report["version"] == __version__
        assert not report["notifier"].startswith("unavailable"), report["notifier"]
        version = run(["/usr/bin/rejection-desktop", "--version"])
        assert version.stdout.strip() == f"{APP_NAME} {__version__}"
    finally:
        removed = subprocess.run(["dpkg", "-r", APP_EXECUTABLE], capture_output=True,
                                 text=True, check=False)
    assert removed.returncode == 0, removed.stderr
    assert package_status(APP_EXECUTABLE) in {"not-installed", "config-files", ""}
    assert not Path("/usr/bin/rejection-desktop").exists()
    assert not Path(f"/opt/{APP_EXECUTABLE}").exists()
    assert not Path(f"/usr/share/applications/{APP_ID}.desktop").exists()
