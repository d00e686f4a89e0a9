"""Fixtures for the packaging tests (`make test-dist`): the bundle and packages, built once."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from bundle_tools import build_bundle, build_packages


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh one-folder bundle built from build.spec (about 20 s)."""
    base = tmp_path_factory.mktemp("pyinstaller")
    return build_bundle(base / "dist", base / "build")


@pytest.fixture(scope="session")
def packages(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The .deb (zstd) and the .tar.gz built from ``bundle``."""
    if not shutil.which("dpkg-deb"):
        pytest.skip("dpkg-deb is not installed (make test-dist installs it)")
    base = tmp_path_factory.mktemp("packages")
    files = build_packages(bundle, base / "out", base / "work")
    return {path.suffix: path for path in files}


@pytest.fixture(scope="session")
def deb_tree(packages: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .deb's files unpacked (dpkg-deb -x) into a temp root."""
    root = tmp_path_factory.mktemp("deb-root")
    subprocess.run(["dpkg-deb", "-x", str(packages[".deb"]), str(root)], check=True)
    return root
