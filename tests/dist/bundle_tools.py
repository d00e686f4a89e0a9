"""Helpers for the packaging tests: build the bundle and packages, run them, inspect libraries."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from helpers.wayland import weston_display  # noqa: E402,F401 - the bundle tests use it
from smoke_check import parse_smoke  # noqa: E402

LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")


def build_bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller on build.spec into ``dist``; returns the one-folder bundle."""
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")],
        capture_output=True, text=True, cwd=ROOT, timeout=900, check=False)
    assert result.returncode == 0, f"PyInstaller failed:\n{result.stdout[-3000:]}\n" \
                                   f"{result.stderr[-3000:]}"
    return dist / "rejection-desktop"


def build_packages(bundle: Path, out: Path, work: Path, *, tarball: bool = True) -> list[Path]:
    """Run packaging/linux/build_packages.py (zstd, as in CI); returns the files it wrote."""
    cmd = [sys.executable, str(ROOT / "packaging" / "linux" / "build_packages.py"),
           "--bundle", str(bundle), "--out", str(out), "--work", str(work),
           "--compression", "zstd"]
    if not tarball:
        cmd.append("--no-tarball")
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr
    return [Path(line) for line in result.stdout.split()]


def app_env(**extra: str) -> dict[str, str]:
    """The environment for running the packaged app offscreen, without a display."""
    env = {key: value for key, value in os.environ.items()
           if key not in {"DISPLAY", "WAYLAND_DISPLAY", "REJECTION_DESKTOP_DATA_DIR"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def run(cmd: list[str | Path], *, env: dict[str, str] | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(part) for part in cmd], capture_output=True, text=True,
                          env=env or app_env(), timeout=timeout, check=False)


@contextmanager
def xvfb_display() -> Iterator[str]:
    """A private Xvfb server for the duration of the block; yields its DISPLAY value."""
    with subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24",
                           "-nolisten", "tcp"], stdout=subprocess.PIPE, text=True) as xvfb:
        try:
            assert xvfb.stdout is not None
            number = xvfb.stdout.readline().strip()
            assert number, "Xvfb did not report a display"
            yield f":{number}"
        finally:
            xvfb.terminate()
            xvfb.wait(timeout=10)


@dataclass(frozen=True)
class SmokeReport:
    """The ``smoke ok: key=value ...`` line the app prints after ``--smoke``."""

    fields: dict[str, str]

    @classmethod
    def parse(cls, stdout: str) -> SmokeReport:
        fields = parse_smoke(stdout)
        assert fields is not None, f"no 'smoke ok' line in:\n{stdout}"
        return cls(fields)

    def __getitem__(self, key: str) -> str:
        return self.fields[key]


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def linked_libraries(bundle: Path) -> dict[str, set[str | None]]:
    """Every library the bundle's binaries link against from outside the bundle.

    Maps the library name to the paths ``ldd`` found (None: not found), searching the bundle
    first, as the PyInstaller bootloader does.
    """
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    found: dict[str, set[str | None]] = {}
    for path in sorted(bundle.rglob("*")):
        if not is_elf(path):
            continue
        output = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env,
                                check=False).stdout
        for name, target in LDD_LINE.findall(output):
            if target == "not found":
                found.setdefault(name, set()).add(None)
            elif not Path(target).resolve().is_relative_to(bundle.resolve()):
                found.setdefault(name, set()).add(target)
    return found


def owning_package(path: str) -> str | None:
    """The Debian package that installed ``path`` (tries the merged-/usr spelling too)."""
    candidates = {path, str(Path(path).resolve())}
    candidates |= {f"/usr{c}" for c in list(candidates) if c.startswith("/lib")}
    candidates |= {c.removeprefix("/usr") for c in list(candidates) if c.startswith("/usr/lib")}
    for candidate in sorted(candidates):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True,
                                check=False)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].strip()
    return None


def dependency_closure(depends: str) -> set[str]:
    """Packages a Depends field brings along (recursively, installed view) plus Essential ones."""
    names = {alternative.split()[0].split(":")[0]
             for group in depends.split(",") for alternative in group.split("|")}
    tree = subprocess.run(
        ["apt-cache", "depends", "--recurse", "--installed", "--no-recommends", "--no-suggests",
         "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances", *sorted(names)],
        capture_output=True, text=True, check=True).stdout
    closure = {line.strip().split(":")[0] for line in tree.splitlines()
               if line and not line.startswith(" ")}
    essential = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${Essential}\n"],
                               capture_output=True, text=True, check=True).stdout
    closure |= {line.split()[0] for line in essential.splitlines() if line.endswith(" yes")}
    return closure | names
